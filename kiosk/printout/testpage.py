"""A one-page test print: every script Camino prints, so staff can see the printer and fonts work."""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from kiosk.config import LANGUAGES
from kiosk.printout.fonts import LATIN, font_name, register_fonts
from kiosk.printout.labels import labels_for
from kiosk.printout.layout import Text, TextStyle
from kiosk.printout.scripts import is_rtl_language


def test_page_pdf(printer: str = "", when: datetime | None = None) -> bytes:
    """One page: the printer's name, the time, and "Your business pathway" in the eight languages."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER, initialFontName=font_name(LATIN))
    width, height = LETTER
    margin = inch
    y = height - margin
    stamp = (when or datetime.now()).strftime("%Y-%m-%d %H:%M")
    rows = [(f"Camino test page — {printer or 'default printer'} — {stamp}", TextStyle(size=16, leading=22,
                                                                                       bold=True), False)]
    for language in LANGUAGES:
        labels = labels_for(language)
        rows.append((f"{labels['title']} · {labels['phone']}: (505) 768-3040", TextStyle(size=14, leading=20),
                     is_rtl_language(language)))
    for text, style, rtl in rows:
        flowable = Text(text, style.but(space_after=8), rtl_document=rtl)
        _, h = flowable.wrap(width - 2 * margin, height)
        y -= h
        flowable.drawOn(canvas, margin, y)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
