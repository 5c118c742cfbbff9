"""The pathway engine: a visitor's answers → an ordered list of steps with the services that help.

Answers select steps (through the directory's rules); steps are ordered by their prerequisites
(a stable topological order, ties broken by phase, then the directory's own order); each step
lists active services ranked by fit. A need nothing matches is reported with the human fallback.
The screens, the printout and ``kiosk pathway`` all display the :class:`Pathway` built here.
"""

from __future__ import annotations

import heapq
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field, replace

import numpy as np

from kiosk.cards import ServiceCard, card_json, is_out_of_date, load_cards
from kiosk.directory import ANY_KIND, KINDS, STAGES, Directory, StepDef, language_bit
from kiosk.phone_link import LinkTables, link_tables
from kiosk.questionnaire import NEAR_KIOSK, Answers, Localized

SERVICES_PER_STEP = 3
CARD_CACHE_SIZE = 4096
NO_SSN = ("itin", "none")

# Fit weights: a service in the visitor's language that accepts an ITIN when they have no SSN
# beats a closer one that does not. Distance costs at most DISTANCE_CAP_KM / DISTANCE_KM_PER_POINT.
W_LANGUAGE = 4.0
W_ITIN = 5.0
W_FREE = 1.5
W_STAGE = 1.0
W_KIND_EXACT = 2.0
W_KIND_ANY = 1.0
DISTANCE_KM_PER_POINT = 8.0
DISTANCE_CAP_KM = 40.0
# A service without an address (phone, online) counts as this far away.
VIRTUAL_KM = 8.0


@dataclass(frozen=True)
class Origin:
    """Where distances are measured from: the kiosk, or the centroid of a ZIP the visitor typed."""

    latitude: float
    longitude: float
    zip: str | None = None
    zip_known: bool = True


@dataclass(frozen=True)
class PathwayStep:
    id: str
    number: int
    title: Localized
    why: Localized
    services: tuple[ServiceCard, ...]


@dataclass(frozen=True)
class UnmatchedNeed:
    """A need the visitor chose that no active service in the directory meets."""

    option_id: str
    text: Localized
    step_ids: tuple[str, ...]


@dataclass(frozen=True)
class Pathway:
    directory_version: int
    language: str
    steps: tuple[PathwayStep, ...]
    unmatched_needs: tuple[UnmatchedNeed, ...]
    fallback: tuple[ServiceCard, ...]
    origin: Origin
    answers: dict = field(default_factory=dict, compare=False, repr=False)
    # The directory version's short indexes, for the phone link (kiosk.phone_link).
    link_tables: LinkTables | None = field(default=None, compare=False, repr=False)

    @property
    def service_count(self) -> int:
        return sum(len(step.services) for step in self.steps)

    def to_json(self) -> dict:
        """The CLI's JSON shape (``kiosk pathway --json``)."""
        return {
            "directory_version": self.directory_version,
            "language": self.language,
            "origin": {"zip": self.origin.zip, "zip_known": self.origin.zip_known,
                       "latitude": self.origin.latitude, "longitude": self.origin.longitude},
            "steps": [
                {"id": s.id, "number": s.number, "title": s.title.text, "why": s.why.text,
                 "in_english": [k for k, v in (("title", s.title), ("why", s.why)) if v.in_english],
                 "services": [card_json(c) for c in s.services]}
                for s in self.steps
            ],
            "unmatched_needs": [
                {"id": u.option_id, "text": u.text.text, "steps": list(u.step_ids)} for u in self.unmatched_needs
            ],
            "fallback": [card_json(c) for c in self.fallback],
        }


@dataclass(frozen=True)
class StepCandidates:
    """One step's active services as column arrays (a slice of the directory's service index)."""

    rows: np.ndarray
    tie_break: np.ndarray
    languages: np.ndarray
    accepts_itin: np.ndarray
    free: np.ndarray
    stages: np.ndarray
    kinds: np.ndarray
    latitude: np.ndarray
    longitude: np.ndarray
    virtual: np.ndarray


@dataclass(frozen=True)
class Visitor:
    """What the engine knows of a visitor, derived from answers; never stored."""

    language: str
    stage: str | None
    kind: str | None
    no_ssn: bool
    origin: Origin


class PathwayEngine:
    """Builds pathways from one loaded :class:`Directory`."""

    def __init__(self, directory: Directory, kiosk_latitude: float, kiosk_longitude: float,
                 services_per_step: int = SERVICES_PER_STEP, stale_after_months: int = 18) -> None:
        self.directory = directory
        self.stale_after_months = stale_after_months
        self.kiosk = (kiosk_latitude, kiosk_longitude)
        self.services_per_step = services_per_step
        self._questions = {q.id: q for q in directory.questions("en")}
        self._step_candidates: dict[str, StepCandidates | None] = {}
        self._card_cache: OrderedDict[tuple[str, str], ServiceCard] = OrderedDict()
        self.link_tables = link_tables(directory)

    # -- answers → visitor and steps -----------------------------------------------------------

    def visitor(self, answers: Answers, language: str) -> Visitor:
        stage = kind = None
        no_ssn = False
        origin = Origin(*self.kiosk)
        for question in self._questions.values():
            value = answers.get(question.id)
            if value is None:
                continue
            if question.kind == "zip":
                if value != NEAR_KIOSK:
                    centroid = self.directory.zip_centroids.get(value)
                    origin = (Origin(*centroid, zip=value) if centroid
                              else Origin(*self.kiosk, zip=value, zip_known=False))
                continue
            chosen = value if isinstance(value, list) else [value]
            values = [question.option(o).value for o in chosen]
            if question.facet == "stage":
                stage = values[0]
            elif question.facet == "kind":
                kind = values[0]
            elif question.facet == "identity":
                no_ssn = values[0] in NO_SSN
        return Visitor(language, stage, kind, no_ssn, origin)

    def selected_steps(self, answers: Answers) -> list[StepDef]:
        """Steps the answers select, in pathway order."""
        chosen: set[str] = set()
        for question in self._questions.values():
            value = answers.get(question.id)
            if value is None or question.kind == "zip":
                continue
            for option_id in value if isinstance(value, list) else [value]:
                chosen.update(self.directory.rules.get(option_id, ()))
        return order_steps([self.directory.steps[s] for s in chosen if s in self.directory.steps])

    # -- ranking -------------------------------------------------------------------------------

    def prepare(self) -> None:
        """Slice every step's candidates now (the kiosk does it on its loading thread): the first
        visitor's pathway then costs what every later one does."""
        for step in self.directory.steps.values():
            self._candidates(step)

    def _candidates(self, step: StepDef) -> StepCandidates | None:
        """The step's services as column arrays, sliced once per step and kept (the directory is read-only)."""
        if step.id not in self._step_candidates:
            index = self.directory.index
            parts = [index.by_term[t] for t in step.terms if t in index.by_term]
            if not parts:
                self._step_candidates[step.id] = None
            else:
                rows = parts[0] if len(parts) == 1 else np.unique(np.concatenate(parts))
                self._step_candidates[step.id] = StepCandidates(
                    rows=rows,
                    # Equal scores keep the directory's order (rows are sorted by service id).
                    tie_break=rows * 1e-12,
                    languages=index.languages[rows],
                    accepts_itin=index.accepts_itin[rows].astype(float),
                    free=index.free[rows].astype(float),
                    stages=index.stages[rows],
                    kinds=index.kinds[rows],
                    latitude=index.latitude[rows],
                    longitude=index.longitude[rows],
                    virtual=np.isnan(index.latitude[rows]),
                )
        return self._step_candidates[step.id]

    def rank(self, step: StepDef, visitor: Visitor, limit: int) -> list[tuple[int, float, float | None]]:
        """Best ``limit`` candidates of ``step``: (index row, score, distance km or None)."""
        c = self._candidates(step)
        if c is None:
            return []
        score = W_FREE * c.free - c.tie_break
        bit = language_bit(visitor.language)
        if bit is not None:
            score += W_LANGUAGE * ((c.languages >> bit) & 1)
        if visitor.no_ssn:
            score += W_ITIN * c.accepts_itin
        if visitor.stage in STAGES:
            stage_bit = 1 << STAGES.index(visitor.stage)
            score += W_STAGE * (((c.stages & stage_bit) != 0) | (c.stages == 0))
        if visitor.kind in KINDS:
            kind_bit = 1 << KINDS.index(visitor.kind)
            exact = (c.kinds & kind_bit) != 0
            score += np.where(exact & (c.kinds != ANY_KIND), W_KIND_EXACT,
                              np.where(exact | (c.kinds == 0), W_KIND_ANY, 0.0))
        distance = _distance_km(visitor.origin, c.latitude, c.longitude)
        score -= np.minimum(np.where(c.virtual, VIRTUAL_KM, distance), DISTANCE_CAP_KM) / DISTANCE_KM_PER_POINT
        if len(score) > limit:
            top = np.argpartition(-score, limit - 1)[:limit]
        else:
            top = np.arange(len(score))
        ordered = sorted(top, key=lambda i: (-score[i], c.rows[i]))
        return [(int(c.rows[i]), float(score[i]),
                 None if c.virtual[i] else float(distance[i])) for i in ordered]

    # -- building ------------------------------------------------------------------------------

    def build(self, answers: Answers, language: str = "en") -> Pathway:
        """The pathway for ``answers``, with text in ``language`` (English fallback marked)."""
        visitor = self.visitor(answers, language)
        steps = self.selected_steps(answers)
        ranked = {step.id: self.rank(step, visitor, self.services_per_step) for step in steps}
        index = self.directory.index
        wanted = list(dict.fromkeys(index.ids[row] for picks in ranked.values() for row, _, _ in picks))
        fallback_ids = [s for s in self.directory.fallback_service_ids]
        cards = self._cards([*wanted, *fallback_ids], language)

        result = []
        for number, step in enumerate(steps, start=1):
            services = []
            for row, _score, distance in ranked[step.id]:
                card = cards.get(index.ids[row])
                if card is not None:
                    services.append(_with_fit(card, visitor, row, distance, index))
            result.append(PathwayStep(
                step.id, number,
                self.directory.localize("step", step.id, "title", step.title, language),
                self.directory.localize("step", step.id, "why", step.why, language),
                tuple(services)))
        return Pathway(
            directory_version=self.directory.version,
            language=language,
            steps=tuple(result),
            unmatched_needs=tuple(self._unmatched(answers, ranked, language)),
            fallback=tuple(cards[s] for s in fallback_ids if s in cards),
            origin=visitor.origin,
            link_tables=self.link_tables,
        )

    def _cards(self, service_ids: list[str], language: str) -> dict[str, ServiceCard]:
        """Service cards, read from the (read-only) directory once and kept in a small LRU cache."""
        cache = self._card_cache
        missing = [sid for sid in service_ids if (language, sid) not in cache]
        for sid, card in load_cards(self.directory, missing, language).items():
            cache[(language, sid)] = card
        found = {}
        for sid in service_ids:
            card = cache.get((language, sid))
            if card is not None:
                cache.move_to_end((language, sid))
                # Judged on every build, not cached: a kiosk runs for months and cards age meanwhile.
                found[sid] = replace(card, out_of_date=is_out_of_date(card.last_verified, self.stale_after_months))
        while len(cache) > CARD_CACHE_SIZE:
            cache.popitem(last=False)
        return found

    def _unmatched(self, answers: Answers, ranked: dict[str, list], language: str) -> list[UnmatchedNeed]:
        needs = []
        for question in self._questions.values():
            if question.facet != "need":
                continue
            value = answers.get(question.id) or []
            for option_id in value if isinstance(value, list) else [value]:
                step_ids = tuple(self.directory.rules.get(option_id, ()))
                if not any(ranked.get(s) for s in step_ids):
                    option = question.option(option_id)
                    text = self.directory.localize("option", option_id, "text", option.text.text, language)
                    needs.append(UnmatchedNeed(option_id, text, step_ids))
        return needs


def order_steps(steps: list[StepDef]) -> list[StepDef]:
    """Stable topological order: prerequisites first, then phase, then the directory's order."""
    present = {s.id: s for s in steps}
    waiting_on = {s.id: {a for a in s.ancestors if a in present} for s in steps}
    dependents: dict[str, list[str]] = defaultdict(list)
    for step_id, before in waiting_on.items():
        for other in before:
            dependents[other].append(step_id)
    ready = [(s.phase, s.position, s.id) for s in steps if not waiting_on[s.id]]
    heapq.heapify(ready)
    ordered = []
    while ready:
        _, _, step_id = heapq.heappop(ready)
        ordered.append(present[step_id])
        for later in dependents[step_id]:
            waiting_on[later].discard(step_id)
            if not waiting_on[later]:
                heapq.heappush(ready, (present[later].phase, present[later].position, later))
    return ordered


def _distance_km(origin: Origin, lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Equirectangular distance: exact enough within a city, and cheap."""
    mean_lat = np.radians((lat + origin.latitude) / 2)
    dx = np.radians(lon - origin.longitude) * np.cos(mean_lat)
    dy = np.radians(lat - origin.latitude)
    return 6371.0 * np.sqrt(dx * dx + dy * dy)


def _with_fit(card: ServiceCard, visitor: Visitor, row: int, distance: float | None, index) -> ServiceCard:
    fit = []
    bit = language_bit(visitor.language)
    if bit is not None and visitor.language != "en" and (int(index.languages[row]) >> bit) & 1:
        fit.append("language")
    if visitor.no_ssn and index.accepts_itin[row]:
        fit.append("itin")
    if index.free[row]:
        fit.append("free")
    if distance is not None and distance <= 5.0:
        fit.append("near")
    return replace(card, distance_km=distance, fit=tuple(fit))

