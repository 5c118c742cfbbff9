"""Reading the rows of one workbook sheet as text, with the place of every problem.

Cells are data: a formula cell is read as the text it holds (it is never evaluated), a number as its
digits, a date as YYYY-MM-DD. A problem names its sheet, row, column and reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:@#-]*$")


@dataclass(frozen=True)
class Problem:
    """Something wrong in the workbook, where a person can find it."""

    sheet: str
    row: int
    column: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "reason": self.reason}

    def __str__(self) -> str:
        return f"{self.sheet} row {self.row}, {self.column}: {self.reason}"


@dataclass
class Problems:
    """Problems (nothing is built while there is one) and warnings (built, but worth a look)."""

    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def add(self, sheet: str, row: int, column: str, reason: str) -> None:
        self.errors.append(Problem(sheet, row, column, reason))

    def warn(self, sheet: str, row: int, column: str, reason: str) -> None:
        self.warnings.append(Problem(sheet, row, column, reason))


def cell_text(value: Any) -> str:
    """A cell's value as the text a visitor would see (formulas stay their text, never run)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


@dataclass
class Row:
    """One data row of a sheet: its number and its cells by header."""

    sheet: str
    number: int
    cells: dict[str, Any]
    problems: Problems

    def text(self, column: str) -> str:
        return cell_text(self.cells.get(column))

    def lines(self, column: str) -> list[str]:
        return [line.strip() for line in self.text(column).splitlines() if line.strip()]

    def items(self, column: str) -> list[str]:
        """A comma- or line-separated list."""
        return [part.strip() for part in re.split(r"[,\n]", self.text(column)) if part.strip()]

    def problem(self, column: str, reason: str) -> None:
        self.problems.add(self.sheet, self.number, column, reason)

    def warn(self, column: str, reason: str) -> None:
        self.problems.warn(self.sheet, self.number, column, reason)

    def required(self, column: str) -> str:
        value = self.text(column)
        if not value:
            self.problem(column, "is empty; it must be filled")
        return value

    def ident(self, column: str = "id") -> str:
        value = self.required(column)
        if value and not ID_PATTERN.match(value):
            self.problem(column, f"{value!r} is not an id (letters, digits and - _ . : only, no spaces)")
        return value

    def choice(self, column: str, allowed: Sequence[str], default: str = "") -> str:
        value = self.text(column) or default
        if value and value not in allowed:
            self.problem(column, f"{value!r} is not one of: {', '.join(allowed)}")
        return value

    def yes(self, column: str) -> bool:
        return self.choice(column, ("yes", "no"), "no") == "yes"

    def day(self, column: str) -> str:
        value = self.text(column)
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                self.problem(column, f"{value!r} is not a date (YYYY-MM-DD)")
        return value

    def numeric(self, column: str, kind: type = float) -> Any:
        value = self.cells.get(column)
        if value is None or cell_text(value) == "":
            return None
        try:
            return kind(cell_text(value))
        except ValueError:
            self.problem(column, f"{cell_text(value)!r} is not a {'whole ' if kind is int else ''}number")
            return None


def sheet(wb: Any, name: str) -> Worksheet | None:
    """The sheet called ``name``, or None when someone renamed or deleted it."""
    return wb[name] if name in wb.sheetnames else None


def rows(ws: Worksheet | None, name: str, required: Sequence[str], problems: Problems) -> Iterator[Row]:
    """The non-empty data rows of a sheet; a missing sheet or header column is a problem (row 1)."""
    if ws is None:
        problems.add(name, 0, "", "the sheet is missing (do not rename or delete sheets)")
        return
    grid = ws.iter_rows(values_only=True)
    header_row = next(grid, ())
    headers = [cell_text(h) for h in header_row]
    for column in required:
        if column not in headers:
            problems.add(name, 1, column, "this header column is missing (do not rename header cells)")
    if any(column not in headers for column in required):
        return
    for number, values in enumerate(grid, start=2):
        if all(cell_text(v) == "" for v in values):
            continue
        yield Row(name, number, {h: v for h, v in zip(headers, values, strict=False) if h}, problems)
