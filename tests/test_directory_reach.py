"""The Albuquerque demo directory: most services can be phoned or visited, and every card says how to reach one."""

from __future__ import annotations

import pytest

from db.seed import read_json, seed_folder
from db.seed_sources import reachable_share

LANGUAGES = ("en", "es", "vi", "zh_CN", "ar", "fa_AF", "fr", "sw")


# The aim is four in five; sourced facts reach 34 of 39 today (docs/directory-data.md lists what is
# missing). The test keeps what has been reached from slipping back.
REACHED_SHARE = 34 / 39


def test_reach_does_not_fall_below_the_services_phoned_or_visited_today():
    reachable, total = reachable_share(read_json(seed_folder("albuquerque") / "directory.json"))
    assert reachable / total >= REACHED_SHARE, f"only {reachable} of {total} active services can be phoned or visited"


def test_a_service_reached_through_its_organization_counts_and_one_without_any_way_does_not():
    data = {"organizations": [
        {"id": "org-a", "phones": [{"id": "ph-a", "number": "311"}], "locations": [],
         "services": [{"id": "svc-a", "status": "active", "locations": []}]},
        {"id": "org-b", "phones": [], "locations": [{"id": "loc-b", "addresses": [{"address_1": "1 Main St"}]}],
         "services": [{"id": "svc-b1", "status": "active", "locations": ["loc-b"]},
                      {"id": "svc-b2", "status": "active", "locations": []}]},
    ]}
    assert reachable_share(data) == (2, 3)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_active_card_shows_a_phone_an_address_or_a_website(demo_db_path, language):
    from kiosk.cards import load_cards
    from kiosk.directory import Directory

    directory = Directory(demo_db_path)
    try:
        ids = [sid for (sid,) in directory.query("SELECT id FROM service WHERE status = 'active'")]
        cards = load_cards(directory, ids, language)
    finally:
        directory.close()
    assert len(cards) == len(ids)
    assert [sid for sid, card in cards.items() if not (card.phone or card.address or card.url)] == []
    # A service reached through its organization's line shows that line (the City's 311).
    assert cards["svc-bank-on-burque"].phone == "311"
    # A service's own line wins over its organization's main line; its office's address comes with it.
    legal = cards["svc-cc-immigration-legal"]
    assert (legal.phone, legal.address) == ("505-539-0274", "2010 Bridge SW, Albuquerque, NM 87105")
