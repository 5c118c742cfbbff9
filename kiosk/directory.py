"""A directory database loaded for serving visitors.

The directory is read-only on the kiosk, so what the pathway engine needs on every tap is loaded
once: the questionnaire, the steps and rules, and a column index of active services (flags,
languages, stage, kind, coordinates) per taxonomy term. Ranking a step's candidates is then a
few array operations, and only the handful of services shown are read from SQLite.
"""

from __future__ import annotations

import sqlite3
import weakref
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from db.identity import check_file, term_id
from db.schema_check import check_connection, connect_read_only
from kiosk.errors import DirectoryError
from kiosk.questionnaire import Localized, Option, Question

# Languages the index knows by bit; a service speaking another language still lists it on its card.
LANGUAGE_BITS = {"en": 0, "es": 1, "vi": 2, "zh": 3, "ar": 4, "fa": 5, "prs": 5, "fr": 6, "sw": 7}
STAGES = ("idea", "starting", "running", "growing")
KINDS = ("food", "retail", "services", "construction", "transport", "home", "crafts", "other")
ANY_KIND = (1 << len(KINDS)) - 1
FLAG_TERMS = ("accepts-itin", "no-ssn-needed", "free")


def language_bit(code: str | None) -> int | None:
    """The index bit of a language code ("es", "zh_CN", "fa-AF", "Spanish" is not a code)."""
    if not code:
        return None
    base = code.replace("-", "_").split("_")[0].lower()
    return LANGUAGE_BITS.get(base)


@dataclass(frozen=True)
class StepDef:
    id: str
    phase: int
    position: int
    title: str
    why: str
    requires: tuple[str, ...]
    # Every step that must come earlier, directly or through steps not on the pathway.
    ancestors: frozenset[str]
    terms: tuple[str, ...]


@dataclass
class ServiceIndex:
    """Column arrays over active services; ``by_term`` maps a term id to row numbers."""

    ids: list[str]
    accepts_itin: np.ndarray
    free: np.ndarray
    languages: np.ndarray
    stages: np.ndarray
    kinds: np.ndarray
    latitude: np.ndarray
    longitude: np.ndarray
    by_term: dict[str, np.ndarray]


class Directory:
    """An opened directory database: questionnaire, steps, rules and the service index."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.meta = check_file(self.path)
        self._db = None
        try:
            # Defensive and time-bounded (see db.schema_check): a file that got past publish and sync
            # checks still cannot run code or hang the kiosk.
            self._db = connect_read_only(self.path, check_same_thread=False)
            # Closed when this directory is dropped (taken out of service, its last print done). Not
            # left to the connection's own end: sqlite3 connections refer to themselves (their
            # statement cache), so one would wait, open and holding its page cache, for a full
            # garbage collection, and for ever if the kiosk had frozen it (ui.memory).
            weakref.finalize(self, self._db.close)
            # quick_check reads every page once (~0.2 s at 50k services): a damaged file is refused
            # at open, never half-served later.
            if self._db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise DirectoryError(f"{self.path} is damaged and cannot be read (quick_check failed)")
            check_connection(self._db, self.path, full=False)
            self._load()
        except sqlite3.DatabaseError as exc:
            if self._db is not None:
                self._db.close()
            raise DirectoryError(f"{self.path} is damaged and cannot be read ({exc})") from None
        except DirectoryError:
            if self._db is not None:
                self._db.close()
            raise

    # -- loading ------------------------------------------------------------------------------

    def _load(self) -> None:
        db = self._db
        self.version = int(self.meta.get("directory_version", "0") or 0)
        self.languages = [c for c in self.meta.get("languages", "en").split(",") if c]
        self.fallback_service_ids = [s for s in self.meta.get("fallback_services", "").split(",") if s]
        self._texts: dict[tuple[str, str, str], dict[str, str]] = defaultdict(dict)
        for entity, entity_id, field, locale, text in db.execute(
            "SELECT entity, entity_id, field, locale, text FROM localized_text "
            "WHERE entity IN ('question','option','step','taxonomy_term','directory')"
        ):
            self._texts[(entity, entity_id, field)][locale] = text

        self._questions = [
            (qid, kind, facet, bool(optional), text, help_text)
            for qid, kind, facet, optional, text, help_text in db.execute(
                "SELECT id, kind, facet, optional, text, help FROM question ORDER BY position"
            )
        ]
        self._options: dict[str, list[tuple[str, str, str | None, str | None]]] = defaultdict(list)
        self.option_question: dict[str, str] = {}
        for oid, qid, value, icon, text in db.execute(
            "SELECT id, question_id, value, icon, text FROM option ORDER BY question_id, position"
        ):
            self._options[qid].append((oid, text, icon, value))
            self.option_question[oid] = qid

        requires: dict[str, list[str]] = defaultdict(list)
        for step_id, needed in db.execute("SELECT step_id, requires_step_id FROM step_prerequisite"):
            requires[step_id].append(needed)
        terms: dict[str, list[str]] = defaultdict(list)
        for step_id, tid in db.execute("SELECT step_id, taxonomy_term_id FROM step_term ORDER BY rowid"):
            terms[step_id].append(tid)
        self.steps: dict[str, StepDef] = {}
        for sid, phase, position, title, why in db.execute(
            "SELECT id, phase, position, title, why FROM step ORDER BY position"
        ):
            self.steps[sid] = StepDef(sid, phase, position, title, why, tuple(sorted(requires[sid])),
                                      frozenset(_ancestors(sid, requires)), tuple(terms[sid]))
        self.rules: dict[str, list[str]] = defaultdict(list)
        for option_id, step_id in db.execute("SELECT option_id, step_id FROM rule ORDER BY rowid"):
            self.rules[option_id].append(step_id)
        self.zip_centroids = {z: (lat, lon) for z, lat, lon in db.execute(
            "SELECT zip, latitude, longitude FROM zip_centroid")}
        self.index = self._build_index()

    def _build_index(self) -> ServiceIndex:
        db = self._db
        ids = [row[0] for row in db.execute("SELECT id FROM service WHERE status = 'active' ORDER BY id")]
        row_of = {sid: i for i, sid in enumerate(ids)}
        n = len(ids)
        accepts_itin = np.zeros(n, dtype=bool)
        free = np.zeros(n, dtype=bool)
        stages = np.zeros(n, dtype=np.uint8)
        kinds = np.zeros(n, dtype=np.uint16)
        languages = np.zeros(n, dtype=np.uint16)
        latitude = np.full(n, np.nan)
        longitude = np.full(n, np.nan)
        by_term: dict[str, list[int]] = defaultdict(list)
        flag_ids = {term_id(code): code for code in FLAG_TERMS}
        stage_bits = {term_id(f"stage:{s}"): 1 << i for i, s in enumerate(STAGES)}
        kind_bits = {term_id(f"kind:{k}"): 1 << i for i, k in enumerate(KINDS)}
        kind_bits[term_id("kind:any")] = ANY_KIND
        for link_id, tid in db.execute(
            "SELECT link_id, taxonomy_term_id FROM attribute WHERE link_entity = 'service'"
        ):
            row = row_of.get(link_id)
            if row is None:
                continue
            if tid in flag_ids:
                flag = flag_ids[tid]
                if flag == "free":
                    free[row] = True
                else:
                    accepts_itin[row] = True
            elif tid in stage_bits:
                stages[row] |= stage_bits[tid]
            elif tid in kind_bits:
                kinds[row] |= kind_bits[tid]
            else:
                by_term[tid].append(row)
        for sid, amount in db.execute("SELECT service_id, amount FROM cost_option WHERE amount = 0"):
            row = row_of.get(sid)
            if row is not None and amount == 0:
                free[row] = True
        for sid, code in db.execute("SELECT service_id, code FROM language WHERE service_id IS NOT NULL"):
            row = row_of.get(sid)
            bit = language_bit(code)
            if row is not None and bit is not None:
                languages[row] |= 1 << bit
        # First physical location with coordinates; services without one are reached by phone/online.
        for sid, lat, lon in db.execute(
            "SELECT sal.service_id, l.latitude, l.longitude FROM service_at_location sal "
            "JOIN location l ON l.id = sal.location_id "
            "WHERE l.latitude IS NOT NULL AND l.longitude IS NOT NULL ORDER BY sal.rowid DESC"
        ):
            row = row_of.get(sid)
            if row is not None:
                latitude[row], longitude[row] = lat, lon
        return ServiceIndex(ids, accepts_itin, free, languages, stages, kinds, latitude, longitude,
                            {tid: np.array(sorted(set(rows)), dtype=np.int64) for tid, rows in by_term.items()})

    def close(self) -> None:
        self._db.close()

    # -- text -----------------------------------------------------------------------------------

    def localize(self, entity: str, entity_id: str, field: str, english: str | None,
                 locale: str) -> Localized | None:
        """The field in ``locale`` (or its base language), else English marked as such."""
        if english is None:
            return None
        if locale == "en":
            return Localized(english)
        texts = self._texts.get((entity, entity_id, field), {})
        return _pick(texts, english, locale)

    def notice(self, locale: str) -> Localized | None:
        return self.localize("directory", "meta", "notice", self.meta.get("notice") or None, locale)

    def questions(self, locale: str = "en") -> list[Question]:
        """The questionnaire in ``locale``."""
        result = []
        for qid, kind, facet, optional, text, help_text in self._questions:
            options = tuple(
                Option(oid, self.localize("option", oid, "text", otext, locale), icon, value)
                for oid, otext, icon, value in self._options[qid]
            )
            result.append(Question(qid, kind, facet, self.localize("question", qid, "text", text, locale),
                                   options, optional,
                                   self.localize("question", qid, "help", help_text, locale)))
        return result

    def texts_for(self, entity: str, entity_ids: list[str], locale: str) -> dict[tuple[str, str], Localized]:
        """Translations of ``entity`` rows' fields in ``locale``: (entity_id, field) → text."""
        if locale == "en" or not entity_ids:
            return {}
        found: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
        marks = ",".join("?" * len(entity_ids))
        for entity_id, field, loc, text in self._db.execute(
            f"SELECT entity_id, field, locale, text FROM localized_text "
            f"WHERE entity = ? AND locale IN (?, ?) AND entity_id IN ({marks})",
            [entity, locale, locale.split("_")[0], *entity_ids],
        ):
            found[(entity_id, field)][loc] = text
        return {key: _pick(texts, "", locale) for key, texts in found.items()}

    def query(self, sql: str, params: list | tuple = ()) -> list[tuple]:
        return self._db.execute(sql, params).fetchall()

    def query_in_order(self, sql: str, params: list | tuple = ()) -> list[tuple]:
        """Rows of a ``SELECT`` in the order they were written to the directory (the file's rowid order).

        Sorted here rather than with ``ORDER BY rowid``, which tempts SQLite into scanning the whole
        table in rowid order instead of using the index on the ``IN`` column.
        """
        head, rest = sql.split("SELECT ", 1)
        table = rest.split(" FROM ", 1)[1].split()[0]
        rows = self._db.execute(f"{head}SELECT {table}.rowid, {rest}", params).fetchall()
        rows.sort(key=lambda row: row[0])
        return [row[1:] for row in rows]

    @property
    def published(self) -> date | None:
        try:
            return date.fromisoformat(self.meta.get("published", ""))
        except ValueError:
            return None

    @property
    def is_demo(self) -> bool:
        return self.meta.get("is_demo") == "1"


def _pick(texts: dict[str, str], english: str, locale: str) -> Localized:
    if locale in texts:
        return Localized(texts[locale])
    base = locale.split("_")[0]
    if base in texts:
        return Localized(texts[base])
    return Localized(english, in_english=True)


def _ancestors(step_id: str, requires: dict[str, list[str]]) -> set[str]:
    seen: set[str] = set()
    stack = list(requires.get(step_id, []))
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.add(node)
            stack.extend(requires.get(node, []))
    return seen
