"""A kiosk running the bundled demo shows the demo of the software it runs, not the one it first had."""

from __future__ import annotations

import json
import logging
import shutil

import pytest

import db.seed_folder
from db.identity import check_file
from kiosk.config import Config
from kiosk.runtime import ensure_directory


@pytest.fixture
def seed_root(tmp_path, monkeypatch):
    root = tmp_path / "seeds"
    shutil.copytree(db.seed_folder.SEED_ROOT / "albuquerque", root / "albuquerque")
    monkeypatch.setattr(db.seed_folder, "SEED_ROOT", root)
    return root / "albuquerque"


def _rename_first_organization(seed, name):
    path = seed / "directory.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["organizations"][0]["name"] = name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _organization_names(path):
    import sqlite3

    with sqlite3.connect(path) as connection:
        return {name for (name,) in connection.execute("SELECT name FROM organization")}


def test_an_updated_seed_rebuilds_the_demo_built_here(seed_root):
    installed = ensure_directory(Config())
    assert check_file(installed)["seed_digest"] == db.seed_folder.seed_digest(seed_root)
    assert ensure_directory(Config()) == installed  # an unchanged seed is not rebuilt
    built = installed.stat().st_mtime_ns

    _rename_first_organization(seed_root, "Renamed in the new release")
    ensure_directory(Config())
    assert installed.stat().st_mtime_ns != built
    assert "Renamed in the new release" in _organization_names(installed)
    assert check_file(installed)["seed_digest"] == db.seed_folder.seed_digest(seed_root)


def test_a_demo_built_before_the_seed_was_fingerprinted_is_rebuilt(seed_root):
    import sqlite3

    installed = ensure_directory(Config())
    with sqlite3.connect(installed) as connection:  # as an earlier release built it: no seed_digest
        connection.execute("DELETE FROM directory_meta WHERE key = 'seed_digest'")
    connection.close()
    assert "seed_digest" not in check_file(installed)
    ensure_directory(Config())
    assert check_file(installed)["seed_digest"] == db.seed_folder.seed_digest(seed_root)


def test_a_directory_sync_installed_is_never_replaced_by_the_seed(seed_root):
    installed = ensure_directory(Config())
    shutil.copyfile(installed, installed.with_name("previous.sqlite"))  # what sync's install leaves
    _rename_first_organization(seed_root, "Renamed in the new release")
    ensure_directory(Config())
    assert "Renamed in the new release" not in _organization_names(installed)


def test_a_broken_new_seed_leaves_the_older_demo_serving(seed_root, caplog):
    installed = ensure_directory(Config())
    before = _organization_names(installed)
    (seed_root / "directory.json").write_text("{ not json", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="camino"):
        assert ensure_directory(Config()) == installed
    assert _organization_names(installed) == before
    assert "stays in service" in caplog.text
    assert not list(installed.parent.glob("*.building"))


def test_a_directory_named_in_the_config_is_left_alone(seed_root, tmp_path, demo_db_path):
    own = tmp_path / "own.sqlite"
    shutil.copyfile(demo_db_path, own)
    _rename_first_organization(seed_root, "Renamed in the new release")
    config = Config()
    config.directory.path = str(own)
    assert ensure_directory(config) == own
    assert "Renamed in the new release" not in _organization_names(own)
