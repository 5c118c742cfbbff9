"""The bundled fonts (assets/fonts/), registered once with reportlab, chosen per script.

reportlab has no per-glyph fallback, so every run of text is drawn in the font of its script:
Noto Sans for Latin (with Vietnamese), Noto Sans Arabic for Arabic and Dari, Camino WenKai (a
GB 2312 subset of LXGW WenKai) for Simplified Chinese. The screens load the same files
(:func:`font_files`) so that paper and screen look alike.

On paper, bold Chinese is the regular WenKai with its outlines stroked as well as filled
(:data:`STROKED_BOLD`): a hanzi glyph is ~300 bytes, and a printout's headings would otherwise
embed a second subset of a few hundred of them, in the Bold file, which cost a Chinese printout
more time to subset and compress than its four pages took to lay out and draw.
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
# Scripts whose bold is drawn with the regular font: filled, then its outline stroked this many ems
# wide with round joins (text render mode 2). WenKai Bold is WenKai Regular's outline moved out by
# 0.006 em on every side (measured on 300 hanzi: every bounding box 12 units of 1000 larger), which
# is what such a stroke draws. Their Bold file is for the screens only.
STROKED_BOLD = {CJK: 0.012}
_lock = threading.Lock()
_registered = False


def font_files() -> list[Path]:
    """Every bundled font file, for the screens (``QFontDatabase.addApplicationFont``)."""
    return [FONTS_DIR / name for pair in _FILES.values() for name in pair]


def font_name(script: str, bold: bool = False) -> str:
    """The reportlab font name for ``script`` (registering the fonts on first use); for a script
    in :data:`STROKED_BOLD`, always its regular font."""
    register_fonts()
    return f"Camino-{script}-Bold" if bold and script not in STROKED_BOLD else f"Camino-{script}"


def register_fonts() -> None:
    """Register the bundled fonts with reportlab; safe to call from any thread, any number of times."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for script, (regular, bold) in _FILES.items():
            names = [(f"Camino-{script}", regular)]
            if script not in STROKED_BOLD:
                names.append((f"Camino-{script}-Bold", bold))
            for name, file in names:
                path = FONTS_DIR / file
                if not path.exists():
                    raise FileNotFoundError(f"bundled font missing: {path} (run scripts/build_fonts.py)")
                # shapable: Arabic joining needs harfbuzz; Latin and CJK runs are drawn unshaped.
                # asciiReadable puts a font's ASCII glyphs in its first subset, whether drawn or
                # not; only Noto Sans draws ASCII (scripts.script_of), so only it keeps them.
                pdfmetrics.registerFont(TTFont(name, str(path), shapable=(script == ARABIC),
                                               asciiReadable=(script == LATIN)))
        _registered = True


def has_glyph(script: str, char: str) -> bool:
    """Whether the font of ``script`` can draw ``char``."""
    face = pdfmetrics.getFont(font_name(script)).face
    return ord(char) in face.charToGlyph
