"""'Are you still there?': a full-screen countdown; a touch anywhere keeps the visit going."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ui.screens.catch_up import bring_up
from ui.theme import theme
from ui.widgets.text import label, set_text


class StillThereOverlay(QWidget):
    """Covers the window; emits ``stay`` on a touch, ``expired`` when the countdown reaches zero."""

    stay = Signal()
    expired = Signal()

    def __init__(self, parent: QWidget, seconds: int = 20) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self.left = seconds
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._tick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 64, 64, 64)
        layout.setSpacing(28)
        layout.addStretch(1)
        self.title = label("", "greeting")
        self.title.setAlignment(Qt.AlignCenter)
        self.count = label("", "greeting", wrap=False)
        self.count.setAlignment(Qt.AlignCenter)
        self.detail = label("", "subtitle")
        self.detail.setAlignment(Qt.AlignCenter)
        self.button = QPushButton()
        self.button.setProperty("role", "big")
        self.button.setMinimumHeight(110)
        self.button.clicked.connect(self._stay)
        for widget in (self.title, self.count, self.detail):
            layout.addWidget(widget)
        layout.addWidget(self.button, 0, Qt.AlignHCenter)
        layout.addStretch(1)
        self.setFocusPolicy(Qt.StrongFocus)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Are you still there?"))
        set_text(self.detail, self.tr("To protect your privacy, your answers will be erased."))
        self.button.setText(self.tr("I am still here"))
        self._show_count()

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_count(self) -> None:
        set_text(self.count, str(self.left))

    def start(self) -> None:
        self.left = self.seconds
        self._show_count()
        self.setGeometry(self.parentWidget().rect())
        bring_up(self)  # to the language and reading direction of now (a change passed it by)
        self.show()
        self.raise_()
        self.setFocus()  # any key stays too (keyPressEvent); no focus ring on the button for touch users
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self.hide()

    def _tick(self) -> None:
        self.left -= 1
        self._show_count()
        if self.left <= 0:
            self.cancel()
            self.expired.emit()

    def _stay(self) -> None:
        self.cancel()
        self.stay.emit()

    def mousePressEvent(self, event) -> None:
        self._stay()
        event.accept()

    def keyPressEvent(self, event) -> None:
        self._stay()
        event.accept()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(theme.palette.background))
        painter.end()
