"""The staff PIN entry: our own big numeric keypad (no system keyboard), the PIN shown as dots.

A full-window layer over the kiosk rather than a modal dialog: a full-screen, always-on-top
window must not open a second top-level window that could end up behind it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.staff import PIN_MAX_DIGITS, PIN_MIN_DIGITS
from ui.widgets.keypad import NumericKeypad
from ui.widgets.text import label, set_text

DOT, EMPTY = "●", "○"


class PinDialog(QFrame):
    """Asks for the staff PIN. ``submitted(pin)`` on Enter; ``cancelled`` on Cancel/Close."""

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk")
        self.setAutoFillBackground(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 8, 16, 8)
        card = QFrame()
        card.setProperty("role", "card")
        card.setMinimumWidth(520)
        card.setMaximumWidth(640)
        card.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        outer.addWidget(card, 0, Qt.AlignCenter)
        self.card = card

        layout = QVBoxLayout(card)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(10)
        self.title = label("", "title")
        self.title.setAlignment(Qt.AlignCenter)
        self.message = label("", "help")
        self.message.setAlignment(Qt.AlignCenter)
        self.dots = label("", "digits", wrap=False)
        self.dots.setAlignment(Qt.AlignCenter)
        self.dots.setLayoutDirection(Qt.LeftToRight)
        self.keypad = NumericKeypad(max_digits=PIN_MAX_DIGITS)
        self.keypad.changed.connect(self._changed)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        self.cancel_button = QPushButton()
        self.cancel_button.setProperty("role", "quiet")
        self.enter_button = QPushButton()
        self.enter_button.setProperty("role", "primary")
        buttons.addWidget(self.cancel_button, 1)
        buttons.addWidget(self.enter_button, 1)
        self.cancel_button.clicked.connect(self._cancel)
        self.enter_button.clicked.connect(self._submit)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.dots)
        layout.addWidget(self.keypad)
        layout.addLayout(buttons)
        self.hide()

    # -- states ------------------------------------------------------------------------------------

    def ask(self) -> None:
        """Open, empty, asking for the PIN."""
        self._reset(self.tr("Staff PIN"), self.tr("Enter the staff PIN (4 to 8 digits)."), keypad=True)

    def show_wrong(self, tries_left: int) -> None:
        text = self.tr("Wrong PIN. %n more tries before staff entry locks.", "", tries_left)
        self._reset(self.tr("Staff PIN"), text, keypad=True)

    def show_locked(self, seconds: float) -> None:
        minutes = max(1, round(seconds / 60 + 0.49))
        text = self.tr("Too many wrong PINs. Staff entry is locked; try again in %n minute(s).", "", minutes)
        self._reset(self.tr("Staff entry locked"), text, keypad=False)

    def show_no_pin(self) -> None:
        self._reset(self.tr("No staff PIN is set"),
                    self.tr("Staff mode stays closed until a PIN is set. On this computer, run:\n"
                            "kiosk set-pin"), keypad=False)

    def show_problem(self, sentence: str) -> None:
        self._reset(self.tr("Staff entry is not possible"), sentence, keypad=False)

    def _reset(self, title: str, message: str, keypad: bool) -> None:
        set_text(self.title, title)
        set_text(self.message, message)
        self.keypad.set_digits("")
        for widget in (self.keypad, self.dots, self.enter_button):
            widget.setVisible(keypad)
        self.cancel_button.setText(self.tr("Cancel") if keypad else self.tr("Close"))
        self.enter_button.setText(self.tr("Enter"))
        self._changed("")
        self.card.layout().activate()  # shrink or grow the card to what is shown now
        self.card.adjustSize()
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        (self.keypad.keys["1"] if keypad else self.cancel_button).setFocus()

    # -- input -------------------------------------------------------------------------------------

    @property
    def pin(self) -> str:
        return self.keypad.digits

    def _changed(self, digits: str) -> None:
        shown = DOT * len(digits) + EMPTY * max(0, PIN_MIN_DIGITS - len(digits))
        self.dots.setText(" ".join(shown))
        self.dots.setAccessibleName(self.tr("%1 digits entered").replace("%1", str(len(digits))))
        self.enter_button.setEnabled(len(digits) >= PIN_MIN_DIGITS)

    def _submit(self) -> None:
        pin = self.keypad.digits
        if len(pin) < PIN_MIN_DIGITS:
            return
        self.keypad.set_digits("")  # the digits leave the widget at once
        self.submitted.emit(pin)

    def _cancel(self) -> None:
        self.keypad.set_digits("")
        self.hide()
        self.cancelled.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self._submit()
        elif event.text().isdigit() or event.key() == Qt.Key_Backspace:
            self.keypad.keyPressEvent(event)
        else:
            super().keyPressEvent(event)
