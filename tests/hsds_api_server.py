"""A real HSDS 3.0 API on loopback for tests and benchmarks: the official examples, or a generated
directory of any size in pages, and the ways a real server goes wrong (500s, HTML, endless pages)."""

from __future__ import annotations

import json
import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

EXAMPLES = Path(__file__).parent / "data" / "hsds-3.0-examples"

# Service names and taxonomy of a generated directory: business services among ordinary ones.
KINDS = [
    ("Small Business Loans", "Loans for small businesses that cannot get bank credit.", "Small Business Loans"),
    ("Food Pantry", "Free groceries for families in need.", "Food Pantries"),
    ("Free Tax Preparation", "Volunteers prepare tax returns for free.", "Tax Preparation Assistance"),
    ("Emergency Shelter", "Overnight shelter and meals.", "Homeless Shelter"),
    ("Business Advising", "One-on-one business advising for entrepreneurs.", "Small Business Development"),
    ("Vehicle Registration", "Register your vehicle and renew plates.", "Motor Vehicle Registration"),
    ("ESL Classes", "English as a second language classes for adults.", "English as a Second Language"),
    ("Community Clinic", "Primary care on a sliding fee scale.", "Community Clinics"),
]


def generated_service(i: int, full: bool = True) -> dict[str, Any]:
    name, description, term = KINDS[i % len(KINDS)]
    org = {"id": f"org-{i // 10}", "name": f"Organization {i // 10}", "description": "Serves the region."}
    service: dict[str, Any] = {"id": f"svc-{i}", "name": f"{name} {i}", "description": description,
                               "status": "active", "organization": org}
    if full:
        service["phones"] = [{"id": f"ph-{i}", "number": f"555-{i:04d}"}]
        service["attributes"] = [{"id": f"attr-{i}", "link_entity": "service",
                                  "taxonomy_term": {"id": f"term-{i % len(KINDS)}", "name": term,
                                                    "description": term}}]
    return service


class Behaviour:
    """What the server does: ``kind`` one of official, generated, no_full, error500, not_json, endless, slow."""

    def __init__(self, kind: str, total: int = 5000) -> None:
        self.kind = kind
        self.total = total
        self.requests: list[str] = []

    def page(self, number: int, per_page: int, full: bool) -> tuple[int, str, bytes]:
        if self.kind == "official":
            if number == 1:
                return 200, "application/json", (EXAMPLES / "json" / "service_list.json").read_bytes()
            return 200, "application/json", json.dumps({"page_number": number, "contents": [], "empty": True}).encode()
        if self.kind == "error500" and number == 3:
            return 500, "text/plain", b"Internal Server Error"
        if self.kind == "not_json" and number == 2:
            return 200, "text/html", b"<html><body>Maintenance</body></html>"
        if self.kind == "slow":
            time.sleep(2)
        if self.kind == "endless":
            items = [generated_service(number * per_page + i) for i in range(per_page)]
            return 200, "application/json", json.dumps({"page_number": number, "contents": items}).encode()
        pages = (self.total + per_page - 1) // per_page
        start = (number - 1) * per_page
        items = [generated_service(i, full and self.kind != "no_full")
                 for i in range(start, min(start + per_page, self.total))]
        body = {"total_items": self.total, "total_pages": pages, "page_number": number, "size": len(items),
                "first_page": number == 1, "last_page": number >= pages, "empty": not items, "contents": items}
        return 200, "application/json", json.dumps(body).encode()

    def one(self, service_id: str) -> tuple[int, str, bytes]:
        if self.kind == "official":
            data = json.loads((EXAMPLES / "json" / "service_full.json").read_text(encoding="utf-8"))
            if data["id"] == service_id:
                return 200, "application/json", json.dumps(data).encode()
            return 404, "application/json", b'{"error": "not found"}'
        number = int(service_id.removeprefix("svc-"))
        return 200, "application/json", json.dumps(generated_service(number)).encode()


def _handler(behaviour: Behaviour) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            url = urlparse(self.path)
            query = parse_qs(url.query)
            behaviour.requests.append(self.path)
            if url.path.rstrip("/") == "/services":
                status, kind, body = behaviour.page(int(query.get("page", ["1"])[0]),
                                                    int(query.get("per_page", ["100"])[0]),
                                                    query.get("full", ["false"])[0] == "true")
            elif url.path.startswith("/services/"):
                status, kind, body = behaviour.one(url.path.removeprefix("/services/"))
            else:
                status, kind, body = 404, "text/plain", b"not found"
            try:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a time limit): nothing to answer

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


@contextmanager
def serve(kind: str, total: int = 5000):
    """Run the API on 127.0.0.1 on a free port; yields (base URL, behaviour)."""
    behaviour = Behaviour(kind, total)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(behaviour))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", behaviour
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
