"""The header's read-aloud controls: Listen (icon and word), and while it is on, Repeat, Stop, Quieter, Louder.

Listen sits in the header beside language, larger text and contrast. The other four (icon and
word each) sit in :attr:`ListenControls.bar`, a band of the header's look that the window shows
right under the header while reading aloud is on: the header itself has no room for five more
buttons at 1024 px. Their words come from ``kiosk.speech.words`` in the visitor's language (the
window tells which through ``language_provider``), so they follow a live language switch.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QToolButton, QWidget

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
        # The word under the icon: the header's narrowest arrangement that still shows both.
        self.listen = QToolButton()
        self.listen.setProperty("icon_name", "listen")
        self.listen.setCheckable(True)
        self.listen.setToolButtonStyle(Qt.ToolButtonTextUnderIcon)
        self.listen.setMinimumSize(QSize(MIN_TOUCH, MIN_TOUCH))
        self.listen.setIconSize(QSize(28, 28))
        self.listen.setFocusPolicy(Qt.TabFocus)
        self.listen.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Expanding)  # as tall as its neighbours
        self.repeat_button = _button("repeat")
        self.stop_button = _button("stop")
        self.quieter_button = _button("quieter")
        self.louder_button = _button("louder")
        self.extras = (self.repeat_button, self.stop_button, self.quieter_button, self.louder_button)
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Preferred)
        layout.addWidget(self.listen)
        self.bar = QFrame()
        self.bar.setProperty("role", "bar")
        bar = QHBoxLayout(self.bar)
        bar.setContentsMargins(16, 6, 16, 6)
        bar.setSpacing(12)
        bar.addStretch(1)
        for button in self.extras:
            bar.addWidget(button)
        self.bar.hide()
        self.listen.toggled.connect(self._toggled)
        self.repeat_button.clicked.connect(self.repeat)
        self.stop_button.clicked.connect(self.stop)
        self.quieter_button.clicked.connect(self.quieter)
        self.louder_button.clicked.connect(self.louder)
        self.retranslate()

    def _toggled(self, on: bool) -> None:
        self.bar.setVisible(on)
        self.listen_toggled.emit(on)

    def set_listening(self, on: bool) -> None:
        """Show ``on`` without emitting (the controller changed it: a key, a reset)."""
        self.listen.blockSignals(True)
        self.listen.setChecked(on)
        self.listen.blockSignals(False)
        self.bar.setVisible(on)

    def retranslate(self) -> None:
        language = self.language_provider()
        for button, key in ((self.listen, "listen"), (self.repeat_button, "repeat"), (self.stop_button, "stop"),
                            (self.quieter_button, "quieter"), (self.louder_button, "louder")):
            text = word(language, key)
            button.setText(text)  # the word itself, beside the icon, always shown
            button.setAccessibleName(text)
        self.restyle()

    def restyle(self) -> None:
        p = theme.palette
        sheet = (f"QToolButton {{ border: 3px solid {p.border}; border-radius: 12px; background: {p.surface};"
                 f" color: {p.text}; font-weight: bold; font-size: {theme.scaled(14)}px; padding: 2px 2px; }}"
                 f"QToolButton:checked {{ background: {p.selected_fill}; border-color: {p.selected}; }}"
                 f"QToolButton:focus {{ border: 3px dashed {p.focus}; }}")
        if self.listen.styleSheet() != sheet:  # a style sheet set re-polishes, even unchanged: 1 ms a time
            self.listen.setStyleSheet(sheet)
        if getattr(self, "_icons_for", None) != p:  # set again, an icon lays out and repaints its button
            self._icons_for = p
            self.listen.setIcon(icons.icon("listen", p.text, 28))
            for button in self.extras:
                button.setIcon(icons.icon(button.property("icon_name"), p.text, 32))

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
