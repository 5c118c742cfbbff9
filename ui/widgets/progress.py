"""Where the visitor is in the journey: a row of dots and "Step 2 of 8" (text, not colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from ui.theme import theme
from ui.widgets.text import label, set_text


class _Dots(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step, self.total = 0, 1
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(max(1, self.total) * 22, 22)

    def paintEvent(self, _event) -> None:
        p = theme.palette
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        for i in range(self.total):
            done = i < self.step
            x = (self.total - 1 - i) * 22 if self.layoutDirection() == Qt.RightToLeft else i * 22
            painter.setPen(QPen(QColor(p.primary), 2))
            painter.setBrush(QColor(p.primary) if done else QColor(0, 0, 0, 0))
            r = 8 if i == self.step - 1 else 6
            painter.drawEllipse(QRectF(x + 11 - r, 11 - r, 2 * r, 2 * r))
        painter.end()


class ProgressIndicator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.dots = _Dots()
        # The text wraps and the dots give way when the header is narrow (large text at 1024 px, more
        # header buttons): "Step 2 of 8" is what must stay readable, and the language button whole.
        self.text = label("", role="small", wrap=True)
        layout.addWidget(self.dots, 0, Qt.AlignVCenter)
        layout.addWidget(self.text, 0, Qt.AlignVCenter)
        self.step, self.total = 0, 1

    def minimumSizeHint(self) -> QSize:
        return self.text.minimumSizeHint()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        room = self.dots.sizeHint().width() + self.layout().spacing() + self.text.sizeHint().width()
        self.dots.setVisible(event.size().width() >= room)

    def set_progress(self, step: int, total: int) -> None:
        self.step, self.total = step, total
        self.dots.step, self.dots.total = step, total
        self.dots.updateGeometry()
        self.dots.update()
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.text, self.tr("Step %1 of %2").replace("%1", str(self.step)).replace("%2", str(self.total)))
