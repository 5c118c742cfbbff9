"""Where Camino keeps its files.

Everything lives under one data folder: the platform's user data folder by default, or
``$CAMINO_DATA_DIR`` (kiosks with a read-only home, tests, several kiosks on one machine).
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

import platformdirs

from db import SEED_ROOT

APP_NAME = "camino"


def data_dir() -> Path:
    """The data folder, created on first use."""
    override = os.environ.get("CAMINO_DATA_DIR")
    # Absolute: a relative $CAMINO_DATA_DIR must not follow the working directory around (or into
    # SQLite's file: URIs, which read a relative path differently).
    path = Path(override).expanduser().absolute() if override else Path(platformdirs.user_data_dir(APP_NAME,
                                                                                                  appauthor=False))
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
    """Throw-away files (qt-material's generated icons, compiled fonts).

    In a temporary folder when the data folder cannot take them (read-only, full): a kiosk whose
    directory is installed still starts and serves.
    """
    path = data_dir() / "cache"
    try:
        path.mkdir(parents=True, exist_ok=True)
        if os.access(path, os.W_OK):
            return path
    except OSError:
        pass
    fallback = Path(tempfile.gettempdir()) / f"camino-cache-{os.getuid()}"
    fallback.mkdir(mode=0o700, exist_ok=True)
    if path not in _WARNED:
        _WARNED.add(path)
        logging.getLogger("camino").warning("cache folder %s cannot be written; using %s", path, fallback)
    return fallback


_WARNED: set[Path] = set()


REPO_ROOT = Path(__file__).resolve().parent.parent
ASSETS_DIR = REPO_ROOT / "assets"
SEED_DIR = SEED_ROOT  # the seed directories live with the data layer that builds them
TRANSLATIONS_DIR = REPO_ROOT / "translations"
