"""The quick check of text rows agrees with the full one: a row passes it only when the full
check finds no problem, so every rejected row is still named by the full check's messages."""

from __future__ import annotations

import random

import pytest

from db.hsds.records import TABLES, Record
from db.hsds.validate import SPECS, _needed, _plainly_valid, _row_problems, row_schema

SAMPLES = ["", " ", "x", "active", "inactive", "defunct", "physical", "postal", "virtual", "WEEKLY", "MONTHLY",
           "MO", "12", "-3.5", "100", "north", "1e3", "nan", "2024-01-31", "2024-13-01", "31/01/2024", "true"]


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("legacy", [False, True])
def test_the_quick_check_passes_exactly_the_rows_the_full_check_passes(table, legacy):
    rng = random.Random(f"{table}{legacy}")
    official, spec = row_schema(table), SPECS[table]
    columns = sorted(official.columns | set(spec.camino))
    passed = failed = 0
    for i in range(400):
        values = {column: rng.choice(SAMPLES) for column in rng.sample(columns, rng.randint(0, len(columns)))}
        if i % 2:  # half the rows: every required column filled, most columns a text can fail in blank
            values.update({c: "" for c in official.risky if rng.random() < 0.8})
            allowed = official.validator.schema["properties"]
            values.update({c: allowed.get(c, {}).get("enum", ["x"])[0] for c in (*official.required, *spec.camino)
                           if not values.get(c) or c in official.risky})
        record = Record(table, f"{table}.csv", i + 2, values)
        quick = _plainly_valid(record.values, _needed(spec, legacy, official), official)
        assert quick == (not _row_problems(record, spec, legacy)), values
        passed += quick
        failed += not quick
    assert passed and failed
