"""The Albuquerque seed: every fact names its source, and a record without one is caught."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from db.seed import read_json, seed_folder
from db.seed_sources import missing_sources, reachable_share, records, source_problems


@pytest.fixture(scope="module")
def directory() -> dict:
    return read_json(seed_folder("albuquerque") / "directory.json")


def test_every_filled_fact_names_its_source(directory):
    assert missing_sources(directory) == []


def test_every_source_has_an_address_and_a_date_checked(directory):
    assert [p for _, record in records(directory) for p in source_problems(record)] == []


def test_a_phone_without_a_source_is_caught(directory):
    data = copy.deepcopy(directory)
    org = data["organizations"][0]
    org["phones"] = [{"id": "ph-new", "number": "505-555-0100"}]
    org["sources"] = [s for s in org["sources"] if s["field"] != "phones"]
    assert f"{org['id']}: phones" in missing_sources(data)


def test_an_itin_claim_without_a_source_is_caught(directory):
    data = copy.deepcopy(directory)
    svc = next(s for o in data["organizations"] for s in o["services"] if s["id"] == "svc-wesst-loans")
    svc["terms"].append("accepts-itin")
    assert missing_sources(data) == ["svc-wesst-loans: accepts-itin"]


def test_a_closed_service_must_say_where_its_closing_was_reported(directory):
    data = copy.deepcopy(directory)
    svc = next(s for o in data["organizations"] for s in o["services"] if s["id"] == "svc-ahcc-mbda")
    assert svc["status"] == "inactive"
    svc["sources"] = []
    assert "svc-ahcc-mbda: status" in missing_sources(data)


@pytest.mark.parametrize("bad, message", [
    ({"field": "phones", "url": "ftp://example.org", "checked": "2026-01-01"}, "http(s)"),
    ({"field": "phones", "url": "https://example.org", "checked": "last week"}, "YYYY-MM-DD"),
    ({"field": "phones", "url": "https://example.org", "checked": "2999-01-01"}, "future"),
    ({"url": "https://example.org", "checked": "2026-01-01"}, "needs a field"),
])
def test_a_malformed_source_is_named(bad, message):
    problems = source_problems({"id": "svc-x", "sources": [bad]}, today=date(2026, 12, 3))
    assert len(problems) == 1 and message in problems[0] and problems[0].startswith("svc-x sources[0]")


def test_the_closed_mbda_center_is_not_offered(demo_db_path):
    from kiosk.directory import Directory

    directory = Directory(demo_db_path)
    try:
        assert directory.query("SELECT status FROM service WHERE id = 'svc-ahcc-mbda'") == [("inactive",)]
        assert "svc-ahcc-mbda" not in list(directory.index.ids)
    finally:
        directory.close()


def test_reachable_share_counts_phones_and_street_addresses(directory):
    reachable, total = reachable_share(directory)
    active = sum(1 for o in directory["organizations"] for s in o["services"] if s.get("status") == "active")
    assert total == active and 0 < reachable <= total
    data = copy.deepcopy(directory)
    for org in data["organizations"]:
        org["phones"] = []
        for loc in org.get("locations", []):
            loc["addresses"], loc["phones"] = [], []
        for svc in org["services"]:
            svc["phones"] = []
    assert reachable_share(data) == (0, total)
