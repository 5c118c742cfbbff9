"""Background jobs answer on the UI thread, and never into widgets that were deleted meanwhile."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel
from shiboken6 import Shiboken

from ui.jobs import run_in_background


def test_answer_reaches_its_widget(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    job = run_in_background(lambda: "3 printers", label.setText, label.setText, owner=label)
    qtbot.waitUntil(lambda: label.text() == "3 printers")
    assert job is not None


def test_answer_after_its_widget_is_deleted_is_dropped(qtbot):
    label = QLabel()
    release = threading.Event()
    answered = threading.Event()
    calls: list[str] = []

    def work() -> str:
        release.wait(5)
        return "3 printers"

    def done(text: str) -> None:
        calls.append(text)
        label.setText(text)  # raises RuntimeError if it ran on a deleted label

    job = run_in_background(work, done, done, owner=label)
    job.done.connect(lambda _value: answered.set())
    Shiboken.delete(label)
    release.set()
    qtbot.waitUntil(answered.is_set, timeout=5000)
    qtbot.wait(50)  # the queued answer has been delivered (and dropped)
    assert calls == []


def test_failure_becomes_a_sentence(qtbot):
    label = QLabel()
    qtbot.addWidget(label)

    def work() -> str:
        raise OSError("no route")

    run_in_background(work, label.setText, label.setText, owner=label)
    qtbot.waitUntil(lambda: label.text() != "")
    assert label.text() == "Something went wrong (OSError); please try again."
