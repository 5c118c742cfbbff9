"""Anonymous daily counters, in the kiosk's small local state database.

One row is one number: how many times ``value`` of ``dimension`` came up on ``day`` at ``kiosk``
(for example ``2026-11-30 / abq-main-library / language / es → 14``). The primary key is exactly
(day, kiosk, dimension, value) and the table is ``WITHOUT ROWID``: there is no row id, no time
and no insertion order in the file, so a row cannot be tied to another row or to a moment. Rows
are only ever incremented (UPSERT), never inserted per visitor.

The database runs with a rollback journal (never WAL: a write-ahead log keeps the page images of
each recent commit, which would let someone replay one visitor's increments) and with
``secure_delete`` so overwritten bytes are zeroed. docs/insights.md explains the reasoning.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, String, create_engine, event, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from kiosk import paths

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


class Base(DeclarativeBase):
    pass


class DailyCount(Base):
    """How many times one value of one dimension came up on one day at one kiosk."""

    __tablename__ = "insight_daily_count"
    __table_args__ = {"sqlite_with_rowid": False}

    day: Mapped[str] = mapped_column(String(10), primary_key=True)  # YYYY-MM-DD, never finer
    kiosk: Mapped[str] = mapped_column(String(100), primary_key=True)
    dimension: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(100), primary_key=True)  # "" for plain counters
    count: Mapped[int] = mapped_column(default=0)


class UploadedDay(Base):
    """A kiosk's day whose aggregates the city's server has accepted (sent at most once)."""

    __tablename__ = "insight_uploaded_day"
    __table_args__ = {"sqlite_with_rowid": False}

    kiosk: Mapped[str] = mapped_column(String(100), primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)


@dataclass(frozen=True)
class Count:
    day: date
    kiosk: str
    dimension: str
    value: str
    count: int


def _pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # DELETE journal: the journal of a commit is removed once it is done; WAL would keep it.
    cursor.execute("PRAGMA journal_mode=DELETE")
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


class CounterStore:
    """The counters in the state database (``kiosk.paths.state_db_path()`` unless told otherwise)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else paths.state_db_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        new = not self.path.exists()
        # timeout: the UI thread and the sync worker thread may write at the same moment.
        self.engine: Engine = create_engine(f"sqlite:///{self.path}", connect_args={"timeout": 10})
        event.listen(self.engine, "connect", _pragmas)
        Base.metadata.create_all(self.engine)
        if new:
            os.chmod(self.path, 0o600)

    def close(self) -> None:
        self.engine.dispose()

    def add(self, day: date, kiosk: str, increments: Mapping[tuple[str, str], int]) -> None:
        """Add ``increments`` ((dimension, value) → n) to ``day``'s counters, all in one transaction."""
        rows = []
        for (dimension, value), n in sorted(increments.items()):
            if dimension not in DIMENSIONS:
                raise ValueError(f"not a counted dimension: {dimension!r}")
            if n > 0:
                rows.append({"day": day.isoformat(), "kiosk": kiosk, "dimension": dimension, "value": value,
                             "count": n})
        if not rows:
            return
        statement = insert(DailyCount)
        statement = statement.on_conflict_do_update(
            index_elements=["day", "kiosk", "dimension", "value"],
            set_={"count": DailyCount.count + statement.excluded.count},
        )
        with Session(self.engine) as session, session.begin():
            session.execute(statement, rows)

    def counts(self, first: date, last: date, kiosk: str | None = None) -> list[Count]:
        """Every counter from ``first`` to ``last`` (both included), optionally of one kiosk."""
        query = select(DailyCount).where(DailyCount.day >= first.isoformat(), DailyCount.day <= last.isoformat())
        if kiosk is not None:
            query = query.where(DailyCount.kiosk == kiosk)
        with Session(self.engine) as session:
            return [Count(date.fromisoformat(r.day), r.kiosk, r.dimension, r.value, r.count)
                    for r in session.scalars(query.order_by(DailyCount.day, DailyCount.kiosk,
                                                            DailyCount.dimension, DailyCount.value))]

    def pending_days(self, before: date) -> list[tuple[str, date]]:
        """(kiosk, day) pairs with counters, earlier than ``before``, not yet accepted by the server."""
        already = select(UploadedDay.day).where(UploadedDay.kiosk == DailyCount.kiosk,
                                                UploadedDay.day == DailyCount.day).exists()
        query = (select(DailyCount.kiosk, DailyCount.day).distinct()
                 .where(DailyCount.day < before.isoformat(), ~already)
                 .order_by(DailyCount.day, DailyCount.kiosk))
        with Session(self.engine) as session:
            return [(kiosk, date.fromisoformat(day)) for kiosk, day in session.execute(query)]

    def mark_uploaded(self, kiosk: str, day: date) -> None:
        statement = insert(UploadedDay).values(kiosk=kiosk, day=day.isoformat()).on_conflict_do_nothing()
        with Session(self.engine) as session, session.begin():
            session.execute(statement)

    def uploaded_days(self) -> list[tuple[str, date]]:
        with Session(self.engine) as session:
            return [(k, date.fromisoformat(d)) for k, d in
                    session.execute(select(UploadedDay.kiosk, UploadedDay.day).order_by(UploadedDay.day))]


def day_counts(counts: Iterable[Count]) -> dict[str, dict[str, int]]:
    """Counters of one day as dimension → value → count (the upload's shape)."""
    result: dict[str, dict[str, int]] = {}
    for c in counts:
        result.setdefault(c.dimension, {})[c.value] = result.get(c.dimension, {}).get(c.value, 0) + c.count
    return result
