"""Opening what a running kiosk or a CLI command needs: config, directory, pathway engine."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import config as config_mod
from kiosk import paths
from kiosk.config import Config
from kiosk.errors import BadInput, DirectoryError

if TYPE_CHECKING:
    from kiosk.pathway import PathwayEngine


def directory_path(config: Config) -> Path:
    """The directory file in service: the configured one, else the installed one."""
    return Path(config.directory.path) if config.directory.path else paths.installed_directory()


def ensure_directory(config: Config) -> Path:
    """The directory file, building the bundled demo seed on first run when none is installed."""
    path = directory_path(config)
    if not config.directory.path and not path.exists():
        import sqlite3

        from sqlalchemy.exc import SQLAlchemyError  # first run only: SQLAlchemy is heavy to import

        from db.seed import build_seed, seed_folder

        try:
            build_seed(seed_folder(config.directory.seed), path)
        except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
            # A full disk or a read-only data folder on first run: nothing half-built is left behind.
            reason = getattr(exc, "orig", None) or getattr(exc, "strerror", None) or exc
            raise DirectoryError(f"the demo directory cannot be set up in {path.parent} ({reason}); "
                                 "free some disk space or make the data folder writable") from None
    return path


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
