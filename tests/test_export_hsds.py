"""``kiosk export-hsds``: an HSDS 3.0 CSV datapackage that validates against the official schema
(tests/data/hsds-3.0-examples/tabular.json, with jsonschema) and imports back whole."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from db.seed import build_seed, seed_folder
from kiosk.cli import main
from kiosk.directory import Directory
from kiosk.pathway import PathwayEngine
from kiosk.questionnaire import Answers
from tests.step_mapping_eval import LABELLED, write_hsds

TABULAR = Path(__file__).parent / "data" / "hsds-3.0-examples" / "tabular.json"
TABLES = ("organization", "service", "location", "service_at_location", "address", "phone", "schedule", "language",
          "required_document", "cost_option", "attribute")


def run(capsys, *args) -> tuple[int, dict | None, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, (json.loads(captured.out) if captured.out.strip() else None), captured.err


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    return build_seed(seed_folder("albuquerque"), tmp_path_factory.mktemp("demo") / "demo.sqlite")


def as_tabular(folder: Path, schema: dict) -> dict[str, list[dict]]:
    """The CSV rows as the objects of the tabular schema: empty cells left out, numbers as numbers."""
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    data: dict[str, list[dict]] = {}
    for resource in package["resources"]:
        types = {k: v.get("type") for k, v in schema["properties"][resource["name"]]["items"]["properties"].items()}
        with open(folder / resource["path"], encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            assert reader.fieldnames == [f["name"] for f in resource["schema"]["fields"]]
            rows = []
            for row in reader:
                obj = {}
                for column, value in row.items():
                    if value != "":
                        obj[column] = float(value) if types.get(column) == "number" else value
                rows.append(obj)
        data[resource["name"]] = rows
    return data


def table(db: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_the_export_validates_against_the_hsds_3_schema(capsys, tmp_path, demo):
    out = tmp_path / "export"
    code, report, err = run(capsys, "export-hsds", "--db", demo, "--out", out)
    assert code == 0, err
    assert report["rows"]["services.csv"] == table(demo, "SELECT count(*) FROM service")[0][0]
    schema = json.loads(TABULAR.read_text(encoding="utf-8"))
    # Formats are checked too (email, date…), except uuid: Camino keeps a city's own ids.
    checker = FormatChecker()
    checker.checkers.pop("uuid")
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
              for e in Draft202012Validator(schema, format_checker=checker).iter_errors(as_tabular(out, schema))]
    assert errors == []
    # A broken row is caught by the same check: the test can fail.
    broken = as_tabular(out, schema)
    del broken["service"][0]["name"]
    assert not Draft202012Validator(schema).is_valid(broken)


def test_the_export_imports_back_whole(capsys, tmp_path, demo):
    out, back = tmp_path / "export", tmp_path / "back.sqlite"
    code, report, err = run(capsys, "export-hsds", "--db", demo, "--out", out)
    assert code == 0, err
    # Addresses whose ZIP code no source gave (the demo leaves unsourced facts empty) cannot be HSDS
    # rows: they are left out, each named on stderr, and everything else comes back as it was.
    unzipped = {row[0] for row in table(demo, "SELECT id FROM address WHERE coalesce(postal_code, '') = ''")}
    assert {(r["file"], r["id"], tuple(r["missing"])) for r in report["left_out"]} == \
        {("addresses.csv", a, ("postal_code",)) for a in unzipped}
    assert all(f"left out addresses.csv {a}: no postal_code" in err for a in unzipped)
    code, report, err = run(capsys, "import-hsds", out, "--out", back)
    assert code == 0, err
    assert report["errors"] == [] and report["warnings"] == []
    for name in TABLES:
        everything = f"SELECT * FROM {name} ORDER BY id"
        expected = [row for row in table(demo, everything) if not (name == "address" and row[0] in unzipped)]
        assert expected == table(back, everything), name
    # Exported again, the package is the same: a round trip loses nothing and adds nothing.
    again = tmp_path / "again"
    assert run(capsys, "export-hsds", "--db", back, "--out", again)[0] == 0
    for path in sorted(out.glob("*.csv")):
        assert (again / path.name).read_bytes() == path.read_bytes(), path.name

    def pathway(db: Path) -> list[tuple[str, list[str]]]:
        directory = Directory(db)
        try:
            answers = Answers()
            answers.set("needs", ["need-start", "need-money", "need-food"])
            steps = PathwayEngine(directory, 35.0844, -106.6504).build(answers, "en").steps
            return [(step.id, [card.id for card in step.services]) for step in steps]
        finally:
            directory.close()

    assert pathway(back) == pathway(demo)


def test_links_made_on_import_go_out_with_their_source_and_come_back(capsys, tmp_path):
    write_hsds(json.loads((LABELLED / "heldout.json").read_text(encoding="utf-8")), tmp_path / "src")
    first, out, back = tmp_path / "first.sqlite", tmp_path / "export", tmp_path / "back.sqlite"
    assert run(capsys, "import-hsds", tmp_path / "src", "--out", first)[0] == 0
    assert run(capsys, "export-hsds", "--db", first, "--out", out)[0] == 0
    with open(out / "attributes.csv", encoding="utf-8", newline="") as fh:
        exported = {(r["link_id"], r["taxonomy_term_id"], r["link_type"]) for r in csv.DictReader(fh)}
    assert ("az-017", "camino-term:microloan", "crosswalk") in exported
    assert ("az-001", "camino-term:register-state", "rule") in exported
    assert run(capsys, "import-hsds", out, "--out", back)[0] == 0
    links = "SELECT link_id, taxonomy_term_id, link_type FROM attribute WHERE taxonomy_term_id LIKE 'camino:%'"
    assert sorted(table(back, links)) == sorted(table(first, links))


def test_bad_export_arguments_are_one_line_and_exit_2(capsys, tmp_path, demo):
    not_db = tmp_path / "notes.txt"
    not_db.write_text("hello")
    code, _, err = run(capsys, "export-hsds", "--db", not_db, "--out", tmp_path / "x")
    assert code == 2 and len(err.strip().splitlines()) == 1 and not (tmp_path / "x").exists()
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "mine.txt").write_text("keep me")
    code, _, err = run(capsys, "export-hsds", "--db", demo, "--out", busy)
    assert code == 2 and "is not an earlier export" in err
    assert [p.name for p in busy.iterdir()] == ["mine.txt"]


def test_a_row_others_depend_on_that_hsds_cannot_carry_fails_the_export_whole(capsys, tmp_path, demo):
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(demo.read_bytes())
    connection = sqlite3.connect(broken)
    with connection:
        connection.execute("UPDATE organization SET description = NULL WHERE id = (SELECT min(id) FROM organization)")
    connection.close()
    code, _report, err = run(capsys, "export-hsds", "--db", broken, "--out", tmp_path / "out")
    assert code == 2 and "which HSDS requires" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists() and [p.name for p in tmp_path.iterdir()] == ["broken.sqlite"]
