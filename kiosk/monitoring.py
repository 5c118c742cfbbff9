"""Kiosk health in the Prometheus text format, for the monitoring a city already runs.

``kiosk status --prometheus`` prints it; the running app rewrites ``camino.prom`` in
``monitoring.textfile_dir`` every ``monitoring.interval_s`` seconds for node_exporter's textfile
collector (atomically: node_exporter never reads half a file). The metrics describe the machine, the
directory, the sync, the printer and how many sessions started today; never anything about a visitor.
Names follow Prometheus' conventions: a ``camino_`` prefix, base units in the name (``_seconds``,
``_bytes``), ``_timestamp_seconds`` for moments, ``_info`` for labels. docs/it-guide.md lists them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from datetime import UTC, date, datetime
from pathlib import Path

from prometheus_client import CollectorRegistry, Enum, Gauge, Info, generate_latest, write_to_textfile

from kiosk import __version__
from kiosk.app_run import app_started as app_started
from kiosk.app_run import record_app_start as record_app_start
from kiosk.config import Config
from kiosk.errors import BadInput

PROM_FILE = "camino.prom"
SYNC_RESULTS = ("none", "installed", "up_to_date", "failed", "rolled_back")
PRINTER_STATES = ("idle", "printing", "stopped", "no_printer", "unknown")


# --- collecting ----------------------------------------------------------------------------------


def _timestamp(text: str | None) -> float | None:
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).timestamp()


def speech_available() -> bool:
    """Whether the read-aloud voice can run: ``espeak-ng`` is on PATH."""
    return shutil.which("espeak-ng") is not None


def printer_queue(name: str | None, timeout_s: float = 2.0) -> int | None:
    """Jobs waiting or printing on the CUPS queue ``name`` (None when CUPS cannot say)."""
    if not name:
        return None
    from kiosk import printing

    try:
        return printing.queued_jobs(name, timeout_s)
    except printing.PrintError:
        return None


def sessions_today(today: date | None = None) -> int:
    """Sessions started at this kiosk today (the anonymous daily counter)."""
    from kiosk.insights import counters

    day = today or date.today()
    store = counters.CounterStore()
    return sum(c.count for c in store.counts(day, day) if c.dimension == counters.SESSIONS_STARTED)


def registry(config: Config, started: float | None = None, now: float | None = None) -> CollectorRegistry:
    """Every metric, read now. ``started``: when the app started (None: not running)."""
    from kiosk.sync.service import health

    now = now or time.time()
    report = health(config)
    reg = CollectorRegistry(auto_describe=True)

    def gauge(name: str, doc: str, value: float | None) -> None:
        if value is not None:
            Gauge(name, doc, registry=reg).set(value)

    Info("camino_kiosk", "This kiosk: its id, location and app version.", registry=reg).info(
        {"kiosk": config.kiosk.id, "location": config.kiosk.location_name, "app_version": __version__})
    gauge("camino_app_running", "1 when the kiosk app is running.", 1 if started else 0)
    if started:
        gauge("camino_app_start_time_seconds", "When the kiosk app started (Unix time).", started)
        gauge("camino_uptime_seconds", "How long the kiosk app has been running.", max(0.0, now - started))
    gauge("camino_directory_ok", "1 when the directory in service opens and is a Camino directory.",
          0 if report["directory_error"] else 1)
    gauge("camino_directory_version", "Version of the directory in service (0: none).",
          report["directory_version"] or 0)
    published = _timestamp(report["published"])
    gauge("camino_directory_published_timestamp_seconds", "When the directory in service was published.",
          published)
    gauge("camino_directory_age_seconds", "Time since the directory in service was published.",
          None if published is None else max(0.0, now - published))
    result = report["last_sync_result"] or "none"
    Enum("camino_sync_last_result", "Result of the last sync attempt.", states=list(SYNC_RESULTS),
         registry=reg).state(result if result in SYNC_RESULTS else "failed")
    gauge("camino_sync_last_attempt_timestamp_seconds", "When the last sync was attempted.",
          _timestamp(report["last_sync_attempt"]))
    gauge("camino_sync_last_success_timestamp_seconds", "When a sync last succeeded (installed or up to date).",
          _timestamp(report["last_success"]))
    printer = report["printer"]
    state = printer["state"].replace(" ", "_")
    Enum("camino_printer_state", "State of the kiosk's printer as CUPS reports it.", states=list(PRINTER_STATES),
         registry=reg).state(state if state in PRINTER_STATES else "unknown")
    gauge("camino_printer_available", "1 when the printer accepts jobs and is not stopped.",
          1 if printer["accepting"] and state in ("idle", "printing") else 0)
    gauge("camino_printer_queued_jobs", "Jobs waiting or printing on the kiosk's printer.",
          printer_queue(printer["name"]))
    gauge("camino_speech_available", "1 when the read-aloud voice (espeak-ng) is installed.",
          1 if speech_available() else 0)
    with contextlib.suppress(Exception):  # counters are a nicety: health is reported without them
        gauge("camino_sessions_started_today", "Visitor sessions started at this kiosk today.", sessions_today())
    gauge("camino_disk_free_bytes", "Free space on the kiosk's data folder.", report["free_disk_bytes"])
    return reg


def text(config: Config, started: float | None = None) -> str:
    """The metrics in the Prometheus text exposition format."""
    return generate_latest(registry(config, started)).decode("utf-8")


def textfile_path(config: Config) -> Path:
    """Where the app writes its ``.prom`` file (``monitoring.textfile_dir``)."""
    folder = Path(config.monitoring.textfile_dir).expanduser()
    if not folder.is_dir():
        raise BadInput(f"monitoring.textfile_dir is not a folder: {folder}")
    return folder / PROM_FILE


def write_textfile(config: Config, started: float | None = None) -> Path:
    """Rewrite the ``.prom`` file atomically (a temporary file renamed over it); return its path."""
    path = textfile_path(config)
    write_to_textfile(str(path), registry(config, started))
    with contextlib.suppress(OSError):
        os.chmod(path, 0o644)  # node_exporter runs as its own user
    return path
