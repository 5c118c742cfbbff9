"""Hostile directory databases: refused by publish, by sync (even signed) and by a kiosk opening one.

Each crafted file starts from the demo directory and changes one thing a mistaken or compromised
publishing machine could: a view or trigger, a column's type, a value's type, a prerequisite cycle.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from db.identity import check_file
from db.schema_check import BoundedConnection, check_contents, connect_read_only
from db.schema_ddl import DDL
from kiosk import paths
from kiosk.config import Config
from kiosk.directory import Directory
from kiosk.errors import DirectoryError
from kiosk.sync import bundle, keys
from kiosk.sync.service import sync_once

ROOT = Path(__file__).resolve().parent.parent
ENDLESS = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"

# name → (statements, words the refusal must contain)
CRAFTED = {
    "endless view as service": (
        ["ALTER TABLE service RENAME TO service_x",
         f"CREATE VIEW service AS {ENDLESS} SELECT service_x.* FROM service_x, r"], "view named 'service'"),
    "endless view as directory_meta": (
        ["ALTER TABLE directory_meta RENAME TO meta_x",
         f"CREATE VIEW directory_meta AS {ENDLESS} SELECT key, value FROM meta_x, r"], "view named 'directory_meta'"),
    "trigger": (["CREATE TRIGGER t AFTER INSERT ON step BEGIN SELECT 1; END"], "trigger named 't'"),
    "extra index": (["CREATE INDEX ix_extra ON service (name)"], "extra index named 'ix_extra'"),
    "extra table": (["CREATE TABLE notes (x)"], "extra table named 'notes'"),
    "missing index": (["DROP INDEX ix_service_organization_id"], "no index named 'ix_service_organization_id'"),
    "phase column typed TEXT": (
        ["CREATE TABLE step_x (id VARCHAR NOT NULL, phase TEXT NOT NULL, position INTEGER NOT NULL, "
         "title VARCHAR NOT NULL, why TEXT NOT NULL, PRIMARY KEY (id))",
         "INSERT INTO step_x SELECT * FROM step", "DROP TABLE step", "ALTER TABLE step_x RENAME TO step"],
        "column 'phase' as TEXT"),
    "phase stored as text": (["UPDATE step SET phase = 'one' WHERE rowid = 1"], "step.phase"),
    "boolean that is not 0 or 1": (["UPDATE question SET optional = 7 WHERE rowid = 1"], "question.optional"),
    "prerequisite cycle": (
        ["INSERT INTO step_prerequisite SELECT requires_step_id, step_id FROM step_prerequisite LIMIT 1"], "cycle"),
    "ten thousand steps": (["WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
                            "INSERT INTO step SELECT 'x' || i, 3, i, 'x', 'x' FROM n"], "more than 1000 steps"),
    "prerequisite of no step": (["PRAGMA foreign_keys = OFF",
                                 "INSERT INTO step_prerequisite VALUES ('plan', 'nowhere')"], "'nowhere'"),
}
# Only the full check (publish, sync) reads the large tables value by value.
FULL_ONLY = {"latitude stored as text": (["UPDATE location SET latitude = 'north' WHERE rowid = 1"],
                                         "location.latitude")}


def craft(base: Path, out: Path, statements: list[str]) -> Path:
    shutil.copyfile(base, out)
    connection = sqlite3.connect(out)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()
    return out


@pytest.fixture(scope="module")
def crafted(tmp_path_factory, demo_db_path) -> dict[str, tuple[Path, str]]:
    folder = tmp_path_factory.mktemp("crafted")
    return {name: (craft(demo_db_path, folder / f"{i}.sqlite", statements), words)
            for i, (name, (statements, words)) in enumerate({**CRAFTED, **FULL_ONLY}.items())}


def test_the_schema_copy_matches_the_models():
    """db/schema_ddl.py must say what db.models creates (regenerate it when the models change)."""
    from sqlalchemy import create_engine

    from db.models import Base
    from db.schema_check import _normalized

    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with engine.connect() as connection:
        made = [_normalized(sql) for (sql,) in connection.exec_driver_sql(
            "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY rowid")]
    assert sorted(made) == sorted(DDL), "db/schema_ddl.py is stale: run `python -m db.schema_check --ddl`"


def test_the_demo_directory_passes_every_check(demo_db_path):
    check_contents(demo_db_path)
    Directory(demo_db_path).close()


@pytest.mark.parametrize("name", list(CRAFTED) + list(FULL_ONLY))
def test_full_check_refuses_with_a_sentence(crafted, name):
    path, words = crafted[name]
    started = time.monotonic()
    with pytest.raises(DirectoryError) as caught:
        check_contents(path)
    assert words in str(caught.value) and "\n" not in str(caught.value)
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("name", list(CRAFTED))
def test_a_kiosk_refuses_to_open_it(crafted, name):
    path, words = crafted[name]
    started = time.monotonic()
    with pytest.raises(DirectoryError) as caught:
        Directory(path)
    assert words in str(caught.value)
    assert time.monotonic() - started < 5


def test_any_statement_is_interrupted_past_its_limit(demo_db_path):
    connection = connect_read_only(demo_db_path, limit_s=0.3)
    assert isinstance(connection, BoundedConnection)
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="interrupted"):
        connection.execute(f"{ENDLESS} SELECT max(n) FROM r").fetchone()
    assert time.monotonic() - started < 3
    # The clock starts again with the next statement.
    assert connection.execute("SELECT count(*) FROM step").fetchone()[0] > 0
    assert connection.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    connection.close()


def run_kiosk(*args, timeout=60):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=timeout, env=os.environ.copy())


@pytest.mark.parametrize("name", ["endless view as service", "phase stored as text", "prerequisite cycle",
                                  "latitude stored as text"])
def test_publish_refuses_a_hostile_source(crafted, tmp_path, name):
    key, _public = keys.generate(tmp_path / "it")
    path, words = crafted[name]
    result = run_kiosk("publish", "--source", str(path), "--key", str(key), "--out", str(tmp_path / "b"))
    assert result.returncode == 2, result.stderr
    assert words in result.stderr and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "b" / "manifest.json").exists()


def sign_as_is(database: Path, folder: Path, private, version: int) -> None:
    """A bundle made the way a compromised publishing machine could: signed, but never checked."""
    folder.mkdir(parents=True, exist_ok=True)
    name = f"directory-v{version}.sqlite"
    shutil.copyfile(database, folder / name)
    with contextlib.suppress(sqlite3.OperationalError):  # a view as directory_meta cannot be stamped
        bundle._stamp(folder / name, version, "2026-01-01")
    now = datetime.now(UTC).replace(microsecond=0)
    good = bundle.Manifest(format=bundle.FORMAT, version=version, created=now.isoformat(),
                           expires=(now + timedelta(days=9)).isoformat(), file=name, sha256="0" * 64, size=1,
                           schema_version=1, min_app_version="0.1.0", published="2026-01-01",
                           key_id=keys.key_id(private.public_key()))
    manifest = replace(good, sha256=bundle.sha256_file(folder / name), size=(folder / name).stat().st_size)
    (folder / bundle.SIGNATURE).write_bytes(keys.sign(private, manifest.to_bytes()))
    (folder / bundle.MANIFEST).write_bytes(manifest.to_bytes())


@pytest.mark.parametrize("name", ["endless view as directory_meta", "phase stored as text", "prerequisite cycle",
                                  "latitude stored as text"])
def test_sync_refuses_a_signed_hostile_database_and_keeps_serving(crafted, tmp_path, demo_db_path, name):
    private_path, public_path = keys.generate(tmp_path / "it")
    shutil.copyfile(demo_db_path, paths.installed_directory())
    before = check_file(paths.installed_directory())["directory_version"]
    sign_as_is(crafted[name][0], tmp_path / "usb", keys.load_private(private_path), version=50)
    config = Config()
    config.sync.pubkey = str(public_path)
    started = time.monotonic()
    result = sync_once(config, str(tmp_path / "usb"))
    assert time.monotonic() - started < 20
    assert result.outcome == "failed" and crafted[name][1] in result.message, result.message
    assert check_file(paths.installed_directory())["directory_version"] == before
    Directory(paths.installed_directory()).close()
    assert not list(paths.directory_dir().glob("*.part"))
