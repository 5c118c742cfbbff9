"""A reading waits for the paint: what a tap changed is on screen before any speech work runs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget

from ui.speech.after_paint import AfterPaint


class PaintLog(QObject):
    def __init__(self, order: list[str]) -> None:
        super().__init__()
        self.order = order

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Paint:
            self.order.append("paint")
        return False


def _window(qtbot):
    window = QWidget()
    window.resize(300, 120)
    text = QLabel("Option 1", window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the first paint is over
    return window, text


def test_a_reading_asked_before_a_screen_switch_runs_after_its_paint(qtbot):
    window, text = _window(qtbot)
    order: list[str] = []
    log = PaintLog(order)
    text.installEventFilter(log)
    after = AfterPaint(window)
    after.add(lambda: order.append("read"))  # the tap's reading, asked as the tap comes
    # A screen switch delivers its layouts at once: Qt stops sorting what was posted before by priority...
    QCoreApplication.sendPostedEvents(None, QEvent.LayoutRequest)
    text.setText("Option 1, chosen")  # ...and then asks for its paint
    assert after.waiting
    qtbot.waitUntil(lambda: "read" in order, timeout=2000)
    assert "paint" in order and order.index("paint") < order.index("read"), order
    assert not after.waiting


def test_the_same_reading_asked_twice_runs_once_and_a_cleared_one_not_at_all(qtbot):
    window, text = _window(qtbot)
    said: list[str] = []
    after = AfterPaint(window)

    def read() -> None:
        said.append("screen")

    after.add(read)
    after.add(read)  # a new screen and its change of language both ask
    text.setText("Step 1")
    qtbot.waitUntil(lambda: not after.waiting, timeout=2000)
    assert said == ["screen"]
    after.add(read)
    after.clear()  # Start over came first
    qtbot.waitUntil(lambda: not after.waiting, timeout=2000)
    assert said == ["screen"]
