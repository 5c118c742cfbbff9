"""The questionnaire sheets (Questions, Steps, Terms, Settings, ZIP codes) read and checked.

The checks a city needs before publishing, each named where it is: a prerequisite cycle, an option
pointing at a step that does not exist, a step no option reaches, a text missing in a kiosk language.
"""

from __future__ import annotations

from typing import Any

from db.workbook import layout as L
from db.workbook.sheets import Problems, Row, rows, sheet


def _texts(row: Row, field: str, langs: list[str], required: bool, strict: bool = True) -> dict[str, str]:
    """A text in every language; a missing one is a problem (``strict``) or a warning."""
    texts = {}
    for lang in langs:
        value = row.text(L.lang_column(field, lang))
        if value:
            texts[lang] = value
        elif (required or texts.get("en")) and (strict or lang == "en"):
            row.problem(L.lang_column(field, lang), f"the {field} is missing in {lang}")
        elif texts.get("en"):
            row.warn(L.lang_column(field, lang), f"the {field} is missing in {lang}: the kiosk shows the English")
    return texts


def _settings(wb: Any, problems: Problems) -> tuple[dict[str, Any], dict[str, int]]:
    values: dict[str, Any] = {}
    where: dict[str, int] = {}
    for row in rows(sheet(wb, L.SETTINGS), L.SETTINGS, ("setting", "value"), problems):
        values[row.text("setting")] = row
        where[row.text("setting")] = row.number
    return values, where


def _languages(settings: dict[str, Row], problems: Problems) -> list[str]:
    row = settings.get("languages")
    langs = row.items("value") if row else []
    if "en" not in langs:
        problems.add(L.SETTINGS, row.number if row else 0, "value", "languages must list en (English) first")
        return ["en", *langs]
    return langs


def _steps(wb: Any, problems: Problems, langs: list[str], terms: set[str]) -> tuple[list[dict], dict[str, Row]]:
    steps: list[dict[str, Any]] = []
    where: dict[str, Row] = {}
    for row in rows(sheet(wb, L.STEPS), L.STEPS, ("id", "phase", "requires", "terms"), problems):
        sid = row.ident()
        if sid in where:
            row.problem("id", f"{sid!r} is used by another step too")
            continue
        phase = row.numeric("phase", int)
        if phase is None:
            row.problem("phase", "is empty; give the step's phase (1 = first things first)")
        for code in row.items("terms"):
            if code not in terms:
                row.problem("terms", f"{code!r} is not a code on the Terms sheet")
        where[sid] = row
        steps.append({"id": sid, "phase": phase or 0, "title": _texts(row, "title", langs, True),
                      "why": _texts(row, "why", langs, True), "requires": row.items("requires"),
                      "terms": row.items("terms")})
    for step in steps:
        for needed in step["requires"]:
            if needed not in where:
                where[step["id"]].problem("requires", f"{needed!r} is not a step id on the Steps sheet")
    _cycles(steps, where)
    return steps, where


def _cycles(steps: list[dict[str, Any]], where: dict[str, Row]) -> None:
    requires = {s["id"]: [r for r in s["requires"] if r in where] for s in steps}
    state: dict[str, int] = {}
    reported: set[frozenset[str]] = set()

    def visit(node: str, trail: list[str]) -> None:
        if state.get(node) == 2:
            return
        if state.get(node) == 1:
            loop = [*trail[trail.index(node):], node]
            if frozenset(loop) not in reported:
                reported.add(frozenset(loop))
                where[node].problem("requires", "steps require each other in a circle: " + " → ".join(loop))
            return
        state[node] = 1
        for other in requires[node]:
            visit(other, [*trail, node])
        state[node] = 2

    for step_id in requires:
        visit(step_id, [])


def _questions(wb: Any, problems: Problems, langs: list[str], steps: dict[str, Row]) -> list[dict[str, Any]]:
    questions: list[dict[str, Any]] = []
    by_id: dict[str, dict[str, Any]] = {}
    option_ids: set[str] = set()
    for row in rows(sheet(wb, L.QUESTIONS), L.QUESTIONS,
                    ("row", "id", "question", "kind", "facet", "optional", "icon", "value", "steps"), problems):
        kind_of_row = row.choice("row", ("question", "option"))
        oid = row.ident()
        if kind_of_row == "question":
            if oid in by_id:
                row.problem("id", f"{oid!r} is used by another question too")
                continue
            question = {"id": oid, "kind": row.choice("kind", L.QUESTION_KINDS) or "single",
                        "facet": row.required("facet"), "optional": row.yes("optional"),
                        "text": _texts(row, "text", langs, True)}
            help_text = _texts(row, "help", langs, False)
            if help_text:
                question["help"] = help_text
            question["options"] = []
            questions.append(question)
            by_id[oid] = question
        elif kind_of_row == "option":
            owner = row.required("question")
            if owner and owner not in by_id:
                row.problem("question", f"{owner!r} is not a question above this row")
                continue
            if oid in option_ids:
                row.problem("id", f"{oid!r} is used by another option too")
                continue
            option_ids.add(oid)
            icon = row.text("icon")
            if icon and L.option_icons() and icon not in L.option_icons():
                row.warn("icon", f"{icon!r} is not one of the kiosk's icons (a neutral icon is shown): "
                                 f"{', '.join(L.option_icons())}")
            for step_id in row.items("steps"):
                if step_id not in steps:
                    row.problem("steps", f"{step_id!r} is not a step id on the Steps sheet")
            option = {"id": oid, "icon": row.text("icon") or None, "value": row.text("value") or None,
                      "steps": row.items("steps"), "text": _texts(row, "text", langs, True)}
            by_id[owner]["options"].append({k: v for k, v in option.items() if v is not None})
    return questions


def _unreached(questions: list[dict[str, Any]], steps: list[dict[str, Any]], where: dict[str, Row]) -> None:
    requires = {s["id"]: s["requires"] for s in steps}
    reached: set[str] = set()
    todo = [step for q in questions for o in q.get("options", []) for step in o["steps"] if step in requires]
    while todo:
        step = todo.pop()
        if step not in reached:
            reached.add(step)
            todo.extend(r for r in requires[step] if r in requires)
    for step in steps:
        if step["id"] not in reached:
            where[step["id"]].problem("id", "no answer leads to this step: add it to an option's steps "
                                            "(Questions sheet) or to a step's requires")


def read_questionnaire(wb: Any, problems: Problems) -> dict[str, Any]:
    """The questionnaire of a workbook, in ``questionnaire.json``'s shape; problems are added to ``problems``."""
    settings, _ = _settings(wb, problems)
    langs = _languages(settings, problems)
    terms: list[dict[str, Any]] = []
    for row in rows(sheet(wb, L.TERMS), L.TERMS, ("code",), problems):
        if row.text("code") in {t["code"] for t in terms}:
            row.problem("code", f"{row.text('code')!r} is on another row too")
            continue
        # Term names are staff-facing labels, not questions: a missing language is only a warning.
        terms.append({"code": row.ident("code"), "name": _texts(row, "name", langs, True, strict=False)})
    steps, where = _steps(wb, problems, langs, {t["code"] for t in terms})
    questions = _questions(wb, problems, langs, where)
    _unreached(questions, steps, where)
    zips: dict[str, list[float]] = {}
    for row in rows(sheet(wb, L.ZIPS), L.ZIPS, L.ZIP_COLUMNS, problems):
        lat, lon = row.numeric("latitude"), row.numeric("longitude")
        if lat is None or lon is None:
            row.problem("latitude", "a ZIP code needs its latitude and longitude")
            continue
        zips[row.required("ZIP")] = [lat, lon]

    def setting(key: str) -> str:
        return settings[key].text("value") if key in settings else ""

    def localized(key: str) -> dict[str, str]:
        return {lang: setting(L.lang_column(key, lang)) for lang in langs if setting(L.lang_column(key, lang))}

    meta: dict[str, Any] = {"name": localized("name"), "city": setting("city")}
    version = settings["version"].numeric("value", int) if "version" in settings else None
    meta["version"] = version or 1
    meta["is_demo"] = settings["demo"].yes("value") if "demo" in settings else False
    meta["published"] = settings["published"].day("value") if "published" in settings else ""
    meta["notice"] = localized("notice")
    return {"directory": meta, "languages": langs, "taxonomy_terms": terms, "questions": questions,
            "steps": steps, "fallback_services": settings["fallback services"].items("value")
            if "fallback services" in settings else [], "zip_centroids": zips}
