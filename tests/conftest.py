"""Shared fixtures: every test gets its own data folder and config; Qt runs offscreen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db.seed import build_seed, seed_folder
from kiosk.config import Config

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


_SOUND: list = []


def pytest_configure(config) -> None:
    """A private sound server with a null output before Qt looks for audio devices (read-aloud tests)."""
    from sound_server import start

    _SOUND.append(start())


def pytest_unconfigure(config) -> None:
    from sound_server import stop

    for process in _SOUND:
        stop(process)
