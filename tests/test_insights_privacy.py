"""Privacy of the insight counters: after many visits driven as the screens drive them, the state
database holds daily counts and nothing that ties one visitor's choices together."""

from __future__ import annotations

import random
import re
import sqlite3
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from kiosk.config import LANGUAGES
from kiosk.insights import counters as c
from kiosk.insights.counters import CounterStore
from kiosk.insights.session import InsightRecorder
from kiosk.questionnaire import validate_answers

# ZIP codes nobody else in the repository uses, so finding them in the file can only mean a leak.
ZIPS = ("87123", "87144", "87199")
DAY = date(2026, 11, 2)


class Clock:
    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


def drive_visit(recorder: InsightRecorder, engine, language: str, raw: dict, *, switch_to: str | None = None,
                printed: bool = False, qr: bool = False, face: str | None = None, missing=(),
                finished: bool = True):
    """One visit, with the calls the screens make, in their order. Returns the pathway shown."""
    recorder.session_started(language)
    if switch_to:
        recorder.language_changed(switch_to)
        language = switch_to
    answers = validate_answers(engine.directory.questions("en"), raw)
    recorder.answers_submitted(answers)
    pathway = None
    if finished:
        pathway = engine.build(answers, language)
        recorder.unmatched(pathway)
        if printed:
            recorder.pathway_printed()
        if qr:
            recorder.qr_shown()
        if face:
            recorder.feedback(face, missing=list(missing))
    recorder.session_ended(finished=finished)
    return pathway


def random_visits(engine, n: int, seed: int = 3) -> list[dict]:
    """Scripted visits: answers of every kind, including the identity question and ZIP codes."""
    rnd = random.Random(seed)
    questions = {q.facet: q for q in engine.directory.questions("en")}
    needs = [o.id for o in questions["need"].options]
    visits = []
    for _ in range(n):
        raw = {questions["need"].id: rnd.sample(needs, rnd.randint(1, 3)),
               questions["stage"].id: rnd.choice(questions["stage"].options).id,
               questions["kind"].id: rnd.choice(questions["kind"].options).id,
               questions["identity"].id: rnd.choice(questions["identity"].options).id,
               questions["location"].id: rnd.choice((*ZIPS, "near"))}
        face = rnd.choice((None, "yes", "partly", "no"))
        visits.append({"language": rnd.choice(LANGUAGES), "raw": raw, "printed": rnd.random() < 0.5,
                       "qr": rnd.random() < 0.3, "face": face,
                       "missing": rnd.sample(needs, 2) if face == "no" else (),
                       "finished": rnd.random() < 0.85,
                       "switch_to": rnd.choice(LANGUAGES) if rnd.random() < 0.1 else None})
    return visits


def run(engine, visits, store: CounterStore, clock: Clock, per_day: int = 10) -> list:
    recorder = InsightRecorder(store, "abq-main-library", engine.directory.questions("en"), today=clock)
    pathways = []
    for i, visit in enumerate(visits):
        clock.day = DAY + timedelta(days=i // per_day)
        pathways.append(drive_visit(recorder, engine, visit["language"], visit["raw"], switch_to=visit["switch_to"],
                                    printed=visit["printed"], qr=visit["qr"], face=visit["face"],
                                    missing=visit["missing"], finished=visit["finished"]))
    return pathways


def files_of(db: Path) -> list[Path]:
    return [p for p in db.parent.iterdir() if p.name.startswith(db.name)]


@pytest.fixture
def store(tmp_path):
    store = CounterStore(tmp_path / "state.sqlite")
    yield store
    store.close()


def test_privacy_stored_data_is_daily_counts_only(demo_engine, store):
    visits = random_visits(demo_engine, 80)
    run(demo_engine, visits, store, Clock(DAY))
    store.close()

    db = sqlite3.connect(store.path)
    tables = {name: sql for name, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")}
    assert set(tables) == {"insight_daily_count", "insight_uploaded_day"}
    for name, sql in tables.items():
        # No row id: nothing in the file tells in which order rows were first written.
        assert "WITHOUT ROWID" in sql.upper(), name
        with pytest.raises(sqlite3.OperationalError):
            db.execute(f"SELECT rowid FROM {name}")
    columns = {name: [row[1] for row in db.execute(f"PRAGMA table_info({name})")] for name in tables}
    assert columns == {"insight_daily_count": ["day", "kiosk", "dimension", "value", "count"],
                       "insight_uploaded_day": ["kiosk", "day"]}
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE type IN ('index', 'trigger', 'view') "
                      "AND sql IS NOT NULL").fetchone()[0] == 0
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"

    questions = {q.facet: q for q in demo_engine.directory.questions("en")}
    allowed = {
        c.SESSIONS_STARTED: {""}, c.SESSIONS_FINISHED: {""}, c.PATHWAY_PRINTED: {""}, c.QR_SHOWN: {""},
        c.LANGUAGE: set(LANGUAGES), c.FEEDBACK: set(c.FACES),
        c.NEED: {o.id for o in questions["need"].options}, c.MISSING: {o.id for o in questions["need"].options},
        c.UNMATCHED: {o.id for o in questions["need"].options},
        c.STAGE: {o.id for o in questions["stage"].options}, c.KIND: {o.id for o in questions["kind"].options},
    }
    rows = db.execute("SELECT day, kiosk, dimension, value, count FROM insight_daily_count").fetchall()
    db.close()
    assert rows
    for day, kiosk, dimension, value, count in rows:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", day)
        assert kiosk == "abq-main-library"
        assert value in allowed[dimension], (dimension, value)
        assert isinstance(count, int) and count > 0

    # The raw bytes of every file of the database: no ZIP, no identity answer, no answer text, no time of day.
    assert [p.name for p in files_of(store.path)] == ["state.sqlite"], "no journal or WAL may stay behind"
    raw = b"".join(p.read_bytes() for p in files_of(store.path))
    identity_words = [o.id for o in questions["identity"].options] + ["itin", "ssn", "ITIN", "SSN", "near"]
    answer_texts = [o.text.text for q in questions.values() for o in q.options]
    for needle in (*ZIPS, *identity_words, *answer_texts):
        assert needle.encode() not in raw, needle
    assert not re.search(rb"\d{2}:\d{2}", raw), "no time of day anywhere in the file"


def test_privacy_totals_match_the_visits(demo_engine, store):
    visits = random_visits(demo_engine, 60, seed=11)
    pathways = run(demo_engine, visits, store, Clock(DAY), per_day=60)
    got = Counter({(r.dimension, r.value): r.count for r in store.counts(DAY, DAY)})
    expected: Counter = Counter()
    needs_q = next(q for q in demo_engine.directory.questions("en") if q.facet == "need")
    for visit, pathway in zip(visits, pathways, strict=True):
        expected[(c.SESSIONS_STARTED, "")] += 1
        expected[(c.LANGUAGE, visit["switch_to"] or visit["language"])] += 1
        for need in visit["raw"][needs_q.id]:
            expected[(c.NEED, need)] += 1
        expected[(c.STAGE, visit["raw"]["stage"])] += 1
        expected[(c.KIND, visit["raw"]["kind"])] += 1
        if visit["finished"]:
            expected[(c.SESSIONS_FINISHED, "")] += 1
            expected[(c.PATHWAY_PRINTED, "")] += visit["printed"]
            expected[(c.QR_SHOWN, "")] += visit["qr"]
            if visit["face"]:
                expected[(c.FEEDBACK, visit["face"])] += 1
                for need in visit["missing"]:
                    expected[(c.MISSING, need)] += 1
            for unmet in pathway.unmatched_needs:
                expected[(c.UNMATCHED, unmet.option_id)] += 1
    assert got == +expected


def test_privacy_nothing_is_written_until_the_visit_ends(demo_engine, store):
    recorder = InsightRecorder(store, "k", demo_engine.directory.questions("en"), today=Clock(DAY))
    before = store.path.read_bytes()
    recorder.session_started("es")
    recorder.language_changed("vi")
    answers = validate_answers(demo_engine.directory.questions("en"),
                               {"needs": ["need-money"], "stage": "stage-idea", "where": ZIPS[0]})
    recorder.answers_submitted(answers)
    recorder.unmatched(demo_engine.build(answers, "vi"))
    recorder.pathway_printed()
    recorder.feedback("no", missing=["need-bank"])
    assert store.path.read_bytes() == before
    assert store.counts(DAY, DAY) == []
    recorder.session_ended(finished=True)
    assert {(r.dimension, r.value) for r in store.counts(DAY, DAY)} == {
        (c.SESSIONS_STARTED, ""), (c.SESSIONS_FINISHED, ""), (c.LANGUAGE, "vi"), (c.NEED, "need-money"),
        (c.STAGE, "stage-idea"), (c.PATHWAY_PRINTED, ""), (c.FEEDBACK, "no"), (c.MISSING, "need-bank")}
    # Ended means forgotten: later calls without a new session count nothing.
    recorder.pathway_printed()
    recorder.session_ended(finished=True)
    assert sum(r.count for r in store.counts(DAY, DAY) if r.dimension == c.SESSIONS_STARTED) == 1


def test_privacy_swapping_choices_between_visitors_stores_the_same_data(demo_engine, tmp_path):
    """Two visitors (Spanish, money, idea) + (Arabic, bank, running) and the swapped pairs
    (Spanish, bank, running) + (Arabic, money, idea) must leave identical files' contents."""
    def stored(pairs, name):
        store = CounterStore(tmp_path / name)
        run(demo_engine, [{"language": lang, "raw": {"needs": [need], "stage": stage}, "printed": False,
                           "qr": False, "face": None, "missing": (), "finished": True, "switch_to": None}
                          for lang, need, stage in pairs], store, Clock(DAY))
        rows = store.counts(DAY, DAY)
        store.close()
        return rows

    first = stored([("es", "need-money", "stage-idea"), ("ar", "need-bank", "stage-running")], "a.sqlite")
    second = stored([("ar", "need-money", "stage-idea"), ("es", "need-bank", "stage-running")], "b.sqlite")
    assert first == second


def test_insight_recorder_never_counts_unknown_or_uncounted_answers(demo_engine, store):
    recorder = InsightRecorder(store, "k", demo_engine.directory.questions("en"), today=Clock(DAY))
    recorder.session_started("fr")
    answers = validate_answers(demo_engine.directory.questions("en"),
                               {"identity": "id-itin", "where": ZIPS[1], "needs": ["need-taxes"]})
    recorder.answers_submitted(answers)
    recorder.feedback("yes", missing=["need-bank"])  # missing only counts after "no"
    recorder.unmatched(["not-a-need", "need-taxes"])
    recorder.session_ended(finished=True)
    values = {(r.dimension, r.value) for r in store.counts(DAY, DAY)}
    assert (c.MISSING, "need-bank") not in values
    assert (c.UNMATCHED, "need-taxes") in values and (c.UNMATCHED, "not-a-need") not in values
    assert not any("id-" in v or v in ZIPS for _, v in values)
    with pytest.raises(ValueError):
        recorder.feedback("maybe")
    with pytest.raises(ValueError):
        recorder.session_started("xx")


def test_insight_recorder_new_session_ends_a_forgotten_one(demo_engine, store):
    recorder = InsightRecorder(store, "k", demo_engine.directory.questions("en"), today=Clock(DAY))
    recorder.session_started("es")
    recorder.session_started("en")  # the screens missed an end: the first visit counts as unfinished
    recorder.close()
    got = {(r.dimension, r.value): r.count for r in store.counts(DAY, DAY)}
    assert got == {(c.SESSIONS_STARTED, ""): 2, (c.LANGUAGE, "es"): 1, (c.LANGUAGE, "en"): 1}


def test_insight_recorder_survives_an_unwritable_store(demo_engine, tmp_path, caplog):
    store = CounterStore(tmp_path / "state.sqlite")
    store.close()
    store.path.unlink()
    store.path.mkdir()  # the file is gone and a folder is in its place: every write fails
    recorder = InsightRecorder(store, "k", demo_engine.directory.questions("en"), today=Clock(DAY))
    recorder.session_started("es")
    recorder.answers_submitted(validate_answers(demo_engine.directory.questions("en"),
                                                {"needs": ["need-money"], "where": ZIPS[2]}))
    recorder.session_ended(finished=False)  # must not raise into the screens
    assert "not counted" in caplog.text
    assert ZIPS[2] not in caplog.text and "need-money" not in caplog.text and "es" not in caplog.text.split()


def test_insight_idle_reset_after_the_pathway_counts_as_finished(demo_engine, store):
    recorder = InsightRecorder(store, "k", demo_engine.directory.questions("en"), today=Clock(DAY))
    answers = validate_answers(demo_engine.directory.questions("en"), {"needs": ["need-money"]})
    recorder.session_started("es")
    recorder.answers_submitted(answers)
    recorder.unmatched(demo_engine.build(answers, "es"))
    recorder.session_ended(finished=False)  # the visitor walked away from their pathway: idle reset
    recorder.session_started("es")
    recorder.session_ended(finished=False)  # left before the pathway
    got = {(r.dimension, r.value): r.count for r in store.counts(DAY, DAY)}
    assert got[(c.SESSIONS_STARTED, "")] == 2 and got[(c.SESSIONS_FINISHED, "")] == 1
