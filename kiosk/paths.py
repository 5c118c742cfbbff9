"""Where Camino keeps its files.

Everything lives under one data folder: the platform's user data folder by default, or
``$CAMINO_DATA_DIR`` (kiosks with a read-only home, tests, several kiosks on one machine).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from db import SEED_ROOT

APP_NAME = "camino"


def data_dir() -> Path:
    """The data folder, created on first use."""
    override = os.environ.get("CAMINO_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_path() -> Path:
    """The config file: ``$CAMINO_CONFIG`` or ``config.toml`` in the platform's config folder."""
    override = os.environ.get("CAMINO_CONFIG")
    if override:
        return Path(override)
    if os.environ.get("CAMINO_DATA_DIR"):
        return data_dir() / "config.toml"
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def directory_dir() -> Path:
    """The folder of installed directory databases (current, previous, staging)."""
    path = data_dir() / "directory"
    path.mkdir(parents=True, exist_ok=True)
    return path


def installed_directory() -> Path:
    """The directory database in service."""
    return directory_dir() / "current.sqlite"


def state_db_path() -> Path:
    """The kiosk-local database: anonymous counters, sync status. Never personal data."""
    return data_dir() / "state.sqlite"


def cache_dir() -> Path:
    """Throw-away files (qt-material's generated icons, compiled fonts)."""
    path = data_dir() / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path


REPO_ROOT = Path(__file__).resolve().parent.parent
ASSETS_DIR = REPO_ROOT / "assets"
SEED_DIR = SEED_ROOT  # the seed directories live with the data layer that builds them
TRANSLATIONS_DIR = REPO_ROOT / "translations"
