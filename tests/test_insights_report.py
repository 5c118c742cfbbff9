"""The insight report: numbers match the visits run, small counts are protected, bad input is refused."""

from __future__ import annotations

import csv
import itertools
import subprocess
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.cli import main
from kiosk.insights import counters as c
from kiosk.insights.counters import CounterStore
from kiosk.insights.report import BELOW, HIDDEN, SMALL, protect_closed
from kiosk.insights.session import InsightRecorder
from kiosk.questionnaire import validate_answers

DAY = date(2026, 11, 2)


def visit(recorder, engine, language, needs, *, stage="stage-starting", face=None, missing=(), finished=True):
    recorder.session_started(language)
    answers = validate_answers(engine.directory.questions("en"),
                               {"needs": needs, "stage": stage, "identity": "id-itin", "where": "87123"})
    recorder.answers_submitted(answers)
    if finished:
        recorder.unmatched(engine.build(answers, language))
        recorder.pathway_printed()
        if face:
            recorder.feedback(face, missing=list(missing))
    recorder.session_ended(finished=finished)


def read_csv(path):
    with open(path, encoding="utf-8") as fh:
        return {(r["table"], r["key"]): r["count"] for r in csv.DictReader(fh)}


def run_report(demo_db_path, tmp_path, first, last, capsys):
    out = tmp_path / "report"
    try:
        code = main(["report", "--from", first, "--to", last, "--out", str(out), "--db", str(demo_db_path)])
    except SystemExit as exc:  # argparse's own errors (a malformed date) exit from inside main
        code = exc.code
    captured = capsys.readouterr()
    return code, out, captured


@pytest.fixture
def scripted(demo_engine):
    """Day 1: 9 Spanish + 3 Vietnamese visits; day 2: 2 English visits. Known needs and feedback."""
    store = CounterStore()
    day = [DAY]
    recorder = InsightRecorder(store, "abq-main-library", demo_engine.directory.questions("en"),
                               today=lambda: day[0])
    for i in range(9):
        visit(recorder, demo_engine, "es", ["need-money", "need-bank"] if i < 6 else ["need-money"],
              face="no" if i < 7 else "yes", missing=["need-legal"])
    for _ in range(3):
        visit(recorder, demo_engine, "vi", ["need-taxes"], face="partly")
    day[0] = DAY + timedelta(days=1)
    visit(recorder, demo_engine, "en", ["need-license"], finished=False)
    visit(recorder, demo_engine, "en", ["need-license"], face="yes")
    store.close()
    return store


def test_insight_report_matches_the_visits(scripted, demo_db_path, tmp_path, capsys):
    code, out, captured = run_report(demo_db_path, tmp_path, "2026-11-01", "2026-11-30", capsys)
    assert code == 0, captured.err
    rows = read_csv(out / "camino-insights_2026-11-01_2026-11-30.csv")
    assert rows[("sessions_started", "total")] == "14"
    assert rows[("sessions_finished", "total")] == "13"
    assert rows[("need", "need-money")] == "9"
    assert rows[("need", "need-bank")] == "6"
    assert rows[("missing", "need-legal")] == "7"
    assert rows[("feedback", "no")] == "7"
    assert rows[("take_home", "pathway_printed")] == "13"
    assert rows[("stage", "stage-starting")] == "14"
    # 3 Vietnamese, 2 English, 2 "yes", 3 "partly", 3 taxes, 2 licenses: all fewer than 5.
    for key in (("feedback", "yes"), ("feedback", "partly"), ("need", "need-taxes"), ("need", "need-license")):
        assert rows[key] == BELOW, key
    # Languages add up to the 14 sessions: Vietnamese + English = 5 leaves each anywhere in 1–4, so
    # Spanish can be shown; but the day with 2 sessions alone would be 14 − 12: the other day is hidden.
    assert rows[("language", "vi")] == BELOW and rows[("language", "en")] == BELOW
    assert rows[("language", "es")] == "9"
    assert rows[("sessions_started", "2026-11-03")] == BELOW
    assert rows[("sessions_started", "2026-11-02")] == HIDDEN
    # No identity answer, no ZIP in the report.
    raw = (out / "camino-insights_2026-11-01_2026-11-30.csv").read_text()
    assert "87123" not in raw and "itin" not in raw.lower()

    pdf = out / "camino-insights_2026-11-01_2026-11-30.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "14 started, 13 reached a pathway" in text
    # Need names in English from the directory, even though the visits were in Spanish and Vietnamese.
    assert "Money & loans" in text and "Legal help" in text and "Taxes" in text
    assert "Spanish" in text and "Vietnamese" in text
    assert BELOW in text and HIDDEN in text
    lines = [line.split() for line in text.splitlines()]
    assert ["Money", "&", "loans", "9"] in lines
    assert "87123" not in text


def test_insight_report_of_an_empty_range_says_there_is_no_data(scripted, demo_db_path, tmp_path, capsys):
    code, out, captured = run_report(demo_db_path, tmp_path, "2025-01-01", "2025-01-31", capsys)
    assert code == 0
    assert "no data" in captured.err
    text = (out / "camino-insights_2025-01-01_2025-01-31.csv").read_text()
    assert text.splitlines()[1].startswith("no_data,")
    pdf_text = subprocess.run(["pdftotext", str(out / "camino-insights_2025-01-01_2025-01-31.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
    assert "No data was recorded in this period" in pdf_text


@pytest.mark.parametrize(("first", "last", "message"), [
    ("2026-13-01", "2026-12-31", "is not a date"),
    ("yesterday", "2026-12-31", "is not a date"),
    ("2026-12-31", "2026-12-01", "is after --to"),
])
def test_insight_report_refuses_bad_dates(demo_db_path, tmp_path, capsys, first, last, message):
    code, out, captured = run_report(demo_db_path, tmp_path, first, last, capsys)
    assert code == 2
    assert message in captured.err
    assert "Traceback" not in captured.err
    assert not out.exists()


def test_insight_report_refuses_a_file_as_out(demo_db_path, tmp_path, capsys):
    target = tmp_path / "file.txt"
    target.write_text("x")
    assert main(["report", "--from", "2026-11-01", "--to", "2026-11-02", "--out", str(target)]) == 2
    assert "must be a folder" in capsys.readouterr().err


def test_insight_report_hides_a_lone_small_cell_behind_a_total():
    shown = protect_closed({"es": 20, "en": 3}, total_known=True)
    assert shown == {"es": HIDDEN, "en": BELOW}
    assert protect_closed({"es": 20, "en": 3}, total_known=False) == {"es": "20", "en": BELOW}
    assert protect_closed({"es": 20, "en": 7}, total_known=True) == {"es": "20", "en": "7"}
    # Two cells of 4 and a total of 8: both must be 4; nothing can protect them.
    assert protect_closed({"a": 4, "b": 4}, total_known=True) is None


def _possible(shown: dict[str, str], total: int, key: str) -> set[int]:
    """Every value ``key`` can take given what is published (brute force)."""
    ranges = {k: (range(1, SMALL) if s == BELOW else range(SMALL, total + 1) if s == HIDDEN else [int(s)])
              for k, s in shown.items()}
    keys = list(ranges)
    values = set()
    for combo in itertools.product(*(ranges[k] for k in keys)):
        if sum(combo) == total:
            values.add(combo[keys.index(key)])
    return values


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=14), min_size=1, max_size=5))
def test_insight_report_no_small_cell_can_be_worked_out_from_the_total(counts):
    cells = {f"c{i}": n for i, n in enumerate(counts)}
    total = sum(counts)
    shown = protect_closed(cells, total_known=total >= SMALL)
    if shown is None:
        return  # the report then hides the whole table and its total
    for key, value in shown.items():
        if value == BELOW and total >= SMALL:
            assert len(_possible(shown, total, key)) > 1, (cells, shown, key)
        if value not in (BELOW, HIDDEN):
            assert int(value) == cells[key] and (value == "0" or int(value) >= SMALL)


def test_insight_report_order_does_not_rank_hidden_cells(demo_engine):
    from kiosk.insights.report import build

    rows = [c.Count(DAY, "k", c.SESSIONS_STARTED, "", 40), c.Count(DAY, "k", c.SESSIONS_FINISHED, "", 40),
            c.Count(DAY, "k", c.LANGUAGE, "es", 40),
            c.Count(DAY, "k", c.NEED, "need-taxes", 4), c.Count(DAY, "k", c.NEED, "need-bank", 1),
            c.Count(DAY, "k", c.NEED, "need-money", 30)]
    report = build(rows, DAY, DAY, {"need-taxes": "Taxes", "need-bank": "Bank", "need-money": "Money"})
    # Sorted by what is published: "<5" cells by name, not by their true size.
    assert [cell.name for cell in report.sections[c.NEED].cells] == ["Money", "Bank", "Taxes"]


def test_insight_report_hides_linked_tables_when_one_cannot_be_protected():
    from kiosk.insights.report import build

    day2 = DAY + timedelta(days=1)
    rows = [c.Count(d, "k", dim, "", 4) for d in (DAY, day2) for dim in (c.SESSIONS_STARTED, c.SESSIONS_FINISHED)]
    rows += [c.Count(DAY, "k", c.LANGUAGE, "es", 4), c.Count(day2, "k", c.LANGUAGE, "es", 4)]
    report = build(rows, DAY, day2, {})
    # Two days of 4 and a total of 8 would pin both days; Spanish = 8 would give the total away.
    assert report.sections[c.SESSIONS_STARTED].total.shown == HIDDEN
    assert [cell.shown for cell in report.sections[c.SESSIONS_STARTED].cells] == [BELOW, BELOW]
    assert [cell.shown for cell in report.sections[c.LANGUAGE].cells] == [HIDDEN]
