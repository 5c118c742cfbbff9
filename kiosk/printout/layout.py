"""A paragraph flowable that wraps and draws any of Camino's scripts correctly.

Text is cut into unbreakable units (words; single hanzi, with CJK punctuation kept on the right
side of a break; left-to-right isolates kept whole), lines are filled greedily by measured width
(Arabic measured after shaping), and each line is reordered and drawn run by run in the font of
its script (see :mod:`kiosk.printout.scripts`). Alignment follows the document's direction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from kiosk.printout import cache_sizes
from kiosk.printout.fonts import ARABIC, CJK, LATIN, STROKED_BOLD, font_name
from kiosk.printout.glyphs import TextWriter, shaped
from kiosk.printout.reportlab_internals import shape_data
from kiosk.printout.scripts import (
    ARABIC_DIGITS,
    CONTROLS,
    LRI,
    PDI,
    base_is_rtl,
    clean,
    isolate_islands,
    script_of,
    visual_runs,
)
from kiosk.printout.time_box import check

# No line may start with these (closing punctuation) or end with those (opening punctuation).
_NO_BREAK_BEFORE = set("，。、；：？！）」』】〉》”’…·%,.;:?!)]}»")
_NO_BREAK_AFTER = set("（「『【〈《“‘([{«")


@dataclass(frozen=True)
class TextStyle:
    size: float = 10.0
    leading: float = 13.5
    bold: bool = False
    color: colors.Color = colors.black
    align: str = "start"  # start | end | center, relative to the document's direction
    space_before: float = 0.0
    space_after: float = 0.0
    indent: float = 0.0  # on the start side
    box: bool = False    # a check box before the first line (pathway steps)

    def but(self, **changes) -> TextStyle:
        return _but(self, tuple(sorted(changes.items())))

    @cached_property
    def fill(self) -> str:
        """The PDF operator that sets the text colour."""
        return f"{fp_str(*self.color.rgb())} rg"


@lru_cache(maxsize=512)
def _but(style: TextStyle, changes: tuple) -> TextStyle:
    return replace(style, **dict(changes))  # a printout asks for the same few variants hundreds of times


def _font(script: str, bold: bool) -> str:
    return font_name(ARABIC if script == ARABIC_DIGITS else script, bold)


@lru_cache(maxsize=cache_sizes.WORDS)
def run_width(script: str, text: str, bold: bool, size: float) -> float:
    """Width in points of ``text`` (logical order, one script) as it will be drawn."""
    font = _font(script, bold)
    if script == ARABIC:
        return sum(d.x_advance for d in shape_data(shaped(text, font, size))) * size / 1000
    return pdfmetrics.stringWidth(text, font, size)


@lru_cache(maxsize=cache_sizes.WORDS)
def text_width(text: str, bold: bool, size: float) -> float:
    """Width of a piece of logical text, summed over its script runs."""
    text = text.translate(CONTROLS)
    total, start = 0.0, 0
    for i in range(1, len(text) + 1):
        if i == len(text) or script_of(text[i]) != script_of(text[start]):
            total += run_width(script_of(text[start]), text[start:i], bold, size)
            start = i
    return total


# A line's run: font, text, shaped (Arabic), outline stroke width (bold). Runs follow one another.
Run = tuple[str, str, bool, float]


@lru_cache(maxsize=cache_sizes.PARAGRAPHS)
def line_runs(line: str, rtl: bool, bold: bool, size: float) -> tuple[float, tuple[Run, ...]]:
    """A line's width and its runs in visual order."""
    runs, width = [], 0.0
    for script, text in visual_runs(line, rtl):
        stroke = STROKED_BOLD.get(script, 0.0) * size if bold else 0.0
        runs.append((_font(script, bold), text, script == ARABIC, stroke))
        width += run_width(script, text, bold, size)
    return width, tuple(runs)


@lru_cache(maxsize=cache_sizes.PARAGRAPHS)
def _prepared(text: str) -> str:
    """Directory text cleaned and with its phone numbers and addresses isolated (see scripts)."""
    return isolate_islands(clean(text))


# Text with neither hanzi nor isolates breaks only at spaces and newlines: a regex does it at C speed.
_NEEDS_CHAR_SCAN = re.compile("[\u2066\u2069\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]")
_WORD_OR_NEWLINE = re.compile(r"[^ \n]+|\n")


@lru_cache(maxsize=cache_sizes.PARAGRAPHS)
def units_of(text: str) -> tuple[tuple[str, bool], ...]:
    """Unbreakable units of ``text``: (unit, preceded by a space). A newline is the unit ``"\\n"``."""
    if not _NEEDS_CHAR_SCAN.search(text):
        # A unit is "preceded by a space" when the separator character just before it is a space.
        return tuple(
            ("\n", False) if m.group() == "\n" else (m.group(), m.start() > 0 and text[m.start() - 1] == " ")
            for m in _WORD_OR_NEWLINE.finditer(text)
        )
    return tuple(_units_by_char(text))


def _units_by_char(text: str) -> list[tuple[str, bool]]:
    units: list[tuple[str, bool]] = []
    current, space, depth = "", False, 0
    for char in text:
        if char == LRI:
            depth += 1
        elif char == PDI:
            depth = max(0, depth - 1)
        if depth == 0 and char in " \n":
            if current:
                units.append((current, space))
                current = ""
            space = True
            if char == "\n":
                units.append(("\n", False))
                space = False
            continue
        if (depth == 0 and current and (script_of(char) == CJK or script_of(current[-1]) == CJK)
                and char not in _NO_BREAK_BEFORE and current[-1] not in _NO_BREAK_AFTER):
            units.append((current, space))
            current, space = "", False
        current += char
    if current:
        units.append((current, space))
    return units


# Lines of a paragraph: each its units and its text in logical order.
Lines = tuple[tuple[tuple[tuple[str, bool], ...], str], ...]


@lru_cache(maxsize=cache_sizes.PARAGRAPHS)
def fill_lines(units: tuple[tuple[str, bool], ...], bold: bool, size: float, width: float) -> Lines:
    """Greedy line filling by measured width. Cached: the same service cards and labels come
    back on printout after printout."""
    space = text_width(" ", bold, size)
    lines: list[list[tuple[str, bool]]] = [[]]
    used = 0.0
    for unit, spaced in units:
        check()
        if unit == "\n":
            lines.append([])
            used = 0.0
            continue
        w = text_width(unit, bold, size)
        gap = space if spaced and lines[-1] else 0.0
        if lines[-1] and used + gap + w > width:
            lines.append([])
            used, gap = 0.0, 0.0
        if w > width:  # a URL longer than the line: cut it where it overflows
            for piece in _cut(unit, width - used - gap, width, bold, size):
                if lines[-1] and used + gap + text_width(piece, bold, size) > width:
                    lines.append([])
                    used, gap = 0.0, 0.0
                lines[-1].append((piece, bool(gap)))
                used += gap + text_width(piece, bold, size)
                gap = 0.0
            continue
        lines[-1].append((unit, spaced and bool(lines[-1])))
        used += gap + w
    return tuple((tuple(line), "".join((" " if spaced and i else "") + unit for i, (unit, spaced) in enumerate(line)))
                 for line in lines if line) or (((), ""),)


def _cut(unit: str, first: float, width: float, bold: bool, size: float) -> list[str]:
    pieces, current, room = [], "", max(first, 0.0)
    for char in unit:
        check()
        if current and text_width(current + char, bold, size) > room:
            pieces.append(current)
            current, room = "", width
        current += char
    return [*pieces, current] if current else pieces


class Text(Flowable):
    """A paragraph of plain text in any mix of Latin, Vietnamese, Chinese, Arabic and Dari."""

    def __init__(self, text: str, style: TextStyle, *, rtl_document: bool = False,
                 _units: tuple[tuple[str, bool], ...] | None = None, _first: bool = True) -> None:
        super().__init__()
        self.style = style
        self.rtl_document = rtl_document
        self.text = _prepared(text)
        self.units = _units if _units is not None else units_of(self.text)
        self.rtl = base_is_rtl(self.text, rtl_document)
        self.first = _first  # the first part of a split paragraph: space before and the box
        self.lines: Lines = ()
        self._width = 0.0
        self._broken: tuple[float, Lines] | None = None

    # -- layout --------------------------------------------------------------------------------

    def _box_size(self) -> float:
        return self.style.size * 0.9

    def _text_width(self, avail: float) -> float:
        extra = self._box_size() * 1.8 if self.style.box else 0.0
        return max(avail - self.style.indent - extra, self.style.size * 4)

    def _break(self, avail: float) -> Lines:
        # Tables and KeepTogether wrap a paragraph several times at the same width.
        if self._broken is None or self._broken[0] != avail:
            width = self._text_width(avail)
            self._broken = (avail, fill_lines(self.units, self.style.bold, self.style.size, width))
        return self._broken[1]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._width = availWidth
        self.lines = self._break(availWidth)
        self.height = self._space_before() + len(self.lines) * self.style.leading + self.style.space_after
        self.width = availWidth
        return availWidth, self.height

    def _space_before(self) -> float:
        return self.style.space_before if self.first else 0.0

    def getSpaceBefore(self) -> float:
        return 0.0  # folded into height: a split paragraph's rest must not get it again

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._break(availWidth)
        fit = int((availHeight - self._space_before()) // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        if fit < 2 and len(lines) > 3:
            # No single orphan line at the foot of a page: the paragraph starts on the next one.
            # (Taking two lines here instead would draw past the room platypus gave.)
            return []
        head_units = tuple(u for line, _ in lines[:fit] for u in line)
        tail_units = tuple((u, s) if i else (u, False)
                           for i, (u, s) in enumerate(u for line, _ in lines[fit:] for u in line))
        head = Text("", self.style.but(space_after=0), rtl_document=self.rtl_document, _units=head_units,
                    _first=self.first)
        tail = Text("", self.style.but(box=False), rtl_document=self.rtl_document, _units=tail_units,
                    _first=False)
        head.text = tail.text = self.text
        head.rtl = tail.rtl = self.rtl
        return [head, tail]

    # -- drawing -------------------------------------------------------------------------------

    def draw(self) -> None:
        writer = TextWriter(self.canv)  # the whole paragraph in one PDF text object
        box = self.write(writer, 0.0, 0.0)
        writer.finish()
        if box:
            self.draw_box(self.canv, *box)

    def write(self, writer: TextWriter, x0: float, y0: float) -> tuple[float, float] | None:
        """Add the lines to ``writer``, the paragraph's lower left corner at (x0, y0) (after wrap()).

        Sets the fill colour, which outlasts the text object. Returns where the check box goes,
        if there is one: it is a path, drawn once the text object is finished (draw_box)."""
        style = self.style
        box_room = self._box_size() * 1.8 if style.box else 0.0
        start_room = style.indent + box_room
        at_right = (style.align == "end") != self.rtl_document  # "start" is the right side in RTL
        writer.set_fill(style.fill)
        top = y0 + self.height - self._space_before()
        drop = style.leading * 0.5 + style.size * 0.33  # from a line's top to its baseline
        y = top
        for _, logical in self.lines:
            baseline = y - drop
            width, runs = line_runs(logical, self.rtl, style.bold, style.size)
            if style.align == "center":
                x = (self._width - width) / 2
            elif at_right:
                x = self._width - (start_room if self.rtl_document else 0.0) - width
            else:
                x = 0.0 if self.rtl_document else start_room
            if runs:
                writer.line(x0 + x, baseline, style.size, runs)
            y -= style.leading
        if not (style.box and self.first and self.lines):
            return None
        box = self._box_size()
        bx = self._width - style.indent - box if self.rtl_document else style.indent
        return x0 + bx, top - drop - box * 0.12  # beside the first line

    def draw_box(self, canvas: Canvas, x: float, y: float) -> None:
        box = self._box_size()
        canvas.setStrokeColor(self.style.color)
        canvas.setLineWidth(0.8)
        canvas.rect(x, y, box, box, stroke=1, fill=0)


__all__ = ["CJK", "LATIN", "Text", "TextStyle", "text_width", "units_of"]
