"""Checking HSDS records before anything is written.

Each row is checked with jsonschema against the official HSDS 3.0 JSON Schema of its table
(``db/hsds/schema/``: ``required``, enums, number types; fields the schemas mark as dates), plus what
Camino's database cannot do without (a service's organization, an address's location). Then
references are resolved table by table, parents first:

- a reference a row cannot live without (``service.organization_id``) to an id not in the data
  is an error; to a row that was itself skipped, the row is skipped too ("depends on …");
- a side reference (``location.organization_id``, ``phone.service_id``) to an unknown or skipped
  row is left out with a warning, and the row is kept;
- a readable value out of range (latitude 100) is a warning and the value is left out; a value
  that is not readable at all (latitude "north") is an error.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import fastjsonschema
from jsonschema import Draft7Validator, FormatChecker

from db.hsds.records import TABLES, Record, Source
from db.hsds.report import Report


@dataclass(frozen=True)
class Ref:
    column: str
    table: str
    needed: bool


@dataclass(frozen=True)
class Spec:
    """What Camino adds to a table's official schema."""

    # Columns Camino cannot store a row without, beyond the schema's own ``required``.
    camino: tuple[str, ...] = ()
    # Required in 3.0 but absent from 1.1 / 2.0 (a default is supplied or the column stays empty).
    not_in_legacy: tuple[str, ...] = ()
    refs: tuple[Ref, ...] = ()


SPECS: dict[str, Spec] = {
    "organization": Spec(),
    "service": Spec(camino=("organization_id",), refs=(Ref("organization_id", "organization", True),)),
    "location": Spec(not_in_legacy=("location_type",), refs=(Ref("organization_id", "organization", False),)),
    "service_at_location": Spec(camino=("service_id", "location_id"),
                                refs=(Ref("service_id", "service", True), Ref("location_id", "location", True))),
    "address": Spec(camino=("location_id",), not_in_legacy=("address_type",),
                    refs=(Ref("location_id", "location", True),)),
    "phone": Spec(refs=(Ref("location_id", "location", False), Ref("service_id", "service", False),
                        Ref("organization_id", "organization", False),
                        Ref("service_at_location_id", "service_at_location", False))),
    "schedule": Spec(refs=(Ref("service_id", "service", False), Ref("location_id", "location", False),
                           Ref("service_at_location_id", "service_at_location", False))),
    "language": Spec(refs=(Ref("service_id", "service", False), Ref("location_id", "location", False),
                           Ref("phone_id", "phone", False))),
    "required_document": Spec(camino=("service_id", "document"), refs=(Ref("service_id", "service", True),)),
    "cost_option": Spec(camino=("service_id",), refs=(Ref("service_id", "service", True),)),
    "taxonomy_term": Spec(not_in_legacy=("description",), refs=(Ref("parent_id", "taxonomy_term", False),)),
    "attribute": Spec(camino=("link_id", "taxonomy_term_id"), refs=(Ref("taxonomy_term_id", "taxonomy_term", True),)),
}
SCHEMA_DIR = Path(__file__).resolve().parent / "schema"
_SCALARS = ("string", "number", "integer", "boolean")


@dataclass(frozen=True)
class RowSchema:
    """A table's official schema, cut to the columns of one row (nested arrays are other tables).

    ``check`` is the schema compiled to Python by fastjsonschema: a 50,000-service directory has
    half a million rows, and most are valid. Only a row it rejects goes through ``validator``
    (jsonschema), which names every problem of the row. ``required`` is checked column by column.
    """

    check: object
    validator: Draft7Validator
    required: tuple[str, ...]
    numbers: frozenset[str]
    dates: frozenset[str]
    columns: frozenset[str]
    # Columns a text value can fail in (enums, numbers, dates, booleans); any text passes the others.
    risky: tuple[str, ...]
    # Of those, the plain enums (allowed values) and plain numbers, which a text passes or fails
    # by a set lookup or a float(): the others (dates…) go through ``check``.
    enums: dict[str, frozenset[str]] = field(default_factory=dict)
    plain_numbers: frozenset[str] = frozenset()


@cache
def row_schema(table: str) -> RowSchema:
    """The official HSDS 3.0 schema of ``table`` as a row validator (read once)."""
    official = json.loads((SCHEMA_DIR / f"{table}.json").read_text(encoding="utf-8"))
    columns, numbers, dates = {}, set(), set()
    for name, prop in official["properties"].items():
        if prop.get("type") not in _SCALARS:
            continue
        column = {key: prop[key] for key in ("type", "enum") if key in prop}
        if prop.get("datapackage_type") == "date":  # the tabular form's date columns: YYYY-MM-DD
            column["format"] = "date"
            dates.add(name)
        if prop["type"] in ("number", "integer"):
            numbers.add(name)
        columns[name] = column
    schema = {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "properties": columns}
    enums = {name: frozenset(column["enum"]) for name, column in columns.items()
             if set(column) == {"type", "enum"} and column["type"] == "string"
             and all(isinstance(v, str) for v in column["enum"])}
    return RowSchema(fastjsonschema.compile(schema), Draft7Validator(schema, format_checker=FormatChecker(("date",))),
                     tuple(name for name in official.get("required", []) if name in columns),
                     frozenset(numbers), frozenset(dates), frozenset(columns),
                     tuple(name for name, column in columns.items() if column != {"type": "string"}),
                     enums, frozenset(name for name, column in columns.items() if column == {"type": "number"}))


def validate(source: Source, report: Report, legacy: bool, reserved: dict[str, set[str]]) -> dict[str, list[Record]]:
    """The records that can be imported, per table; every problem goes into ``report``.

    ``reserved``: ids already taken per table (Camino's own taxonomy terms).
    """
    present: dict[str, dict[str, Record]] = {t: {} for t in TABLES}
    invalid: set[int] = set()
    textual = source.format.endswith("-csv")  # every value a string (or None)
    for table in TABLES:
        spec = SPECS[table]
        official = row_schema(table)
        seen = present[table]
        taken = reserved.get(table, ())
        soft = table in _SOFT_CHECKED
        needed = _needed(spec, legacy, official)
        for record in source.records[table]:
            if textual and _plainly_valid(record.values, needed, official):
                problems = []
            else:
                problems = _row_problems(record, spec, legacy)
            rid = _id_of(record)
            if rid is not None:
                first = seen.get(rid)
                if first is not None:
                    problems.append(("id", f"duplicate id {rid!r} (first at {first.file} row {first.row})"))
                elif rid in taken:
                    problems.append(("id", f"duplicate id {rid!r}: Camino's own taxonomy uses it"))
                else:
                    seen[rid] = record
            if problems:
                for column, reason in problems:
                    report.error(record.file, record.row, column, reason)
                invalid.add(id(record))
            elif soft:
                _soft_checks(record, report)

    accepted: dict[str, dict[str, Record]] = {t: {} for t in TABLES}
    for table in TABLES:
        kept = accepted[table]
        plain_refs = [(ref.column, accepted[ref.table]) for ref in SPECS[table].refs]
        for record in source.records[table]:
            if invalid and id(record) in invalid:
                continue
            values = record.values
            refs = plain_refs
            if table == "attribute":  # its link_id refers to the table its link_entity names
                entity = values.get("link_entity")
                refs = ([*plain_refs, ("link_id", accepted[entity])] if entity.__class__ is str and entity in accepted
                        else None)
            if refs is not None and _references_found(values, refs):
                kept[_id_of(record)] = record  # nearly every row: each reference to an accepted row
            elif _references_hold(record, _refs(record, present, report), present, accepted, invalid, report):
                kept[record.id] = record
    return {t: list(accepted[t].values()) for t in TABLES}


# Tables with readable values that can be out of range (coordinates, years).
_SOFT_CHECKED = {"location", "organization"}


def _id_of(record: Record) -> str | None:
    """``record.id``, read straight from a text cell when it is one (every row goes through here)."""
    value = record.values.get("id")
    if value.__class__ is str:
        return value if value and not value.isspace() else None
    return record.id


def _references_found(values: dict, refs: list[tuple[str, dict]]) -> bool:
    """True when each reference of a row of text cells is empty or names an accepted row.

    A row this does not pass goes through :func:`_references_hold`, which says what is wrong.
    """
    for column, rows in refs:
        value = values.get(column)
        if value is None:
            continue
        if value.__class__ is not str:
            return False
        if value in rows or not value or value.isspace():
            continue
        return False
    return True


def _needed(spec: Spec, legacy: bool, official: RowSchema) -> tuple[str, ...]:
    """The columns a row of ``spec``'s table cannot leave empty (official and Camino's own)."""
    required = [c for c in official.required if not (legacy and c in spec.not_in_legacy)]
    return tuple(dict.fromkeys([*required, *spec.camino]))


def _plainly_valid(values: dict, needed: tuple[str, ...], official: RowSchema) -> bool:
    """True when a row of text values has no problem :func:`_row_problems` would find.

    Only the columns a text can fail in go through the compiled schema (a text always passes
    a plain string column); a row this does not pass is checked in full, so every problem is
    named exactly as before.
    """
    for column in needed:
        value = values.get(column)
        if not value or value.isspace():
            return False
    if not official.risky:
        return True
    risky = {}
    enums, plain_numbers = official.enums, official.plain_numbers
    for column in official.risky:
        value = values.get(column)
        if not value or value.isspace():
            continue
        allowed = enums.get(column)
        if allowed is not None:
            if value not in allowed:
                return False
            continue
        if column in official.numbers:
            number = _number(value)
            if column in plain_numbers:
                if number is None:
                    return False
                continue
            value = number if number is not None else value
        risky[column] = value
    if risky:
        try:
            official.check(risky)
        except fastjsonschema.JsonSchemaValueException:
            return False
    return True


def _row_problems(record: Record, spec: Spec, legacy: bool) -> list[tuple[str, str]]:
    official = row_schema(record.table)
    row = {}
    columns = official.columns
    numbers = official.numbers
    for column, value in record.values.items():  # the row's own cells: most of a schema's columns are absent
        if column not in columns or value is None:
            continue
        if isinstance(value, str):
            if not value or value.isspace():
                continue
            if column in numbers:  # CSV cells are text: a number column holds what reads as one
                number = _number(value)
                value = number if number is not None else value
        elif column in numbers:
            number = _number(value)
            value = number if number is not None else value
        elif not isinstance(value, bool):
            value = str(value)
        row[column] = value
    problems = [(column, "missing required field") for column in official.required
                if column not in row and not (legacy and column in spec.not_in_legacy)]
    try:
        official.check(row)
    except fastjsonschema.JsonSchemaValueException:
        problems.extend(_schema_problems(record, official, row))
    for column in spec.camino:
        if column not in row and record.get(column) is None:
            problems.append((column, "missing required field"))
    return problems


def _schema_problems(record: Record, official: RowSchema, row: dict):
    """Every problem jsonschema names in a row the compiled schema rejected, as (column, sentence)."""
    errors = sorted(official.validator.iter_errors(row), key=lambda e: (list(e.path), e.validator))
    for error in errors:
        column = str(error.path[0]) if error.path else "id"
        value = record.get(column)
        if error.validator == "enum":
            yield column, f"bad value {value!r} (allowed: {', '.join(error.validator_value)})"
        elif error.validator == "type" and column in official.numbers:
            yield column, (f"bad coordinate {value!r} (not a number)" if column in ("latitude", "longitude")
                           else f"bad number {value!r}")
        elif error.validator == "format" and column in official.dates:
            yield column, f"bad date {value!r} (expected YYYY-MM-DD)"
        else:
            yield column, error.message


def _soft_checks(record: Record, report: Report) -> None:
    """Readable values out of range: left out with a warning, the row is kept."""
    if record.table == "location":
        lat, lon = _number(record.get("latitude")), _number(record.get("longitude"))
        if lat is None and lon is None:
            return
        reason = None
        if lat is None or lon is None:
            reason = "only one of latitude and longitude is given"
        elif not -90 <= lat <= 90:
            reason = f"latitude {record.get('latitude')} is out of range (-90 to 90)"
        elif not -180 <= lon <= 180:
            reason = f"longitude {record.get('longitude')} is out of range (-180 to 180)"
        if reason:
            report.warn(record.file, record.row, "latitude" if "latitude" in reason else "longitude",
                        f"bad coordinate: {reason}; the location is kept without coordinates")
            record.values["latitude"] = record.values["longitude"] = None
    elif record.table == "organization":
        year = record.get("year_incorporated")
        if year is not None and (_number(year) is None or _number(year) != int(_number(year))):
            report.warn(record.file, record.row, "year_incorporated", f"{year!r} is not a year; left out")
            record.values["year_incorporated"] = None


def _refs(record: Record, present: dict[str, dict[str, Record]], report: Report) -> list[Ref]:
    refs = list(SPECS[record.table].refs)
    if record.table != "attribute":
        return refs
    entity, link_id = record.get("link_entity"), str(record.get("link_id"))
    if entity in TABLES:
        return [*refs, Ref("link_id", entity, True)]
    found = next((t for t in TABLES if link_id in present[t]), None)
    given = "no link_entity" if entity is None else f"link_entity {entity!r} is not an HSDS table"
    if found:
        report.warn(record.file, record.row, "link_entity", f"{given}; link_id is a {found} id: stored as {found}")
        record.values["link_entity"] = found
        return [*refs, Ref("link_id", found, True)]
    report.warn(record.file, record.row, "link_id",
                f"{given} and link_id {link_id!r} is no id in the data: attribute not imported")
    return [*refs, Ref("link_id", "", True)]


def _references_hold(record: Record, refs: list[Ref], present: dict[str, dict[str, Record]],
                     accepted: dict[str, dict[str, Record]], invalid: set[int], report: Report) -> bool:
    for ref in refs:
        value = record.get(ref.column)
        if value is None:
            continue
        value = str(value)
        if not ref.table:
            return False  # already reported: links to nothing
        if value in accepted[ref.table]:
            continue
        parent = present[ref.table].get(value)
        if ref.table == record.table and parent is not None and id(parent) not in invalid:
            continue  # a parent term listed after its child
        if parent is not None:
            where = f"{ref.table} {value!r} ({parent.file} row {parent.row})"
            if ref.needed:
                report.skip(record.file, record.row, ref.column, f"depends on skipped {where}")
                return False
            report.warn(record.file, record.row, ref.column, f"refers to skipped {where}; reference left out")
        elif ref.needed:
            report.error(record.file, record.row, ref.column, f"unknown id {value!r}: no {ref.table} has it")
            return False
        else:
            report.warn(record.file, record.row, ref.column,
                        f"unknown id {value!r}: no {ref.table} has it; reference left out")
        record.values[ref.column] = None
    return True


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None
