"""The running app's start: its process id and when it started, for ``kiosk status`` and monitoring.

Kept apart from ``kiosk.monitoring``, which loads prometheus_client: the kiosk notes its start the
moment the attract screen is painted, and that import would sit on the start-up path.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path

from db.atomic import write_atomically
from kiosk import paths


def _run_file() -> Path:
    return paths.data_dir() / "app-run.json"


def record_app_start(started: float | None = None) -> None:
    """Note that the app started now (its process id and the time), for ``kiosk status``."""
    with contextlib.suppress(OSError):  # a report only: a full disk must not stop the kiosk
        write_atomically(_run_file(), json.dumps({"pid": os.getpid(), "started": started or time.time()}).encode())


def app_started() -> float | None:
    """When the running app started (Unix time), or None when no app is running."""
    try:
        run = json.loads(_run_file().read_text(encoding="utf-8"))
        pid, started = int(run["pid"]), float(run["started"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:  # alive, but another user's (the kiosk user's app, read by IT as root or not)
        pass
    return started
