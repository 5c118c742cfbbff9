"""systemd's Type=notify and watchdog: the kiosk says READY once the attract screen is shown and pings
from the Qt event loop, so the pings stop when the interface hangs. The test plays systemd: it binds
the datagram socket named in NOTIFY_SOCKET and reads what the app sends."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.config import Config
from kiosk.systemd_notify import Notifier

ROOT = Path(__file__).resolve().parent.parent


class FakeSystemd:
    """The receiving end of $NOTIFY_SOCKET: every datagram with the moment it arrived."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "notify.sock"
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(self.path))
        self.sock.settimeout(0.1)
        self.messages: list[tuple[float, str]] = []
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        while not self._stop.is_set():
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            self.messages.append((time.monotonic(), data.decode()))

    def wait_for(self, text: str, timeout: float) -> float:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for at, message in list(self.messages):
                if text in message.splitlines():
                    return at
            time.sleep(0.05)
        raise AssertionError(f"no {text} within {timeout} s; got {self.messages}")

    def pings(self, start: float, end: float) -> list[float]:
        return [at for at, message in list(self.messages) if message == "WATCHDOG=1" and start <= at <= end]

    def close(self) -> None:
        self._stop.set()
        self.thread.join(2)
        self.sock.close()


@pytest.fixture
def systemd(tmp_path):
    fake = FakeSystemd(tmp_path)
    yield fake
    fake.close()


def test_the_app_says_ready_when_the_attract_screen_shows_and_keeps_pinging(systemd, demo_db_path, tmp_path):
    shutil.copyfile(demo_db_path, paths.installed_directory())
    textfile = tmp_path / "node-exporter"
    textfile.mkdir()
    Path(os.environ["CAMINO_CONFIG"]).write_text(f'[monitoring]\ntextfile_dir = "{textfile}"\ninterval_s = 5\n')
    env = {**os.environ, "NOTIFY_SOCKET": str(systemd.path), "WATCHDOG_USEC": "1000000"}
    app = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--windowed"], cwd=ROOT, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        ready = systemd.wait_for("READY=1", timeout=60)
        assert systemd.messages[0][1].startswith("READY=1")  # nothing said ready before the screen was up
        # After READY the app opens the directory and builds the other screens between taps; then idle.
        time.sleep(10.0)
        # Every 500 ms (half of WATCHDOG_USEC): about 12 in these 6 s (fewer only on a very busy machine).
        pings = systemd.pings(ready + 4.0, ready + 10.0)
        assert len(pings) >= 6, systemd.messages
        assert (paths.data_dir() / "app-run.json").exists()  # `kiosk status` can tell the app's uptime
        # The app keeps node_exporter's file fresh: written at READY, rewritten every interval_s.
        prom = textfile / "camino.prom"
        assert prom.exists()
        written = prom.stat().st_mtime
        assert "camino_app_running 1.0" in prom.read_text()
        deadline = time.monotonic() + 20
        while prom.stat().st_mtime == written and time.monotonic() < deadline:
            time.sleep(0.2)
        assert prom.stat().st_mtime > written
        assert "camino_uptime_seconds" in prom.read_text()
    finally:
        app.terminate()
        app.wait(20)


def test_pings_stop_while_the_event_loop_is_blocked_and_resume_after(qtbot, systemd):
    from ui.health import KioskHealth

    env = {"NOTIFY_SOCKET": str(systemd.path), "WATCHDOG_USEC": "200000"}
    parent = __import__("PySide6.QtCore", fromlist=["QObject"]).QObject()
    health = KioskHealth(Config(), parent, Notifier(env))
    health.ready()
    qtbot.wait(600)  # the event loop runs: pings every 100 ms
    before = time.monotonic()
    assert len(systemd.pings(before - 0.6, before)) >= 3

    time.sleep(1.0)  # the UI thread is stuck (a hang): no event is processed
    blocked_end = time.monotonic()
    qtbot.wait(50)
    assert systemd.pings(before + 0.15, blocked_end) == []  # systemd would now restart the kiosk

    qtbot.wait(500)
    assert len(systemd.pings(blocked_end, time.monotonic())) >= 3
    health.stopping()


def test_outside_systemd_nothing_is_sent():
    notifier = Notifier({})
    assert not notifier.enabled and notifier.ping_interval_ms == 0
    assert notifier.ready() is False and notifier.watchdog() is False


def test_a_watchdog_meant_for_another_process_is_ignored(systemd):
    notifier = Notifier({"NOTIFY_SOCKET": str(systemd.path), "WATCHDOG_USEC": "1000000", "WATCHDOG_PID": "1"})
    assert notifier.ping_interval_ms == 0 and notifier.ready()
    systemd.wait_for("READY=1", timeout=5)
