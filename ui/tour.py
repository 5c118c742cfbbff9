"""``kiosk tour``: every screen of a sample journey, rendered offscreen to PNG, for reviewers and translators."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk import session as pages
from kiosk.config import Config
from kiosk.questionnaire import NEAR_KIOSK, Question


def sample_answer(question: Question):
    """A plausible answer: two needs, the first option elsewhere, ITIN for identity, near the kiosk."""
    if question.kind == "zip":
        return NEAR_KIOSK
    if question.kind == "multi":
        return [o.id for o in question.options[:2]]
    if question.facet == "identity":
        return next((o.id for o in question.options if o.value == "itin"), question.options[0].id)
    return question.options[0].id


def page_name(page: str) -> str:
    return f"question-{page[2:]}" if page.startswith("q:") else page


def tour(config: Config, out: Path, languages: list[str], size: tuple[int, int], pseudo: bool = False,
         engine=None, speech: bool = False) -> list[Path]:
    """Render a sample journey per language; with ``speech``, each screen's spoken words and audio too."""
    from ui.app import build
    from ui.speech.tour_speech import SpeechWriter

    out.mkdir(parents=True, exist_ok=True)
    app, window, _context = build(config, pseudo=pseudo, engine=engine, insights=False, staff=False)
    window.resize(*size)
    window.show()
    written: list[Path] = []
    speech_writer = SpeechWriter() if speech else None

    def shot(number: int, name: str) -> None:
        window.current_screen().finish_building()
        app.processEvents()
        app.processEvents()  # the second pass lays out what the first one showed
        path = out / f"{language}-{number:02d}-{name}.png"
        window.grab().save(str(path))
        written.append(path)
        if speech_writer is not None:  # the audio is made on other cores while the next screens render
            written.extend(speech_writer.write(window.read_aloud.script(), language, path))

    for language in languages:
        window.start_over(idle=False)
        shot(1, pages.ATTRACT)
        window.show_page(pages.LANGUAGE)
        window.switch_language(language)
        shot(2, pages.LANGUAGE)
        window.language_chosen(language)
        number = 3
        while window.journey.question_id():
            question = window.screens[window.journey.current].question
            window.session.answers.set(question.id, sample_answer(question))
            window.current_screen().entered()
            window.update_footer()
            shot(number, page_name(window.journey.current))
            number += 1
            window.go_next()
        for page in (pages.REVIEW, pages.PATHWAY):
            shot(number, window.journey.current)
            number += 1
            if page == pages.PATHWAY:  # the whole page, one tall image, for reviewers and translators
                path = out / f"{language}-pathway-full.png"
                window.pathway_screen.full_page().save(str(path))
                written.append(path)
            window.go_next()
        window.show_qr()
        shot(number, pages.FINISH)
        window.still_there.start()
        shot(number + 1, "still-there")
        window.still_there.cancel()
    if speech_writer is not None:
        speech_writer.wait()
    window.start_over(idle=True)
    window.close()
    QApplication.processEvents()
    return written
