"""Sending the daily counters to the city's server, when one is configured.

The sync worker thread calls :func:`upload_pending` (never the UI thread: it does network I/O).
Only completed days are sent (a day is complete once the kiosk's calendar has moved past it), each
as one file, ``PUT`` to ``{insights.upload_url}/{kiosk}/{day}.json``, oldest first. The name makes
the upload idempotent: if an answer is lost on the way back and the day is sent again, the same
file is written again, never a second copy. So any WebDAV server (nginx's ``dav_methods PUT``) or an
object store accepts it, and ``kiosk report --from-folder`` reads the folder they fill. A day the
server accepted (any 2xx) is remembered and never sent again; a day that failed stays queued and is
retried on the next call, until it is accepted.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import quote

import httpx

from kiosk import __version__
from kiosk.config import Config
from kiosk.insights.counters import CounterStore, day_counts

log = logging.getLogger("camino.insights")

SCHEMA = "camino-insights/1"
KEY_NAMESPACE = uuid.UUID("5d0c7d4e-8a57-4f0e-9c38-2f4b6f1f7c11")
CONNECT_TIMEOUT_S = 5.0


@dataclass
class UploadResult:
    """What one call did: days accepted, days still queued, and why it stopped (None: nothing went wrong)."""

    uploaded: list[date] = field(default_factory=list)
    pending: list[date] = field(default_factory=list)
    error: str | None = None


def idempotency_key(kiosk: str, day: date) -> str:
    """The same key every time for one kiosk's day."""
    return str(uuid.uuid5(KEY_NAMESPACE, f"{kiosk}/{day.isoformat()}"))


def payload(kiosk: str, day: date, counts: dict[str, dict[str, int]]) -> dict:
    """The JSON body of one day's upload."""
    return {"schema": SCHEMA, "kiosk": kiosk, "day": day.isoformat(),
            "idempotency_key": idempotency_key(kiosk, day), "counts": counts}


def day_url(base: str, kiosk: str, day: date) -> str:
    """Where one kiosk's day goes: ``{base}/{kiosk}/{day}.json`` (placeholders in ``base`` are filled instead)."""
    kiosk_part, day_part = quote(kiosk, safe=""), day.isoformat()
    if "{kiosk}" in base or "{day}" in base:
        return base.replace("{kiosk}", kiosk_part).replace("{day}", day_part)
    return f"{base.rstrip('/')}/{kiosk_part}/{day_part}.json"


def upload_pending(config: Config, store: CounterStore | None = None, today: date | None = None) -> UploadResult:
    """PUT every completed, not yet accepted day under ``config.insights.upload_url``; stop at the first failure."""
    result = UploadResult()
    url = config.insights.upload_url
    if not url:
        return result
    own_store = store is None
    store = store or CounterStore()
    try:
        queue = store.pending_days(before=today or date.today())
        timeout = httpx.Timeout(config.sync.timeout_s, connect=min(CONNECT_TIMEOUT_S, config.sync.timeout_s))
        headers = {"User-Agent": f"camino-kiosk/{__version__}"}
        with httpx.Client(timeout=timeout, headers=headers, follow_redirects=False) as client:
            for position, (kiosk, day) in enumerate(queue):
                body = payload(kiosk, day, day_counts(store.counts(day, day, kiosk)))
                data = (json.dumps(body, sort_keys=True, indent=1) + "\n").encode("utf-8")
                try:
                    response = client.put(day_url(url, kiosk, day), content=data,
                                          headers={"Content-Type": "application/json",
                                                   "Idempotency-Key": body["idempotency_key"]})
                except httpx.HTTPError as exc:
                    result.error = f"the insight server could not be reached ({type(exc).__name__})"
                    result.pending = [d for _, d in queue[position:]]
                    break
                if response.is_success:
                    store.mark_uploaded(kiosk, day)
                    result.uploaded.append(day)
                    continue
                result.error = f"the insight server refused the upload (HTTP {response.status_code})"
                result.pending = [d for _, d in queue[position:]]
                break
    finally:
        if own_store:
            store.close()
    if result.error:
        log.warning("%s; %d day(s) stay queued", result.error, len(result.pending))
    return result
