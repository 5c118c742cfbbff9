"""The yearly verification cycle as city staff run it: what is due, the forms, recording a check, old data."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from db.seed import seed_folder
from kiosk.cards import is_out_of_date, months_between

ROOT = Path(__file__).resolve().parent.parent
ANSWERS = {"needs": ["need-money", "need-taxes"], "stage": "stage-starting", "kind": "kind-food",
           "identity": "id-none", "where": "87102"}


def kiosk(*args, env=None):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300, env=env)


@pytest.fixture
def seed_copy(tmp_path) -> Path:
    folder = tmp_path / "seed"
    shutil.copytree(seed_folder("albuquerque"), folder)
    return folder


def _set_dates(folder: Path, dates: dict[str, str | None]) -> None:
    path = folder / "directory.json"
    data = json.loads(path.read_text())
    for org in data["organizations"]:
        for svc in org["services"]:
            if svc["id"] in dates:
                svc["assured_date"] = dates[svc["id"]] or ""
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2))


def _build(folder: Path, tmp_path: Path) -> Path:
    book, db = tmp_path / "d.xlsx", tmp_path / "d.sqlite"
    assert kiosk("workbook", "export", "--source", str(folder), "--out", str(book)).returncode == 0
    result = kiosk("workbook", "build", str(book), "--out", str(db))
    assert result.returncode == 0, result.stderr
    return db


def test_months_count_whole_calendar_months():
    assert months_between(date(2025, 1, 31), date(2026, 1, 30)) == 11
    assert months_between(date(2025, 1, 31), date(2026, 1, 31)) == 12
    assert is_out_of_date(None, 18) and not is_out_of_date(date.today(), 18)
    assert is_out_of_date(date(2020, 5, 1), 18, date(2021, 11, 1))
    assert not is_out_of_date(date(2020, 5, 2), 18, date(2021, 11, 1))


def test_due_lists_never_and_long_ago_by_organization(seed_copy, tmp_path):
    _set_dates(seed_copy, {"svc-wesst-loans": None, "svc-wesst-training": "2024-01-15", "svc-irs-itin": "2025-06-01"})
    db = _build(seed_copy, tmp_path)
    result = kiosk("verify", "due", "--db", str(db), "--months", "12", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    orgs = {o["id"]: o for o in data["organizations"]}
    wesst = {s["id"]: s for s in orgs["org-wesst"]["services"]}
    assert wesst["svc-wesst-loans"]["reason"] == "never verified"
    assert wesst["svc-wesst-training"]["last_verified"] == "2024-01-15"
    months_ago = months_between(date(2025, 6, 1), date.today())
    assert ("org-irs" in orgs) == (months_ago >= 12)
    assert data["services"] == sum(len(o["services"]) for o in data["organizations"])
    assert kiosk("verify", "due", "--db", str(db), "--months", "0").returncode == 2


def test_an_old_check_shows_call_first_on_screen_data_and_paper(seed_copy, tmp_path):
    _set_dates(seed_copy, {"svc-wesst-loans": "2023-01-10"})
    db = _build(seed_copy, tmp_path)
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps(ANSWERS))
    data = json.loads(kiosk("pathway", "--db", str(db), "--answers", str(answers), "--json").stdout)
    cards = {s["id"]: s for step in data["steps"] for s in step["services"]}
    assert cards["svc-wesst-loans"]["out_of_date"] is True
    assert cards["svc-wesst-loans"]["last_verified"] == "2023-01-10"
    assert any(c["out_of_date"] is False for c in cards.values())
    pdf = tmp_path / "p.pdf"
    result = kiosk("print", "--db", str(db), "--answers", str(answers), "--lang", "es", "--bilingual",
                   "--pdf", str(pdf))
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "Puede estar desactualizada: llame antes de ir" in flat and "call first" in flat
    assert "Información revisada por última vez el" in flat
    # A city that checks every two years only: the same service is no longer flagged.
    config = tmp_path / "config.toml"
    config.write_text("[directory]\nstale_after_months = 120\n")
    data = json.loads(kiosk("pathway", "--config", str(config), "--db", str(db), "--answers", str(answers),
                            "--json").stdout)
    assert not any(s["out_of_date"] for step in data["steps"] for s in step["services"])
    config.write_text("[directory]\nstale_after_months = 0\n")
    bad = kiosk("pathway", "--config", str(config), "--db", str(db), "--answers", str(answers), "--json")
    assert bad.returncode == 2 and "stale_after_months" in bad.stderr


def test_one_form_per_organization_with_each_service_as_shown(demo_db_path, tmp_path):
    out = tmp_path / "forms"
    result = kiosk("verify", "sheets", "--db", str(demo_db_path), "--out", str(out))
    assert result.returncode == 0, result.stderr
    forms = json.loads(result.stdout)["forms"]
    assert len(forms) == 23 and all(Path(f["pdf"]).exists() for f in forms)
    irs = next(f for f in forms if f["organization"] == "org-irs")
    text = " ".join(subprocess.run(["pdftotext", irs["pdf"], "-"], capture_output=True, text=True).stdout.split())
    for expected in ("Please check: Internal Revenue Service", "IRS office help (by appointment)",
                     "This is correct as shown", "Needs changes", "Signature", "Date", "Name",
                     "Information last checked on", "844-545-5640"):
        assert expected in text, expected
    assert text.count("This is correct as shown") == irs["services"] >= 3
    png = subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", irs["pdf"], str(tmp_path / "irs")],
                         capture_output=True)
    assert png.returncode == 0 and (tmp_path / "irs-1.png").stat().st_size > 5000
    one = kiosk("verify", "sheets", "--db", str(demo_db_path), "--out", str(tmp_path / "one"), "--org", "org-wesst")
    assert [f["organization"] for f in json.loads(one.stdout)["forms"]] == ["org-wesst"]
    missing = kiosk("verify", "sheets", "--db", str(demo_db_path), "--out", str(tmp_path / "x"), "--org", "org-nope")
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1


def test_recording_a_check_in_the_seed_and_in_the_workbook(seed_copy, tmp_path):
    result = kiosk("verify", "record", "svc-wesst-loans", "--by", "M. Chávez (WESST)", "--date", "2026-11-20",
                   "--source", str(seed_copy))
    assert result.returncode == 0, result.stderr
    data = json.loads((seed_copy / "directory.json").read_text())
    svc = next(s for o in data["organizations"] for s in o["services"] if s["id"] == "svc-wesst-loans")
    assert svc["assured_date"] == "2026-11-20" and svc["verified_by"] == "M. Chávez (WESST)"

    book = tmp_path / "d.xlsx"
    assert kiosk("workbook", "export", "--source", str(seed_copy), "--out", str(book)).returncode == 0
    ws = load_workbook(book)["Services"]
    headers = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == "svc-wesst-loans")
    assert row[headers.index("verified by")] == "M. Chávez (WESST)"
    result = kiosk("verify", "record", "svc-irs-itin", "--by", "City staff", "--date", "2026-10-01",
                   "--source", str(book))
    assert result.returncode == 0, result.stderr
    db = tmp_path / "d.sqlite"
    assert kiosk("workbook", "build", str(book), "--out", str(db)).returncode == 0
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps(ANSWERS))
    pathway = json.loads(kiosk("pathway", "--db", str(db), "--answers", str(answers), "--json").stdout)
    cards = {s["id"]: s for step in pathway["steps"] for s in step["services"]}
    assert cards["svc-irs-itin"]["last_verified"] == "2026-10-01"

    for args, message in ((["svc-nope", "--by", "x"], "no service"),
                          (["svc-irs-itin", "--by", "x", "--date", "2999-01-01"], "future"),
                          (["svc-irs-itin", "--by", "x", "--date", "soon"], "not a date"),
                          (["svc-irs-itin", "--by", "  "], "who checked")):
        bad = kiosk("verify", "record", *args, "--source", str(book))
        assert bad.returncode == 2 and message in bad.stderr, (args, bad.stderr)


def test_the_card_on_screen_says_when_it_was_checked_and_warns_when_old(qtbot, demo_engine):
    from dataclasses import replace

    from PySide6.QtWidgets import QLabel

    from kiosk.questionnaire import Answers
    from ui.widgets.service_card import ServiceCardWidget

    card = demo_engine.build(Answers({"needs": ["need-start"]}), "en").steps[0].services[0]
    assert card.out_of_date is False and card.last_verified is not None

    def shown(c) -> str:
        widget = ServiceCardWidget(c, "en")
        qtbot.addWidget(widget)
        return " ".join(label.text() for label in widget.findChildren(QLabel) if label.text())

    fresh = shown(card)
    assert "Checked on" in fresh and "with the organization" not in fresh and "call first" not in fresh
    old = shown(replace(card, last_verified=date(2023, 1, 10), out_of_date=True))
    assert "January 10, 2023" in old and "May be out of date: call first" in old
