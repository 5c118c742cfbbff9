"""Idle reset and Start over forget the visitor completely: screens, models, memory, disk and logs."""

from __future__ import annotations

import gc
import hashlib
import logging
import os

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from test_ui_journey import tap, walk

from kiosk.config import Config
from kiosk.pathway import Pathway
from kiosk.questionnaire import Answers
from kiosk.session import VisitorSession
from ui.theme import theme
from ui.widgets.option_button import OptionButton
from ui.widgets.service_card import ServiceCardWidget

VISITOR_ZIP = "87105"  # not the kiosk's own ZIP (87102), so finding it anywhere means a leak


def snapshot(folder) -> dict[str, str]:
    out = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            with open(path, "rb") as fh:
                out[os.path.relpath(path, folder)] = hashlib.sha256(fh.read()).hexdigest()
    return out


def files_containing(folder, needle: bytes) -> list[str]:
    found = []
    for root, _dirs, files in os.walk(folder):
        for name in files:
            with open(os.path.join(root, name), "rb") as fh:
                if needle in fh.read():
                    found.append(name)
    return found


@pytest.fixture
def idle_kiosk(qtbot, demo_engine, request):
    from ui.app import build

    theme.large_text = theme.high_contrast = False
    config = Config()
    config.session.idle_timeout_s = 1
    config.session.countdown_s = 1
    _app, window, _context = build(config, engine=demo_engine, insights=getattr(request, "param", False),
                                   staff=False)
    window.resize(1280, 800)
    window.show()
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    yield window
    window.start_over(idle=True)  # a test that ends mid-visit leaves nothing for the next one's memory check


def assert_forgotten(window, service_names: list[str]) -> None:
    QApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    gc.collect()
    session = window.session
    assert not session.answers.values
    assert session.pathway is None
    assert window.journey.current == "attract"
    chosen = [b for b in window.findChildren(OptionButton)
              if b.isChecked() and b not in window.language_screen.grid.buttons.values()
              and b not in window.picker.grid.buttons.values()]
    assert not chosen, [b.text() for b in chosen]
    zip_screen = window.screens["q:where"]
    assert zip_screen.keypad.digits == ""
    # Every widget of the application, reused or not, shown or hidden, window or not.
    widgets = [w for w in QApplication.allWidgets() if shiboken6.isValid(w)]
    texts = [w.text() for w in widgets if isinstance(w, QLabel | QAbstractButton)]
    texts += [w.accessibleName() for w in widgets]
    assert not [t for t in texts if VISITOR_ZIP in t]
    assert not [t for t in texts if any(name in t for name in service_names)]
    assert not window.pathway_screen.cards
    assert not [r for r in window.review.rows if r.text() or r.accessibleName() or r.answer.text()]
    assert not window.finish.qr.modules
    # Nothing of the visit is alive anywhere in memory. The kiosk freezes what it keeps after start-up
    # (gc.freeze), and frozen objects are invisible to gc.get_objects: thaw them to look at them too.
    gc.unfreeze()
    alive = gc.get_objects()
    assert not [o for o in alive if isinstance(o, Pathway)]
    assert not [o for o in alive if isinstance(o, Answers) and o.values]
    # Card widgets are kept for the next pathway, emptied.
    assert not [o for o in alive if isinstance(o, ServiceCardWidget)
                and (o.card or (shiboken6.isValid(o.name) and o.name.text()))]


def test_idle_countdown_then_everything_is_forgotten(qtbot, idle_kiosk, isolated_data_dir, caplog):
    window = idle_kiosk
    caplog.set_level(logging.DEBUG)
    before = snapshot(isolated_data_dir)
    walk(qtbot, window, "es", zip_code=VISITOR_ZIP)
    names = [c.name.text() for c in window.pathway_screen.cards]
    assert names and VISITOR_ZIP in window.session.answers.values.values()
    window.session.remember_for_reprint(window.session.pathway)
    qtbot.waitUntil(window.still_there.isVisible, timeout=3000)
    qtbot.waitUntil(lambda: window.journey.current == "attract", timeout=4000)
    assert not window.still_there.isVisible()
    assert window.session.reprint_candidate() is None  # idle reset forgets the reprint too
    assert window.session.language == "en"
    assert QApplication.layoutDirection() == Qt.LeftToRight
    assert_forgotten(window, names)
    assert snapshot(isolated_data_dir) == before, "the visit wrote to the data folder"
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert VISITOR_ZIP not in logged and "need-money" not in logged and "stage-starting" not in logged


def touch(window, widget) -> None:
    """A tap as the screen delivers it: to the window at the widget's place (qtbot's taps go to the widget)."""
    QTest.mouseClick(window.windowHandle(), Qt.LeftButton, Qt.NoModifier, widget.mapTo(window, widget.rect().center()))
    QApplication.processEvents()


def test_touches_postpone_the_idle_countdown(qtbot, idle_kiosk):
    window = idle_kiosk  # idle after 1 s without a touch
    tap(qtbot, window.attract.start)
    tap(qtbot, window.language_screen.grid.buttons["en"])
    first = window.current_screen().options.buttons[0]
    for _ in range(6):  # three seconds of a visitor thinking and tapping, twice a second
        qtbot.wait(500)
        assert not window.still_there.isVisible()  # (a touch on the countdown would hide it again)
        touch(window, first)
    assert window.journey.current == "q:needs"
    qtbot.waitUntil(window.still_there.isVisible, timeout=3000)  # and once the touches stop, it asks


def test_a_touch_during_the_countdown_keeps_the_visit(qtbot, idle_kiosk):
    window = idle_kiosk
    tap(qtbot, window.attract.start)
    tap(qtbot, window.language_screen.grid.buttons["en"])
    window.session.answers.set("needs", ["need-bank"])
    qtbot.waitUntil(window.still_there.isVisible, timeout=3000)
    tap(qtbot, window.still_there.button)
    assert not window.still_there.isVisible()
    assert window.session.answers.get("needs") == ["need-bank"]
    assert window.idle_watch.active  # watching again


def test_start_over_forgets_everything(qtbot, idle_kiosk):
    window = idle_kiosk
    window.idle_watch.pause()  # staff-mode pause also keeps the short idle timeout out of this test
    walk(qtbot, window, "ar", zip_code=VISITOR_ZIP)
    names = [c.name.text() for c in window.pathway_screen.cards]
    tap(qtbot, window.next_button)
    tap(qtbot, window.finish.phone_button)
    assert window.finish.qr.modules
    start_over(qtbot, window)
    assert_forgotten(window, names)
    window.idle_watch.resume()


def start_over(qtbot, window) -> None:
    """Start over as a visitor does: the footer's button, then "Yes, start over"."""
    tap(qtbot, window.restart_button)
    tap(qtbot, window.start_over_question.yes)


def test_start_over_asks_first_and_keep_going_keeps_everything(qtbot, idle_kiosk):
    window = idle_kiosk
    window.idle_watch.pause()
    walk(qtbot, window, "es", zip_code=VISITOR_ZIP)
    answers = dict(window.session.answers.values)
    tap(qtbot, window.restart_button)
    question = window.start_over_question
    assert question.isVisible() and question.geometry() == window.rect()
    assert question.question.text() == "¿Empezar de nuevo? Sus respuestas se borrarán."
    assert window.session.answers.values == answers and window.journey.current == "pathway"
    tap(qtbot, question.keep)
    assert not question.isVisible()
    assert window.session.answers.values == answers and window.journey.current == "pathway"
    # A tap beside the question is "keep going" too; Escape as well.
    tap(qtbot, window.restart_button)
    qtbot.mouseClick(question, Qt.LeftButton, pos=question.rect().topLeft() + QPoint(5, 5))
    assert not question.isVisible() and window.session.answers.values == answers
    # On the finish screen Start over is the footer's alone, not a peer of Print and Phone.
    tap(qtbot, window.next_button)
    assert window.journey.current == "finish"
    assert not hasattr(window.finish, "restart_button")
    assert window.restart_button.isVisible()
    start_over(qtbot, window)
    assert window.journey.current == "attract" and not window.session.answers.values
    window.idle_watch.resume()


@pytest.mark.parametrize("idle_kiosk", [True], indirect=True)
def test_insight_counters_never_hold_the_zip_or_identity(qtbot, idle_kiosk, isolated_data_dir):
    window = idle_kiosk
    window.idle_watch.pause()
    walk(qtbot, window, "en", zip_code=VISITOR_ZIP)
    start_over(qtbot, window)
    window.context.insights.close()
    assert not files_containing(isolated_data_dir, VISITOR_ZIP.encode())
    assert not files_containing(isolated_data_dir, b"id-itin")


def test_session_reprint_is_forgotten_after_ten_minutes():
    session = VisitorSession()
    session.remember_for_reprint("printout", now=100.0)
    assert session.reprint_candidate(now=100.0 + 599) == "printout"
    assert session.reprint_candidate(now=100.0 + 601) is None
    session.answers.set("needs", ["need-bank"])
    session.reset()
    assert not session.answers and session.pathway is None


@pytest.mark.parametrize("idle_kiosk", [True], indirect=True)
def test_insight_counts_after_many_sessions_through_the_real_ui(qtbot, idle_kiosk, isolated_data_dir):
    """Visits tapped through the real screens leave only per-day counts that add up to the visits."""
    import sqlite3
    from datetime import date

    from kiosk import paths
    from kiosk.insights.counters import CounterStore, day_counts

    window = idle_kiosk
    window.idle_watch.pause()
    languages = ["en", "es", "ar", "es", "en", "es"]
    for language in languages:
        walk(qtbot, window, language, zip_code=VISITOR_ZIP)
        start_over(qtbot, window)
    window.context.insights.close()

    store = CounterStore(paths.state_db_path())
    counts = day_counts(store.counts(date.today(), date.today()))
    store.close()
    assert sum(counts["language"].values()) == len(languages)
    assert counts["language"] == {lang: languages.count(lang) for lang in set(languages)}
    assert counts["need"]["need-start"] == len(languages) and counts["need"]["need-money"] == len(languages)
    assert "need-legal" not in counts["need"]  # tapped twice: not chosen
    assert counts["stage"] == {"stage-starting": len(languages)}
    assert counts["kind"] == {"kind-food": len(languages)}
    db = sqlite3.connect(paths.state_db_path())
    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
        assert not {"zip", "identity", "timestamp", "time", "session_id", "answers"} & set(columns), table
    db.close()
    assert not files_containing(isolated_data_dir, VISITOR_ZIP.encode())
    assert not files_containing(isolated_data_dir, b"id-itin")
