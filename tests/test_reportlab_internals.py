"""The reportlab internals the printout reads (kiosk/printout/reportlab_internals.py) are still there.

A reportlab release that renames one fails here, naming it, rather than as a broken printout.
"""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from kiosk.printout import reportlab_internals as rl
from kiosk.printout.fonts import ARABIC, font_name, register_fonts
from kiosk.printout.glyphs import shaped


def test_a_canvas_still_has_its_document_and_stroke_settings():
    canvas = Canvas(io.BytesIO())
    for name in ("_doc", "_strokeColorObj", "_lineWidth", "_lineJoin"):
        assert hasattr(canvas, name), f"reportlab's Canvas no longer has {name}: update reportlab_internals.py"
    assert rl.document_of(canvas) is canvas._doc
    canvas.setLineWidth(2.5)
    canvas.setLineJoin(1)
    rl.restore_stroke(canvas)
    assert canvas._lineWidth == 2.5 and canvas._lineJoin == 1


def test_a_shaped_string_still_carries_harfbuzz_glyph_records():
    register_fonts()
    glyphs = rl.shape_data(shaped("مرحبا", font_name(ARABIC), 10))
    assert glyphs, "reportlab's ShapedStr no longer carries __shapeData__: update reportlab_internals.py"
    for field in ("x_offset", "y_offset", "x_advance", "width"):
        assert all(isinstance(getattr(g, field), int | float) for g in glyphs), field
    # Joined Arabic: five letters shape to five glyphs whose advances add up to a real width.
    assert sum(g.x_advance for g in glyphs) > 0
