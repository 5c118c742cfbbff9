"""The pathway's steps at a glance: a numbered badge, and one touch row per step that opens its services."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui.theme import MIN_TOUCH, theme
from ui.widgets import icons
from ui.widgets.option_button import TouchButton
from ui.widgets.text import label, set_text


class StepBadge(QWidget):
    """The step's number in a filled circle, sized to the font (scripts differ in line height)."""

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number
        self.setAccessibleName(str(number))
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(theme.scaled(30))
        return font

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self._font())
        side = max(56, fm.horizontalAdvance(str(self.number)) + 24, fm.capHeight() * 2 + 16)
        return QSize(side, side)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(theme.palette.primary))
        side = min(self.width(), self.height())
        painter.drawEllipse(QRectF(0, 0, side, side))
        painter.setPen(QColor(theme.palette.on_primary))
        painter.setFont(self._font())
        painter.drawText(QRectF(0, 0, side, side), Qt.AlignCenter, str(self.number))
        painter.end()


class StepRow(TouchButton):
    """One step in the overview: [number] title, the one line why, and an arrow; a tap opens its services.

    ``number`` None is the person to call (the fallback), shown with a person instead of a number.
    """

    ICON = 40

    def __init__(self, number: int | None, title: str, why: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.setMinimumHeight(max(88, MIN_TOUCH))
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Minimum)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(16)
        if number is not None:
            self.badge: QWidget = StepBadge(number)
        else:
            self.badge = QLabel(self)
            self.badge.setFixedSize(56, 56)
            self.badge.setAlignment(Qt.AlignCenter)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title = label(title, "row-title")
        self.why = label(why, "help")
        self.why.setVisible(bool(why))
        texts.addWidget(self.title)
        texts.addWidget(self.why)
        self.arrow = QLabel(self)
        self.arrow.setFixedSize(32, 32)
        for child in (self.badge, self.title, self.why, self.arrow):
            child.setAttribute(Qt.WA_TransparentForMouseEvents)
        layout.addWidget(self.badge, 0, Qt.AlignVCenter)
        layout.addLayout(texts, 1)
        layout.addWidget(self.arrow, 0, Qt.AlignVCenter)
        self.setAccessibleName(title)
        self.setAccessibleDescription(why)
        self.restyle()

    def set_texts(self, title: str, why: str) -> None:
        set_text(self.title, title)
        set_text(self.why, why)
        self.why.setVisible(bool(why))
        self.setAccessibleName(title)
        self.setAccessibleDescription(why)

    def restyle(self) -> None:
        p = theme.palette
        ratio = self.devicePixelRatioF()
        rtl = self.layoutDirection() == Qt.RightToLeft
        self.arrow.setPixmap(icons.pixmap("back" if rtl else "next", p.primary, 32, ratio))
        if self.number is None:
            self.badge.setPixmap(icons.pixmap("person", p.primary, self.ICON, ratio))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.StyleChange, event.Type.LayoutDirectionChange):
            self.restyle()

    def sizeHint(self) -> QSize:
        hint = self.layout().totalSizeHint()
        return QSize(hint.width(), max(hint.height(), self.minimumHeight()))

    def minimumSizeHint(self) -> QSize:
        hint = self.layout().totalMinimumSize()
        return QSize(hint.width(), max(hint.height(), self.minimumHeight()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.layout().totalHeightForWidth(width), self.minimumHeight())

    def paintEvent(self, _event) -> None:
        p = theme.palette
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.setPen(QPen(QColor(p.border), 2))
        painter.setBrush(QColor(p.selected_fill if self.isDown() else p.surface))
        painter.drawRoundedRect(rect, 14, 14)
        if self.hasFocus() and self.keyboard_focus:
            painter.setPen(QPen(QColor(p.focus), 4, Qt.DashLine))
            painter.setBrush(Qt.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(3, 3, -3, -3), 12, 12)
        painter.end()
