"""'Start over? Your answers will be cleared.': one question before a tap wipes the whole visit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.screens.catch_up import bring_up
from ui.theme import theme
from ui.widgets.text import label, set_text

CARD_WIDTH = 880


class StartOverQuestion(QWidget):
    """Covers the window, dimmed, with the question in a card; ``confirmed`` or ``kept`` answers it."""

    confirmed = Signal()
    kept = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.outer = outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        self.card = QFrame()
        self.card.setProperty("role", "card")
        self.card.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        box = QVBoxLayout(self.card)
        box.setContentsMargins(40, 36, 40, 36)
        box.setSpacing(28)
        self.question = label("", "title")
        self.question.setAlignment(Qt.AlignCenter)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        # Keep going is the safe answer: the primary look, and where Next usually is.
        self.yes = QPushButton()
        self.yes.setProperty("role", "quiet")
        self.keep = QPushButton()
        self.keep.setProperty("role", "primary")
        for button in (self.yes, self.keep):
            button.setMinimumHeight(88)
            button.setFocusPolicy(Qt.TabFocus)
            buttons.addWidget(button, 1)
        self.yes.clicked.connect(self._yes)
        self.keep.clicked.connect(self._keep)
        box.addWidget(self.question)
        box.addLayout(buttons)
        outer.addWidget(self.card)  # no alignment: a wrapped question then gets the height it needs
        outer.addStretch(1)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.question, self.tr("Start over? Your answers will be cleared."))
        for button, text in ((self.yes, self.tr("Yes, start over")), (self.keep, self.tr("Keep going"))):
            button.setText(text)
            button.setAccessibleName(text)

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        side = max(32, (event.size().width() - CARD_WIDTH) // 2)  # centred, at most CARD_WIDTH wide
        self.outer.setContentsMargins(side, 32, side, 32)
        super().resizeEvent(event)

    def ask(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        bring_up(self)  # to the language and reading direction of now (a change passed it by)
        self.show()
        self.raise_()
        self.setFocus()

    def _yes(self) -> None:
        self.hide()
        self.confirmed.emit()

    def _keep(self) -> None:
        self.hide()
        self.kept.emit()

    def mousePressEvent(self, event) -> None:  # a tap beside the card: nothing is wiped
        if not self.card.geometry().contains(event.position().toPoint()):
            self._keep()
        event.accept()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Escape:
            self._keep()
        else:
            super().keyPressEvent(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        shade = QColor(theme.palette.text)
        shade.setAlpha(150)
        painter.fillRect(self.rect(), shade)
        painter.end()
