"""An unexpected error: logged without visitor text, "Sorry, starting again", then a fresh visit.

And one kiosk per data folder: a second start exits with a sentence.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from ui.crash_guard import MAX_ERRORS, CrashGuard, SorryOverlay
from ui.single_instance import AlreadyRunning, hold_lock

ROOT = Path(__file__).resolve().parent.parent


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def guarded(kiosk):
    window = kiosk
    exits: list[int] = []
    clock = Clock()
    guard = CrashGuard(SorryOverlay(window, seconds=0.2), lambda: window.start_over(idle=True), exits.append, clock)
    yield window, guard, exits, clock
    guard.uninstall()


def fail_in_a_slot(message: str) -> None:
    def broken() -> None:
        raise ValueError(message)

    QTimer.singleShot(0, broken)


def test_an_error_in_a_slot_shows_sorry_then_forgets_the_visit(qtbot, guarded, caplog):
    window, guard, exits, _clock = guarded
    window.attract.start.click()
    window.session.answers.set("where", "87105")
    caplog.set_level(logging.ERROR, logger="camino.ui.crash")
    fail_in_a_slot("visitor typed 87105")
    qtbot.waitUntil(guard.overlay.isVisible, timeout=3000)
    assert guard.overlay.title.text() == "Sorry, something went wrong."
    qtbot.waitUntil(lambda: not guard.overlay.isVisible(), timeout=3000)
    assert window.journey.current == "attract"
    assert not window.session.answers.values
    assert not exits
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "builtins.ValueError" in logged and "broken" in logged  # the kind of error and where
    assert "87105" not in logged  # never its message: it may hold what a visitor typed


def test_errors_that_keep_coming_end_the_kiosk_for_a_restart(qtbot, guarded):
    _window, guard, exits, clock = guarded
    for _ in range(MAX_ERRORS):
        fail_in_a_slot("again")
        qtbot.waitUntil(guard.overlay.isVisible, timeout=3000)
        clock.now += 1
    assert not exits
    fail_in_a_slot("once too often")
    qtbot.waitUntil(lambda: exits == [70], timeout=3000)


def test_errors_spread_over_time_never_end_the_kiosk(qtbot, guarded):
    _window, guard, exits, clock = guarded
    for _ in range(MAX_ERRORS + 3):
        fail_in_a_slot("now and then")
        qtbot.waitUntil(guard.overlay.isVisible, timeout=3000)
        qtbot.waitUntil(lambda: not guard.overlay.isVisible(), timeout=3000)
        clock.now += 61
    assert not exits


def run_kiosk(data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CAMINO_DATA_DIR": str(data_dir),
           "CAMINO_CONFIG": str(data_dir / "config.toml")}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--windowed", "--quit-after-ready"],
                          capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)


def test_a_second_kiosk_on_the_same_data_folder_exits_with_a_sentence(isolated_data_dir):
    lock = hold_lock(isolated_data_dir)
    try:
        with pytest.raises(AlreadyRunning):
            hold_lock(isolated_data_dir)
        second = run_kiosk(isolated_data_dir)
        assert second.returncode == 1
        assert "another Camino kiosk is already running" in second.stderr
        assert len(second.stderr.strip().splitlines()) == 1 and "Traceback" not in second.stderr
    finally:
        lock.unlock()
    assert run_kiosk(isolated_data_dir).returncode == 0


def test_a_lock_left_by_a_killed_kiosk_does_not_keep_the_next_one_out(isolated_data_dir):
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time\nfrom pathlib import Path\n"
                               "from ui.single_instance import hold_lock\n"
                               f"lock = hold_lock(Path({str(isolated_data_dir)!r}))\nprint('held', flush=True)\n"
                               "time.sleep(60)"], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    holder.kill()
    holder.wait()
    assert (isolated_data_dir / "kiosk.lock").exists()
    assert run_kiosk(isolated_data_dir).returncode == 0
