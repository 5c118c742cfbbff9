"""Service cards: everything a visitor needs to reach one service, read for the few services shown."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import date
from functools import lru_cache

from babel import Locale, UnknownLocaleError

from db.identity import term_id
from kiosk.directory import Directory
from kiosk.questionnaire import Localized


@lru_cache(maxsize=16)
def _language_names(language: str) -> dict[str, str]:
    try:
        return dict(Locale.parse(language).languages)
    except (ValueError, UnknownLocaleError):
        return {}


def language_name(code: str | None, name: str | None, language: str = "en") -> str | None:
    """Name a spoken language in the visitor's ``language`` (CLDR data through Babel).

    A code CLDR does not know falls back to the directory's own name for it, then to the code.
    """
    if code:
        names = _language_names(language)
        code = code.replace("-", "_")
        label = names.get(code) or names.get(code.split("_")[0].lower())
        if label:
            return label
    return name or code


@dataclass(frozen=True)
class ServiceCard:
    id: str
    name: Localized
    organization: str
    description: Localized | None
    phone: str | None
    address: str | None
    hours: Localized | None
    languages: tuple[str, ...]
    cost: Localized | None
    free: bool
    accepts_itin: bool | None
    url: str | None
    documents: tuple[Localized, ...]
    last_verified: date | None
    distance_km: float | None
    how_to_apply: Localized | None = None
    eligibility: Localized | None = None
    # Why this service ranks where it does: "language", "itin", "free", "near".
    fit: tuple[str, ...] = ()
    # Not checked with the organization within directory.stale_after_months: "call first".
    out_of_date: bool = False




def months_between(earlier: date, later: date) -> int:
    """Whole calendar months from ``earlier`` to ``later`` (a month counts once its day is reached)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - (1 if later.day < earlier.day else 0)


def is_out_of_date(last_verified: date | None, stale_after_months: int, today: date | None = None) -> bool:
    """True when a service was never checked with its organization, or longer ago than the limit."""
    if last_verified is None:
        return True
    return months_between(last_verified, today or date.today()) >= stale_after_months


def _text(value: Localized | None) -> str | None:
    return value.text if value is not None else None


def card_json(card: ServiceCard) -> dict:
    localized = {k: v for k, v in asdict(card).items() if isinstance(v, dict) and "in_english" in v}
    return {
        "id": card.id,
        "name": card.name.text,
        "organization": card.organization,
        "description": _text(card.description),
        "phone": card.phone,
        "address": card.address,
        "hours": _text(card.hours),
        "languages": list(card.languages),
        "cost": _text(card.cost),
        "free": card.free,
        "accepts_itin": card.accepts_itin,
        "url": card.url,
        "documents": [d.text for d in card.documents],
        "last_verified": card.last_verified.isoformat() if card.last_verified else None,
        "distance_km": round(card.distance_km, 1) if card.distance_km is not None else None,
        "how_to_apply": _text(card.how_to_apply),
        "fit": list(card.fit),
        "out_of_date": card.out_of_date,
        "in_english": sorted(k for k, v in localized.items() if v["in_english"])
        + (["documents"] if any(d.in_english for d in card.documents) else []),
    }




def _one_line_address(address_1, address_2, city, state, postal_code) -> str:
    street = ", ".join(p for p in (address_1, address_2) if p)
    place = " ".join(p for p in (state, postal_code) if p)
    return ", ".join(p for p in (street, city, place) if p)


def load_cards(directory: Directory, service_ids: list[str], language: str) -> dict[str, ServiceCard]:
    """Cards for ``service_ids`` (unknown ids are left out), text in ``language`` with English fallback."""
    ids = list(dict.fromkeys(service_ids))
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    q = directory.query_in_order
    services = directory.query(
        f"SELECT s.id, s.name, o.name, s.description, s.url, s.application_process, "
        f"s.eligibility_description, s.fees_description, s.assured_date, s.organization_id, o.website "
        f"FROM service s JOIN organization o ON o.id = s.organization_id WHERE s.id IN ({marks})", ids)
    org_ids = list({row[9] for row in services})

    locations: dict[str, list[str]] = defaultdict(list)
    for sid, lid in q(f"SELECT service_id, location_id FROM service_at_location WHERE service_id IN ({marks})",
                      ids):
        locations[sid].append(lid)
    location_ids = list({lid for lids in locations.values() for lid in lids})
    lmarks = ",".join("?" * len(location_ids))

    addresses: dict[str, str] = {}
    for lid, a1, a2, city, state, postal in q(
        f"SELECT location_id, address_1, address_2, city, state_province, postal_code FROM address "
        f"WHERE location_id IN ({lmarks}) AND address_type != 'postal'", location_ids):
        addresses.setdefault(lid, _one_line_address(a1, a2, city, state, postal))

    phones: dict[tuple[str, str], str] = {}
    # One indexed query per owner column (an OR across columns would scan the whole table).
    for owner, column, owner_ids in (("service", "service_id", ids), ("location", "location_id", location_ids),
                                     ("organization", "organization_id", org_ids)):
        if not owner_ids:
            continue
        for owner_id, number, ext in q(
            f"SELECT {column}, number, extension FROM phone WHERE {column} IN ({','.join('?' * len(owner_ids))})",
            owner_ids):
            phones.setdefault((owner, owner_id), f"{number} ext. {ext}" if ext else number)

    schedules: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for owner, column, owner_ids in (("service", "service_id", ids), ("location", "location_id", location_ids)):
        if not owner_ids:
            continue
        for sched_id, owner_id, desc, opens, closes in q(
            f"SELECT id, {column}, description, opens_at, closes_at FROM schedule "
            f"WHERE {column} IN ({','.join('?' * len(owner_ids))})", owner_ids):
            text = desc or (f"{opens}–{closes}" if opens and closes else "")
            if text:
                schedules[(owner, owner_id)].append((sched_id, text))

    languages: dict[str, list[str]] = defaultdict(list)
    for sid, code, name in q(f"SELECT service_id, code, name FROM language WHERE service_id IN ({marks})", ids):
        label = language_name(code, name, language)
        if label and label not in languages[sid]:
            languages[sid].append(label)

    documents: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for doc_id, sid, document in q(f"SELECT id, service_id, document FROM required_document "
                                   f"WHERE service_id IN ({marks})", ids):
        documents[sid].append((doc_id, document))

    costs: dict[str, tuple[str, str]] = {}
    for cost_id, sid, description, amount, currency in q(
        f"SELECT id, service_id, amount_description, amount, currency FROM cost_option "
        f"WHERE service_id IN ({marks})", ids):
        text = description or (f"{amount:g} {currency or ''}".strip() if amount is not None else "")
        if text:
            costs.setdefault(sid, (cost_id, text))

    itin_terms = (term_id("accepts-itin"), term_id("no-ssn-needed"))
    free_term = term_id("free")
    flags: dict[str, set[str]] = defaultdict(set)
    for sid, tid in directory.query(f"SELECT link_id, taxonomy_term_id FROM attribute WHERE link_entity = 'service' "
                      f"AND link_id IN ({marks}) AND taxonomy_term_id IN (?, ?, ?)", [*ids, *itin_terms, free_term]):
        flags[sid].add(tid)

    tr_service = directory.texts_for("service", ids, language)
    tr_docs = directory.texts_for("required_document", [d for ds in documents.values() for d, _ in ds], language)
    tr_costs = directory.texts_for("cost_option", [c for c, _ in costs.values()], language)
    tr_sched = directory.texts_for("schedule", [s for ss in schedules.values() for s, _ in ss], language)

    def local(translations, entity_id: str, field: str, english: str | None) -> Localized | None:
        if not english:
            return None
        if language == "en":
            return Localized(english)
        return translations.get((entity_id, field)) or Localized(english, in_english=True)

    cards = {}
    for (sid, name, org_name, description, url, apply, eligibility, fees, assured, oid, website) in services:
        lids = locations[sid]
        address = next((addresses[lid] for lid in lids if lid in addresses), None)
        phone = phones.get(("service", sid)) or next(
            (phones[("location", lid)] for lid in lids if ("location", lid) in phones), None
        ) or phones.get(("organization", oid))
        sched = schedules.get(("service", sid)) or next(
            (schedules[("location", lid)] for lid in lids if ("location", lid) in schedules), [])
        hours_parts = [local(tr_sched, sched_id, "description", text) for sched_id, text in sched]
        hours = (Localized("; ".join(h.text for h in hours_parts), any(h.in_english for h in hours_parts))
                 if hours_parts else None)
        cost = None
        if sid in costs:
            cost_id, text = costs[sid]
            cost = local(tr_costs, cost_id, "amount_description", text)
        elif fees:
            cost = local(tr_service, sid, "fees_description", fees)
        cards[sid] = ServiceCard(
            id=sid,
            name=local(tr_service, sid, "name", name),
            organization=org_name,
            description=local(tr_service, sid, "description", description),
            phone=phone,
            address=address,
            hours=hours,
            languages=tuple(languages[sid]),
            cost=cost,
            free=free_term in flags[sid],
            accepts_itin=True if flags[sid] & set(itin_terms) else None,
            url=url or website,
            documents=tuple(local(tr_docs, d, "document", text) for d, text in documents[sid]),
            last_verified=date.fromisoformat(assured) if assured else None,
            distance_km=None,
            how_to_apply=local(tr_service, sid, "application_process", apply),
            eligibility=local(tr_service, sid, "eligibility_description", eligibility),
        )
    return cards
