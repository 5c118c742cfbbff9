"""Every screen, in every language and in pseudo mode, at the four kiosk sizes: no clipped or elided text.

One window for the whole module: each language walks the visit once, and every screen is resized
through the four sizes (a resize lays the screen out again, as a new window of that size would).
"""

from __future__ import annotations

import pytest
from language_walk import PSEUDO, SIZES, kiosk_window, screens_of_a_visit, set_mode, settle
from ui_checks import clipping_problems, overflow_problems

from kiosk.config import LANGUAGES

MODES = [*LANGUAGES, *PSEUDO]


@pytest.fixture(scope="module")
def window(qapp, tmp_path_factory, demo_db_path):
    with kiosk_window(tmp_path_factory.mktemp("qm"), demo_db_path) as window:
        yield window


def problems_at_every_size(window, show) -> dict[str, list[str]]:
    found = {}
    for width, height in SIZES:
        window.resize(width, height)
        show()
        settle()
        problems = clipping_problems(window) + overflow_problems(window)
        if problems:
            found[f"{width}x{height}"] = problems
    return found


@pytest.mark.parametrize("mode", MODES)
def test_every_screen_fits_at_every_kiosk_size(window, mode):
    language = set_mode(window, mode)
    failures = {}
    seen = []
    for name, show in screens_of_a_visit(window, language):
        seen.append(name)
        problems = problems_at_every_size(window, show)
        if problems:
            failures[name] = problems
        window.picker.hide()
        window.still_there.cancel()
    assert {"attract", "language", "zip-keypad", "review", "pathway", "finish", "still-there"} <= set(seen)
    assert not failures, f"{mode}: " + "\n".join(f"{screen} {size}: {p}" for screen, sizes in failures.items()
                                                 for size, p in sizes.items())
