"""A thick frame drawn over the item being read, so the eyes can follow the voice.

One overlay on the window, moved from item to item: the screens' own widgets are not restyled
(a restyle would repaint the whole screen for every sentence spoken).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QScrollArea, QWidget

from ui.theme import theme

WIDTH = 5


class SpeakingFrame(QWidget):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WA_NoSystemBackground)
        self.target: QWidget | None = None
        self.hide()

    def follow(self, widget: QWidget | None) -> None:
        """Frame ``widget`` (scrolled into view), or nothing."""
        self.target = widget
        if widget is None or not widget.isVisible():
            self.hide()
            return
        area = _scroll_area_of(widget)
        if area is not None:
            area.ensureWidgetVisible(widget, 16, 16)
        top_left = widget.mapTo(self.parentWidget(), widget.rect().topLeft())
        rect = QRect(top_left, widget.size()).adjusted(-WIDTH - 2, -WIDTH - 2, WIDTH + 2, WIDTH + 2)
        if area is not None:  # only the part of it that is in view
            view = area.viewport()
            rect = rect.intersected(QRect(view.mapTo(self.parentWidget(), view.rect().topLeft()), view.size()))
        self.setGeometry(rect)
        self.show()
        self.raise_()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(QColor(theme.palette.focus), WIDTH))
        painter.setBrush(Qt.NoBrush)
        painter.drawRoundedRect(self.rect().adjusted(WIDTH, WIDTH, -WIDTH, -WIDTH), 12, 12)
        painter.end()


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None
