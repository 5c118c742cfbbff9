"""Kiosk lockdown: the window stays full screen and on top, and only staff exit ends the application.

An application-wide event filter swallows the keys that close or leave a window (Alt+F4, Escape,
Ctrl+Q, Ctrl+W) before any widget or shortcut sees them, and the window's ``close_guard`` refuses
every close until :meth:`Lockdown.allow_exit` is called by the staff panel's Exit. A window manager
that closes the window anyway (Alt+F4 handled by the window manager) ends up in the same refused
close. In ``--windowed`` development mode lockdown is not engaged.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

KIOSK_FLAGS = Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint

_CTRL_KEYS = {Qt.Key_Q, Qt.Key_W}


def is_blocked_key(event: QKeyEvent) -> bool:
    """Alt+F4, Escape, Ctrl+Q or Ctrl+W (with any other modifiers too)."""
    key = event.key()
    mods = event.modifiers()
    if key == Qt.Key_Escape:
        return True
    if key == Qt.Key_F4 and mods & Qt.AltModifier:
        return True
    return bool(key in _CTRL_KEYS and mods & (Qt.ControlModifier | Qt.MetaModifier))


class Lockdown(QObject):
    """Keeps ``window`` full screen, on top and open until staff exit."""

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.window = window
        self.engaged = False
        self._exit_allowed = False
        self.blocked_keys = 0  # how many keys were swallowed (tests, and a hint when debugging)

    def engage(self) -> None:
        """Install the key filter and the close guard; keep the window full screen from now on."""
        if self.engaged:
            return
        self.engaged = True
        self.window.close_guard = self.may_close
        QApplication.instance().installEventFilter(self)
        if not self.window.isVisible() and (self.window.windowFlags() & KIOSK_FLAGS) != KIOSK_FLAGS:
            # Flags can only be set before showing: changing them later hides the window for a moment.
            self.window.setWindowFlags(self.window.windowFlags() | KIOSK_FLAGS)

    def release(self) -> None:
        """Remove the filter (tests; the application is ending)."""
        if self.engaged:
            QApplication.instance().removeEventFilter(self)
            self.engaged = False

    def allow_exit(self) -> None:
        """Staff chose Exit: the next close is accepted and the key filter is removed."""
        self._exit_allowed = True
        self.release()

    def may_close(self) -> bool:
        return self._exit_allowed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.KeyPress, QEvent.KeyRelease, QEvent.ShortcutOverride) and is_blocked_key(event):
            if kind == QEvent.KeyPress:
                self.blocked_keys += 1
            event.accept()
            return True
        if (kind == QEvent.WindowStateChange and watched is self.window and not self._exit_allowed
                and not self.window.windowState() & Qt.WindowFullScreen and self.window.isVisible()):
            # Minimised or un-maximised by a window manager shortcut: back to full screen.
            QTimer.singleShot(0, self.window.showFullScreen)
        return False


def engage_when_kiosk(window: QWidget, lockdown: Lockdown) -> None:
    """Engage ``lockdown`` when ``window`` is first shown as the kiosk (frameless, on top).

    ``ui.app.run`` sets those flags only for the real kiosk, not for ``--windowed`` or offscreen
    runs, so development windows stay closable.
    """

    class _FirstShow(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Show:
                watched.removeEventFilter(self)
                if (window.windowFlags() & KIOSK_FLAGS) == KIOSK_FLAGS:
                    lockdown.engage()
            return False

    if window.isVisible():  # staff mode is installed once the attract screen is up: it may be shown already
        if (window.windowFlags() & KIOSK_FLAGS) == KIOSK_FLAGS:
            lockdown.engage()
        return
    watcher = _FirstShow(lockdown)
    window.installEventFilter(watcher)
