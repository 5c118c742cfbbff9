"""What the screens tell the insight counters, and when.

The recorder keeps one visit's choices in memory only. Nothing is written while the visitor is
at the kiosk; when the visit ends (finished, Start over, or idle reset) the visit is turned into
independent +1 increments (one per dimension value: a language, each need, a stage, a kind…) and
added to the day's counters in one transaction, then forgotten. No row ever links a language to
a need or a stage, and the identity answer (SSN / ITIN) and the ZIP code are never even read.

Calls the UI makes, in order (see docs/insights.md):

    recorder.session_started(language)           # visitor chose a language on the attract screen
    recorder.language_changed(language)          # visitor switched language mid-visit
    recorder.answers_submitted(answers)          # review confirmed (again, if they went back)
    recorder.unmatched(pathway)                  # pathway shown: its needs with no service
    recorder.pathway_printed() / recorder.qr_shown()
    recorder.feedback("yes" | "partly" | "no", missing=[need option ids])
    recorder.session_ended(finished=True/False)  # Start over, idle reset, or app closing
"""

from __future__ import annotations

import logging
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import kiosk.insights.counters as c
from kiosk.config import LANGUAGES
from kiosk.questionnaire import Answers, Option, Question

if TYPE_CHECKING:  # numpy-backed: kept out of the kiosk's start-up
    from kiosk.pathway import Pathway

log = logging.getLogger("camino.insights")

# The only facets whose answers are counted. Identity (SSN / ITIN) and location (ZIP) are not here
# on purpose: they are never counted, in any form.
COUNTED_FACETS = {"need": c.NEED, "stage": c.STAGE, "kind": c.KIND}


def missing_choices(questions: Sequence[Question]) -> tuple[Option, ...]:
    """The options of "What was missing?": the directory's needs (the question with facet "need").

    Pass the questions in the visitor's language (``Directory.questions(language)``) to show them.
    """
    for question in questions:
        if question.facet == "need":
            return question.options
    return ()


@dataclass
class _Visit:
    """One visit's countable choices, in memory only."""

    language: str
    needs: tuple[str, ...] = ()
    stage: str | None = None
    kind: str | None = None
    printed: bool = False
    qr_shown: bool = False
    face: str | None = None
    missing: tuple[str, ...] = ()
    unmatched: tuple[str, ...] = ()
    reached_pathway: bool = False


class InsightRecorder:
    """Collects one visit at a time and adds it to the day's anonymous counters when it ends."""

    def __init__(self, store: c.CounterStore, kiosk_id: str, questions: Sequence[Question],
                 today: Callable[[], date] = date.today) -> None:
        self.store = store
        self.kiosk_id = kiosk_id
        self.today = today
        self._visit: _Visit | None = None
        self.set_questions(questions)

    def set_questions(self, questions: Sequence[Question]) -> None:
        """Use a new questionnaire (after a directory update) to know which option is which."""
        self._facet_of_question = {q.id: q.facet for q in questions if q.facet in COUNTED_FACETS}
        self._options = {q.id: {o.id for o in q.options} for q in questions}
        self._need_ids = {o.id for o in missing_choices(questions)}

    @property
    def in_session(self) -> bool:
        return self._visit is not None

    # -- during the visit: memory only ----------------------------------------------------------

    def session_started(self, language: str) -> None:
        """A visitor chose a language and began. An unfinished visit still open is ended first."""
        if self._visit is not None:
            self.session_ended(finished=False)
        self._visit = _Visit(_language(language))

    def language_changed(self, language: str) -> None:
        """The visitor switched language; the visit counts once, in the language it ends in."""
        if self._visit is not None:
            self._visit.language = _language(language)

    def answers_submitted(self, answers: Answers) -> None:
        """The visitor confirmed their answers; only needs, stage and kind are kept (last answers win)."""
        if self._visit is None:
            return
        needs: list[str] = []
        stage = kind = None
        for question_id, facet in self._facet_of_question.items():
            value = answers.get(question_id)
            if value is None:
                continue
            chosen = [v for v in (value if isinstance(value, list) else [value])
                      if v in self._options.get(question_id, ())]
            if facet == "need":
                needs.extend(chosen)
            elif facet == "stage" and chosen:
                stage = chosen[0]
            elif facet == "kind" and chosen:
                kind = chosen[0]
        self._visit.needs = tuple(dict.fromkeys(needs))
        self._visit.stage, self._visit.kind = stage, kind

    def unmatched(self, pathway: Pathway | Iterable[str]) -> None:
        """The pathway was shown: remember which chosen needs no service met (replaces earlier calls)."""
        if self._visit is None:
            return
        shown = getattr(pathway, "unmatched_needs", None)  # a Pathway, not a plain list of option ids
        if shown is not None:
            self._visit.reached_pathway = True
        ids = [u.option_id for u in shown] if shown is not None else list(pathway)
        self._visit.unmatched = tuple(dict.fromkeys(i for i in ids if i in self._need_ids))

    def pathway_printed(self) -> None:
        """The pathway was sent to the printer (counted once per visit)."""
        if self._visit is not None:
            self._visit.printed = True

    def qr_shown(self) -> None:
        """The "take it on your phone" QR code was shown (counted once per visit)."""
        if self._visit is not None:
            self._visit.qr_shown = True

    def feedback(self, face: str, missing: Iterable[str] = ()) -> None:
        """The one-tap answer to "Did you find what you need?"; on "no", the needs that were missing.

        ``missing`` are need option ids (see :func:`missing_choices`); no free text exists.
        """
        if face not in c.FACES:
            raise ValueError(f"feedback face must be one of {c.FACES}, not {face!r}")
        if self._visit is None:
            return
        self._visit.face = face
        self._visit.missing = (tuple(dict.fromkeys(m for m in missing if m in self._need_ids))
                               if face == "no" else ())

    # -- the end: one transaction, then forgotten -------------------------------------------------

    def session_ended(self, finished: bool) -> None:
        """The visit is over (``finished``: the visitor reached the pathway). Counts it, then forgets it.

        A visit whose pathway was passed to :meth:`unmatched` counts as finished even when it ends by
        idle reset with ``finished=False``: the visitor did get their pathway.
        """
        visit, self._visit = self._visit, None
        if visit is None:
            return
        try:
            self.store.add(self.today(), self.kiosk_id, increments(visit, finished or visit.reached_pathway))
        except (sqlite3.Error, OSError):
            # Losing one visit's counts is acceptable; stopping the kiosk or logging the visit is not.
            log.warning("insight counters could not be saved; this visit is not counted")

    def close(self) -> None:
        """The application is closing: an open visit ends unfinished."""
        self.session_ended(finished=False)


def increments(visit: _Visit, finished: bool) -> Counter[tuple[str, str]]:
    """One visit as independent +1s per (dimension, value)."""
    result: Counter[tuple[str, str]] = Counter()
    result[(c.SESSIONS_STARTED, "")] += 1
    result[(c.LANGUAGE, visit.language)] += 1
    if finished:
        result[(c.SESSIONS_FINISHED, "")] += 1
    for need in visit.needs:
        result[(c.NEED, need)] += 1
    if visit.stage:
        result[(c.STAGE, visit.stage)] += 1
    if visit.kind:
        result[(c.KIND, visit.kind)] += 1
    if visit.printed:
        result[(c.PATHWAY_PRINTED, "")] += 1
    if visit.qr_shown:
        result[(c.QR_SHOWN, "")] += 1
    if visit.face:
        result[(c.FEEDBACK, visit.face)] += 1
    for need in visit.missing:
        result[(c.MISSING, need)] += 1
    for need in visit.unmatched:
        result[(c.UNMATCHED, need)] += 1
    return result


def _language(code: str) -> str:
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    return code
