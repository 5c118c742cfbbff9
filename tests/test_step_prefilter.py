"""The RE2 prefilter of step rules: it only ever skips rules that cannot match.

Every labelled directory's services are mapped with and without the prefilter: the links, their
words and their reasons are the same, and every rule that matches a service's words was among
its candidates. A rule written in syntax RE2 reads differently is never skipped.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from db.hsds import Report, StepLinks, read_source
from db.hsds.citytemplate import CityParams, make_city
from db.hsds.stepmap import StepMapper, service_taxonomy, service_words
from db.hsds.textrules import Prefilter, ServiceText, apply_rules, normalize, read_rules
from db.hsds.validate import validate
from db.seed import read_json
from tests.step_mapping_eval import LABELLED, write_hsds

QUESTIONNAIRE = Path(__file__).resolve().parent.parent / "db" / "seed" / "albuquerque" / "questionnaire.json"


def mapper() -> StepMapper:
    layer = make_city(read_json(QUESTIONNAIRE), CityParams(), str(QUESTIONNAIRE))
    links = StepLinks()
    return StepMapper.load(layer, links.crosswalks, links.rules)


@pytest.mark.parametrize("name", ["dev", "heldout", "heldout2", "heldout3"])
def test_the_prefilter_changes_no_link_of_a_labelled_directory(tmp_path, name):
    write_hsds(read_json(LABELLED / f"{name}.json"), tmp_path / "src")
    report = Report()
    accepted = validate(read_source(tmp_path / "src", report), report, False, {})
    step_mapper = mapper()
    prefilter = step_mapper.prefilter
    assert prefilter is not None and not prefilter.always  # every shipped rule is prefiltered
    taxonomy = service_taxonomy(accepted)
    linked = searched = 0
    for record, words in service_words(accepted):
        candidates = prefilter.candidates(words)
        searched += sum(1 for key in candidates if isinstance(key, int))
        for index, rule in enumerate(step_mapper.rules):
            if rule.match.search(getattr(words, rule.field)):
                assert index in candidates, (record.id, rule.term)
            if rule.unless is not None and rule.unless.search(words.all if rule.field == "all" else words.text):
                assert (index, "unless") in candidates, (record.id, rule.term)
            if rule.unless_name is not None and rule.unless_name.search(words.name):
                assert (index, "unless_name") in candidates, (record.id, rule.term)
        with_prefilter = step_mapper.suggest(words, taxonomy.get(record.id, []))
        step_mapper.prefilter = None
        without = step_mapper.suggest(words, taxonomy.get(record.id, []))
        step_mapper.prefilter = prefilter
        assert with_prefilter == without, record.id
        linked += bool(with_prefilter)
    assert linked >= 10  # the comparison saw links, not only empty lists
    services = len(accepted["service"])
    assert searched / services < len(step_mapper.rules) / 4  # and the prefilter did leave most rules out


@pytest.mark.parametrize("body", ["(?<=x)a", "(?=a)b", "(?i:a)", "(?P<n>a)", "a{,3}", "[[:alpha:]]", "a\\Z",
                                  "(?>ab)", "a++", "\\w\\W", "(a)\\1"])
@pytest.mark.filterwarnings("ignore:Possible nested set")
def test_syntax_re2_reads_otherwise_is_not_sent_to_re2(body):
    rules = read_rules({"rules": [{"term": "tax-help", "match": [body]}]}, "test", {"tax-help"})
    assert Prefilter(rules).always == {0}


def test_a_rule_re2_cannot_prefilter_is_always_searched():
    rules = read_rules({"rules": [
        {"term": "microloan", "match": ["(?<=small )business loans?"], "why": "a loan"},
        {"term": "tax-help", "match": ["tax (?:help|preparation)"], "why": "taxes"},
    ]}, "test", {"microloan", "tax-help"})
    prefilter = Prefilter(rules)
    assert prefilter.always == {0}
    text = normalize("Small business loans for new owners.")
    words = ServiceText(text, text, text, "")
    assert prefilter.candidates(words) == {0}
    links = apply_rules(rules, words, [], {"microloan", "tax-help"}, prefilter)
    reason = "a loan: 'business loans' in the name or description"
    assert [(link.term, link.reason) for link in links] == [("microloan", reason)]


def test_an_exclusion_re2_cannot_prefilter_still_excludes():
    rules = read_rules({"rules": [{"term": "microloan", "match": ["business loans?"], "why": "a loan",
                                   "unless": ["(?<!small )business loans? for homes"]}]}, "test", {"microloan"})
    prefilter = Prefilter(rules)
    assert prefilter.always == {(0, "unless")}
    text = normalize("Business loans for homes and cars.")
    assert apply_rules(rules, ServiceText(text, text, text, ""), [], {"microloan"}, prefilter) == []
    text = normalize("Business loans for shops.")
    assert [link.term for link in apply_rules(rules, ServiceText(text, text, text, ""), [], {"microloan"},
                                              prefilter)] == ["microloan"]


class TinyPrefilter(Prefilter):
    max_mem = 4 << 10  # too little for RE2 to compile the set at all


def test_rules_re2_has_no_memory_for_are_always_searched():
    rules = read_rules({"rules": [{"term": "microloan", "match": ["(?:business|negocio)s? (?:loans?|prestamos?)"],
                                   "why": "a loan"}]}, "test", {"microloan"})
    prefilter = TinyPrefilter(rules)
    assert prefilter.sets == [] and prefilter.always == {0}
    text = normalize("Business loans for shops.")
    assert [link.term for link in apply_rules(rules, ServiceText(text, text, text, ""), [], {"microloan"},
                                              prefilter)] == ["microloan"]


def test_ascii_text_is_normalized_as_the_pattern_reads_it():
    """normalize takes ASCII text through a translation table: the same words as _NOT_WORD gives."""
    import random

    from db.hsds.textrules import _NOT_WORD, _SENTENCE_END

    def by_pattern(text: str) -> str:
        bare = _SENTENCE_END.sub(" | ", text.lower().replace("&", " and ").replace("|", " "))
        return " ".join(_NOT_WORD.sub(" ", bare).split())

    rng = random.Random(5)
    texts = ["".join(chr(rng.randrange(128)) for _ in range(50)) for _ in range(3000)]
    texts += ["".join(rng.choice("aZ9 .;:!?\n-|&$\t\x0b\x1c_") for _ in range(30)) for _ in range(3000)]
    texts.append("Free tax help (VITA) & ITIN renewals: call 505-555-1212!")
    assert [normalize(t) for t in texts] == [by_pattern(t) for t in texts]
