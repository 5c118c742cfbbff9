"""Every screen, in every language and in pseudo mode, at the four kiosk sizes: no clipped or elided text.

One window for the whole module: each language walks the visit once, and every screen is resized
through the four sizes (a resize lays the screen out again, as a new window of that size would).
"""

from __future__ import annotations

import pytest
from language_walk import LARGE, PSEUDO, SIZES, kiosk_window, screens_of_a_visit, set_mode, settle
from PySide6.QtCore import QPoint, QRect
from ui_checks import clipping_problems, overflow_problems

from kiosk.config import LANGUAGES

MODES = [*LANGUAGES, *PSEUDO, f"{LARGE}sw", f"{LARGE}ar", f"{LARGE}zh_CN"]


@pytest.fixture(scope="module")
def window(qapp, tmp_path_factory, demo_db_path):
    with kiosk_window(tmp_path_factory.mktemp("qm"), demo_db_path) as window:
        yield window


def out_of_view(window) -> list[str]:
    """The needs screen's last two options ("Help in my language", "talk to a person") need no scrolling;
    the footer is on the screen."""
    problems = []
    screen = window.current_screen()
    if window.footer.isVisible() and window.footer.geometry().bottom() >= window.height():
        problems.append(f"the footer ends at {window.footer.geometry().bottom()} in a {window.height()} px window")
    if getattr(screen, "key", "") == "q:needs":
        for button in screen.options.buttons[-2:]:
            top_left = button.mapTo(window, QPoint(0, 0))
            inside = window.stack.geometry().contains(QRect(top_left, button.size()))
            if not (button.isVisibleTo(window) and inside):
                problems.append(f"{button.text()!r} needs scrolling (at {top_left.y()}, {button.height()} px)")
    return problems


def problems_at_every_size(window, show) -> dict[str, list[str]]:
    found = {}
    for width, height in SIZES:
        window.resize(width, height)
        show()
        settle()
        problems = clipping_problems(window) + overflow_problems(window) + out_of_view(window)
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
    assert {"attract", "language", "zip-keypad", "review", "pathway", "finish", "still-there", "start-over",
            "q:needs"} <= set(seen)
    assert not failures, f"{mode}: " + "\n".join(f"{screen} {size}: {p}" for screen, sizes in failures.items()
                                                 for size, p in sizes.items())
