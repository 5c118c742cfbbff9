"""The front-desk console: ``python main.py --staff`` (a normal window for a desk PC, mouse and keyboard).

``run(config, config_path, **options)`` is called by ``kiosk run --staff``; options: ``windowed``
and ``size`` (the console is always a normal window), ``pseudo``, ``quit_after_ready`` (exit 0
once the window is shown and painted: smoke tests).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QStyleFactory

from kiosk.config import Config


def build(config: Config, engine=None, *, pseudo: str = ""):
    """(app, window), not yet shown. The desk keeps the platform's look: compact, for a mouse."""
    from kiosk.runtime import open_engine
    from ui.app import qt_app
    from ui.console.window import ConsoleWindow

    app = qt_app(bool(pseudo))
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    return app, ConsoleWindow(config, engine or open_engine(config))


def run(config: Config, config_path: Path | None = None, *, windowed: bool = True,
        size: tuple[int, int] | None = None, pseudo: str = "", quit_after_ready: bool = False, **_ignored) -> int:
    app, window = build(config, pseudo=pseudo)
    window.resize(*(size or (1200, 760)))
    window.show()
    if quit_after_ready:
        from ui.app import quit_when_ready

        quit_when_ready(app, window.pathway_view.viewport())
    return int(app.exec())
