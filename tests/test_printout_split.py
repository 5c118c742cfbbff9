"""A paragraph split at the foot of a page never takes more room than the page has left.

A card whose description reached the last two lines of a page used to be split with two lines
where one fitted, and reportlab stopped the whole printout ("Splitting error"): the Vietnamese,
Spanish and Swahili bilingual printouts of a real demo pathway failed that way.
"""

from __future__ import annotations

import json

import pytest

from kiosk.printout.layout import Text, TextStyle

STYLE = TextStyle(size=9, leading=12)
LONG = " ".join(["Một đoạn văn dài về dịch vụ giúp doanh nghiệp nhỏ ở Albuquerque."] * 12)


@pytest.mark.parametrize("room", [5.0, 12.0, 13.0, 23.9, 24.0, 36.5, 60.0])
def test_the_part_kept_on_this_page_fits_in_the_room_left(room):
    text = Text(LONG, STYLE)
    _, height = text.wrap(200, 10_000)
    assert height > 4 * STYLE.leading  # a paragraph of many lines
    parts = text.split(200, room)
    if parts:
        assert len(parts) == 2
        assert parts[0].wrap(200, room)[1] <= room
    else:
        assert room < 2 * STYLE.leading  # moved whole only when fewer than two lines fit


def test_one_line_of_room_moves_the_paragraph_instead_of_leaving_an_orphan():
    assert Text(LONG, STYLE).split(200, 13.0) == []


def test_bilingual_printouts_of_a_pathway_reaching_a_page_foot_render_in_every_language(demo_db_path, tmp_path):
    from kiosk.cli import main as kiosk_main

    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"needs": ["need-start", "need-money"], "stage": "stage-starting",
                                   "kind": "kind-food", "where": "87121"}))
    for language in ("vi", "es", "sw"):
        out = tmp_path / f"{language}.pdf"
        assert kiosk_main(["print", "--db", str(demo_db_path), "--lang", language, "--bilingual",
                           "--answers", str(answers), "--pdf", str(out)]) == 0
        assert out.read_bytes().startswith(b"%PDF")
