"""The checks of a staged HSDS 3.0 CSV source (``db.hsds.staging``): SQL queries that select only
offending rows, so that a source is imported the staged way only when the row-by-row path
(``db.hsds.validate``) would report, skip or change none of its rows.
"""

from __future__ import annotations

import contextlib
import math
import sqlite3
from collections.abc import Mapping
from datetime import date
from typing import Any

import fastjsonschema

from db.hsds.mapping import DATES
from db.hsds.records import TABLES
from db.hsds.staging import WHITESPACE, NotClean, Staged, _any, _blank, _connect, _json_list, _quote, rows_of
from db.hsds.validate import SPECS, _needed, row_schema


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
