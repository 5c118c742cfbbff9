"""The visitor's whole journey, tapped through on the real buttons, in English, Spanish and Arabic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel
from ui_checks import layout_problems

from kiosk.questionnaire import Answers

SIZES = [(1920, 1080), (1280, 800), (1024, 768), (1080, 1920)]


@pytest.fixture
def kiosk(shared_kiosk):
    """One window for the module, as a kiosk serves visitor after visitor: each test's visit begins
    after Start over, so what a visit leaves behind that Start over misses would show here too."""
    return shared_kiosk


def tap(qtbot, widget):
    assert widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.LeftButton)
    QApplication.processEvents()


def option(window, option_id):
    screen = window.current_screen()
    return next(b for b in screen.options.buttons if b.option_id == option_id)


def walk(qtbot, window, language: str, zip_code: str | None = "87102") -> Answers:
    """Tap from the attract screen to the pathway; returns the answers as the engine sees them."""
    tap(qtbot, window.attract.start)
    assert window.journey.current == "language"
    tap(qtbot, window.language_screen.grid.buttons[language])
    assert window.journey.current == "q:needs"
    tap(qtbot, option(window, "need-start"))
    tap(qtbot, option(window, "need-money"))
    tap(qtbot, option(window, "need-legal"))
    tap(qtbot, option(window, "need-legal"))  # tapped twice: not chosen
    tap(qtbot, window.next_button)
    assert window.journey.current == "q:stage"
    assert not window.next_button.isEnabled()  # nothing chosen yet
    tap(qtbot, option(window, "stage-starting"))
    tap(qtbot, window.next_button)
    tap(qtbot, option(window, "kind-food"))
    tap(qtbot, window.next_button)
    assert window.journey.current == "q:identity"
    assert window.skip_button.isVisible()  # optional question
    tap(qtbot, option(window, "id-itin"))
    tap(qtbot, window.next_button)
    assert window.journey.current == "q:where"
    zip_screen = window.current_screen()
    assert zip_screen.near.isChecked()  # the default
    if zip_code:
        tap(qtbot, zip_screen.other)
        assert not window.next_button.isEnabled()
        for digit in zip_code:
            tap(qtbot, zip_screen.keypad.keys[digit])
    tap(qtbot, window.next_button)
    assert window.journey.current == "review"
    tap(qtbot, window.next_button)
    assert window.journey.current == "pathway"
    expected = {"needs": ["need-start", "need-money"], "stage": "stage-starting", "kind": "kind-food",
                "identity": "id-itin", "where": zip_code or "near"}
    assert window.session.answers.values == expected
    return Answers(dict(expected))


def shown_pathway(window) -> tuple[list[str], list[str]]:
    screen = window.pathway_screen
    titles = [w.text() for w in screen.findChildren(QLabel) if w.property("role") == "step-title"]
    names = [c.name.text() for c in screen.cards]
    return titles, names


@pytest.mark.parametrize("language", ["en", "es", "ar"])
def test_tapped_journey_shows_the_engines_pathway(qtbot, kiosk, demo_engine, language):
    answers = walk(qtbot, kiosk, language)
    expected = demo_engine.build(answers, language).to_json()
    titles, names = shown_pathway(kiosk)
    want_titles = [s["title"] for s in expected["steps"]]
    # A person to call (the fallback) closes every pathway, whether or not a need went unmatched.
    want_names = [c["name"] for s in expected["steps"] for c in s["services"]]
    want_names += [c["name"] for c in expected["fallback"]]
    assert expected["fallback"]
    assert titles[: len(want_titles)] == want_titles
    assert names == want_names
    # The overview: one row per step, then the person to call, each opening its part of the page.
    screen = kiosk.pathway_screen
    assert [row.title.text() for row in screen.rows][: len(want_titles)] == want_titles
    assert len(screen.rows) == len(want_titles) + 1
    tap(qtbot, screen.rows[-1])
    assert screen.area.verticalScrollBar().value() > 0
    person = screen.cards[-len(expected["fallback"])]
    top = person.mapTo(screen.area.viewport(), QPoint(0, 0)).y()
    assert person.isVisible() and 0 <= top < screen.area.viewport().height(), "the person to call is on screen"
    assert QApplication.layoutDirection() == (Qt.RightToLeft if language == "ar" else Qt.LeftToRight)
    # Finish: the QR code, then feedback.
    tap(qtbot, kiosk.next_button)
    assert kiosk.journey.current == "finish"
    tap(qtbot, kiosk.finish.phone_button)
    assert kiosk.finish.qr.modules
    tap(qtbot, kiosk.finish.faces["no"])
    assert kiosk.finish.missing.isVisible()


def test_review_edits_one_answer_and_comes_back(qtbot, kiosk):
    walk(qtbot, kiosk, "en", zip_code=None)
    tap(qtbot, kiosk.back_button)
    assert kiosk.journey.current == "review"
    row = next(r for r in kiosk.review.rows if r.question_id == "stage")
    tap(qtbot, row)
    assert kiosk.journey.current == "q:stage"
    tap(qtbot, option(kiosk, "stage-idea"))
    tap(qtbot, kiosk.next_button)
    assert kiosk.journey.current == "review"
    assert kiosk.session.answers.get("stage") == "stage-idea"


def test_the_pathway_prepared_during_the_review_is_the_one_for_the_final_answers(qtbot, kiosk, demo_engine):
    # The pathway is built while the visitor reads the review (ui.pathway_ahead); a changed answer or
    # language after that must still show the right one.
    answers = walk(qtbot, kiosk, "en", zip_code=None)
    tap(qtbot, kiosk.back_button)
    qtbot.wait(300)  # reading the review: the pathway is prepared meanwhile
    tap(qtbot, kiosk.next_button)
    built = demo_engine.build(answers, "en")
    assert shown_pathway(kiosk)[1] == [c.name.text for s in built.steps for c in s.services] + [
        c.name.text for c in built.fallback]

    tap(qtbot, kiosk.back_button)
    qtbot.wait(300)
    tap(qtbot, next(r for r in kiosk.review.rows if r.question_id == "stage"))
    tap(qtbot, option(kiosk, "stage-growing"))
    tap(qtbot, kiosk.next_button)
    assert kiosk.journey.current == "review"
    tap(qtbot, kiosk.next_button)  # at once, before anything could be prepared again
    changed = Answers({**answers.values, "stage": "stage-growing"})
    assert kiosk.session.pathway.to_json() == demo_engine.build(changed, "en").to_json()

    tap(qtbot, kiosk.back_button)
    qtbot.wait(300)
    kiosk.switch_language("es")  # from the header, on the review screen
    tap(qtbot, kiosk.next_button)
    spanish = demo_engine.build(changed, "es")
    assert kiosk.session.pathway.to_json() == spanish.to_json()
    assert shown_pathway(kiosk)[0][: len(spanish.steps)] == [s.title.text for s in spanish.steps]


def test_language_switch_is_live_and_keeps_answers(qtbot, kiosk, demo_engine):
    tap(qtbot, kiosk.attract.start)
    tap(qtbot, kiosk.language_screen.grid.buttons["en"])
    tap(qtbot, option(kiosk, "need-bank"))
    tap(qtbot, kiosk.header.language)
    assert kiosk.picker.isVisible()
    tap(qtbot, kiosk.picker.grid.buttons["es"])
    spanish = demo_engine.directory.questions("es")[0]
    assert kiosk.current_screen().title.text() == spanish.text.text
    assert option(kiosk, "need-bank").isChecked()
    assert kiosk.header.language.text() == "Español"


def test_directory_text_is_plain_text(qtbot, demo_engine):
    from dataclasses import replace

    from ui.widgets.service_card import ServiceCardWidget

    pathway = demo_engine.build(Answers({"needs": ["need-start"]}), "en")
    card = replace(pathway.steps[0].services[0], name=replace(pathway.steps[0].services[0].name,
                                                              text="<b>bold</b> & co"))
    widget = ServiceCardWidget(card, "en")
    qtbot.addWidget(widget)
    assert widget.name.text() == "<b>bold</b> & co"
    assert widget.name.textFormat() == Qt.PlainText
    for label in widget.findChildren(QLabel):
        assert label.textFormat() == Qt.PlainText


def test_every_control_has_an_accessible_name(qtbot, kiosk):
    from PySide6.QtWidgets import QAbstractButton

    walk(qtbot, kiosk, "en")
    for page in ("attract", "language", "q:needs", "q:where", "review", "pathway", "finish"):
        kiosk.show_page(page)
        QApplication.processEvents()
        unnamed = [b for b in kiosk.findChildren(QAbstractButton) if b.isVisibleTo(kiosk) and not b.accessibleName()]
        assert not unnamed, (page, unnamed)


def test_keyboard_alone_reaches_the_pathway(qtbot, kiosk):
    tap(qtbot, kiosk.attract.start)
    kiosk.language_screen.grid.buttons["en"].setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    qtbot.waitUntil(lambda: kiosk.journey.current == "q:needs")
    first = kiosk.current_screen().options.buttons[0]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key_Space)
    assert first.isChecked()
    qtbot.keyClick(first, Qt.Key_Down)
    assert QApplication.focusWidget() is not first


@pytest.mark.parametrize("language", ["en", "es", "ar"])
def test_no_clipping_and_big_targets_on_every_screen(qtbot, kiosk, language):
    walk(qtbot, kiosk, language)
    for size in SIZES:
        kiosk.resize(*size)
        for page in kiosk.journey.pages:
            kiosk.show_page(page)
            if page == "finish":
                kiosk.show_qr()
            if page == "q:where":
                kiosk.current_screen()._other()  # the keypad is on screen too
            kiosk.current_screen().finish_building()
            QApplication.processEvents()
            QApplication.processEvents()  # cards built just now: their layout settles in the second pass
            problems = layout_problems(kiosk)
            assert not problems, (size, page, problems)
