"""Rows of a directory being built, shared by the seed builder, the HSDS importer and the generator."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from db import models as m
from db.directory import Tuples, insert_rows

# Parents before children, so foreign keys hold while inserting.
INSERT_ORDER: tuple[type[m.Base], ...] = (
    m.Organization,
    m.Service,
    m.Location,
    m.ServiceAtLocation,
    m.Address,
    m.Phone,
    m.Schedule,
    m.Language,
    m.RequiredDocument,
    m.CostOption,
    m.TaxonomyTerm,
    m.Attribute,
    m.Question,
    m.Option,
    m.Step,
    m.StepPrerequisite,
    m.StepTerm,
    m.Rule,
    m.LocalizedText,
    m.ZipCentroid,
)

Localized = str | Mapping[str, str] | None


class DirectoryRows:
    """Accumulates rows per table; ``text()`` splits a localized value into English + translations."""

    def __init__(self) -> None:
        self.rows: dict[type[m.Base], list[dict[str, Any]]] = {model: [] for model in INSERT_ORDER}
        self.tuples: dict[type[m.Base], Tuples] = {model: Tuples() for model in INSERT_ORDER}

    def add(self, model: type[m.Base], **values: Any) -> dict[str, Any]:
        self.rows[model].append(values)
        return values

    def add_tuple(self, model: type[m.Base], values: tuple[Any, ...]) -> None:
        """Add a row given as a tuple in the table's column order, defaults already in place."""
        self.tuples[model].append(values)

    def text(self, entity: str, entity_id: str, field: str, value: Localized) -> str | None:
        """Return the English text of ``value`` and record its other languages.

        ``value`` is a plain string (English) or a mapping of locale to text with ``en`` in it.
        Raises ``ValueError`` when a mapping has no English text.
        """
        if value is None or isinstance(value, str):
            return value or None
        english = value.get("en")
        if not english:
            raise ValueError(f"{entity} {entity_id}: {field} has no English text")
        for locale, text in value.items():
            if locale != "en" and text:
                self.add(m.LocalizedText, entity=entity, entity_id=entity_id, field=field,
                         locale=locale, text=text)
        return english

    def count(self, model: type[m.Base]) -> int:
        return len(self.rows[model]) + len(self.tuples[model])

    def insert(self, session: Session) -> None:
        insert_rows(session, (pair for model in INSERT_ORDER
                              for pair in ((model, self.rows[model]), (model, self.tuples[model]))))
