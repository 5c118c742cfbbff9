"""``web/`` in a bundle folder: the static phone page and its data, written by ``kiosk publish``.

Layout (served beside the bundle by any static host; ``docs/phone-page.md``)::

    web/index.html              the page; names this version's files (never cached long)
    web/sw.js                   the service worker: the page works offline once opened
    web/app.<hash>.js           script, style: content-hashed names, cached for a year
    web/style.<hash>.css
    web/data/<lang>.<hash>.json one document per language (kiosk.web.data)
    web/data/ids-v<N>.json      every published version's short-index tables, kept for older links

Files of the version before are kept (a page opened a moment ago may still ask for them); older
ones are pruned, except the small index tables that let a link from any earlier version open.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path

from kiosk.config import LANGUAGES
from kiosk.directory import Directory
from kiosk.phone_link import link_tables
from kiosk.web.data import AUTONYM_OF, build_language_data, tables_json
from kiosk.web.words import phone_words

SOURCES = Path(__file__).resolve().parent.parent.parent / "phone"
WEB = "web"
PUBLISHED = "published.json"
# The page's Content-Security-Policy: nothing but this site's own files, no inline script or style,
# no forms, no frames. The same policy (plus frame-ancestors) belongs in the server's header.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'")
# What the static host should send with every file of web/ (docs/phone-page.md): the policy as a
# header too (a header can also forbid framing), and no Referer even from the service worker.
SERVER_HEADERS = {
    "Content-Security-Policy": CSP + "; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}


def _hashed(name: str, data: bytes) -> str:
    stem, _, ext = name.rpartition(".")
    return f"{stem}.{hashlib.sha256(data).hexdigest()[:12]}.{ext}"


def _write(path: Path, data: bytes) -> None:
    """Atomically (a phone may be fetching the old file at that moment)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _compact(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def write_site(database: Path, bundle: Path) -> dict:
    """Write the phone page for the directory ``database`` into ``bundle/web``; return what was
    written (``{"version", "files"}``, paths relative to ``web/``)."""
    web = Path(bundle) / WEB
    directory = Directory(Path(database))
    try:
        version = directory.version
        files: dict[str, str] = {}
        for item in build_language_data(directory):
            data = _compact(item.document)
            files[item.language] = f"data/{_hashed(item.language + '.json', data)}"
            _write(web / files[item.language], data)
        _write(web / f"data/ids-v{version}.json", _compact(tables_json(link_tables(directory))))
    finally:
        directory.close()
    assets = {}
    for source in ("app.js", "style.css"):
        data = (SOURCES / source).read_bytes()
        assets[source] = _hashed(source, data)
        _write(web / assets[source], data)
    current = {"version": version, "files": files, "languages": {lang: AUTONYM_OF[lang] for lang in LANGUAGES},
               # Said when a language's data cannot be loaded (offline before the page was ever opened).
               "unreachable": {lang: phone_words(lang)["offline_error"] for lang in LANGUAGES}}
    # "<" escaped: the JSON sits inside a <script type="application/json"> block.
    current_json = json.dumps(current, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    _write(web / "icon.svg", (SOURCES / "icon.svg").read_bytes())
    precache = ["./", assets["app.js"], assets["style.css"], "icon.svg", *files.values()]
    worker = (SOURCES / "sw.js").read_text(encoding="utf-8")
    worker = worker.replace("/*VERSION*/0", str(version)).replace("/*PRECACHE*/[]", json.dumps(precache))
    page = (SOURCES / "index.html").read_text(encoding="utf-8")
    for key, value in (("{{CSP}}", CSP), ("{{STYLE}}", assets["style.css"]), ("{{SCRIPT}}", assets["app.js"]),
                       ("{{CURRENT}}", current_json)):
        page = page.replace(key, value)
    written = {"version": version, "files": [*precache[1:], "index.html", "sw.js"]}
    previous = _previous(web)
    _write(web / "sw.js", worker.encode("utf-8"))
    _write(web / "index.html", page.encode("utf-8"))  # last: from here on phones get this version
    _write(web / PUBLISHED, _compact(written))
    _prune(web, keep={*written["files"], *previous, PUBLISHED})
    return written


def _previous(web: Path) -> list[str]:
    try:
        return list(json.loads((web / PUBLISHED).read_text(encoding="utf-8")).get("files", []))
    except (FileNotFoundError, ValueError, AttributeError):
        return []


def _prune(web: Path, keep: set[str]) -> None:
    for path in [*web.glob("*.*"), *(web / "data").glob("*.json")]:
        name = path.relative_to(web).as_posix()
        if name in keep or name.startswith("data/ids-v"):
            continue
        with contextlib.suppress(OSError):
            path.unlink()
