"""Hostile files handed to the CLI: exit 2 with a sentence, nothing written, nothing hung.

By kind: strict JSON (lone surrogate, 400-digit number), structure (``"resources": 5``), line
endings (CR only), depth (100,000-deep JSON and TOML), size and kind (/dev/zero, a folder named
x.json, named pipes as datapackage.json, --pubkey, CAMINO_CONFIG, --db, answers, questionnaire).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from db import input_guard
from kiosk.cli import main
from kiosk.errors import BadInput

ROOT = Path(__file__).resolve().parent.parent
V30 = ROOT / "tests" / "data" / "hsds" / "v30_camino"
DEEP_JSON = "[" * 100_000 + "]" * 100_000


def cli(capsys, *args) -> tuple[int, str]:
    code = main([str(a) for a in args])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


def refused(capsys, words: str, *args) -> str:
    code, err = cli(capsys, *args)
    assert code == 2, err
    assert words in err, err
    return err


# -- strict JSON --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "words"), [
    ('"\\ud800"', "lone surrogate"),
    ('{"a": ["x", {"b": "\\udfff"}]}', "lone surrogate"),
    ("9" * 400, "a number of 400 digits"),
    ("-" + "1" * 19, "a number of 19 digits"),
    ("1e400", "too large"),
    ("NaN", "not a JSON number"),
    ("[Infinity]", "not a JSON number"),
    (DEEP_JSON, "nests deeper than 64 levels"),
    ('{"a":' * 100_000 + "1" + "}" * 100_000, "nests deeper than 64 levels"),
])
def test_strict_json_refuses_with_a_sentence(text, words):
    with pytest.raises(BadInput, match=words) as caught:
        input_guard.parse_json(text, "x.json")
    assert "\n" not in str(caught.value)


def test_strict_json_still_reads_honest_json():
    text = '{"s": "a [ string { with brackets \\" and quotes", "n": 123456789012345678, "f": -1.5e3}'
    assert input_guard.parse_json("[" * 63 + text + "]" * 63, "x")[0][0] is not None
    assert input_guard.parse_json(text, "x")["n"] == 123456789012345678


@pytest.mark.parametrize(("record", "words"), [
    ('[{"id": "o1", "name": "\\ud800"}]', "lone surrogate"),
    ('[{"id": "o1", "name": "Org", "year_incorporated": ' + "9" * 400 + "}]", "400 digits"),
    (DEEP_JSON, "nests deeper than 64 levels"),
])
def test_import_of_hostile_json_exits_2(capsys, tmp_path, record, words):
    src = tmp_path / "hostile.json"
    src.write_text(record)
    refused(capsys, words, "import-hsds", src, "--out", tmp_path / "o.sqlite")
    assert not (tmp_path / "o.sqlite").exists()


def test_resources_that_is_not_a_list_exits_2(capsys, tmp_path):
    src = shutil.copytree(V30, tmp_path / "pkg")
    package = json.loads((src / "datapackage.json").read_text())
    package["resources"] = 5
    (src / "datapackage.json").write_text(json.dumps(package))
    err = refused(capsys, "'resources' must be a list", "import-hsds", src, "--out", tmp_path / "o.sqlite")
    assert err.count("\n") == 1


def test_cr_only_line_endings_import_like_lf(capsys, tmp_path):
    src = shutil.copytree(V30, tmp_path / "pkg")
    for csv in src.glob("*.csv"):
        csv.write_bytes(csv.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r"))
    assert cli(capsys, "import-hsds", src, "--out", tmp_path / "cr.sqlite")[0] == 0
    assert cli(capsys, "import-hsds", V30, "--out", tmp_path / "lf.sqlite")[0] == 0
    from db.identity import check_file
    from kiosk.directory import Directory

    cr, lf = Directory(tmp_path / "cr.sqlite"), Directory(tmp_path / "lf.sqlite")
    assert cr.index.ids == lf.index.ids and check_file(tmp_path / "cr.sqlite")
    cr.close()
    lf.close()


@pytest.mark.parametrize("where", ["answers", "questionnaire", "config"])
def test_100000_deep_json_or_toml_anywhere_exits_2(capsys, tmp_path, where, monkeypatch):
    deep = tmp_path / "deep.json"
    deep.write_text(DEEP_JSON)
    if where == "answers":
        refused(capsys, "nests deeper", "pathway", "--answers", deep)
    elif where == "questionnaire":
        refused(capsys, "nests deeper", "import-hsds", V30, "--out", tmp_path / "o.sqlite", "--questionnaire", deep)
    else:
        toml = tmp_path / "deep.toml"
        toml.write_text("x = " + DEEP_JSON + "\n")
        refused(capsys, "nests deeper", "status", "--config", toml)


# -- what is not a regular file -----------------------------------------------------------------


@pytest.mark.parametrize("where", ["answers", "questionnaire", "db", "pubkey"])
def test_dev_zero_is_refused_not_read(capsys, tmp_path, where):
    args = {"answers": ["pathway", "--answers", "/dev/zero"],
            "questionnaire": ["import-hsds", V30, "--out", tmp_path / "o.sqlite", "--questionnaire", "/dev/zero"],
            "db": ["questions", "--db", "/dev/zero"],
            "pubkey": ["sync", "--from", tmp_path, "--pubkey", "/dev/zero"]}[where]
    refused(capsys, "not a", *args)


def test_a_folder_named_x_json_is_refused(capsys, tmp_path):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.json").write_text('[{"id": "o1", "name": "Org"}]')
    (tmp_path / "src" / "x.json").mkdir()
    refused(capsys, "must be a regular file, not a folder", "import-hsds", tmp_path / "src", "--out", tmp_path / "o")
    (tmp_path / "q.json").mkdir()
    refused(capsys, "not a folder", "import-hsds", V30, "--out", tmp_path / "o.sqlite", "--questionnaire",
            tmp_path / "q.json")
    refused(capsys, "not a folder", "pathway", "--answers", tmp_path / "q.json")


def run_kiosk(*args, env=None):
    """A subprocess: a hang would be killed by the timeout instead of stopping the suite."""
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, text=True,
                          timeout=30, env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("where", ["datapackage.json", "pubkey", "config", "db", "answers", "questionnaire",
                                   "HSDS json"])
def test_a_named_pipe_is_refused_at_once(tmp_path, where, demo_db_path):
    fifo = tmp_path / ("datapackage.json" if where == "datapackage.json" else "pipe.json")
    if where == "datapackage.json":
        shutil.copytree(V30, tmp_path, dirs_exist_ok=True)
        fifo.unlink()
    os.mkfifo(fifo)
    env = None
    args = {"datapackage.json": ["import-hsds", tmp_path, "--out", tmp_path / "o.sqlite"],
            "pubkey": ["sync", "--from", tmp_path, "--pubkey", fifo],
            "config": ["status"],
            "db": ["questions", "--db", fifo],
            "answers": ["pathway", "--answers", fifo, "--db", demo_db_path],
            "questionnaire": ["import-hsds", V30, "--out", tmp_path / "o.sqlite", "--questionnaire", fifo],
            "HSDS json": ["import-hsds", fifo, "--out", tmp_path / "o.sqlite"]}[where]
    if where == "config":
        env = {"CAMINO_CONFIG": str(fifo)}
    result = run_kiosk(*args, env=env)
    assert result.returncode == 2, result.stderr
    assert "not a regular file" in result.stderr or "named pipe" in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "o.sqlite").exists()


def test_the_installed_directory_serves_on_after_every_refusal(capsys, tmp_path, demo_db_path):
    from kiosk import paths
    from kiosk.directory import Directory
    from kiosk.sync.bundle import sha256_file

    shutil.copyfile(demo_db_path, paths.installed_directory())
    before = sha256_file(paths.installed_directory())
    deep = tmp_path / "deep.json"
    deep.write_text(DEEP_JSON)
    (tmp_path / "folder.json").mkdir()
    for args in (["pathway", "--answers", deep], ["pathway", "--answers", "/dev/zero"],
                 ["pathway", "--answers", tmp_path / "folder.json"],
                 ["import-hsds", deep, "--out", paths.installed_directory()],
                 ["questions", "--db", "/dev/zero"], ["sync", "--from", tmp_path, "--pubkey", deep]):
        assert cli(capsys, *args)[0] == 2, args
    assert sha256_file(paths.installed_directory()) == before
    directory = Directory(paths.installed_directory())
    assert directory.questions("en")
    directory.close()
    answers = tmp_path / "answers.json"
    answers.write_text('{"needs": ["need-start"], "stage": "stage-starting"}')
    assert cli(capsys, "pathway", "--answers", answers)[0] == 0
