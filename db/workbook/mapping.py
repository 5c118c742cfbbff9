"""The Mapping sheet: step links an HSDS import suggested, with their reasons, for staff to decide.

Its input is the JSON report of ``kiosk import-hsds`` (or just its ``step_links`` part)::

    {"step_links": {"services": [{"service_id": "svc-42", "name": "…",
                                  "terms": [{"term": "microloan", "source": "rule", "reason": "…"}]}]}}

Its output (``kiosk workbook build --decisions FILE``) is the importer's decisions file,
``{"services": {"svc-42": {"accept": [...], "reject": [...], "add": [...], "note": "…"}}}``, which the
next ``kiosk import-hsds --decisions FILE`` applies, so staff decisions survive re-imports.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from db.errors import BadInput


def suggestion_rows(report: Mapping[str, Any]) -> list[list[Any]]:
    """Mapping sheet rows (service, step term, suggested because, decision, note) from an import report."""
    links = report.get("step_links", report) if isinstance(report, Mapping) else None
    services = links.get("services") if isinstance(links, Mapping) else None
    if not isinstance(services, list):
        raise BadInput("--suggestions: expected the JSON report of `kiosk import-hsds` "
                       "(with step_links.services)")
    rows = []
    for entry in services:
        if not isinstance(entry, Mapping) or not isinstance(entry.get("terms"), list):
            raise BadInput("--suggestions: every step_links.services entry needs service_id and terms")
        for link in entry["terms"]:
            if not isinstance(link, Mapping) or not link.get("term"):
                raise BadInput(f"--suggestions: a link of {entry.get('service_id')} has no term")
            because = ": ".join(str(p) for p in (link.get("source"), link.get("reason")) if p)
            rows.append([str(entry.get("service_id", "")), str(link["term"]), because, None, None])
    return rows
