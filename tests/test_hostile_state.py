"""Damaged local state: set aside with one logged line, and the kiosk and its commands go on.

Also: a read-only data folder, a full disk on first run (RLIMIT_FSIZE in a subprocess, which works
without root), a relative CAMINO_DATA_DIR, and rollback's memory of rejected versions.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.config import Config
from kiosk.insights.counters import CounterStore
from kiosk.sync import bundle, keys, status
from kiosk.sync.service import rollback, sync_once

ROOT = Path(__file__).resolve().parent.parent
REPORT = ["report", "--from", "2026-01-01", "--to", "2026-01-02"]


def run_kiosk(*args, env=None, cwd=None, preexec_fn=None, timeout=60):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})}, cwd=cwd, preexec_fn=preexec_fn)


def no_traceback(result) -> None:
    assert "Traceback" not in result.stderr, result.stderr


@pytest.mark.parametrize("content", [b"[]", b'"3"', b'{"rejected_version": "5"}', b'{"history": "x"}',
                                     b'{"rejected_versions": [true]}', b'{"last_error": 7}', b"\x00\xff" * 50,
                                     b"[" * 100_000, b""])
def test_a_damaged_sync_status_is_set_aside_with_one_logged_line(isolated_data_dir, demo_db_path, content):
    shutil.copyfile(demo_db_path, paths.installed_directory())
    (isolated_data_dir / "sync-status.json").write_bytes(content)
    result = run_kiosk("status")
    no_traceback(result)
    assert result.returncode == 0
    assert result.stderr.count("\n") == 1 and "set aside as sync-status.json.damaged" in result.stderr
    assert (isolated_data_dir / "sync-status.json.damaged").read_bytes() == content
    assert json.loads(result.stdout)["directory_version"] == 1  # still serving
    status.record("up_to_date", "x")
    assert status.load().last_result == "up_to_date"


def test_an_old_status_file_keeps_its_rejected_version(isolated_data_dir):
    (isolated_data_dir / "sync-status.json").write_text('{"rejected_version": 4, "history": []}')
    assert status.load().rejected_versions == [4]


def another_schema(path: Path) -> None:
    import sqlite3

    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE insight_daily_count (x)")
    connection.commit()
    connection.close()


@pytest.mark.parametrize("damage", ["random bytes", "folder", "another schema", "truncated"])
def test_a_damaged_state_database_is_set_aside_and_rebuilt(isolated_data_dir, tmp_path, damage):
    state = isolated_data_dir / "state.sqlite"
    if damage == "random bytes":
        state.write_bytes(os.urandom(5000))
    elif damage == "folder":
        state.mkdir()
        (state / "x").write_text("x")
    elif damage == "another schema":
        another_schema(state)
    else:
        CounterStore()
        state.write_bytes(state.read_bytes()[:1500])
    result = run_kiosk(*REPORT, "--out", str(tmp_path / "report"))
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    logged = [line for line in result.stderr.splitlines() if "WARNING" in line]
    assert len(logged) == 1 and "set aside as state.sqlite.damaged-" in logged[0], result.stderr
    assert len(list(isolated_data_dir.glob("state.sqlite.damaged-*"))) == 1
    CounterStore().add(__import__("datetime").date(2026, 1, 1), "k", {("language", "es"): 1})


@pytest.fixture
def read_only_data_dir(isolated_data_dir, demo_db_path):
    """The data folder made read-only after a first run (a read-only mount when running as root)."""
    shutil.copyfile(demo_db_path, paths.installed_directory())
    assert run_kiosk("status").returncode == 0
    CounterStore()
    if os.geteuid() != 0:
        for path in [isolated_data_dir, *isolated_data_dir.rglob("*")]:
            path.chmod(path.stat().st_mode & ~0o222)
        yield isolated_data_dir
        for path in [isolated_data_dir, *isolated_data_dir.rglob("*")]:
            path.chmod(path.stat().st_mode | 0o200)
        return
    if shutil.which("mount") is None or subprocess.run(
            ["mount", "--bind", str(isolated_data_dir), str(isolated_data_dir)], capture_output=True).returncode:
        pytest.skip("cannot make a read-only folder here")
    subprocess.run(["mount", "-o", "remount,bind,ro", str(isolated_data_dir)], check=True)
    try:
        yield isolated_data_dir
    finally:
        subprocess.run(["umount", str(isolated_data_dir)], check=True)


def test_a_read_only_data_folder_still_serves_and_commands_answer_in_one_line(read_only_data_dir, tmp_path):
    for args, code in ((["status"], 0), (["questions"], 0), (["rollback"], 1),
                       ([*REPORT, "--out", str(tmp_path / "r")], 0)):
        result = run_kiosk(*args)
        no_traceback(result)
        assert result.returncode == code, (args, result.stderr)
        assert len([line for line in result.stderr.splitlines() if line.startswith("kiosk:")]) <= 1
    result = run_kiosk("run", "--quit-after-ready", env={"QT_QPA_PLATFORM": "offscreen"})
    no_traceback(result)
    assert result.returncode == 0, result.stderr


def small_disk(limit: int):
    """Let the child write files of at most ``limit`` bytes; writes past it fail (EFBIG) instead of killing it."""
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    return apply


def test_a_full_disk_on_first_run_is_one_sentence_and_leaves_nothing_behind(isolated_data_dir):
    result = run_kiosk("questions", preexec_fn=small_disk(100_000))
    no_traceback(result)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "the demo directory cannot be set up" in result.stderr
    assert not [p for p in (isolated_data_dir / "directory").iterdir() if p.name != "sync.lock"]
    assert run_kiosk("questions").returncode == 0  # space again: the next start builds it


def test_a_relative_data_dir_is_taken_from_where_the_kiosk_was_started(tmp_path):
    result = run_kiosk("questions", env={"CAMINO_DATA_DIR": "rel/data", "CAMINO_CONFIG": ""}, cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "rel" / "data" / "directory" / "current.sqlite").is_file()


# -- rollback's memory --------------------------------------------------------------------------


@pytest.fixture
def kiosk(demo_db_path, tmp_path) -> tuple[Config, object]:
    shutil.copyfile(demo_db_path, paths.installed_directory())
    private, public = keys.generate(tmp_path / "it")
    config = Config()
    config.sync.pubkey = str(public)
    return config, keys.load_private(private)


def installed() -> int:
    from db.identity import check_file

    return int(check_file(paths.installed_directory())["directory_version"])


def test_a_second_rollback_does_not_reinstall_the_version_the_first_rejected(kiosk, tmp_path, demo_db_path):
    config, key = kiosk
    bundle.publish(str(demo_db_path), key, tmp_path / "usb", version=2)
    assert sync_once(config, str(tmp_path / "usb")).installed
    assert rollback().version == 1
    again = rollback()
    assert again.outcome == "failed" and "version 2, which was rolled back" in again.message
    assert installed() == 1


def test_rolling_back_a_huge_version_does_not_refuse_every_later_one(kiosk, tmp_path, demo_db_path):
    config, key = kiosk
    bundle.publish(str(demo_db_path), key, tmp_path / "huge", version=10**30)
    assert sync_once(config, str(tmp_path / "huge")).installed and installed() == 10**30
    assert rollback().version == 1
    refused = sync_once(config, str(tmp_path / "huge"))
    assert refused.outcome == "failed" and "was rolled back" in refused.message
    bundle.publish(str(demo_db_path), key, tmp_path / "usb", version=3)
    assert sync_once(config, str(tmp_path / "usb")).installed and installed() == 3
