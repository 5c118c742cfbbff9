"""Application setup: QApplication, fonts, theme, translations, the kiosk window and its services."""

from __future__ import annotations

import importlib
import importlib.util
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.config import Config
from kiosk.runtime import open_engine
from kiosk.session import VisitorSession
from ui import fonts
from ui.context import KioskContext
from ui.i18n import Languages
from ui.kiosk_window import KioskWindow
from ui.printer import PrintService
from ui.theme import theme

log = logging.getLogger("camino.ui")


def qt_app(pseudo: bool = False) -> QApplication:
    """The QApplication (created once), with bundled fonts registered."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Camino")
    app.setOrganizationName("Camino")
    app.setAttribute(Qt.AA_SynthesizeMouseForUnhandledTouchEvents, True)
    fonts.register_bundled()
    return app


def _optional(module: str):
    """Import a module other parts of the product provide, or None when it is not there."""
    if importlib.util.find_spec(module) is None:
        return None
    return importlib.import_module(module)


def build(config: Config, config_path: Path | None = None, *, pseudo: bool = False, engine=None,
          insights: bool = True, staff: bool = True) -> tuple[QApplication, KioskWindow, KioskContext]:
    """Everything a kiosk needs, not yet shown (tests and the tour use it too)."""
    app = qt_app(pseudo)
    engine = engine or open_engine(config)
    state = {"engine": engine}
    context = KioskContext(config=config, config_path=config_path, engine_provider=lambda: state["engine"],
                           session=VisitorSession(), printer=PrintService(config, app), quit_app=app.quit)
    if insights and _optional("kiosk.insights") is not None:
        try:
            from kiosk.insights import open_recorder

            context.insights = open_recorder(config, engine.directory.questions("en"))
        except Exception as exc:  # counters are a nicety: a kiosk without them still serves visitors
            log.warning("insight counters unavailable: %s", exc)
    languages = Languages(app, pseudo=pseudo)
    theme.apply(app)
    theme.set_family(app, fonts.family_for(context.session.language))
    window = KioskWindow(context, languages)
    window.apply_language()
    if staff and _optional("ui.staff") is not None:
        importlib.import_module("ui.staff").install(window, context)
    return app, window, context


class ReadyWatch(QObject):
    """Quit as soon as the attract screen has been painted and the event loop takes input."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: self.app.exit(0))
        return False


def run(config: Config, config_path: Path | None = None, *, windowed: bool = False, size: tuple[int, int] | None = None,
        quit_after_ready: bool = False, pseudo: bool = False) -> int:
    app, window, _context = build(config, config_path, pseudo=pseudo)
    if size:
        window.resize(*size)
    if windowed or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        window.resize(*(size or (1280, 800)))
        window.show()
    else:
        window.setWindowFlags(window.windowFlags() | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint)
        window.showFullScreen()
    watch = None
    if quit_after_ready:
        watch = ReadyWatch(app)
        window.attract.installEventFilter(watch)
    code = app.exec()
    return int(code)
