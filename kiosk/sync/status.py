"""The kiosk's memory of its last sync attempts, for ``kiosk status`` and IT's monitoring.

A small JSON file in the data folder, replaced atomically. It holds times, versions, results and
error sentences about the directory, never anything about a visitor.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk import paths

HISTORY = 20


def status_path() -> Path:
    return paths.data_dir() / "sync-status.json"


def now_text() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass
class SyncStatus:
    """What the last sync attempts did."""

    last_attempt: str | None = None
    last_result: str | None = None
    last_error: str | None = None
    last_success: str | None = None
    last_source: str | None = None
    # A version IT rolled back on this kiosk is never installed again; a newer one is.
    rejected_version: int = 0
    history: list[dict[str, Any]] = field(default_factory=list)


def load() -> SyncStatus:
    """The recorded status (empty when the file is missing or unreadable: it is only a report)."""
    try:
        raw = json.loads(status_path().read_text(encoding="utf-8"))
        known = SyncStatus.__dataclass_fields__
        return SyncStatus(**{k: v for k, v in raw.items() if k in known})
    except (OSError, ValueError, TypeError):
        return SyncStatus()


def save(status: SyncStatus) -> None:
    path = status_path()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(asdict(status), fh, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError:
        # A full disk must not turn a safe "kept the old directory" into a crash: the report is lost.
        with contextlib.suppress(OSError):
            tmp.unlink()


def record(result: str, source: str | None, error: str | None = None, version: int | None = None,
           rejected_version: int | None = None) -> SyncStatus:
    """Add one attempt (``installed``, ``up_to_date``, ``failed``, ``rolled_back``) and save."""
    status = load()
    at = now_text()
    status.last_attempt = at
    status.last_result = result
    status.last_error = error
    status.last_source = source
    if result != "failed":
        status.last_success = at
    if rejected_version is not None:
        status.rejected_version = max(status.rejected_version, rejected_version)
    status.history = [{"at": at, "result": result, "version": version, "error": error},
                      *status.history][:HISTORY]
    save(status)
    return status
