"""Fonts: every .ttf/.otf in assets/fonts is registered at start; one family list covers every script.

The application font lists a Latin, an Arabic and a Chinese family: Qt draws each run of text with
the first family that has its script, so switching language never changes the font (re-styling
every widget for a new family made a language tap the slowest tap of all).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QImage, QPainter

from kiosk.paths import ASSETS_DIR

# Preferred families per script, best first; the first one installed (bundled or system) wins.
_LATIN = ("Noto Sans", "DejaVu Sans")
FAMILIES = {
    "ar": ("Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans", "DejaVu Sans"),
    "fa_AF": ("Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans", "DejaVu Sans"),
    "zh_CN": ("Camino WenKai", "LXGW WenKai", "Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei"),
}

# WenKai's "Bold" is its regular outline stroked 0.012 em wide: on screen a title or a chosen option
# looked no bolder than the text around it. Without a bold face Qt emboldens the regular one itself
# (FreeType's synthetic bold, about four times as strong), which shows. Paper keeps the file.
SCREEN_SKIPS = ("CaminoWenKai-Bold.ttf",)

_registered = False
_cache: dict[str, str] = {}


def register_bundled() -> list[str]:
    """Register the bundled fonts once; returns the families they provide (empty: system fonts only)."""
    global _registered
    families: list[str] = []
    if _registered:
        return families
    _registered = True
    folder = ASSETS_DIR / "fonts"
    for path in sorted([*folder.rglob("*.ttf"), *folder.rglob("*.otf")]) if folder.is_dir() else []:
        if path.name in SCREEN_SKIPS:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def family_for(language: str) -> str:
    """The font family for ``language``'s script, falling back to the system's default."""
    if language not in _cache:
        installed = set(QFontDatabase.families())
        wanted = FAMILIES.get(language, _LATIN)
        _cache[language] = next((f for f in wanted if f in installed), "sans-serif")
    return _cache[language]


def families() -> list[str]:
    """The application font's families: one per script group, Latin first (digits and Latin text use it)."""
    chosen = [family_for(language) for language in ("en", "ar", "zh_CN")]
    return list(dict.fromkeys(f for f in chosen if f != "sans-serif")) or ["sans-serif"]


def warm_up(fonts: Iterable[QFont], text: str) -> None:
    """Draw ``text`` offscreen in each of ``fonts``, regular and bold, and forget the drawing.

    Qt opens a script's font files, reads their shaping tables and renders glyphs on first use:
    the first tap in Chinese or Arabic after start-up took half as long again as the next ones.
    """
    image = QImage(480, 480, QImage.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    for font in fonts:
        for bold in (False, True):
            drawn = QFont(font)
            drawn.setBold(bold)
            painter.setFont(drawn)
            painter.drawText(image.rect(), Qt.TextWordWrap, text)
    painter.end()
