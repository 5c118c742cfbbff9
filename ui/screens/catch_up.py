"""Screens not on show skip a change of language or reading direction, and catch up when shown.

Qt hands a language change and a change of reading direction to every widget, on show or not, and
a kiosk has a thousand of them (a pathway's cards wait ready on their screen): retranslating and
mirroring them all made a language tap the slowest tap. Only the screen on show changes at the
tap; each other screen changes, once, just before it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from ui.widgets.text import align_labels

_LANGUAGE, _HIDE = QEvent.LanguageChange, QEvent.Hide  # looked up once: the filter sees every event of a screen


class CatchUpWhenShown(QObject):
    """Install on each screen (:meth:`watch`); call :meth:`catch_up` before a screen is shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stale: set[QWidget] = set()
        self._aside: set[QWidget] = set()
        self._delivering: QWidget | None = None
        self._on_show: QWidget | None = None

    def watch(self, screen: QWidget) -> None:
        """Watch ``screen`` (a page of the stack, or an overlay that opens itself with :func:`bring_up`)."""
        screen.installEventFilter(self)
        screen.catch_up_watcher = self  # what bring_up() asks
        if not screen.isVisible():
            self.set_aside(screen)

    def set_aside(self, screen: QWidget) -> None:
        """``screen`` is out of sight, or on its way out: it keeps its language and reading direction
        until it is caught up.

        A widget with a direction of its own is where Qt stops passing the application's on.
        """
        self._aside.add(screen)
        screen.setLayoutDirection(screen.layoutDirection())

    def is_aside(self, screen: QWidget) -> bool:
        return screen in self._aside

    def eventFilter(self, screen, event) -> bool:
        kind = event.type()
        if (kind == _LANGUAGE and (screen in self._aside or not screen.isVisible())
                and screen is not self._delivering):
            self._stale.add(screen)
            return True  # not passed on to the screen's widgets now
        if kind == _HIDE and screen not in self._aside:
            self.set_aside(screen)  # out of sight again (an overlay closed)
        return False

    def catch_up(self, screen: QWidget) -> None:
        """Bring ``screen`` up to date; call it just before the screen is shown (it is hidden still)."""
        self._aside.discard(screen)
        screen.unsetLayoutDirection()  # the application's again, mirrored now if that changed
        if screen in self._stale:
            self._stale.discard(screen)
            self._delivering = screen
            try:
                QCoreApplication.sendEvent(screen, QEvent(QEvent.LanguageChange))
            finally:
                self._delivering = None
        align_for(screen)

    def shown(self, screen: QWidget) -> None:
        """``screen`` is the one on show now: set the one before aside, and lay out before painting."""
        if self._on_show is not None and self._on_show is not screen:
            self.set_aside(self._on_show)
        self._on_show = screen
        settle_before_paint()


def bring_up(widget: QWidget) -> None:
    """An overlay about to open: in the language and reading direction of now, if they changed while it
    was closed (a watched one is caught up; any other has its labels lined up)."""
    watcher = getattr(widget, "catch_up_watcher", None)
    if watcher is not None:
        watcher.catch_up(widget)
    else:
        align_for(widget)


def switch_to(stack: QStackedWidget, screen: QWidget) -> None:
    """Show ``screen`` in ``stack``, the screens out of sight left with their updates off.

    A stack turns its updates off and on again around every switch, and Qt walks every widget under
    it both ways (a prepared pathway alone has a thousand): that walk was a good part of every tap.
    It passes by a widget whose updates are already off: the screen leaving is turned off first and
    the one arriving on after, so each is walked once, and no other screen at all.
    """
    old = stack.currentWidget()
    if old is not None and old is not screen:
        old.setUpdatesEnabled(False)  # on its way out: nothing of it is painted any more
    stack.setCurrentWidget(screen)
    screen.setUpdatesEnabled(True)  # the stack marks its whole area for painting as it turns its own on


def align_for(root: QWidget) -> None:
    """Line up ``root``'s labels with the application's reading direction, if not done for it yet."""
    direction = int(QApplication.layoutDirection().value)
    if root.property("aligned_for") != direction:
        align_labels(root)
        root.setProperty("aligned_for", direction)


def settle_before_paint() -> None:
    """Lay out and mark for painting what a screen switch changed, so the screen is painted once.

    Qt paints a window on a timer (5 ms after the first change) that can fire before the events the
    switch posted: the layouts' and each newly shown widget's request to be painted. The screen was
    then painted before it was laid out, and a second time after.
    """
    # A child's layout asks its parent's again, and Qt delivers what is posted during a delivery
    # only on the next one: a few rounds settle the deepest screen.
    for _round in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.LayoutRequest)
    QCoreApplication.sendPostedEvents(None, QEvent.UpdateLater)
