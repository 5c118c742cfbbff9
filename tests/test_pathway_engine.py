"""The pathway engine on the Albuquerque demo directory and on generated directories."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.config import LANGUAGES
from kiosk.directory import StepDef
from kiosk.pathway import PathwayEngine, order_steps
from kiosk.questionnaire import Answers, validate_answers

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def answers_strategy(questions):
    """Any valid set of answers to the demo questionnaire."""
    parts = {}
    for q in questions:
        ids = [o.id for o in q.options]
        if q.kind == "multi":
            parts[q.id] = st.lists(st.sampled_from(ids), min_size=1, max_size=len(ids), unique=True)
        elif q.kind == "single":
            parts[q.id] = st.sampled_from(ids)
        else:
            parts[q.id] = st.sampled_from(["near", "87102", "87105", "87121", "99999"])
    return st.fixed_dictionaries({}, optional=parts)


@pytest.fixture(scope="module")
def demo_questions(demo_db_path):
    from kiosk.directory import Directory

    directory = Directory(demo_db_path)
    yield directory.questions("en")
    directory.close()


def test_every_language_has_text_for_every_question_and_option(demo_engine):
    for lang in LANGUAGES:
        for question in demo_engine.directory.questions(lang):
            assert question.text.text.strip()
            assert not question.text.in_english or lang == "en", (lang, question.id)
            for option in question.options:
                assert option.text.text.strip()
                assert not option.text.in_english or lang == "en", (lang, option.id)


def test_prerequisites_always_come_first(demo_engine, demo_questions):
    @SETTINGS
    @given(answers_strategy(demo_questions))
    def check(raw):
        answers = validate_answers(demo_questions, raw)
        steps = demo_engine.selected_steps(answers)
        seen = set()
        for step in steps:
            on_pathway_before = {s.id for s in steps} & step.ancestors
            assert on_pathway_before <= seen, f"{step.id} placed before {on_pathway_before - seen}"
            seen.add(step.id)

    check()


def test_same_answers_always_give_the_same_pathway(demo_engine, demo_questions):
    @SETTINGS
    @given(answers_strategy(demo_questions), st.sampled_from(LANGUAGES))
    def check(raw, lang):
        answers = validate_answers(demo_questions, raw)
        assert demo_engine.build(answers, lang).to_json() == demo_engine.build(answers, lang).to_json()

    check()


def test_a_pathway_is_never_empty_handed(demo_engine, demo_questions):
    """Whatever the answers, the visitor gets steps or the human fallback, and needs without a service are named."""

    @SETTINGS
    @given(answers_strategy(demo_questions))
    def check(raw):
        pathway = demo_engine.build(validate_answers(demo_questions, raw), "es")
        assert pathway.fallback, "the human fallback (311, Office of Immigrant and Refugee Affairs) is always there"
        for step in pathway.steps:
            if not step.services:
                assert any(step.id in need.step_ids for need in pathway.unmatched_needs)

    check()


def test_inactive_services_never_appear(demo_db_path, tmp_path, config):
    from kiosk.directory import Directory
    from kiosk.pathway import PathwayEngine

    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(demo_db_path.read_bytes())
    db = sqlite3.connect(copy)
    ids = [row[0] for row in db.execute("SELECT id FROM service ORDER BY id")]
    closed = ids[::2]
    db.executemany("UPDATE service SET status = ? WHERE id = ?",
                   [(("inactive", "defunct", "temporarily closed")[i % 3], sid) for i, sid in enumerate(closed)])
    db.commit()
    db.close()
    directory = Directory(copy)
    engine = PathwayEngine(directory, config.kiosk.latitude, config.kiosk.longitude)
    questions = directory.questions("en")
    everything = {q.id: [o.id for o in q.options] for q in questions if q.kind == "multi"}
    pathway = engine.build(validate_answers(questions, everything), "en")
    shown = {card.id for step in pathway.steps for card in step.services}
    assert shown, "the open half of the directory still serves"
    assert not shown & set(closed)
    directory.close()


def test_no_ssn_prefers_services_that_accept_an_itin(demo_engine, demo_questions):
    identity = next(q for q in demo_questions if q.facet == "identity")
    needs = next(q for q in demo_questions if q.facet == "need")
    none = next(o for o in identity.options if o.value == "none")
    answers = Answers({needs.id: [o.id for o in needs.options], identity.id: none.id})
    pathway = demo_engine.build(answers, "en")
    assert any(step.id == "get-itin" for step in pathway.steps), "no SSN puts 'Get an ITIN' on the pathway"
    for step in pathway.steps:
        flags = [card.accepts_itin is True for card in step.services]
        # Every service that accepts an ITIN ranks above every one not known to.
        assert flags == sorted(flags, reverse=True), step.id


def test_english_fallback_is_marked(demo_questions, partly_translated_db_path):
    # The demo with service texts in Spanish only: Swahili falls back to English, and says so.
    from kiosk.directory import Directory

    needs = next(q for q in demo_questions if q.facet == "need")
    everything = Answers({needs.id: [o.id for o in needs.options]})
    db = sqlite3.connect(partly_translated_db_path)
    english = dict(db.execute("SELECT id, name FROM service"))
    swahili = dict(db.execute("SELECT entity_id, text FROM localized_text WHERE entity = 'service' "
                              "AND field = 'name' AND locale = 'sw'"))
    db.close()
    directory = Directory(partly_translated_db_path)
    try:
        pathway = PathwayEngine(directory, 35.0844, -106.6504).build(everything, "sw")
    finally:
        directory.close()
    cards = [card for step in pathway.steps for card in step.services]
    assert any(card.name.in_english for card in cards), "service texts are in en and es only here"
    for card in cards:
        if card.id in swahili:
            assert card.name.text == swahili[card.id] and not card.name.in_english
        else:
            assert card.name.text == english[card.id] and card.name.in_english, card.id


def test_unknown_answers_are_rejected_with_a_reason(demo_questions):
    from kiosk.errors import BadInput

    with pytest.raises(BadInput, match="unknown question"):
        validate_answers(demo_questions, {"favourite_colour": "blue"})
    needs = next(q for q in demo_questions if q.facet == "need")
    with pytest.raises(BadInput, match="has no option"):
        validate_answers(demo_questions, {needs.id: ["no-such-option"]})
    zip_q = next(q for q in demo_questions if q.kind == "zip")
    with pytest.raises(BadInput, match="5-digit ZIP"):
        validate_answers(demo_questions, {zip_q.id: "8710"})


def test_a_zip_code_moves_the_origin(demo_engine, demo_questions):
    needs = next(q for q in demo_questions if q.facet == "need")
    zip_q = next(q for q in demo_questions if q.kind == "zip")
    near = demo_engine.build(Answers({needs.id: [needs.options[0].id]}), "en")
    south_valley = demo_engine.build(Answers({needs.id: [needs.options[0].id], zip_q.id: "87105"}), "en")
    unknown = demo_engine.build(Answers({needs.id: [needs.options[0].id], zip_q.id: "99999"}), "en")
    assert near.origin.zip is None
    assert south_valley.origin.zip == "87105" and south_valley.origin.zip_known
    assert not unknown.origin.zip_known and unknown.origin.latitude == near.origin.latitude


def _step(step_id, phase, position, ancestors=()):
    return StepDef(step_id, phase, position, step_id, "", tuple(ancestors), frozenset(ancestors), ())


@given(st.data())
@settings(max_examples=200, deadline=None)
def test_order_is_a_stable_topological_sort(data):
    count = data.draw(st.integers(1, 12))
    steps = []
    for i in range(count):
        earlier = [s.id for s in steps]
        direct = data.draw(st.lists(st.sampled_from(earlier), unique=True, max_size=3)) if earlier else []
        ancestors = set(direct)
        for s in steps:
            if s.id in direct:
                ancestors |= s.ancestors
        steps.append(_step(f"s{i}", data.draw(st.integers(1, 5)), i, ancestors))
    shuffled = data.draw(st.permutations(steps))
    ordered = order_steps(list(shuffled))
    assert sorted(s.id for s in ordered) == sorted(s.id for s in steps)
    position = {s.id: i for i, s in enumerate(ordered)}
    for s in steps:
        assert all(position[a] < position[s.id] for a in s.ancestors)
    assert ordered == order_steps(list(reversed(shuffled))), "input order never changes the result"
