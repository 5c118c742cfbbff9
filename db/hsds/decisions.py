"""Staff decisions about step links, kept as data so that they survive the next import.

A decisions file is JSON, keyed by the source's service id::

    {"services": {
        "svc-42": {"accept": ["microloan"], "reject": ["free"], "add": ["mentoring"],
                   "note": "checked with the lender, 2026-12-01"}}}

- ``reject``: the link is never made, whatever the crosswalk or rules say (and a publisher's own
  tag for that term is dropped too);
- ``accept``: the suggested link is kept as a staff link, even if a later rule change would no
  longer suggest it;
- ``add``: a link the suggestions missed.

The import reads it with ``--decisions FILE``; ``kiosk step-links`` writes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.errors import BadInput
from db.hsds.textrules import Link

KINDS = ("accept", "reject", "add")


@dataclass
class Decisions:
    """service id → {"accept": [...], "reject": [...], "add": [...], "note": "..."}."""

    services: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path | None, known: set[str]) -> Decisions:
        """Read and check a decisions file; a missing ``path`` (None) means no decisions."""
        if path is None:
            return cls()
        from db.seed import read_json

        data = read_json(Path(path))
        services = data.get("services") if isinstance(data, dict) else None
        if not isinstance(services, dict):
            raise BadInput(f"{path}: a decisions file is a JSON object with 'services' keyed by service id")
        for sid, entry in services.items():
            if not isinstance(entry, dict):
                raise BadInput(f"{path}: services[{sid!r}] must be an object with accept / reject / add lists")
            for kind in KINDS:
                terms = entry.get(kind, [])
                if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
                    raise BadInput(f"{path}: services[{sid!r}].{kind} must be a list of Camino term codes")
                unknown = [t for t in terms if t not in known]
                if unknown:
                    raise BadInput(f"{path}: services[{sid!r}].{kind} names unknown Camino term(s) "
                                   f"{', '.join(unknown)}")
        return cls(services)

    def rejected(self, service_id: str) -> set[str]:
        return set(self.services.get(service_id, {}).get("reject", []))

    def apply(self, service_id: str, suggested: Iterable[Link], publisher: set[str]) -> list[Link]:
        """The links to make for one service: suggestions minus rejections, plus staff links."""
        entry: Mapping[str, Any] = self.services.get(service_id, {})
        rejected = set(entry.get("reject", []))
        links = {link.term: link for link in suggested if link.term not in rejected}
        note = f" ({entry['note']})" if entry.get("note") else ""
        for term in entry.get("accept", []):
            if term not in rejected and term not in publisher:
                was = links.get(term)
                why = f"accepted by staff; suggested as {was.reason}" if was else "accepted by staff"
                links[term] = Link(term, "staff", why + note)
        for term in entry.get("add", []):
            if term not in rejected and term not in publisher:
                links[term] = Link(term, "staff", "added by staff" + note)
        return list(links.values())

    def record(self, service_id: str, kind: str, terms: Iterable[str], note: str | None = None) -> None:
        """Record a decision (the other kinds lose those terms: the newest decision wins)."""
        entry = self.services.setdefault(service_id, {})
        for term in terms:
            for other in KINDS:
                if other != kind and term in entry.get(other, []):
                    entry[other].remove(term)
            if term not in entry.setdefault(kind, []):
                entry[kind].append(term)
        if note:
            entry["note"] = note
        for other in KINDS:
            if other in entry and not entry[other]:
                del entry[other]

    def to_json(self) -> dict[str, Any]:
        return {"services": {sid: self.services[sid] for sid in sorted(self.services)}}
