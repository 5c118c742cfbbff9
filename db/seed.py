"""Build a directory database from a reviewable seed folder (``db/seed/<city>/``).

See ``db/seed/README.md`` for the format. The questionnaire half is also used by the HSDS
importer, so an imported directory gets the city's questions, steps and rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from db import input_guard
from db import models as m
from db.directory import write_directory
from db.errors import BadInput
from db.identity import CAMINO_TAXONOMY, term_id
from db.rows import DirectoryRows
from db.seed_folder import seed_digest as seed_digest
from db.seed_folder import seed_folder as seed_folder
from db.seed_translations import read_translations, with_translations


def read_json(path: Path) -> Any:
    """A seed or questionnaire JSON file, read under db.input_guard's caps (no pipe, size, depth)."""
    data = input_guard.read_bytes(path, "file", input_guard.MAX_JSON_BYTES)
    return input_guard.parse_json(input_guard.decode_text(data, str(path)), str(path))


def _check_dag(steps: list[Mapping[str, Any]]) -> None:
    ids = {s["id"] for s in steps}
    requires = {s["id"]: list(s.get("requires", [])) for s in steps}
    for step_id, needed in requires.items():
        for other in needed:
            if other not in ids:
                raise BadInput(f"step {step_id} requires unknown step {other}")
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        if state.get(node) == 2:
            return
        if state.get(node) == 1:
            cycle = " → ".join([*trail[trail.index(node):], node])
            raise BadInput(f"step prerequisites form a cycle: {cycle}")
        state[node] = 1
        for other in requires[node]:
            visit(other, [*trail, node])
        state[node] = 2

    for step_id in requires:
        visit(step_id, [])


def add_questionnaire(rows: DirectoryRows, data: Mapping[str, Any]) -> dict[str, Any]:
    """Add taxonomy terms, questions, options, steps, rules and ZIP centroids; return directory meta."""
    for term in data.get("taxonomy_terms", []):
        tid = term_id(term["code"])
        rows.add(m.TaxonomyTerm, id=tid, code=term["code"], taxonomy=CAMINO_TAXONOMY,
                 name=rows.text("taxonomy_term", tid, "name", term["name"]),
                 description=None, parent_id=None)
    known_terms = {t["code"] for t in data.get("taxonomy_terms", [])}
    steps = data.get("steps", [])
    _check_dag(steps)
    step_ids = {s["id"] for s in steps}
    for position, step in enumerate(steps):
        rows.add(m.Step, id=step["id"], phase=int(step["phase"]), position=position,
                 title=rows.text("step", step["id"], "title", step["title"]),
                 why=rows.text("step", step["id"], "why", step["why"]))
    for step in steps:
        for needed in step.get("requires", []):
            rows.add(m.StepPrerequisite, step_id=step["id"], requires_step_id=needed)
        for code in step.get("terms", []):
            if code not in known_terms:
                raise BadInput(f"step {step['id']} uses unknown term {code}")
            rows.add(m.StepTerm, step_id=step["id"], taxonomy_term_id=term_id(code))
    for q_position, question in enumerate(data.get("questions", [])):
        if question["kind"] not in ("single", "multi", "zip"):
            raise BadInput(f"question {question['id']}: kind must be single, multi or zip")
        rows.add(m.Question, id=question["id"], position=q_position, kind=question["kind"],
                 facet=question["facet"], optional=bool(question.get("optional", False)),
                 text=rows.text("question", question["id"], "text", question["text"]),
                 help=rows.text("question", question["id"], "help", question.get("help")))
        for o_position, option in enumerate(question.get("options", [])):
            rows.add(m.Option, id=option["id"], question_id=question["id"], position=o_position,
                     value=option.get("value"), icon=option.get("icon"),
                     text=rows.text("option", option["id"], "text", option["text"]))
            for step_id in option.get("steps", []):
                if step_id not in step_ids:
                    raise BadInput(f"option {option['id']} selects unknown step {step_id}")
                rows.add(m.Rule, option_id=option["id"], step_id=step_id)
    for zip_code, (lat, lon) in data.get("zip_centroids", {}).items():
        rows.add(m.ZipCentroid, zip=zip_code, latitude=float(lat), longitude=float(lon))

    directory = data.get("directory", {})
    name = directory.get("name", "Directory")
    notice = directory.get("notice", "")
    meta: dict[str, Any] = {
        "name": rows.text("directory", "meta", "name", name) or "Directory",
        "city": directory.get("city", ""),
        "directory_version": int(directory.get("version", 1)),
        "published": directory.get("published", date.today().isoformat()),
        "is_demo": "1" if directory.get("is_demo") else "0",
        "notice": rows.text("directory", "meta", "notice", notice) or "",
        "languages": ",".join(data.get("languages", ["en"])),
        "fallback_services": ",".join(data.get("fallback_services", [])),
    }
    return meta


def _parse_date(value: str | None, where: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadInput(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None


def add_services(rows: DirectoryRows, data: Mapping[str, Any]) -> None:
    """Add the organizations of a seed ``directory.json`` with everything they hold."""
    text = rows.text
    for org in data.get("organizations", []):
        oid = org["id"]
        rows.add(m.Organization, id=oid, name=org["name"], alternate_name=org.get("alternate_name"),
                 description=text("organization", oid, "description", org.get("description")),
                 email=org.get("email") or None, website=org.get("website") or None,
                 legal_status=None, year_incorporated=None)
        for phone in org.get("phones", []):
            rows.add(m.Phone, id=phone["id"], organization_id=oid, number=phone["number"],
                     type=phone.get("type"), extension=phone.get("extension"),
                     description=text("phone", phone["id"], "description", phone.get("description")))
        for loc in org.get("locations", []):
            lid = loc["id"]
            rows.add(m.Location, id=lid, organization_id=oid,
                     location_type=loc.get("location_type", "physical"),
                     name=text("location", lid, "name", loc.get("name")),
                     description=text("location", lid, "description", loc.get("description")),
                     transportation=text("location", lid, "transportation", loc.get("transportation")),
                     url=loc.get("url"), latitude=loc.get("latitude"), longitude=loc.get("longitude"))
            for addr in loc.get("addresses", []):
                rows.add(m.Address, id=addr["id"], location_id=lid, attention=addr.get("attention"),
                         address_1=addr["address_1"], address_2=addr.get("address_2"),
                         city=addr.get("city", ""), region=addr.get("region"),
                         state_province=addr.get("state_province", ""),
                         postal_code=addr.get("postal_code", ""), country=addr.get("country", "US"),
                         address_type=addr.get("address_type", "physical"))
            for phone in loc.get("phones", []):
                rows.add(m.Phone, id=phone["id"], location_id=lid, number=phone["number"],
                         type=phone.get("type"), extension=phone.get("extension"),
                         description=text("phone", phone["id"], "description", phone.get("description")))
            for sched in loc.get("schedules", []):
                rows.add(m.Schedule, id=sched["id"], location_id=lid, freq=sched.get("freq"),
                         byday=sched.get("byday"), opens_at=sched.get("opens_at"),
                         closes_at=sched.get("closes_at"),
                         description=text("schedule", sched["id"], "description", sched.get("description")),
                         notes=None)
        for svc in org.get("services", []):
            _add_service(rows, oid, svc)


def _add_service(rows: DirectoryRows, oid: str, svc: Mapping[str, Any]) -> None:
    text = rows.text
    sid = svc["id"]
    rows.add(m.Service, id=sid, organization_id=oid,
             name=text("service", sid, "name", svc["name"]),
             alternate_name=svc.get("alternate_name"),
             description=text("service", sid, "description", svc.get("description")),
             url=svc.get("url") or None, email=svc.get("email") or None,
             status=svc.get("status", "active"),
             interpretation_services=text("service", sid, "interpretation_services",
                                          svc.get("interpretation_services")),
             application_process=text("service", sid, "application_process", svc.get("application_process")),
             fees_description=text("service", sid, "fees_description", svc.get("fees_description")),
             eligibility_description=text("service", sid, "eligibility_description",
                                          svc.get("eligibility_description")),
             alert=text("service", sid, "alert", svc.get("alert")),
             assured_date=_parse_date(svc.get("assured_date"), f"service {sid} assured_date"),
             last_modified=None)
    for i, lang in enumerate(svc.get("languages", [])):
        rows.add(m.Language, id=f"{sid}-lang-{i}", service_id=sid, code=lang.get("code"),
                 name=lang.get("name"), note=lang.get("note"))
    for doc in svc.get("required_documents", []):
        rows.add(m.RequiredDocument, id=doc["id"], service_id=sid,
                 document=text("required_document", doc["id"], "document", doc["document"]),
                 uri=doc.get("uri"))
    for cost in svc.get("cost_options", []):
        rows.add(m.CostOption, id=cost["id"], service_id=sid, option=cost.get("option"),
                 currency=cost.get("currency"), amount=cost.get("amount"),
                 amount_description=text("cost_option", cost["id"], "amount_description",
                                         cost.get("amount_description")))
    for phone in svc.get("phones", []):
        rows.add(m.Phone, id=phone["id"], service_id=sid, number=phone["number"],
                 type=phone.get("type"), extension=phone.get("extension"),
                 description=text("phone", phone["id"], "description", phone.get("description")))
    for sched in svc.get("schedules", []):
        rows.add(m.Schedule, id=sched["id"], service_id=sid, freq=sched.get("freq"),
                 byday=sched.get("byday"), opens_at=sched.get("opens_at"), closes_at=sched.get("closes_at"),
                 description=text("schedule", sched["id"], "description", sched.get("description")),
                 notes=None)
    for location_id in svc.get("locations", []):
        rows.add(m.ServiceAtLocation, id=f"{sid}@{location_id}", service_id=sid, location_id=location_id,
                 description=None)
    for code in svc.get("terms", []):
        rows.add(m.Attribute, id=f"{sid}#{code}", link_id=sid, link_entity="service",
                 taxonomy_term_id=term_id(code), link_type=None, value=None, label=None)


def build_seed(folder: Path, out: Path) -> Path:
    """Build the seed in ``folder`` into a directory database at ``out``."""
    rows = DirectoryRows()
    try:
        meta = add_questionnaire(rows, read_json(folder / "questionnaire.json"))
        add_services(rows, with_translations(read_json(folder / "directory.json"), read_translations(folder)))
    except (KeyError, ValueError, TypeError) as exc:
        raise BadInput(f"seed {folder}: {exc}") from None
    meta["source"] = f"seed:{folder.name}"
    meta["seed_digest"] = seed_digest(folder)
    return write_directory(out, rows.insert, meta)
