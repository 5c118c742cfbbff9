"""The phone page's public directory data: one JSON document per language, never a file per service.

Each document holds every step and active service of one directory version in one language (the
English fallback marked per field, as on the kiosk), the page's own words, the version's short-index
tables (:mod:`kiosk.phone_link`) and, per step, the services a visitor with no answers would get:
what the page shows when a link's own services are no longer in the directory. Only public
directory facts go in; nothing about any visitor exists at publish time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from kiosk.cards import ServiceCard, card_json, load_cards
from kiosk.config import LANGUAGES
from kiosk.directory import Directory
from kiosk.languages import autonym, is_rtl
from kiosk.pathway import Origin, PathwayEngine, Visitor
from kiosk.phone_link import LinkTables, link_tables
from kiosk.web.words import phone_words

# Each language named in itself, for the page's language switch.
AUTONYM_OF = {lang: autonym(lang) for lang in LANGUAGES}
# Card fields the page shows (distance and fit belong to one visitor: they are never published).
CARD_FIELDS = ("name", "organization", "description", "phone", "address", "hours", "languages", "cost", "free",
               "accepts_itin", "url", "documents", "last_verified", "how_to_apply", "in_english")


@dataclass(frozen=True)
class LanguageData:
    language: str
    document: dict


def tables_json(tables: LinkTables) -> dict:
    """A version's short-index tables, as the page reads them (also kept alone for older links)."""
    return {"version": tables.version, "steps": list(tables.step_ids), "services": list(tables.service_ids)}


def _card(card: ServiceCard) -> dict:
    data = card_json(card)
    # Empty fields are left out: they are most of a sparse directory's bytes.
    return {k: data[k] for k in CARD_FIELDS if data[k] not in (None, [], False, "")}


def _city_centre(directory: Directory) -> tuple[float, float]:
    """Where "near" is measured from for a visitor the page knows nothing of: the middle of the
    directory's own places (any city), else the middle of its ZIP codes, else 0, 0."""
    index = directory.index
    if len(index.latitude) and not np.all(np.isnan(index.latitude)):
        return float(np.nanmean(index.latitude)), float(np.nanmean(index.longitude))
    centroids = list(directory.zip_centroids.values())
    if centroids:
        return (sum(c[0] for c in centroids) / len(centroids), sum(c[1] for c in centroids) / len(centroids))
    return 0.0, 0.0


def build_language_data(directory: Directory, languages: tuple[str, ...] = LANGUAGES) -> list[LanguageData]:
    """Every language's document for the opened ``directory``."""
    tables = link_tables(directory)
    centre = _city_centre(directory)
    if any(math.isnan(c) for c in centre):
        centre = (0.0, 0.0)
    engine = PathwayEngine(directory, *centre)
    service_row = {sid: i for i, sid in enumerate(tables.service_ids)}
    step_defs = [directory.steps[s] for s in tables.step_ids]
    fallback = [service_row[s] for s in directory.fallback_service_ids if s in service_row]
    documents = []
    for language in languages:
        visitor = Visitor(language, None, None, False, Origin(*centre))
        cards = load_cards(directory, list(tables.service_ids), language)
        steps = []
        for step in step_defs:
            title = directory.localize("step", step.id, "title", step.title, language)
            why = directory.localize("step", step.id, "why", step.why, language)
            today = [service_row[directory.index.ids[row]] for row, _, _ in
                     engine.rank(step, visitor, engine.services_per_step)]
            steps.append({"title": title.text, "why": why.text, "today": today,
                          "in_english": [k for k, v in (("title", title), ("why", why)) if v.in_english]})
        notice = directory.notice(language) if directory.is_demo else None
        documents.append(LanguageData(language, {
            "version": directory.version,
            "language": language,
            "dir": "rtl" if is_rtl(language) else "ltr",
            "published": directory.published.isoformat() if directory.published else None,
            "words": phone_words(language),
            "notice": notice.text if notice else None,
            "tables": tables_json(tables),
            "steps": steps,
            "services": [_card(cards[s]) if s in cards else None for s in tables.service_ids],
            "fallback": fallback,
        }))
    return documents
