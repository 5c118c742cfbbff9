"""Synthetic directories of any size, for benchmarks and load tests.

Distributions follow what a city directory looks like: organizations run one to a few services,
most services have a street address around the city, nearly all speak English, many Spanish and
a few other languages; a share is free or accepts an ITIN; text exists in English, often Spanish,
sometimes the other six languages. The questionnaire, steps and rules come from a city seed, so a
generated directory drives the real pathway engine and screens. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from db import models as m
from db.directory import insert_rows, write_directory
from db.identity import term_id
from db.rows import INSERT_ORDER, DirectoryRows
from db.seed import add_questionnaire, read_json

OTHER_LANGUAGES = ("vi", "zh_CN", "ar", "fa_AF", "fr", "sw")
LANGUAGE_CODES = ("vi", "zh", "ar", "prs", "fr", "sw")
NOUNS = ("Business", "Enterprise", "Community", "Opportunity", "Trade", "Market", "Kitchen", "Workshop")
ACTIONS = ("loans", "coaching", "registration help", "tax help", "classes", "mentoring", "banking", "legal clinic")
STREETS = ("Central Ave", "Broadway Blvd", "Isleta Blvd", "Lomas Blvd", "4th St", "Coors Blvd", "Zuni Rd")
BATCH = 2_000


def _service_terms(questionnaire: dict[str, Any]) -> list[str]:
    codes = {code for step in questionnaire.get("steps", []) for code in step.get("terms", [])}
    return sorted(codes)


def generate(out: Path, services: int, city_folder: Path, seed: int = 7,
             center: tuple[float, float] = (35.0844, -106.6504)) -> Path:
    """Write a directory of ``services`` synthetic services (with ``city_folder``'s questionnaire) to ``out``."""
    questionnaire = read_json(city_folder / "questionnaire.json")
    rows = DirectoryRows()
    meta = add_questionnaire(rows, questionnaire)
    meta.update(name="Synthetic directory", source=f"generated:{services}:{seed}", is_demo="1",
                notice="Synthetic data for benchmarks; not real services.")
    categories = _service_terms(questionnaire)
    rng = random.Random(seed)

    def fill(session: Session) -> None:
        rows.insert(session)
        for batch in _batches(services, categories, rng, center):
            insert_rows(session, ((model, batch.rows[model]) for model in INSERT_ORDER))

    return write_directory(out, fill, meta)


def _batches(total: int, categories: list[str], rng: random.Random,
             center: tuple[float, float]) -> Iterator[DirectoryRows]:
    made = 0
    org_number = 0
    batch = DirectoryRows()
    while made < total:
        org_number += 1
        oid = f"gen-org-{org_number:07d}"
        noun = rng.choice(NOUNS)
        batch.add(m.Organization, id=oid, name=f"{noun} Center {org_number}", alternate_name=None,
                  description=f"A community organization helping small businesses ({org_number}).",
                  email=None, website=f"https://org{org_number}.example.org", legal_status=None,
                  year_incorporated=None)
        batch.add(m.Phone, id=f"{oid}-ph", organization_id=oid, number=f"505-555-{org_number % 10000:04d}",
                  type="voice", extension=None, description=None)
        lid = None
        if rng.random() < 0.85:
            lid = f"{oid}-loc"
            lat = center[0] + rng.gauss(0, 0.06)
            lon = center[1] + rng.gauss(0, 0.08)
            batch.add(m.Location, id=lid, organization_id=oid, location_type="physical", name=None,
                      description=None, transportation=None, url=None, latitude=lat, longitude=lon)
            batch.add(m.Address, id=f"{lid}-addr", location_id=lid, attention=None,
                      address_1=f"{rng.randint(100, 9999)} {rng.choice(STREETS)}", address_2=None,
                      city="Albuquerque", region=None, state_province="NM",
                      postal_code=f"871{rng.randint(2, 23):02d}", country="US", address_type="physical")
            batch.add(m.Schedule, id=f"{lid}-sch", location_id=lid, freq="WEEKLY", byday="MO,TU,WE,TH,FR",
                      opens_at="09:00", closes_at="17:00", description="Mon–Fri 9 am–5 pm", notes=None)
        for _ in range(min(rng.choice((1, 1, 2, 2, 3, 4)), total - made)):
            made += 1
            _add_service(batch, made, oid, lid, categories, rng)
        if batch.count(m.Service) >= BATCH:
            yield batch
            batch = DirectoryRows()
    if batch.count(m.Organization):
        yield batch


def _add_service(batch: DirectoryRows, number: int, oid: str, lid: str | None, categories: list[str],
                 rng: random.Random) -> None:
    sid = f"gen-svc-{number:07d}"
    action = rng.choice(ACTIONS)
    name = {"en": f"Small business {action} {number}"}
    description = {"en": f"Help with {action} for people starting or running a small business."}
    if rng.random() < 0.6:
        name["es"] = f"Ayuda para negocios: {action} {number}"
        description["es"] = f"Ayuda con {action} para personas que empiezan o tienen un pequeño negocio."
    for lang in OTHER_LANGUAGES:
        if rng.random() < 0.1:
            name[lang] = f"[{lang}] {name['en']}"
            description[lang] = f"[{lang}] {description['en']}"
    status = "active" if rng.random() < 0.95 else rng.choice(("inactive", "defunct", "temporarily closed"))
    batch.add(m.Service, id=sid, organization_id=oid, name=batch.text("service", sid, "name", name),
              alternate_name=None, description=batch.text("service", sid, "description", description),
              url=None, email=None, status=status, interpretation_services=None,
              application_process="Call or walk in.", fees_description=None, eligibility_description=None,
              alert=None, assured_date=None, last_modified=None)
    if lid:
        batch.add(m.ServiceAtLocation, id=f"{sid}@{lid}", service_id=sid, location_id=lid, description=None)
    spoken = ["en"] + (["es"] if rng.random() < 0.55 else [])
    spoken += [code for code in LANGUAGE_CODES if rng.random() < 0.05]
    for i, code in enumerate(spoken):
        batch.add(m.Language, id=f"{sid}-lang-{i}", service_id=sid, location_id=None, phone_id=None,
                  name=None, code=code, note=None)
    terms = set(rng.sample(categories, k=rng.choice((1, 1, 2))))
    if rng.random() < 0.3:
        terms.add("accepts-itin")
    if rng.random() < 0.4:
        terms.add("free")
    terms.update(f"stage:{s}" for s in rng.sample(("idea", "starting", "running", "growing"), k=rng.randint(1, 3)))
    terms.add(rng.choice(("kind:any", "kind:any", "kind:food", "kind:retail", "kind:services", "kind:home")))
    for code in sorted(terms):
        batch.add(m.Attribute, id=f"{sid}#{code}", link_id=sid, link_entity="service",
                  taxonomy_term_id=term_id(code), link_type=None, value=None, label=None)
    if rng.random() < 0.5:
        batch.add(m.RequiredDocument, id=f"{sid}-doc", service_id=sid, document="Photo ID", uri=None)
