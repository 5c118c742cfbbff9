"""Insights from every kiosk: days PUT to a real nginx (WebDAV, the configuration docs/insights.md
gives) on loopback, then `kiosk report --from-folder` over the folder nginx filled, as city IT would."""

from __future__ import annotations

import csv
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from kiosk.config import Config
from kiosk.insights import counters as c
from kiosk.insights.counters import CounterStore
from kiosk.insights.upload import upload_pending

ROOT = Path(__file__).resolve().parent.parent
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
FIRST = date(2026, 11, 2)
TODAY = FIRST + timedelta(days=3)

# The server block of docs/insights.md, with this test's folders and port.
NGINX_CONF = """
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log;
{user}
events {{ worker_connections 64; }}
http {{
    access_log {prefix}/access.log;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
    server {{
        listen 127.0.0.1:{port};
        location /camino/insights/ {{
            alias {prefix}/insights/;
            dav_methods PUT;
            create_full_put_path on;
            dav_access user:rw group:r all:r;
            client_max_body_size 1m;
            limit_except PUT {{ deny all; }}
        }}
    }}
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Nginx:
    """A real nginx on 127.0.0.1 with its own prefix, temporary folders and port."""

    def __init__(self, prefix: Path) -> None:
        self.prefix = prefix
        self.port = free_port()
        (prefix / "tmp").mkdir(parents=True, exist_ok=True)
        (prefix / "insights").mkdir(exist_ok=True)
        user = "user root root;" if os.geteuid() == 0 else ""  # as root, workers would be "nobody"
        (prefix / "nginx.conf").write_text(NGINX_CONF.format(prefix=prefix, port=self.port, user=user))
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/camino/insights/"

    @property
    def folder(self) -> Path:
        return self.prefix / "insights"

    def start(self) -> None:
        self.proc = subprocess.Popen([NGINX, "-p", str(self.prefix), "-c", str(self.prefix / "nginx.conf"),
                                      "-e", str(self.prefix / "error.log"), "-g", "daemon off;"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"nginx did not start: {self.proc.stderr.read().decode()}")
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise AssertionError("nginx did not listen within 15 s")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(15)


@pytest.fixture
def nginx(tmp_path):
    if not Path(NGINX).exists():
        pytest.fail("nginx is not installed (scripts/setup.sh installs it)")
    server = Nginx(tmp_path / "nginx")
    server.start()
    yield server
    server.stop()


KIOSKS = {  # kiosk → sessions started on each of the first three days
    "abq-main-library": (12, 9, 3),
    "abq-south-valley": (6, 2, 0),
    "abq-westside-center": (4, 8, 11),
}


def kiosk_store(folder: Path, kiosk: str) -> CounterStore:
    """One kiosk's own state database, with its first three days counted."""
    store = CounterStore(folder / kiosk / "state.sqlite")
    for offset, sessions in enumerate(KIOSKS[kiosk]):
        if sessions:
            store.add(FIRST + timedelta(days=offset), kiosk,
                      {(c.SESSIONS_STARTED, ""): sessions, (c.LANGUAGE, "es"): sessions - 1, (c.LANGUAGE, "en"): 1,
                       (c.NEED, "need-money"): 2})
    if kiosk == "abq-south-valley":  # the one visitor of the period who said they are at the idea stage
        store.add(FIRST, kiosk, {(c.STAGE, "stage-idea"): 1})
    return store


def config_for(url: str, kiosk: str) -> Config:
    config = Config()
    config.kiosk.id = kiosk
    config.insights.upload_url = url
    config.sync.timeout_s = 5.0
    return config


def test_every_kiosk_puts_its_days_into_nginx_once(nginx, tmp_path):
    for kiosk in KIOSKS:
        result = upload_pending(config_for(nginx.url, kiosk), kiosk_store(tmp_path, kiosk), today=TODAY)
        assert result.error is None and len(result.uploaded) == sum(1 for s in KIOSKS[kiosk] if s)
    files = sorted(str(p.relative_to(nginx.folder)) for p in nginx.folder.rglob("*.json"))
    assert files == ["abq-main-library/2026-11-02.json", "abq-main-library/2026-11-03.json",
                     "abq-main-library/2026-11-04.json", "abq-south-valley/2026-11-02.json",
                     "abq-south-valley/2026-11-03.json", "abq-westside-center/2026-11-02.json",
                     "abq-westside-center/2026-11-03.json", "abq-westside-center/2026-11-04.json"]
    day = json.loads((nginx.folder / "abq-south-valley/2026-11-03.json").read_text())
    assert day["counts"]["sessions_started"] == {"": 2} and day["kiosk"] == "abq-south-valley"

    # The answer was lost (the kiosk does not know the day arrived): the same file is written again.
    before = (nginx.folder / "abq-main-library/2026-11-02.json").read_bytes()
    again = CounterStore(tmp_path / "again.sqlite")
    again.add(FIRST, "abq-main-library", {(c.SESSIONS_STARTED, ""): 12, (c.LANGUAGE, "es"): 11,
                                          (c.LANGUAGE, "en"): 1, (c.NEED, "need-money"): 2})
    assert upload_pending(config_for(nginx.url, "abq-main-library"), again, today=TODAY).uploaded == [FIRST]
    assert (nginx.folder / "abq-main-library/2026-11-02.json").read_bytes() == before
    assert len(list(nginx.folder.rglob("*.json"))) == 8
    assert not list((nginx.prefix / "tmp").rglob("*.*"))  # nginx's temporary bodies are gone


def test_days_wait_while_nginx_is_down_and_go_when_it_is_back(nginx, tmp_path):
    store = kiosk_store(tmp_path, "abq-main-library")
    nginx.stop()
    down = upload_pending(config_for(nginx.url, "abq-main-library"), store, today=TODAY)
    assert down.uploaded == [] and "could not be reached" in down.error and len(down.pending) == 3
    nginx.start()
    back = upload_pending(config_for(nginx.url, "abq-main-library"), store, today=TODAY)
    assert back.error is None and len(back.uploaded) == 3
    assert len(list(nginx.folder.rglob("*.json"))) == 3


def test_a_refusing_server_keeps_the_days_queued(nginx, tmp_path):
    store = kiosk_store(tmp_path, "abq-main-library")
    wrong = nginx.url.replace("/camino/insights/", "/elsewhere/")  # no WebDAV there: nginx answers 405
    result = upload_pending(config_for(wrong, "abq-main-library"), store, today=TODAY)
    assert "HTTP 405" in result.error and result.uploaded == []
    assert len(store.pending_days(TODAY)) == 3


def run_report(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "report", *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT, env=os.environ.copy())


def test_the_city_report_covers_every_kiosk_from_the_uploaded_folder(nginx, tmp_path, demo_db_path):
    for kiosk in KIOSKS:
        upload_pending(config_for(nginx.url, kiosk), kiosk_store(tmp_path, kiosk), today=TODAY)
    (nginx.folder / "abq-main-library" / "2026-11-05.json").write_text("{not json")  # damaged in transit
    out = tmp_path / "report"
    done = run_report("--from-folder", str(nginx.folder), "--from", "2026-11-01", "--to", "2026-11-30",
                      "--out", str(out), "--db", str(demo_db_path))
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == f"kiosk: left out {nginx.folder / 'abq-main-library' / '2026-11-05.json'}: not JSON"
    summary = json.loads(done.stdout)
    assert summary["kiosks"] == sorted(KIOSKS) and summary["days_with_data"] == 3
    total = sum(sum(v) for v in KIOSKS.values())
    assert summary["sessions_started"] == str(total)
    rows = list(csv.DictReader(Path(summary["csv"]).read_text(encoding="utf-8").splitlines()))
    per_day = {r["key"]: r["count"] for r in rows if r["table"] == "sessions_started"}
    assert per_day == {"2026-11-02": "22", "2026-11-03": "19", "2026-11-04": "14", "total": str(total)}
    assert {r["key"]: r["count"] for r in rows if r["table"] == "language"} == {"es": "47", "en": "8"}
    # The same small-count suppression as a kiosk's own report: one visitor city-wide shows "<5".
    assert {r["key"]: r["count"] for r in rows if r["table"] == "stage"} == {"stage-idea": "<5"}
    text = subprocess.run(["pdftotext", summary["pdf"], "-"], capture_output=True, text=True, check=True).stdout
    assert "abq-south-valley" in text and "abq-westside-center" in text

    one = run_report("--from-folder", str(nginx.folder), "--from", "2026-11-03", "--to", "2026-11-03",
                     "--out", str(tmp_path / "one"), "--db", str(demo_db_path), "--kiosk", "abq-south-valley")
    assert json.loads(one.stdout)["sessions_started"] == "<5" and one.stderr == ""


def test_a_missing_folder_is_bad_input(tmp_path, demo_db_path):
    done = run_report("--from-folder", str(tmp_path / "nope"), "--from", "2026-11-01", "--to", "2026-11-30",
                      "--out", str(tmp_path / "r"), "--db", str(demo_db_path))
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "must be a folder" in done.stderr


@pytest.mark.parametrize(("content", "reason"), [
    ({"schema": "other"}, "not a camino-insights/1 file"),
    ({"schema": "camino-insights/1", "kiosk": "elsewhere", "day": "2026-11-02", "counts": {}}, "does not match"),
    ({"schema": "camino-insights/1", "kiosk": "k", "day": "2026-11-02", "counts": {"ssn": {"x": 1}}},
     "unknown counter"),
    ({"schema": "camino-insights/1", "kiosk": "k", "day": "2026-11-02", "counts": {"language": {"es": -3}}},
     "not a whole number"),
])
def test_a_file_that_is_not_a_camino_day_is_left_out_with_its_reason(tmp_path, content, reason):
    from kiosk.insights import city

    (tmp_path / "k").mkdir()
    (tmp_path / "k" / "2026-11-02.json").write_text(json.dumps(content))
    found = city.read_folder(tmp_path, FIRST, TODAY)
    assert found.counts == [] and found.files == 0
    [why] = found.skipped.values()
    assert reason in why


def test_the_running_kiosk_sends_its_days_from_its_background_worker(qtbot, nginx, demo_db_path):
    from kiosk import paths
    from ui.app import build

    shutil.copyfile(demo_db_path, paths.installed_directory())
    yesterday = date.today() - timedelta(days=1)
    CounterStore().add(yesterday, "abq-main-library", {(c.SESSIONS_STARTED, ""): 5})
    config = config_for(nginx.url, "abq-main-library")  # no sync.url: only the insights go out
    _app, window, context = build(config)
    qtbot.addWidget(window)
    context.directory.sync_now()
    sent = nginx.folder / "abq-main-library" / f"{yesterday.isoformat()}.json"
    qtbot.waitUntil(sent.exists, timeout=30_000)
    assert json.loads(sent.read_text())["counts"] == {"sessions_started": {"": 5}}
    qtbot.waitUntil(lambda: CounterStore().pending_days(date.today()) == [], timeout=10_000)
