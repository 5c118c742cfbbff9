"""A QR code painted with QPainter from reportlab's encoder (no image files, no extra dependency)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET = 4  # modules of white margin, as the standard asks


def matrix(data: str) -> list[list[bool]]:
    """The QR module matrix for ``data`` (UTF-8; a link's fragment alphanumeric), smallest version that
    fits, medium error correction."""
    from reportlab.graphics.barcode import qrencoder  # only when a QR code is asked for (start-up time)

    from kiosk.phone_link import add_qr_data

    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    add_qr_data(code, data)  # a phone link's fragment in the denser alphanumeric mode
    code.make()
    n = code.getModuleCount()
    return [[bool(code.isDark(r, c)) for c in range(n)] for r in range(n)]


class QrCodeWidget(QWidget):
    def __init__(self, parent: QWidget | None = None, side: int = 320) -> None:
        super().__init__(parent)
        self.side = side
        self.modules: list[list[bool]] = []
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)

    def set_data(self, data: str) -> None:
        self.modules = matrix(data) if data else []
        self.update()

    def clear(self) -> None:
        self.modules = []
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.side, self.side)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        # Always dark on white, whatever the theme: phone cameras need it.
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self.modules:
            n = len(self.modules) + 2 * QUIET
            cell = min(self.width(), self.height()) / n
            painter.setPen(QColor(0, 0, 0, 0))
            painter.setBrush(QColor("#000000"))
            for r, row in enumerate(self.modules):
                for c, dark in enumerate(row):
                    if dark:
                        painter.drawRect(QRectF((c + QUIET) * cell, (r + QUIET) * cell, cell + 0.5, cell + 0.5))
        painter.end()
