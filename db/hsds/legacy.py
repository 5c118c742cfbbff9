"""HSDS 1.1 and 2.0 tabular files, renamed into HSDS 3.0 tables and columns.

The older versions split addresses (``physical_addresses.csv``, ``postal_address.csv``), kept
weekly hours in ``regular_schedules.csv`` (weekday, opens_at, closes_at), named a language in
one ``language`` column and linked services to terms through ``services_taxonomy.csv`` (1.1) or
``service_attributes.csv`` (2.0). Columns 3.0 dropped are left out.
"""

from __future__ import annotations

from typing import Any

from db.hsds.records import Record
from db.hsds.report import Report

# File name → HSDS 3.0 table.
FILES = {
    "organizations.csv": "organization",
    "services.csv": "service",
    "locations.csv": "location",
    "services_at_location.csv": "service_at_location",
    "service_at_location.csv": "service_at_location",
    "physical_addresses.csv": "address",
    "postal_address.csv": "address",
    "postal_addresses.csv": "address",
    "phones.csv": "phone",
    "regular_schedules.csv": "schedule",
    "languages.csv": "language",
    "required_documents.csv": "required_document",
    "taxonomy.csv": "taxonomy_term",
    "taxonomy_terms.csv": "taxonomy_term",
    "taxonomy_term.csv": "taxonomy_term",
    "services_taxonomy.csv": "attribute",
    "service_attributes.csv": "attribute",
    "other_attributes.csv": "attribute",
}

# Old column → 3.0 column, per table (applied only when the 3.0 name is not already there).
RENAMES: dict[str, dict[str, str]] = {
    "organization": {"url": "website"},
    "service": {"fees": "fees_description"},
    "taxonomy_term": {"term": "name", "vocabulary": "taxonomy"},
    "attribute": {"service_id": "link_id", "taxonomy_id": "taxonomy_term_id"},
}

WEEKDAYS = {
    "monday": "MO", "mon": "MO", "tuesday": "TU", "tue": "TU", "tues": "TU", "wednesday": "WE", "wed": "WE",
    "thursday": "TH", "thu": "TH", "thurs": "TH", "friday": "FR", "fri": "FR", "saturday": "SA", "sat": "SA",
    "sunday": "SU", "sun": "SU",
}


def to_hsds3(file: str, table: str, row: int, values: dict[str, str], report: Report) -> Record:
    """One row of an HSDS 1.1 / 2.0 file as an HSDS 3.0 record."""
    out: dict[str, Any] = dict(values)
    for old, new in RENAMES.get(table, {}).items():
        if old in out and not out.get(new):
            out[new] = out.pop(old)
    lower = file.lower()
    if table == "location":
        out.setdefault("location_type", "physical")
    elif table == "address":
        out.setdefault("address_type", "postal" if lower.startswith("postal") else "physical")
    elif table == "taxonomy_term" and "code" not in values:
        # 1.1 / 2.0 terms have no code: the id is what a publisher chose to name the term.
        out["code"] = out.get("id")
    elif table == "attribute" and lower != "other_attributes.csv":
        out.setdefault("link_entity", "service")
    elif table == "language":
        _language(out)
    elif table == "schedule" and "weekday" in values:
        _weekday(out, file, row, report)
    return Record(table, file, row, out)


def _language(out: dict[str, Any]) -> None:
    given = out.pop("language", None)
    if given and not out.get("code") and not out.get("name"):
        # 1.1 asks for ISO 639-1 codes, but many publishers write the language's name.
        is_code = len(given) <= 3 or (len(given) <= 8 and given[2:3] in ("-", "_"))
        out["code" if is_code else "name"] = given


def _weekday(out: dict[str, Any], file: str, row: int, report: Report) -> None:
    given = out.pop("weekday", "") or ""
    out.setdefault("freq", "WEEKLY")
    code = WEEKDAYS.get(given.strip().lower())
    if code:
        out["byday"] = code
    elif given.strip():
        # Numbered weekdays differ between publishers (1 = Monday or Sunday): keep the text, don't guess.
        report.warn(file, row, "weekday", f"weekday {given!r} is not a day name; kept in the description")
        out["description"] = f"weekday {given}" + (f"; {out['description']}" if out.get("description") else "")
