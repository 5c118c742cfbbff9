"""Application setup: QApplication, fonts, theme, translations, the kiosk window and its services."""

from __future__ import annotations

import importlib
import importlib.util
import logging
import os
import sys
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk import paths
from kiosk.config import Config
from kiosk.session import VisitorSession
from kiosk.speech.words import word
from ui import fonts, memory
from ui.context import KioskContext
from ui.crash_guard import CrashGuard, SorryOverlay
from ui.directory_in_service import DirectoryInService
from ui.i18n import Languages
from ui.kiosk_window import KioskWindow
from ui.language_rehearsal import LanguageRehearsal
from ui.printer import PrintService
from ui.single_instance import hold_lock
from ui.speech.read_aloud import ReadAloud
from ui.staged import AfterFirstPaint
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


def _available(module: str) -> bool:
    """Whether a part of the product is in this build (without importing it: start-up stays short)."""
    return importlib.util.find_spec(module) is not None


def build(config: Config, config_path: Path | None = None, *, pseudo: bool = False, engine=None,
          insights: bool = True, staff: bool = True, complete: bool = True
          ) -> tuple[QApplication, KioskWindow, KioskContext]:
    """Everything a kiosk needs, not yet shown (tests and the tour use it too).

    ``complete=False`` leaves the screens after the attract screen, and opening the directory, for
    once it is shown (``run``; see ``ui.staged``).
    """
    app = qt_app(pseudo)
    directory = DirectoryInService(config, engine, app)
    if engine is None:
        directory.check_file()
    context = KioskContext(config=config, config_path=config_path, engine_provider=directory.engine,
                           session=VisitorSession(), printer=PrintService(config, app), quit_app=app.quit,
                           directory=directory)
    languages = Languages(app, pseudo=pseudo)
    theme.font_families = fonts.families()
    theme.apply(app)
    window = KioskWindow(context, languages)
    window.read_aloud = ReadAloud(window)
    window.completion.add(window.read_aloud.prepare)
    if insights and _available("kiosk.insights"):
        window.completion.add(lambda: _open_insights(context), needs_directory=True)
    if staff and _available("ui.staff"):
        window.completion.add(lambda: importlib.import_module("ui.staff").install(window, context))
    window.completion.add(directory.start)
    for language in window.enabled_languages:  # each script's fonts, before its first visitor's first tap
        window.completion.add(partial(_warm_up, window, language), needs_directory=True)
    window.rehearsal = LanguageRehearsal(window)  # then, and at each new size: the first question in each language
    window.completion.add(window.rehearsal.schedule, needs_directory=True)
    window.completion.add(memory.settle, needs_directory=True)  # last: what the kiosk keeps, left out of collections
    if complete:
        window.completion.run_all()
    return app, window, context


def _warm_up(window: KioskWindow, language: str) -> None:
    window.languages.preload(language)
    first = window.questions(language)[0]
    window.screens[f"q:{first.id}"].warm_up(first)
    word(language, "listen")  # the language's read-aloud words (its .ts file), read before its first tap
    window.footer.warm_up()


def _open_insights(context: KioskContext) -> None:
    try:
        from kiosk.insights import open_recorder

        context.insights = open_recorder(context.config, context.engine_provider().directory.questions("en"))
    except Exception as exc:  # counters are a nicety: a kiosk without them still serves visitors
        log.warning("insight counters unavailable: %s", exc)


def quit_when_ready(app: QApplication, widget) -> AfterFirstPaint:
    """--quit-after-ready: exit 0 once ``widget`` is painted and the event loop takes input."""
    return AfterFirstPaint(widget, lambda: app.exit(0))


def run(config: Config, config_path: Path | None = None, *, windowed: bool = False, size: tuple[int, int] | None = None,
        quit_after_ready: bool = False, pseudo: bool = False) -> int:
    app = qt_app(pseudo)
    lock = hold_lock(paths.data_dir())  # noqa: F841 (held until run returns)
    app, window, context = build(config, config_path, pseudo=pseudo, complete=False)
    guard = CrashGuard(SorryOverlay(window), lambda: window.start_over(idle=True), app.exit)
    if size:
        window.resize(*size)
    if windowed or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        window.resize(*(size or (1280, 800)))
        window.show()
    else:
        window.setWindowFlags(window.windowFlags() | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint)
        # The whole screen even where no window manager honours "full screen" (a bare X session).
        window.setGeometry(app.primaryScreen().geometry())
        window.showFullScreen()
    failure: list[Exception] = []
    window.completion.failed.connect(lambda exc: (failure.append(exc), app.exit(1)))
    from ui.health import KioskHealth  # systemd watchdog and the monitoring file

    health = KioskHealth(config, app)
    app.aboutToQuit.connect(health.stopping)

    def after_first_paint() -> None:
        health.ready()
        if quit_after_ready:  # painted, and this is the event loop taking input: ready
            app.exit(0)
            return
        # Open the directory and build the rest of the window, between taps.
        context.directory.load_in_background()
        window.completion.run_in_background()

    AfterFirstPaint(window.attract, after_first_paint)
    code = app.exec()
    guard.uninstall()
    if failure:
        raise failure[0]  # e.g. a damaged directory: the CLI prints it in one line and exits 1
    return int(code)
