"""The attract screen: a welcome cycling through the languages, and one huge "Touch to start".

The words under the greeting and the button change with it: a visitor who reads no English is
invited in their own language before they have chosen one.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout

from kiosk.config import LANGUAGES
from kiosk.languages import is_rtl
from ui.fonts import family_for
from ui.i18n import translate_in
from ui.screens.base import Screen
from ui.widgets.text import label, set_text

# Each language's greeting is shown in its own script: the visitor has not chosen a language yet.
GREETING = QT_TRANSLATE_NOOP("AttractScreen", "Welcome — touch to start")
CYCLE_MS = 3500
TOUCH = QT_TRANSLATE_NOOP("AttractScreen", "Touch to start")
INVITE = QT_TRANSLATE_NOOP("AttractScreen",
                           "Find the services that help your business, step by step, in your language.")


class AttractScreen(Screen):
    key = "attract"
    started = Signal()
    cycled = Signal(str)  # the language the screen now invites in

    def __init__(self, languages: list[str] | None = None) -> None:
        super().__init__()
        self.languages = [lang for lang in (languages or LANGUAGES) if lang in LANGUAGES]
        self._index = 0
        self.chosen: str | None = None  # a language picked here from the header: its words stay
        # Its height gives way to the other screens' (it is shown without the footer): large text at
        # 1024×768 must not push every other screen's footer off the bottom.
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Ignored)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(24)
        layout.addStretch(2)
        self.greeting = label("", "greeting")
        self.greeting.setAlignment(Qt.AlignCenter)
        self.subtitle = label("", "subtitle")
        self.subtitle.setAlignment(Qt.AlignCenter)
        self.start = QPushButton()
        self.start.setProperty("role", "big")
        self.start.setMinimumHeight(120)
        self.start.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        self.start.clicked.connect(self.started)
        layout.addWidget(self.greeting)
        layout.addWidget(self.subtitle)
        layout.addSpacing(16)
        layout.addWidget(self.start, 0, Qt.AlignHCenter)
        layout.addStretch(3)
        # A cheap cycle: one label change every few seconds, only while the screen is shown.
        self._timer = QTimer(self, interval=CYCLE_MS)
        self._timer.timeout.connect(self._cycle)
        self._show_greeting()
        self.retranslate()

    def retranslate(self) -> None:
        self._show_greeting()

    def hold(self, language: str | None) -> None:
        """Words in ``language`` (chosen from the header before touching), or in turn with the greeting (None)."""
        self.chosen = language
        self._show_greeting()

    def _show_greeting(self) -> None:
        lang = self.languages[self._index % len(self.languages)]
        set_text(self.greeting, translate_in(lang, "AttractScreen", GREETING))
        self._in_script(self.greeting, lang)
        if self.chosen is not None:  # the visitor's own choice, in the kiosk's language (pseudo too)
            touch, invite, words = self.tr(TOUCH), self.tr(INVITE), self.chosen
        else:
            touch, invite = translate_in(lang, "AttractScreen", TOUCH), translate_in(lang, "AttractScreen", INVITE)
            words = lang
        set_text(self.subtitle, invite)
        self.start.setText(touch)
        self.start.setAccessibleName(touch)
        self._in_script(self.subtitle, words)
        self._in_script(self.start, words, font=False)
        self.cycled.emit(lang)

    @staticmethod
    def _in_script(widget, language: str, font: bool = True) -> None:
        # Both only when they change: a new style sheet re-polishes the widget (a language tap's time).
        direction = Qt.RightToLeft if is_rtl(language) else Qt.LeftToRight
        if widget.layoutDirection() != direction:
            widget.setLayoutDirection(direction)
        sheet = f'font-family: "{family_for(language)}";'
        if font and widget.styleSheet() != sheet:
            widget.setStyleSheet(sheet)

    def _cycle(self) -> None:
        self._index += 1
        self._show_greeting()

    def showEvent(self, event) -> None:
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def mousePressEvent(self, event) -> None:
        self.started.emit()  # a touch anywhere starts
        event.accept()

    def next_text(self) -> None:
        return None

    def shows_back(self) -> bool:
        return False
