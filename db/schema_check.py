"""Refusing a directory file whose schema, values or step graph are not Camino's, with ``sqlite3`` alone.

A directory comes from a city's publishing machine, signed; a mistake or a compromised machine there
must not take down every kiosk. SQLite runs whatever a file's schema says: a VIEW named ``service``
over an endless recursive query hangs every pathway, a trigger or a generated column runs code, a
``step.phase`` stored as text breaks sorting, a prerequisite cycle hides steps. So a file is accepted
only when its schema is exactly the one ``db.models`` creates (tables, columns, types, indexes; no
views or triggers), every value has its column's type, and the steps' prerequisites form no cycle.

Every connection opened on a directory is also made defensive: ``trusted_schema = OFF`` (no SQL
functions with side effects from inside the schema; Python 3.11's ``sqlite3`` cannot set
``SQLITE_DBCONFIG_DEFENSIVE``) and a progress handler that interrupts any statement running past
its time, so even a check we did not think of cannot hang a kiosk.
"""

from __future__ import annotations

import functools
import graphlib
import os
import re
import sqlite3
import time
from pathlib import Path

from db.errors import DirectoryError
from db.schema_ddl import DDL

# How long one statement may run on a kiosk's directory before SQLite is told to stop. The slowest
# honest statement (loading the 50k-service index) takes well under a second.
STATEMENT_LIMIT_S = 20.0
# SQLite calls the progress handler every this many virtual-machine instructions (~0.1 ms).
_PROGRESS_STEPS = 10_000
# Camino's own small tables, checked value by value whenever a kiosk opens a directory.
MAX_STEPS = 1000
# The tables with the most rows, scanned first so the short ones fill in around them.
LARGEST_FIRST = ("attribute", "localized_text", "language", "service", "service_at_location", "phone", "schedule")
SMALL_TABLES = ("directory_meta", "question", "option", "step", "step_prerequisite", "step_term", "rule")
_ALLOWED_TYPES = {
    "INTEGER": ("integer",),
    "BOOLEAN": ("integer",),
    "FLOAT": ("real", "integer"),
    "VARCHAR": ("text",),
    "TEXT": ("text",),
    "DATE": ("text",),
}


class BoundedConnection(sqlite3.Connection):
    """An ``sqlite3`` connection whose every ``execute`` gets ``limit_s`` seconds, then is interrupted.

    The clock starts at ``execute`` and also covers fetching its rows. An interrupted statement
    raises ``sqlite3.OperationalError("interrupted")``.
    """

    limit_s = STATEMENT_LIMIT_S

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._deadline = time.monotonic() + self.limit_s
        self.set_progress_handler(self._past_deadline, _PROGRESS_STEPS)
        # No SQL function with side effects may run from a view, trigger or default in the file.
        super().execute("PRAGMA trusted_schema = OFF")
        super().execute("PRAGMA cell_size_check = ON")

    def _past_deadline(self) -> bool:
        return time.monotonic() > self._deadline

    def execute(self, sql: str, parameters=(), /) -> sqlite3.Cursor:  # type: ignore[override]
        self._deadline = time.monotonic() + self.limit_s
        return super().execute(sql, parameters)


def connect_read_only(path: Path, limit_s: float | None = None, **kwargs) -> BoundedConnection:
    """A defensive, read-only connection on ``path`` whose statements are time-bounded."""
    connection = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True, factory=BoundedConnection,
                                 **kwargs)
    if limit_s is not None:
        connection.limit_s = limit_s
    return connection


def _normalized(sql: str | None) -> str | None:
    return re.sub(r"\s+", " ", sql).strip() if sql is not None else None


def _objects(connection: sqlite3.Connection) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(type, name) → (table, normalized SQL) for everything in a database's schema."""
    return {(kind, name): (table, _normalized(sql))
            for kind, name, table, sql in connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema")}


@functools.lru_cache(maxsize=1)
def _reference() -> tuple[dict, dict[str, list[tuple]]]:
    """Camino's schema as SQLite describes it: objects, and each table's columns."""
    connection = sqlite3.connect(":memory:")
    try:
        for statement in DDL:
            connection.execute(statement)
        objects = _objects(connection)
        columns = {name: connection.execute(f'PRAGMA table_xinfo("{name}")').fetchall()
                   for kind, name in objects if kind == "table"}
    finally:
        connection.close()
    return objects, columns


def schema_problem(connection: sqlite3.Connection) -> str | None:
    """What makes the database's schema differ from Camino's, in a phrase; None when it is exactly it."""
    expected, columns = _reference()
    found = _objects(connection)
    for kind, name in sorted(found):
        if kind not in ("table", "index"):
            return f"it has a {kind} named {name!r}, which a Camino directory never has"
    for kind, name in sorted(set(expected) - set(found)):
        return f"it has no {kind} named {name!r}"
    for kind, name in sorted(set(found) - set(expected)):
        return f"it has an extra {kind} named {name!r} that is not Camino's"
    for (kind, name), definition in sorted(expected.items()):
        if found[(kind, name)] == definition:
            continue
        if kind == "table":
            got = connection.execute(f'PRAGMA table_xinfo("{name}")').fetchall()
            for want, have in zip(columns[name], got, strict=False):
                if want != have:
                    return (f"its table {name!r} has column {have[1]!r} as {have[2] or 'untyped'}"
                            f"{' NOT NULL' if have[3] else ''}; Camino's is {want[1]!r} {want[2]}"
                            f"{' NOT NULL' if want[3] else ''}")
        return f"its {kind} {name!r} is not defined as Camino defines it"
    return None


def _columns(table: str) -> list[tuple[str, str, bool]]:
    """(name, declared type, nullable) of a table's columns in Camino's schema."""
    return [(row[1], row[2], not row[3]) for row in _reference()[1][table]]


def value_problem(connection: sqlite3.Connection, tables: tuple[str, ...] | None = None) -> str | None:
    """The first column holding a value of the wrong type (text in an INTEGER column, …); None when all fit.

    One scan per table. Assumes :func:`schema_problem` found nothing.
    """
    for table in tables or tuple(_reference()[1]):
        tests = []
        for name, declared, nullable in _columns(table):
            allowed = ", ".join(f"'{t}'" for t in _ALLOWED_TYPES[declared] + (("null",) if nullable else ()))
            test = f'typeof("{name}") IN ({allowed})'
            if declared == "BOOLEAN":
                test = f'({test} AND ("{name}" IS NULL OR "{name}" IN (0, 1)))'
            tests.append(test)
        row = connection.execute(f'SELECT {", ".join(tests)} FROM "{table}" WHERE NOT ({" AND ".join(tests)}) '
                                 "LIMIT 1").fetchone()
        if row is not None:
            (name, declared, _nullable) = _columns(table)[row.index(0)]
            return f"its column {table}.{name} holds a value that is not {declared.lower()}"
    return None


def step_problem(connection: sqlite3.Connection) -> str | None:
    """A prerequisite that names no step or that closes a cycle, in a phrase; None when the graph is sound."""
    steps = {step_id for (step_id,) in connection.execute(f"SELECT id FROM step LIMIT {MAX_STEPS + 1}")}
    if len(steps) > MAX_STEPS:
        # A pathway walks every step's ancestors: tens of thousands of steps would stall each visitor.
        return f"it has more than {MAX_STEPS} steps; a pathway is a few dozen"
    graph: dict[str, set[str]] = {step_id: set() for step_id in steps}
    for step_id, needed in connection.execute("SELECT step_id, requires_step_id FROM step_prerequisite"):
        for name in (step_id, needed):
            if name not in steps:
                return f"a step prerequisite names the step {name!r}, which does not exist"
        graph[step_id].add(needed)
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as exc:
        return "its step prerequisites form a cycle (" + " → ".join(exc.args[1]) + ")"
    for table in ("option", "rule", "step_term"):
        if connection.execute(f'PRAGMA foreign_key_check("{table}")').fetchone() is not None:
            return f"its table {table!r} names a row that does not exist"
    return None


def check_connection(connection: sqlite3.Connection, path: Path, full: bool) -> None:
    """Raise :class:`DirectoryError` unless the open directory's schema, values and steps are Camino's.

    ``full`` checks the values of every table (publish and sync); otherwise only Camino's small
    tables are (a kiosk opening its directory).
    """
    try:
        problem = (schema_problem(connection)
                   or value_problem(connection, None if full else SMALL_TABLES)
                   or step_problem(connection))
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            problem = "checking it took too long"
        else:
            raise
    if problem:
        raise DirectoryError(f"{path} is not a Camino directory as this app knows it: {problem}")


def check_contents(path: Path, limit_s: float = 600.0, workers: int | None = None) -> None:
    """The full check of a directory file before it is published or installed (every value is read).

    The tables' value scans run on their own read-only connections in threads (SQLite releases
    the GIL), largest first, as ``db.identity.integrity_ok`` does. Raises :class:`DirectoryError`
    with a sentence naming the first problem.
    """
    from concurrent.futures import ThreadPoolExecutor  # publish and sync only: not in the kiosk's start-up

    path = Path(path)

    def scan(table: str) -> str | None:
        connection = connect_read_only(path, limit_s, check_same_thread=False)
        try:
            return value_problem(connection, (table,))
        finally:
            connection.close()

    try:
        connection = connect_read_only(path, limit_s)
        try:
            check_connection(connection, path, full=False)  # schema first: nothing else runs on a hostile one
        finally:
            connection.close()
        tables = sorted(_reference()[1], key=lambda t: LARGEST_FIRST.index(t) if t in LARGEST_FIRST else 99)
        with ThreadPoolExecutor(max_workers=workers or min(4, os.cpu_count() or 1)) as pool:
            problem = next((p for p in pool.map(scan, tables) if p), None)
    except sqlite3.OperationalError as exc:
        if "interrupted" not in str(exc):
            raise DirectoryError(f"{path} is damaged and cannot be read ({exc})") from None
        problem = "checking it took too long"
    except sqlite3.DatabaseError as exc:
        raise DirectoryError(f"{path} is damaged and cannot be read ({exc})") from None
    if problem:
        raise DirectoryError(f"{path} is not a Camino directory as this app knows it: {problem}")


def _print_ddl() -> None:
    """Print db/schema_ddl.py's statements as ``db.models`` creates them (``python -m db.schema_check --ddl``)."""
    from sqlalchemy import create_engine

    from db.models import Base

    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with engine.connect() as connection:
        for (sql,) in connection.exec_driver_sql("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY rowid"):
            print(f"    {_normalized(sql)!r},")


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--ddl"]:
        _print_ddl()
