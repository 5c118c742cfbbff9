"""One service on paper: name, what it does, how to reach it, what to bring, and a QR code for its website."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from kiosk.cards import ServiceCard
from kiosk.printout.fonts import LATIN, font_name
from kiosk.printout.layout import Text, TextStyle
from kiosk.printout.qr import qr_drawing
from kiosk.printout.scripts import isolate
from kiosk.questionnaire import Localized

GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#bbbbbb")
QR_SIZE = 58.0
QR_COLUMN = QR_SIZE + 12

S_NAME = TextStyle(size=11.5, leading=15, bold=True)
S_ORG = TextStyle(size=9, leading=12, color=GREY)
S_FIELD = TextStyle(size=9.5, leading=12.5)
S_ENGLISH = TextStyle(size=8, leading=10.5, color=GREY)
S_VERIFIED = TextStyle(size=7.5, leading=10, color=GREY)
S_CAPTION = TextStyle(size=6.5, leading=8, color=GREY, align="center")


def table_style(*commands) -> TableStyle:
    """A table style whose cells use the bundled font (reportlab's default, Helvetica, is never embedded)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), font_name(LATIN)), *commands])


class CardWriter:
    """Turns :class:`ServiceCard` objects into flowables with one language's labels.

    ``english_labels`` set: a bilingual printout (English text follows, small and grey).
    """

    def __init__(self, labels: dict[str, str], english_labels: dict[str, str] | None, rtl: bool) -> None:
        self.labels, self.english_labels, self.rtl = labels, english_labels, rtl
        self.separator = "، " if rtl else ("、" if labels is not None and labels.get("free") == "免费" else ", ")

    def value(self, text: Localized) -> str:
        """Directory text, marked when it is English because the visitor's language is missing."""
        if text.in_english and self.labels["in_english"] != "(in English)":
            return f"{text.text} {self.labels['in_english']}"
        return text.text

    def _text(self, text: str, style: TextStyle) -> Text:
        return Text(text, style, rtl_document=self.rtl)

    def _label(self, key: str) -> str:
        if self.english_labels and self.english_labels[key] != self.labels[key]:
            return f"{self.labels[key]} · {self.english_labels[key]}"
        return self.labels[key]

    def _field(self, out: list, key: str, value: Localized | str | None, english: Localized | str | None = None,
               *, ltr: bool = False) -> None:
        if value is None or value == "":
            return
        shown = value if isinstance(value, str) else self.value(value)
        out.append(self._text(f"{self._label(key)}: {isolate(shown) if ltr else shown}", S_FIELD))
        english_text = english.text if isinstance(english, Localized) else english
        plain = value if isinstance(value, str) else value.text
        if self.english_labels and english_text and english_text != plain:
            out.append(self._text(english_text, S_ENGLISH.but(indent=8)))

    def content(self, card: ServiceCard, english: ServiceCard | None) -> list[Flowable]:
        """The card's lines, top to bottom."""
        labels = self.labels
        out: list[Flowable] = [self._text(self.value(card.name), S_NAME)]
        if english and english.name.text != card.name.text:
            out.append(self._text(english.name.text, S_ENGLISH))
        if card.organization and card.organization != card.name.text:
            out.append(self._text(card.organization, S_ORG))
        if card.description:
            out.append(self._text(self.value(card.description), S_FIELD.but(space_before=2, space_after=2)))
            if english and english.description and english.description.text != card.description.text:
                out.append(self._text(english.description.text, S_ENGLISH.but(space_after=2)))
        self._field(out, "phone", card.phone, ltr=True)
        self._field(out, "address", card.address, ltr=True)
        self._field(out, "hours", card.hours, english.hours if english else None)
        if card.languages:
            self._field(out, "languages", self.separator.join(card.languages))
        cost = card.cost if card.cost is not None else (Localized(labels["free"]) if card.free else None)
        self._field(out, "cost", cost, english.cost if english else None)
        if card.accepts_itin:
            out.append(self._text(self._label("itin"), S_FIELD))
        if card.documents:
            out.append(self._text(f"{self._label('documents')}:", S_FIELD))
            twins = english.documents if english else ()
            for i, doc in enumerate(card.documents):
                out.append(self._text(self.value(doc), S_FIELD.but(indent=4, box=True)))
                if self.english_labels and i < len(twins) and twins[i].text != doc.text:
                    out.append(self._text(twins[i].text, S_ENGLISH.but(indent=4 + S_FIELD.size * 1.8)))
        if card.how_to_apply:
            self._field(out, "how_to_apply", card.how_to_apply, english.how_to_apply if english else None)
        if card.url:
            self._field(out, "website", card.url, ltr=True)
        out.append(self._verified(card))
        return out

    def reference(self, card: ServiceCard, english: ServiceCard | None, step_number: int) -> Flowable:
        """A service already shown in an earlier step: its name, phone and where to find the full card."""
        parts = [self.value(card.name)]
        if card.phone:
            parts.append(isolate(card.phone))
        parts.append(self.labels["see_step"].format(n=step_number))
        lines = [self._text(" · ".join(parts), S_FIELD.but(bold=True))]
        if english and english.name.text != card.name.text:
            lines.append(self._text(f"{english.name.text} · {self.english_labels['see_step'].format(n=step_number)}",
                                    S_ENGLISH))
        rule = "LINEAFTER" if self.rtl else "LINEBEFORE"
        table = Table([[lines]], style=table_style(
            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            (rule, (0, 0), (0, 0), 2, RULE)))
        table.spaceBefore = 5
        return table

    def _verified(self, card: ServiceCard) -> Text:
        if card.last_verified is None:
            key, fmt = "not_verified", {}
        else:
            key, fmt = "verified", {"date": isolate(card.last_verified.isoformat())}
        text = self.labels[key].format(**fmt)
        if self.english_labels and self.english_labels is not self.labels:
            text += "  ·  " + self.english_labels[key].format(**fmt)
        return self._text(text, S_VERIFIED.but(space_before=2))

    def card(self, card: ServiceCard, english: ServiceCard | None, width: float, *, indent: float = 0) -> Flowable:
        """The card as one block: content beside its website's QR code, a rule on the start side."""
        content = self.content(card, english)
        if card.url:
            side = [qr_drawing(card.url, QR_SIZE), self._text(self._label("scan_service"), S_CAPTION)]
        else:
            side = []
        room = width - QR_COLUMN
        row = [side, content] if self.rtl else [content, side]
        widths = [QR_COLUMN, room] if self.rtl else [room, QR_COLUMN]
        content_col = 1 if self.rtl else 0
        rule = "LINEAFTER" if self.rtl else "LINEBEFORE"
        table = Table([row], colWidths=widths, hAlign="RIGHT" if self.rtl else "LEFT", style=table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            (rule, (content_col, 0), (content_col, 0), 2, RULE),
        ))
        table.spaceBefore = 7
        if indent:  # the caller narrowed ``width``: push the card to the end side, under the step's text
            table.hAlign = "LEFT" if self.rtl else "RIGHT"
        return table
