"""``kiosk import-hsds``: the official HSDS 3.0 examples, a hand-made 1.1 folder, and one broken
fixture per kind of row error (tests/data/hsds/)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.directory import Directory
from kiosk.pathway import PathwayEngine
from kiosk.questionnaire import Answers

OFFICIAL = Path(__file__).parent / "data" / "hsds-3.0-examples"  # copies, with their CC BY-SA notice
DATA = Path(__file__).parent / "data" / "hsds"


def run(capsys, *args: str) -> tuple[int, dict | None, str]:
    code = main(["import-hsds", *map(str, args)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, (json.loads(captured.out) if captured.out.strip() else None), captured.err


def rows(db: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


# -- the official examples ------------------------------------------------------------------------


def test_official_csv_datapackage_imports_with_warnings_for_its_own_schema_slips(capsys, tmp_path):
    out = tmp_path / "dir.sqlite"
    code, report, err = run(capsys, OFFICIAL / "csv", "--out", out)
    assert code == 0, err
    assert report["format"] == "hsds-3.0-csv"
    assert report["errors"] == [] and report["skipped"] == []
    assert report["imported"]["service"] == 1 and report["imported"]["address"] == 1
    warned = {(w["file"], w["column"]) for w in report["warnings"]}
    # The example's location has latitude 100 and an organization_id no organization has;
    # its one attribute links to a placeholder entity ("link_entity") and an id that is nowhere.
    assert ("locations.csv", "latitude") in warned
    assert ("locations.csv", "organization_id") in warned
    assert ("attributes.csv", "link_id") in warned
    assert "programs.csv" in report["ignored_files"]
    assert "detected hsds-3.0-csv" in err
    Directory(out).close()
    assert rows(out, "SELECT latitude, organization_id FROM location") == [(None, None)]
    # Text exactly as given, trailing space and all.
    (description,) = rows(out, "SELECT description FROM service")[0]
    assert description.endswith("circumstances. ")


@pytest.mark.parametrize("name", ["", "service_full.json", "organization_full.json", "service_list.json",
                                  "service_at_location_full.json"])
def test_official_json_documents_import(capsys, tmp_path, name):
    out = tmp_path / "dir.sqlite"
    code, report, err = run(capsys, OFFICIAL / "json" / name, "--out", out)
    assert code == 0, err
    assert report["format"] == "hsds-3.0-json" and report["errors"] == []
    assert report["imported"]["service"] == 1
    directory = Directory(out)
    assert directory.index.ids == ["ac148810-d857-441c-9679-408f346de14b"]
    directory.close()
    # Nested objects keep their parent's id.
    assert rows(out, "SELECT organization_id FROM service") == [("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610",)]


def test_official_json_folder_merges_repeated_objects(capsys, tmp_path):
    out = tmp_path / "dir.sqlite"
    code, report, _ = run(capsys, OFFICIAL / "json", "--out", out)
    assert code == 0
    # The same phone appears under the organization, its location and the service: one row, all links.
    assert report["imported"]["phone"] == 1
    assert rows(out, "SELECT service_id IS NOT NULL, location_id IS NOT NULL, organization_id IS NOT NULL "
                     "FROM phone") == [(1, 1, 1)]
    assert rows(out, "SELECT link_entity, link_id FROM attribute") == [
        ("service", "ac148810-d857-441c-9679-408f346de14b")]


# -- Camino terms: imported services reach the pathway ------------------------------------------------


def _pathway_services(db: Path, need: str) -> dict[str, list[str]]:
    directory = Directory(db)
    try:
        engine = PathwayEngine(directory, 35.0844, -106.6504)
        answers = Answers()
        answers.set("needs", [need])
        pathway = engine.build(answers, "en")
        return {step.id: [card.id for card in step.services] for step in pathway.steps}
    finally:
        directory.close()


def test_service_tagged_with_a_camino_code_appears_in_its_step(capsys, tmp_path):
    out = tmp_path / "dir.sqlite"
    code, report, _ = run(capsys, DATA / "v30_camino", "--out", out)
    assert code == 0
    assert report["linked_to_camino_terms"] == 2  # microloan, accepts-itin; food-trucks stays local
    steps = _pathway_services(out, "need-money")
    assert steps["microloan"] == ["svc-micro"]
    directory = Directory(out)
    assert directory.index.accepts_itin.tolist() == [True]
    directory.close()
    # "<b>" is text, not markup: stored as given.
    assert rows(out, "SELECT description FROM service") == [("Loans from $500, <b>no SSN</b> needed",)]
    assert rows(out, "SELECT taxonomy_term_id FROM attribute ORDER BY id") == [
        ("camino:microloan",), ("camino:accepts-itin",), ("t-3",)]


def test_hsds_1_1_folder(capsys, tmp_path):
    out = tmp_path / "dir.sqlite"
    code, report, err = run(capsys, DATA / "v11", "--out", out)
    assert code == 0, err
    assert report["format"] == "hsds-1.1-csv"
    assert report["imported"]["service"] == 2 and report["imported"]["address"] == 1
    assert rows(out, "SELECT website FROM organization") == [("https://example.org",)]
    assert rows(out, "SELECT fees_description FROM service WHERE id = 'svc-a1'") == [("No fee to apply",)]
    assert rows(out, "SELECT byday, opens_at FROM schedule ORDER BY id") == [("MO", "09:00"), ("TU", "09:00")]
    assert rows(out, "SELECT code, name FROM language ORDER BY id") == [("es", None), (None, "Vietnamese")]
    assert rows(out, "SELECT address_type, address_1 FROM address") == [("physical", "400 Central Ave SE")]
    assert rows(out, "SELECT location_type FROM location") == [("physical",)]
    # The inactive service is imported but never offered.
    assert _pathway_services(out, "need-money")["microloan"] == ["svc-a1"]


def test_hsds_2_0_folder_is_detected(capsys, tmp_path):
    src = tmp_path / "v20"
    src.mkdir()
    (src / "organizations.csv").write_text("id,name,description,url\no1,Org,Does things,\n", encoding="utf-8")
    (src / "services.csv").write_text("id,organization_id,name,status,fees\ns1,o1,Help,active,$5\n",
                                      encoding="utf-8")
    (src / "taxonomy_terms.csv").write_text("id,term,description,parent_id,taxonomy\nt1,Loans,,,\n",
                                            encoding="utf-8")
    (src / "service_attributes.csv").write_text("id,service_id,taxonomy_term_id\na1,s1,t1\n", encoding="utf-8")
    out = tmp_path / "dir.sqlite"
    code, report, err = run(capsys, src, "--out", out)
    assert code == 0, err
    assert report["format"] == "hsds-2.0-csv"
    assert rows(out, "SELECT name, code FROM taxonomy_term WHERE id = 't1'") == [("Loans", "t1")]
    assert rows(out, "SELECT link_id, link_entity FROM attribute") == [("s1", "service")]


# -- row errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("fixture", "file", "row", "column", "reason"), [
    ("missing_required", "services.csv", 3, "name", "missing required field"),
    ("unknown_id", "services.csv", 3, "organization_id", "unknown id 'org-404'"),
    ("bad_enum", "services.csv", 3, "status", "bad value 'open'"),
    ("bad_enum", "locations.csv", 2, "location_type", "bad value 'building'"),
    ("bad_coordinate", "locations.csv", 2, "latitude", "bad coordinate 'north'"),
    ("bad_date", "services.csv", 3, "assured_date", "bad date '2024-13-01'"),
    ("bad_encoding", "organizations.csv", 3, "name", "not UTF-8 text (byte 74)"),
    ("wrong_column_count", "services.csv", 3, None, "wrong column count: 7 values, the header has 6"),
    ("duplicate_id", "services.csv", 3, "id", "duplicate id 'svc-1' (first at services.csv row 2)"),
    ("json_broken", "services.json", "[1]", "status", "bad value 'closed'"),
    ("json_broken", "services.json", "[1]", "assured_date", "bad date 'someday'"),
])
def test_each_kind_of_row_error_is_named_and_nothing_is_written(capsys, tmp_path, fixture, file, row, column,
                                                                reason):
    out = tmp_path / "dir.sqlite"
    code, report, err = run(capsys, DATA / fixture, "--out", out)
    assert code == 2
    assert report["ok"] is False
    matching = [e for e in report["errors"] if (e["file"], e["row"], e["column"]) == (file, row, column)]
    assert matching and reason in matching[0]["reason"], report["errors"]
    assert f"{file} row {row}" in err and "nothing was written" in err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []  # no temporary file left behind either


def test_a_failing_import_leaves_an_existing_directory_untouched(capsys, tmp_path):
    out = tmp_path / "dir.sqlite"
    assert run(capsys, DATA / "v30_camino", "--out", out)[0] == 0
    before = out.read_bytes()
    assert run(capsys, DATA / "unknown_id", "--out", out)[0] == 2
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dir.sqlite"]


def test_skip_invalid_imports_the_valid_rows_and_lists_the_rest(capsys, tmp_path):
    out = tmp_path / "dir.sqlite"
    code, report, err = run(capsys, DATA / "unknown_id", "--out", out, "--skip-invalid")
    assert code == 0
    assert report["imported"]["service"] == 1
    assert [(s["file"], s["row"], s["column"]) for s in report["skipped"]] == [
        ("services.csv", 3, "organization_id")]
    assert "skipped rows" in err
    assert rows(out, "SELECT id FROM service") == [("svc-1",)]


def test_skip_invalid_also_skips_rows_that_depend_on_skipped_rows(capsys, tmp_path):
    out = tmp_path / "dir.sqlite"
    code, report, _ = run(capsys, DATA / "cascade", "--out", out, "--skip-invalid")
    assert code == 0
    skipped = [(s["file"], s["row"], s["column"]) for s in report["skipped"]]
    assert skipped == [("organizations.csv", 3, "name"), ("services.csv", 3, "organization_id"),
                       ("service_at_location.csv", 3, "service_id")]
    assert "depends on skipped organization 'org-2'" in report["skipped"][1]["reason"]
    assert report["imported"]["organization"] == 1 and report["imported"]["service_at_location"] == 1
    # A phone only mentions the skipped service: kept, the reference left out, and said so.
    assert rows(out, "SELECT id, service_id FROM phone") == [("ph-1", None)]
    assert any(w["file"] == "phones.csv" and w["column"] == "service_id" for w in report["warnings"])


# -- sources that are not HSDS at all ---------------------------------------------------------------


def test_unusable_sources_get_one_clear_line(capsys, tmp_path):
    out = tmp_path / "dir.sqlite"
    empty = tmp_path / "empty"
    empty.mkdir()
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("hello", encoding="utf-8")
    for src, said in [(tmp_path / "nowhere", "source not found"), (empty, "source folder is empty"),
                      (other, "unknown format"), (DATA / "v11" / "services.csv", "not one file")]:
        code, report, err = run(capsys, src, "--out", out)
        assert code == 2 and report is None
        assert said in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_bad_json_and_bad_questionnaire(capsys, tmp_path):
    src = tmp_path / "broken.json"
    src.write_text('{"id": "s1", "name": ', encoding="utf-8")
    code, report, err = run(capsys, src, "--out", tmp_path / "a.sqlite")
    assert code == 2 and "not valid JSON" in report["errors"][0]["reason"]
    code, _, err = run(capsys, DATA / "v11", "--out", tmp_path / "b.sqlite", "--questionnaire", tmp_path / "no.json")
    assert code == 2 and "file not found" in err
    assert not (tmp_path / "a.sqlite").exists() and not (tmp_path / "b.sqlite").exists()


def test_copied_official_csv_without_datapackage_is_still_3_0(capsys, tmp_path):
    src = tmp_path / "csv"
    shutil.copytree(OFFICIAL / "csv", src)
    (src / "datapackage.json").unlink()
    code, report, _ = run(capsys, src, "--out", tmp_path / "dir.sqlite")
    assert code == 0 and report["format"] == "hsds-3.0-csv"


def test_row_checks_come_from_the_official_schemas(capsys, tmp_path):
    # schedule.wkst's days and cost_option.amount's number type are in HSDS's own JSON Schemas
    # (db/hsds/schema/), not in any list of Camino's: a row breaking them is named all the same.
    src = tmp_path / "src"
    shutil.copytree(DATA / "v30_camino", src)
    (src / "schedules.csv").write_text("id,service_id,wkst,freq\nsch-1,svc-micro,XX,WEEKLY\n", encoding="utf-8")
    (src / "cost_options.csv").write_text("id,service_id,amount\ncost-1,svc-micro,lots\n", encoding="utf-8")
    code, report, _err = run(capsys, src, "--out", tmp_path / "dir.sqlite")
    assert code == 2
    named = {(e["file"], e["column"]): e["reason"] for e in report["errors"]}
    assert named[("schedules.csv", "wkst")].startswith("bad value 'XX' (allowed: MO, TU, WE, TH, FR, SA, SU)")
    assert named[("cost_options.csv", "amount")] == "bad number 'lots'"
