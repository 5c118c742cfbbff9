"""Shared fixtures: every test gets its own data folder and config; Qt runs offscreen."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db.seed import build_seed, seed_folder
from kiosk.config import Config

ROOT = Path(__file__).resolve().parent.parent

_DEMO_CACHE: dict[str, Path] = {}


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path_factory, monkeypatch) -> Path:
    """A fresh CAMINO_DATA_DIR (and config path) per test: tests never touch real settings."""
    folder = tmp_path_factory.mktemp("camino-data")
    monkeypatch.setenv("CAMINO_DATA_DIR", str(folder))
    monkeypatch.setenv("CAMINO_CONFIG", str(folder / "config.toml"))
    return folder


@pytest.fixture(scope="session")
def demo_db_path(tmp_path_factory) -> Path:
    """The Albuquerque demo directory, built once per test session (read-only for tests)."""
    if "demo" not in _DEMO_CACHE:
        out = tmp_path_factory.mktemp("demo") / "demo.sqlite"
        _DEMO_CACHE["demo"] = build_seed(seed_folder("albuquerque"), out)
    return _DEMO_CACHE["demo"]


@pytest.fixture(scope="session")
def partly_translated_db_path(tmp_path_factory) -> Path:
    """The demo directory with its service texts translated into Spanish only: every other language
    falls back to English, as a city's directory does before its translators have been through it."""
    import shutil

    folder = tmp_path_factory.mktemp("partly") / "albuquerque"
    shutil.copytree(seed_folder("albuquerque"), folder)
    for path in (folder / "translations").glob("*.json"):
        if path.stem != "es":
            path.unlink()
    return build_seed(folder, folder.parent / "partly.sqlite")


@pytest.fixture
def config() -> Config:
    return Config()


@pytest.fixture
def demo_engine(demo_db_path, config):
    from kiosk.directory import Directory
    from kiosk.pathway import PathwayEngine

    directory = Directory(demo_db_path)
    yield PathwayEngine(directory, config.kiosk.latitude, config.kiosk.longitude)
    directory.close()


@pytest.fixture
def kiosk(qtbot, demo_engine):
    """The kiosk window on the demo directory, 1280×800, shown offscreen; the visit is wiped after."""
    from ui.app import build
    from ui.theme import theme

    theme.large_text = theme.high_contrast = False
    _app, window, _context = build(Config(), engine=demo_engine, insights=False, staff=False)
    window.resize(1280, 800)
    window.show()
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    yield window
    window.start_over(idle=True)


@pytest.fixture(scope="module")
def module_kiosk(qapp, demo_db_path, tmp_path_factory):
    """One kiosk window (as ``kiosk`` builds it) for a whole test module: building one takes seconds.

    For modules whose tests only look at screens and visits: take it through ``shared_kiosk``,
    which starts each test on a wiped visit. A test that checks what Start over wipes, or that
    changes the window itself (theme, staff mode, directory), keeps its own ``kiosk``.
    """
    from kiosk.directory import Directory
    from kiosk.pathway import PathwayEngine
    from ui.app import build
    from ui.theme import theme

    config = Config()
    directory = Directory(demo_db_path)
    engine = PathwayEngine(directory, config.kiosk.latitude, config.kiosk.longitude)
    theme.large_text = theme.high_contrast = False
    with pytest.MonkeyPatch.context() as patch:  # built outside any one test's data folder: its own
        folder = tmp_path_factory.mktemp("camino-data-module")
        patch.setenv("CAMINO_DATA_DIR", str(folder))
        patch.setenv("CAMINO_CONFIG", str(folder / "config.toml"))
        _app, window, _context = build(config, engine=engine, insights=False, staff=False)
    yield window
    window.start_over(idle=True)
    window.close()
    window.deleteLater()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    directory.close()


@pytest.fixture
def shared_kiosk(qtbot, module_kiosk):
    """The module's kiosk window as ``kiosk`` gives one: 1280×800, shown, on a visit just wiped by Start over."""
    from ui.theme import theme

    window = module_kiosk
    theme.large_text = theme.high_contrast = False
    window.start_over(idle=True)
    window.resize(1280, 800)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()  # as a window shown for the first time is: keys go to it
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    yield window
    window.start_over(idle=True)


@pytest.fixture(autouse=True)
def _cups_queue_for_marked_tests(request):
    """Tests marked ``cups`` print on the real ``camino-pdf`` queue: without it they fail, never skip.

    cupsd started by hand leaves after a minute without work (Debian's ``IdleExitTimeout 60``), so
    the queue is checked before each such test and ``scripts/cups.sh`` brings it back; a test run
    that cannot have it fails, saying how to start it, rather than passing while printing nothing.
    """
    if request.node.get_closest_marker("cups") is None:
        return
    from kiosk.printing import PrintError, cups_running, list_printers

    def ready() -> bool:
        try:
            return cups_running() and "camino-pdf" in {p.name for p in list_printers()}
        except PrintError:
            return False

    if not ready():
        subprocess.run(["bash", str(ROOT / "scripts" / "cups.sh")], capture_output=True, timeout=60, check=False)
        if not ready():
            pytest.fail("CUPS with the camino-pdf queue is not running: start it with `bash scripts/cups.sh` "
                        "(as root; scripts/test.sh does)", pytrace=False)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item):
    """Windows a test leaves behind are deleted before the next test, not at the end of the session.

    pytest-qt closes each test's widgets with ``deleteLater``, but without a running event loop Qt
    keeps them until one runs: they piled up, and each new kiosk's ``setStyleSheet`` then re-styled
    every widget of every earlier window (seconds per kiosk, growing through the session).
    """
    result = yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    return result


_SOUND: list = []


def pytest_configure(config) -> None:
    """A private sound server with a null output before Qt looks for audio devices (read-aloud tests)."""
    from sound_server import start

    _SOUND.append(start())


def pytest_unconfigure(config) -> None:
    from sound_server import stop

    for process in _SOUND:
        stop(process)
