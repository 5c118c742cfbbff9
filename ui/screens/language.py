"""Choose a language: big buttons, each language named in itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.config import LANGUAGES
from kiosk.languages import autonym
from ui.fonts import family_for
from ui.screens.base import Screen, kinetic_scroll_area, page_layout
from ui.screens.catch_up import bring_up
from ui.widgets.option_button import OptionButton
from ui.widgets.text import label, set_text


class LanguageButton(OptionButton):
    """A language, named in itself. A tap on one shows the screen again in that language."""

    def mouseReleaseEvent(self, event) -> None:
        # A button paints itself at once on release, before it reports the click: here the click
        # repaints the whole window in the new language (or the next screen), that paint included.
        self.setUpdatesEnabled(False)
        try:
            super().mouseReleaseEvent(event)
        finally:
            self.setUpdatesEnabled(True)


class LanguageGrid(QWidget):
    """The eight language buttons; the current one is marked chosen."""

    chosen = Signal(str)

    def __init__(self, languages: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, OptionButton] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(16)
        self._columns = 0
        for lang in languages or LANGUAGES:
            button = LanguageButton(autonym(lang), None, checkable=True)
            button.text_label().setStyleSheet(f'font-family: "{family_for(lang)}"; font-size: 30px;')
            button.setProperty("speech_language", lang)  # read aloud in its own voice (ui.speech.reader)
            button.clicked.connect(lambda _=False, code=lang: self.chosen.emit(code))
            self.buttons[lang] = button
        self._relayout(2)
        self._align()

    def _relayout(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for i, button in enumerate(self.buttons.values()):
            self.grid.addWidget(button, i // columns, i % columns)

    def resizeEvent(self, event) -> None:
        self._relayout(1 if event.size().width() < 640 else 2)
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LayoutDirectionChange:
            self._align()
        super().changeEvent(event)

    def _align(self) -> None:
        # Qt aligns a label by its text's own direction: without this, العربية and دری would sit on
        # the far side of their buttons on a left-to-right screen (and English on a right-to-left one).
        side = Qt.AlignRight if self.layoutDirection() == Qt.RightToLeft else Qt.AlignLeft
        for button in self.buttons.values():
            button.text_label().setAlignment(side | Qt.AlignAbsolute | Qt.AlignVCenter)

    def mark(self, language: str) -> None:
        for code, button in self.buttons.items():
            button.setChecked(code == language)


class LanguageScreen(Screen):
    key = "language"
    chosen = Signal(str)

    def __init__(self, languages: list[str] | None = None) -> None:
        super().__init__()
        content = QWidget()
        layout = page_layout(content)
        self.title = label("", "title")
        self.grid = LanguageGrid(languages)
        self.grid.chosen.connect(self.chosen)
        layout.addWidget(self.title)
        layout.addWidget(self.grid)
        layout.addStretch(1)
        outer = page_layout(self, 0, 0)
        outer.addWidget(kinetic_scroll_area(content))
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Choose your language"))

    def next_text(self) -> None:
        return None


class LanguagePicker(QFrame):
    """The header's language chooser: covers the screen, switches live, returns to the same place."""

    def __init__(self, parent: QWidget, languages: list[str]) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(24)
        self.title = label("", "title")
        self.grid = LanguageGrid(languages)
        self.close_button = QPushButton()
        self.close_button.setProperty("role", "quiet")
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.title)
        layout.addWidget(self.grid)
        layout.addStretch(1)
        layout.addWidget(self.close_button, 0, Qt.AlignLeading)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Choose your language"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open(self, current: str) -> None:
        self.grid.mark(current)
        self.setGeometry(self.parentWidget().rect())
        bring_up(self)  # to the language and reading direction of now (a change passed it by)
        self.show()
        self.raise_()
        self.grid.buttons[current].setFocus(Qt.PopupFocusReason)
