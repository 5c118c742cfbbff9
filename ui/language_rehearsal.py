"""Between taps, the first question is laid out and drawn once in every language, at the size it will show.

A tap on a language shows the first question in that language: its new texts are measured by the
layouts and drawn for the first time. Done once per language beforehand, offscreen, the tap finds
the labels' sizes remembered (ui.widgets.text.MeasuredLabel) and the glyphs of the script cached.
The sizes depend on the width, so it is done again when the window's size changes (first shown,
another screen). One language per turn of the event loop: a tap waits for one at most.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, QTimer

from kiosk import session as pages


class LanguageRehearsal(QObject):
    """Install on the kiosk window; :meth:`schedule` once its question screens are built."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._done_at = QSize()  # the stack's size the last full rehearsal was for
        self._todo: list[str] = []
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._step)
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QEvent.Resize:
            self.schedule()
        return False

    def schedule(self) -> None:
        """Rehearse every language again (from the next turn of the event loop) if the size changed."""
        if self.window.stack.size() == self._done_at and not self._todo:
            return
        self._todo = list(self.window.enabled_languages)
        self._timer.start()

    def _step(self) -> None:
        if not self._todo:
            return
        window = self.window
        if not any(key.startswith("q:") for key in window.screens):
            self._todo = []  # not built yet: the build schedules it once it is
            return
        language = self._todo.pop(0)
        first = window.questions(language)[0]
        screen = window.screens.get(f"q:{first.id}")
        if screen is not None and window.journey.current in (pages.ATTRACT, pages.LANGUAGE):
            screen.rehearse(first, window.stack.size())
        if self._todo:
            self._timer.start()
        else:
            self._done_at = window.stack.size()
