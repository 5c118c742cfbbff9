"""Sync over a real HTTP server on loopback, with the faults a kiosk meets in the field.

The server is ``http.server`` in a thread, serving a published bundle folder; it honours Range
requests (like nginx or Apache) and can be told to misbehave per file.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from db.identity import check_file, integrity_ok
from kiosk import paths
from kiosk.config import Config
from kiosk.sync import bundle, keys, status
from kiosk.sync.service import sync_once

ROOT = Path(__file__).resolve().parent.parent
# What a kiosk without a usable patch downloads: the whole database, zstd-compressed.
WHOLE = "directory-v2.sqlite.zst"


class BundleServer:
    """A static web server for one folder, with Range support and switchable faults."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.faults: dict[str, str] = {}
        self.requests: list[tuple[str, str | None]] = []
        self.stop_event = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                name = self.path.lstrip("/")
                server.requests.append((name, self.headers.get("Range")))
                fault = server.faults.get(name)
                if fault in ("404", "500"):
                    self.send_error(int(fault))
                    return
                path = server.folder / name
                if not path.is_file():
                    self.send_error(404)
                    return
                body = path.read_bytes()
                if fault == "flip":
                    middle = len(body) // 2
                    body = body[:middle] + bytes([body[middle] ^ 0xFF]) + body[middle + 1:]
                if fault in ("oversize", "oversize_nolength"):
                    body += b"\0" * 4096
                start = 0
                ranged = self.headers.get("Range")
                if ranged and fault != "no_range":
                    start = int(ranged.removeprefix("bytes=").split("-")[0])
                    if start >= len(body):
                        self.send_response(416)
                        self.send_header("Content-Range", f"bytes */{len(body)}")
                        self.end_headers()
                        return
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
                else:
                    self.send_response(200)
                if fault != "oversize_nolength":  # without a length, the body ends when the connection closes
                    self.send_header("Content-Length", str(len(body) - start))
                self.end_headers()
                if fault == "stall":
                    server.stop_event.wait(10)  # says it will send, then sends nothing
                    return
                if fault == "truncate":  # the connection drops half-way
                    self.wfile.write(body[start:start + (len(body) - start) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.wfile.write(body[start:])

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.stop_event.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def signing_key(tmp_path_factory):
    folder = tmp_path_factory.mktemp("keys")
    private, public = keys.generate(folder / "it")
    return keys.load_private(private), public


@pytest.fixture
def published(tmp_path, demo_db_path, signing_key):
    """A bundle of directory version 2 (the demo data) in a folder."""
    out = tmp_path / "bundle"
    bundle.publish(str(demo_db_path), signing_key[0], out, version=2)
    return out


@pytest.fixture
def server(published):
    srv = BundleServer(published)
    yield srv
    srv.close()


@pytest.fixture
def kiosk(demo_db_path, signing_key) -> Config:
    """A kiosk with the demo directory (version 1) in service, trusting the signing key."""
    shutil.copyfile(demo_db_path, paths.installed_directory())
    config = Config()
    config.sync.pubkey = str(signing_key[1])
    config.sync.timeout_s = 1.0
    return config


def installed() -> int:
    return int(check_file(paths.installed_directory())["directory_version"])


def directory_files() -> set[str]:
    return {p.name for p in paths.directory_dir().iterdir()} - {"sync.lock"}


def test_sync_over_http_installs_and_keeps_the_previous_directory(kiosk, server):
    result = sync_once(kiosk, server.url)
    assert result.outcome == "installed", result.message
    assert result.installed and result.exit_code == 0
    assert installed() == 2 and integrity_ok(paths.installed_directory())
    assert check_file(paths.directory_dir() / "previous.sqlite")["directory_version"] == "1"
    assert directory_files() == {"current.sqlite", "previous.sqlite"}

    again = sync_once(kiosk, server.url)
    assert again.outcome == "up_to_date" and again.exit_code == 0
    assert "already up to date" in again.message
    assert status.load().last_result == "up_to_date"


def _assert_refused(kiosk, url, *words, allow_part=False):
    result = sync_once(kiosk, url)
    assert result.outcome == "failed" and result.exit_code == 1
    assert "\n" not in result.message
    for word in words:
        assert word in result.message, result.message
    assert installed() == 1 and integrity_ok(paths.installed_directory())
    leftovers = directory_files() - {"current.sqlite"}
    assert all(name.endswith(".part") for name in leftovers) if allow_part else not leftovers, leftovers
    recorded = status.load()
    assert recorded.last_result == "failed" and recorded.last_error == result.message
    return result


@pytest.mark.parametrize(("fault_on", "fault", "words"), [
    ("manifest.json", "404", ("HTTP 404",)),
    ("manifest.json", "500", ("HTTP 500",)),
    ("manifest.json.sig", "404", ("not signed",)),
    (WHOLE, "flip", ("sha256", "discarded")),
    (WHOLE, "oversize", ("offers more than the manifest's",)),
    (WHOLE, "oversize_nolength", ("larger than its manifest says",)),
    (WHOLE, "500", ("HTTP 500",)),
])
def test_server_faults_leave_the_installed_directory_in_service(kiosk, server, fault_on, fault, words):
    server.faults[fault_on] = fault
    _assert_refused(kiosk, server.url, *words)


def test_truncated_download_is_kept_to_resume_and_never_installed(kiosk, server):
    server.faults[WHOLE] = "truncate"
    _assert_refused(kiosk, server.url, "stopped after", "resumes", allow_part=True)


def test_a_stalled_server_hits_the_time_limit(kiosk, server):
    server.faults[WHOLE] = "stall"
    started = time.monotonic()
    _assert_refused(kiosk, server.url, "did not answer within 1 s")
    assert time.monotonic() - started < 5


def test_a_stalled_manifest_hits_the_time_limit(kiosk, server):
    server.faults["manifest.json"] = "stall"
    started = time.monotonic()
    _assert_refused(kiosk, server.url, "did not answer within 1 s")
    assert time.monotonic() - started < 5


def test_unreachable_server_is_a_clear_failure(kiosk):
    _assert_refused(kiosk, "http://127.0.0.1:9/", "cannot reach the update server")


def test_wrong_key_is_refused(kiosk, server, tmp_path):
    _, other_public = keys.generate(tmp_path / "other")
    kiosk.sync.pubkey = str(other_public)
    _assert_refused(kiosk, server.url, "signature does not match a trusted key")


def test_tampered_manifest_is_refused(kiosk, server, published):
    manifest = json.loads((published / "manifest.json").read_text())
    manifest["expires"] = "2999-01-01T00:00:00Z"
    (published / "manifest.json").write_text(json.dumps(manifest))
    _assert_refused(kiosk, server.url, "signature does not match")


def _resign(folder: Path, private, **changes) -> None:
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest.update(changes)
    data = json.dumps(manifest).encode()
    (folder / "manifest.json").write_bytes(data)
    (folder / "manifest.json.sig").write_bytes(keys.sign(private, data))


def test_unknown_schema_is_refused(kiosk, server, published, signing_key):
    _resign(published, signing_key[0], schema_version=99)
    _assert_refused(kiosk, server.url, "schema version 99", "update the app first")


def test_too_new_for_this_app_is_refused(kiosk, server, published, signing_key):
    _resign(published, signing_key[0], min_app_version="99.0.0")
    _assert_refused(kiosk, server.url, "needs Camino 99.0.0")


def test_expired_bundle_is_refused(kiosk, tmp_path, demo_db_path, signing_key):
    out = tmp_path / "old-bundle"
    bundle.publish(str(demo_db_path), signing_key[0], out, version=5, expires_days=1,
                   now=datetime.now(UTC) - timedelta(days=3))
    srv = BundleServer(out)
    try:
        _assert_refused(kiosk, srv.url, "expired")
    finally:
        srv.close()


def test_older_version_is_refused(kiosk, server, tmp_path, demo_db_path, signing_key):
    newer = tmp_path / "v3"
    bundle.publish(str(demo_db_path), signing_key[0], newer, version=3)
    assert sync_once(kiosk, str(newer)).installed
    result = sync_once(kiosk, server.url)  # serves version 2
    assert result.outcome == "failed" and "older than the installed directory (version 3)" in result.message
    assert installed() == 3


def test_resume_asks_only_for_the_missing_bytes(kiosk, server, published):
    size = (published / WHOLE).stat().st_size
    server.faults[WHOLE] = "truncate"
    assert sync_once(kiosk, server.url).outcome == "failed"
    [part] = [p for p in paths.directory_dir().iterdir() if p.name.endswith(".part")]
    have = part.stat().st_size
    assert 0 < have < size

    del server.faults[WHOLE]
    server.requests.clear()
    result = sync_once(kiosk, server.url)
    assert result.installed, result.message
    assert (WHOLE, f"bytes={have}-") in server.requests
    assert installed() == 2 and not part.exists()


def test_server_without_range_support_still_completes(kiosk, server):
    server.faults[WHOLE] = "truncate"
    sync_once(kiosk, server.url)
    server.faults[WHOLE] = "no_range"
    result = sync_once(kiosk, server.url)
    assert result.installed, result.message
    assert installed() == 2 and integrity_ok(paths.installed_directory())


def test_cli_exit_codes_and_one_line_messages(kiosk, server, signing_key, tmp_path):
    kiosk_cmd = [sys.executable, str(ROOT / "main.py")]
    pub = str(signing_key[1])
    server.faults["manifest.json"] = "404"
    failed = subprocess.run([*kiosk_cmd, "sync", "--from", server.url, "--pubkey", pub],
                            capture_output=True, text=True, timeout=60)
    assert failed.returncode == 1
    assert failed.stderr.count("\n") == 1 and "HTTP 404" in failed.stderr
    assert json.loads(failed.stdout)["outcome"] == "failed"

    missing_key = subprocess.run([*kiosk_cmd, "sync", "--from", server.url, "--pubkey", str(tmp_path / "nope.pub")],
                                 capture_output=True, text=True, timeout=60)
    assert missing_key.returncode == 2 and "public key file not found" in missing_key.stderr

    del server.faults["manifest.json"]
    ok = subprocess.run([*kiosk_cmd, "sync", "--from", server.url, "--pubkey", pub],
                        capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["version"] == 2
    again = subprocess.run([*kiosk_cmd, "sync", "--from", server.url, "--pubkey", pub],
                           capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and "already up to date" in again.stderr
