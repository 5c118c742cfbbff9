"""The fast path of an HSDS 3.0 CSV import: CSV files loaded into SQLite staging tables, checked
and turned into the directory's rows by SQL.

A 50,000-service directory has half a million rows. Made into Python records, checked row by
row and inserted again, they cost several times what reading the files and inserting their
rows costs. Here each file goes straight from ``csv.reader`` into a staging table of an attached
database with ``executemany``; the checks are SQL queries that select offending rows only, and
the directory's tables are filled with ``INSERT … SELECT``. Python sees only what step mapping
reads (the services and their taxonomy).

The fast path proves a source clean or gives up: when any row would get an error, a warning or a
changed value (a duplicate id, an unknown reference, a value the schema refuses, a blank line, a
byte that is not UTF-8…), :class:`NotClean` is raised and the importer reads the source again
the row-by-row way, which names every problem exactly as it always has. What is installed is the
same either way; see ``docs/importing.md``.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from db import input_guard
from db import models as m
from db.directory import insert_rows
from db.hsds.csv_tables import HSDS3_FILES, _datapackage_paths, detect_version
from db.hsds.mapping import DATES, FLOATS, INTS, MODELS, _defaults
from db.hsds.records import TABLES, Record
from db.hsds.report import Report
from db.rows import INSERT_ORDER, DirectoryRows

# The schema name under which the staging database is attached to the directory being built.
SCHEMA = "staging"
# The row's place in its file (the header is row 1): a column no HSDS file has.
ROW = "_camino_row"
# Every character Python's str.isspace() is true for: a cell of only these is blank, as
# ``Record.get`` reads it. SQLite's trim() takes a set of characters, Unicode ones too.
WHITESPACE = "".join(chr(c) for c in range(0x110000) if chr(c).isspace())
# The tables step mapping reads as records (the others stay in SQL).
MAPPING_TABLES = ("organization", "service", "required_document", "cost_option")


class NotClean(Exception):
    """The source has something the row-by-row path must name or change: use that path."""


@dataclass
class Staged:
    """A clean HSDS 3.0 CSV source loaded into the staging database at ``path``."""

    path: Path
    format: str
    headers: dict[str, list[str]] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    ignored_files: list[str] = field(default_factory=list)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _blank(column: str) -> str:
    # Nearly every cell starts with a letter or digit: only the others go through trim(), which
    # reads its set of characters again at each call.
    return f"(NOT ({_quote(column)} GLOB '[0-9A-Za-z]*') AND trim({_quote(column)}, :ws) = '')"


def stage_csv_folder(folder: Path, path: Path, report: Report) -> Staged:
    """Load the HSDS 3.0 CSV files of ``folder`` into a new staging database at ``path``.

    Raises :class:`NotClean` for anything the row-by-row reader would report or change.
    """
    if detect_version(folder, report) != "3.0" or report.warnings or report.errors:
        raise NotClean("not a clean HSDS 3.0 CSV folder")
    staged = Staged(path, "hsds-3.0-csv")
    files = {**HSDS3_FILES, **_datapackage_paths(folder)}
    connection = _connect(path)
    try:
        for source in sorted(p for p in folder.iterdir() if p.is_file()):
            if source.suffix.lower() != ".csv":
                continue
            table = files.get(source.name) or files.get(source.name.lower())
            if table is None:
                staged.ignored_files.append(source.name)
                continue
            if table in staged.headers:
                raise NotClean(f"two files for {table}")
            staged.headers[table] = _load(connection, source, table)
            staged.files[table] = source.name
        connection.commit()
        for table in staged.headers:
            staged.counts[table] = connection.execute(f"SELECT count(*) FROM {_quote(table)}").fetchone()[0]
    finally:
        connection.close()
    return staged


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path)
    # A scratch file: nothing to recover if the import dies (the file is removed).
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    return connection


def _load(connection: sqlite3.Connection, source: Path, table: str) -> list[str]:
    """One CSV file into a staging table, as ``db.hsds.csv_tables.read_rows`` would read it."""
    data = input_guard.read_bytes(source, source.name, input_guard.MAX_JSON_BYTES)
    if b"\r" in data and b"\n" not in data:
        data = data.replace(b"\r", b"\n")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise NotClean(f"{source.name}: not UTF-8") from None
    del data
    if text.startswith("\ufeff"):
        text = text[1:]
    reader = csv.reader(io.StringIO(text, newline="\n"), strict=False)
    header = next(reader, None)
    if not header or len(set(header)) != len(header) or ROW in header or not all(header):
        raise NotClean(f"{source.name}: header")
    columns = ", ".join(_quote(name) for name in header)
    connection.execute(f"CREATE TABLE {_quote(table)} ({ROW} INTEGER PRIMARY KEY, {columns})")
    try:
        # Row numbers as a spreadsheet counts them: the header is row 1.
        connection.execute(f"INSERT INTO {_quote(table)} ({ROW}) VALUES (1)")
        connection.executemany(f"INSERT INTO {_quote(table)} ({columns}) VALUES ({', '.join('?' * len(header))})",
                               reader)
        connection.execute(f"DELETE FROM {_quote(table)} WHERE {ROW} = 1")
    except (sqlite3.ProgrammingError, csv.Error):  # a row of another width (a blank line is one), bad quoting
        raise NotClean(f"{source.name}: a row is not as wide as the header") from None
    return header


def _any(connection: sqlite3.Connection, sql: str, **params: Any) -> bool:
    return connection.execute(f"SELECT EXISTS ({sql})", {"ws": WHITESPACE, **params}).fetchone()[0] == 1


def _json_list(values: set[str]) -> str:
    return json.dumps(sorted(values))


# --- rows of the directory -------------------------------------------------------------------


def _to_float(value: str | None) -> float | None:
    return None if value is None else float(value)


def _to_int(value: str | None) -> int | None:
    return None if value is None else int(float(value))


def _to_day(value: str | None) -> str | None:
    return None if value is None else date.fromisoformat(value).isoformat()


def register_functions(connection: Any) -> None:
    """The conversions of ``db.hsds.mapping`` as SQL functions, for ``INSERT … SELECT``."""
    connection.create_function("camino_float", 1, _to_float, deterministic=True)
    connection.create_function("camino_int", 1, _to_int, deterministic=True)
    connection.create_function("camino_day", 1, _to_day, deterministic=True)


def insert_staged(cursor: Any, staged: Staged, model: type[m.Base]) -> None:
    """Fill ``model``'s table from its staging table, as ``add_records`` makes its rows: a blank
    cell is NULL, numbers and dates converted, defaults for what is left empty, file order."""
    table = next((t for t, candidate in MODELS.items() if candidate is model), None)
    if table is None or table not in staged.headers or not staged.counts[table]:
        return
    header = set(staged.headers[table])
    columns = [column.name for column in model.__table__.columns]
    defaults = dict(_defaults(table, model))
    values = []
    for i, column in enumerate(columns):
        if column not in header:
            expression = "NULL"
        else:
            cell = f"CASE WHEN {_blank(column)} THEN NULL ELSE {_quote(column)} END"
            convert = ("camino_float" if column in FLOATS else "camino_int" if column in INTS
                       else "camino_day" if column in DATES else None)
            expression = f"{convert}({cell})" if convert else cell
        if i in defaults:
            expression = f"coalesce({expression}, ?)"
        values.append(expression)
    names = ", ".join(_quote(column) for column in columns)
    sql = (f"INSERT INTO main.{_quote(model.__tablename__)} ({names}) SELECT {', '.join(values)} "
           f"FROM {SCHEMA}.{_quote(table)} ORDER BY {ROW}")
    bound: list[Any] = []
    for i, expression in enumerate(values):
        bound.extend([WHITESPACE] * expression.count(":ws"))
        if i in defaults:
            bound.append(defaults[i])
    cursor.execute(sql.replace(":ws", "?"), bound)


def fill_staged(session: Any, rows: DirectoryRows, staged: Staged, link: Callable[[], None]) -> None:
    """Insert the directory's rows while ``link`` (step mapping) runs: per table the rows made in
    Python from the questionnaire, the staged source's rows, then the rows ``link`` made (its
    links), the order ``DirectoryRows.insert`` would give them had the source been read row by row.

    The staged tables that need no conversion in Python are copied by SQLite in a second thread
    while ``link`` runs in this one (the copy holds no GIL; a conversion calling back into Python
    would wait for it at each row, so those tables are copied after).
    """
    connection = session.connection().connection.driver_connection
    register_functions(connection)
    for model in INSERT_ORDER:
        insert_rows(session, [(model, rows.rows[model])])
    in_sql = [model for model in INSERT_ORDER if not _converts_in_python(staged, model)]
    failed: list[BaseException] = []

    def copy() -> None:
        try:
            cursor = connection.cursor()
            try:
                for model in in_sql:
                    insert_staged(cursor, staged, model)
            finally:
                cursor.close()
        except BaseException as exc:  # raised again in the importing thread
            failed.append(exc)

    copying = threading.Thread(target=copy, name="staged-copy")
    copying.start()
    try:
        link()
    finally:
        copying.join()
    if failed:
        raise failed[0]
    cursor = connection.cursor()
    try:
        for model in INSERT_ORDER:
            if model not in in_sql:
                insert_staged(cursor, staged, model)
    finally:
        cursor.close()
    for model in INSERT_ORDER:
        insert_rows(session, [(model, rows.tuples[model])])


def _converts_in_python(staged: Staged, model: type[m.Base]) -> bool:
    table = next((t for t, candidate in MODELS.items() if candidate is model), None)
    header = staged.headers.get(table, []) if table else []
    return any(column in FLOATS or column in INTS or column in DATES for column in header)


# --- what step mapping reads -----------------------------------------------------------------


def mapping_records(staged: Staged) -> dict[str, list[Record]]:
    """The records step mapping reads (services, organizations, documents, cost options), as
    the row-by-row reader makes them; every other table an empty list."""
    found: dict[str, list[Record]] = {table: [] for table in TABLES}
    connection = _connect(staged.path)
    try:
        for table in MAPPING_TABLES:
            if table not in staged.headers:
                continue
            header, file = staged.headers[table], staged.files[table]
            rows = connection.execute(f"SELECT {ROW}, {', '.join(_quote(c) for c in header)} FROM {_quote(table)} "
                                      f"ORDER BY {ROW}")
            found[table] = [Record(table, file, row[0], dict(zip(header, row[1:], strict=True))) for row in rows]
    finally:
        connection.close()
    return found


def service_taxonomy(staged: Staged) -> dict[str, list[tuple[str | None, str | None]]]:
    """Each service's taxonomy terms as (name, code), as ``db.hsds.stepmap.service_taxonomy``."""
    found: dict[str, list[tuple[str | None, str | None]]] = {}
    if not (staged.counts.get("attribute") and staged.counts.get("taxonomy_term")):
        return found  # (a table with rows has been checked to have the columns read here)
    terms = staged.headers["taxonomy_term"]

    def cell(column: str) -> str:
        if column not in terms:
            return "NULL"
        return f"CASE WHEN trim(t.{_quote(column)}, :ws) = '' THEN NULL ELSE t.{_quote(column)} END"

    connection = _connect(staged.path)
    try:
        rows = connection.execute(
            f"SELECT a.link_id, {cell('name')}, {cell('code')} FROM attribute a "
            f"JOIN taxonomy_term t ON t.id = a.taxonomy_term_id WHERE a.link_entity = 'service' ORDER BY a.{ROW}",
            {"ws": WHITESPACE})
        for link_id, name, code in rows:
            found.setdefault(link_id, []).append((name, code))
    finally:
        connection.close()
    return found


def camino_coded(staged: Staged, codes: set[str]) -> bool:
    """True when an imported taxonomy term carries one of Camino's own codes (the publisher
    tagged services for Camino's steps: the row-by-row path redirects those)."""
    if "taxonomy_term" not in staged.headers or "code" not in staged.headers["taxonomy_term"]:
        return False
    connection = _connect(staged.path)
    try:
        return _any(connection, "SELECT 1 FROM taxonomy_term WHERE code IN (SELECT value FROM json_each(:codes))",
                    codes=_json_list(codes))
    finally:
        connection.close()


def rows_of(staged: Staged) -> Iterator[str]:
    """The staged tables, parents first."""
    return (table for table in TABLES if table in staged.headers)
