"""``kiosk import-hsds URL``: a live HSDS 3.0 API on loopback (tests/hsds_api_server.py)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.directory import Directory
from tests.hsds_api_server import serve


def run(capsys, *args) -> tuple[int, dict | None, str]:
    code = main(["import-hsds", *map(str, args)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, (json.loads(captured.out) if captured.out.strip() else None), captured.err


def count(db: Path, table: str) -> int:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def test_the_official_example_api_is_read_page_by_page_and_service_by_service(capsys, tmp_path):
    out = tmp_path / "dir.sqlite"
    with serve("official") as (url, behaviour):
        code, report, err = run(capsys, url, "--out", out)
    assert code == 0, err
    assert report["format"] == "hsds-3.0-api"
    assert report["imported"]["service"] == 1 and report["imported"]["organization"] == 1
    # The list item is not a full service: it was fetched from /services/{id}; page 2 was empty: the end.
    assert behaviour.requests == ["/services?page=1&per_page=100&full=true", "/services?page=2&per_page=100&full=true",
                                  "/services/ac148810-d857-441c-9679-408f346de14b"]
    assert report["imported"]["phone"] >= 1 and report["imported"]["schedule"] >= 1
    Directory(out).close()


def test_a_generated_directory_of_5000_services_in_pages_imports_whole_and_reaches_steps(capsys, tmp_path):
    out = tmp_path / "dir.sqlite"
    with serve("generated", 5000) as (url, behaviour):
        code, report, err = run(capsys, url, "--out", out, "--per-page", "250")
    assert code == 0, err
    assert len(behaviour.requests) == 20  # 20 pages of 250, full services: no request per service
    assert report["imported"]["service"] == 5000 and count(out, "service") == 5000
    # One in eight is a small business loan (crosswalk), one in eight a tax site (crosswalk), …
    assert report["step_links"]["links_by_term"]["microloan"] == 625
    assert report["step_links"]["links_by_term"]["tax-help"] == 625
    linked = {s["service_id"] for s in report["step_links"]["services"]}
    assert "svc-1" not in linked and "svc-3" not in linked and "svc-5" not in linked  # pantry, shelter, vehicles


def test_a_server_without_full_services_is_asked_for_each_one(capsys, tmp_path):
    out = tmp_path / "dir.sqlite"
    with serve("no_full", 30) as (url, behaviour):
        code, report, err = run(capsys, url, "--out", out, "--per-page", "10")
    assert code == 0, err
    assert sum(1 for r in behaviour.requests if r.startswith("/services/")) == 30
    assert report["imported"]["phone"] == 30


@pytest.mark.parametrize(("kind", "args", "message"), [
    ("error500", ["--per-page", "10", "--retries", "1"],
     "kiosk: /services page 3: HTTP 500 from {url}services after 2 tries; nothing was written"),
    ("not_json", ["--per-page", "10"],
     "kiosk: /services page 2 of {url}services?page=2&per_page=10&full=true is not JSON (text/html); "
     "nothing was written"),
    ("endless", ["--per-page", "5", "--max-pages", "40"],
     "kiosk: /services has more than 40 pages (cap reached: pages that never end?); nothing was written"),
    ("generated", ["--per-page", "100", "--max-mb", "0.01"],
     "kiosk: /services page 1: the API sent more than 10000 bytes in all (cap reached); nothing was written"),
    ("slow", ["--timeout", "0.3", "--retries", "1"],
     "kiosk: /services page 1: no answer within 0.3 s from {url}services after 2 tries; nothing was written"),
])
def test_a_failing_api_is_one_line_exit_1_and_nothing_is_written(capsys, tmp_path, kind, args, message):
    out = tmp_path / "dir.sqlite"
    out.write_bytes(b"the last good directory")
    with serve(kind, 60) as (url, _):
        code, report, err = run(capsys, url, "--out", out, *args)
    assert code == 1 and report is None
    assert err.strip().splitlines() == [message.format(url=url)]
    assert out.read_bytes() == b"the last good directory"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dir.sqlite"]


def test_bad_api_options_are_bad_input(capsys, tmp_path):
    code, _, err = run(capsys, "http://127.0.0.1:9/", "--out", tmp_path / "d.sqlite", "--max-pages", "0")
    assert code == 2 and "must be positive" in err
