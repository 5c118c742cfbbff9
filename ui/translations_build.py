"""Qt Linguist translations: compile, update from the sources, check they are current.

``python -m ui.translations_build``           compile ``translations/*.ts`` into ``.qm`` beside them
                                             (setup runs it; ``.qm`` files are never committed)
``python -m ui.translations_build --update``  collect every ``tr()`` string under ``ui/`` and every
                                             ``QT_TRANSLATE_NOOP`` word under ``kiosk/`` (printout, phone
                                             page, read-aloud) into the ``.ts`` files (existing
                                             translations kept, obsolete ones dropped);
                                             English, the source language, is filled in as itself
``python -m ui.translations_build --check``   fail when a ``.ts`` file is out of date with the sources,
                                             still has unfinished entries or changes a ``{placeholder}``
                                             (the test suite runs this)
"""

from __future__ import annotations

import argparse
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.config import LANGUAGES
from kiosk.paths import REPO_ROOT, TRANSLATIONS_DIR

UI_DIR = REPO_ROOT / "ui"
# The domain layer's own words (printout, phone page, read-aloud), marked with kiosk.translations'
# QT_TRANSLATE_NOOP and read back from the same .ts files without Qt.
KIOSK_DIR = REPO_ROOT / "kiosk"
SOURCE_LANGUAGE = "en"


def tool(name: str) -> str:
    """Path of a Qt tool shipped with PySide6 (pyside6-lrelease, pyside6-lupdate)."""
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).with_name(f"pyside6-{name}"))
    if not Path(found).exists():
        raise SystemExit(f"translations: pyside6-{name} not found (is PySide6 installed?)")
    return found


def sources(*roots: Path) -> list[Path]:
    """The Python files whose marked strings are Camino's words (everything under ui/ and kiosk/)."""
    return sorted(p for root in roots or (UI_DIR, KIOSK_DIR) for p in root.rglob("*.py")
                  if "__pycache__" not in p.parts)


def ts_files(folder: Path = TRANSLATIONS_DIR) -> list[Path]:
    return [folder / f"{language}.ts" for language in LANGUAGES]


def _release(ts: Path, qm: Path) -> None:
    """Compile ``ts`` to ``qm`` beside a running kiosk: Qt maps a loaded ``.qm`` file into memory, and
    one rewritten in place under it crashes that kiosk, so the new file replaces the old one whole."""
    part = qm.with_name(f".{qm.name}.{os.getpid()}.part")
    try:
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(part)], check=True)
        os.replace(part, qm)
    finally:
        part.unlink(missing_ok=True)


def compile_all(folder: Path = TRANSLATIONS_DIR, out: Path | None = None) -> list[Path]:
    """Compile every ``.ts`` in ``folder`` into ``out`` (default: beside it); returns the ``.qm`` paths."""
    out = out or folder
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(folder.glob("*.ts")):
        qm = out / ts.with_suffix(".qm").name
        _release(ts, qm)
        built.append(qm)
    return built


def compile_if_stale(folder: Path = TRANSLATIONS_DIR) -> list[Path]:
    """Compile only the ``.ts`` files newer than their ``.qm`` (the run command calls this: cheap when current)."""
    stale = [ts for ts in sorted(folder.glob("*.ts"))
             if not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    for ts in stale:
        _release(ts, ts.with_suffix(".qm"))
    return [ts.with_suffix(".qm") for ts in stale]


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    plural: bool


def _lupdate(targets: list[Path], files: list[Path]) -> None:
    # lupdate guesses a new file's language from its name and reads "fa_AF.ts" as Afrikaans:
    # start new files with the language written in, then run lupdate once for all of them.
    for target in targets:
        if not target.exists():
            target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                              f'<TS version="2.1" language="{target.stem}" sourcelanguage="{SOURCE_LANGUAGE}">\n'
                              "</TS>\n", encoding="utf-8")
    # No source locations: line numbers would change every .ts file on every edit of ui/;
    # reviewers see each string in context with `kiosk tour` instead.
    command = [tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
               *map(str, files), "-ts", *map(str, targets)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"translations: lupdate failed: {(result.stderr or result.stdout).strip()}")


_MESSAGE = re.compile(r"<message( numerus=\"yes\")?>.*?</message>", re.S)
_UNFINISHED = re.compile(r"<translation type=\"unfinished\">(.*?)</translation>", re.S)


def fill(ts: Path, lookup: Callable[[Message], str | list[str] | None]) -> int:
    """Fill unfinished entries of ``ts`` with ``lookup(message)`` (None: leave it); returns how many.

    Edits the text in place so the file keeps lupdate's own layout (no churn in diffs).
    """
    text = ts.read_text(encoding="utf-8")
    context_starts = [(m.start(), html.unescape(m.group(1))) for m in re.finditer(r"<name>(.*?)</name>", text)]
    filled = 0

    def replace(match: re.Match) -> str:
        nonlocal filled
        block = match.group()
        unfinished_tr = _UNFINISHED.search(block)
        if not unfinished_tr:
            return block
        context = next((name for start, name in reversed(context_starts) if start < match.start()), "")
        source = html.unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
        comment = re.search(r"<comment>(.*?)</comment>", block, re.S)
        key = Message(context, source, html.unescape(comment.group(1)) if comment else "", bool(match.group(1)))
        value = lookup(key)
        if not value:
            return block
        if key.plural:
            forms = value if isinstance(value, list) else [value]
            count = max(1, unfinished_tr.group(1).count("<numerusform>"))
            forms = (forms + [forms[-1]] * count)[:count]
            indent = "\n            "
            inner = "".join(f"{indent}<numerusform>{_escape(f)}</numerusform>" for f in forms)
            translation = f"<translation>{inner}\n        </translation>"
        else:
            translation = f"<translation>{_escape(value if isinstance(value, str) else value[0])}</translation>"
        filled += 1
        return block[:unfinished_tr.start()] + translation + block[unfinished_tr.end():]

    text = _MESSAGE.sub(replace, text)
    if filled:
        ts.write_text(text, encoding="utf-8")
    return filled


def _escape(text: str) -> str:
    """Escape as lupdate does (quotes included), so a filled file looks like one lupdate wrote."""
    return html.escape(text, quote=True).replace("&#x27;", "&apos;")


def update(folder: Path = TRANSLATIONS_DIR, files: list[Path] | None = None) -> list[Path]:
    """Merge the current ``tr()`` strings into every language's ``.ts`` file (translations kept).

    English is the source language: its new entries are filled in as their own source text.
    """
    targets = ts_files(folder)
    files = files if files is not None else sources()
    _lupdate(targets, files)
    fill(folder / f"{SOURCE_LANGUAGE}.ts", lambda message: message.source)
    return targets


def messages(ts: Path) -> dict[Message, ET.Element]:
    """Every message of a ``.ts`` file, keyed by what identifies it to Qt."""
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = Message(name, message.findtext("source", ""), message.findtext("comment", ""),
                          message.get("numerus") == "yes")
            found[key] = message
    return found


def unfinished(ts: Path) -> list[Message]:
    """Messages not translated yet, or marked unfinished/obsolete/vanished (anything but finished)."""
    return [key for key, message in messages(ts).items()
            if (t := message.find("translation")) is None or t.get("type") is not None
            or not ("".join(t.itertext()).strip())]


_BRACED = re.compile(r"\{\w*\}")


def lost_placeholders(ts: Path) -> list[Message]:
    """Messages whose translation does not keep the source's ``{name}`` placeholders, each once.

    The kiosk's own words (printout, phone page, read-aloud) are filled with ``str.format``: a
    placeholder missing would drop a number from the printout, an extra one would stop it printing.
    """
    wrong = []
    for key, message in messages(ts).items():
        want = sorted(_BRACED.findall(key.source))
        translation = message.find("translation")
        if translation is None or translation.get("type") is not None:
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        if any(form and sorted(_BRACED.findall(form)) != want for form in forms):
            wrong.append(key)
    return wrong


def check(folder: Path = TRANSLATIONS_DIR, files: list[Path] | None = None) -> list[str]:
    """Problems with the committed ``.ts`` files, one sentence each (empty: current, finished, placeholders kept)."""
    problems = []
    committed = ts_files(folder)
    missing = [ts.name for ts in committed if not ts.exists()]
    if missing:
        problems.append(f"missing {', '.join(missing)}: run python -m ui.translations_build --update")
    present = [ts for ts in committed if ts.exists()]
    with tempfile.TemporaryDirectory(prefix="camino-ts-") as tmp:
        copies = []
        for ts in present:
            copies.append(Path(tmp) / ts.name)
            shutil.copy2(ts, copies[-1])
        if copies:
            _lupdate(copies, files if files is not None else sources())
        for ts, fresh in zip(present, copies, strict=True):
            have, want = set(messages(ts)), set(messages(fresh))
            if have != want:
                new, gone = want - have, have - want
                example = next(iter(sorted(new or gone, key=lambda m: (m.context, m.source))))
                problems.append(f"{ts.name} is out of date with the sources ({len(new)} new, {len(gone)} gone, "
                                f"e.g. {example.context}: {example.source!r}): "
                                "run python -m ui.translations_build --update")
            todo = unfinished(ts)
            if todo:
                problems.append(f"{ts.name} has {len(todo)} unfinished entr{'y' if len(todo) == 1 else 'ies'} "
                                f"(e.g. {todo[0].context}: {todo[0].source!r}): translate them in Qt Linguist")
            lost = lost_placeholders(ts)
            if lost:
                problems.append(f"{ts.name} changes the {{placeholders}} of {len(lost)} entr"
                                f"{'y' if len(lost) == 1 else 'ies'} (e.g. {lost[0].context}: {lost[0].source!r}): "
                                "keep each {name} exactly as in the English")
    return problems


def main(argv: list[str] | None = None, folder: Path = TRANSLATIONS_DIR,
         source_dirs: tuple[Path, ...] = (UI_DIR, KIOSK_DIR)) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.translations_build", description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--update", action="store_true",
                        help="merge the marked strings of ui/ and kiosk/ into translations/*.ts")
    action.add_argument("--check", action="store_true", help="fail when a .ts file is out of date or unfinished")
    args = parser.parse_args(argv)
    if args.check:
        problems = check(folder, sources(*source_dirs))
        for problem in problems:
            print(f"translations: {problem}", file=sys.stderr)
        if not problems:
            print(f"translations: {len(LANGUAGES)} .ts files current and finished", file=sys.stderr)
        return 1 if problems else 0
    if args.update:
        targets = update(folder, sources(*source_dirs))
        counts = ", ".join(f"{ts.stem} {len(unfinished(ts))}" for ts in targets)
        print(f"translations: updated {len(targets)} .ts file(s); unfinished: {counts}", file=sys.stderr)
        return 0
    built = compile_all(folder)
    print(f"translations: compiled {len(built)} .qm file(s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
