"""Work that waits until the window has painted what a tap or key changed.

Finding what a screen shows and starting the voice take a few milliseconds: done before the paint,
they would hold back the screen a tap asked for. Qt posts a window's paint at its low priority;
what waits for the paint is posted one step lower, so it is delivered after. Qt sorts by priority
only what was posted since it last delivered some kinds of event (a screen switch delivers its
layouts at once), so the wait is posted once more when it first comes: then it is behind the paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt

AFTER_PAINT = QEvent.Type(QEvent.registerEventType())
AFTER_PAINT_PRIORITY = Qt.LowEventPriority.value - 1


class AfterPaint(QObject):
    """Calls what it is given, in order, on the turn after the window's next paint."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._waiting: list[Callable[[], None]] = []
        self._posted = False
        self._hops = 0

    def add(self, then: Callable[[], None]) -> None:
        """Call ``then`` once what the current tap or key asked to be painted is painted (once, if
        the same is asked twice before)."""
        if then in self._waiting:
            return
        self._waiting.append(then)
        if not self._posted:
            self._posted, self._hops = True, 1
            QCoreApplication.postEvent(self, QEvent(AFTER_PAINT), AFTER_PAINT_PRIORITY)

    @property
    def waiting(self) -> bool:
        """Something waits for the paint."""
        return self._posted

    def clear(self) -> None:
        """Forget what waits (a new visitor)."""
        self._waiting.clear()

    def event(self, event) -> bool:
        if event.type() != AFTER_PAINT:
            return super().event(event)
        if self._hops:
            self._hops -= 1
            QCoreApplication.postEvent(self, QEvent(AFTER_PAINT), AFTER_PAINT_PRIORITY)
            return True
        self._posted = False
        waiting, self._waiting = self._waiting, []
        for then in waiting:
            then()
        return True
