"""Step mapping on import: link each imported service to the questionnaire's terms.

Real directories carry their own taxonomies (211/AIRS, Open Eligibility), never Camino's term
codes, so without this every step of every pathway would be empty. For every active service
the importer gathers its taxonomy terms and its words, asks the crosswalk and the rules
(``db.hsds.textrules``), then applies the staff's decisions (``db.hsds.decisions``): a rejected
link is never made, an accepted or added one always is. Each link is stored as an ``attribute``
row pointing at Camino's own term (so the kiosk finds it exactly as it finds a hand-made one),
with its source in ``link_type`` and its reason in ``label``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from operator import itemgetter
from pathlib import Path
from typing import Any

from db import models as m
from db.errors import BadInput
from db.hsds.decisions import Decisions
from db.hsds.records import Record
from db.hsds.textrules import Crosswalk, Link, Prefilter, Rule, ServiceText, apply_rules, normalize, read_rules
from db.identity import term_id
from db.rows import DirectoryRows


def step_terms(layer: Mapping[str, Any]) -> set[str]:
    """The codes that put a service on a step: the terms the questionnaire's steps list."""
    return {code for step in layer.get("steps", []) for code in step.get("terms", [])}


@dataclass
class StepMapper:
    """The crosswalk and rules of one import, checked against the questionnaire's term codes."""

    known: set[str]
    category_terms: set[str]
    crosswalk: Crosswalk = field(default_factory=Crosswalk)
    rules: list[Rule] = field(default_factory=list)
    prefilter: Prefilter | None = None

    @classmethod
    def load(cls, layer: Mapping[str, Any], crosswalks: Iterable[Path], rules: Iterable[Path]) -> StepMapper:
        from db.seed import read_json

        known = {str(t["code"]) for t in layer.get("taxonomy_terms", [])}
        mapper = cls(known, step_terms(layer))
        for path in crosswalks:
            data = read_json(Path(path))
            if not isinstance(data, dict):
                raise BadInput(f"{path}: a crosswalk is a JSON object with 'names' and/or 'codes'")
            mapper.crosswalk.extend(data, str(path), known)
        for path in rules:
            data = read_json(Path(path))
            if not isinstance(data, dict):
                raise BadInput(f"{path}: a rules file is a JSON object with 'rules'")
            mapper.rules.extend(read_rules(data, str(path), known))
        mapper.prefilter = Prefilter(mapper.rules)
        return mapper

    def suggest(self, words: ServiceText, taxonomy: Iterable[tuple[str | None, str | None]],
                candidates: set[Hashable] | None = None) -> list[Link]:
        """Crosswalk links for the service's (name, code) taxonomy terms, then rule links.

        ``candidates``: the prefilter's answer for ``words``, when already asked."""
        links: dict[str, Link] = {}
        for name, code in taxonomy:
            for link in self.crosswalk.lookup(name, code):
                links.setdefault(link.term, link)
        for link in apply_rules(self.rules, words, links, self.category_terms, self.prefilter, candidates):
            links.setdefault(link.term, link)
        if self.category_terms.isdisjoint(links):
            return []  # a flag, stage or kind alone puts a service on no step
        return list(links.values())


def _text(*parts: Any) -> str:
    return " | ".join(normalize(str(p)) for p in parts if p not in (None, ""))


def _join(*normalized: str) -> str:
    return " | ".join(p for p in normalized if p)


def service_words(accepted: Mapping[str, list[Record]]) -> Iterator[tuple[Record, ServiceText]]:
    """Each service with its normalized words: its own fields plus its documents and cost options.

    Made one service at a time: the words of a whole city's directory need not all be in memory.
    """
    extra: dict[str, list[str]] = defaultdict(list)
    fees: dict[str, list[str]] = defaultdict(list)
    for rec in accepted.get("required_document", []):
        extra[str(rec.get("service_id"))].append(str(rec.get("document") or ""))
    for rec in accepted.get("cost_option", []):
        sid = str(rec.get("service_id"))
        fees[sid].append(str(rec.get("amount_description") or ""))
        amount = rec.get("amount")
        try:
            if amount is not None and float(amount) == 0:
                fees[sid].append("0")
        except ValueError:
            pass
    # An organization's name normalized once, not once for each of its services.
    orgs = {rec.id: normalize(str(rec.get("name") or "")) for rec in accepted.get("organization", [])}
    # Fees, eligibility and how-to-apply texts repeat across a directory ("Free", "Walk in", one
    # agency's description at each of its sites): each distinct text is normalized once. Names
    # are nearly all distinct, so they do not go through the cache.
    shared = lru_cache(maxsize=16384)(normalize)

    def _shared_text(*parts: Any) -> str:
        return " | ".join(shared(p if p.__class__ is str else str(p)) for p in parts if p not in (None, ""))

    def _shared_one(part: Any) -> str:  # _shared_text of one part, the common case, without a generator
        return "" if part is None or part == "" else shared(part if part.__class__ is str else str(part))

    no_parts: list[str] = []
    for rec in accepted.get("service", []):
        get = rec.get
        sid = rec.id or ""
        # Each field normalized once; the wider texts are joins of the narrower ones.
        name = _text(get("name"), get("alternate_name"))
        description = _shared_one(get("description"))
        text = f"{name} | {description}" if name and description else name or description
        fee_parts = fees.get(sid, no_parts)
        fee = _shared_text(get("fees_description"), *fee_parts) if fee_parts else _shared_one(get("fees_description"))
        documents = extra.get(sid, no_parts)
        everything = _join(text, _shared_text(get("eligibility_description"), get("application_process")),
                           fee, _shared_text(*documents) if documents else "")
        yield rec, ServiceText(name, text, everything, fee, orgs.get(str(get("organization_id")), ""))


def service_taxonomy(accepted: Mapping[str, list[Record]]) -> dict[str, list[tuple[str | None, str | None]]]:
    """Each service's taxonomy terms as (name, code), from its attributes."""
    terms = {rec.id: (rec.get("name"), rec.get("code")) for rec in accepted.get("taxonomy_term", [])}
    found: dict[str, list[tuple[str | None, str | None]]] = defaultdict(list)
    for rec in accepted.get("attribute", []):
        if (rec.get("link_entity") or "service") != "service":
            continue
        term = terms.get(str(rec.get("taxonomy_term_id")))
        if term is not None:
            found[str(rec.get("link_id"))].append(term)
    return found


@dataclass
class MappingResult:
    """What step mapping did: links per service (kept for the summary) and how many rows it added."""

    by_service: dict[str, list[Link]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    rows_added: int = 0
    unmatched_decisions: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        counts: dict[str, int] = defaultdict(int)
        for links in self.by_service.values():
            for link in links:
                counts[link.term] += 1
        return {
            "services_linked": sum(1 for links in self.by_service.values() if links),
            "links_by_term": dict(sorted(counts.items())),
            "services": [
                {"service_id": sid, "name": self.names.get(sid, ""), "terms": [link.to_json() for link in links]}
                for sid, links in self.by_service.items() if links
            ],
        }


_NONE: frozenset[str] = frozenset()


def map_services(rows: DirectoryRows, accepted: Mapping[str, list[Record]], mapper: StepMapper | None,
                 decisions: Decisions, publisher_links: Mapping[str, set[str]],
                 taxonomy: Mapping[str, list[tuple[str | None, str | None]]] | None = None) -> MappingResult:
    """Link the accepted services to Camino terms; add one attribute row per new link.

    ``mapper`` None (``--no-suggest``): only staff decisions make links. Services the publisher
    already tagged with Camino terms (``publisher_links``) keep those and get no suggestions.
    ``taxonomy``: the services' taxonomy terms when ``accepted`` holds no attributes to make them from.
    """
    result = MappingResult()
    if mapper is None:
        taxonomy = {}
    elif taxonomy is None:
        taxonomy = service_taxonomy(accepted)
    # Link rows are made as tuples in the attribute table's column order (tens of thousands of them).
    in_column_order = itemgetter(*(column.name for column in m.Attribute.__table__.columns))
    links_out = rows.tuples[m.Attribute]
    service_ids = set()
    decided = decisions.services
    services = service_words(accepted)
    # Services go in batches: the prefilter's RE2 set runs over a whole batch in one tight loop,
    # where its automaton stays in the processor's cache (run between the rules' Python searches
    # each service took twice as long), then the rules run for each service of the batch.
    while batch := list(islice(services, _BATCH)):
        ids = [rec.id or "" for rec, _ in batch]
        suggests = [mapper is not None and (rec.get("status") or "active") == "active" and not publisher_links.get(sid)
                    for (rec, _), sid in zip(batch, ids, strict=True)]
        prefilter = mapper.prefilter if mapper is not None else None
        asked = [prefilter.candidates(words) if prefilter is not None and suggest else None
                 for (_, words), suggest in zip(batch, suggests, strict=True)]
        for (rec, words), sid, suggest, candidates in zip(batch, ids, suggests, asked, strict=True):
            service_ids.add(sid)
            result.names[sid] = str(rec.get("name") or "")
            already = publisher_links.get(sid, _NONE)
            links: list[Link] = []
            if suggest:
                links = mapper.suggest(words, taxonomy.get(sid, []), candidates)
            if sid in decided:  # suggestions come one per term: only a staff decision changes them
                links = decisions.apply(sid, links, already)
            result.by_service[sid] = links
            for link in links:
                row = {"id": f"camino-link:{sid}:{link.term}", "link_id": sid, "link_entity": "service",
                       "taxonomy_term_id": term_id(link.term), "link_type": link.source, "value": None,
                       "label": link.reason[:500]}
                links_out.append(in_column_order(row))
                result.rows_added += 1
    result.unmatched_decisions = sorted(set(decisions.services) - service_ids)
    return result


_BATCH = 512  # services whose words are in memory at once
