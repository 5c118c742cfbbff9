"""The smaller hostile cases: empty or negative options, look-alike ZIP codes, set-pin's file, full disks
under print and set-pin, a killed generate's leftovers, and spreadsheet formulas in the report CSV."""

from __future__ import annotations

import json
import os
import resource
import signal
import stat
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from kiosk.errors import BadInput
from kiosk.insights import counters
from kiosk.insights.report import build, csv_text, data_cell
from kiosk.questionnaire import validate_answers

ROOT = Path(__file__).resolve().parent.parent
ANSWERS = {"needs": ["need-start"], "stage": "stage-starting"}


def run_kiosk(*args, stdin: str | None = None, preexec_fn=None, timeout=60):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, input=stdin, env=os.environ.copy(), preexec_fn=preexec_fn)


def small_disk(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    return apply


@pytest.fixture
def answers_file(tmp_path) -> Path:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(ANSWERS))
    return path


def test_an_empty_pdf_path_is_refused_not_sent_to_the_printer(answers_file, demo_db_path):
    result = run_kiosk("print", "--answers", answers_file, "--db", demo_db_path, "--pdf", "")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "--pdf needs a file path" in result.stderr


@pytest.mark.parametrize("value", ["-1", "0", "nan", "inf", "1e9"])
def test_a_print_timeout_out_of_range_is_refused(answers_file, demo_db_path, value):
    result = run_kiosk("print", "--answers", answers_file, "--db", demo_db_path, "--printer", "x", "--timeout", value)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "--timeout" in result.stderr.splitlines()[-1]


@pytest.mark.parametrize("zip_code", ["87105\n", "٨٧١٠٥", "８７１０５", "871051", " 87105", "8710", "87105 "])
def test_a_zip_code_is_five_ascii_digits_exactly(demo_engine, zip_code):
    questions = demo_engine.directory.questions("en")
    zip_question = next(q for q in questions if q.kind == "zip")
    with pytest.raises(BadInput, match="5-digit ZIP code"):
        validate_answers(questions, {**ANSWERS, zip_question.id: zip_code})
    assert validate_answers(questions, {**ANSWERS, zip_question.id: "87105"})


COMMENTED = """# Camino kiosk at the Main Library (IT: ext. 4410)
[kiosk]
id = "abq-main-library"  # the asset tag
location_name = "Albuquerque Main Library"

# printing goes to the front desk
[printing]
paper = "letter"
"""


def test_set_pin_keeps_the_config_comments_writes_0600_and_answers_json(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text(COMMENTED)
    config.chmod(0o644)
    result = run_kiosk("set-pin", "--config", config, stdin="482913\n")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"ok": True, "config": str(config)}
    text = config.read_text()
    for line in COMMENTED.splitlines():
        assert line in text
    assert "pin_hash" in text and "482913" not in text
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name != "config.toml"]


def test_set_pin_on_a_full_disk_leaves_the_config_and_no_tmp(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text(COMMENTED + "# " + "x" * 3000 + "\n")
    before = config.read_bytes()
    result = run_kiosk("set-pin", "--config", config, stdin="482913\n", preexec_fn=small_disk(2048))
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert config.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["config.toml"]


def test_print_pdf_on_a_full_disk_leaves_no_tmp(tmp_path, answers_file, demo_db_path):
    out = tmp_path / "out"
    out.mkdir()
    result = run_kiosk("print", "--answers", answers_file, "--db", demo_db_path, "--pdf", out / "p.pdf",
                       preexec_fn=small_disk(4096))
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert list(out.iterdir()) == []


def test_a_killed_generate_leaves_nothing_once_the_next_one_runs(tmp_path):
    out = tmp_path / "big.sqlite"
    child = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "generate", "--services", "200000",
                              "--out", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not list(tmp_path.glob("*.building")) and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert list(tmp_path.glob("*.building")), "the generate was killed before it began writing"
    result = run_kiosk("generate", "--services", "20", "--out", out)
    assert result.returncode == 0, result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["big.sqlite"]


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\r=1"])
def test_report_cells_that_look_like_formulas_are_data(text):
    assert data_cell(text) == "'" + text
    assert data_cell("Food truck") == "Food truck" and data_cell(12) == "12"


def test_the_report_csv_escapes_a_name_from_the_directory():
    day = date(2026, 1, 5)
    counts = [counters.Count(day, "k", counters.NEED, "need-x", 40),
              counters.Count(day, "k", counters.SESSIONS_STARTED, "", 40)]
    report = build(counts, day, day, {"need-x": "=cmd|' /C calc'!A0"})
    text = csv_text(report)
    assert "'=cmd" in text and ",=cmd" not in text
