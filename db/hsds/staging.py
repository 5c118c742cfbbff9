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

import contextlib
import csv
import io
import json
import math
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import fastjsonschema

from db import input_guard
from db import models as m
from db.directory import insert_rows
from db.hsds.csv_tables import HSDS3_FILES, _datapackage_paths, detect_version
from db.hsds.mapping import DATES, FLOATS, INTS, MODELS, _defaults
from db.hsds.records import TABLES, Record
from db.hsds.report import Report
from db.hsds.validate import SPECS, _needed, row_schema
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


def check_staged(staged: Staged, reserved: Mapping[str, set[str]]) -> None:
    """Raise :class:`NotClean` when any staged row would not be imported as it stands.

    The conditions are those of ``db.hsds.validate`` for rows of text: the required columns
    filled, enums, numbers and dates as the official schema says, unique ids (none of them one
    Camino's own taxonomy uses), every reference to a row that exists, coordinates and years in
    range. Each query selects only offending rows and stops at the first.
    """
    connection = _connect(staged.path)
    try:
        if not staged.counts.get("service"):
            raise NotClean("no service")
        for table in rows_of(staged):  # parents first: their ids are indexed when children look them up
            if staged.counts[table]:
                _check_table(connection, staged, table, staged.headers[table], reserved.get(table, set()))
    finally:
        connection.close()


def _any(connection: sqlite3.Connection, sql: str, **params: Any) -> bool:
    return connection.execute(f"SELECT EXISTS ({sql})", {"ws": WHITESPACE, **params}).fetchone()[0] == 1


def _check_table(connection: sqlite3.Connection, staged: Staged, table: str, header: list[str],
                 reserved: set[str]) -> None:
    name = _quote(table)
    official = row_schema(table)
    if "id" not in header:
        raise NotClean(f"{table}: no id column")
    needed = _needed(SPECS[table], False, official)
    if any(column not in header for column in needed):
        raise NotClean(f"{table}: a required column is missing")
    try:  # also what the reference checks look ids up in
        connection.execute(f"CREATE UNIQUE INDEX {_quote(table + '_staged_id')} ON {name} (id)")
    except sqlite3.IntegrityError:
        raise NotClean(f"{table}: duplicate id") from None
    # What makes a row offending, as SQL conditions: all asked in one pass over the table.
    offending = [_blank(column) for column in dict.fromkeys(("id", *needed))]
    params: dict[str, Any] = {}
    if reserved:
        offending.append("id IN (SELECT value FROM json_each(:reserved))")
        params["reserved"] = _json_list(reserved)
    for i, column in enumerate(c for c in official.risky if c in header):
        allowed = official.enums.get(column)
        if allowed is not None:
            offending.append(f"NOT ({_blank(column)}) AND {_quote(column)} NOT IN "
                             f"(SELECT value FROM json_each(:allowed{i}))")
            params[f"allowed{i}"] = _json_list(set(allowed))
    coordinates = {"latitude", "longitude"} & set(header) if table == "location" else set()
    if len(coordinates) == 1:
        raise NotClean("location: only one of latitude and longitude")
    if coordinates:
        offending.append(f"({_blank('latitude')}) <> ({_blank('longitude')})")
    refs = [(ref.column, ref.table, "") for ref in SPECS[table].refs if ref.column in header]
    if table == "attribute":
        if "link_entity" not in header or "link_id" not in header:
            raise NotClean("attribute: no link_entity")
        entities = [row[0] for row in connection.execute(f"SELECT DISTINCT link_entity FROM {name}")]
        if any(entity not in TABLES for entity in entities):
            raise NotClean("attribute: a link_entity that is not an HSDS table")
        refs += [("link_id", entity, f"link_entity = '{entity}' AND ") for entity in entities]
    for column, parent, where in refs:
        condition = f"{where}NOT ({_blank(column)})"
        if parent in staged.headers and staged.counts[parent]:  # (every staged row is kept)
            condition += f" AND {_quote(column)} NOT IN (SELECT id FROM {_quote(parent)})"
        offending.append(condition)
    if _any(connection, f"SELECT 1 FROM {name} WHERE " + " OR ".join(f"({c})" for c in offending), **params):
        raise NotClean(f"{table}: a row with a blank required value, a value not allowed or an unknown reference")
    for column in official.risky:
        if column in header and column not in official.enums:
            _check_column(connection, table, column)


def _json_list(values: set[str]) -> str:
    return json.dumps(sorted(values))


def _check_column(connection: sqlite3.Connection, table: str, column: str) -> None:
    """The filled values of one column the schema constrains (numbers, dates…), each distinct
    value checked in Python; plain decimals of a number column are passed in SQL."""
    official = row_schema(table)
    col = _quote(column)
    where = f"NOT ({_blank(column)})"
    if column in official.plain_numbers:
        # Digits with at most one point and a leading minus: a number float() reads. Short ones,
        # whose range SQLite and Python can only agree on.
        decimal = (f"length({col}) <= 15 AND {col} NOT GLOB '*[^0-9.-]*' AND {col} GLOB '*[0-9]*' "
                   f"AND {col} NOT GLOB '?*-*' AND {col} NOT GLOB '*.*.*'")
        bounds = {"latitude": 90, "longitude": 180}.get(column) if table == "location" else None
        if bounds is not None:
            decimal += f" AND CAST({col} AS REAL) BETWEEN -{bounds} AND {bounds}"
        where += f" AND NOT ({decimal})"
    values = connection.execute(f"SELECT DISTINCT {col} FROM {_quote(table)} WHERE {where}", {"ws": WHITESPACE})
    for (value,) in values:
        if not _value_clean(table, column, value):
            raise NotClean(f"{table}.{column}: {value!r}")


def _value_clean(table: str, column: str, value: str) -> bool:
    """One filled text cell: passes the schema (as ``_plainly_valid``), needs no soft fix, converts."""
    official = row_schema(table)
    number = _number(value)
    if column in official.numbers:
        if number is None:
            if column in official.plain_numbers:
                return False
        else:
            value = number
    with contextlib.suppress(fastjsonschema.JsonSchemaValueException):
        official.check({column: value})
        if table == "location" and column in ("latitude", "longitude"):
            return number is not None and -(90 if column == "latitude" else 180) <= number <= (
                90 if column == "latitude" else 180)
        if table == "organization" and column == "year_incorporated":
            return number is not None and number == int(number)
        if column in DATES:
            try:
                date.fromisoformat(str(value))
            except ValueError:
                return False
        return True
    return False


def _number(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


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
