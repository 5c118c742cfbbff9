"""What a tap repaints: only what changed, once, and laid out first.

A tap that paints a screen twice, or the whole window for one button, is a tap that waits: these
tests watch the paint events Qt delivers for real taps on the kiosk window.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QApplication

from ui.screens.pathway import CARDS_AT_ONCE


class Paints(QObject):
    """Records the paint events of ``widget``: the rectangles, and what ``snapshot`` saw at each."""

    def __init__(self, widget, snapshot=lambda: None) -> None:
        super().__init__()
        self.widget, self.snapshot = widget, snapshot
        self.rects: list[QRect] = []
        self.seen: list = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Paint:
            self.rects.append(QRect(event.rect()))
            self.seen.append(self.snapshot())
        return False

    def stop(self) -> None:
        self.widget.removeEventFilter(self)


def tap(qtbot, widget, settle_ms: int = 100) -> None:
    qtbot.mouseClick(widget, Qt.LeftButton)
    qtbot.wait(settle_ms)  # the event loop runs: every paint the tap asked for is done


def to_questions(qtbot, window, language: str = "en") -> None:
    tap(qtbot, window.attract.start)
    tap(qtbot, window.language_screen.grid.buttons[language])


def test_a_tap_on_an_option_repaints_that_option_only(qtbot, kiosk):
    to_questions(qtbot, kiosk)
    button = kiosk.current_screen().options.buttons[0]
    assert not kiosk.next_button.isEnabled()
    changed = [button, kiosk.next_button]  # chosen, and Next becomes available
    allowed = [QRect(w.mapTo(kiosk, w.rect().topLeft()), w.size()) for w in changed]
    paints = Paints(kiosk)
    tap(qtbot, button)
    paints.stop()
    assert button.isChecked()
    assert paints.rects, "the chosen option was not repainted"
    # Focus stays where it was (the window): a tap that moved it repainted the whole window.
    assert all(any(a.contains(rect) for a in allowed) for rect in paints.rects), (allowed, paints.rects)


@pytest.mark.parametrize("language", ["es", "ar", "zh_CN"])
def test_a_language_tap_paints_the_question_screen_once_and_laid_out(qtbot, kiosk, language):
    tap(qtbot, kiosk.attract.start)
    first = kiosk.screens[kiosk.journey.pages[2]]  # attract, language, then the first question
    buttons = first.options.buttons
    paints = Paints(first, lambda: [QRect(b.geometry()) for b in buttons])
    tap(qtbot, kiosk.language_screen.grid.buttons[language])
    paints.stop()
    assert kiosk.current_screen() is first
    assert len(paints.rects) == 1, f"painted {len(paints.rects)} times"
    assert paints.seen[0] == [b.geometry() for b in buttons], "painted before its layout settled"


def test_screens_out_of_sight_and_the_one_left_change_language_only_when_shown(qtbot, kiosk):
    from kiosk.questionnaire import Answers
    from ui.widgets.text import PlainLabel

    kiosk.completion.run_all()
    kiosk.pathway_screen.rehearse(kiosk.engine.build(Answers({}), "en"))
    tap(qtbot, kiosk.attract.start)
    # The language screen is on its way out at the tap: it changes, like the others, when shown again.
    untouched = [kiosk.language_screen, kiosk.review, kiosk.pathway_screen, kiosk.finish]
    changed: list[str] = []

    class Watch(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() in (QEvent.LayoutDirectionChange, QEvent.LanguageChange):
                changed.append(type(watched).__name__)
            return False

    watch = Watch()
    # Everything on those screens (the screens themselves are told, and hold the change back).
    widgets = [w for screen in untouched for w in screen.findChildren(QObject) if w.isWidgetType()]
    for widget in widgets:
        widget.installEventFilter(watch)
    tap(qtbot, kiosk.language_screen.grid.buttons["ar"])
    for widget in widgets:
        widget.removeEventFilter(watch)
    assert QApplication.layoutDirection() == Qt.RightToLeft
    assert kiosk.current_screen().layoutDirection() == Qt.RightToLeft
    assert not changed, f"{len(changed)} widgets out of sight were changed at the tap"
    kiosk.show_page("review")
    assert all(w.layoutDirection() == Qt.RightToLeft for w in kiosk.review.findChildren(QObject) if w.isWidgetType())
    tap(qtbot, kiosk.back_button)  # to the last question
    kiosk.show_page("language")  # and back to the languages, as Back from the first question does
    screen = kiosk.language_screen
    assert screen.layoutDirection() == Qt.RightToLeft
    assert screen.title.text() == "اختر لغتك"
    assert all(label.alignment() & Qt.AlignRight for label in screen.findChildren(PlainLabel) if label.text())


def test_cards_below_the_fold_appear_after_the_pathway_is_painted(qtbot, kiosk):
    to_questions(qtbot, kiosk)
    while kiosk.journey.question_id():
        screen = kiosk.current_screen()
        if hasattr(screen, "options") and not screen.chosen():
            for button in screen.options.buttons:  # every need: the longest pathway
                tap(qtbot, button, 0)
                if screen.question.kind != "multi":
                    break
        tap(qtbot, kiosk.next_button)
    assert kiosk.journey.current == "review"
    # The pathway is prepared while the visitor reads the review.
    qtbot.waitUntil(lambda: kiosk.pathway_ahead._ready is not None, timeout=10_000)
    screen = kiosk.pathway_screen
    cards, sections = list(screen._cards), list(screen._sections)
    fold = screen.area.viewport().height()
    above = [card for card in cards if card.y() < fold]
    assert len(cards) > len(above) and len(cards) > CARDS_AT_ONCE
    below = [w for w in [*cards, *sections, *screen.rows] if w.y() >= fold]
    assert below and not any(w.isVisibleTo(screen) for w in below), "held back until shown"
    assert all(w.isVisibleTo(screen) for w in [*sections, *screen.rows] if w.y() < fold)
    paints = Paints(screen, lambda: sum(card.isVisibleTo(screen) for card in cards))
    tap(qtbot, kiosk.next_button, 0)
    # One part a turn once the screen is painted: a long pathway takes a few hundred milliseconds.
    qtbot.waitUntil(lambda: all(w.isVisibleTo(screen) for w in [*cards, *sections, *screen.rows]), timeout=10_000)
    paints.stop()
    assert kiosk.journey.current == "pathway"
    assert paints.seen[0] == len(above), "the screen's first paint waited for what lies below the fold"
    # Every part back in its place, in order: what the visitor ends up seeing is the whole pathway.
    parts = [screen.body.itemAt(i).widget() for i in range(screen.body.count())]
    assert [w.y() for w in parts] == sorted(w.y() for w in parts) and parts[0].y() > screen.rows[-1].y()


def test_no_label_is_left_a_window_of_its_own(qtbot, kiosk):
    # A widget without a parent is a window: hidden, it still receives every change of language,
    # direction and style. The language buttons' unused icon label was one, sixteen times over.
    from PySide6.QtWidgets import QLabel

    kiosk.completion.run_all()
    to_questions(qtbot, kiosk, "ar")
    strays = [w for w in QApplication.topLevelWidgets() if isinstance(w, QLabel)]
    assert not strays, f"{len(strays)} labels are windows of their own"
