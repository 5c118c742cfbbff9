"""The big touch button of the questionnaire: icon, wrapped text, and an unmistakable chosen state.

Chosen is shown three ways, so colour is never the only cue: a check mark icon, a thicker border,
and bold text. The text is a word-wrapped label, so the button grows with long translations.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ui.theme import MIN_TOUCH, theme
from ui.widgets import icons
from ui.widgets.text import label


class TouchButton(QAbstractButton):
    """A QAbstractButton that also answers Enter and moves focus with the arrow keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Keyboard users reach it with Tab; a tap leaves focus where it was (no ring, no repaint for it).
        self.setFocusPolicy(Qt.TabFocus)
        self.setCursor(Qt.PointingHandCursor)
        self.keyboard_focus = False

    def focusInEvent(self, event) -> None:
        # The focus ring is for keyboard users; after a touch it would only look like a second selection.
        self.keyboard_focus = event.reason() in (Qt.TabFocusReason, Qt.BacktabFocusReason, Qt.ShortcutFocusReason)
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key_Return, Qt.Key_Enter):
            self.animateClick()
        elif key in (Qt.Key_Down, Qt.Key_Right):
            self.focusNextChild()
        elif key in (Qt.Key_Up, Qt.Key_Left):
            self.focusPreviousChild()
        else:
            super().keyPressEvent(event)


class OptionButton(TouchButton):
    """One answer option: [icon] text [check]."""

    ICON = 44

    def __init__(self, text: str, icon_name: str | None, checkable: bool = True, parent: QWidget | None = None,
                 min_height: int = 88) -> None:
        super().__init__(parent)
        self.icon_name = icon_name
        self.setCheckable(checkable)
        self.setMinimumHeight(max(min_height, MIN_TOUCH))
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Minimum)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.setSpacing(18)
        self._icon = QLabel(self)  # a child even when not laid out (no icon): never a window of its own
        self._icon.setFixedSize(self.ICON, self.ICON)
        self._text = label(text, measured=True)  # option texts come back in every language
        self._check = QLabel(self)
        self._check.setFixedSize(36, 36)
        for child in (self._icon, self._text, self._check):
            child.setAttribute(Qt.WA_TransparentForMouseEvents)
        if icon_name:
            layout.addWidget(self._icon, 0, Qt.AlignVCenter)
        else:
            self._icon.hide()
        layout.addWidget(self._text, 1, Qt.AlignVCenter)
        layout.addWidget(self._check, 0, Qt.AlignVCenter)
        self._check.setVisible(checkable)
        self.toggled.connect(self._restyle)
        self.setText(text)
        self._restyle()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._text.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def text_label(self) -> QLabel:
        return self._text

    def _restyle(self) -> None:
        p = theme.palette
        ratio = self.devicePixelRatioF()
        chosen = self.isChecked()
        if self.icon_name:
            self._icon.setPixmap(icons.pixmap(self.icon_name, p.primary, self.ICON, ratio))
        self._check.setPixmap(icons.pixmap("check", p.on_primary, 36, ratio) if chosen else icons.pixmap(
            "check", "none", 36, ratio))
        # Only the weight is set, so family and size still follow the language and the theme.
        font = QFont()
        font.setBold(chosen)
        if font.bold() != self._text.font().bold():
            self._text.setFont(font)
            self.updateGeometry()  # bold may wrap the text: the grid must ask this button's height again
        self.setAccessibleDescription(self.tr("chosen") if chosen else "")
        self.update()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.StyleChange, event.Type.PaletteChange):
            self._restyle()

    def sizeHint(self) -> QSize:
        hint = self.layout().totalSizeHint()
        return QSize(hint.width(), max(hint.height(), self.minimumHeight()))

    def minimumSizeHint(self) -> QSize:
        hint = self.layout().totalMinimumSize()
        return QSize(hint.width(), max(hint.height(), self.minimumHeight()))

    # A text that wraps (large text, a chosen option's bold) makes the button taller, never cut: its
    # layout has a height for each width (the label wraps), which is what the layouts ask for. (A
    # Python hasHeightForWidth was asked some 170 times a language tap.)
    def heightForWidth(self, width: int) -> int:
        return max(self.layout().totalHeightForWidth(width), self.minimumHeight())

    def paintEvent(self, _event) -> None:
        chosen = self.isChecked()
        width, frame, fill, ring, dot = _look(chosen, self.isDown())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        rect = QRectF(self.rect()).adjusted(width / 2 + 1, width / 2 + 1, -width / 2 - 1, -width / 2 - 1)
        painter.setPen(frame)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 14, 14)
        if self.isCheckable():
            # The check's circle: empty ring when not chosen, filled with a white tick when chosen.
            painter.setPen(ring)
            painter.setBrush(dot)
            painter.drawEllipse(QRectF(self._check.geometry()).adjusted(1, 1, -1, -1))
        if self.hasFocus() and self.keyboard_focus:
            painter.setPen(QPen(QColor(theme.palette.focus), 4, Qt.DashLine))
            painter.setBrush(Qt.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(3, 3, -3, -3), 12, 12)
        painter.end()


# Pens and brushes of each state, made once per palette: a screen paints a dozen options at a tap.
_LOOKS: dict[tuple, tuple] = {}


def _look(chosen: bool, down: bool) -> tuple:
    """(border width, border pen, fill, check ring pen, check fill) for an option in that state."""
    p = theme.palette
    key = (p, chosen, down)
    if key not in _LOOKS:
        width = 5 if chosen else 2
        edge = QColor(p.selected if chosen else p.border)
        _LOOKS[key] = (width, QPen(edge, width), QBrush(QColor(p.selected_fill if chosen or down else p.surface)),
                       QPen(edge, 2.5), QBrush(QColor(p.selected) if chosen else QColor(0, 0, 0, 0)))
    return _LOOKS[key]
