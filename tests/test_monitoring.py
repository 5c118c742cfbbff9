"""Health for monitoring: `kiosk status --prometheus` and the app's .prom file, read back with
prometheus_client's own parser (what Prometheus and node_exporter's textfile collector accept)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
import tomli_w
from prometheus_client.parser import text_string_to_metric_families

from kiosk import monitoring, paths
from kiosk.config import Config
from kiosk.insights.counters import SESSIONS_STARTED, CounterStore
from kiosk.sync import status

ROOT = Path(__file__).resolve().parent.parent


def samples(text: str) -> dict[tuple[str, tuple], float]:
    """(sample name, sorted labels) → value; the parser raises on anything Prometheus would refuse."""
    found = {}
    for family in text_string_to_metric_families(text):
        assert family.name.startswith("camino_"), family.name
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def value(found: dict, name: str, **labels) -> float:
    return found[(name, tuple(sorted(labels.items())))]


def run_status(config_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "status", "--prometheus", "--config",
                           str(config_path)], capture_output=True, text=True, timeout=60, env=os.environ.copy())


@pytest.fixture
def kiosk(demo_db_path, tmp_path) -> tuple[Config, Path]:
    shutil.copyfile(demo_db_path, paths.installed_directory())
    config = Config()
    config.kiosk.id = "abq-south-broadway"
    config.printing.printer = "no-such-queue"
    config.monitoring.textfile_dir = str(tmp_path / "textfile")
    (tmp_path / "textfile").mkdir()
    path = tmp_path / "config.toml"
    path.write_bytes(tomli_w.dumps(config.to_toml()).encode())
    return config, path


def test_cli_prints_the_prometheus_text_format(kiosk):
    config, path = kiosk
    status.record("failed", "http://example.invalid/", "cannot reach the update server", 1)
    CounterStore().add(date.today(), config.kiosk.id, {(SESSIONS_STARTED, ""): 3})
    done = run_status(path)
    assert done.returncode == 0, done.stderr
    found = samples(done.stdout)
    assert value(found, "camino_kiosk_info", kiosk="abq-south-broadway", location="Albuquerque Main Library",
                 app_version=__import__("kiosk").__version__) == 1
    assert value(found, "camino_directory_version") == 1
    assert value(found, "camino_directory_ok") == 1
    published = value(found, "camino_directory_published_timestamp_seconds")
    assert abs(value(found, "camino_directory_age_seconds") - (time.time() - published)) < 60
    assert value(found, "camino_sync_last_result", camino_sync_last_result="failed") == 1
    assert value(found, "camino_sync_last_result", camino_sync_last_result="installed") == 0
    assert abs(value(found, "camino_sync_last_attempt_timestamp_seconds") - time.time()) < 60
    assert ("camino_sync_last_success_timestamp_seconds", ()) not in found  # never succeeded: no sample
    assert value(found, "camino_sessions_started_today") == 3
    assert value(found, "camino_app_running") == 0 and ("camino_uptime_seconds", ()) not in found
    assert value(found, "camino_speech_available") == (1 if shutil.which("espeak-ng") else 0)
    assert value(found, "camino_printer_available") == 0
    assert value(found, "camino_printer_state", camino_printer_state="unknown") == 1
    assert value(found, "camino_disk_free_bytes") == pytest.approx(shutil.disk_usage(paths.data_dir()).free,
                                                                   rel=0.05)


def test_uptime_is_reported_while_the_app_runs(kiosk):
    config, _ = kiosk
    monitoring.record_app_start(time.time() - 120)  # this process plays the running app
    found = samples(monitoring.text(config, monitoring.app_started()))
    assert value(found, "camino_app_running") == 1
    assert 119 <= value(found, "camino_uptime_seconds") < 180


def test_no_app_is_running_when_its_process_is_gone(kiosk):
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    (paths.data_dir() / "app-run.json").write_text(f'{{"pid": {gone.pid}, "started": 1}}')
    assert monitoring.app_started() is None


def test_the_textfile_is_replaced_whole(kiosk):
    config, _ = kiosk
    path = monitoring.write_textfile(config, time.time())
    assert path == Path(config.monitoring.textfile_dir) / "camino.prom"
    first = samples(path.read_text())
    assert value(first, "camino_directory_version") == 1
    inode = path.stat().st_ino
    monitoring.write_textfile(config, time.time())
    assert path.stat().st_ino != inode  # a new file renamed over the old one, never rewritten in place
    assert sorted(p.name for p in path.parent.iterdir()) == ["camino.prom"]


def test_a_missing_textfile_folder_is_a_clear_error(kiosk):
    config, _ = kiosk
    config.monitoring.textfile_dir = "/nonexistent/textfile"
    with pytest.raises(monitoring.BadInput, match="not a folder"):
        monitoring.write_textfile(config)


@pytest.mark.cups
def test_a_cups_printer_reports_its_state_and_queue(kiosk):
    config, _ = kiosk
    config.printing.printer = "camino-pdf"
    found = samples(monitoring.text(config))
    state = next(dict(k[1])["camino_printer_state"] for k, v in found.items()
                 if k[0] == "camino_printer_state" and v == 1)
    assert state in ("idle", "printing", "stopped")
    assert value(found, "camino_printer_queued_jobs") >= 0
    assert value(found, "camino_printer_available") == (1 if state in ("idle", "printing") else 0)


def test_every_metric_the_it_guide_names_exists(kiosk):
    """The guide's table, scrape config and alert rules name only metrics the kiosk really exports."""
    import re

    config, _ = kiosk
    config.printing.printer = "camino-pdf"
    status.record("installed", "http://example.invalid/", None, 1)
    exported = {name for name, _ in samples(monitoring.text(config, time.time()))}
    named = set(re.findall(r"\bcamino_[a-z_]+\b", (ROOT / "docs" / "it-guide.md").read_text(encoding="utf-8")))
    assert named and named <= exported | {"camino_printer_queued_jobs"}, named - exported
