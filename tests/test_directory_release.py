"""A directory taken out of service lets go of its file and page cache at once, not at the next
full garbage collection (never, for the one the kiosk froze at start: ui.memory.settle)."""

from __future__ import annotations

import gc
import sqlite3

import pytest

from kiosk.directory import Directory


def test_a_dropped_directory_closes_its_connection_without_waiting_for_the_collector(demo_db_path):
    directory = Directory(demo_db_path)
    connection = directory._db
    gc.collect()
    gc.freeze()  # as the kiosk does once its window is complete
    gc.disable()  # nothing but the last reference going may close it
    try:
        del directory
        with pytest.raises(sqlite3.ProgrammingError):
            connection.execute("SELECT 1")
    finally:
        gc.enable()
        gc.unfreeze()


def test_a_directory_in_use_keeps_serving(demo_db_path):
    directory = Directory(demo_db_path)
    gc.collect()
    assert directory._db.execute("SELECT count(*) FROM service").fetchone()[0] > 0
