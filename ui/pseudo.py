"""Pseudo-localization: every interface string comes back accented and about 40 % longer.

A layout that survives pseudo text survives French, Swahili and Vietnamese, which run longer than
English; accents above and below the letters catch lines cut at the top or bottom; ``rtl`` mode also
mirrors the layout, to find places that ignore the layout direction before Arabic or Dari do.
``kiosk run --pseudo`` / ``--pseudo=rtl`` and ``kiosk tour --pseudo`` install it.

Only the readable words change: ``%1``/``%n``/``%L1`` placeholders, ``&`` mnemonics (and ``&&``),
``{name}`` fields and ``<tags>`` pass through untouched, so the string still works where it is used.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QObject, QTranslator

# How much longer pseudo text is than its source (Vorta uses the same idea: TRANS_SCALE).
SCALE = 1.4
MODES = ("ltr", "rtl")

# Accented look-alikes: still readable, so a tester knows which string is which.
_ACCENTS = str.maketrans(
    "abcdeghiklmnoprstuwyzABCDEGHIKLMNOPRSTUWYZ",
    "áƀçđéĝĥíķĺɱñóþŕšţúŵýžÁßÇĐÉĜĤÍĶĹḾÑÓÞŔŠŢÚŴÝŽ",
)
# Pieces never changed: Qt placeholders (%1, %L1, %n), escaped and mnemonic ampersands,
# Python-style fields, markup tags and entities.
_KEEP = re.compile(r"%L?\d{1,2}|%n|&&|&\w|\{[^{}]*\}|<[^<>]*>|&[a-z]+;|&#\d+;")
_PAD_WORD = "·~·~·~"


def pseudo_text(source: str, scale: float = SCALE) -> str:
    """``source`` accented and padded to about ``scale`` times its readable length (placeholders kept)."""
    if not source or not source.strip():
        return source
    pieces: list[str] = []
    readable = 0
    last = 0
    for match in _KEEP.finditer(source):
        plain = source[last:match.start()]
        pieces.append(plain.translate(_ACCENTS))
        readable += len(plain)
        pieces.append(match.group())
        last = match.end()
    tail = source[last:]
    pieces.append(tail.translate(_ACCENTS))
    readable += len(tail)
    text = "".join(pieces)
    extra = max(2, math.ceil(readable * (scale - 1)))
    # Padding in short words so a word-wrapping label can still wrap it, like real longer text.
    words = []
    while extra > 0:
        words.append(_PAD_WORD[:min(extra, len(_PAD_WORD))])
        extra -= len(words[-1]) + 1
    # Multi-line sources keep their line breaks: pad the longest line, which decides the width.
    lines = text.split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[longest] = f"{lines[longest]} {' '.join(words)}"
    return "\n".join(lines)


class PseudoTranslator(QTranslator):
    """A translator for every context, Qt's own included: installed instead of a language's .qm file."""

    def __init__(self, parent: QObject | None = None, scale: float = SCALE) -> None:
        super().__init__(parent)
        self.scale = scale
        self._cache: dict[str, str] = {}

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str:
        if source_text not in self._cache:
            self._cache[source_text] = pseudo_text(source_text, self.scale)
        return self._cache[source_text]

    def isEmpty(self) -> bool:
        return False

    def language(self) -> str:
        return "pseudo"


def parse_mode(value: str | bool | None) -> str:
    """The pseudo mode from a command-line value: '' (off), 'ltr' or 'rtl' (also mirrors the layout)."""
    if value in (None, False, "", "off", "none"):
        return ""
    if value is True:
        return "ltr"
    mode = str(value).lower()
    if mode not in MODES:
        raise ValueError(f"pseudo mode must be one of {', '.join(MODES)}, not {value!r}")
    return mode
