"""One service on paper: name, what it does, how to reach it, what to bring, and a QR code for its website."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable

from kiosk.cards import ServiceCard
from kiosk.locale_format import join_list, long_date
from kiosk.printout.glyphs import TextWriter
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


class Row(Flowable):
    """Columns of flowables side by side, each stacked from the top, with an optional rule down one
    column's left or right edge: what a one-row platypus Table drew here, without its style and
    cell-geometry machinery, which cost more than the cards' text.
    """

    def __init__(self, columns: list[list[Flowable]], widths: list[float] | None = None, *,
                 padding: tuple[float, float, float, float] = (6, 6, 2, 2), space_before: float = 0,
                 rule: tuple[int, str] | None = None, h_align: str = "LEFT") -> None:
        super().__init__()
        self.columns, self.widths = columns, widths
        self.padding = padding  # left, right, top, bottom, in every column
        self.rule = rule  # (column, "left" | "right")
        self.spaceBefore = space_before
        self.hAlign = h_align
        self._heights: list[list[float]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        left, right, top, bottom = self.padding
        widths = self.widths or [availWidth]
        canvas = getattr(self, "canv", None)
        self._heights, tallest = [], 0.0
        for column, width in zip(self.columns, widths, strict=True):
            heights = [f.wrapOn(canvas, width - left - right, availHeight - top - bottom)[1] for f in column]
            self._heights.append(heights)
            if column:
                spaces = sum(f.getSpaceBefore() + f.getSpaceAfter() for f in column)
                tallest = max(tallest, sum(heights) + spaces - column[0].getSpaceBefore() - column[-1].getSpaceAfter())
        self.width, self.height = sum(widths), tallest + top + bottom
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """What fits in ``availHeight`` and the rest, column by column: a card taller than a page
        (a 6,000-character description) goes on over the next page instead of stopping the printout."""
        left, right, top, bottom = self.padding
        room = availHeight - top - bottom
        if room <= 0:
            return []
        heads, tails = [], []
        for column, width in zip(self.columns, self.widths or [availWidth], strict=True):
            head, tail = _split_column(column, width - left - right, room, getattr(self, "canv", None))
            heads.append(head)
            tails.append(tail)
        if not any(heads) or not any(tails):
            return [] if not any(heads) else [self]
        first = Row(heads, self.widths, padding=(left, right, top, 0), space_before=self.spaceBefore,
                    rule=self.rule, h_align=self.hAlign)
        rest = Row(tails, self.widths, padding=(left, right, 0, bottom), rule=self.rule, h_align=self.hAlign)
        return [first, rest]

    def draw(self) -> None:
        canvas = self.canv
        left, right, top, _ = self.padding
        widths = self.widths or [self.width]
        # The paragraphs go into one text object; other flowables (QR codes) close it and are
        # drawn in black, check boxes after it.
        writer, boxes = TextWriter(canvas), []
        x = 0.0
        for column, heights, width in zip(self.columns, self._heights, widths, strict=True):
            y = self.height - top + (column[0].getSpaceBefore() if column else 0)
            for flowable, height in zip(column, heights, strict=True):
                y -= flowable.getSpaceBefore() + height
                if isinstance(flowable, Text):
                    box = flowable.write(writer, x + left, y)
                    if box:
                        boxes.append((flowable, box))
                else:
                    writer.finish()
                    canvas.setFillColor(colors.black)
                    flowable.drawOn(canvas, x + left, y, _sW=width - left - right - flowable.width)
                y -= flowable.getSpaceAfter()
            x += width
        writer.finish()
        for flowable, box in boxes:
            flowable.draw_box(canvas, *box)
        if self.rule:
            index, side = self.rule
            rx = sum(widths[:index]) + (widths[index] if side == "right" else 0)
            canvas.setLineCap(1)
            canvas.setLineJoin(1)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(2)
            canvas.line(rx, 0, rx, self.height)


def _split_column(column: list[Flowable], width: float, room: float, canvas) -> tuple[list, list]:
    """The flowables of one column that fit in ``room`` (the one across the edge split), and the rest."""
    used = 0.0
    for i, flowable in enumerate(column):
        before = flowable.getSpaceBefore() if i else 0.0
        height = flowable.wrapOn(canvas, width, room - used - before)[1]
        if used + before + height <= room:
            used += before + height + flowable.getSpaceAfter()
            continue
        parts = flowable.split(width, room - used - before) if room - used - before > 0 else []
        if len(parts) >= 2:
            return [*column[:i], parts[0]], [*parts[1:], *column[i + 1:]]
        return list(column[:i]), list(column[i:])
    return list(column), []


class Stack(Row):
    """Flowables one under the other, kept on one page as platypus's KeepTogether keeps them (moved
    to the next page when they do not fit; flowing on their own only when they do not fit on a
    whole page), with their paragraphs drawn as one text object."""

    def __init__(self, items: list[Flowable]) -> None:
        super().__init__([items], padding=(0, 0, 0, 0))

    def getSpaceBefore(self) -> float:
        items = self.columns[0]
        return items[0].getSpaceBefore() if items else 0.0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)  # platypus sets it before asking
        if frame is not None and not frame._atTop:
            page = frame._height - frame._topPadding - frame._bottomPadding
            if self.height <= page:
                return []  # platypus then retries at the top of the next page
            # Taller than any page (a very long card): moving it would only leave this page empty.
            return super().split(availWidth, availHeight)
        return list(self.columns[0])


class CardWriter:
    """Turns :class:`ServiceCard` objects into flowables with one language's labels.

    ``english_labels`` set: a bilingual printout (English text follows, small and grey).
    """

    def __init__(self, labels: dict[str, str], english_labels: dict[str, str] | None, rtl: bool,
                 language: str = "en") -> None:
        self.labels, self.english_labels, self.rtl = labels, english_labels, rtl
        self.language = language

    def value(self, text: Localized) -> str:
        """Directory text, marked when it is English because the visitor's language is missing."""
        if text.in_english and self.labels["in_english"] != "(in English)":
            return f"{text.text} {self.labels['in_english']}"
        return text.text

    def _text(self, text: str, style: TextStyle) -> Text:
        return Text(text, style, rtl_document=self.rtl)

    def _label(self, key: str) -> str:
        if self.english_labels and self.english_labels[key] != self.labels[key]:
            english = isolate(self.english_labels[key]) if self.rtl else self.english_labels[key]
            return f"{self.labels[key]} · {english}"
        return self.labels[key]

    def _caption(self, key: str) -> str:
        """The label and its colon. In Arabic and Dari the English word keeps its colon inside its own
        left-to-right island ("الهاتف · Phone:"); outside it, the colon would show as ":Phone"."""
        if self.rtl and self.english_labels and self.english_labels[key] != self.labels[key]:
            return f"{self.labels[key]} · {isolate(self.english_labels[key] + ':')}"
        return f"{self._label(key)}:"

    def _field(self, out: list, key: str, value: Localized | str | None, english: Localized | str | None = None,
               *, ltr: bool = False) -> None:
        if value is None or value == "":
            return
        shown = value if isinstance(value, str) else self.value(value)
        out.append(self._text(f"{self._caption(key)} {isolate(shown) if ltr else shown}", S_FIELD))
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
            self._field(out, "languages", join_list(list(card.languages), self.language))
        cost = card.cost if card.cost is not None else (Localized(labels["free"]) if card.free else None)
        self._field(out, "cost", cost, english.cost if english else None)
        if card.accepts_itin:
            out.append(self._text(self._label("itin"), S_FIELD))
        if card.documents:
            out.append(self._text(self._caption("documents"), S_FIELD))
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
        if card.out_of_date:  # older than directory.stale_after_months: say so in bold, before the visit
            out.append(self._text(self._label("out_of_date"), S_FIELD.but(bold=True, space_before=1)))
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
        return Row([lines], padding=(6, 6, 1, 1), space_before=5, rule=(0, "right" if self.rtl else "left"))

    def _verified(self, card: ServiceCard) -> Text:
        if card.last_verified is None:
            key, fmt = "not_verified", {}
        else:
            key, fmt = "verified", {"date": isolate(long_date(card.last_verified, self.language))}
        text = self.labels[key].format(**fmt)
        if self.english_labels and self.english_labels is not self.labels:
            if card.last_verified is not None:
                fmt = {"date": isolate(long_date(card.last_verified, "en"))}
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
        columns = [side, content] if self.rtl else [content, side]
        widths = [QR_COLUMN, room] if self.rtl else [room, QR_COLUMN]
        rule = (1, "right") if self.rtl else (0, "left")
        # With ``indent`` the caller narrowed ``width``: the card goes to the end side, under the step's text.
        h_align = ("LEFT" if self.rtl else "RIGHT") if indent else ("RIGHT" if self.rtl else "LEFT")
        return Row(columns, widths, space_before=7, rule=rule, h_align=h_align)
