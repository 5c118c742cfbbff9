"""Line icons from assets/icons, tinted to the theme's colours (cached per name, colour and size)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kiosk.paths import ASSETS_DIR

ICONS_DIR = ASSETS_DIR / "icons"


@lru_cache(maxsize=64)
def _svg(name: str) -> str:
    path = ICONS_DIR / f"{name}.svg"
    if not path.exists():
        path = ICONS_DIR / "dots.svg"  # an option with an icon we do not have still gets a neutral one
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=512)
def pixmap(name: str, color: str, size: int, ratio: float = 1.0, tint: bool = True) -> QPixmap:
    svg = _svg(name).replace("#000000", color) if tint else _svg(name)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pm = QPixmap(round(size * ratio), round(size * ratio))
    pm.fill(Qt.transparent)
    painter = QPainter(pm)
    painter.setRenderHint(QPainter.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pm.width(), pm.height()))
    painter.end()
    pm.setDevicePixelRatio(ratio)
    return pm


def icon(name: str, color: str, size: int = 32) -> QIcon:
    return QIcon(pixmap(name, color, size))
