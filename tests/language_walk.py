"""A kiosk window walked through every screen of a visit, in any language or pseudo mode (for test_languages_*).

One window serves a whole test module: building one per test would dominate the run time.
The .qm files are compiled from the committed .ts files into a temporary folder, never into the repo.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from kiosk import session as pages
from kiosk.config import Config
from kiosk.questionnaire import NEAR_KIOSK
from ui import translations_build
from ui.screens.base import Screen

SIZES = [(1920, 1080), (1280, 800), (1024, 768), (1080, 1920)]
PSEUDO = {"pseudo": "ltr", "pseudo-rtl": "rtl"}
LARGE = "large-"  # "large-sw": Swahili with the header's large text on


@contextlib.contextmanager
def kiosk_window(folder: Path, db_path: Path) -> Iterator:
    """A shown kiosk window on the demo directory, with the committed translations compiled into ``folder``."""
    import ui.i18n
    from kiosk.directory import Directory
    from kiosk.pathway import PathwayEngine
    from ui.app import build
    from ui.theme import theme

    translations_build.compile_all(out=folder)
    ui.i18n.forget_lookups()  # the attract screen's translators read this folder's files
    config = Config()
    directory = Directory(db_path)
    engine = PathwayEngine(directory, config.kiosk.latitude, config.kiosk.longitude)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ui.i18n, "TRANSLATIONS_DIR", folder)
        theme.large_text = theme.high_contrast = False
        _app, window, _context = build(config, engine=engine, insights=False, staff=False)
        window.show()
        try:
            yield window
        finally:
            window.header.large_text.setChecked(False)  # the theme is the application's: leave it as found
            window.languages.set_pseudo("")
            window.start_over(idle=True)
            window.close()
            window.deleteLater()
            QApplication.processEvents()
            directory.close()


def settle() -> None:
    """Let Qt finish: screens that fill in between taps, posted events, and replaced widgets really deleted."""
    for widget in QApplication.allWidgets():
        if isinstance(widget, Screen):
            widget.finish_building()
    QApplication.processEvents()
    QApplication.processEvents()  # widgets built just now: their layout settles in the second pass
    QApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def set_mode(window, mode: str) -> str:
    """A language, a pseudo mode (Spanish directory text, long and accented, under pseudo UI text), or
    a language with large text ("large-sw")."""
    window.languages.set_pseudo(PSEUDO.get(mode, ""))
    large = mode.startswith(LARGE)
    if window.header.large_text.isChecked() != large:
        window.header.large_text.setChecked(large)
    return "es" if mode in PSEUDO else mode.removeprefix(LARGE)


def sample_answer(question):
    if question.kind == "zip":
        return NEAR_KIOSK
    if question.kind == "multi":
        return [o.id for o in question.options]  # every need: the longest pathway
    return question.options[-1].id


def screens_of_a_visit(window, language: str) -> Iterator[tuple[str, Callable[[], None]]]:
    """Walk a whole visit; yields (name, show) for every screen, ``show`` bringing an overlay back up."""
    window.start_over(idle=False)
    window.switch_language(language)  # from the attract screen's header, before the visit starts
    settle()
    yield pages.ATTRACT, lambda: None
    window.show_page(pages.LANGUAGE)
    yield pages.LANGUAGE, lambda: None
    yield "language-picker", window.open_language_picker
    window.picker.hide()
    window.language_chosen(language)
    while window.journey.question_id():
        screen = window.current_screen()
        question = screen.question
        if question.kind == "zip":
            screen.other.click()
            for digit in "87105":
                screen.keypad.keys[digit].click()
            yield "zip-keypad", lambda: None
        window.session.answers.set(question.id, sample_answer(question))
        screen.entered()
        window.update_footer()
        yield window.journey.current, lambda: None
        window.go_next()
        settle()
    yield pages.REVIEW, lambda: None
    window.go_next()
    settle()
    yield pages.PATHWAY, lambda: None
    window.go_next()
    settle()
    yield pages.FINISH, lambda: None
    window.show_qr()
    yield "finish-qr", lambda: None
    yield "start-over", window.ask_start_over
    window.start_over_question.hide()
    yield "still-there", window.still_there.start
    window.still_there.cancel()
