"""Reading a live HSDS 3.0 API (Open Referral's OpenAPI: ``/services``, ``/services/{id}``).

The ``/services`` pages are walked (``page``, ``per_page``) until ``last_page``, ``total_pages``
or an empty page says they end, asking for fully nested services (``full=true``); a server that
does not offer ``full`` gets each service from ``/services/{id}``. Every request has a time
limit and is retried with growing pauses; the walk stops with one clear line at a server error
that persists, a page that is not JSON or not an HSDS page, a page that repeats the last one, or
more pages or bytes than the caps allow. The services are then read like an HSDS JSON file.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

import httpx

from db.errors import CaminoError
from db.hsds.json_docs import read_json_documents
from db.hsds.records import Source
from db.hsds.report import Report

# Keys only a fully nested service has (a list item has at most the organization's summary).
FULL_KEYS = ("service_at_locations", "phones", "schedules", "attributes", "languages", "cost_options",
             "required_documents")
RETRY_STATUS = {429, 500, 502, 503, 504}


class ApiError(CaminoError):
    """The API could not be read whole; nothing was written."""


@dataclass
class ApiLimits:
    """Time limit per request, retries and their first pause, and the caps that end a walk."""

    timeout: float = 30.0
    retries: int = 3
    backoff: float = 0.5
    per_page: int = 100
    max_pages: int = 10_000
    max_bytes: int = 1_000_000_000


def is_url(src: object) -> bool:
    return isinstance(src, str) and src.lower().startswith(("http://", "https://"))


class _Walker:
    def __init__(self, base: str, limits: ApiLimits, client: httpx.Client) -> None:
        self.base = base if base.endswith("/") else base + "/"
        self.limits = limits
        self.client = client
        self.bytes = 0

    def get(self, path: str, params: dict[str, Any], what: str) -> Any:
        """GET one document as JSON, with retries; raises :class:`ApiError` with one line."""
        url = urljoin(self.base, path)
        failure = ""
        for attempt in range(self.limits.retries + 1):
            if attempt:
                time.sleep(self.limits.backoff * 2 ** (attempt - 1))
            try:
                with self.client.stream("GET", url, params=params) as response:
                    if response.status_code in RETRY_STATUS:
                        failure = f"HTTP {response.status_code}"
                        continue
                    if response.status_code != 200:
                        raise ApiError(f"{what}: HTTP {response.status_code} from {response.url}; nothing was written")
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body += chunk
                        if self.bytes + len(body) > self.limits.max_bytes:
                            raise ApiError(f"{what}: the API sent more than {self.limits.max_bytes} bytes in all "
                                           f"(cap reached); nothing was written")
                    self.bytes += len(body)
                    try:
                        return json.loads(body.decode("utf-8-sig"))
                    except (UnicodeDecodeError, json.JSONDecodeError):
                        kind = response.headers.get("content-type", "no content type")
                        raise ApiError(f"{what} of {response.url} is not JSON ({kind}); nothing was written") from None
            except httpx.TimeoutException:
                failure = f"no answer within {self.limits.timeout:g} s"
            except httpx.TransportError as exc:
                failure = f"{exc.__class__.__name__}: {exc}"
        raise ApiError(f"{what}: {failure} from {url} after {self.limits.retries + 1} tries; nothing was written")

    def services(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        previous: list[Any] | None = None
        page = 1
        while True:
            if page > self.limits.max_pages:
                raise ApiError(f"/services has more than {self.limits.max_pages} pages (cap reached: pages that "
                               f"never end?); nothing was written")
            what = f"/services page {page}"
            data = self.get("services", {"page": page, "per_page": self.limits.per_page, "full": "true"}, what)
            if not isinstance(data, dict) or not isinstance(data.get("contents"), list):
                raise ApiError(f"{what} is not an HSDS page (a JSON object with 'contents'); nothing was written")
            items = [item for item in data["contents"] if isinstance(item, dict)]
            if not items:
                break
            ids = [item.get("id") for item in items]
            if ids == previous:
                raise ApiError(f"{what} repeats page {page - 1} (the server ignores 'page'?); nothing was written")
            previous = ids
            found.extend(items)
            total = data.get("total_pages")
            if data.get("last_page") is True or (isinstance(total, int) and page >= total):
                break
            page += 1
        return [self.full(item) for item in found]

    def full(self, item: dict[str, Any]) -> dict[str, Any]:
        if any(key in item for key in FULL_KEYS) or item.get("id") in (None, ""):
            return item
        data = self.get(f"services/{item['id']}", {}, f"/services/{item['id']}")
        if not isinstance(data, dict) or data.get("id") != item["id"]:
            raise ApiError(f"/services/{item['id']} is not that service; nothing was written")
        return data


def read_api(url: str, report: Report, limits: ApiLimits | None = None) -> Source:
    """Read every service of the API at ``url`` into records; raises :class:`ApiError` with one line."""
    limits = limits or ApiLimits()
    try:
        with httpx.Client(timeout=limits.timeout, follow_redirects=True) as client:
            services = _Walker(url, limits, client).services()
    except httpx.InvalidURL as exc:
        raise ApiError(f"{url}: not a usable URL ({exc})") from None
    source = Source(format="hsds-3.0-api")
    read_json_documents(services, "services", source, report)
    return source
