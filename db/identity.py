"""What marks an SQLite file as a Camino directory, and how to check one, with ``sqlite3`` alone.

The kiosk reads its directory with plain ``sqlite3``; keeping these checks free of SQLAlchemy
keeps it out of the kiosk's start-up (building and importing directories use ``db.directory``).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from db.errors import DirectoryError
from db.schema_check import connect_read_only, schema_problem

# Bumped whenever the tables change shape; a kiosk refuses a directory of another version.
SCHEMA_VERSION = 1
# SQLite's application_id: tells a Camino directory from any other SQLite file ("CAMI").
APPLICATION_ID = 0x43414D49
# The taxonomy of Camino's own terms (needs, steps, service facts) in ``taxonomy_term``.
CAMINO_TAXONOMY = "camino"
SQLITE_HEADER = b"SQLite format 3\x00"
# A directory's tables with the most rows and indexes, the longest to check (see integrity_ok).
LARGEST_TABLES = ("attribute", "language", "service", "service_at_location", "localized_text", "phone", "schedule")


def term_id(code: str) -> str:
    """The taxonomy_term id of a Camino term code."""
    return f"{CAMINO_TAXONOMY}:{code}"


def check_file(path: Path) -> dict[str, str]:
    """Check that ``path`` is a usable Camino directory; return its meta table.

    Raises :class:`DirectoryError` with a sentence for a missing file, a file that is not
    SQLite, another application's database, another schema version or a damaged file.
    """
    path = Path(path)
    if not path.exists():
        raise DirectoryError(f"directory database not found: {path}")
    if path.is_dir():
        raise DirectoryError(f"{path} is a folder, not a directory database file")
    if not path.is_file():  # a FIFO would block the open below for ever
        raise DirectoryError(f"{path} is not a regular file, so it is not a directory database")
    with open(path, "rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DirectoryError(f"{path} is not a directory database (not an SQLite file)")
    try:
        connection = connect_read_only(path)
        try:
            app_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise DirectoryError(f"{path} is an SQLite file but not a Camino directory database")
            if version != SCHEMA_VERSION:
                raise DirectoryError(
                    f"{path} has directory schema version {version}; this Camino reads version "
                    f"{SCHEMA_VERSION} (update {'the app' if version > SCHEMA_VERSION else 'the directory'})"
                )
            # Before reading anything: a hostile schema (a VIEW as directory_meta) must not run.
            problem = schema_problem(connection)
            if problem:
                raise DirectoryError(f"{path} is not a Camino directory as this app knows it: {problem}")
            rows = connection.execute("SELECT key, value FROM directory_meta").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise DirectoryError(f"{path} is damaged and cannot be read ({exc})") from None
    return dict(rows)


def integrity_ok(path: Path, workers: int | None = None) -> bool:
    """SQLite's full integrity check of the file, spread over the machine's cores.

    ``PRAGMA integrity_check`` is single-threaded and, on a large directory, takes twice as long
    as copying the file. It is split into parts that together check everything it does:
    ``quick_check`` walks every b-tree's structure and accounts for every page (free list, orphan
    pages), checking NOT NULL and CHECK constraints on the way; what it leaves out is whether each
    index matches its table and UNIQUE holds, so ``integrity_check(TABLE)`` runs for every table
    that has an index. The parts run on their own read-only connections in threads (SQLite
    releases the GIL), largest tables first.
    """
    uri = f"file:{Path(path).as_posix()}?mode=ro"

    def check(pragma: str) -> bool:
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        try:
            rows = connection.execute(pragma).fetchall()
            return rows == [("ok",)]
        finally:
            connection.close()

    try:
        connection = sqlite3.connect(uri, uri=True)
        try:
            tables = [name for (name,) in connection.execute(
                "SELECT DISTINCT tbl_name FROM sqlite_schema WHERE type = 'index'")]
        finally:
            connection.close()
        # The long checks start first, so the short ones fill in around them.
        tables.sort(key=lambda name: LARGEST_TABLES.index(name) if name in LARGEST_TABLES else len(LARGEST_TABLES))
        parts = ["PRAGMA quick_check"] + [f'PRAGMA integrity_check("{name}")' for name in tables]
        from concurrent.futures import ThreadPoolExecutor  # sync only: not in the kiosk's start-up

        with ThreadPoolExecutor(max_workers=workers or min(4, os.cpu_count() or 1)) as pool:
            return all(pool.map(check, parts))
    except sqlite3.DatabaseError:
        return False
