"""KioskContext: the few services the window and staff mode need, passed in, never reached through chains."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.config import Config
from kiosk.session import VisitorSession

if TYPE_CHECKING:  # numpy-backed modules stay out of the kiosk's start-up
    from kiosk.pathway import PathwayEngine


@dataclass
class KioskContext:
    config: Config
    config_path: Path | None
    engine_provider: Callable[[], PathwayEngine]
    session: VisitorSession = field(default_factory=VisitorSession)
    # ui.printer.PrintService (wraps kiosk.printing); None when printing is not available here.
    printer: object | None = None
    sync_now: Callable[[], object] | None = None
    quit_app: Callable[[], None] = lambda: None
    # kiosk.insights.InsightRecorder, or None.
    insights: object | None = None
    # ui.directory_in_service.DirectoryInService: background sync and directory swaps, or None.
    directory: object | None = None
