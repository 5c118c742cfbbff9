"""The visitor's pathway: numbered steps, why each step, and the services that help, best first.

A need nothing matches is said plainly, with the human fallback (311, the Office of Immigrant and
Refugee Affairs): the screen is never empty.

A pathway has a dozen service cards of twenty labels each; building them all before the first
paint took a fifth of a second. Card widgets are kept and refilled (emptied when the visitor
leaves), and only the first cards are placed before the screen shows; the others, below the
fold, one per turn of the event loop once the screen has been painted.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.questionnaire import Localized
from ui import glossary
from ui.screens.base import Screen, kinetic_scroll_area, page_layout
from ui.staged import StagedBuild
from ui.theme import theme
from ui.widgets import icons
from ui.widgets.service_card import ServiceCardWidget
from ui.widgets.steps import StepBadge, StepRow
from ui.widgets.text import label, set_text

if TYPE_CHECKING:  # numpy-backed modules stay out of the kiosk's start-up
    from kiosk.pathway import Pathway

# Cards built before the first paint: enough to fill the first screen at every kiosk size.
CARDS_AT_ONCE = 3


class PathwayScreen(Screen):
    key = "pathway"

    def __init__(self) -> None:
        super().__init__()
        self.pathway: Pathway | None = None
        self.notice_text: Localized | None = None
        self.content = QWidget()
        # Cards shown below the fold grow the content downwards: repaint only what is newly there,
        # not the whole screenful for each card. (Moved children still repaint where they were and are.)
        self.content.setAttribute(Qt.WA_StaticContents)
        # The scroll area sizes its page to the page's minimum height, which Qt sums from each wrapped
        # label's minimum: narrow, and so very tall. That left screens of empty background below the
        # last card. Ignored, the page is as tall as its content at its real width (height for width).
        self.content.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Ignored)
        layout = page_layout(self.content, spacing=24)
        self.title = label("", "title")
        self.intro = label("", "help")
        # Every step at a glance, each row opening that step's services; the person to call last.
        self.overview = QVBoxLayout()
        self.overview.setSpacing(12)
        self.rows: list[StepRow] = []
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        self.notice = label("", "small")
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(self.overview)
        layout.addLayout(self.body)
        layout.addWidget(self.notice)
        # No stretch: the page ends where its content ends (a short pathway leaves the space below).
        layout.addStretch(0)
        self.area = kinetic_scroll_area(self.content)
        outer = page_layout(self, 0, 0)
        outer.addWidget(self.area)
        self._sections: list[QFrame] = []  # one per row of the overview, in order
        self._to_top: list[QPushButton] = []
        self._cards: list[ServiceCardWidget] = []  # in the body, in order
        self._spare: list[ServiceCardWidget] = []  # emptied, waiting for the next pathway
        self._placed: dict[QFrame, int] = {}  # cards under each step so far
        self._later = StagedBuild(self)  # cards below the fold, filled between taps
        self._held_back = StagedBuild(self)  # rows, steps and cards below the fold, shown once on screen
        self.retranslate()

    def prepare_cards(self, count: int) -> None:
        """Build ``count`` more empty cards ahead of time (while the kiosk waits for its first visitor)."""
        for _ in range(count):
            card = ServiceCardWidget(parent=self.content)
            card.hide()
            card.ensurePolished()
            self._spare.append(card)

    @property
    def cards_ready(self) -> int:
        """Cards built so far, shown or spare (the pool only grows: a card is emptied, never deleted)."""
        return len(self._cards) + len(self._spare)

    def rehearse(self, pathway: Pathway) -> None:
        """Lay out and draw ``pathway`` offscreen, then empty the screen again.

        Qt sets up fonts, styles and layouts on first use: after a rehearsal with a pathway of no
        answers, the first visitor's pathway costs what every later one does.
        """
        self.show_pathway(pathway, None)
        self.finish_building()
        self.grab()
        self.wipe()

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Your pathway"))
        set_text(self.intro, self.tr("Do these steps in order. Tap a step to see who can help, best match first."))
        if self.pathway is not None:
            self.show_pathway(self.pathway, self.notice_text)

    def show_pathway(self, pathway: Pathway, notice: Localized | None) -> None:
        self.wipe()
        self.pathway, self.notice_text = pathway, notice
        lang = pathway.language
        explained: set[str] = set()
        for step in pathway.steps:
            self._add_step(step.number, step.title, step.why, step.services, lang)
            # An acronym the step names (EIN…) explained under its first step, once.
            terms = [t for t in glossary.terms_in(step.title.text, step.why.text) if t not in explained]
            if terms:
                explained.update(terms)
                self._sections[-1].layout().addWidget(label(glossary.explain(terms), "small"))
        # A person to call is on every pathway: the need nothing met, or simply someone to ask.
        if pathway.unmatched_needs or not pathway.steps:
            needs = QLocale(lang).createSeparatedList([u.text.text for u in pathway.unmatched_needs])
            title = (self.tr("We did not find a service for: %1").replace("%1", needs) if needs
                     else self.tr("We did not find a service for your answers"))
            why = self.tr("These people can help you find one. Call them or visit:")
        else:
            title = self.tr("Not sure? Talk to a person")
            why = self.tr("These people can point you to the right place. Call them or visit:")
        if pathway.fallback:
            self._add_step(None, Localized(title), Localized(why), pathway.fallback, lang,
                           glance=self.tr("Someone to call who can point you to the right place."))
        set_text(self.notice, notice.text if notice else "")
        self.notice.setVisible(notice is not None)
        self.area.verticalScrollBar().setValue(0)
        if self.isVisible():  # a language change on this screen; otherwise entered() or finish_building()
            self._later.run_after_paint(self)

    def _add_step(self, number: int | None, title: Localized, why: Localized, services, lang: str,
                  glance: str | None = None) -> None:
        row = StepRow(number, title.text, why.text if glance is None else glance)
        row.clicked.connect(partial(self.open_step, len(self.rows)))
        self.overview.addWidget(row)
        self.rows.append(row)
        frame = QFrame()
        frame.setProperty("role", "step")
        box = QVBoxLayout(frame)
        box.setContentsMargins(0, 16 if self.body.count() else 24, 0, 0)  # steps stand apart; their cards do not
        box.setSpacing(12)
        head = QHBoxLayout()
        head.setSpacing(16)
        if number is not None:
            head.addWidget(StepBadge(number), 0, Qt.AlignTop)
        head.addWidget(label(title.text, "step-title"), 1)
        if title.in_english:
            head.addWidget(label(self.tr("in English"), "marker", wrap=False), 0, Qt.AlignTop)
        to_top = QPushButton(self.tr("All steps"))
        to_top.setProperty("role", "quiet")
        to_top.setProperty("icon_name", "up")
        to_top.setIconSize(QSize(28, 28))
        to_top.setIcon(icons.icon("up", theme.palette.text, 28))
        to_top.setFocusPolicy(Qt.TabFocus)
        to_top.setAccessibleName(self.tr("All steps"))
        to_top.clicked.connect(self.show_overview)
        self._to_top.append(to_top)
        head.addWidget(to_top, 0, Qt.AlignTop)
        box.addLayout(head)
        box.addWidget(label(self.tr("Why this step: %1").replace("%1", why.text) if number else why.text, "help"))
        frame.setAccessibleName(title.text)
        self.body.addWidget(frame)
        self._sections.append(frame)
        self._placed[frame] = 0
        for card in services:
            if len(self._cards) < CARDS_AT_ONCE:  # the first cards before the screen shows
                self._fill_card(frame, card, lang)
            else:
                self._later.add(partial(self._fill_card, frame, card, lang))

    def open_step(self, index: int) -> None:
        """Bring step ``index`` of the overview (its title, why and services) to the top of the screen."""
        self.finish_building()  # its cards, if they were still waiting
        self._settle()
        self.area.verticalScrollBar().setValue(self._sections[index].y())

    def _settle(self) -> None:
        # Cards just placed: lay the page out and let the scroll area take its new height now.
        for _ in range(2):
            QCoreApplication.sendPostedEvents(None, QEvent.LayoutRequest)

    def show_overview(self) -> None:
        """Back to every step at a glance."""
        self.area.verticalScrollBar().setValue(0)

    def _fill_card(self, frame: QFrame, card, lang: str) -> None:
        """A card, from the spares (or new), filled and put under its step after the ones before it."""
        widget = self._spare.pop() if self._spare else ServiceCardWidget(parent=self.content)
        widget.show_card(card, lang)
        self.body.insertWidget(self.body.indexOf(frame) + 1 + self._placed[frame], widget)
        self._placed[frame] += 1
        self._cards.append(widget)
        widget.show()

    def finish_building(self) -> None:
        """Fill the cards still waiting, and show those held back, now."""
        self._later.run_all()
        self._held_back.run_all()

    @property
    def still_building(self) -> bool:
        """Cards below the fold are still being filled or shown (read aloud reads them once they are)."""
        return not (self._later.done and self._held_back.done)

    def full_page(self) -> QPixmap:
        """The whole page, every card in place, as one tall image (``kiosk tour``)."""
        self.finish_building()
        self._settle()
        return self.content.grab()

    def hold_back_below_fold(self) -> None:
        """Hide what lies below the first screenful until this screen is shown (see :meth:`entered`).

        Showing a screen sends every widget on it a show event and lays it out: a prepared pathway's
        step sections and twenty cards of thirty widgets each made the switch itself slow, though
        at 1280×800 only the overview of the steps is in view. The page has been laid out for its
        size (``ui.pathway_ahead``), so where the fold falls is known.
        """
        fold = self.area.viewport().height()
        # Their own steps, started only by entered(): the filling steps may already be scheduled.
        for widget in self._page_parts():
            if not widget.isHidden() and widget.y() >= fold:
                widget.hide()
                self._held_back.add(widget.show)

    def _page_parts(self) -> list[QWidget]:
        """The overview's rows, then each step's section and cards, top to bottom."""
        return [*self.rows, *(self.body.itemAt(i).widget() for i in range(self.body.count()))]

    def entered(self) -> None:
        self._later.run_after_paint(self)
        self._held_back.run_after_paint(self)

    @property
    def cards(self) -> list[ServiceCardWidget]:
        """Every service card of the pathway on screen (asking fills those still waiting)."""
        self.finish_building()
        return self._cards

    def next_text(self) -> str:
        return self.tr("Take it with you")

    def wipe(self) -> None:
        self._later.clear()
        self._held_back.clear()
        self._placed.clear()
        for card in self._cards:
            card.clear()
            card.hide()
            self.body.removeWidget(card)
        self._spare.extend(self._cards)
        self._cards = []
        self._sections = []
        self._to_top = []
        self.rows = []
        for layout in (self.overview, self.body):
            while layout.count():
                item = layout.takeAt(0)
                widget = item.widget()
                if widget is not None:
                    widget.setParent(None)
                    widget.deleteLater()
        self.pathway = None
        self.notice_text = None
