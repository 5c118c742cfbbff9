"""Naming a bundled seed folder and fingerprinting it, without loading any database library.

The kiosk checks at every start whether its demo directory was built from the seed it ships
(``kiosk.runtime``); doing that through ``db.seed`` would import SQLAlchemy, half a second of
start-up, only to hash a few files.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from db import SEED_ROOT
from db.errors import BadInput


def seed_folder(city: str) -> Path:
    """The seed folder of ``city`` (``db/seed/<city>/``)."""
    folder = SEED_ROOT / city
    if not (folder / "questionnaire.json").exists():
        raise BadInput(f"no seed directory named {city!r} under {SEED_ROOT}")
    return folder


def seed_digest(folder: Path) -> str:
    """A short fingerprint of every file in a seed folder, so a build can tell which seed it came from."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
