"""What an HSDS import found: row errors, skipped rows and warnings, each naming file, row and column.

``row`` counts as a person does in a spreadsheet (the header is row 1, the first record row 2);
for JSON sources it is the place of the object in the document (``services[0].phones[1]``).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One finding about one row (``row`` None: about the whole file)."""

    file: str
    row: int | str | None
    column: str | None
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "row": self.row, "column": self.column, "reason": self.reason}

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f" row {self.row}"
        if self.column:
            where += f" column {self.column}"
        return f"{where}: {self.reason}"


@dataclass
class Report:
    """Errors make rows invalid; warnings are kept-but-changed values; skipped rows were left out."""

    format: str = ""
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    imported: dict[str, int] = field(default_factory=dict)
    ignored_files: list[str] = field(default_factory=list)
    # Attributes that now point at Camino's own terms (services reachable from the questionnaire's steps).
    linked_to_camino: int = 0
    # Step mapping: per service the Camino terms linked, with source and reason (db.hsds.stepmap).
    step_links: dict[str, Any] = field(default_factory=dict)
    # The services a step shows when it has none of its own (given, or chosen at import).
    fallback_services: list[str] = field(default_factory=list)
    # CPU seconds of each phase of the import (read, check, rows, mapping, write), for the benchmark.
    phase_seconds: dict[str, float] = field(default_factory=dict)
    # How the source was read: "staged" (SQLite staging tables, a clean HSDS 3.0 CSV folder) or
    # "row-by-row" (every other source, and any with a row to report or change).
    path: str = "row-by-row"

    @contextlib.contextmanager
    def timed(self, phase: str) -> Iterator[None]:
        """Add the CPU time the block takes to ``phase_seconds[phase]``."""
        started = time.process_time()
        try:
            yield
        finally:
            self.phase_seconds[phase] = self.phase_seconds.get(phase, 0.0) + time.process_time() - started

    def error(self, file: str, row: int | str | None, column: str | None, reason: str) -> None:
        self.errors.append(Problem(file, row, column, reason))

    def warn(self, file: str, row: int | str | None, column: str | None, reason: str) -> None:
        self.warnings.append(Problem(file, row, column, reason))

    def skip(self, file: str, row: int | str | None, column: str | None, reason: str) -> None:
        self.skipped.append(Problem(file, row, column, reason))

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "imported": self.imported,
            "linked_to_camino_terms": self.linked_to_camino,
            "step_links": self.step_links,
            "fallback_services": self.fallback_services,
            "errors": [p.to_json() for p in self.errors],
            "skipped": [p.to_json() for p in self.skipped],
            "warnings": [p.to_json() for p in self.warnings],
            "ignored_files": self.ignored_files,
        }
