"""Build a directory database from a workbook, only when the workbook has no problem."""

from __future__ import annotations

from pathlib import Path

from db.directory import write_directory
from db.errors import BadInput
from db.rows import DirectoryRows
from db.seed import add_questionnaire, add_services
from db.seed_translations import with_translations
from db.workbook.read import Workbook, read_workbook


class WorkbookRejected(BadInput):
    """The workbook has problems; ``workbook`` holds them all."""

    def __init__(self, workbook: Workbook) -> None:
        count = len(workbook.problems.errors)
        first = workbook.problems.errors[0]
        super().__init__(f"the workbook has {count} problem{'s' if count != 1 else ''} (first: {first}); "
                         "nothing was built; `kiosk workbook check` lists them all")
        self.workbook = workbook


def build_rows(workbook: Workbook) -> tuple[DirectoryRows, dict]:
    """The rows and directory meta of a checked workbook."""
    rows = DirectoryRows()
    meta = add_questionnaire(rows, workbook.questionnaire)
    add_services(rows, with_translations(workbook.directory, workbook.translations))
    return rows, meta


def build_workbook(path: Path, out: Path) -> Workbook:
    """Read, check and build the workbook at ``path`` into a directory database at ``out``."""
    workbook = read_workbook(path)
    if workbook.problems.errors:
        raise WorkbookRejected(workbook)
    try:
        rows, meta = build_rows(workbook)
    except (KeyError, ValueError, TypeError) as exc:
        raise BadInput(f"{path}: {exc}") from None
    meta["source"] = f"workbook:{Path(path).name}"
    write_directory(Path(out), rows.insert, meta)
    return workbook
