"""The staged import (SQLite staging tables, checks in SQL, ``INSERT … SELECT``) installs exactly
what the row-by-row path installs, and gives way to it for any row that path would report.

A blank line in the middle of a CSV file changes nothing the row-by-row reader keeps, but the
staged path does not take a file with one: the same directory with and without it is imported
both ways and every table and the JSON report are compared.
"""

from __future__ import annotations

import csv
import shutil
import sqlite3
from pathlib import Path

import pytest

from benchmarks.bench_import import make_directory
from db.hsds import ImportRejected, import_hsds

QUESTIONNAIRE = Path(__file__).resolve().parent.parent / "db" / "seed" / "albuquerque" / "questionnaire.json"


def tables(db: Path) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(db)
    try:
        found = {}
        for name, sql in connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall():
            # In rowid order (the kiosk reads some tables in the order rows were written), where there is one.
            order = "" if "WITHOUT ROWID" in sql.upper() else "rowid, "
            found[name] = connection.execute(f'SELECT {order}* FROM "{name}" ORDER BY 1').fetchall()
        return found
    finally:
        connection.close()


def edit(folder: Path, file: str, change) -> None:
    path = folder / file
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    rows = change(rows)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)


def set_cell(file: str, row: int, column: str, value: str):
    """A change of ``folder``: one cell of ``file`` (row 0 is the header) set to ``value``."""
    def change(rows: list[list[str]]) -> list[list[str]]:
        rows[row][rows[0].index(column)] = value
        return rows
    return lambda folder: edit(folder, file, change)


def with_column(name: str, value) -> callable:
    return lambda rows: [row + ([name] if i == 0 else [value(i)]) for i, row in enumerate(rows)]


def blank_line_in(folder: Path, file: str) -> None:
    lines = (folder / file).read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(3, "\n")
    (folder / file).write_text("".join(lines), encoding="utf-8")


@pytest.fixture(scope="module")
def directory(tmp_path_factory) -> Path:
    """A 211-shaped directory with every kind of value the staged path converts: coordinates,
    years, dates, amounts, blank and whitespace-only cells, documents and cost options."""
    folder = tmp_path_factory.mktemp("hsds") / "clean"
    make_directory(folder, 240)
    edit(folder, "organizations.csv", with_column("year_incorporated", lambda i: ["1998", "", "2004.0"][i % 3]))
    edit(folder, "services.csv", with_column("assured_date", lambda i: ["2024-03-01", " ", ""][i % 3]))
    set_cell("services.csv", 4, "description", "\u3000")(folder)  # blank: only a wide space
    set_cell("locations.csv", 5, "latitude", " 35.1 ")(folder)
    with open(folder / "cost_options.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "service_id", "amount", "amount_description", "currency"])
        for i in range(0, 240, 7):
            writer.writerow([f"co-{i}", f"svc-{i}", ["0", "25.50", "", "1e2"][i % 4], "Fee", "USD"])
    with open(folder / "required_documents.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "service_id", "document"])
        for i in range(0, 240, 5):
            writer.writerow([f"rd-{i}", f"svc-{i}", "ITIN or passport"])
    (folder / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")  # not HSDS: listed as ignored
    return folder


def import_both_ways(directory: Path, tmp_path: Path, change=None) -> tuple[tuple, tuple]:
    # Folders of the same name: the directory records its source's name.
    staged, row_by_row = tmp_path / "staged" / "city", tmp_path / "row-by-row" / "city"
    shutil.copytree(directory, staged)
    shutil.copytree(directory, row_by_row)
    if change is not None:
        change(staged)
        change(row_by_row)
    blank_line_in(row_by_row, "phones.csv")
    results = []
    for folder in (staged, row_by_row):
        out = tmp_path / f"{folder.parent.name}.sqlite"
        report = import_hsds(folder, out, QUESTIONNAIRE)
        json = report.to_json()
        json["ignored_files"] = sorted(json["ignored_files"])
        results.append((report.path, json, tables(out)))
    return results[0], results[1]


def test_a_clean_directory_is_staged_and_installs_what_the_row_by_row_path_installs(directory, tmp_path):
    (path_a, report_a, tables_a), (path_b, report_b, tables_b) = import_both_ways(directory, tmp_path)
    assert (path_a, path_b) == ("staged", "row-by-row")
    assert report_a == report_b
    assert report_a["imported"]["cost_option"] > 0 and report_a["step_links"]["services_linked"] > 0
    assert report_a["ignored_files"] == ["notes.csv"]
    assert tables_a.keys() == tables_b.keys()
    for name in tables_a:
        assert tables_a[name] == tables_b[name], name
    # The values the staged path converts, as the row-by-row path converts them.
    db = tmp_path / "staged.sqlite"
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("SELECT latitude FROM location WHERE id = 'loc-4'").fetchone() == (35.1,)
        assert connection.execute("SELECT description FROM service WHERE id = 'svc-3'").fetchone() == (None,)
        assert connection.execute("SELECT year_incorporated FROM organization WHERE id = 'org-1'").fetchone() == (2004,)
        assert connection.execute("SELECT assured_date FROM service WHERE id = 'svc-2'").fetchone() == ("2024-03-01",)
        assert connection.execute("SELECT amount FROM cost_option WHERE id = 'co-21'").fetchone() == (25.5,)
    finally:
        connection.close()


def test_nothing_of_the_staging_is_left_beside_the_directory(directory, tmp_path):
    out = tmp_path / "out" / "directory.sqlite"
    out.parent.mkdir()
    assert import_hsds(directory, out, QUESTIONNAIRE).path == "staged"
    assert sorted(p.name for p in out.parent.iterdir()) == ["directory.sqlite"]


@pytest.mark.parametrize("change", [
    lambda folder: edit(folder, "services.csv", lambda rows: [*rows, rows[3]]),  # duplicate id
    set_cell("services.csv", 3, "organization_id", "org-x"),
    set_cell("locations.csv", 3, "latitude", "100"),
    set_cell("attributes.csv", 2, "link_entity", ""),
    set_cell("phones.csv", 3, "service_id", "svc-x"),
], ids=["duplicate-id", "unknown-organization", "latitude-out-of-range", "no-link-entity", "unknown-side-ref"])
def test_a_row_to_report_sends_the_import_down_the_row_by_row_path(directory, tmp_path, change):
    folder = tmp_path / "changed"
    shutil.copytree(directory, folder)
    change(folder)
    out = tmp_path / "out.sqlite"
    try:
        report = import_hsds(folder, out, QUESTIONNAIRE)
    except ImportRejected as rejected:
        assert rejected.report.path == "row-by-row" and rejected.report.errors
        assert not out.exists()
    else:
        assert report.path == "row-by-row" and report.warnings
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_source_not_utf8_is_read_row_by_row_and_the_bad_row_named(directory, tmp_path):
    folder = tmp_path / "changed"
    shutil.copytree(directory, folder)
    data = (folder / "services.csv").read_bytes()
    at = data.index(b"svc-7,")
    (folder / "services.csv").write_bytes(data[:at] + b"\xff" + data[at:])
    with pytest.raises(ImportRejected) as rejected:
        import_hsds(folder, tmp_path / "out.sqlite", QUESTIONNAIRE)
    assert rejected.value.report.path == "row-by-row"
    assert any("not UTF-8" in problem.reason for problem in rejected.value.report.errors)
