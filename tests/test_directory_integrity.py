"""The directory file's integrity check, split over threads, finds what SQLite's full check finds."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from db.identity import integrity_ok


def full_check_ok(path: Path) -> bool:
    try:
        with sqlite3.connect(path) as connection:
            return connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    except sqlite3.DatabaseError:
        return False


@pytest.fixture
def copy(tmp_path, demo_db_path) -> Path:
    path = tmp_path / "directory.sqlite"
    shutil.copyfile(demo_db_path, path)
    return path


def test_a_sound_directory_passes(copy):
    assert integrity_ok(copy) and integrity_ok(copy, workers=1) and full_check_ok(copy)


def test_an_index_that_does_not_match_its_table_fails_though_quick_check_passes(copy):
    with sqlite3.connect(copy) as connection:  # the index now claims another column than it holds
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute("UPDATE sqlite_schema SET sql = 'CREATE INDEX ix_service_organization_id ON service (name)' "
                           "WHERE name = 'ix_service_organization_id'")
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    assert not full_check_ok(copy)
    assert not integrity_ok(copy) and not integrity_ok(copy, workers=1)


@pytest.mark.parametrize("page", [2, 5, -3])
def test_a_damaged_page_fails_like_the_full_check(copy, page):
    data = bytearray(copy.read_bytes())
    size = 4096
    start = (page if page > 0 else len(data) // size + page) * size
    data[start + 8:start + 200] = bytes(range(192))  # a b-tree page's cell pointers and first cells
    copy.write_bytes(bytes(data))
    assert integrity_ok(copy) == full_check_ok(copy) is False


def test_not_a_database_fails(tmp_path):
    path = tmp_path / "x.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\x01" * 5000)
    assert not integrity_ok(path)
