"""The verification form a city hands to a partner organization (at a Design Day, or by mail).

Each of the organization's services is printed exactly as the kiosk shows it (the printout's own
card), beside boxes to confirm it or mark it for correction and room to write the changes; the form
ends with lines for the name, date and signature of the person who checked it.
"""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer

from kiosk.cards import ServiceCard
from kiosk.printout.cards import CardWriter, Row, Stack
from kiosk.printout.document import MARGIN, S_BODY, S_HEADING, S_SMALL, S_TITLE
from kiosk.printout.fonts import LATIN, font_name, register_fonts
from kiosk.printout.labels import labels_for
from kiosk.printout.layout import Text, TextStyle

RULE = colors.HexColor("#999999")
S_BOX = TextStyle(size=10, leading=14, box=True)
S_WRITE = TextStyle(size=9, leading=20, color=colors.HexColor("#777777"))
WRITE_LINE = "_" * 46
SIGN_LINE = "_" * 34


def _text(text: str, style: TextStyle) -> Text:
    return Text(text, style)


def _service(card: ServiceCard, writer: CardWriter, width: float) -> Flowable:
    side = width * 0.40
    checks = [_text("This is correct as shown", S_BOX),
              _text("Needs changes (write them below)", S_BOX),
              _text("This service has ended", S_BOX),
              *(_text(WRITE_LINE, S_WRITE) for _ in range(5))]
    return Row([writer.content(card, None), checks], [width - side, side], padding=(6, 6, 4, 4),
               space_before=8, rule=(0, "left"))


def render_verification_sheet(org_name: str, cards: list[ServiceCard], *, paper: str = "letter",
                              printed_on: date | None = None, city: str = "") -> bytes:
    """One organization's verification form as a PDF (bytes), in English, the language of the records."""
    register_fonts()
    printed_on = printed_on or date.today()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4 if paper == "a4" else LETTER, leftMargin=MARGIN,
                            rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
                            title=f"Please check: {org_name}", subject="Camino directory verification",
                            creator="Camino", lang="en")
    writer = CardWriter(labels_for("en"), None, rtl=False)
    width = doc.width
    who = f"the {city} " if city else "the "
    story: list[Flowable] = [
        _text(f"Please check: {org_name}", S_TITLE),
        _text(f"These are the services of {org_name} as {who}Camino kiosk shows them to visitors "
              f"(printed {printed_on.isoformat()}). For each one, tick a box. If something is wrong or "
              "missing (a phone number, hours, documents, how to apply), write the correct information "
              "beside it. Then sign at the end and return this form to the city.", S_BODY.but(space_before=6)),
    ]
    if not cards:
        story.append(_text("This organization has no service in the directory yet. Write the services you "
                           "offer on the back of this page.", S_BODY.but(space_before=10)))
    for card in cards:
        story.append(_service(card, writer, width))
    story += [
        Spacer(1, 10),
        KeepTogether([
            _text("Anything else we should know (a new service, a new address)?", S_HEADING),
            *(_text(WRITE_LINE * 2, S_WRITE) for _ in range(3)),
            _text("Checked by", S_HEADING),
            _text(f"Name  {SIGN_LINE}    Title  {SIGN_LINE}", S_WRITE.but(color=colors.black)),
            _text(f"Date  {SIGN_LINE}    Signature  {SIGN_LINE}", S_WRITE.but(color=colors.black)),
            _text("Thank you. The kiosk will show this date as the day its information was last checked.",
                  S_SMALL.but(space_before=6)),
        ]),
    ]

    def first_font(canvas, _doc) -> None:
        canvas.setFont(font_name(LATIN), 9)

    doc.build([Stack([story[0], story[1]]), *story[2:]], onFirstPage=first_font, onLaterPages=first_font)
    return buffer.getvalue()
