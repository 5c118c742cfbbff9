"""The short phone link and the text QR code: what the finish screen's code holds, read back by a
real QR decoder (zxing-cpp) as a phone camera would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import zxingcpp

from kiosk.config import LANGUAGES
from kiosk.phone_link import MAX_LINK_BYTES, parse_code, phone_link, qr_version
from kiosk.printout.qr import _modules
from kiosk.questionnaire import validate_answers
from kiosk.session import phone_code_text, phone_text
from kiosk.web.words import phone_words

ROOT = Path(__file__).resolve().parent.parent
BASE = "https://camino.example.org/p/"
ZIP = "87105"


def every_answer(engine) -> dict:
    """Every need ticked: the longest pathway the demo directory makes."""
    raw = {}
    for q in engine.directory.questions("en"):
        if q.kind == "multi":
            raw[q.id] = [o.id for o in q.options]
        elif q.kind == "single":
            raw[q.id] = q.options[min(2, len(q.options) - 1)].id
        else:
            raw[q.id] = ZIP
    return validate_answers(engine.directory.questions("en"), raw)


def read_qr(text: str) -> str:
    """Draw ``text``'s QR matrix (4-module quiet zone, 6 px a module) and decode it."""
    modules = np.array([list(row) for row in _modules(text)], dtype=np.uint8)
    image = np.pad((1 - modules) * 255, 4, constant_values=255).astype(np.uint8).repeat(6, 0).repeat(6, 1)
    found = zxingcpp.read_barcodes(image)
    assert len(found) == 1
    return found[0].text


@pytest.mark.parametrize("language", LANGUAGES)
def test_longest_pathway_fits_a_small_qr_code_and_reads_back(demo_engine, language):
    answers = every_answer(demo_engine)
    pathway = demo_engine.build(answers, language)
    link = phone_code_text(pathway, BASE)
    assert link.startswith(BASE + "#")
    assert len(link.encode()) <= MAX_LINK_BYTES and qr_version(link) <= 7
    assert len(_modules(link)) <= 45  # version 7: 45 modules a side, as drawn by the real encoder
    assert read_qr(link) == link
    # Nothing of the visitor but the pathway itself: no ZIP, no option ids, nothing before the '#'.
    assert ZIP not in link and "id-" not in link and "need-" not in link
    code = parse_code(link.split("#", 1)[1])
    tables = pathway.link_tables
    assert code.language == language and code.version == pathway.directory_version
    assert [tables.step_ids[s] for s, _ in code.groups] == [s.id for s in pathway.steps]
    assert [[tables.service_ids[i] for i in services] for _, services in code.groups] == \
        [[c.id for c in s.services] for s in pathway.steps]


def test_a_long_address_keeps_every_step_and_fewer_services(demo_engine):
    pathway = demo_engine.build(every_answer(demo_engine), "en")
    long_base = "https://www.cabq.example.gov/economic-development/camino/pathway"
    link = phone_link(pathway, long_base, pathway.link_tables)
    code = parse_code(link.split("#", 1)[1])
    assert len(code.groups) == len(pathway.steps)
    assert 0 < sum(len(s) for _, s in code.groups) < pathway.service_count
    assert len(link.encode()) <= MAX_LINK_BYTES and qr_version(link) <= 7
    with pytest.raises(ValueError, match="too long"):
        phone_link(pathway, "https://example.org/" + "x" * 150, pathway.link_tables)


def test_a_fragment_in_the_base_address_is_replaced(demo_engine):
    pathway = demo_engine.build(every_answer(demo_engine), "es")
    link = phone_link(pathway, BASE + "#old", pathway.link_tables)
    assert link.count("#") == 1 and link.startswith(BASE + "#ES.")


@pytest.mark.parametrize("language", LANGUAGES)
def test_text_code_is_short_and_says_what_it_left_out(demo_engine, language):
    pathway = demo_engine.build(every_answer(demo_engine), language)
    text = phone_text(pathway)
    assert len(text.encode()) <= 220 and qr_version(text) <= 11
    assert read_qr(text) == text
    left_out = phone_words(language)["left_out"].split("{")[0].strip()
    assert text.splitlines()[-1].startswith(left_out)
    assert text.startswith(f"1. {pathway.steps[0].title.text}")


def test_text_code_with_room_holds_everything_and_no_left_out_line(demo_engine):
    pathway = demo_engine.build(validate_answers(demo_engine.directory.questions("en"),
                                                 {"needs": ["need-bank"]}), "en")
    text = phone_text(pathway, max_bytes=2000)
    assert "Not shown" not in text
    for step in pathway.steps:
        assert f"{step.number}. {step.title.text}" in text
        assert all(card.name.text in text for card in step.services)


def test_cli_pathway_gives_the_phone_link_when_an_online_address_is_set(demo_db_path, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text(f'[online]\npathway_url = "{BASE}"\n', encoding="utf-8")
    answers = json.dumps({"needs": ["need-money", "need-start"], "identity": "id-none", "where": ZIP})

    def run(*extra):
        return subprocess.run([sys.executable, str(ROOT / "main.py"), "pathway", "--answers", "-", "--db",
                               str(demo_db_path), "--lang", "fa_AF", "--json", *extra], input=answers,
                              capture_output=True, text=True, cwd=ROOT, timeout=120)

    with_link = run("--config", str(config))
    assert with_link.returncode == 0, with_link.stderr
    data = json.loads(with_link.stdout)
    assert data["phone_link"].startswith(BASE + "#FA.") and ZIP not in data["phone_link"]
    without = run()
    assert without.returncode == 0 and "phone_link" not in json.loads(without.stdout)


def test_kiosk_screen_draws_the_link_a_phone_reads(demo_engine):
    from ui.widgets.qr import matrix

    pathway = demo_engine.build(every_answer(demo_engine), "zh_CN")
    link = phone_code_text(pathway, BASE)
    modules = np.array(matrix(link), dtype=np.uint8)
    assert len(modules) <= 45
    image = np.pad((1 - modules) * 255, 4, constant_values=255).astype(np.uint8).repeat(6, 0).repeat(6, 1)
    assert [found.text for found in zxingcpp.read_barcodes(image)] == [link]


@pytest.mark.parametrize("url", ["camino.example.org/p/", "https://camino.example.org/p", "https://x.org/p/#a",
                                 "ftp://x.org/p/", "https://x.org/" + "long/" * 14])
def test_an_unusable_phone_page_address_is_refused_naming_the_key(tmp_path, url):
    from kiosk.config import load
    from kiosk.errors import BadInput

    path = tmp_path / "config.toml"
    path.write_text(f'[online]\npathway_url = "{url}"\n', encoding="utf-8")
    with pytest.raises(BadInput, match=r"online\.pathway_url"):
        load(path)
    path.write_text('[online]\npathway_url = "https://camino.example.org/p/"\n', encoding="utf-8")
    assert load(path).online.pathway_url.endswith("/p/")


def test_an_address_too_long_for_a_small_code_falls_back_to_text(demo_engine, caplog):
    pathway = demo_engine.build(every_answer(demo_engine), "sw")
    code = phone_code_text(pathway, "https://example.org/" + "x" * 150 + "/")
    assert code == phone_text(pathway) and "too long" in caplog.text
