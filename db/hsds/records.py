"""Rows read from any HSDS source, in HSDS 3.0 table and column names, with where they came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The HSDS 3.0 tables Camino stores, parents before children (references are checked in this order).
TABLES = (
    "organization",
    "service",
    "location",
    "service_at_location",
    "address",
    "phone",
    "schedule",
    "language",
    "required_document",
    "cost_option",
    "taxonomy_term",
    "attribute",
)


@dataclass(slots=True)
class Record:
    """One row of one table: ``values`` as given by the source (strings from CSV, any JSON scalar)."""

    table: str
    file: str
    row: int | str
    values: dict[str, Any]

    def get(self, column: str) -> Any:
        """The value, or None when absent or empty (HSDS: empty means not known)."""
        value = self.values.get(column)
        if value.__class__ is str:  # nearly every cell: a CSV string (no strip needed to tell blank)
            return None if not value or value.isspace() else value
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        return value

    @property
    def id(self) -> str | None:
        value = self.get("id")
        return None if value is None else str(value)


@dataclass
class Source:
    """Everything read from a source folder or file, before validation."""

    format: str
    records: dict[str, list[Record]] = field(default_factory=lambda: {t: [] for t in TABLES})

    def add(self, record: Record) -> None:
        self.records[record.table].append(record)
