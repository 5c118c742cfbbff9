"""The bundled fonts (assets/fonts/), registered once with reportlab, chosen per script.

reportlab has no per-glyph fallback, so every run of text is drawn in the font of its script:
Noto Sans for Latin (with Vietnamese), Noto Sans Arabic for Arabic and Dari, Camino WenKai (a
GB 2312 subset of LXGW WenKai) for Simplified Chinese. The screens load the same files
(:func:`font_files`) so that paper and screen look alike.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kiosk.paths import ASSETS_DIR

FONTS_DIR = ASSETS_DIR / "fonts"
LATIN, ARABIC, CJK = "latin", "arabic", "cjk"

# script → (regular file, bold file); reportlab names are "Camino-<script>[-Bold]".
_FILES = {
    LATIN: ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ARABIC: ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    CJK: ("CaminoWenKai-Regular.ttf", "CaminoWenKai-Bold.ttf"),
}
_lock = threading.Lock()
_registered = False


def font_files() -> list[Path]:
    """Every bundled font file, for the screens (``QFontDatabase.addApplicationFont``)."""
    return [FONTS_DIR / name for pair in _FILES.values() for name in pair]


def font_name(script: str, bold: bool = False) -> str:
    """The reportlab font name for ``script`` (registering the fonts on first use)."""
    register_fonts()
    return f"Camino-{script}-Bold" if bold else f"Camino-{script}"


def register_fonts() -> None:
    """Register the bundled fonts with reportlab; safe to call from any thread, any number of times."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for script, (regular, bold) in _FILES.items():
            for name, file in ((f"Camino-{script}", regular), (f"Camino-{script}-Bold", bold)):
                path = FONTS_DIR / file
                if not path.exists():
                    raise FileNotFoundError(f"bundled font missing: {path} (run scripts/build_fonts.py)")
                # shapable: Arabic joining needs harfbuzz; Latin and CJK runs are drawn unshaped.
                pdfmetrics.registerFont(TTFont(name, str(path), shapable=(script == ARABIC)))
        _registered = True


def has_glyph(script: str, char: str) -> bool:
    """Whether the font of ``script`` can draw ``char``."""
    face = pdfmetrics.getFont(font_name(script)).face
    return ord(char) in face.charToGlyph
