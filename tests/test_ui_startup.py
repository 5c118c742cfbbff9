"""Start-up: the attract screen first, the rest built between taps; directory updates between visitors."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk import paths
from kiosk.config import Config
from kiosk.sync import bundle, keys
from ui.theme import theme

ROOT = Path(__file__).resolve().parent.parent
# Libraries the kiosk needs only after its first screen (directory index, ORM, HTTP, PDF, signatures,
# monitoring's exposition, the C-call bridge for giving memory back).
HEAVY = ("numpy", "sqlalchemy", "httpx", "reportlab", "cryptography", "prometheus_client", "ctypes")


def run_main(*args: str, timeout: float = 60, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})})


def tap(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.LeftButton)
    QApplication.processEvents()


@pytest.fixture
def installed_demo(demo_db_path) -> Path:
    path = paths.installed_directory()
    shutil.copyfile(demo_db_path, path)
    return path


def test_the_attract_screen_shows_before_any_heavy_library_loads(installed_demo):
    result = run_main("--windowed", "--quit-after-ready", env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert result.returncode == 0, result.stderr[-2000:]
    imported = {line.rsplit("|", 1)[1].strip() for line in result.stderr.splitlines()
                if line.startswith("import time:")}
    assert "PySide6.QtWidgets" in imported and "ui.screens.attract" in imported
    assert not {name for name in imported if name.split(".")[0] in HEAVY}
    assert not {name for name in imported if name.startswith("kiosk.cli.")}  # the domain commands: not run


def test_a_wrong_directory_file_stops_the_kiosk_before_it_shows(installed_demo):
    installed_demo.write_bytes(b"not a database at all")
    result = run_main("--windowed", "--quit-after-ready")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("kiosk: ") and "not a directory database" in result.stderr


def test_a_damaged_directory_stops_the_kiosk_with_one_line(installed_demo):
    data = bytearray(installed_demo.read_bytes())
    page = 4096
    data[2 * page:len(data) - page] = bytes(range(256)) * ((len(data) - 3 * page) // 256) + bytes(
        (len(data) - 3 * page) % 256)  # every page but the first and the last overwritten
    installed_demo.write_bytes(bytes(data))
    result = run_main("--windowed")  # no --quit-after-ready: the load on the worker thread finds it
    assert result.returncode == 1, result.stderr[-2000:]
    assert "damaged" in result.stderr.strip().splitlines()[-1]


@pytest.fixture
def staged_kiosk(qtbot, installed_demo):
    """The kiosk as ``ui.app.run`` starts it: attract screen first, the directory opened on a worker thread."""
    from ui.app import build

    theme.large_text = theme.high_contrast = False
    _app, window, context = build(Config(), complete=False)
    window.resize(1280, 800)
    window.show()
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    yield window, context
    window.completion.run_all()
    window.start_over(idle=True)


def test_a_tap_on_start_before_the_window_is_complete_waits_for_it(qtbot, staged_kiosk):
    window, context = staged_kiosk
    context.directory.load_in_background()
    assert not window.completion.done
    tap(qtbot, window.attract.start)  # at once: the directory may still be loading
    assert window.completion.done and window.journey.current == "language"
    tap(qtbot, window.language_screen.grid.buttons["es"])
    assert window.journey.current == "q:needs"
    assert context.insights is not None and window.staff_mode is not None


def test_the_rest_of_the_window_is_built_between_taps(qtbot, staged_kiosk):
    window, context = staged_kiosk
    context.directory.load_in_background()
    window.completion.run_in_background()
    qtbot.waitUntil(lambda: window.completion.done, timeout=20_000)
    assert {"language", "q:needs", "q:where", "review", "pathway", "finish"} <= set(window.screens)
    assert window.stack.count() == len(window.screens)
    assert window.journey.current == "attract" and window.attract.isVisible()


def test_once_complete_the_kiosk_is_left_out_of_the_collectors_walks(qtbot, staged_kiosk):
    import gc

    window, context = staged_kiosk
    context.directory.load_in_background()
    window.completion.run_in_background()
    qtbot.waitUntil(lambda: window.completion.done, timeout=20_000)
    # A full collection in a tap walked every object the kiosk keeps (20-40 ms): they are frozen now,
    # and what a collection walks is what was made since, a small share.
    walked = len(gc.get_objects(generation=2))
    assert gc.get_freeze_count() > 10 * walked, (gc.get_freeze_count(), walked)


# --- directory updates in the running kiosk ------------------------------------------------------------


@pytest.fixture
def usb_with_v2(tmp_path, demo_db_path):
    private, public = keys.generate(tmp_path / "it")
    usb = tmp_path / "usb"
    bundle.publish(str(demo_db_path), keys.load_private(private), usb, version=2)
    return usb, public


def test_a_synced_directory_takes_effect_at_the_next_visitor_never_mid_session(qtbot, installed_demo, usb_with_v2):
    from ui.app import build

    usb, public = usb_with_v2
    config = Config()
    config.sync.url, config.sync.pubkey = str(usb), str(public)
    _app, window, context = build(config)
    window.resize(1280, 800)
    window.show()
    qtbot.addWidget(window)
    directory = context.directory
    assert context.engine_provider().directory.version == 1

    tap(qtbot, window.attract.start)
    tap(qtbot, window.language_screen.grid.buttons["en"])  # a visitor is mid-session
    with qtbot.waitSignal(directory.synced, timeout=30_000) as synced, qtbot.waitSignal(directory.update_ready,
                                                                                         timeout=30_000):
        directory.sync_now()
    assert synced.args[0].outcome == "installed", synced.args[0].message
    assert context.engine_provider().directory.version == 1  # not in the middle of this visitor's session
    assert window.journey.current == "q:needs"

    window.start_over(idle=False)
    tap(qtbot, window.attract.start)  # the next visitor
    assert context.engine_provider().directory.version == 2
    assert window.journey.current == "language"
    tap(qtbot, window.language_screen.grid.buttons["en"])
    assert window.journey.current == "q:needs"


def test_an_update_that_cannot_be_opened_leaves_the_directory_in_service(qtbot, installed_demo, caplog):
    from ui.app import build

    _app, window, context = build(Config(), staff=False, insights=False)
    qtbot.addWidget(window)
    broken = installed_demo.with_name("broken.tmp")
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 8000)
    os.replace(broken, installed_demo)  # what a faulty tool might put in place
    context.directory.check_for_update()
    qtbot.waitUntil(lambda: "could not be opened" in caplog.text, timeout=10_000)
    window.show()
    tap(qtbot, window.attract.start)
    assert context.engine_provider().directory.version == 1 and window.journey.current == "language"
