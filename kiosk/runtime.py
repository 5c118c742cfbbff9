"""Opening what a running kiosk or a CLI command needs: config, directory, pathway engine."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import config as config_mod
from kiosk import paths
from kiosk.config import Config
from kiosk.errors import BadInput, DirectoryError

log = logging.getLogger("camino")

if TYPE_CHECKING:
    from kiosk.pathway import PathwayEngine


def directory_path(config: Config) -> Path:
    """The directory file in service: the configured one, else the installed one."""
    return Path(config.directory.path) if config.directory.path else paths.installed_directory()


def ensure_directory(config: Config) -> Path:
    """The directory file, building the bundled demo seed when none is installed.

    A demo built on this kiosk from an older copy of the bundled seed is rebuilt, so a software
    update that corrects the demo's facts reaches the screen. A directory sync installed is never
    replaced: sync leaves ``previous.sqlite`` beside it, and then only sync changes it.
    """
    path = directory_path(config)
    if config.directory.path:
        return path
    if path.exists() and not _outdated_demo(path, config):
        return path
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError  # only when building: SQLAlchemy is heavy to import

    from db.seed import build_seed
    from db.seed_folder import seed_folder

    try:
        build_seed(seed_folder(config.directory.seed), path)
    except (OSError, sqlite3.Error, SQLAlchemyError, BadInput) as exc:
        # A full disk, a read-only data folder or a broken seed: nothing half-built is left behind.
        reason = getattr(exc, "orig", None) or getattr(exc, "strerror", None) or exc
        if path.exists():  # the older demo keeps serving
            log.warning("the demo directory could not be rebuilt from its newer seed (%s); "
                        "the installed one stays in service", reason)
            return path
        if isinstance(exc, BadInput):
            raise
        raise DirectoryError(f"the demo directory cannot be set up in {path.parent} ({reason}); "
                             "free some disk space or make the data folder writable") from None
    return path


def _outdated_demo(path: Path, config: Config) -> bool:
    """Whether ``path`` is a demo built here from a seed folder that has changed since."""
    if path.with_name("previous.sqlite").exists():
        return False
    from db.identity import check_file
    from db.seed_folder import seed_digest, seed_folder

    try:
        meta = check_file(path)
        folder = seed_folder(config.directory.seed)
    except (DirectoryError, BadInput):
        return False  # a damaged file is the directory watcher's and sync's business, not a rebuild's
    if meta.get("source") != f"seed:{folder.name}":
        return False
    built_from = meta.get("seed_digest")
    # No digest: built by a release that did not record one, so from an older copy of the seed.
    return not built_from or built_from != seed_digest(folder)


def open_engine(config: Config, db: Path | None = None) -> PathwayEngine:
    """A pathway engine on ``db`` or on the directory in service.

    A ``db`` named by the user that cannot be used is bad input; a broken installed directory is not.
    """
    # Imported here: every CLI command imports this module for load_config, and numpy is slow to load.
    from kiosk.directory import Directory
    from kiosk.pathway import PathwayEngine

    if db:
        try:
            directory = Directory(Path(db))
        except DirectoryError as exc:
            raise BadInput(str(exc)) from None
    else:
        directory = Directory(ensure_directory(config))
    return PathwayEngine(directory, config.kiosk.latitude, config.kiosk.longitude,
                         stale_after_months=config.directory.stale_after_months)


def load_config(path: Path | None = None) -> Config:
    return config_mod.load(Path(path) if path else None)
