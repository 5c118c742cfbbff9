"""The yearly verification cycle (AIRS asks that every record be checked with its organization yearly).

Which services are due, grouped by organization, read from a directory database; the cards are the
same ones the kiosk shows (:func:`kiosk.cards.load_cards`), so a partner checks what visitors see.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kiosk.cards import ServiceCard, is_out_of_date, load_cards, months_between
from kiosk.directory import Directory


@dataclass
class OrganizationDue:
    """One organization and those of its services that need checking."""

    id: str
    name: str
    services: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "services": self.services}


def _services(directory: Directory, org_id: str | None = None) -> list[tuple]:
    sql = ("SELECT o.id, o.name, s.id, s.name, s.assured_date, s.status FROM service s "
           "JOIN organization o ON o.id = s.organization_id")
    params: tuple = ()
    if org_id:
        sql += " WHERE o.id = ?"
        params = (org_id,)
    return directory.query(sql + " ORDER BY o.name, o.id, s.name, s.id", params)


def due(directory: Directory, months: int = 12, today: date | None = None) -> list[OrganizationDue]:
    """Organizations with services never verified or verified ``months`` or more ago (in name order)."""
    today = today or date.today()
    by_org: dict[str, OrganizationDue] = {}
    for oid, org_name, sid, name, assured, status in _services(directory):
        checked = date.fromisoformat(assured) if assured else None
        if not is_out_of_date(checked, months, today):
            continue
        entry = by_org.setdefault(oid, OrganizationDue(oid, org_name))
        entry.services.append({
            "id": sid, "name": name, "status": status, "last_verified": assured or None,
            "months_ago": months_between(checked, today) if checked else None,
            "reason": "never verified" if checked is None else f"verified {months_between(checked, today)} "
                                                               f"months ago"})
    return list(by_org.values())


def organizations(directory: Directory, org_id: str | None = None) -> list[tuple[str, str, list[ServiceCard]]]:
    """(id, name, cards in English) of every organization, or of ``org_id`` only, as the kiosk shows them."""
    rows = _services(directory, org_id)
    cards = load_cards(directory, [r[2] for r in rows], "en")
    out: dict[str, tuple[str, str, list[ServiceCard]]] = {}
    for oid, org_name, sid, *_ in rows:
        entry = out.setdefault(oid, (oid, org_name, []))
        if sid in cards:
            entry[2].append(cards[sid])
    return list(out.values())
