"""The kiosk window: header, the journey's screens in one QStackedWidget, and the footer (Back / Start over / Next).

The window is the journey's controller: it moves between screens (``kiosk.session.Journey``),
builds the pathway through the engine, and forgets the visitor on Start over and idle reset.
The screens only show things and report taps.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk import session as pages
from kiosk.languages import autonym
from kiosk.questionnaire import Answers
from kiosk.session import Journey, phone_code_text
from ui import memory
from ui.context import KioskContext
from ui.i18n import Languages, translate_in
from ui.idle import IdleWatch
from ui.screens.attract import AttractScreen
from ui.screens.base import Screen
from ui.screens.catch_up import CatchUpWhenShown, align_for, switch_to
from ui.staged import StagedBuild
from ui.theme import theme
from ui.widgets.footer import Footer
from ui.widgets.header import LANGUAGE_WORD, Header


class KioskWindow(QWidget):
    staff_gesture = Signal()
    screen_changed = Signal(str)

    def __init__(self, context: KioskContext, languages: Languages) -> None:
        super().__init__()
        self.setObjectName("kiosk")
        self.setWindowTitle("Camino")
        self.setFocusPolicy(Qt.StrongFocus)
        self.context = context
        self.session = context.session
        self.languages = languages
        self.close_guard = lambda: True
        config = context.config
        self.enabled_languages = list(config.session.languages)
        self.session.default_language = self.enabled_languages[0] if "en" not in self.enabled_languages else "en"
        self.session.language = self.session.default_language

        self.header = Header()
        self.logo = self.header.logo
        self.logo.held.connect(self._staff_gesture)
        self.header.language_clicked.connect(self.open_language_picker)
        self.header.large_text_toggled.connect(self.set_large_text)
        self.header.contrast_toggled.connect(self.set_high_contrast)

        self.stack = QStackedWidget()
        self.stack.setObjectName("screens")  # painted by the window under it (ui.theme)
        self.footer = Footer()
        self.back_button, self.restart_button = self.footer.back, self.footer.restart
        self.skip_button, self.next_button = self.footer.skip, self.footer.next
        self.back_button.clicked.connect(self.go_back)
        self.restart_button.clicked.connect(self.ask_start_over)
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self.go_next)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.footer)

        self.attract = AttractScreen(self.enabled_languages)
        self.attract.started.connect(self.begin_session)
        self.attract.cycled.connect(self._invite)
        self.catch_up = CatchUpWhenShown(self)
        self.catch_up.watch(self.attract)
        self.screens: dict[str, Screen] = {pages.ATTRACT: self.attract}
        self.stack.addWidget(self.attract)
        self.journey = Journey([])
        self.idle_watch = IdleWatch(config.session.idle_timeout_s, self)
        self.idle_watch.idle.connect(self._idle)
        # The other screens are built once the attract screen shows (ui.staged); most need the directory.
        directory = context.directory
        self.completion = StagedBuild(self, lambda: directory is None or directory.loaded)
        self.completion.add(self._build_language_screens)
        self.completion.add(self._build_journey_screens)
        self.completion.add(self._build_overlays)
        for _ in range(3):  # a pathway's cards, ahead of the first visitor, a few per step
            self.completion.add(lambda: self.pathway_screen.prepare_cards(4))
        self.completion.add(self._rehearse_pathway, needs_directory=True)
        self.completion.add(self._prepare_longest_pathway, needs_directory=True)
        self.completion.add(self.build_pages, needs_directory=True)
        self.completion.add(self.apply_language, needs_directory=True)
        self._enter()

    # The screens' modules are imported by the steps that build them: the attract screen shows first
    # without them (their code is a good part of what a cold start loads).

    def _build_language_screens(self) -> None:
        from ui.screens.language import LanguagePicker, LanguageScreen

        self.language_screen = LanguageScreen(self.enabled_languages)
        self.language_screen.chosen.connect(self.language_chosen)
        self.picker = LanguagePicker(self, self.enabled_languages)
        self.picker.grid.chosen.connect(self.switch_language)

    def _build_journey_screens(self) -> None:
        from ui.pathway_ahead import PathwayAhead
        from ui.screens.finish import FinishScreen
        from ui.screens.pathway import PathwayScreen
        from ui.screens.review import ReviewScreen

        self.review = ReviewScreen(self.session.answers)
        self.review.edit.connect(self.edit_answer)
        self.pathway_screen = PathwayScreen()
        self.pathway_ahead = PathwayAhead(self)
        self.finish = FinishScreen()
        self.finish.print_requested.connect(self.print_pathway)
        self.finish.qr_requested.connect(self.show_qr)
        self.finish.feedback.connect(self._feedback)

    def _build_overlays(self) -> None:
        from ui.screens.start_over import StartOverQuestion
        from ui.screens.still_there import StillThereOverlay

        self.still_there = StillThereOverlay(self, self.context.config.session.countdown_s)
        self.still_there.expired.connect(lambda: self.start_over(idle=True))
        self.still_there.stay.connect(lambda: self.idle_watch.arm())
        self.start_over_question = StartOverQuestion(self)
        self.start_over_question.confirmed.connect(
            lambda: self.start_over(idle=False, finished=self.journey.current == pages.FINISH))
        for overlay in (self.picker, self.still_there, self.start_over_question):
            self.catch_up.watch(overlay)  # closed, they skip a language tap and catch up as they open
        if self.context.printer is not None:
            self.finish.follow(self.context.printer)

    def _rehearse_pathway(self) -> None:  # with no answers: only the human fallback, nobody's data
        self.pathway_screen.setGeometry(self.current_screen().geometry())  # at the size it will be shown
        self.pathway_screen.rehearse(self.engine.build(Answers({}), self.session.language))

    def _prepare_longest_pathway(self) -> None:
        """Enough cards for the longest pathway the directory can give, a few per step before the first visitor.

        Why: cards are kept for reuse, so the pool grows to the longest pathway seen. Grown by
        visitors, that took the first thousand sessions of a long run (1,100 → 2,300 widgets, a good
        part of the memory the soak saw climb after its warm-up); built here, the kiosk's footprint
        is reached before anyone taps, and no visitor waits for a card to be made.
        """
        directory = self.engine.directory
        longest = len(directory.steps) * self.engine.services_per_step + len(directory.fallback_service_ids)
        for _ in range(0, longest - self.pathway_screen.cards_ready, 4):
            self.completion.add(lambda: self.pathway_screen.prepare_cards(4))

    def _invite(self, language: str) -> None:
        if self.journey.current == pages.ATTRACT and not self.languages.pseudo and self.attract.chosen is None:
            self.header.invite(translate_in(language, "Header", LANGUAGE_WORD))

    def begin_session(self) -> None:
        """Touch to start: a newer directory goes into service now, between visitors; then the languages."""
        self.completion.run_all()
        directory = self.context.directory
        if directory is not None and directory.take_update():
            self.build_pages()
            self.apply_language()
        self.show_page(pages.LANGUAGE)

    def _staff_gesture(self) -> None:
        self.completion.run_all()  # staff mode is installed by one of the completing steps
        self.staff_gesture.emit()

    # -- pages -------------------------------------------------------------------------------------

    @property
    def engine(self):
        return self.context.engine_provider()

    def questions(self, language: str | None = None):
        return self.engine.directory.questions(language or self.session.language)

    def build_pages(self) -> None:
        """(Re)build the stack from the questionnaire: one screen per question, from the data."""
        for screen in self.screens.values():
            if screen is not self.attract:  # the attract screen may be on show: it stays put
                self.stack.removeWidget(screen)
        from ui.screens.question import QuestionScreen
        from ui.screens.zip_code import ZipScreen

        questions = self.questions()
        self.journey = Journey(questions)
        old = self.screens
        self.screens = {pages.ATTRACT: self.attract, pages.LANGUAGE: self.language_screen}
        for question in questions:
            key = f"q:{question.id}"
            screen = old.pop(key, None)
            if screen is None:
                screen = (ZipScreen if question.kind == "zip" else QuestionScreen)(question, self.session.answers)
                screen.nav_changed.connect(self.update_footer)
            self.screens[key] = screen
        for key, screen in old.items():
            if key.startswith("q:"):  # a question a new directory no longer asks
                screen.deleteLater()
        self.screens.update({pages.REVIEW: self.review, pages.PATHWAY: self.pathway_screen,
                             pages.FINISH: self.finish})
        for screen in self.screens.values():
            if screen is not self.attract:
                self.stack.addWidget(screen)
                self.catch_up.watch(screen)
                if screen is not self.stack.currentWidget():
                    screen.setUpdatesEnabled(False)  # out of sight (ui.screens.catch_up.switch_to)
        # The review's and finish screen's texts follow in apply_language, which always comes next.
        if self.context.insights is not None:
            self.context.insights.set_questions(self.questions("en"))

    def current_screen(self) -> Screen:
        return self.screens[self.journey.current]

    def show_page(self, page: str) -> None:
        self.journey.go(page)
        self._enter()

    def _enter(self) -> None:
        page = self.journey.current
        screen = self.screens[page]
        self.catch_up.catch_up(screen)
        if page == pages.PATHWAY:
            self._build_pathway()
        elif page == pages.REVIEW:
            self.pathway_ahead.prepare_soon()
        screen.entered()
        switch_to(self.stack, screen)
        # A new screen starts with no focused control (no ring for touch users); Tab enters it.
        self.setFocus(Qt.OtherFocusReason)
        if page == pages.ATTRACT:
            self.idle_watch.disarm()
        else:
            self.idle_watch.arm()
        if page != pages.ATTRACT:  # the attract screen's invitation gives way to the visitor's language
            self.header.language.setText(autonym(self.session.language))
        step, total = self.journey.progress()
        self.header.progress.set_progress(step, total)
        self.header.progress.setVisible(page != pages.ATTRACT)
        self.update_footer()
        self.screen_changed.emit(page)
        self.catch_up.shown(screen)

    def update_footer(self) -> None:
        screen = self.current_screen()
        page = self.journey.current
        self.back_button.setVisible(screen.shows_back())
        self.restart_button.setVisible(page != pages.ATTRACT)
        self.footer.setVisible(page != pages.ATTRACT)
        text = screen.next_text()
        self.next_button.setVisible(text is not None)
        self.next_button.setText(text or "")
        self.next_button.setAccessibleName(text or "")
        self.next_button.setEnabled(screen.can_go_next())
        self.skip_button.setVisible(screen.can_skip())

    def go_next(self) -> None:
        if not self.current_screen().can_go_next():
            return
        if self.journey.current == pages.REVIEW and self.context.insights is not None:
            self.context.insights.answers_submitted(self.session.answers)
        self.journey.next()
        self._enter()

    def skip(self) -> None:
        qid = self.journey.question_id()
        if qid:
            self.session.answers.values.pop(qid, None)
        self.journey.next()
        self._enter()

    def go_back(self) -> None:
        if self.journey.current == pages.LANGUAGE:
            self.start_over(idle=False)
            return
        self.journey.back()
        self._enter()

    def edit_answer(self, question_id: str) -> None:
        self.journey.edit(question_id)
        self._enter()

    def _build_pathway(self) -> None:
        pathway = self.pathway_ahead.take()  # prepared while the visitor read the review, if still right
        self.session.pathway = pathway
        if self.context.insights is not None:
            self.context.insights.unmatched(pathway)

    # -- language ------------------------------------------------------------------------------------

    def language_chosen(self, language: str) -> None:
        self.catch_up.set_aside(self.language_screen)  # on its way out: not retranslated or mirrored now
        self.switch_language(language)
        if self.context.insights is not None:
            self.context.insights.session_started(language)
        self.journey.next()
        self._enter()

    def open_language_picker(self) -> None:
        self.completion.run_all()
        self.picker.open(self.session.language)

    def switch_language(self, language: str) -> None:
        """Switch live, wherever the visitor is; answers are kept, directory text is re-read."""
        self.picker.hide()
        changed = language != self.session.language
        self.session.language = language
        self.apply_language()
        if changed and self.context.insights is not None and self.context.insights.in_session:
            self.context.insights.language_changed(language)

    def apply_language(self) -> None:
        language = self.session.language
        self.languages.set_language(language)
        if self.journey.current == pages.ATTRACT:  # out of sight it waits: Start over comes back here first
            self.attract.hold(language if language != self.session.default_language or self.languages.pseudo else None)
        for part in (self.header, self.footer, self.current_screen()):
            if not self.catch_up.is_aside(part):  # screens set aside line up when shown (ui.screens.catch_up)
                align_for(part)
        for overlay in (self.picker, self.still_there, self.start_over_question):
            if overlay.isVisible():  # a hidden one lines up as it opens: a language tap need not walk it
                align_for(overlay)
        questions = self.questions()
        for question in questions:
            screen = self.screens.get(f"q:{question.id}")
            if screen is not None:
                screen.set_question(question)
        self.review.set_questions(questions)
        need = next((q for q in questions if q.facet == "need"), None)
        self.finish.set_need_options(need.options if need else ())
        self.language_screen.grid.mark(language)
        self.header.retranslate(autonym(language))  # (the footer's words came with the language change)
        self._restyle_icons()
        if self.session.pathway is not None and self.journey.current in (pages.PATHWAY, pages.FINISH):
            self._build_pathway()
        self.update_footer()

    def retranslate(self) -> None:
        for button, text in ((self.back_button, self.tr("Back")), (self.restart_button, self.tr("Start over")),
                             (self.skip_button, self.tr("Skip"))):
            button.setText(text)
            button.setAccessibleName(text)

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
            self.update_footer() if hasattr(self, "journey") else None
        super().changeEvent(event)

    # -- look ------------------------------------------------------------------------------------------

    def set_large_text(self, on: bool) -> None:
        theme.large_text = on
        theme.apply(QApplication.instance())
        self._restyle_icons()

    def set_high_contrast(self, on: bool) -> None:
        theme.high_contrast = on
        theme.apply(QApplication.instance())
        self._restyle_icons()

    def _restyle_icons(self) -> None:
        self.header.restyle()
        self.footer.restyle()
        if self.journey.current == pages.REVIEW:
            self.review.refresh()
        self.update()

    # -- finish ----------------------------------------------------------------------------------------

    def print_pathway(self) -> None:
        pathway = self.session.pathway
        if pathway is None:
            return
        if self.context.printer is None:
            self.finish.show_print_failed()  # no printer set up on this kiosk
            return
        printed = self.context.printer.submit(pathway, self.engine)
        if printed is not None:
            self.session.remember_for_reprint(printed)
            if self.context.insights is not None:
                self.context.insights.pathway_printed()

    def show_qr(self) -> None:
        pathway = self.session.pathway
        if pathway is None:
            return
        self.finish.show_qr(phone_code_text(pathway, self.context.config.online.pathway_url))
        if self.context.insights is not None:
            self.context.insights.qr_shown()

    def _feedback(self, face: str, missing: list) -> None:
        if self.context.insights is not None and face:
            self.context.insights.feedback(face, missing=missing)

    # -- forgetting --------------------------------------------------------------------------------------

    def ask_start_over(self) -> None:
        """Start over, once the visitor says yes: one tap must not wipe a whole visit."""
        self.completion.run_all()
        self.picker.hide()
        self.start_over_question.ask()

    def _idle(self) -> None:
        if self.journey.current == pages.ATTRACT:
            return
        self.picker.hide()
        self.start_over_question.hide()
        self.still_there.start()

    def start_over(self, idle: bool, finished: bool = False) -> None:
        """Forget the visitor: answers, pathway, every screen's state; back to the attract screen."""
        self.still_there.cancel()
        self.picker.hide()
        self.start_over_question.hide()
        if self.context.insights is not None and self.context.insights.in_session:
            self.context.insights.session_ended(finished=finished)
        self.pathway_ahead.forget()
        self.session.reset()
        if idle:
            self.session.forget_reprint()
        for screen in self.screens.values():
            screen.wipe()
        self.journey.restart()
        self.apply_language()
        self._enter()
        memory.give_back()  # what this visit freed, back to the system (see ui.memory)

    def focusInEvent(self, event) -> None:  # QWidget repaints all of a window on focus: this one shows none
        event.accept()

    focusOutEvent = focusInEvent

    def showEvent(self, event) -> None:
        self.idle_watch.attach(self)  # input is watched on the native window, made when first shown
        super().showEvent(event)

    def resizeEvent(self, event) -> None:
        for overlay in (getattr(self, "picker", None), getattr(self, "still_there", None),
                        getattr(self, "start_over_question", None)):
            if overlay is not None and overlay.isVisible():
                overlay.setGeometry(self.rect())
        super().resizeEvent(event)

    def closeEvent(self, event) -> None:
        if self.close_guard():
            if self.context.insights is not None and self.context.insights.in_session:
                self.context.insights.session_ended(finished=False)
            event.accept()
        else:
            event.ignore()
