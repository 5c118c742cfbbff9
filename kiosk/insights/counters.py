"""Anonymous daily counters, in the kiosk's small local state database.

One row is one number: how many times ``value`` of ``dimension`` came up on ``day`` at ``kiosk``
(for example ``2026-11-30 / abq-main-library / language / es → 14``). The primary key is exactly
(day, kiosk, dimension, value) and the table is ``WITHOUT ROWID``: there is no row id, no time
and no insertion order in the file, so a row cannot be tied to another row or to a moment. Rows
are only ever incremented (UPSERT), never inserted per visitor.

The database runs with a rollback journal (never WAL: a write-ahead log keeps the page images of
each recent commit, which would let someone replay one visitor's increments) and with
``secure_delete`` so overwritten bytes are zeroed. docs/insights.md explains the reasoning.

Plain ``sqlite3``, not SQLAlchemy: two tables and five statements, opened while the kiosk starts,
where importing an ORM would cost a quarter of a second before the attract screen shows.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kiosk import paths
from kiosk.errors import CaminoError

# The dimensions the kiosk counts. Anything else is refused, so a new counter is a reviewed code change.
SESSIONS_STARTED = "sessions_started"
SESSIONS_FINISHED = "sessions_finished"
LANGUAGE = "language"
NEED = "need"
STAGE = "stage"
KIND = "kind"
PATHWAY_PRINTED = "pathway_printed"
QR_SHOWN = "qr_shown"
FEEDBACK = "feedback"
MISSING = "missing"
UNMATCHED = "unmatched"
DIMENSIONS = (SESSIONS_STARTED, SESSIONS_FINISHED, LANGUAGE, NEED, STAGE, KIND, PATHWAY_PRINTED, QR_SHOWN,
              FEEDBACK, MISSING, UNMATCHED)
FACES = ("yes", "partly", "no")


# day is YYYY-MM-DD, never finer; value is "" for plain counters.
SCHEMA = """
CREATE TABLE IF NOT EXISTS insight_daily_count (
    day VARCHAR(10) NOT NULL,
    kiosk VARCHAR(100) NOT NULL,
    dimension VARCHAR(40) NOT NULL,
    value VARCHAR(100) NOT NULL,
    count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, kiosk, dimension, value)
) WITHOUT ROWID;
-- a kiosk's day whose aggregates the city's server has accepted (sent at most once)
CREATE TABLE IF NOT EXISTS insight_uploaded_day (
    kiosk VARCHAR(100) NOT NULL,
    day VARCHAR(10) NOT NULL,
    PRIMARY KEY (kiosk, day)
) WITHOUT ROWID;
"""


_COLUMNS = {"insight_daily_count": ("day", "kiosk", "dimension", "value", "count"),
            "insight_uploaded_day": ("kiosk", "day")}
log = logging.getLogger("camino.insights")


class StateError(CaminoError):
    """The kiosk's state database can neither be used nor rebuilt (read-only or full disk)."""


class _Damaged(Exception):
    """The state file is not a state database: set it aside and start a new one."""


@dataclass(frozen=True)
class Count:
    day: date
    kiosk: str
    dimension: str
    value: str
    count: int


class CounterStore:
    """The counters in the state database (``kiosk.paths.state_db_path()`` unless told otherwise).

    Each call opens its own short connection: the UI thread and the sync worker may both use the store.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else paths.state_db_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.exists() and not self.path.is_file():
                self._set_aside("it is not a file")
            try:
                self._prepare()
            except _Damaged as exc:
                self._set_aside(str(exc))
                self._prepare()
        except (OSError, sqlite3.Error, _Damaged) as exc:
            raise StateError(f"the kiosk's state database {self.path} cannot be used ({exc})") from None

    def _prepare(self) -> None:
        new = not self.path.exists()
        try:
            with self._connect() as connection:
                connection.executescript(SCHEMA)
                for table, columns in _COLUMNS.items():
                    found = tuple(row[1] for row in connection.execute(f"PRAGMA table_info({table})"))
                    if found != columns:
                        raise _Damaged(f"its table {table} is not Camino's")
        except sqlite3.DatabaseError as exc:
            # Not a database at all ("file is not a database", "malformed"); a full disk or a read-only
            # folder is an OperationalError, which setting the file aside would not help.
            if isinstance(exc, sqlite3.OperationalError) and "malformed" not in str(exc):
                raise
            raise _Damaged(str(exc)) from None
        if new:
            os.chmod(self.path, 0o600)

    def _set_aside(self, why: str) -> None:
        """Move a damaged state database out of the way (kept for IT to look at), logging one line."""
        aside = self.path.with_name(f"{self.path.name}.damaged-{int(time.time())}")
        os.replace(self.path, aside)
        log.warning("state database %s was damaged (%s); set aside as %s and started afresh",
                    self.path, why, aside.name)

    @contextlib.contextmanager
    def _connect(self):
        """A connection in one transaction: committed when the block ends, rolled back on error."""
        connection = sqlite3.connect(self.path, timeout=10)  # another thread may be writing
        try:
            # DELETE journal: the journal of a commit is removed once it is done; WAL would keep it.
            connection.execute("PRAGMA journal_mode=DELETE")
            connection.execute("PRAGMA secure_delete=ON")
            connection.execute("PRAGMA synchronous=FULL")
            with connection:
                yield connection
        finally:
            connection.close()

    def close(self) -> None:
        """Nothing stays open between calls; kept so callers can release the store explicitly."""

    def add(self, day: date, kiosk: str, increments: Mapping[tuple[str, str], int]) -> None:
        """Add ``increments`` ((dimension, value) → n) to ``day``'s counters, all in one transaction."""
        rows = []
        for (dimension, value), n in sorted(increments.items()):
            if dimension not in DIMENSIONS:
                raise ValueError(f"not a counted dimension: {dimension!r}")
            if n > 0:
                rows.append((day.isoformat(), kiosk, dimension, value, n))
        if not rows:
            return
        with self._connect() as connection:
            connection.executemany(
                "INSERT INTO insight_daily_count (day, kiosk, dimension, value, count) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (day, kiosk, dimension, value) DO UPDATE SET count = count + excluded.count", rows)

    def counts(self, first: date, last: date, kiosk: str | None = None) -> list[Count]:
        """Every counter from ``first`` to ``last`` (both included), optionally of one kiosk."""
        query = "SELECT day, kiosk, dimension, value, count FROM insight_daily_count WHERE day >= ? AND day <= ?"
        params: list[str] = [first.isoformat(), last.isoformat()]
        if kiosk is not None:
            query += " AND kiosk = ?"
            params.append(kiosk)
        with self._connect() as connection:
            rows = connection.execute(query + " ORDER BY day, kiosk, dimension, value", params).fetchall()
        return [Count(date.fromisoformat(d), k, dim, value, n) for d, k, dim, value, n in rows]

    def pending_days(self, before: date) -> list[tuple[str, date]]:
        """(kiosk, day) pairs with counters, earlier than ``before``, not yet accepted by the server."""
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT DISTINCT c.kiosk, c.day FROM insight_daily_count AS c WHERE c.day < ? AND NOT EXISTS "
                "(SELECT 1 FROM insight_uploaded_day AS u WHERE u.kiosk = c.kiosk AND u.day = c.day) "
                "ORDER BY c.day, c.kiosk", (before.isoformat(),)).fetchall()
        return [(kiosk, date.fromisoformat(day)) for kiosk, day in rows]

    def mark_uploaded(self, kiosk: str, day: date) -> None:
        with self._connect() as connection:
            connection.execute("INSERT INTO insight_uploaded_day (kiosk, day) VALUES (?, ?) ON CONFLICT DO NOTHING",
                               (kiosk, day.isoformat()))

    def uploaded_days(self) -> list[tuple[str, date]]:
        with self._connect() as connection:
            rows = connection.execute("SELECT kiosk, day FROM insight_uploaded_day ORDER BY day").fetchall()
        return [(k, date.fromisoformat(d)) for k, d in rows]


def day_counts(counts: Iterable[Count]) -> dict[str, dict[str, int]]:
    """Counters of one day as dimension → value → count (the upload's shape)."""
    result: dict[str, dict[str, int]] = {}
    for c in counts:
        result.setdefault(c.dimension, {})[c.value] = result.get(c.dimension, {}).get(c.value, 0) + c.count
    return result
