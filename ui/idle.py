"""IdleWatch: no touch, click or key for ``timeout_s`` → ``idle`` (the window then asks "Are you still there?")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_INPUT = {QEvent.MouseButtonPress, QEvent.MouseButtonRelease, QEvent.MouseMove, QEvent.TouchBegin,
          QEvent.TouchUpdate, QEvent.KeyPress, QEvent.Wheel}


class IdleWatch(QObject):
    """Watches the kiosk window's input; paused while staff mode is open.

    ``arm()`` starts watching (a visit began); ``disarm()`` stops (attract screen: nothing to forget).
    The filter sits on the window's QWindow (:meth:`attach`), where every touch, click and key from
    the screen arrives before Qt hands it to a widget. An application-wide filter saw every event
    of every widget as well (each show, layout and paint: hundreds per tap) and cost a quarter of
    a tap's time in Python.
    """

    idle = Signal()

    def __init__(self, timeout_s: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=int(timeout_s * 1000))
        self._timer.timeout.connect(self.idle)
        self._armed = False
        self._paused = False
        self._window = None  # the QWindow watched

    def attach(self, widget) -> None:
        """Watch ``widget``'s native window (again, if Qt made a new one, e.g. for new window flags)."""
        window = widget.windowHandle()
        if window is self._window:
            return
        if self._window is not None:
            self._window.removeEventFilter(self)
        self._window = window
        if window is not None:
            window.installEventFilter(self)

    def set_timeout(self, timeout_s: float) -> None:
        self._timer.setInterval(int(timeout_s * 1000))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self._timer.isActive():
            self._timer.start()  # restart
        return False

    def arm(self) -> None:
        self._armed = True
        if not self._paused:
            self._timer.start()

    def disarm(self) -> None:
        self._armed = False
        self._timer.stop()

    def pause(self) -> None:
        """Staff mode opened: the visitor's idle reset waits."""
        self._paused = True
        self._timer.stop()

    def resume(self) -> None:
        self._paused = False
        if self._armed:
            self._timer.start()

    @property
    def active(self) -> bool:
        return self._timer.isActive()
