"""Work left for between taps, one short step per turn of the event loop.

The kiosk's attract screen needs nothing from the directory, so it is shown first; the other
screens are built afterwards in steps short enough that a tap waits at most one of them. A step
that needs the directory waits (without blocking) until it is open. A tap that needs the whole
window calls :meth:`StagedBuild.run_all`, which finishes at once. The pathway screen fills and
shows its cards below the fold the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import SIGNAL, QEvent, QObject, QTimer, Signal

# How long to wait before looking again whether the directory is open.
POLL_MS = 15


class StagedBuild(QObject):
    """The steps still to run; ``failed`` carries the exception of a step run in the background."""

    failed = Signal(object)

    def __init__(self, parent: QObject, directory_loaded: Callable[[], bool] = lambda: True) -> None:
        super().__init__(parent)
        self._steps: list[tuple[Callable[[], None], bool]] = []
        self._directory_loaded = directory_loaded
        self._scheduled = False

    def add(self, step: Callable[[], None], *, needs_directory: bool = False) -> None:
        self._steps.append((step, needs_directory))

    @property
    def done(self) -> bool:
        return not self._steps

    def clear(self) -> None:
        """Drop the steps not run yet (the work they would do is no longer wanted)."""
        self._steps.clear()

    def run_all(self) -> None:
        """Every remaining step, now (waiting for the directory if a step needs it)."""
        while self._steps:
            step, _ = self._steps.pop(0)
            step()

    def run_soon(self) -> None:
        """Start running the steps from the next turn of the event loop (none now)."""
        self._schedule(0)

    def run_after_paint(self, widget: QObject) -> None:
        """Start running the steps after ``widget`` is next painted (a screen being shown).

        A step started sooner would run before the new screen's first paint, which comes a few
        milliseconds after the tap: the tap would wait for it.
        """
        if self._steps:
            AfterFirstPaint(widget, self.run_soon)

    def run_in_background(self) -> None:
        """Run the steps one per turn of the event loop, starting now, until none is left."""
        self._scheduled = False
        if not self._steps:
            return
        step, needs_directory = self._steps[0]
        if needs_directory and not self._directory_loaded():
            self._schedule(POLL_MS)
            return
        self._steps.pop(0)
        try:
            step()
        except Exception as exc:  # e.g. a directory that cannot be opened: the app reports it and stops
            if not self.receivers(SIGNAL("failed(PyObject)")):
                raise  # nobody to stop: an error like any slot's
            self._steps.clear()
            self.failed.emit(exc)
            return
        self._schedule(0)

    def _schedule(self, ms: int) -> None:
        if self._steps and not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(ms, self, self.run_in_background)


class AfterFirstPaint(QObject):
    """Call ``then`` on the turn of the event loop after ``widget`` is next painted, once."""

    def __init__(self, widget: QObject, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
            self.deleteLater()  # one per screen shown: none is kept
        return False
