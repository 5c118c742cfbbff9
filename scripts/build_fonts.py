"""Rebuild the bundled fonts in assets/fonts/ from the system's font packages, reproducibly.

Sources (Debian packages): fonts-noto-core (Noto Sans, Noto Sans Arabic) and fonts-lxgw-wenkai
(LXGW WenKai, TrueType outlines: reportlab rejects CFF-outline CJK fonts). All are SIL OFL 1.1.
Each font is cut down with fontTools.subset to the characters Camino's eight languages need, keeping
every OpenType layout feature (Arabic joining and Vietnamese mark placement depend on them).

LXGW WenKai declares the Reserved Font Names "LXGW" and "霞鹜": a subset is a Modified Version under
the OFL, so the subset is renamed "Camino WenKai". Noto declares no reserved names.

The outputs are committed (they are assets, not build outputs); run this again only to change the
character sets or to update the sources: ``.venv/bin/python scripts/build_fonts.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "assets" / "fonts"
NOTO = Path("/usr/share/fonts/truetype/noto")
WENKAI = Path("/usr/share/fonts/truetype/lxgw-wenkai")

ASCII = range(0x20, 0x7F)
# Punctuation and symbols every script's text may carry: quotes, dashes, bullets, ellipsis,
# currency, arrows, check and ballot boxes, the dotted circle shapers use for lone marks.
COMMON = [
    range(0xA0, 0x100), range(0x2000, 0x2070), range(0x20A0, 0x20C1), range(0x2100, 0x2150),
    range(0x2190, 0x2200), range(0x2212, 0x2213), range(0x25A0, 0x2600), range(0x2610, 0x2613),
    range(0x2713, 0x2715), [0x25CC, 0xFEFF, 0xFFFD],
]
LATIN = [
    ASCII, *COMMON,
    range(0x100, 0x250),    # Latin Extended-A and -B
    range(0x250, 0x300),    # IPA (ɛ, ɔ in West African names)
    range(0x2B0, 0x370),    # spacing modifiers and combining marks (decomposed Vietnamese)
    range(0x1E00, 0x1F00),  # Latin Extended Additional: Vietnamese precomposed letters
]
ARABIC = [
    range(0x600, 0x700),    # Arabic, with Arabic-Indic digits
    range(0x750, 0x780),    # Arabic Supplement
    range(0x8A0, 0x900),    # Arabic Extended-A
    range(0xFB50, 0xFE00),  # Presentation Forms-A
    range(0xFE70, 0xFF00),  # Presentation Forms-B
    range(0x200C, 0x2010),  # ZWNJ (Dari), ZWJ, direction marks
    [0x20, 0xA0, 0x2E, 0x2C, 0x3A, 0x28, 0x29, 0x2D, 0x25CC, 0x2066, 0x2067, 0x2068, 0x2069],
    range(0x30, 0x3A),      # European digits (kept if the font has them; Noto Sans Arabic does not)
]
CJK_EXTRA = [
    ASCII, *COMMON,
    range(0x3000, 0x3040),  # CJK symbols and punctuation
    range(0xFF00, 0xFFF0),  # half- and fullwidth forms
    [0x00B7, 0x2014, 0x2026, 0x2018, 0x2019, 0x201C, 0x201D],
]


def gb2312_hanzi() -> list[int]:
    """The 6,763 hanzi of GB 2312: every CJK ideograph the 'gb2312' codec can encode."""
    found = []
    for cp in range(0x4E00, 0xA000):
        try:
            chr(cp).encode("gb2312")
        except UnicodeEncodeError:
            continue
        found.append(cp)
    return found


def used_hanzi() -> set[int]:
    """Hanzi in Camino's own texts (screens, printout and phone words, the demo directory), so none is missing."""
    texts = []
    for path in sorted((REPO / "db" / "seed").glob("*/*.json")):
        texts.append(json.dumps(json.loads(path.read_text(encoding="utf-8")), ensure_ascii=False))
    for path in sorted((REPO / "translations").glob("*zh*.ts")) if (REPO / "translations").exists() else []:
        texts.append(path.read_text(encoding="utf-8"))
    return {ord(c) for text in texts for c in text if 0x3400 <= ord(c) < 0xA000 or 0x20000 <= ord(c) < 0x30000}


def flatten(ranges) -> set[int]:
    return {cp for r in ranges for cp in r}


def rename(font: TTFont, family: str) -> None:
    """Give a Modified Version its own name (OFL condition 3), in every name record that carries one."""
    name = font["name"]
    style = name.getDebugName(2) or "Regular"
    postscript = f"{family.replace(' ', '')}-{style.replace(' ', '')}"
    for record in list(name.names):
        if record.nameID in (1, 16):
            record.string = family
        elif record.nameID == 4:
            record.string = f"{family} {style}" if style != "Regular" else family
        elif record.nameID == 6:
            record.string = postscript
        elif record.nameID == 3:
            record.string = f"{postscript};subset"
        elif record.nameID == 17:
            record.string = style
    if "CFF " in font:  # not expected (TrueType outlines), but keep the names consistent
        font["CFF "].cff.fontNames = [postscript]


def build(source: Path, target: Path, codepoints: set[int], *, hinting: bool, family: str | None = None) -> int:
    options = subset.Options()
    options.layout_features = ["*"]
    options.glyph_names = False
    options.hinting = hinting
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 16, 17]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.recalc_timestamp = False  # same inputs, same bytes
    font = TTFont(source, recalcTimestamp=False)
    cmap = font.getBestCmap()
    unicodes = sorted(cp for cp in codepoints if cp in cmap)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    if family:
        rename(font, family)
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(target)
    return len(unicodes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    hanzi = gb2312_hanzi()
    extra = used_hanzi() - set(hanzi)
    jobs = [
        (NOTO / "NotoSans-Regular.ttf", "NotoSans-Regular.ttf", flatten(LATIN), True, None),
        (NOTO / "NotoSans-Bold.ttf", "NotoSans-Bold.ttf", flatten(LATIN), True, None),
        (NOTO / "NotoSansArabic-Regular.ttf", "NotoSansArabic-Regular.ttf", flatten(ARABIC), True, None),
        (NOTO / "NotoSansArabic-Bold.ttf", "NotoSansArabic-Bold.ttf", flatten(ARABIC), True, None),
        (WENKAI / "LXGWWenKai-Regular.ttf", "CaminoWenKai-Regular.ttf",
         flatten(CJK_EXTRA) | set(hanzi) | extra, False, "Camino WenKai"),
        (WENKAI / "LXGWWenKai-Bold.ttf", "CaminoWenKai-Bold.ttf",
         flatten(CJK_EXTRA) | set(hanzi) | extra, False, "Camino WenKai"),
    ]
    print(f"GB 2312 hanzi: {len(hanzi)}; hanzi used in Camino's texts beyond GB 2312: {len(extra)}")
    for source, name, codepoints, hinting, family in jobs:
        if not source.exists():
            print(f"build_fonts: missing source {source} (install fonts-noto-core / fonts-lxgw-wenkai)",
                  file=sys.stderr)
            return 1
        count = build(source, args.out / name, codepoints, hinting=hinting, family=family)
        before, after = source.stat().st_size, (args.out / name).stat().st_size
        print(f"{name:32} {count:6} chars  {before / 1024:8.0f} KiB -> {after / 1024:6.0f} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
