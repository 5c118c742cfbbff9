"""Write a seed directory as the directory workbook (.xlsx) city staff edit.

Every cell is written as text or a number, never as a formula: a value that begins with ``=``, ``+``,
``-`` or ``@`` is stored as a string with Excel's quote prefix, so neither Excel nor LibreOffice runs it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from db.seed_translations import Text, english_of, entry_for, translatable_records
from db.workbook import layout as L
from db.workbook.normalize import normalized
from db.workbook.readme import README_LINES

FORMULA_STARTS = ("=", "+", "-", "@")


def _lines(items: Iterable[str]) -> str:
    return "\n".join(item for item in items if item)


def _joined(*parts: Any) -> str:
    """``a | b | c`` without trailing empty parts."""
    values = ["" if p is None else str(p) for p in parts]
    while values and not values[-1]:
        values.pop()
    return L.SEPARATOR.join(values)


def phone_lines(phones: Sequence[Mapping[str, Any]]) -> str:
    """Phones as cell text: ``number | description`` per line."""
    return _lines(_joined(p["number"], english_of(p.get("description"))) for p in phones)


def hours_lines(schedules: Sequence[Mapping[str, Any]]) -> str:
    """Opening hours as cell text: one description per line."""
    return _lines(english_of(s.get("description")) for s in schedules)


def _set(ws: Worksheet, row: int, col: int, value: Any) -> None:
    if value is None or value == "":
        return
    cell = ws.cell(row=row, column=col)
    if isinstance(value, bool):
        value = L.YES if value else L.NO
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl would otherwise take "=…" for a formula
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True  # and so would Excel or LibreOffice on editing
        if "\n" in value:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def _sheet(wb: Workbook, title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> Worksheet:
    ws = wb.create_sheet(title)
    for col, header in enumerate(headers, start=1):
        ws.cell(row=1, column=col, value=header).font = Font(bold=True)
    widths = [len(h) + 2 for h in headers]
    for r, row in enumerate(rows, start=2):
        for col, value in enumerate(row, start=1):
            _set(ws, r, col, value)
            longest = max((len(line) for line in str(value or "").splitlines()), default=0)
            widths[col - 1] = max(widths[col - 1], min(longest + 2, 60))
    for col, header in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(col)].width = max(10, min(widths[col - 1],
                                                                      L.WIDTHS.get(header, 60)))
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = ws.dimensions
    return ws


def _choices(ws: Worksheet, headers: Sequence[str], header: str, values: Sequence[str] | str,
             rows: int = 2000) -> None:
    """A drop-down list on a column: a fixed list, or a range of another sheet."""
    formula = values if isinstance(values, str) else '"' + ",".join(values) + '"'
    dv = DataValidation(type="list", formula1=formula, allow_blank=True, showErrorMessage=True,
                        errorTitle="Choose from the list", error=f"{header}: choose a value from the list")
    col = get_column_letter(headers.index(header) + 1)
    dv.add(f"{col}2:{col}{rows}")
    ws.add_data_validation(dv)


def _organization_rows(data: Mapping[str, Any]) -> Iterable[list[Any]]:
    for org in data.get("organizations", []):
        yield [org["id"], org["name"], english_of(org.get("description")), org.get("website"), org.get("email"),
               phone_lines(org.get("phones", []))]


def _service_rows(data: Mapping[str, Any]) -> Iterable[list[Any]]:
    flags = set(L.FLAG_COLUMNS.values())
    for org in data.get("organizations", []):
        for svc in org.get("services", []):
            terms = svc.get("terms", [])
            row = {
                "id": svc["id"], "organization": org["id"],
                "phone": phone_lines(svc.get("phones", [])),
                "locations": _lines(svc.get("locations", [])),
                "hours": hours_lines(svc.get("schedules", [])),
                "languages spoken": _lines(_joined(lang.get("code"), lang.get("name"), lang.get("note"))
                                           for lang in svc.get("languages", [])),
                "documents to bring": _lines(english_of(d.get("document"))
                                             for d in svc.get("required_documents", [])),
                "website": svc.get("url"), "email": svc.get("email"), "status": svc.get("status", "active"),
                "last verified": svc.get("assured_date"), "verified by": svc.get("verified_by"),
                "steps": ", ".join(t for t in terms if t not in flags),
            }
            for column, field in L.SERVICE_TEXT.items():
                row[column] = english_of(svc.get(field))
            for column, term in L.FLAG_COLUMNS.items():
                row[column] = L.YES if term in terms else L.NO
            yield [row.get(c) for c in L.SERVICE_COLUMNS]


def _location_rows(data: Mapping[str, Any]) -> Iterable[list[Any]]:
    for org in data.get("organizations", []):
        for loc in org.get("locations", []):
            addr = (loc.get("addresses") or [{}])[0]
            yield [loc["id"], org["id"], english_of(loc.get("name")), english_of(loc.get("description")),
                   english_of(loc.get("transportation")), addr.get("address_1"), addr.get("city"),
                   addr.get("state_province"), addr.get("postal_code"), addr.get("country"),
                   loc.get("latitude"), loc.get("longitude"), phone_lines(loc.get("phones", [])),
                   hours_lines(loc.get("schedules", []))]


def _source_rows(data: Mapping[str, Any]) -> Iterable[list[Any]]:
    for org in data.get("organizations", []):
        for record in [org, *org.get("locations", []), *org.get("services", [])]:
            for source in record.get("sources", []):
                yield [record["id"], source.get("field"), source.get("url"), source.get("checked"),
                       source.get("note")]


def _translation_rows(data: Mapping[str, Any], translations: Mapping[str, Mapping[str, Any]],
                      langs: Sequence[str]) -> Iterable[list[Any]]:
    for record, fields in translatable_records(data):
        for field in fields:
            value = record.get(field)
            english = english_of(value)
            if not english:
                continue
            row: list[Any] = [record["id"], field, english]
            for lang in langs:
                entry = entry_for(translations.get(lang, {}), Text(record["id"], field, english))
                inline = value.get(lang) if isinstance(value, Mapping) else None
                if entry:
                    row += [entry["text"], entry["status"]]
                elif inline:
                    row += [inline, "reviewed"]
                else:
                    row += [None, None]
            yield row


def _texts(value: Any, langs: Sequence[str]) -> list[Any]:
    if isinstance(value, Mapping):
        return [value.get(lang) for lang in langs]
    return [value if lang == "en" else None for lang in langs]


def _question_rows(q: Mapping[str, Any], langs: Sequence[str]) -> Iterable[list[Any]]:
    for question in q.get("questions", []):
        yield ["question", question["id"], None, question["kind"], question["facet"],
               L.YES if question.get("optional") else L.NO, None, None, None,
               *_texts(question.get("text"), langs), *_texts(question.get("help"), langs)]
        for option in question.get("options", []):
            yield ["option", option["id"], question["id"], None, None, None, option.get("icon"),
                   option.get("value"), ", ".join(option.get("steps", [])), *_texts(option.get("text"), langs),
                   *[None] * len(langs)]


def _settings_rows(q: Mapping[str, Any], langs: Sequence[str]) -> Iterable[list[Any]]:
    meta = q.get("directory", {})
    for key in ("name", "notice"):
        for lang, text in zip(langs, _texts(meta.get(key), langs), strict=True):
            yield [L.lang_column(key, lang), text]
    yield ["city", meta.get("city")]
    yield ["version", meta.get("version")]
    yield ["demo", L.YES if meta.get("is_demo") else L.NO]
    yield ["published", meta.get("published")]
    yield ["languages", ", ".join(q.get("languages", []))]
    yield ["fallback services", ", ".join(q.get("fallback_services", []))]


def write_workbook(out: Path, questionnaire: Mapping[str, Any], directory: Mapping[str, Any],
                   translations: Mapping[str, Mapping[str, Any]],
                   mapping: Iterable[Sequence[Any]] = ()) -> Path:
    """Write the workbook for a seed directory to ``out``; ``mapping`` rows fill the Mapping sheet."""
    data, translations = normalized(directory, translations)
    langs = list(questionnaire.get("languages", ["en"]))
    others = [lang for lang in langs if lang != "en"]
    wb = Workbook()
    readme = wb.active
    readme.title = L.README
    for r, line in enumerate(README_LINES, start=1):
        _set(readme, r, 1, line)
    readme["A1"].font = Font(bold=True, size=14)
    readme.column_dimensions["A"].width = 110

    ws = _sheet(wb, L.ORGANIZATIONS, L.ORGANIZATION_COLUMNS, _organization_rows(data))
    ws = _sheet(wb, L.SERVICES, L.SERVICE_COLUMNS, _service_rows(data))
    _choices(ws, L.SERVICE_COLUMNS, "organization", f"{L.ORGANIZATIONS}!$A$2:$A$2000")
    _choices(ws, L.SERVICE_COLUMNS, "status", L.STATUSES)
    for column in L.FLAG_COLUMNS:
        _choices(ws, L.SERVICE_COLUMNS, column, (L.YES, L.NO))
    ws = _sheet(wb, L.LOCATIONS, L.LOCATION_COLUMNS, _location_rows(data))
    _choices(ws, L.LOCATION_COLUMNS, "organization", f"{L.ORGANIZATIONS}!$A$2:$A$2000")
    _sheet(wb, L.SOURCES, L.SOURCE_COLUMNS, _source_rows(data))
    headers = ["record", "field", "english"]
    for lang in others:
        headers += [lang, L.status_column(lang)]
    ws = _sheet(wb, L.TRANSLATIONS, headers, _translation_rows(data, translations, others))
    for lang in others:
        _choices(ws, headers, L.status_column(lang), L.TRANSLATION_STATUSES)

    q_headers = ["row", "id", "question", "kind", "facet", "optional", "icon", "value", "steps",
                 *[L.lang_column("text", lang) for lang in langs], *[L.lang_column("help", lang) for lang in langs]]
    ws = _sheet(wb, L.QUESTIONS, q_headers, _question_rows(questionnaire, langs))
    _choices(ws, q_headers, "row", ("question", "option"))
    _choices(ws, q_headers, "kind", L.QUESTION_KINDS)
    _choices(ws, q_headers, "optional", (L.YES, L.NO))
    icons = L.option_icons()
    if icons and len(",".join(icons)) < 250:  # a list written in the rule itself holds 255 characters at most
        _choices(ws, q_headers, "icon", icons)
    s_headers = ["id", "phase", "requires", "terms", *[L.lang_column("title", lang) for lang in langs],
                 *[L.lang_column("why", lang) for lang in langs]]
    _sheet(wb, L.STEPS, s_headers, (
        [s["id"], s["phase"], ", ".join(s.get("requires", [])), ", ".join(s.get("terms", [])),
         *_texts(s.get("title"), langs), *_texts(s.get("why"), langs)] for s in questionnaire.get("steps", [])))
    _sheet(wb, L.TERMS, ["code", *[L.lang_column("name", lang) for lang in langs]],
           ([t["code"], *_texts(t.get("name"), langs)] for t in questionnaire.get("taxonomy_terms", [])))
    _sheet(wb, L.SETTINGS, ["setting", "value"], _settings_rows(questionnaire, langs))
    _sheet(wb, L.ZIPS, L.ZIP_COLUMNS, ([z, lat, lon] for z, (lat, lon) in
                                       questionnaire.get("zip_centroids", {}).items()))
    ws = _sheet(wb, L.MAPPING, L.MAPPING_COLUMNS, mapping)
    _choices(ws, L.MAPPING_COLUMNS, "decision", L.DECISIONS)
    _choices(ws, L.MAPPING_COLUMNS, "service", f"{L.SERVICES}!$A$2:$A$2000")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out
