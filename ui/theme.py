"""The kiosk's look: qt-material tuned for touch, our own calm palette, high-contrast and large-text variants.

qt-material renders a base stylesheet (scroll bars, inputs) from ``ui/themes/*.xml``; it is rendered
once per palette and cached, because rendering also writes icon files. Our own rules are appended
after it: they win over qt-material's (same specificity, later), which is how we undo its
upper-case button text and set the text size (the font families come from the application font).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from db.atomic import write_atomically
from kiosk import paths

THEMES_DIR = Path(__file__).resolve().parent / "themes"

BASE_PX = 22
LARGE_PX = 28
MIN_TOUCH = 64  # px; the accessibility floor is 60
FAMILY_MARK = "camino-family"


@dataclass(frozen=True)
class Palette:
    name: str
    background: str
    surface: str
    text: str
    muted: str
    primary: str
    on_primary: str
    selected: str  # border and fill of a chosen option
    selected_fill: str
    border: str
    focus: str
    warning: str
    disabled: str  # text and border of a control that cannot be used yet


CALM = Palette("camino", background="#faf7f2", surface="#ffffff", text="#1d2b33", muted="#4f5d66",
               primary="#1f6f78", on_primary="#ffffff", selected="#1f6f78", selected_fill="#e3f0f1",
               border="#cfc6b8", focus="#c8553d", warning="#8a4b0f",
               disabled="#8c857b")
CONTRAST = Palette("camino_contrast", background="#000000", surface="#000000", text="#ffffff", muted="#ffffff",
                   primary="#ffd400", on_primary="#000000", selected="#ffd400", selected_fill="#332b00",
                   border="#ffffff", focus="#00e5ff", warning="#ffd400",
                   disabled="#9a9a9a")


class Theme:
    """The current look: palette, text size, font families. ``apply()`` restyles the whole application."""

    def __init__(self) -> None:
        self.high_contrast = False
        self.large_text = False
        self.font_families = ["sans-serif"]  # ui.fonts.families(), once the bundled fonts are registered
        self._material: dict[str, str] = {}

    @property
    def palette(self) -> Palette:
        return CONTRAST if self.high_contrast else CALM

    @property
    def px(self) -> int:
        return LARGE_PX if self.large_text else BASE_PX

    def scaled(self, size: float) -> int:
        return round(size * self.px / BASE_PX)

    def material(self) -> str:
        name = self.palette.name
        if name not in self._material:
            self._material[name] = _material_stylesheet(name)
        return self._material[name]

    def apply(self, app: QApplication) -> None:
        """Restyle everything (palette, text size): for the contrast and large-text toggles, not per tap."""
        p = self.palette
        qpal = app.palette()
        for role, color in ((QPalette.Window, p.background), (QPalette.Base, p.surface),
                            (QPalette.WindowText, p.text), (QPalette.Text, p.text),
                            (QPalette.ButtonText, p.text), (QPalette.Button, p.surface),
                            (QPalette.Highlight, p.primary), (QPalette.HighlightedText, p.on_primary)):
            qpal.setColor(role, QColor(color))
        app.setPalette(qpal)
        font = app.font()
        font.setFamilies(self.font_families)
        font.setPixelSize(self.px)
        app.setFont(font)
        app.setStyleSheet(self.material() + self.own_rules())

    def own_rules(self) -> str:
        # The screens' stack and their scroll areas lie on the window's own background, under a
        # page that paints it again: filled too, they were three more full-screen fills every tap.
        p, s = self.palette, self.scaled
        return f"""
* {{ font-size: {self.px}px; line-height: {self.px}px; color: {p.text}; }}
QWidget#kiosk, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget {{ background: {p.background}; }}
QStackedWidget#screens, QScrollArea[kinetic="true"],
QScrollArea[kinetic="true"] > QWidget {{ background: transparent; }}
QLabel {{ background: transparent; color: {p.text}; }}
QWidget#plain {{ background: transparent; }}
QLabel[role="title"] {{ font-size: {s(38)}px; font-weight: bold; }}
QLabel[role="greeting"] {{ font-size: {s(56)}px; font-weight: bold; color: {p.primary}; }}
QLabel[role="subtitle"] {{ font-size: {s(28)}px; }}
QLabel[role="help"] {{ color: {p.muted}; }}
QLabel[role="small"] {{ font-size: {s(17)}px; color: {p.muted}; }}
QLabel[role="marker"] {{ font-size: {s(15)}px; color: {p.warning}; font-style: italic; }}
QLabel[role="step-number"] {{ font-size: {s(30)}px; font-weight: bold; color: {p.on_primary};
    background: {p.primary}; border-radius: {s(28)}px; }}
QLabel[role="step-title"] {{ font-size: {s(30)}px; font-weight: bold; }}
QLabel[role="card-title"] {{ font-size: {s(25)}px; font-weight: bold; }}
QLabel[role="row-title"] {{ font-size: {s(25)}px; font-weight: bold; }}
QLabel[role="caption"] {{ font-size: {s(17)}px; font-weight: bold; color: {p.primary}; }}
QLabel[role="digits"] {{ font-size: {s(48)}px; font-weight: bold; letter-spacing: 6px;
    border: 2px solid {p.border}; border-radius: 12px; background: {p.surface}; padding: 8px 24px; }}
QFrame[role="card"] {{ background: {p.surface}; border: 2px solid {p.border}; border-radius: 14px; }}
QFrame[role="card"] QLabel {{ border: none; }}
QFrame[role="step"] {{ background: transparent; border: none; }}
QFrame[role="pinned"] {{ background: {p.background}; border: none; border-top: 2px solid {p.border}; }}
QFrame[role="bar"] {{ background: {p.surface}; border: none; border-bottom: 2px solid {p.border}; }}
QFrame[role="footer"] {{ background: {p.surface}; border: none; border-top: 2px solid {p.border}; }}
QPushButton {{
    text-transform: none; font-weight: bold; font-size: {self.px}px; min-height: {MIN_TOUCH}px;
    height: auto; padding: 6px {s(22)}px; border-radius: 12px;
    color: {p.primary}; background: {p.surface}; border: 3px solid {p.primary};
}}
QPushButton:focus {{ border: 3px dashed {p.focus}; }}
QPushButton:pressed, QPushButton:checked {{ background: {p.selected_fill}; color: {p.text}; }}
QPushButton[role="primary"] {{ background: {p.primary}; color: {p.on_primary}; border-color: {p.primary}; }}
QPushButton[role="big"] {{ background: {p.primary}; color: {p.on_primary}; border-color: {p.primary};
    font-size: {s(36)}px; padding: 18px {s(56)}px; border-radius: 20px; }}
QPushButton[role="big"]:focus {{ border: 3px dashed {p.focus}; }}
QPushButton[role="primary"]:focus {{ border: 3px dashed {p.focus}; }}
QPushButton:disabled, QPushButton[role="primary"]:disabled {{
    background: {p.background}; border: 3px dashed {p.disabled}; color: {p.disabled}; }}
QPushButton[role="quiet"] {{ border-color: {p.border}; color: {p.text}; }}
QPushButton[role="key"] {{ font-size: {s(34)}px; color: {p.text}; border-color: {p.border}; }}
QPushButton[role="key"]:focus {{ border: 3px dashed {p.focus}; }}
QScrollBar:vertical {{ width: 18px; background: {p.background}; }}
QScrollBar::handle:vertical {{ background: {p.border}; min-height: 60px; border-radius: 9px; }}
"""


def _material_stylesheet(name: str) -> str:
    """qt-material's stylesheet for our palette ``name``, rendered once and kept in the cache folder.

    Rendering (jinja, and writing ~100 icon files) costs a fifth of a second at every start; the
    result only changes with qt-material's template or our palette, which are in the cache key.
    """
    spec = importlib.util.find_spec("qt_material")
    package = Path(spec.origin).parent
    xml = (THEMES_DIR / f"{name}.xml").read_bytes()
    template = (package / "material.qss.template").read_bytes()  # what qt-material renders: its changes show here
    key = hashlib.sha256(b"|".join([template, xml, str(BASE_PX).encode(), FAMILY_MARK.encode()]))
    # An absolute "parent" makes qt-material write its icons there instead of ~/.qt_material: the
    # home folder may be read-only on a kiosk, and parallel tests must not share it.
    icons = paths.cache_dir() / "qt-material" / name
    cached = paths.cache_dir() / "qt-material" / f"{name}-{key.hexdigest()[:16]}.qss"
    if cached.exists() and (icons / "primary").is_dir():
        QDir.addSearchPath("icon", str(icons))
        QDir.addSearchPath("qt_material", str(package / "resources"))
        return cached.read_text(encoding="utf-8")
    from qt_material import build_stylesheet  # imported after PySide6, as it requires

    css = build_stylesheet(
        str(THEMES_DIR / f"{name}.xml"), invert_secondary=False, parent=str(icons),
        extra={"density_scale": "2", "font_family": FAMILY_MARK, "font_size": str(BASE_PX)},
    ) or ""
    # The families come from the application font (ui.fonts.families: every script at once);
    # a family in the style sheet would pin every widget to one script.
    css = css.replace(f"font-family: {FAMILY_MARK};", "")
    with contextlib.suppress(OSError):  # a cache only: a read-only or full disk just rebuilds next time
        write_atomically(cached, css.encode("utf-8"))
    return css


theme = Theme()
