"""The kiosk as it runs at a library: full screen on a real X display, tapped with real clicks.

Xvfb stands in for the screen and xdotool for the visitor's finger; there is no window manager,
as on a bare kiosk session, so full screen must not depend on one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk import paths

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1024, 768

pytestmark = pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool") and shutil.which("import")),
                                reason="needs Xvfb, xdotool and ImageMagick (bash scripts/setup.sh installs them)")


@pytest.fixture
def display():
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-nolisten",
                               "tcp"], pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as fh:
        number = fh.readline().strip()
    yield f":{number}"
    server.terminate()
    server.wait(10)


def screenshot(env: dict, path: Path) -> bytes:
    subprocess.run(["import", "-window", "root", "-depth", "8", f"rgb:{path}"], env=env, check=True, timeout=30)
    return path.read_bytes()


def changed(before: bytes, after: bytes) -> float:
    """The share of pixels that differ between two RGB screenshots."""
    pixels = len(before) // 3
    return sum(before[i:i + 3] != after[i:i + 3] for i in range(0, len(before), 3 * 16)) / (pixels / 16)


def screen_after(env: dict, before: bytes, path: Path, share: float, within_s: float = 20.0) -> bytes:
    """The screen once at least ``share`` of it differs from ``before``, or as it is after ``within_s``.

    Polled rather than slept: on a busy machine a screen switch can take longer than a visitor's glance.
    """
    deadline = time.monotonic() + within_s
    while True:
        after = screenshot(env, path)
        if changed(before, after) > share or time.monotonic() > deadline:
            return after
        time.sleep(0.25)


def test_the_kiosk_fills_a_bare_x_screen_and_answers_real_taps(display, demo_db_path, tmp_path):
    shutil.copyfile(demo_db_path, paths.installed_directory())
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"} | {"DISPLAY": display}
    kiosk = subprocess.Popen([sys.executable, str(ROOT / "main.py")], env=env, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        window = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "Camino"], env=env,
                                capture_output=True, text=True, timeout=60).stdout.split()[0]
        time.sleep(1.0)  # the rest of the window is built between taps; give it a moment like a visitor would
        geometry = subprocess.run(["xdotool", "getwindowgeometry", "--shell", window], env=env, capture_output=True,
                                  text=True, timeout=10).stdout
        values = dict(line.split("=") for line in geometry.split())
        assert (int(values["WIDTH"]), int(values["HEIGHT"])) == (WIDTH, HEIGHT), geometry
        attract = screenshot(env, tmp_path / "attract.rgb")

        # "Touch to start" sits in the middle of the screen, below the greeting.
        subprocess.run(["xdotool", "mousemove", str(WIDTH // 2), str(HEIGHT * 65 // 100), "click", "1"], env=env,
                       check=True, timeout=10)
        languages = screen_after(env, attract, tmp_path / "languages.rgb", 0.2)
        assert changed(attract, languages) > 0.2, "the tap on the attract screen showed no new screen"

        # The first language button (English, top left), then the first question's first option.
        subprocess.run(["xdotool", "mousemove", str(WIDTH // 4), "250", "click", "1"], env=env, check=True, timeout=10)
        question = screen_after(env, languages, tmp_path / "question.rgb", 0.05)
        assert changed(languages, question) > 0.05, "choosing a language showed no question"
        assert kiosk.poll() is None, kiosk.stdout.read() if kiosk.stdout else ""
    finally:
        kiosk.terminate()
        kiosk.wait(20)
