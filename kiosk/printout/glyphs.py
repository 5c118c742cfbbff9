"""PDF text operators for paragraphs, a paragraph (or a card's column of them) as one text object.

reportlab's text object formats each run on its own: a font lookup, the subset split and, for
shaped Arabic, a Python loop over every glyph's harfbuzz offsets; a printout has hundreds of
runs. Where a run's glyphs sit depends only on its text, font and size, so that is worked out
once per process (:func:`_shaped_groups`); per document only the glyphs' codes are looked up,
once per distinct run, with ``TTFont.splitString``, which also records which glyphs the
embedded subset needs.
"""

from __future__ import annotations

from functools import lru_cache
from weakref import WeakKeyDictionary

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.pdfgen.canvas import Canvas

from kiosk.printout import cache_sizes
from kiosk.printout.reportlab_internals import document_of, restore_stroke, shape_data

# A run is drawn as groups (rise, tokens); a token is a glyph range (start, end) or a TJ adjustment.
Token = tuple[int, int] | str
_PLAIN = ((0.0, ((0, -1),)),)  # unshaped text: every glyph, no adjustment


@lru_cache(maxsize=cache_sizes.PARAGRAPHS)
def shaped(text: str, font: str, size: float) -> ShapedStr:
    """``text`` (logical order) shaped by harfbuzz: joined glyphs, in visual order."""
    return shapeStr(text, font, size, force=True)


@lru_cache(maxsize=cache_sizes.PARAGRAPHS)
def _shaped_groups(text: str, font: str, size: float) -> tuple[tuple[float, tuple[Token, ...]], ...]:
    """Glyph ranges and TJ adjustments of a shaped run, split where the baseline rises (marks).

    The same positioning as reportlab's own shaped output: each glyph moved by harfbuzz's x offset
    and followed by the difference between its advance and the font's width for it.
    """
    groups: list[tuple[float, list]] = []
    for i, data in enumerate(shape_data(shaped(text, font, size))):
        rise = size * data.y_offset / 1000
        if not groups or groups[-1][0] != rise:
            groups.append((rise, []))
        items = groups[-1][1]
        _adjust(items, -data.x_offset)
        if items and isinstance(items[-1], tuple) and items[-1][1] == i:
            items[-1] = (items[-1][0], i + 1)
        else:
            items.append((i, i + 1))
        _adjust(items, data.width - data.x_advance + data.x_offset)
    return tuple((rise, tuple(t if isinstance(t, tuple) else fp_str(t) for t in items
                              if isinstance(t, tuple) or fp_str(t) != "0")) for rise, items in groups)


def _adjust(items: list, amount: float) -> None:
    if amount:
        if items and not isinstance(items[-1], tuple):
            items[-1] += amount
        else:
            items.append(amount)


# Per document: a run's operators, once its glyphs have codes (repeated labels, spaces, names),
# and the operator selecting each font subset and size.
_documents: WeakKeyDictionary[object, dict[tuple, tuple[int | str, ...] | str]] = WeakKeyDictionary()


class TextWriter:
    """Collects runs, of one paragraph or of a card's column of them, and adds them to the page
    as a single BT … ET."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.doc = document_of(canvas)  # subsets are per document: splitString needs it
        self.runs = _documents.setdefault(self.doc, {})
        self.ops: list[str] = []
        self.font: tuple[str, int, float] | None = None
        self.fill = ""
        self.stroke = 0.0  # outline width of the runs being drawn; 0: filled only (render mode 0)
        self.width = 0.0  # the line width set in this text object, if any
        self.stroke_fill = ""  # the fill colour the stroke colour was set to
        self.restore = False  # stroke colour, width and join changed: the canvas's come back after ET

    def set_fill(self, fill: str) -> None:
        """Draw what follows in the colour set by ``fill`` ("0 0 0 rg"); it outlasts the text
        object, until the graphics state is restored."""
        if fill != self.fill:
            self.ops.append(fill)
            self.fill = fill

    def line(self, x: float, y: float, size: float, runs: tuple[tuple[str, str, bool, float], ...]) -> None:
        """Draw a line's runs, (font, text, shaped: Arabic through harfbuzz, outline stroke width:
        bold drawn with a regular font), left to right from (x, y). Each run starts where the
        previous one ends: the glyph widths embedded in the PDF are those the runs were measured
        with, so one positioning operator does for the line."""
        ops = self.ops
        ops.append(f"1 0 0 1 {fp_str(x, y)} Tm")
        for font, text, shape, stroke in runs:
            if stroke or self.stroke:
                self._stroke(stroke)
            key = (font, size, text, shape)
            items = self.runs.get(key)
            if items is None:
                items = self.runs[key] = self._items(font, size, text, shape)
            for item in items:
                if isinstance(item, str):
                    ops.append(item)
                elif self.font != (font, item, size):
                    self.font = (font, item, size)
                    select = self.runs.get(self.font)
                    if select is None:
                        name = pdfmetrics.getFont(font).getSubsetInternalName(item, self.doc)
                        select = self.runs[self.font] = f"{name} {fp_str(size)} Tf"
                    ops.append(select)

    def _stroke(self, width: float) -> None:
        """Fill and stroke the glyphs' outlines ``width`` wide, in the fill colour (0: fill only)."""
        if not width:
            self.ops.append("0 Tr")
        else:
            if self.stroke_fill != self.fill:
                self.ops.append(f"{self.fill[:-2]}RG")  # "r g b rg" → "r g b RG"
                self.stroke_fill = self.fill
            if width != self.width:
                self.ops.append(f"{fp_str(width)} w" if self.width else f"{fp_str(width)} w 1 j")
                self.width = width
            if not self.stroke:
                self.ops.append("2 Tr")
            self.restore = True
        self.stroke = width

    def _items(self, font: str, size: float, text: str, shape: bool) -> tuple[int | str, ...]:
        """The run's operators; an int is the font subset its next glyphs are in."""
        glyphs = shaped(text, font, size) if shape else text
        chunks = pdfmetrics.getFont(font).splitString(glyphs, self.doc)
        if not shape and len(chunks) == 1:  # most runs: one string in one subset
            return chunks[0][0], f"({escapePDF(chunks[0][1])}) Tj"
        codes = b"".join(chunk for _, chunk in chunks)
        ends, subsets, end = [], [], 0
        for subset, chunk in chunks:
            end += len(chunk)
            ends.append(end)
            subsets.append(subset)
        items: list[int | str] = []
        array: list[str] = []
        current = None
        for rise, tokens in _shaped_groups(text, font, size) if shape else _PLAIN:
            if rise:
                items.append(f"{fp_str(rise)} Ts")
            for token in tokens:
                if isinstance(token, str):
                    array.append(token)
                    continue
                start, stop = token[0], len(codes) if token[1] < 0 else token[1]
                while start < stop:
                    k = next(k for k, e in enumerate(ends) if e > start)
                    if subsets[k] != current:
                        _flush(array, items)
                        items.append(subsets[k])
                        current = subsets[k]
                    piece = min(stop, ends[k])
                    array.append(f"({escapePDF(codes[start:piece])})")
                    start = piece
            _flush(array, items)
            if rise:
                items.append("0 Ts")
        return tuple(items)

    def finish(self) -> None:
        """Add the text object to the page (before anything else is drawn)."""
        if self.stroke:
            self._stroke(0.0)  # the render mode outlasts the text object
        if self.ops:
            self.canvas.addLiteral(" ".join(("BT", *self.ops, "ET")))
        if self.restore:  # check boxes and rules are stroked with the canvas's settings
            restore_stroke(self.canvas)
        self.ops = []
        self.font = None
        self.fill = ""  # what is drawn next may change it
        self.width = 0.0
        self.stroke_fill = ""
        self.restore = False


def _flush(array: list[str], items: list[int | str]) -> None:
    if len(array) == 1 and array[0].startswith("("):
        items.append(f"{array[0]} Tj")
    elif array:
        items.append(f"[{' '.join(array)}] TJ")
    array.clear()
