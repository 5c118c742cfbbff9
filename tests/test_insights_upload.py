"""Uploading daily counters to a real HTTP server on 127.0.0.1: sent once, queued while down, retried."""

from __future__ import annotations

import json
import socket
import threading
import time
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kiosk.config import Config
from kiosk.insights import counters as c
from kiosk.insights.counters import CounterStore
from kiosk.insights.upload import day_url, idempotency_key, upload_pending

DAY = date(2026, 11, 2)
TODAY = DAY + timedelta(days=2)


class InsightServer:
    """A small city server: PUT writes the file at its path (a repeat overwrites it with the same bytes)."""

    def __init__(self, port: int = 0, delay_first: float = 0.0, fail_status: int | None = None) -> None:
        self.received: list[dict] = []
        self.stored: dict[str, dict] = {}
        self.delay_first = delay_first
        self.fail_status = fail_status
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_PUT(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.received.append({"path": self.path, "key": self.headers["Idempotency-Key"], "body": body})
                if outer.fail_status:
                    self.send_response(outer.fail_status)
                    self.end_headers()
                    return
                created = self.path not in outer.stored
                outer.stored[self.path] = body
                if outer.delay_first:
                    delay, outer.delay_first = outer.delay_first, 0.0
                    time.sleep(delay)  # the answer arrives after the kiosk gave up waiting
                self.send_response(201 if created else 204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/insights"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def store():
    store = CounterStore()
    for offset in range(3):  # DAY, DAY+1 and TODAY (not complete yet)
        store.add(DAY + timedelta(days=offset), "abq-main-library",
                  {(c.SESSIONS_STARTED, ""): 7 + offset, (c.LANGUAGE, "es"): 7 + offset, (c.NEED, "need-money"): 2})
    yield store
    store.close()


def config_for(url: str, timeout: float = 5.0) -> Config:
    config = Config()
    config.insights.upload_url = url
    config.sync.timeout_s = timeout
    return config


def test_insight_upload_sends_completed_days_once(store):
    server = InsightServer()
    try:
        result = upload_pending(config_for(server.url), store, today=TODAY)
        assert result.uploaded == [DAY, DAY + timedelta(days=1)] and result.error is None
        assert [r["body"]["day"] for r in server.received] == ["2026-11-02", "2026-11-03"]
        assert [r["path"] for r in server.received] == ["/insights/abq-main-library/2026-11-02.json",
                                                        "/insights/abq-main-library/2026-11-03.json"]
        first = server.received[0]
        assert first["key"] == idempotency_key("abq-main-library", DAY) == first["body"]["idempotency_key"]
        assert first["body"]["counts"] == {"sessions_started": {"": 7}, "language": {"es": 7},
                                           "need": {"need-money": 2}}
        assert first["body"]["kiosk"] == "abq-main-library"
        # Nothing left: a second sync sends nothing.
        again = upload_pending(config_for(server.url), store, today=TODAY)
        assert again.uploaded == [] and len(server.received) == 2
        # The next day, the day that was "today" is complete and goes alone.
        later = upload_pending(config_for(server.url), store, today=TODAY + timedelta(days=1))
        assert later.uploaded == [TODAY] and len(server.received) == 3
    finally:
        server.stop()


def test_insight_upload_queues_while_the_server_is_down_and_retries(store):
    port = free_port()
    down = upload_pending(config_for(f"http://127.0.0.1:{port}/insights", timeout=2), store, today=TODAY)
    assert down.uploaded == [] and down.pending == [DAY, DAY + timedelta(days=1)]
    assert "could not be reached" in down.error
    assert store.uploaded_days() == []

    server = InsightServer(port=port)
    try:
        up = upload_pending(config_for(server.url), store, today=TODAY)
        assert up.uploaded == [DAY, DAY + timedelta(days=1)] and up.pending == []
        assert sorted(r["body"]["day"] for r in server.received) == ["2026-11-02", "2026-11-03"]
    finally:
        server.stop()


def test_insight_upload_keeps_a_refused_day_queued(store):
    server = InsightServer(fail_status=500)
    try:
        result = upload_pending(config_for(server.url), store, today=TODAY)
        assert result.uploaded == [] and "HTTP 500" in result.error
        assert len(server.received) == 1  # stops at the first failure: order is kept
    finally:
        server.stop()
    assert store.pending_days(TODAY) == [("abq-main-library", DAY), ("abq-main-library", DAY + timedelta(days=1))]


def test_insight_upload_lost_answer_never_duplicates_a_day(store):
    """The server stores the day but its answer comes too late; the retry writes the same file again."""
    server = InsightServer(delay_first=1.0)
    try:
        first = upload_pending(config_for(server.url, timeout=0.3), store, today=TODAY)
        assert first.uploaded == [] and first.error
        second = upload_pending(config_for(server.url), store, today=TODAY)
        assert second.uploaded == [DAY, DAY + timedelta(days=1)]
        keys = [r["key"] for r in server.received]
        assert keys.count(idempotency_key("abq-main-library", DAY)) == 2  # sent twice, same name and key
        assert len(server.stored) == 2  # but the server holds each day once
    finally:
        server.stop()


def test_day_urls():
    assert day_url("https://city.example/insights/", "abq main", DAY) == \
        "https://city.example/insights/abq%20main/2026-11-02.json"
    assert day_url("https://bucket.example/{kiosk}-{day}.json?sig=1", "k", DAY) == \
        "https://bucket.example/k-2026-11-02.json?sig=1"


def test_insight_upload_does_nothing_without_a_url(store):
    assert upload_pending(Config(), store, today=TODAY).uploaded == []
    assert len(store.pending_days(TODAY)) == 2


def test_insight_upload_command(store, capsys):
    from kiosk import config as config_mod
    from kiosk.cli import main

    assert main(["upload-insights"]) == 2
    assert "upload_url is not set" in capsys.readouterr().err
    server = InsightServer()
    try:
        config_mod.save(config_for(server.url))
        assert main(["upload-insights"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert out["uploaded"][:2] == ["2026-11-02", "2026-11-03"]  # real today: every stored day is complete
    finally:
        server.stop()
