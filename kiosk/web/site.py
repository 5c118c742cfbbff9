"""``web/`` in a bundle folder: the static phone page and its data, written by ``kiosk publish``.

Layout (served beside the bundle by any static host; ``docs/phone-page.md``)::

    web/index.html              the page; names this version's files (never cached long)
    web/sw.js                   the service worker: the page works offline once opened
    web/app.<hash>.js           the script: a content-hashed name, cached for a year (a small
                                first script and the style sheet are inline, their hashes in the CSP)
    web/content-security-policy.txt   the policy for the host's header
    web/data/<lang>.<hash>.json one document per language (kiosk.web.data)
    web/data/ids-v<N>.json      every published version's short-index tables, kept for older links

Files of the version before are kept (a page opened a moment ago may still ask for them); older
ones are pruned, except the small index tables that let a link from any earlier version open.
"""

from __future__ import annotations

import base64
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
# What the static host should send besides the Content-Security-Policy (docs/phone-page.md): no
# Referer even from the service worker, and no guessing of content types.
SERVER_HEADERS = {"Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff"}
CSP_FILE = "content-security-policy.txt"


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(early_script: str, style: str) -> str:
    """The page's policy: nothing but this site's own files plus the inline script and style sheet
    whose hashes are given (inlined so a slow phone line paints and starts fetching data one round
    trip sooner), no forms, no plugins. The host sends it as a header with frame-ancestors (a meta
    tag cannot forbid framing); publish writes it to ``web/content-security-policy.txt``."""
    return (f"default-src 'none'; script-src 'self' {_sha256(early_script)}; style-src {_sha256(style)}; "
            "img-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; "
            "form-action 'none'")


def server_headers(web: Path) -> dict[str, str]:
    """Every header a host should send with the files of ``web/`` as published."""
    policy = (Path(web) / CSP_FILE).read_text(encoding="utf-8").strip()
    return {"Content-Security-Policy": policy + "; frame-ancestors 'none'", **SERVER_HEADERS}


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
    script = (SOURCES / "app.js").read_bytes()
    app_name = _hashed("app.js", script)
    _write(web / app_name, script)
    current = {"version": version, "files": files, "languages": {lang: AUTONYM_OF[lang] for lang in LANGUAGES},
               # Said when a language's data cannot be loaded (offline before the page was ever opened).
               "unreachable": {lang: phone_words(lang)["offline_error"] for lang in LANGUAGES}}
    # "<" escaped: the JSON sits inside a <script type="application/json"> block.
    current_json = json.dumps(current, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    _write(web / "icon.svg", (SOURCES / "icon.svg").read_bytes())
    precache = ["./", app_name, "icon.svg", *files.values()]
    worker = (SOURCES / "sw.js").read_text(encoding="utf-8")
    worker = worker.replace("/*VERSION*/0", str(version)).replace("/*PRECACHE*/[]", json.dumps(precache))
    early = (SOURCES / "early.js").read_text(encoding="utf-8")
    style = (SOURCES / "style.css").read_text(encoding="utf-8")
    policy = content_security_policy(early, style)
    page = (SOURCES / "index.html").read_text(encoding="utf-8")
    for key, value in (("{{CSP}}", policy), ("{{SCRIPT}}", app_name), ("{{CURRENT}}", current_json),
                       ("{{EARLY}}", early), ("{{STYLE}}", style)):
        page = page.replace(key, value)
    written = {"version": version, "files": [*precache[1:], "index.html", "sw.js", CSP_FILE]}
    previous = _previous(web)
    _write(web / CSP_FILE, (policy + "\n").encode("utf-8"))
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
