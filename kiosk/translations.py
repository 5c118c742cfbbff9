"""Camino's own words outside the screens, read from the Qt Linguist files translators already review.

The printout, the phone page and read-aloud say a few words of their own around the directory's data.
They live in ``translations/<lang>.ts`` beside the screens' words, each in a context of its own
(``Printout``, ``PhonePage``, ``ReadAloud``), so there is one set of files, one review and one check
(``python -m ui.translations_build --check``). The domain layer may not import Qt, so this module
reads the ``.ts`` XML itself; the ``.qm`` files Qt loads are built from the same files.

In the code a word is marked with :func:`QT_TRANSLATE_NOOP`, which ``pyside6-lupdate`` extracts by
name, and looked up at the moment it is needed with :func:`translate`. Placeholders are written
``{name}`` and filled with ``str.format``; the check makes sure every translation keeps them.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from kiosk.languages import CODES
from kiosk.paths import TRANSLATIONS_DIR

SOURCE_LANGUAGE = "en"
# Entries Qt itself drops when it builds a .qm file: strings gone from the code.
_DROPPED = {"obsolete", "vanished"}


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # Qt's name: the one lupdate looks for
    """Mark ``source`` as a word of ``context`` for ``pyside6-lupdate``; returns it unchanged."""
    return source


def language_file(language: str, folder: Path = TRANSLATIONS_DIR) -> Path | None:
    """The ``.ts`` file that serves ``language``: its own, else its base language's (``es_MX`` → ``es``).

    None for English (the words are their own translation) and for a language the kiosk does not speak.
    """
    for code in (language, language.split("_")[0]):
        if code in CODES:
            return None if code == SOURCE_LANGUAGE else folder / f"{code}.ts"
    return None


@lru_cache(maxsize=32)
def entries(path: Path) -> dict[tuple[str, str], str]:
    """Every translated (context, source) of one ``.ts`` file (read once: the files change only on deploy)."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        # English rather than no printout; said once, as the file is read once (the check reports it too).
        logging.getLogger("camino").warning("translations: %s unreadable (%s); its words show in English",
                                            path.name, error)
        return {}
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" or translation is None or translation.get("type") in _DROPPED:
                continue
            text = translation.text or ""
            if text:
                found[(name, message.findtext("source", ""))] = text
    return found


def translate(language: str, context: str, source: str, folder: Path = TRANSLATIONS_DIR) -> str:
    """``source`` (marked in ``context``) in ``language``; ``source`` itself where there is no translation."""
    path = language_file(language, folder)
    if path is None:
        return source
    return entries(path).get((context, source), source)

