"""The pathway as a PDF: title, numbered steps with check boxes, each service's card, QR codes,
and on every page the human fallback (311, the Office of Immigrant and Refugee Affairs) and page numbers.

Bilingual printouts follow each piece of visitor-language text with its English original in a
smaller grey style, so the staff of a service can read what the visitor brings.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from kiosk.cards import ServiceCard, load_cards
from kiosk.config import Config
from kiosk.locale_format import long_date
from kiosk.pathway import Pathway, PathwayEngine
from kiosk.printout import time_box as time_box_mod
from kiosk.printout.cards import CardWriter, Row, Stack
from kiosk.printout.fonts import LATIN, font_name, register_fonts
from kiosk.printout.glyphs import TextWriter
from kiosk.printout.labels import labels_for
from kiosk.printout.layout import Text, TextStyle
from kiosk.printout.qr import pathway_link, qr_drawing
from kiosk.printout.scripts import is_rtl_language, isolate
from kiosk.printout.time_box import time_box
from kiosk.questionnaire import Answers, Localized

GREY = colors.HexColor("#555555")
NOTICE = colors.HexColor("#8a3b00")
MARGIN = 0.6 * inch
FOOTER_ROOM = 0.75 * inch
PATHWAY_QR = 72.0


def printout_for(engine: PathwayEngine, answers: Answers, language: str, *, config: Config,
                 bilingual: bool = False, printed_on: date | None = None, paper: str | None = None) -> bytes:
    """The PDF for ``answers`` in ``language`` (plus English when ``bilingual``), with the demo notice."""
    pathway = engine.build(answers, language)
    twin = english_twin(engine, pathway) if bilingual and language != "en" else None
    directory = engine.directory
    notice = directory.notice(language) if directory.is_demo else None
    return render_pathway(pathway, config=config, bilingual_with=twin, paper=paper, printed_on=printed_on,
                          notice=notice)


def english_twin(engine: PathwayEngine, pathway: Pathway) -> Pathway:
    """The same steps and services as ``pathway``, in English.

    ``engine.build(answers, "en")`` would rank services for an English speaker and might pick
    others; the bilingual printout needs the English text of exactly the services the visitor got.
    """
    directory = engine.directory
    ids = [c.id for s in pathway.steps for c in s.services] + [c.id for c in pathway.fallback]
    cards = load_cards(directory, ids, "en")
    options = {o.id: o.text for q in directory.questions("en") for o in q.options}

    def english(card: ServiceCard) -> ServiceCard:
        return cards.get(card.id, card)

    steps = tuple(
        replace(step, title=Localized(directory.steps[step.id].title) if step.id in directory.steps else step.title,
                why=Localized(directory.steps[step.id].why) if step.id in directory.steps else step.why,
                services=tuple(english(c) for c in step.services))
        for step in pathway.steps)
    needs = tuple(replace(n, text=options.get(n.option_id, n.text)) for n in pathway.unmatched_needs)
    return replace(pathway, language="en", steps=steps, unmatched_needs=needs,
                   fallback=tuple(english(c) for c in pathway.fallback))


def render_pathway(pathway: Pathway, *, config: Config, bilingual_with: Pathway | None = None,
                   paper: str | None = None, printed_on: date | None = None,
                   notice: Localized | None = None, limit_s: float | None = None) -> bytes:
    """Draw ``pathway`` as a PDF (bytes). ``paper``: "letter" or "a4" (default: the config's).

    Raises :class:`kiosk.printout.time_box.PrintoutTooLong` when drawing takes over ``limit_s``
    (default: ``time_box.RENDER_LIMIT_S``).

    ``bilingual_with``: the same pathway in English (:func:`english_twin`); ``notice``: the
    directory's demo notice, printed under the title when given.
    """
    register_fonts()
    paper = paper or config.printing.paper
    if paper not in ("letter", "a4"):
        raise ValueError(f"paper must be 'letter' or 'a4', not {paper!r}")
    language = pathway.language
    if bilingual_with is not None and (language == "en" or bilingual_with.language != "en"):
        bilingual_with = None
    story = _Story(pathway, bilingual_with, config, printed_on or date.today(), notice)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4 if paper == "a4" else LETTER, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN, bottomMargin=MARGIN + FOOTER_ROOM,
        title=labels_for(language)["title"], author=config.kiosk.location_name, subject="Camino",
        creator="Camino", lang=language.replace("_", "-"),
    )
    footer = _Footer(pathway, bilingual_with, doc.pagesize)
    with time_box(limit_s if limit_s is not None else time_box_mod.RENDER_LIMIT_S):
        doc.build(story.flowables(doc.width), canvasmaker=footer.canvas_class())
    return buffer.getvalue()


class _Story:
    """Flowables of one printout, in reading order."""

    def __init__(self, pathway: Pathway, english: Pathway | None, config: Config, printed_on: date,
                 notice: Localized | None) -> None:
        self.pathway, self.english, self.config = pathway, english, config
        self.printed_on, self.notice = printed_on, notice
        self.rtl = is_rtl_language(pathway.language)
        self.labels = labels_for(pathway.language)
        self.en_labels = labels_for("en")
        self.cards = CardWriter(self.labels, self.en_labels if english else None, self.rtl, pathway.language)
        self.first_shown: dict[str, int] = {}  # service id → step whose card shows it in full

    def text(self, text: str, style: TextStyle) -> Text:
        return Text(text, style, rtl_document=self.rtl)

    def flowables(self, width: float) -> list[Flowable]:
        story: list[Flowable] = [*self.header(width)]
        english_steps = {s.id: s for s in self.english.steps} if self.english else {}
        for step in self.pathway.steps:
            story.extend(self.step(step, english_steps.get(step.id), width))
        if self.pathway.unmatched_needs:
            story.append(self.text(self.labels["unmatched"], S_HEADING))
            english_needs = {n.option_id: n for n in self.english.unmatched_needs} if self.english else {}
            for need in self.pathway.unmatched_needs:
                story.append(self.text(f"• {self.cards.value(need.text)}", S_BODY.but(indent=8)))
                twin = english_needs.get(need.option_id)
                if twin and twin.text.text != need.text.text:
                    story.append(self.text(twin.text.text, S_ENGLISH.but(indent=16)))
            story.append(self.text(self.labels["no_service"], S_BODY.but(space_before=4)))
        if self.pathway.fallback:
            story.append(self.text(self.labels["help_title"], S_HEADING))
            english_cards = {c.id: c for c in self.english.fallback} if self.english else {}
            for card in self.pathway.fallback:
                story.append(self.cards.card(card, english_cards.get(card.id), width))
        return story

    def header(self, width: float) -> list[Flowable]:
        labels, pathway = self.labels, self.pathway
        lines: list[Flowable] = [self.text(labels["title"], S_TITLE)]
        if self.english:
            lines.append(self.text(self.en_labels["title"], S_ENGLISH.but(size=12, leading=15)))
        printed = labels["printed_at"].format(place=self.config.kiosk.location_name,
                                              date=isolate(long_date(self.printed_on, pathway.language)))
        lines.append(self.text(printed, S_SMALL.but(space_before=4)))
        if self.notice is not None:
            lines.append(self.text(self.notice.text, S_SMALL.but(color=NOTICE, bold=True, space_before=4)))
        if not self.config.online.pathway_url:
            return [*lines, Spacer(1, 6)]
        link = pathway_link(pathway, self.config.online.pathway_url)
        qr = [qr_drawing(link, PATHWAY_QR), Text(labels["scan_pathway"], S_CAPTION, rtl_document=self.rtl)]
        side = PATHWAY_QR + 16
        columns = [qr, lines] if self.rtl else [lines, qr]
        widths = [side, width - side] if self.rtl else [width - side, side]
        table = Row(columns, widths, padding=(0, 0, 3, 3), h_align="CENTER")
        return [table, Spacer(1, 6)]

    def step(self, step, english, width: float) -> list[Flowable]:
        labels = self.labels
        head = [self.text(f"{labels['step'].format(n=step.number)}: {self.cards.value(step.title)}", S_STEP)]
        if english and english.title.text != step.title.text:
            head.append(self.text(english.title.text, S_ENGLISH.but(indent=S_STEP.size * 1.8)))
        indent = S_STEP.size * 1.8
        head.append(self.text(f"{labels['why']}: {self.cards.value(step.why)}", S_BODY.but(indent=indent)))
        if english and english.why.text != step.why.text:
            head.append(self.text(english.why.text, S_ENGLISH.but(indent=indent)))
        if not step.services:
            head.append(self.text(labels["no_service"], S_BODY.but(indent=indent, space_before=3)))
            return [Stack(head)]
        english_cards = {c.id: c for c in english.services} if english else {}
        cards = []
        for card in step.services:
            twin = english_cards.get(card.id)
            if card.id in self.first_shown:
                cards.append(self.cards.reference(card, twin, self.first_shown[card.id]))
            else:
                self.first_shown[card.id] = step.number
                cards.append(self.cards.card(card, twin, width - indent, indent=indent))
        # The step's heading never stays alone at the foot of a page.
        return [Stack([*head, cards[0]]), *cards[1:]]


class _Footer:
    """The human fallback and "Page n of N" on every page (a second pass knows N)."""

    def __init__(self, pathway: Pathway, english: Pathway | None, pagesize: tuple[float, float]) -> None:
        self.labels = labels_for(pathway.language)
        self.rtl = is_rtl_language(pathway.language)
        self.pagesize = pagesize
        contacts = [f"{c.name.text}: {isolate(c.phone)}" if c.phone else c.name.text for c in pathway.fallback]
        local_help = f"{self.labels['help_title']} " + " · ".join(contacts) if contacts else ""
        english_help = ""
        if english is not None and english.fallback:
            en = labels_for("en")
            english_help = f"{en['help_title']} " + " · ".join(
                f"{c.name.text}: {c.phone}" if c.phone else c.name.text for c in english.fallback)
        # The same on every page: laid out once, drawn on each.
        self.fixed = []
        if local_help:
            self.fixed.append(Text(local_help, S_FOOTER.but(bold=True), rtl_document=self.rtl))
        if english_help:
            self.fixed.append(Text(english_help, S_FOOTER.but(color=GREY, size=7, leading=9), rtl_document=self.rtl))

    def draw(self, canvas: Canvas, page: int, total: int) -> None:
        width = self.pagesize[0] - 2 * MARGIN
        y = MARGIN
        parts = [*self.fixed, Text(self.labels["page"].format(n=isolate(str(page)), total=isolate(str(total))),
                                   S_FOOTER.but(align="end"), rtl_document=self.rtl)]
        heights = [p.wrap(width, FOOTER_ROOM)[1] for p in parts]
        top = y + sum(heights)
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top + 4, MARGIN + width, top + 4)
        writer = TextWriter(canvas)  # the footer's lines in one text object
        for part, height in zip(parts, heights, strict=True):
            top -= height
            part.write(writer, MARGIN, top)
        writer.finish()
        canvas.restoreState()

    def canvas_class(self) -> type[Canvas]:
        footer = self

        class FooterCanvas(Canvas):
            def __init__(self, *args, **kwargs) -> None:
                # reportlab opens every page in Helvetica, which would sit in the PDF unembedded.
                kwargs["initialFontName"] = kwargs.get("initialFontName") or font_name(LATIN)
                super().__init__(*args, **kwargs)
                self._pages: list[dict] = []

            def showPage(self) -> None:
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                total = len(self._pages)
                for number, state in enumerate(self._pages, start=1):
                    self.__dict__.update(state)
                    footer.draw(self, number, total)
                    Canvas.showPage(self)
                Canvas.save(self)

        return FooterCanvas


S_BODY = TextStyle(size=10, leading=13.5)
S_TITLE = TextStyle(size=20, leading=26, bold=True)
S_SMALL = TextStyle(size=9, leading=12, color=GREY)
S_ENGLISH = TextStyle(size=8.5, leading=11, color=GREY)
S_HEADING = TextStyle(size=13, leading=17, bold=True, space_before=10, space_after=2)
S_STEP = TextStyle(size=14, leading=19, bold=True, space_before=12, box=True)
S_CAPTION = TextStyle(size=7, leading=8.5, color=GREY, align="center")
S_FOOTER = TextStyle(size=8, leading=10.5)
