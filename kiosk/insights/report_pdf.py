"""The insight report as a PDF: charts drawn with reportlab's own chart library, and tables.

Charts only draw numbers that are published: a "<5" or "hidden" cell is drawn as an empty bar
and its label says "<5" or "hidden", so the picture never shows what the table hides.
"""

from __future__ import annotations

import io
from datetime import date

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import kiosk.insights.counters as c
from kiosk.insights.report import BELOW, HIDDEN, Report, Section

WIDTH = letter[0] - 1.5 * inch
BLUE = colors.HexColor("#1f5fa8")
GREEN = colors.HexColor("#2e8b57")
MAX_DAY_BARS = 62


def _value(shown: str) -> int:
    return int(shown) if shown.isdigit() else 0


def _styles():
    styles = getSampleStyleSheet()
    return styles["Title"], styles["Heading2"], styles["BodyText"], styles["Italic"]


def horizontal_chart(section: Section) -> Drawing | None:
    """Bars of a section's published numbers, biggest first (at most 15)."""
    cells = [cell for cell in section.cells if cell.count][:15]
    if not cells:
        return None
    cells = list(reversed(cells))  # reportlab draws the first category at the bottom
    height = 24 + 18 * len(cells)
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 210, 12
    chart.width, chart.height = WIDTH - 260, height - 20
    chart.data = [[_value(cell.shown) for cell in cells]]
    chart.categoryAxis.categoryNames = [f"{cell.name[:34]}  ({cell.shown})" for cell in cells]
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(5, *chart.data[0]) * 1.1
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.forceZero = True
    chart.bars[0].fillColor = BLUE
    chart.barWidth = 10
    drawing.add(chart)
    return drawing


def sessions_chart(report: Report) -> Drawing:
    """Sessions started and finished per day (published numbers only)."""
    started, finished = report.sections[c.SESSIONS_STARTED], report.sections[c.SESSIONS_FINISHED]
    days = started.cells[-MAX_DAY_BARS:]
    ends = finished.cells[-MAX_DAY_BARS:]
    drawing = Drawing(WIDTH, 215)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 60
    chart.width, chart.height = WIDTH - 40, 140
    chart.data = [[_value(cell.shown) for cell in days], [_value(cell.shown) for cell in ends]]
    step = max(1, len(days) // 15)
    chart.categoryAxis.categoryNames = [
        (date.fromisoformat(cell.key).strftime("%b %d") + ("" if cell.shown.isdigit() else f" {cell.shown}")
         if i % step == 0 else "") for i, cell in enumerate(days)]
    chart.categoryAxis.labels.angle = 45
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = BLUE
    chart.bars[1].fillColor = GREEN
    drawing.add(chart)
    drawing.add(String(30, 5, "blue: started   green: reached a pathway   (days with fewer than 5 are not drawn)",
                       fontSize=7, fillColor=colors.grey))
    return drawing


def section_table(section: Section, value_header: str = "Sessions") -> Table:
    rows = [["", value_header]] + [[cell.name, cell.shown] for cell in section.cells]
    if section.total:
        rows.append(["Total", section.total.shown])
    table = Table(rows, colWidths=[WIDTH * 0.72, WIDTH * 0.2], hAlign="LEFT")
    style = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
             ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
             ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f4f7")])]
    if section.total:
        style += [("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black), ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9)]
    table.setStyle(TableStyle(style))
    return table


def pdf_bytes(report: Report) -> bytes:
    """The whole report as PDF bytes."""
    title, heading, body, note = _styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=letter, leftMargin=0.75 * inch, rightMargin=0.75 * inch,
                            topMargin=0.7 * inch, bottomMargin=0.7 * inch,
                            title="Camino kiosk insight report", author="Camino kiosk")
    story: list = [
        Paragraph("Camino kiosk: anonymous insight report", title),
        Paragraph(f"Period: {report.first:%B %d, %Y} to {report.last:%B %d, %Y}", body),
        Paragraph("For the Office of Immigrant and Refugee Affairs and Economic Development.", body),
    ]
    if report.kiosks:
        story.append(Paragraph("Kiosks: " + ", ".join(report.kiosks), body))
    story.append(Spacer(1, 8))
    if report.empty:
        story.append(Paragraph("No data was recorded in this period: no sessions were counted "
                               "at these kiosks between these dates.", heading))
        doc.build(story)
        return buffer.getvalue()

    story.append(Paragraph(
        f"Counts from 1 to 4 are shown as \"{BELOW}\". Where a table adds up to a published total, "
        f"some larger counts are also withheld (\"{HIDDEN}\") so that a \"{BELOW}\" count cannot be "
        "worked out by subtraction. Nothing here describes an individual visit: each number is a daily "
        "counter, and the kiosk keeps no record of single sessions.", note))
    started = report.sections[c.SESSIONS_STARTED]
    story += [Spacer(1, 6), Paragraph(f"Sessions: {started.total.shown if started.total else '0'} started, "
                                      f"{report.sections[c.SESSIONS_FINISHED].total.shown} reached a pathway",
                                      heading), sessions_chart(report)]
    per_day = Table(
        [["Day", "Started", "Reached a pathway"]]
        + [[cell.key, cell.shown, end.shown] for cell, end in
           zip(started.cells, report.sections[c.SESSIONS_FINISHED].cells, strict=True)]
        + [["Total", started.total.shown, report.sections[c.SESSIONS_FINISHED].total.shown]],
        colWidths=[WIDTH * 0.4, WIDTH * 0.25, WIDTH * 0.27], hAlign="LEFT", repeatRows=1)
    per_day.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black), ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9)]))
    story += [per_day, Spacer(1, 10)]

    for sid in (c.LANGUAGE, c.NEED, c.UNMATCHED, c.FEEDBACK, c.MISSING, c.STAGE, c.KIND, "take_home"):
        section = report.sections[sid]
        block: list = [Paragraph(section.title, heading)]
        chart = horizontal_chart(section) if sid not in ("take_home",) else None
        if not any(cell.count for cell in section.cells):
            block.append(Paragraph("None in this period.", body))
        else:
            if chart is not None:
                block.append(chart)
            block += [Spacer(1, 4), section_table(section)]
        story += [KeepTogether(block), Spacer(1, 8)]
    doc.build(story)
    return buffer.getvalue()
