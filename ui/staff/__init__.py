"""Staff mode on the kiosk: hold the logo 3 s, enter the PIN, use the staff panel; lockdown in kiosk mode.

``install(window, context)`` is called by ``ui.app.build``. It connects ``window.staff_gesture``,
sets ``window.close_guard`` (through :class:`ui.staff.lockdown.Lockdown`) and returns the
:class:`StaffMode` controller. While the PIN entry or the panel is open the visitor's idle reset is
paused; staff mode itself closes after two minutes without a touch.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from kiosk.staff import STAFF_TIMEOUT_SECONDS, PinGate, pin_is_set
from ui.staff.lockdown import Lockdown, engage_when_kiosk
from ui.staff.panel import StaffPanel
from ui.staff.pin_dialog import PinDialog

_INPUT = {QEvent.MouseButtonPress, QEvent.MouseButtonRelease, QEvent.MouseMove, QEvent.TouchBegin,
          QEvent.TouchUpdate, QEvent.KeyPress, QEvent.Wheel}


class StaffMode(QObject):
    """Controller: gesture → PIN → panel, the staff timeout, and exit."""

    opened = Signal()
    closed = Signal()

    def __init__(self, window, context, *, now: Callable[[], float] = time.monotonic,
                 timeout_s: float = STAFF_TIMEOUT_SECONDS, lockdown: Lockdown | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.lockdown = lockdown
        self.gate = PinGate(lambda: context.config.staff.pin_hash, now=now)
        self.pin_dialog = PinDialog(window)
        self.panel = StaffPanel(window, context, now=now, timeout_s=timeout_s)
        self.pin_dialog.submitted.connect(self.check_pin)
        self.pin_dialog.cancelled.connect(self.close)
        self.panel.close_requested.connect(self.close)
        self.panel.exit_requested.connect(self.exit_app)
        self.timer = QTimer(self, singleShot=True, interval=int(timeout_s * 1000))
        self.timer.timeout.connect(self.close)
        self.active = False
        QApplication.instance().installEventFilter(self)

    @property
    def panel_open(self) -> bool:
        return self.panel.isVisible()

    def begin(self) -> None:
        """The staff gesture: ask for the PIN, or say why staff entry cannot open."""
        self._activate()
        if not pin_is_set(self.context.config):
            self.pin_dialog.show_no_pin()
            return
        locked = self.gate.locked_for()
        if locked:
            self.pin_dialog.show_locked(locked)
            return
        self.pin_dialog.ask()

    def check_pin(self, pin: str) -> None:
        result = self.gate.attempt(pin)
        if result.ok:
            self.pin_dialog.hide()
            self.panel.open()
            self.opened.emit()
        elif result.outcome == "wrong":
            self.pin_dialog.show_wrong(result.tries_left)
        elif result.outcome == "locked":
            self.pin_dialog.show_locked(result.locked_for_s)
        elif result.outcome == "no_pin":
            self.pin_dialog.show_no_pin()
        else:
            self.pin_dialog.show_problem(result.message[0].upper() + result.message[1:] + ".")

    def close(self) -> None:
        """Leave staff mode (Close, Cancel or the timeout); the visitor's idle watch resumes."""
        self.pin_dialog.hide()
        self.pin_dialog.keypad.set_digits("")
        self.panel.hide()
        self.timer.stop()
        if self.active:
            self.active = False
            idle = getattr(self.window, "idle_watch", None)
            if idle is not None:
                idle.resume()
            self.closed.emit()

    def exit_app(self) -> None:
        """Staff exit: the only way the kiosk application ends."""
        if self.lockdown is not None:
            self.lockdown.allow_exit()
        self.close()
        self.window.close()
        self.context.quit_app()

    def _activate(self) -> None:
        if not self.active:
            self.active = True
            idle = getattr(self.window, "idle_watch", None)
            if idle is not None:
                idle.pause()
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self.active and kind in _INPUT:
            self.timer.start()  # any touch, click or key keeps staff mode open
        elif kind == QEvent.Resize and watched is self.window:
            for layer in (self.pin_dialog, self.panel):
                if layer.isVisible():
                    layer.setGeometry(self.window.rect())
        return False


def install(window, context, *, lockdown: bool | None = None, now: Callable[[], float] = time.monotonic,
            timeout_s: float = STAFF_TIMEOUT_SECONDS) -> StaffMode:
    """Add staff mode to the kiosk ``window``.

    ``lockdown``: True engages it now, False never; None (the app) engages it when the window is first
    shown as the kiosk (frameless and on top), so ``--windowed`` development stays closable.
    ``now`` and ``timeout_s`` are for tests (a clock to move, a shorter staff timeout).
    """
    guard = Lockdown(window) if lockdown is not False else None
    staff = StaffMode(window, context, now=now, timeout_s=timeout_s, lockdown=guard)
    if guard is not None:
        if lockdown:
            guard.engage()
        else:
            engage_when_kiosk(window, guard)
    window.staff_gesture.connect(staff.begin)
    window.staff_mode = staff
    return staff
