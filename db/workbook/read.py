"""Read the directory workbook back into a seed directory: questionnaire, directory and translations.

Every problem is collected (not only the first) with its sheet, row, column and reason, so staff can
fix them all in one go; a caller builds nothing while :attr:`Workbook.problems` has errors.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from db.errors import BadInput
from db.seed_translations import STATUSES, english_of, translatable_records
from db.workbook import layout as L
from db.workbook.normalize import sub_id
from db.workbook.questionnaire import read_questionnaire
from db.workbook.sheets import Problems, Row, rows, sheet

MAX_WORKBOOK_BYTES = 50 * 1024 * 1024
MAX_EXPANDED_BYTES = 400 * 1024 * 1024


@dataclass
class Workbook:
    """A read workbook: the three parts of a seed directory, step-link decisions, and what is wrong."""

    questionnaire: dict[str, Any]
    directory: dict[str, Any]
    translations: dict[str, dict[str, Any]]
    decisions: dict[str, Any]
    problems: Problems = field(default_factory=Problems)

    def report(self) -> dict[str, Any]:
        """The JSON report of ``kiosk workbook check``."""
        services = sum(len(o.get("services", [])) for o in self.directory.get("organizations", []))
        return {"ok": not self.problems.errors, "organizations": len(self.directory.get("organizations", [])),
                "services": services, "questions": len(self.questionnaire.get("questions", [])),
                "problems": [p.to_json() for p in self.problems.errors],
                "warnings": [p.to_json() for p in self.problems.warnings]}


def _phones(row: Row, column: str, owner: str) -> list[dict[str, Any]]:
    phones = []
    for n, line in enumerate(row.lines(column), start=1):
        number, _, note = (part.strip() for part in line.partition("|"))
        if not any(ch.isdigit() for ch in number):
            row.problem(column, f"line {n}: {number!r} is not a phone number (number | note)")
        phone: dict[str, Any] = {"id": sub_id(owner, "phone", n), "number": number, "type": "voice"}
        if note:
            phone["description"] = note
        phones.append(phone)
    return phones


def _hours(row: Row, column: str, owner: str) -> list[dict[str, Any]]:
    return [{"id": sub_id(owner, "hours", n), "description": line}
            for n, line in enumerate(row.lines(column), start=1)]


def _sparse(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if v not in ("", None, [])}


def _organizations(wb: Any, problems: Problems) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    orgs: list[dict[str, Any]] = []
    by_id: dict[str, dict[str, Any]] = {}
    for row in rows(sheet(wb, L.ORGANIZATIONS), L.ORGANIZATIONS,
                    L.ORGANIZATION_COLUMNS, problems):
        oid = row.ident()
        if oid in by_id:
            row.problem("id", f"{oid!r} is used by another row too")
            continue
        org = _sparse({"id": oid, "name": row.required("name"), "description": row.text("description"),
                       "website": row.text("website"), "email": row.text("email"),
                       "phones": _phones(row, "phones", oid)})
        org.update(locations=[], services=[])
        orgs.append(org)
        by_id[oid] = org
    return orgs, by_id


def _locations(wb: Any, problems: Problems, orgs: dict[str, dict[str, Any]]) -> set[str]:
    seen: set[str] = set()
    for row in rows(sheet(wb, L.LOCATIONS), L.LOCATIONS, L.LOCATION_COLUMNS, problems):
        lid, oid = row.ident(), row.required("organization")
        if lid in seen:
            row.problem("id", f"{lid!r} is used by another row too")
            continue
        seen.add(lid)
        if oid and oid not in orgs:
            row.problem("organization", f"{oid!r} is not an id on the Organizations sheet")
            continue
        loc = _sparse({"id": lid, "name": row.text("name"), "description": row.text("description"),
                       "transportation": row.text("transportation"), "latitude": row.numeric("latitude"),
                       "longitude": row.numeric("longitude"), "phones": _phones(row, "phones", lid),
                       "schedules": _hours(row, "hours", lid)})
        if row.text("street"):
            loc["addresses"] = [{"id": sub_id(lid, "address", 1), "address_1": row.text("street"),
                                 "city": row.text("city"), "state_province": row.text("state"),
                                 "postal_code": row.text("ZIP"), "country": row.text("country") or "US",
                                 "address_type": "physical"}]
        if oid in orgs:
            orgs[oid]["locations"].append(loc)
    return seen


def _services(wb: Any, problems: Problems, orgs: dict[str, dict[str, Any]], locations: set[str],
              terms: set[str]) -> dict[str, dict[str, Any]]:
    by_id: dict[str, dict[str, Any]] = {}
    for row in rows(sheet(wb, L.SERVICES), L.SERVICES, L.SERVICE_COLUMNS, problems):
        sid, oid = row.ident(), row.required("organization")
        if sid in by_id:
            row.problem("id", f"{sid!r} is used by another row too")
            continue
        if oid and oid not in orgs:
            row.problem("organization", f"{oid!r} is not an id on the Organizations sheet")
        svc: dict[str, Any] = {"id": sid}
        for column, key in L.SERVICE_TEXT.items():
            svc[key] = row.text(column)
        row.required("name")
        steps = row.items("steps")
        for term in steps:
            if terms and term not in terms:
                row.problem("steps", f"{term!r} is not a code on the Terms sheet")
        flags = [term for column, term in L.FLAG_COLUMNS.items() if row.yes(column)]
        for loc in row.lines("locations"):
            if loc not in locations:
                row.problem("locations", f"{loc!r} is not an id on the Locations sheet")
        languages = []
        for line in row.lines("languages spoken"):
            code, name, note = ([*(p.strip() for p in line.split("|")), "", ""])[:3]
            languages.append(_sparse({"code": code, "name": name, "note": note}))
        svc.update(url=row.text("website"), email=row.text("email"),
                   status=row.choice("status", L.STATUSES, "active"),
                   assured_date=row.day("last verified"), verified_by=row.text("verified by"),
                   languages=languages, phones=_phones(row, "phone", sid), schedules=_hours(row, "hours", sid),
                   required_documents=[{"id": sub_id(sid, "doc", n), "document": line}
                                       for n, line in enumerate(row.lines("documents to bring"), start=1)],
                   locations=row.lines("locations"), terms=[*steps, *flags])
        svc = _sparse(svc)
        by_id[sid] = svc
        if oid in orgs:
            orgs[oid]["services"].append(svc)
    return by_id


def _sources(wb: Any, problems: Problems, records: dict[str, dict[str, Any]]) -> None:
    for row in rows(sheet(wb, L.SOURCES), L.SOURCES, L.SOURCE_COLUMNS, problems):
        rid = row.required("record")
        if rid and rid not in records:
            row.problem("record", f"{rid!r} is not an organization, location or service id")
            continue
        url = row.required("url")
        if url and not url.startswith(("https://", "http://")):
            row.problem("url", f"{url!r} is not a web address (https://…)")
        records[rid].setdefault("sources", []).append(
            _sparse({"field": row.required("field"), "url": url, "checked": row.day("checked"),
                     "note": row.text("note")}))


def _translations(wb: Any, problems: Problems, directory: dict[str, Any], langs: list[str]
                  ) -> dict[str, dict[str, Any]]:
    current = {(record["id"], f): english_of(record.get(f))
               for record, fields in translatable_records(directory) for f in fields if record.get(f)}
    others = [lang for lang in langs if lang != "en"]
    columns = ["record", "field", "english", *others, *[L.status_column(lang) for lang in others]]
    out: dict[str, dict[str, Any]] = {lang: {} for lang in others}
    done: set[tuple[str, str]] = set()
    untranslated: dict[str, list[int]] = {lang: [] for lang in others}
    for row in rows(sheet(wb, L.TRANSLATIONS), L.TRANSLATIONS, columns, problems):
        key = (row.required("record"), row.required("field"))
        english = row.required("english")
        if key not in current:
            row.problem("record", f"{key[0]} {key[1]} is not a visible text of the directory")
            continue
        done.add(key)
        if english != current[key]:
            row.warn("english", "the English changed since this row was translated: translate it again "
                                "(the kiosk shows the English meanwhile)")
        for lang in others:
            text = row.text(lang)
            status = row.choice(L.status_column(lang), STATUSES, "machine-draft" if text else "")
            if text:
                out[lang].setdefault(key[0], {})[key[1]] = {"english": english, "text": text, "status": status}
            else:
                untranslated[lang].append(row.number)
    for lang, missing in untranslated.items():
        if missing:
            shown = ", ".join(map(str, missing[:10])) + (", …" if len(missing) > 10 else "")
            problems.warn(L.TRANSLATIONS, missing[0], lang, f"{len(missing)} texts have no translation yet "
                                                            f"(rows {shown}): the kiosk shows the English")
    for rid, field_name in current:
        if (rid, field_name) not in done:
            problems.warn(L.TRANSLATIONS, 0, "record", f"{rid} {field_name} has no row: the kiosk shows the English "
                                                       "in every language")
    return out


def _decisions(wb: Any, problems: Problems, services: dict[str, Any], terms: set[str]) -> dict[str, Any]:
    decisions: dict[str, dict[str, Any]] = {}
    if L.MAPPING not in wb:
        return {"services": decisions}
    for row in rows(wb[L.MAPPING], L.MAPPING, L.MAPPING_COLUMNS, problems):
        sid, term = row.required("service"), row.required("step term")
        decision = row.choice("decision", L.DECISIONS)
        if term and terms and term not in terms:
            row.problem("step term", f"{term!r} is not a code on the Terms sheet")
        if not decision:
            continue
        entry = decisions.setdefault(sid, {})
        entry.setdefault(decision, []).append(term)
        if row.text("note"):
            entry["note"] = row.text("note")
    return {"services": decisions}


def read_workbook(path: Path) -> Workbook:
    """Read a directory workbook; problems are collected in the result, not raised.

    A file that is not a workbook at all raises ``BadInput``.
    """
    path = Path(path)
    if not path.is_file():
        raise BadInput(f"{path}: no such workbook file")
    if path.stat().st_size > MAX_WORKBOOK_BYTES:
        raise BadInput(f"{path}: a workbook over 50 MB is not a directory workbook")
    try:
        with zipfile.ZipFile(path) as archive:  # a small file may unpack to gigabytes: look before loading
            expanded = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise BadInput(f"{path}: not an .xlsx workbook ({exc.__class__.__name__})") from None
    if expanded > MAX_EXPANDED_BYTES:
        raise BadInput(f"{path}: unpacks to over {MAX_EXPANDED_BYTES // 2**20} MB; not a directory workbook")
    try:
        wb = load_workbook(path, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file; all mean "not a workbook"
        raise BadInput(f"{path}: not an .xlsx workbook ({exc.__class__.__name__})") from None
    problems = Problems()
    questionnaire = read_questionnaire(wb, problems)
    terms = {t["code"] for t in questionnaire.get("taxonomy_terms", [])}
    orgs, by_org = _organizations(wb, problems)
    locations = _locations(wb, problems, by_org)
    services = _services(wb, problems, by_org, locations, terms)
    directory = {"organizations": orgs}
    records = {**by_org, **services}
    for org in orgs:
        records.update({loc["id"]: loc for loc in org["locations"]})
    _sources(wb, problems, records)
    for sid in questionnaire.get("fallback_services", []):
        if sid not in services:
            problems.add(L.SETTINGS, 0, "fallback services", f"{sid!r} is not an id on the Services sheet")
    translations = _translations(wb, problems, directory, questionnaire.get("languages", ["en"]))
    decisions = _decisions(wb, problems, services, terms)
    wb.close()
    return Workbook(questionnaire, directory, translations, decisions, problems)
