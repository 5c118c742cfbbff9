"""One visitor's time at the kiosk, held in memory only.

A :class:`VisitorSession` keeps the visitor's language, answers and pathway while they use the
screens; :meth:`VisitorSession.reset` forgets all of it (Start over, idle reset). Nothing here is
ever written to disk or to a log.

Staff reprint: when a visitor prints, the printable pathway is remembered for ten minutes so that
front-desk staff can reprint it after a paper jam (:meth:`remember_for_reprint`,
:meth:`reprint_candidate`). Idle reset calls :meth:`forget_reprint`, so a walked-away kiosk keeps
nothing; Start over keeps it (the visitor who printed may be standing at the desk).

:class:`Journey` is the order of the screens a visitor walks through, driven by the questionnaire
data (the screens never hard-code questions).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from kiosk.questionnaire import Answers, Question

REPRINT_SECONDS = 10 * 60

ATTRACT = "attract"
LANGUAGE = "language"
REVIEW = "review"
PATHWAY = "pathway"
FINISH = "finish"


@dataclass
class VisitorSession:
    """The visitor's language, answers and current pathway; ``reset()`` forgets everything."""

    language: str = "en"
    default_language: str = "en"
    answers: Answers = field(default_factory=Answers)
    pathway: object | None = None
    _reprint: tuple[object, float] | None = field(default=None, repr=False)

    def reset(self) -> None:
        """Forget the visitor: answers, pathway, language (Start over and idle reset)."""
        self.answers.clear()
        self.pathway = None
        self.language = self.default_language

    def remember_for_reprint(self, printable: object, now: float | None = None) -> None:
        """Keep what was printed (e.g. the pathway in English and the visitor's language) for staff reprint."""
        self._reprint = (printable, time.monotonic() if now is None else now)

    def reprint_candidate(self, now: float | None = None) -> object | None:
        """What staff may reprint: the last printout of the past ten minutes, else None (and it is forgotten)."""
        if self._reprint is None:
            return None
        printable, at = self._reprint
        if (time.monotonic() if now is None else now) - at > REPRINT_SECONDS:
            self._reprint = None
            return None
        return printable

    def forget_reprint(self) -> None:
        """Drop the reprint candidate (idle reset: nobody is at the kiosk any more)."""
        self._reprint = None


class Journey:
    """The screens in order: attract, language, one per question, review, pathway, finish.

    ``editing`` is set when the visitor taps an answer on the review screen: after that question
    the journey returns to the review instead of walking through the rest again.
    """

    def __init__(self, questions: list[Question]) -> None:
        self.questions = list(questions)
        self.pages = [ATTRACT, LANGUAGE, *(f"q:{q.id}" for q in self.questions), REVIEW, PATHWAY, FINISH]
        self.index = 0
        self.editing = False

    @property
    def current(self) -> str:
        return self.pages[self.index]

    def question_id(self, page: str | None = None) -> str | None:
        page = page or self.current
        return page[2:] if page.startswith("q:") else None

    def go(self, page: str) -> str:
        self.index = self.pages.index(page)
        return self.current

    def next(self) -> str:
        if self.editing and self.question_id():
            self.editing = False
            return self.go(REVIEW)
        self.index = min(self.index + 1, len(self.pages) - 1)
        return self.current

    def back(self) -> str:
        if self.editing and self.question_id():
            self.editing = False
            return self.go(REVIEW)
        self.index = max(self.index - 1, 0)
        return self.current

    def edit(self, question_id: str) -> str:
        self.editing = True
        return self.go(f"q:{question_id}")

    def restart(self) -> str:
        self.editing = False
        return self.go(ATTRACT)

    def progress(self) -> tuple[int, int]:
        """(step, of): the language screen is step 1, the pathway the last; 0 on the attract screen."""
        last = self.pages.index(PATHWAY)
        return (min(self.index, last), last)


def phone_code_text(pathway, online_url: str = "") -> str:
    """What the finish screen's QR code holds: the short link to the phone page where the city has an
    address for it (``online.pathway_url``), else the pathway itself as short text."""
    if online_url and pathway.link_tables is not None:
        from kiosk.phone_link import phone_link

        try:
            return phone_link(pathway, online_url, pathway.link_tables)
        except ValueError as exc:  # an address too long for a small code: the visitor still gets the text
            logging.getLogger("camino").warning("%s; the QR code holds the pathway as text", exc)
    return phone_text(pathway)


def phone_text(pathway, max_bytes: int = 220) -> str:
    """The pathway as short text for a QR code: step titles, service names and phones, never the answers.

    At most ``max_bytes`` of UTF-8 (a QR code of version 11 or less at medium error correction: an
    old phone camera reads it from a screen). Step titles come first, then each step's best service,
    then the others; whatever does not fit is counted in a last line that says so, never dropped
    silently.
    """
    from kiosk.web.words import phone_words

    def service_line(card, mark: str = "-") -> str:
        return f"{mark} {card.name.text}" + (f" {card.phone}" if card.phone else "")

    # (step number, order within the step, line, is a service): step titles sort before their services.
    wanted: list[list[tuple[int, int, str, bool]]] = [
        [(s.number, 0, f"{s.number}. {s.title.text}", False) for s in pathway.steps],
        [(s.number, 1, service_line(s.services[0]), True) for s in pathway.steps if s.services],
    ]
    if pathway.unmatched_needs or not pathway.steps:
        wanted.append([(len(pathway.steps) + 1, i, service_line(c, "*"), True) for i, c in enumerate(pathway.fallback)])
    wanted.append([(s.number, i, service_line(c), True) for s in pathway.steps for i, c in enumerate(s.services)
                   if i > 0])
    template = phone_words(pathway.language)["left_out"]
    all_steps = len(pathway.steps)
    all_services = sum(1 for tier in wanted for line in tier if line[3])

    def render(lines: list[tuple[int, int, str, bool]]) -> str:
        text = "\n".join(line[2] for line in sorted(lines))
        steps = sum(1 for line in lines if not line[3])
        services = sum(1 for line in lines if line[3])
        if steps < all_steps or services < all_services:
            text += "\n" + template.format(steps=all_steps - steps, services=all_services - services)
        return text.strip("\n")

    chosen: list[tuple[int, int, str, bool]] = []
    for tier in wanted:
        for line in tier:
            if len(render([*chosen, line]).encode("utf-8")) > max_bytes:
                break
            chosen.append(line)
        else:
            continue
        break
    return render(chosen)
