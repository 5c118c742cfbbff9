"""The header on every screen: Camino logo (hold 3 s for staff), progress, Listen, language, large text, contrast."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from kiosk.paths import ASSETS_DIR
from ui.theme import MIN_TOUCH, theme
from ui.widgets import icons
from ui.widgets.listen_controls import ListenControls
from ui.widgets.progress import ProgressIndicator

HOLD_MS = 3000
# On the attract screen the language button says "Language" in each language in turn.
LANGUAGE_WORD = QT_TRANSLATE_NOOP("Header", "Language")


class LogoWidget(QWidget):
    """The Camino mark and name. Holding it for three seconds emits ``held`` (the staff gesture)."""

    held = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = QSvgRenderer(str(ASSETS_DIR / "icons" / "camino-mark.svg"), self)
        self._hold = QTimer(self, singleShot=True, interval=HOLD_MS)
        self._hold.timeout.connect(self.held)
        self.setAttribute(Qt.WA_AcceptTouchEvents)
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        self.setAccessibleName("Camino")
        self.compact = False  # the mark alone, when the header needs the name's room (1024 px, long words)
        self._measured: tuple[str, int] = ("", 0)  # (font key, width)
        self.setMinimumSize(self.sizeHint())

    def _font(self):
        font = self.font()
        font.setBold(True)
        font.setPixelSize(theme.scaled(28))
        return font

    def full_width(self) -> int:
        # Asked at every layout of the header (several times a tap): measured once per font.
        font = self._font()
        if self._measured[0] != font.key():
            self._measured = (font.key(), 64 + QFontMetrics(font).horizontalAdvance("Camino") + 16)
        return self._measured[1]

    def sizeHint(self) -> QSize:
        return QSize(64 if self.compact else self.full_width(), 64)

    def set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            self.setMinimumSize(self.sizeHint())
            self.updateGeometry()
            self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        rtl = self.layoutDirection() == Qt.RightToLeft
        mark = QRectF(self.width() - 56 if rtl else 4, 6, 52, 52)
        self._renderer.render(painter, mark)
        if self.compact:
            painter.end()
            return
        painter.setFont(self._font())
        painter.setPen(theme.palette.text)
        text_rect = QRectF(0, 0, self.width() - 64, self.height()) if rtl else QRectF(64, 0, self.width() - 64,
                                                                                     self.height())
        painter.drawText(text_rect, Qt.AlignVCenter | (Qt.AlignRight if rtl else Qt.AlignLeft), "Camino")
        painter.end()

    def mousePressEvent(self, event) -> None:
        self._hold.start()
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        self._hold.stop()
        event.accept()

    def event(self, event) -> bool:
        kind = event.type()
        if kind == event.Type.TouchBegin:
            self._hold.start()
            event.accept()
            return True
        if kind in (event.Type.TouchEnd, event.Type.TouchCancel):
            self._hold.stop()
            event.accept()
            return True
        return super().event(event)


def header_button(icon_name: str, checkable: bool = False) -> QPushButton:
    button = QPushButton()
    button.setProperty("role", "quiet")
    button.setCheckable(checkable)
    button.setMinimumSize(QSize(MIN_TOUCH, MIN_TOUCH))
    button.setIconSize(QSize(32, 32))
    button.setProperty("icon_name", icon_name)
    button.setFocusPolicy(Qt.TabFocus)  # keyboard reaches it; a tap leaves no focus ring behind
    return button


class Header(QFrame):
    language_clicked = Signal()
    large_text_toggled = Signal(bool)
    contrast_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(12)
        self.logo = LogoWidget()
        self.progress = ProgressIndicator()
        self.language = header_button("globe")
        self.large_text = header_button("text-size", checkable=True)
        self.contrast = header_button("contrast", checkable=True)
        self.listen = ListenControls()  # read aloud (ui.speech.read_aloud drives it)
        self._icons_for = None  # the palette the icons are drawn in
        layout.addWidget(self.logo)
        layout.addSpacing(12)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.listen)
        for button in (self.language, self.large_text, self.contrast):
            layout.addWidget(button)
        self.language.clicked.connect(self.language_clicked)
        self.large_text.toggled.connect(self.large_text_toggled)
        self.contrast.toggled.connect(self.contrast_toggled)
        self.retranslate("English")
        self.restyle()

    def retranslate(self, language_name: str) -> None:
        self.language.setText(language_name)
        self.language.setAccessibleName(self.tr("Language: %1").replace("%1", language_name))
        self.large_text.setToolTip(self.tr("Larger text"))
        self.large_text.setAccessibleName(self.tr("Larger text"))
        self.contrast.setToolTip(self.tr("High contrast"))
        self.contrast.setAccessibleName(self.tr("High contrast"))
        self.progress.retranslate()
        # The window restyles the header right after (KioskWindow._restyle_icons): not twice a tap.

    def invite(self, word: str) -> None:
        """The language button says ``word`` ("Language", in the attract screen's language of the moment)."""
        self.language.setText(word)

    def restyle(self) -> None:
        self.logo.setMinimumSize(self.logo.sizeHint())
        self.logo.update()
        self.listen.restyle()
        self._fit()
        if self._icons_for != theme.palette:  # a language tap restyles too: the icons stay as they are
            self._icons_for = theme.palette
            for button in (self.language, self.large_text, self.contrast):
                button.setIcon(icons.icon(button.property("icon_name"), theme.palette.text, 32))

    def _fit(self) -> None:
        """The logo keeps its name only when everything else still fits beside it."""
        others = self.layout().sizeHint().width() - self.logo.sizeHint().width()
        self.logo.set_compact(others + self.logo.full_width() > self.width())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def event(self, event) -> bool:
        handled = super().event(event)
        if event.type() == event.Type.LayoutRequest:  # a wider progress text or language name
            self._fit()
        return handled
