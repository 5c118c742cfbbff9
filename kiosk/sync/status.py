"""The kiosk's memory of its last sync attempts, for ``kiosk status`` and IT's monitoring.

A small JSON file in the data folder, replaced atomically. It holds times, versions, results and
error sentences about the directory, never anything about a visitor.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from db.atomic import write_atomically
from kiosk import paths

HISTORY = 20
log = logging.getLogger("camino.sync")


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
    # The version IT rolled back last (for status); every version rolled back on this kiosk is in
    # rejected_versions and never installed again (exact versions: rolling back a signed 10^30 must
    # not refuse every normal version after it).
    rejected_version: int = 0
    history: list[dict[str, Any]] = field(default_factory=list)
    rejected_versions: list[int] = field(default_factory=list)


_TEXT_FIELDS = ("last_attempt", "last_result", "last_error", "last_success", "last_source")
MAX_STATUS_BYTES = 1024 * 1024
REJECTED_KEPT = 100


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _from_json(raw: Any) -> SyncStatus | None:
    """The status a file's JSON holds, or None when it is not what ``save`` writes."""
    if not isinstance(raw, dict):
        return None
    if any(not isinstance(raw.get(k), str | None) for k in _TEXT_FIELDS):
        return None
    rejected, history = raw.get("rejected_version", 0), raw.get("history", [])
    versions = raw.get("rejected_versions", [rejected] if rejected else [])
    if not (_is_count(rejected) and isinstance(versions, list) and all(_is_count(v) for v in versions)
            and isinstance(history, list) and all(isinstance(h, dict) for h in history)):
        return None
    return SyncStatus(**{k: raw.get(k) for k in _TEXT_FIELDS}, rejected_version=rejected,
                      history=history[:HISTORY], rejected_versions=versions[-REJECTED_KEPT:])


def load() -> SyncStatus:
    """The recorded status; empty when there is none.

    A damaged file (not JSON, a list, a version that is not a number, …) is set aside beside
    itself as ``sync-status.json.damaged`` with one logged line, and the kiosk goes on without it.
    """
    path = status_path()
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_STATUS_BYTES + 1)
    except FileNotFoundError:
        return SyncStatus()
    except OSError as exc:
        log.warning("sync status %s cannot be read (%s); going on without it", path, exc.strerror)
        return SyncStatus()
    try:
        loaded = _from_json(json.loads(data.decode("utf-8"))) if len(data) <= MAX_STATUS_BYTES else None
    except (ValueError, RecursionError):
        loaded = None
    if loaded is None:
        aside = path.with_name(path.name + ".damaged")
        with contextlib.suppress(OSError):
            os.replace(path, aside)
        log.warning("sync status %s was damaged; set aside as %s and started afresh", path, aside.name)
        return SyncStatus()
    return loaded


def save(status: SyncStatus) -> None:
    # A full disk must not turn a safe "kept the old directory" into a crash: the report is lost.
    with contextlib.suppress(OSError):
        write_atomically(status_path(), json.dumps(asdict(status), indent=2).encode("utf-8"), 0o644)


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
        status.rejected_version = rejected_version
        status.rejected_versions = [*status.rejected_versions, rejected_version][-REJECTED_KEPT:]
    status.history = [{"at": at, "result": result, "version": version, "error": error},
                      *status.history][:HISTORY]
    save(status)
    return status
