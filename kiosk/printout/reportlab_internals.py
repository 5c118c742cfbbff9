"""The few reportlab internals the printout's fast text path reads, in one place.

reportlab has no public way to reach a canvas's document (font subsets are per document), the
canvas's current stroke settings, or harfbuzz's per-glyph positions of a shaped string. These
names are read only through this module; ``tests/test_reportlab_internals.py`` fails loudly, naming
the attribute, when a reportlab release changes them (the version is pinned in ``requirements.lock``).
"""

from __future__ import annotations

from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen.canvas import Canvas


def document_of(canvas: Canvas) -> object:
    """The canvas's PDF document: what ``TTFont.splitString`` and subset names are kept per."""
    return canvas._doc


def restore_stroke(canvas: Canvas) -> None:
    """Set the canvas's own stroke colour, width and join again in the page stream (after a text
    object that changed them directly)."""
    canvas.setStrokeColor(canvas._strokeColorObj)
    canvas.setLineWidth(canvas._lineWidth)
    canvas.setLineJoin(canvas._lineJoin)


def shape_data(text: ShapedStr) -> list:
    """harfbuzz's glyph records of a shaped string (``x_offset``, ``y_offset``, ``x_advance``, ``width``)."""
    return text.__shapeData__
