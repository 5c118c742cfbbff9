"""Printing realistic long directory text: cards split across pages, long words break, a render is time-boxed."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.config import Config
from kiosk.printout import render_pathway, time_box
from kiosk.printout.time_box import PrintoutTooLong
from kiosk.questionnaire import Localized, validate_answers

ANSWERS = {"needs": ["need-start", "need-money"], "stage": "stage-starting", "kind": "kind-food",
           "identity": "id-itin", "where": "near"}


def pdf_pages_and_text(pdf: bytes, tmp_path: Path) -> tuple[int, str]:
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return pages, text


def with_first_card(engine, language: str, **fields):
    """The pathway with its first service card's fields replaced."""
    pathway = engine.build(validate_answers(engine.directory.questions("en"), ANSWERS), language)
    step = pathway.steps[0]
    card = replace(step.services[0], **{k: Localized(v) for k, v in fields.items()})
    return replace(pathway, steps=(replace(step, services=(card, *step.services[1:])), *pathway.steps[1:]))


def test_a_6000_character_description_goes_on_over_the_next_pages(demo_engine, tmp_path):
    words = [f"word{i:04d}" for i in range(660)]  # 6,600 characters, each word findable
    pdf = render_pathway(with_first_card(demo_engine, "en", description=" ".join(words)), config=Config())
    pages, text = pdf_pages_and_text(pdf, tmp_path)
    assert pages >= 3
    assert all(word in text for word in words)


def test_a_2000_character_unbroken_name_breaks_across_lines(demo_engine, tmp_path):
    pdf = render_pathway(with_first_card(demo_engine, "en", name="N" * 2000), config=Config())
    _pages, text = pdf_pages_and_text(pdf, tmp_path)
    assert text.count("N") >= 2000
    assert max(len(line) for line in text.splitlines()) < 200


def test_a_200_kb_arabic_word_prints(demo_engine, tmp_path):
    pdf = render_pathway(with_first_card(demo_engine, "ar", name="ب" * 200_000), config=Config())
    pages, _text = pdf_pages_and_text(pdf, tmp_path)
    assert pages > 10


def test_a_render_past_its_limit_stops_with_a_sentence(demo_engine):
    with pytest.raises(PrintoutTooLong, match="took too long"):
        render_pathway(with_first_card(demo_engine, "en", description="x " * 3000), config=Config(), limit_s=0.0)


def test_a_stopped_render_leaves_the_kiosk_printer_free(qtbot, demo_engine, monkeypatch):
    from ui.printer import PrintService

    monkeypatch.setattr(time_box, "RENDER_LIMIT_S", 0.0)
    service = PrintService(Config())
    pathway = with_first_card(demo_engine, "en", description="x " * 3000)
    with qtbot.waitSignal(service.failed, timeout=20_000) as failed:
        assert service.submit(pathway, demo_engine) is not None
    assert "took too long" in failed.args[0]
    assert not service._busy


def test_a_job_stuck_past_its_time_no_longer_blocks_the_next_visitor(qtbot, demo_engine, monkeypatch):
    import ui.printer
    from ui.printer import PrintService

    service = PrintService(Config())
    service._busy, service._busy_since = True, 0.0  # a job that started long ago and never ended
    monkeypatch.setattr(time_box, "RENDER_LIMIT_S", 0.0)
    monkeypatch.setattr(ui.printer, "STUCK_AFTER_S", 5.0)
    with qtbot.waitSignal(service.failed, timeout=20_000):
        assert service.submit(with_first_card(demo_engine, "en"), demo_engine) is not None


@pytest.mark.cups
def test_a_printer_name_with_a_space_is_a_sentence_not_a_traceback():
    from kiosk.printing import PrintError, get_printer

    for name in ("my printer", "a/b", "x?y#z"):
        with pytest.raises(PrintError, match="There is no printer named"):
            get_printer(name)
