"""When something unexpected breaks: log it, tell the visitor calmly, start again.

A kiosk has nobody at its keyboard to read a traceback. Any exception that reaches the event loop
(a slot, a timer, a paint) is logged with its stack — its type and where it happened, never its
message, which may hold a visitor's words — and the visitor sees "Sorry, starting again" for a few
seconds before everything is forgotten, as at idle reset. Exceptions that keep coming mean the
kiosk cannot serve: it exits non-zero and its service manager starts it afresh.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.theme import theme
from ui.widgets.text import label, set_text

log = logging.getLogger("camino.ui.crash")
# More than this many unexpected errors within the window: the kiosk is broken, not unlucky.
MAX_ERRORS, WINDOW_S = 5, 60.0


def describe(exc_type: type[BaseException], tb) -> str:
    """The error's type and stack, without its message (it may hold what a visitor typed)."""
    frames = "".join(traceback.format_tb(tb))
    return f"{exc_type.__module__}.{exc_type.__qualname__}\n{frames}".rstrip()


class SorryOverlay(QWidget):
    """Covers the window for a few seconds: "Sorry, something went wrong. Starting again…"."""

    finished = Signal()

    def __init__(self, parent: QWidget, seconds: float = 4.0) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=int(seconds * 1000))
        self._timer.timeout.connect(self._done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 64, 64, 64)
        layout.addStretch(1)
        self.title = label("", "greeting")
        self.title.setAlignment(Qt.AlignCenter)
        self.detail = label("", "subtitle")
        self.detail.setAlignment(Qt.AlignCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Sorry, something went wrong."))
        set_text(self.detail, self.tr("Starting again. Your answers have been erased."))

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self._timer.start()

    def _done(self) -> None:
        self.hide()
        self.finished.emit()

    def mousePressEvent(self, event) -> None:
        event.accept()  # the screen underneath may be the broken one: no tap reaches it

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(theme.palette.background))
        painter.end()


class CrashGuard(QObject):
    """Installs itself as ``sys.excepthook`` and ``threading.excepthook`` for the kiosk's lifetime.

    ``start_over`` forgets the visit (the window's idle reset); ``give_up`` ends the application
    with a non-zero code. ``clock`` is injectable for tests.
    """

    def __init__(self, overlay: SorryOverlay, start_over: Callable[[], None], give_up: Callable[[int], None],
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(overlay)
        self.overlay = overlay
        self.start_over = start_over
        self.give_up = give_up
        self.clock = clock
        self.errors: list[float] = []
        overlay.finished.connect(self._restart)
        self._previous = sys.excepthook, threading.excepthook
        sys.excepthook = self._on_error
        threading.excepthook = self._on_thread_error

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def _on_error(self, exc_type, _exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self.give_up(130)
            return
        log.error("unexpected error; the visit starts again: %s", describe(exc_type, tb))
        now = self.clock()
        self.errors = [t for t in self.errors if now - t < WINDOW_S] + [now]
        if len(self.errors) > MAX_ERRORS:
            log.critical("%d unexpected errors in %.0f s: the kiosk stops so that it can be restarted",
                         len(self.errors), WINDOW_S)
            self.give_up(70)  # EX_SOFTWARE
            return
        self.overlay.start()

    def _on_thread_error(self, args) -> None:
        # Worker threads (sync, printing) report their own failures; one that escapes is logged only.
        log.error("unexpected error on thread %s: %s", args.thread.name if args.thread else "?",
                  describe(args.exc_type, args.exc_traceback))

    def _restart(self) -> None:
        try:
            self.start_over()
        except Exception as exc:
            log.critical("starting again failed too: %s", describe(type(exc), exc.__traceback__))
            self.give_up(70)
