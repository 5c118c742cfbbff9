"""``kiosk questions`` and ``kiosk pathway`` as a new user runs them: real processes, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def kiosk(*args, stdin=None):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], input=stdin, capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def test_version():
    result = kiosk("--version")
    assert result.returncode == 0 and result.stdout.startswith("camino ")


def test_questions_in_every_language(demo_db_path):
    for lang in ("en", "es", "vi", "zh_CN", "ar", "fa_AF", "fr", "sw"):
        result = kiosk("questions", "--lang", lang, "--db", str(demo_db_path), "--json")
        assert result.returncode == 0, result.stderr
        data = json.loads(result.stdout)
        assert [q["kind"] for q in data["questions"]][:1] == ["multi"]
        for q in data["questions"]:
            assert set(q) >= {"id", "kind", "text", "options"}
            assert q["kind"] in ("single", "multi", "zip")
            assert all(set(o) >= {"id", "text"} for o in q["options"])


def test_first_run_builds_the_demo_directory_into_the_data_folder(isolated_data_dir):
    result = kiosk("questions", "--json")
    assert result.returncode == 0, result.stderr
    assert (isolated_data_dir / "directory" / "current.sqlite").exists()


def test_pathway_from_a_file_and_from_stdin(demo_db_path, tmp_path):
    questions = json.loads(kiosk("questions", "--db", str(demo_db_path), "--json").stdout)["questions"]
    needs = next(q for q in questions if q["kind"] == "multi")
    answers = {needs["id"]: [o["id"] for o in needs["options"][:3]], "where": "87105"}
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers))
    from_file = kiosk("pathway", "--answers", str(path), "--lang", "es", "--db", str(demo_db_path), "--json")
    from_stdin = kiosk("pathway", "--answers", "-", "--lang", "es", "--db", str(demo_db_path), "--json",
                       stdin=json.dumps(answers))
    assert from_file.returncode == 0, from_file.stderr
    assert from_file.stdout == from_stdin.stdout
    data = json.loads(from_file.stdout)
    assert data["language"] == "es" and data["directory_version"] >= 1
    assert data["steps"] and [s["number"] for s in data["steps"]] == list(range(1, len(data["steps"]) + 1))
    service_keys = {"id", "name", "organization", "description", "phone", "address", "hours", "languages", "cost",
                    "accepts_itin", "url", "documents", "last_verified"}
    for step in data["steps"]:
        assert {"id", "title", "why", "services"} <= set(step)
        for service in step["services"]:
            assert service_keys <= set(service)
    assert isinstance(data["unmatched_needs"], list)


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["pathway", "--answers", "/nonexistent/answers.json"], None, "answers file not found"),
        (["pathway", "--answers", "-"], "{not json", "not valid JSON"),
        (["pathway", "--answers", "-"], '{"needs": "nope"}', "has no option"),
        (["pathway", "--answers", "-"], "[1, 2]", "must be a JSON object"),
        (["pathway", "--answers", "-"], "{}", "answers are empty"),
        (["pathway", "--answers", "-", "--lang", "xx"], "{}", "unknown language"),
        (["questions", "--db", "/nonexistent.sqlite"], None, "not found"),
    ],
)
def test_bad_input_gets_one_clear_line_and_exit_2(args, stdin, message, demo_db_path):
    if "--db" not in args:
        args = [*args, "--db", str(demo_db_path)]
    result = kiosk(*args, stdin=stdin)
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_a_file_that_is_not_a_directory_is_refused_clearly(tmp_path, demo_db_path):
    import sqlite3

    text_file = tmp_path / "notes.sqlite"
    text_file.write_text("hello, I am not a database")
    other_db = tmp_path / "other.sqlite"
    sqlite3.connect(other_db).execute("CREATE TABLE t (x)").connection.commit()
    newer = tmp_path / "newer.sqlite"
    newer.write_bytes(demo_db_path.read_bytes())
    db = sqlite3.connect(newer)
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(demo_db_path.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    damaged.write_bytes(bytes(data))
    for path, message in ((text_file, "not an SQLite file"), (other_db, "not a Camino directory"),
                          (newer, "schema version 99"), (damaged, "damaged")):
        result = kiosk("questions", "--db", str(path), "--json")
        assert result.returncode == 2, (path, result.stderr)
        assert message in result.stderr and "Traceback" not in result.stderr


def test_generate_a_synthetic_directory(tmp_path):
    out = tmp_path / "gen.sqlite"
    result = kiosk("generate", "--services", "300", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["services"] == 300
    questions = json.loads(kiosk("questions", "--db", str(out), "--json").stdout)["questions"]
    needs = next(q for q in questions if q["kind"] == "multi")
    answers = json.dumps({needs["id"]: [o["id"] for o in needs["options"]]})
    pathway = json.loads(kiosk("pathway", "--answers", "-", "--db", str(out), "--json", stdin=answers).stdout)
    assert sum(len(s["services"]) for s in pathway["steps"]) > 10
    bad = kiosk("generate", "--services", "0", "--out", str(tmp_path / "x.sqlite"))
    assert bad.returncode == 2 and "--services" in bad.stderr
