"""The header's read-aloud controls: Listen (icon and word), and while it is on, Repeat, Stop, Quieter, Louder.

Their words come from ``kiosk.speech.words`` in the visitor's language (the window tells which
through ``language_provider``), so they follow a live language switch like everything else.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from kiosk.speech.words import word
from ui.theme import MIN_TOUCH, theme
from ui.widgets import icons


def _button(icon_name: str, checkable: bool = False) -> QPushButton:
    button = QPushButton()
    button.setProperty("role", "quiet")
    button.setProperty("icon_name", icon_name)
    button.setCheckable(checkable)
    button.setMinimumSize(QSize(MIN_TOUCH, MIN_TOUCH))
    button.setIconSize(QSize(32, 32))
    button.setFocusPolicy(Qt.TabFocus)
    return button


class ListenControls(QWidget):
    """Listen toggles reading aloud; the other four show only while it is on."""

    listen_toggled = Signal(bool)
    repeat = Signal()
    stop = Signal()
    louder = Signal()
    quieter = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language_provider: Callable[[], str] = lambda: "en"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.listen = _button("listen", checkable=True)
        self.repeat_button = _button("repeat")
        self.stop_button = _button("stop")
        self.quieter_button = _button("quieter")
        self.louder_button = _button("louder")
        self.extras = (self.repeat_button, self.stop_button, self.quieter_button, self.louder_button)
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        for button in (self.listen, *self.extras):
            layout.addWidget(button)
        for button in self.extras:
            button.hide()
        self.listen.toggled.connect(self._toggled)
        self.repeat_button.clicked.connect(self.repeat)
        self.stop_button.clicked.connect(self.stop)
        self.quieter_button.clicked.connect(self.quieter)
        self.louder_button.clicked.connect(self.louder)
        self.retranslate()

    def _toggled(self, on: bool) -> None:
        for button in self.extras:
            button.setVisible(on)
        self.listen_toggled.emit(on)

    def set_listening(self, on: bool) -> None:
        """Show ``on`` without emitting (the controller changed it: a key, a reset)."""
        self.listen.blockSignals(True)
        self.listen.setChecked(on)
        self.listen.blockSignals(False)
        for button in self.extras:
            button.setVisible(on)

    def retranslate(self) -> None:
        language = self.language_provider()
        self.listen.setText(word(language, "listen"))  # the word itself, beside the icon, always shown
        for button, key in ((self.listen, "listen"), (self.repeat_button, "repeat"), (self.stop_button, "stop"),
                            (self.quieter_button, "quieter"), (self.louder_button, "louder")):
            button.setAccessibleName(word(language, key))
            button.setToolTip(word(language, key))
        self.restyle()

    def restyle(self) -> None:
        for button in (self.listen, *self.extras):
            button.setIcon(icons.icon(button.property("icon_name"), theme.palette.text, 32))

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
