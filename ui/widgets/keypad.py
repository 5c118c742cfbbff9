"""Our own numeric keypad for the ZIP code (no system keyboard on a kiosk)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from ui.theme import MIN_TOUCH, theme
from ui.widgets import icons


class NumericKeypad(QWidget):
    """Digits 1–9, 0, delete and clear; keeps up to ``max_digits`` digits in ``digits``."""

    changed = Signal(str)

    def __init__(self, max_digits: int = 5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_digits = max_digits
        self.digits = ""
        # A keypad reads the same in every script: it does not mirror in right-to-left languages.
        self.setLayoutDirection(Qt.LeftToRight)
        grid = QGridLayout(self)
        grid.setSpacing(12)
        grid.setContentsMargins(0, 0, 0, 0)
        self.keys: dict[str, QPushButton] = {}
        layout = ["123", "456", "789"]
        for row, chars in enumerate(layout):
            for col, ch in enumerate(chars):
                self._add(grid, ch, row, col)
        self._add(grid, "clear", 3, 0)
        self._add(grid, "0", 3, 1)
        self._add(grid, "delete", 3, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        self.retranslate()

    def _add(self, grid: QGridLayout, key: str, row: int, col: int) -> None:
        button = QPushButton(key if key.isdigit() else "")
        # Digits are big; "Clear" is a word, in the normal size, so long translations still fit.
        button.setProperty("role", "key" if key != "clear" else "quiet")
        button.setMinimumHeight(max(80, MIN_TOUCH))
        if key != "clear":  # an explicit minimum width would let the layout squeeze the word below its text
            button.setMinimumWidth(max(96, MIN_TOUCH))
        button.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        button.setAutoRepeat(key == "delete")
        button.setFocusPolicy(Qt.TabFocus)
        button.clicked.connect(lambda _=False, k=key: self.press(k))
        grid.addWidget(button, row, col)
        self.keys[key] = button

    def retranslate(self) -> None:
        self.keys["delete"].setIcon(icons.icon("backspace", theme.palette.text, 36))
        self.keys["delete"].setIconSize(QSize(36, 36))
        self.keys["delete"].setAccessibleName(self.tr("Delete last digit"))
        self.keys["clear"].setText(self.tr("Clear"))
        self.keys["clear"].setAccessibleName(self.tr("Clear all digits"))
        for d in "0123456789":
            self.keys[d].setAccessibleName(d)

    def press(self, key: str) -> None:
        if key.isdigit():
            if len(self.digits) < self.max_digits:
                self.digits += key
        elif key == "delete":
            self.digits = self.digits[:-1]
        elif key == "clear":
            self.digits = ""
        self.changed.emit(self.digits)

    def set_digits(self, digits: str) -> None:
        self.digits = digits[: self.max_digits]
        self.changed.emit(self.digits)

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if text.isdigit():
            self.press(text)
        elif event.key() == Qt.Key_Backspace:
            self.press("delete")
        else:
            super().keyPressEvent(event)
