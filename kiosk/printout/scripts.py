"""Scripts and directions: which font draws each character, and the visual order of a line.

reportlab shapes Arabic with harfbuzz but cannot reorder right-to-left text without ``rlbidi``.
So a line is reordered here by the levels ICU's Unicode Bidirectional Algorithm gives (PyICU), cut into runs
of one font, and each Arabic run is put back into logical order for harfbuzz, which joins the
letters and returns the glyphs in visual order. Phone numbers, URLs and e-mail addresses are
wrapped in left-to-right isolates first, so that "(505) 768-1234" never comes out as "1234-768 (505)".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import icu

from kiosk import languages
from kiosk.printout import cache_sizes
from kiosk.printout.fonts import ARABIC, CJK, LATIN

LRI, PDI = "\u2066", "\u2069"
ZWNJ, ZWJ = "\u200c", "\u200d"
# Direction controls steer python-bidi, then are dropped: no font has glyphs for them.
CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
# Eastern Arabic digits stay left-to-right inside right-to-left text: drawn unshaped, in order.
ARABIC_DIGITS = "arabic-digits"

_MIRROR = {a: b for pair in ("()", "[]", "{}", "<>", "«»", "‹›", "〈〉", "《》", "（）") for a, b in (pair, pair[::-1])}

_LTR_ISLANDS = re.compile(
    r"(?:https?://|www\.)\S+"                       # URLs
    # e-mail addresses, tried only where a run of their characters starts: tried at every letter of
    # a 200 KB word, the pattern took minutes.
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\+?\(?\d[\d()\s.\-]{5,}\d(?:\s*(?:ext\.?|x)\s*\d+)?"  # phone numbers
)


# The characters script_of() calls ARABIC (Arabic-Indic digits excluded), for a C-speed search.
_ARABIC_LETTER = re.compile("[\u0600-\u065f\u066a-\u06ef\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff"
                            "\ufb50-\ufdff\ufe70-\ufeff\u200c\u200d]")


def is_rtl_language(language: str) -> bool:
    """Whether ``language`` (a Camino code such as ``fa_AF``) is written right to left."""
    return languages.is_rtl(language)


def script_of(char: str) -> str:
    """The font a character is drawn in: ``arabic``, ``cjk``, ``latin`` (also for neutrals)."""
    cp = ord(char)
    if cp < 0x600:  # most characters of every printout: answer at once
        return LATIN
    if 0x660 <= cp <= 0x669 or 0x6F0 <= cp <= 0x6F9:
        return ARABIC_DIGITS
    if (0x600 <= cp <= 0x6FF or 0x750 <= cp <= 0x77F or 0x8A0 <= cp <= 0x8FF or 0xFB50 <= cp <= 0xFDFF
            or 0xFE70 <= cp <= 0xFEFF or char in (ZWNJ, ZWJ)):
        return ARABIC
    if (0x2E80 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0xFF00 <= cp <= 0xFFEF or 0x20000 <= cp <= 0x3FFFF
            or 0xFE30 <= cp <= 0xFE4F):
        return CJK
    return LATIN


# Unicode category Cc but the newline: C0 and C1 control characters.
_CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """Directory text ready to lay out: NFC (precomposed Vietnamese), no tabs or stray controls."""
    text = unicodedata.normalize("NFC", text).replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", text)


def isolate(text: str) -> str:
    """``text`` as a left-to-right island, whatever surrounds it (a phone number, a URL)."""
    return f"{LRI}{text}{PDI}" if text else text


def isolate_islands(text: str) -> str:
    """Wrap the phone numbers, URLs and e-mail addresses inside ``text`` in left-to-right isolates."""
    if not _ARABIC_LETTER.search(text):
        return text  # no right-to-left letters: nothing can reorder them
    return _LTR_ISLANDS.sub(lambda m: isolate(m.group(0).rstrip()) + m.group(0)[len(m.group(0).rstrip()):], text)


def base_is_rtl(text: str, default_rtl: bool) -> bool:
    """The paragraph's direction: its first strong letter decides; none (digits only) → the document's."""
    for char in text:
        if unicodedata.bidirectional(char) in ("R", "AL"):
            return True
        if unicodedata.bidirectional(char) == "L":
            return False
    return default_rtl


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL", "AN") for c in text)


def levels(line: str, rtl: bool) -> list[int]:
    """Embedding level of each character of ``line`` (Unicode Bidirectional Algorithm, via ICU's ubidi)."""
    if not line:
        return []
    bidi = icu.Bidi()
    bidi.setPara(icu.UnicodeString(line), 1 if rtl else 0)
    per_unit = bidi.getLevels()  # one level per UTF-16 code unit: a character outside the BMP has two
    result, offset = [], 0
    for char in line:
        result.append(per_unit[offset])
        offset += 2 if ord(char) > 0xFFFF else 1
    return result


def _visual_order(line_levels: list[int]) -> list[int]:
    """Indices of a line's characters in visual order (rule L2)."""
    order = list(range(len(line_levels)))
    top = max(line_levels, default=0)
    lowest_odd = min((lv for lv in line_levels if lv % 2), default=top + 1)
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if line_levels[order[i]] >= level:
                j = i
                while j < len(order) and line_levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


@lru_cache(maxsize=cache_sizes.PARAGRAPHS)
def visual_runs(line: str, rtl: bool) -> tuple[tuple[str, str], ...]:
    """One line (logical order) → runs of (script, text) in visual order, left to right.

    Arabic runs come back in logical order, ready for harfbuzz (which emits glyphs right to left);
    every other run is already in visual order.
    """
    if rtl or has_rtl(line):
        line_levels = levels(line, rtl)
        order = _visual_order(line_levels)  # rule L2; right-to-left brackets mirrored (rule L4)
        chars = [_MIRROR.get(line[k], line[k]) if line_levels[k] % 2 else line[k] for k in order]
        char_levels = [line_levels[k] for k in order]
    else:
        chars, char_levels = list(line), [0] * len(line)
    kept = [(c, lv) for c, lv in zip(chars, char_levels, strict=True) if ord(c) not in CONTROLS]
    scripts = [script_of(c) for c, _ in kept]
    _join_arabic_words(kept, scripts)
    runs: list[tuple[str, str]] = []
    for (char, _), script in zip(kept, scripts, strict=True):
        if runs and runs[-1][0] == script:
            runs[-1] = (script, runs[-1][1] + char)
        else:
            runs.append((script, char))
    return tuple((s, t[::-1]) if s == ARABIC else (s, t) for s, t in runs)


def _join_arabic_words(chars: list[tuple[str, int]], scripts: list[str]) -> None:
    """Draw the spaces between right-to-left Arabic words in the Arabic font, so that a sentence
    is one run rather than a run per word; Noto Sans Arabic's space is Noto Sans's, to the unit."""
    i = 0
    while i < len(chars):
        if chars[i][0] != " " or i == 0 or scripts[i - 1] != ARABIC:
            i += 1
            continue
        j = i
        while j < len(chars) and chars[j][0] == " ":
            j += 1
        level = chars[i - 1][1]
        if (j < len(chars) and scripts[j] == ARABIC and level % 2
                and all(lv == level for _, lv in chars[i - 1 : j + 1])):
            scripts[i:j] = [ARABIC] * (j - i)
        i = j


def paragraph_level(text: str) -> int:
    """The paragraph level ICU gives ``text`` (0 left-to-right, 1 right-to-left; first strong letter), for checks."""
    bidi = icu.Bidi()
    bidi.setPara(icu.UnicodeString(text), icu.Bidi.DEFAULT_LTR)
    return bidi.getParaLevel()
