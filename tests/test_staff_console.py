"""The front-desk console (``--staff``): key shortcuts, the live pathway, preview, and printing on real CUPS."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.config import Config

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def console(qtbot, demo_engine):
    from ui.console import build

    _app, window = build(Config(), demo_engine)
    window.resize(1200, 760)
    window.show()
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def keys(qtbot, window, *sequence) -> None:
    """Type through the window system (shortcuts and focus as with a real keyboard)."""
    for key, modifiers in sequence:
        qtbot.keyClick(window.windowHandle(), key, modifiers)
        QApplication.processEvents()


def answer_by_keyboard(qtbot, window) -> None:
    keys(qtbot, window, (Qt.Key_1, Qt.AltModifier), (Qt.Key_1, Qt.NoModifier), (Qt.Key_2, Qt.NoModifier),
         (Qt.Key_2, Qt.AltModifier), (Qt.Key_2, Qt.NoModifier),
         (Qt.Key_3, Qt.AltModifier), (Qt.Key_1, Qt.NoModifier),
         (Qt.Key_5, Qt.AltModifier), (Qt.Key_8, Qt.NoModifier), (Qt.Key_7, Qt.NoModifier),
         (Qt.Key_1, Qt.NoModifier), (Qt.Key_2, Qt.NoModifier), (Qt.Key_1, Qt.NoModifier))


def test_keyboard_answers_update_the_live_pathway(qtbot, console, demo_engine):
    assert console.pathway is None and not console.print_button.isEnabled()
    answer_by_keyboard(qtbot, console)
    expected = {"needs": ["need-start", "need-money"], "stage": "stage-starting", "kind": "kind-food",
                "where": "87121"}
    assert console.form.answers().values == expected
    text = console.pathway_view.toPlainText()
    english = demo_engine.build(console.form.answers(), "en")
    assert text.startswith("1. " + english.steps[0].title.text)
    assert console.print_button.isEnabled()
    # Unticking a need by its key changes the pathway at once; Delete clears a question.
    keys(qtbot, console, (Qt.Key_1, Qt.AltModifier), (Qt.Key_2, Qt.NoModifier))
    assert console.form.answers().get("needs") == ["need-start"]
    keys(qtbot, console, (Qt.Key_4, Qt.AltModifier), (Qt.Key_2, Qt.NoModifier))
    assert console.form.answers().get("identity") == "id-itin"
    keys(qtbot, console, (Qt.Key_3, Qt.NoModifier))  # a single-answer question keeps one
    assert console.form.answers().get("identity") == "id-none"
    keys(qtbot, console, (Qt.Key_Delete, Qt.NoModifier))
    assert console.form.answers().get("identity") is None
    # The visitor's language (Alt+L, then a choice) changes the pathway's language.
    console.language.setCurrentIndex(console.language.findData("es"))
    spanish = demo_engine.build(console.form.answers(), "es")
    assert console.pathway_view.toPlainText().startswith("1. " + spanish.steps[0].title.text)
    keys(qtbot, console, (Qt.Key_R, Qt.ControlModifier))  # reset
    assert console.form.answers().values == {"where": "near"} and console.pathway is None
    assert console.visitor_language == "en"


def test_preview_shows_the_printout(qtbot, console):
    answer_by_keyboard(qtbot, console)
    console.bilingual.setChecked(True)
    console.language.setCurrentIndex(console.language.findData("ar"))
    keys(qtbot, console, (Qt.Key_E, Qt.ControlModifier))
    qtbot.waitUntil(lambda: console.pdf.pageCount() > 0, timeout=20_000)
    assert console.pdf.pageCount() >= 2


@pytest.mark.cups
def test_build_and_print_on_the_real_queue(qtbot, console):
    answer_by_keyboard(qtbot, console)
    qtbot.waitUntil(lambda: console.printer.findData("camino-pdf") >= 0, timeout=10_000)
    console.printer.setCurrentIndex(console.printer.findData("camino-pdf"))
    assert "camino-pdf is ready" in console.printer_state.text()
    console.copies.setValue(2)
    console.bilingual.setChecked(True)
    console.language.setCurrentIndex(console.language.findData("vi"))
    keys(qtbot, console, (Qt.Key_P, Qt.ControlModifier))
    assert console.status.text() == "Printing…"
    qtbot.waitUntil(lambda: "camino-pdf" in console.status.text(), timeout=30_000)
    assert console.status.text().startswith("Printed 2"), console.status.text()


def test_print_failure_is_a_sentence(qtbot, console):
    answer_by_keyboard(qtbot, console)
    console.printer.addItem("no-such-printer", "no-such-printer")
    console.printer.setCurrentIndex(console.printer.findData("no-such-printer"))
    keys(qtbot, console, (Qt.Key_P, Qt.ControlModifier))
    qtbot.waitUntil(lambda: console.print_button.isEnabled(), timeout=10_000)
    assert "no-such-printer" in console.status.text() or "CUPS" in console.status.text()
    assert "Traceback" not in console.status.text()


def test_quit_after_ready_exits_zero(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CAMINO_DATA_DIR": str(tmp_path),
           "CAMINO_CONFIG": str(tmp_path / "config.toml")}
    code = "import sys, ui.console; from kiosk.config import Config; " \
           "sys.exit(ui.console.run(Config(), quit_after_ready=True))"
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr


def test_console_renders(qtbot, console, tmp_path):
    answer_by_keyboard(qtbot, console)
    assert console.grab().save(str(tmp_path / "console.png"))
