"""The city-neutral questionnaire: another city's 211 export becomes that city's kiosk."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.directory import Directory
from kiosk.pathway import PathwayEngine
from kiosk.questionnaire import Answers
from tests.step_mapping_eval import LABELLED, write_hsds

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "db" / "seed" / "template" / "questionnaire.json"
ALBUQUERQUE = ROOT / "db" / "seed" / "albuquerque" / "questionnaire.json"


def run(capsys, *args) -> tuple[int, dict | None, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, (json.loads(captured.out) if captured.out.strip() else None), captured.err


@pytest.fixture
def source(tmp_path) -> Path:
    write_hsds(json.loads((LABELLED / "heldout2.json").read_text(encoding="utf-8")), tmp_path / "src")
    return tmp_path / "src"


def test_the_template_is_made_from_the_demo_questionnaire_as_it_is_now():
    # After a change to the demo questionnaire: .venv/bin/python scripts/city_template.py
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "city_template.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_template_names_no_city_and_has_every_step_and_language_of_the_demo():
    text = TEMPLATE.read_text(encoding="utf-8")
    assert not re.search(r"Albuquerque|New Mexico|Nuevo México|阿尔伯克基|ألباكركي", text)
    template, demo = json.loads(text), json.loads(ALBUQUERQUE.read_text(encoding="utf-8"))
    assert [s["id"] for s in template["steps"]] == [s["id"] for s in demo["steps"]]
    assert [t["code"] for t in template["taxonomy_terms"]] == [t["code"] for t in demo["taxonomy_terms"]]
    for step in template["steps"]:
        assert set(step["title"]) == set(demo["languages"]), step["id"]
    assert template["fallback_services"] == [] and template["zip_centroids"] == {}


def test_a_city_kiosk_from_the_template(capsys, tmp_path, source):
    zips = tmp_path / "gazetteer.txt"  # the Census ZCTA gazetteer's shape (tab-separated)
    zips.write_text("GEOID\tALAND\tAWATER\tALAND_SQMI\tAWATER_SQMI\tINTPTLAT\tINTPTLONG\n"
                    "84111\t2400000\t0\t0.9\t0\t40.756\t-111.884\n84101\t3000000\t0\t1.1\t0\t40.756\t-111.900\n")
    out = tmp_path / "slc.sqlite"
    code, report, err = run(capsys, "import-hsds", source, "--out", out, "--questionnaire", TEMPLATE,
                            "--city", "Salt Lake City", "--state", "Utah", "--zip-centroids", zips)
    assert code == 0, err
    assert report["fallback_services"] == ["nv-017"]  # the 2-1-1 line, chosen from its human-help link
    directory = Directory(out)
    try:
        answers = Answers()
        answers.set("needs", ["need-start"])
        answers.set("where", "84111")
        pathway = PathwayEngine(directory, 40.7608, -111.8910).build(answers, "es")
        titles = {step.id: step.title.text for step in pathway.steps}
        cards = {step.id: [card.id for card in step.services] for step in pathway.steps}
    finally:
        directory.close()
    assert titles["register-city"] == "Regístrese con la Ciudad de Salt Lake City"
    assert cards["register-state"] and set(cards["register-state"]) <= {"nv-001", "ut-001", "ok-001"}
    connection = sqlite3.connect(out)
    try:
        meta = dict(connection.execute("SELECT key, value FROM directory_meta"))
        zip_rows = connection.execute("SELECT zip FROM zip_centroid ORDER BY zip").fetchall()
    finally:
        connection.close()
    assert meta["city"] == "Salt Lake City, Utah" and meta["is_demo"] == "0"
    assert zip_rows == [("84101",), ("84111",)]


def test_fallback_services_named_at_import_win(capsys, tmp_path, source):
    code, report, _ = run(capsys, "import-hsds", source, "--out", tmp_path / "d.sqlite", "--questionnaire", TEMPLATE,
                          "--city", "Reno", "--state", "Nevada", "--fallback", "nv-020", "--fallback", "nv-017")
    assert code == 0 and report["fallback_services"] == ["nv-020", "nv-017"]


@pytest.mark.parametrize(("args", "message"), [
    ([], "is a city-neutral template: give --city and --state"),
    (["--city", "Reno"], "is a city-neutral template: give --state"),
    (["--city", "Reno", "--state", "Nevada", "--zip-centroids", "{tmp}/zips.csv"], "row 2: 'ABCDE' at 1, 2 is not"),
])
def test_template_mistakes_are_one_line_and_exit_2(capsys, tmp_path, source, args, message):
    (tmp_path / "zips.csv").write_text("zip,latitude,longitude\nABCDE,1,2\n")
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    code, report, err = run(capsys, "import-hsds", source, "--out", tmp_path / "d.sqlite", "--questionnaire",
                            TEMPLATE, *args)
    assert code == 2 and report is None and message in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "d.sqlite").exists()
