"""Where each fact of a seed directory came from: the ``sources`` list of every record.

Each organization, location and service of ``directory.json`` may carry::

    "sources": [{"field": "phones", "url": "https://…", "checked": "2026-12-03", "note": "optional"}]

``field`` names what the page supports. A filled fact that a visitor acts on (a phone number, an address,
opening hours, a price, who may use the service, how to apply, documents to bring, an ITIN / SSN / free
flag, a website) needs at least one source for its field; :func:`missing_sources` lists those that have
none, so a test keeps the rule "a field you cannot source stays empty".
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

# Flags (taxonomy terms) that are claims about a service and so need a source like any other fact.
CLAIM_TERMS = ("accepts-itin", "no-ssn-needed", "free")

_SERVICE_FIELDS = ("url", "fees_description", "eligibility_description", "application_process")
_SERVICE_LISTS = ("phones", "schedules", "required_documents", "cost_options", "languages")


def _filled_facts(kind: str, record: Mapping[str, Any]) -> list[str]:
    facts = []
    if kind == "organization":
        facts += ["website"] if record.get("website") else []
        facts += ["phones"] if record.get("phones") else []
    elif kind == "location":
        facts += [name for name in ("addresses", "phones", "schedules") if record.get(name)]
    else:
        facts += [name for name in _SERVICE_FIELDS if record.get(name)]
        facts += [name for name in _SERVICE_LISTS if record.get(name)]
        facts += [term for term in CLAIM_TERMS if term in record.get("terms", [])]
        if record.get("status", "active") != "active":
            facts.append("status")
    return facts


def records(data: Mapping[str, Any]) -> list[tuple[str, Mapping[str, Any]]]:
    """Every organization, location and service of a seed directory with its kind, in file order."""
    out: list[tuple[str, Mapping[str, Any]]] = []
    for org in data.get("organizations", []):
        out.append(("organization", org))
        out += [("location", loc) for loc in org.get("locations", [])]
        out += [("service", svc) for svc in org.get("services", [])]
    return out


def source_problems(record: Mapping[str, Any], today: date | None = None) -> list[str]:
    """Malformed entries of one record's ``sources`` list, as sentences naming the record."""
    today = today or date.today()
    problems = []
    for i, source in enumerate(record.get("sources", [])):
        where = f"{record['id']} sources[{i}]"
        if not isinstance(source, Mapping) or not source.get("field"):
            problems.append(f"{where}: needs a field")
            continue
        if not str(source.get("url", "")).startswith(("https://", "http://")):
            problems.append(f"{where}: url must be an http(s) address")
        try:
            checked = date.fromisoformat(str(source.get("checked")))
        except ValueError:
            problems.append(f"{where}: checked must be a date (YYYY-MM-DD)")
            continue
        if checked > today:
            problems.append(f"{where}: checked {checked} is in the future")
    return problems


def missing_sources(data: Mapping[str, Any]) -> list[str]:
    """Filled facts with no source for their field, as ``"<record id>: <field>"``, in file order."""
    missing = []
    for kind, record in records(data):
        sourced = {s.get("field") for s in record.get("sources", []) if isinstance(s, Mapping)}
        missing += [f"{record['id']}: {fact}" for fact in _filled_facts(kind, record) if fact not in sourced]
    return missing


def reachable_share(data: Mapping[str, Any]) -> tuple[int, int]:
    """(active services a visitor can phone or walk into, all active services).

    A service is reachable when it, one of its locations or its organization has a phone number, or one
    of its locations has a street address, the same fallbacks a service card uses.
    """
    reachable = total = 0
    for org in data.get("organizations", []):
        locations = {loc["id"]: loc for loc in org.get("locations", [])}
        for svc in org.get("services", []):
            if svc.get("status", "active") != "active":
                continue
            total += 1
            own = [locations[lid] for lid in svc.get("locations", []) if lid in locations]
            if (svc.get("phones") or org.get("phones") or any(loc.get("phones") for loc in own)
                    or any(loc.get("addresses") for loc in own)):
                reachable += 1
    return reachable, total
