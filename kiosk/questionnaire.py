"""The questions a visitor answers, and the answers, which live only in memory.

Questions come from the directory database (a city changes them by publishing data). Answers are
validated here, so the screens, the CLI and the tests share one notion of a valid answer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kiosk.errors import BadInput

NEAR_KIOSK = "near"
# ASCII digits only, the whole string: \d and $ would let "87105\n", "٨٧١٠٥" and "８７１０５" through.
ZIP_PATTERN = re.compile(r"\A[0-9]{5}\Z")


@dataclass(frozen=True)
class Localized:
    """A piece of directory text in the visitor's language, or in English when it has none.

    ``in_english`` marks the fallback so that screens and printouts can say so, never silently.
    """

    text: str
    in_english: bool = False

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Option:
    id: str
    text: Localized
    icon: str | None = None
    value: str | None = None


@dataclass(frozen=True)
class Question:
    id: str
    kind: str  # single | multi | zip
    facet: str  # need | stage | kind | identity | location
    text: Localized
    options: tuple[Option, ...] = ()
    optional: bool = False
    help: Localized | None = None

    def option(self, option_id: str) -> Option:
        for option in self.options:
            if option.id == option_id:
                return option
        raise BadInput(f"question {self.id!r} has no option {option_id!r}")


@dataclass
class Answers:
    """One visitor's answers: question id → option id, option ids, or a ZIP / ``"near"``.

    Held only in memory; ``clear()`` forgets everything (Start over, idle reset).
    """

    values: dict[str, str | list[str]] = field(default_factory=dict)

    def set(self, question_id: str, value: str | list[str]) -> None:
        self.values[question_id] = list(value) if isinstance(value, list) else value

    def get(self, question_id: str) -> str | list[str] | None:
        return self.values.get(question_id)

    def clear(self) -> None:
        self.values.clear()

    def __bool__(self) -> bool:
        return bool(self.values)


def validate_answers(questions: list[Question], raw: Any) -> Answers:
    """Check raw answers (parsed JSON) against the questions; raise :class:`BadInput` with the reason."""
    if not isinstance(raw, Mapping):
        raise BadInput("answers must be a JSON object of question id → answer")
    by_id = {q.id: q for q in questions}
    answers = Answers()
    for question_id, value in raw.items():
        question = by_id.get(question_id)
        if question is None:
            raise BadInput(f"unknown question {question_id!r} (known: {', '.join(by_id)})")
        if question.kind == "zip":
            if not isinstance(value, str) or not (value == NEAR_KIOSK or ZIP_PATTERN.fullmatch(value)):
                raise BadInput(f"answer to {question_id!r} must be a 5-digit ZIP code or \"near\"")
            answers.set(question_id, value)
        elif question.kind == "single":
            if not isinstance(value, str):
                raise BadInput(f"answer to {question_id!r} must be one option id")
            question.option(value)
            answers.set(question_id, value)
        else:
            values = [value] if isinstance(value, str) else value
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise BadInput(f"answer to {question_id!r} must be a list of option ids")
            for option_id in values:
                question.option(option_id)
            answers.set(question_id, list(dict.fromkeys(values)))
    return answers
