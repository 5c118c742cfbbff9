"""Checked HSDS records → rows of Camino's directory tables.

Text is stored exactly as given (it is shown as plain text, never as HTML). An imported taxonomy
term whose ``code`` is one of Camino's term codes (``microloan``, ``accepts-itin``…) connects the
services tagged with it to Camino's steps: their attributes point at Camino's own term.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from db import models as m
from db.hsds.records import Record
from db.identity import term_id
from db.rows import DirectoryRows

MODELS: dict[str, type[m.Base]] = {
    "organization": m.Organization,
    "service": m.Service,
    "location": m.Location,
    "service_at_location": m.ServiceAtLocation,
    "address": m.Address,
    "phone": m.Phone,
    "schedule": m.Schedule,
    "language": m.Language,
    "required_document": m.RequiredDocument,
    "cost_option": m.CostOption,
    "taxonomy_term": m.TaxonomyTerm,
    "attribute": m.Attribute,
}
FLOATS = {"latitude", "longitude", "amount"}
INTS = {"year_incorporated"}
DATES = {"assured_date"}
DEFAULTS = {"service": {"status": "active"}, "location": {"location_type": "physical"},
            "address": {"address_type": "physical"}, "attribute": {"link_entity": "service"}}


def _columns(model: type[m.Base]) -> list[str]:
    return [column.name for column in model.__table__.columns]


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Any) -> Any:
    if value.__class__ is str:  # nearly every cell: a CSV string
        return value if value and not value.isspace() else None
    return None if value is None else str(value)


def _number(value: Any) -> float | None:
    return None if _blank(value) else float(value)


def _whole(value: Any) -> int | None:
    return None if _blank(value) else int(float(value))


def _day(value: Any) -> str | None:
    # As SQLite's DATE column stores it (YYYY-MM-DD), so the rows need no bind processor on insert.
    return None if _blank(value) else date.fromisoformat(str(value)).isoformat()


def _converters(columns: list[str]) -> list[tuple[str, Any, bool]]:
    """Each column with its converter (and whether it is the text one), chosen once per table."""
    kinds = [(FLOATS, _number), (INTS, _whole), (DATES, _day)]
    found = [(column, next((convert for names, convert in kinds if column in names), _text)) for column in columns]
    return [(column, convert, convert is _text) for column, convert in found]


def _defaults(table: str, model: type[m.Base]) -> list[tuple[int, Any]]:
    """(position, value) of each column a row that leaves it empty still gets a value for:
    the import's own defaults, then the model's."""
    found = []
    for i, column in enumerate(model.__table__.columns):
        default = DEFAULTS.get(table, {}).get(column.name)
        if default is None and column.default is not None and column.default.is_scalar:
            default = column.default.arg
        if default is not None:
            found.append((i, default))
    return found


def add_records(rows: DirectoryRows, accepted: dict[str, list[Record]], camino_codes: set[str],
                rejected: dict[str, set[str]] | None = None) -> int:
    """Add the checked records to ``rows``; return how many attributes now point at Camino terms.

    ``rejected``: service id → Camino codes staff rejected; the publisher's own tag is dropped too.
    Rows are made as tuples in column order: half a million records need not become dicts too.
    """
    rejected = rejected or {}
    to_camino = {
        rec.id: term_id(str(rec.get("code")))
        for rec in accepted["taxonomy_term"] if rec.get("code") is not None and str(rec.get("code")) in camino_codes
    }
    linked = 0
    for table, records in accepted.items():
        model = MODELS[table]
        columns = _columns(model)
        converters = _converters(columns)
        defaults = _defaults(table, model)
        if table == "attribute":
            term_at, link_at = columns.index("taxonomy_term_id"), columns.index("link_id")
        out = rows.tuples[model]
        out.bound = True  # every value made here is as the driver takes it
        for rec in records:
            if table == "taxonomy_term" and rec.id in to_camino:
                continue  # a term carrying a Camino code is Camino's own term, already in the directory
            given = rec.values.get
            # A column the row does not have is None without a converter call (most columns of a table),
            # and a text cell that is not blank is itself the value (most of the others).
            values = [None if (value := given(column)) is None
                      else value if is_text and value.__class__ is str and value and not value.isspace()
                      else convert(value) for column, convert, is_text in converters]
            for i, default in defaults:
                if values[i] is None:
                    values[i] = default
            if table == "attribute" and values[term_at] in to_camino:
                values[term_at] = to_camino[values[term_at]]
                if values[term_at].split(":", 1)[1] in rejected.get(str(values[link_at]), ()):
                    continue
                linked += 1
            out.append(tuple(values))
    return linked
