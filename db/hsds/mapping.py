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


def _day(value: Any) -> date | None:
    return None if _blank(value) else date.fromisoformat(str(value))


def _converters(columns: list[str]) -> list[tuple[str, Any]]:
    """Each column with its converter, chosen once per table rather than once per cell."""
    kinds = [(FLOATS, _number), (INTS, _whole), (DATES, _day)]
    return [(column, next((convert for names, convert in kinds if column in names), _text)) for column in columns]


def add_records(rows: DirectoryRows, accepted: dict[str, list[Record]], camino_codes: set[str],
                rejected: dict[str, set[str]] | None = None) -> int:
    """Add the checked records to ``rows``; return how many attributes now point at Camino terms.

    ``rejected``: service id → Camino codes staff rejected; the publisher's own tag is dropped too.
    """
    rejected = rejected or {}
    to_camino = {
        rec.id: term_id(str(rec.get("code")))
        for rec in accepted["taxonomy_term"] if rec.get("code") is not None and str(rec.get("code")) in camino_codes
    }
    linked = 0
    for table, records in accepted.items():
        model = MODELS[table]
        converters = _converters(_columns(model))
        defaults = DEFAULTS.get(table, {})
        for rec in records:
            if table == "taxonomy_term" and rec.id in to_camino:
                continue  # a term carrying a Camino code is Camino's own term, already in the directory
            given = rec.values
            values = {column: convert(given.get(column)) for column, convert in converters}
            for column, default in defaults.items():
                if values[column] is None:
                    values[column] = default
            if table == "attribute" and values["taxonomy_term_id"] in to_camino:
                values["taxonomy_term_id"] = to_camino[values["taxonomy_term_id"]]
                if values["taxonomy_term_id"].split(":", 1)[1] in rejected.get(str(values["link_id"]), ()):
                    continue
                linked += 1
            rows.add(model, **values)
    return linked
