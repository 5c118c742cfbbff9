"""Read a directory database back into the three parts of a seed directory, to export it as a workbook.

This is how an imported directory (``kiosk import-hsds``) or one built elsewhere becomes a workbook
staff can edit. A database does not record whether a translation was reviewed, so every translation
comes out as ``machine-draft``: a person marks it reviewed again, rather than the kiosk claiming it.
Only the directory's Camino step terms are kept on services (a publisher's own taxonomy is not shown).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Any

from db.errors import BadInput
from db.identity import CAMINO_TAXONOMY

_SUB = {"phone": "phones", "schedule": "schedules"}
# The translated fields of each kind of record (the only names ever put into SQL here).
_FIELDS = {"organization": ("description",), "location": ("name", "description", "transportation"),
           "service": ("name", "description", "application_process", "eligibility_description",
                       "fees_description", "interpretation_services", "alert"),
           "phone": ("description",), "schedule": ("description",), "required_document": ("document",),
           "cost_option": ("amount_description",)}


class _Db:
    def __init__(self, path: Path) -> None:
        try:
            self.con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            self.meta = dict(self.con.execute("SELECT key, value FROM directory_meta"))
        except sqlite3.Error as exc:
            raise BadInput(f"{path}: not a directory database ({exc})") from None
        self.texts: dict[tuple[str, str, str], dict[str, str]] = defaultdict(dict)
        for entity, eid, field, locale, text in self.con.execute(
                "SELECT entity, entity_id, field, locale, text FROM localized_text"):
            self.texts[(entity, eid, field)][locale] = text

    def rows(self, sql: str, *params: Any) -> list[sqlite3.Row]:
        cur = self.con.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur]

    def localized(self, entity: str, eid: str, field: str, english: str | None) -> dict[str, str] | str:
        others = self.texts.get((entity, eid, field), {})
        return {"en": english or "", **others} if others else (english or "")


def _questionnaire(db: _Db) -> dict[str, Any]:
    loc = db.localized
    terms, seen = [], set()
    # A publisher may tag with Camino codes under its own term ids: one row per code, Camino's own first.
    for t in db.rows("SELECT id, code, name FROM taxonomy_term WHERE taxonomy = ? ORDER BY id NOT LIKE ?, rowid",
                     CAMINO_TAXONOMY, f"{CAMINO_TAXONOMY}:%"):
        if t["code"] not in seen:
            seen.add(t["code"])
            terms.append({"code": t["code"], "name": loc("taxonomy_term", t["id"], "name", t["name"])})
    requires, step_terms, rules = defaultdict(list), defaultdict(list), defaultdict(list)
    for r in db.rows("SELECT step_id, requires_step_id FROM step_prerequisite ORDER BY rowid"):
        requires[r["step_id"]].append(r["requires_step_id"])
    for r in db.rows("SELECT s.step_id, t.code FROM step_term s JOIN taxonomy_term t ON t.id = s.taxonomy_term_id "
                     "ORDER BY s.rowid"):
        step_terms[r["step_id"]].append(r["code"])
    for r in db.rows("SELECT option_id, step_id FROM rule ORDER BY rowid"):
        rules[r["option_id"]].append(r["step_id"])
    steps = [{"id": s["id"], "phase": s["phase"], "title": loc("step", s["id"], "title", s["title"]),
              "why": loc("step", s["id"], "why", s["why"]), "requires": requires[s["id"]],
              "terms": step_terms[s["id"]]}
             for s in db.rows("SELECT * FROM step ORDER BY position")]
    options = defaultdict(list)
    for o in db.rows("SELECT * FROM option ORDER BY question_id, position"):
        option = {"id": o["id"], "icon": o["icon"], "value": o["value"], "steps": rules[o["id"]],
                  "text": loc("option", o["id"], "text", o["text"])}
        options[o["question_id"]].append({k: v for k, v in option.items() if v is not None})
    questions = []
    for q in db.rows("SELECT * FROM question ORDER BY position"):
        question = {"id": q["id"], "kind": q["kind"], "facet": q["facet"], "optional": bool(q["optional"]),
                    "text": loc("question", q["id"], "text", q["text"])}
        if q["help"]:
            question["help"] = loc("question", q["id"], "help", q["help"])
        question["options"] = options[q["id"]]
        questions.append(question)
    meta = db.meta
    return {
        "directory": {"name": loc("directory", "meta", "name", meta.get("name")), "city": meta.get("city", ""),
                      "version": int(meta.get("directory_version") or 1), "is_demo": meta.get("is_demo") == "1",
                      "published": meta.get("published", ""),
                      "notice": loc("directory", "meta", "notice", meta.get("notice"))},
        "languages": [c for c in meta.get("languages", "en").split(",") if c],
        "taxonomy_terms": terms, "questions": questions, "steps": steps,
        "fallback_services": [s for s in meta.get("fallback_services", "").split(",") if s],
        "zip_centroids": {z["zip"]: [z["latitude"], z["longitude"]]
                          for z in db.rows("SELECT * FROM zip_centroid ORDER BY zip")},
    }


def _subs(db: _Db, owner_column: str, owner: str, tables: tuple[str, ...] = ("phone", "schedule")
          ) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for table in tables:
        key = _SUB[table]
        out[key] = [{k: v for k, v in row.items() if v not in (None, "") and not k.endswith("_id")}
                    for row in db.rows(f"SELECT * FROM {table} WHERE {owner_column} = ? ORDER BY rowid", owner)]
    return out


def directory_from_db(path: Path) -> tuple[dict[str, Any], dict[str, Any], dict[str, dict[str, Any]]]:
    """(questionnaire, directory, translations) of the directory database at ``path``."""
    path = Path(path)
    if not path.is_file():
        raise BadInput(f"--db {path}: no such directory database")
    db = _Db(path)
    try:
        questionnaire = _questionnaire(db)
        known = {t["code"] for t in questionnaire["taxonomy_terms"]}
        orgs = []
        for org in db.rows("SELECT * FROM organization ORDER BY rowid"):
            record = {"id": org["id"], "name": org["name"], "description": org["description"] or "",
                      "website": org["website"] or "", "email": org["email"] or "",
                      "phones": _subs(db, "organization_id", org["id"], ("phone",))["phones"],
                      "locations": [], "services": []}
            for loc in db.rows("SELECT * FROM location WHERE organization_id = ? ORDER BY rowid", org["id"]):
                addresses = [{k: v for k, v in a.items() if v not in (None, "") and k != "location_id"}
                             for a in db.rows("SELECT * FROM address WHERE location_id = ? ORDER BY rowid", loc["id"])]
                record["locations"].append({
                    "id": loc["id"], "name": loc["name"] or "", "description": loc["description"] or "",
                    "transportation": loc["transportation"] or "", "latitude": loc["latitude"],
                    "longitude": loc["longitude"], "addresses": addresses[:1],
                    **_subs(db, "location_id", loc["id"])})
            for svc in db.rows("SELECT * FROM service WHERE organization_id = ? ORDER BY rowid", org["id"]):
                sid = svc["id"]
                record["services"].append({
                    **{k: svc[k] or "" for k in ("name", "description", "application_process", "fees_description",
                                                 "eligibility_description", "interpretation_services", "alert")},
                    "id": sid, "url": svc["url"] or "", "email": svc["email"] or "",
                    "status": svc["status"] or "active", "assured_date": svc["assured_date"] or "",
                    "languages": [{k: v for k, v in lang.items() if k in ("code", "name", "note") and v}
                                  for lang in db.rows("SELECT * FROM language WHERE service_id = ? ORDER BY rowid",
                                                      sid)],
                    "required_documents": [{"id": d["id"], "document": d["document"]} for d in db.rows(
                        "SELECT * FROM required_document WHERE service_id = ? ORDER BY rowid", sid)],
                    "locations": [r["location_id"] for r in db.rows(
                        "SELECT location_id FROM service_at_location WHERE service_id = ? ORDER BY rowid", sid)],
                    "terms": [r["code"] for r in db.rows(
                        "SELECT t.code FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id "
                        "WHERE a.link_id = ? AND a.link_entity = 'service' ORDER BY a.id", sid)
                        if r["code"] in known],
                    **_subs(db, "service_id", sid)})
            orgs.append(record)
        translations: dict[str, dict[str, Any]] = defaultdict(dict)
        for (entity, eid, field), texts in db.texts.items():
            if entity in ("directory", "step", "question", "option", "taxonomy_term"):
                continue
            english = _english(db, entity, eid, field)
            for locale, text in texts.items():
                if english:
                    translations[locale].setdefault(eid, {})[field] = {"english": english, "text": text,
                                                                       "status": "machine-draft"}
    except sqlite3.Error as exc:
        raise BadInput(f"{path}: not a complete directory database ({exc})") from None
    finally:
        db.con.close()
    return questionnaire, {"organizations": orgs}, dict(translations)


def _english(db: _Db, entity: str, eid: str, field: str) -> str:
    if field not in _FIELDS.get(entity, ()):
        return ""
    try:
        row = db.con.execute(f"SELECT {field} FROM {entity} WHERE id = ?", (eid,)).fetchone()
    except sqlite3.Error:
        return ""
    return row[0] if row and row[0] else ""
