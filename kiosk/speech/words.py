"""The few words Camino itself says around what a screen shows, and the Listen controls' labels.

Marked for translation in the ``ReadAloud`` context; their translations live in
``translations/<lang>.ts`` with every other word of Camino's (:mod:`kiosk.translations`). English
is the source. ``{n}`` is a number. The Arabic hint carries diacritics because espeak-ng's Arabic
voice guesses vowels poorly without them (a reviewer should keep them).
"""

from __future__ import annotations

from kiosk.translations import QT_TRANSLATE_NOOP, translate

CONTEXT = "ReadAloud"
# key -> English source text (lupdate lists each QT_TRANSLATE_NOOP for translators).
SOURCES: dict[str, str] = {
    "option": QT_TRANSLATE_NOOP("ReadAloud", "Option {n}"),
    "chosen": QT_TRANSLATE_NOOP("ReadAloud", "chosen"),
    "not_chosen": QT_TRANSLATE_NOOP("ReadAloud", "not chosen"),
    "step": QT_TRANSLATE_NOOP("ReadAloud", "Step {n}"),
    "listen": QT_TRANSLATE_NOOP("ReadAloud", "Listen"),
    "repeat": QT_TRANSLATE_NOOP("ReadAloud", "Repeat"),
    "stop": QT_TRANSLATE_NOOP("ReadAloud", "Stop"),
    "louder": QT_TRANSLATE_NOOP("ReadAloud", "Louder"),
    "quieter": QT_TRANSLATE_NOOP("ReadAloud", "Quieter"),
    "hint": QT_TRANSLATE_NOOP("ReadAloud", "To hear everything on the screen read aloud, touch Listen at the "
                                           "top, or press any key."),
    "on": QT_TRANSLATE_NOOP("ReadAloud", "Reading aloud is on. Use the arrow keys to move, Enter to choose, and 0 "
                                         "to hear it again."),
    "volume": QT_TRANSLATE_NOOP("ReadAloud", "Volume {n}"),
}


def word(language: str, key: str, **values) -> str:
    """Camino's word ``key`` in ``language`` (English when the language has none), filled with ``values``."""
    text = translate(language, CONTEXT, SOURCES[key])
    return text.format(**values) if values else text
