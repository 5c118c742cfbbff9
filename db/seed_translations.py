"""Per-language translation files of a seed directory (``db/seed/<city>/translations/<lang>.json``).

A directory's English lives in ``directory.json``; each other language has one file, keyed by record id
and field, and each entry keeps the English it was translated from::

    {"language": "vi",
     "texts": {"svc-wesst-loans": {"name": {"english": "Small business loans",
                                            "text": "Vay vốn cho doanh nghiệp nhỏ",
                                            "status": "machine-draft"}}}}

When the English in ``directory.json`` changes, the entry no longer matches: it is *stale*, the kiosk
shows the English (marked as English) instead of a translation of something else, and the translator's
to-do list names it again. ``status`` is ``machine-draft`` until a native speaker has read it.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.errors import BadInput

STATUSES = ("machine-draft", "reviewed")

# The visible words of each kind of record; everything else (numbers, addresses, URLs) is not translated.
_SERVICE_FIELDS = ("name", "description", "application_process", "eligibility_description",
                   "fees_description", "interpretation_services", "alert")
_LOCATION_FIELDS = ("name", "description", "transportation")


@dataclass(frozen=True)
class Text:
    """One visible English text of a seed directory: which record, which field, what it says."""

    record_id: str
    field: str
    english: str


def english_of(value: Any) -> str:
    """The English of a seed text value: a plain string, or the ``en`` of a locale → text mapping."""
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return str(value.get("en") or "")
    return ""


def translatable_records(data: Mapping[str, Any]) -> Iterator[tuple[Mapping[str, Any], tuple[str, ...]]]:
    """Every record of a seed ``directory.json`` that has visible text, with those fields, in file order."""
    def small(owner: Mapping[str, Any]) -> Iterator[tuple[Mapping[str, Any], tuple[str, ...]]]:
        for phone in owner.get("phones", []):
            yield phone, ("description",)
        for sched in owner.get("schedules", []):
            yield sched, ("description",)

    for org in data.get("organizations", []):
        yield org, ("description",)
        yield from small(org)
        for loc in org.get("locations", []):
            yield loc, _LOCATION_FIELDS
            yield from small(loc)
        for svc in org.get("services", []):
            yield svc, _SERVICE_FIELDS
            yield from small(svc)
            for doc in svc.get("required_documents", []):
                yield doc, ("document",)
            for cost in svc.get("cost_options", []):
                yield cost, ("amount_description",)


def visible_texts(data: Mapping[str, Any]) -> list[Text]:
    """Every non-empty visible English text of a seed directory, in file order."""
    texts = []
    for record, fields in translatable_records(data):
        for field in fields:
            english = english_of(record.get(field))
            if english:
                texts.append(Text(record["id"], field, english))
    return texts


def read_language(path: Path) -> dict[str, dict[str, dict[str, str]]]:
    """Read one translation file; return record id → field → entry. Bad files raise ``BadInput``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadInput(f"{path}: not valid JSON text ({exc})") from None
    lang = path.stem
    if not isinstance(data, dict) or data.get("language") != lang or not isinstance(data.get("texts"), dict):
        raise BadInput(f'{path}: expected {{"language": "{lang}", "texts": {{record id: {{field: entry}}}}}}')
    for record_id, fields in data["texts"].items():
        for field, entry in fields.items():
            where = f"{path.name}: {record_id} {field}"
            if not isinstance(entry, dict) or not isinstance(entry.get("text"), str) \
                    or not isinstance(entry.get("english"), str):
                raise BadInput(f"{where}: an entry needs \"english\" and \"text\" strings")
            if entry.get("status") not in STATUSES:
                raise BadInput(f"{where}: status must be one of {', '.join(STATUSES)}")
    return data["texts"]


def read_translations(folder: Path) -> dict[str, dict[str, dict[str, dict[str, str]]]]:
    """Every ``translations/<lang>.json`` of a seed folder, by language (empty when there is none)."""
    tr_dir = Path(folder) / "translations"
    if not tr_dir.is_dir():
        return {}
    return {path.stem: read_language(path) for path in sorted(tr_dir.glob("*.json"))}


def entry_for(translations: Mapping[str, Any], text: Text) -> Mapping[str, str] | None:
    """The entry translating ``text`` if there is one and it was made from the current English."""
    entry = translations.get(text.record_id, {}).get(text.field)
    if entry and entry["text"] and entry["english"] == text.english:
        return entry
    return None


def with_translations(data: Mapping[str, Any], translations: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """A copy of a seed directory with each language's current translations merged into its texts.

    A text already given in a locale inside ``directory.json`` keeps it; a stale entry (made from other
    English) is left out, so that text shows in English.
    """
    merged = copy.deepcopy(dict(data))
    for record, fields in translatable_records(merged):
        for field in fields:
            value = record.get(field)
            english = english_of(value)
            if not english:
                continue
            localized = dict(value) if isinstance(value, Mapping) else {"en": english}
            for lang, texts in translations.items():
                entry = entry_for(texts, Text(record["id"], field, english))
                if entry and not localized.get(lang):
                    localized[lang] = entry["text"]
            record[field] = localized  # type: ignore[index]
    return merged


def todo(data: Mapping[str, Any], translations: Mapping[str, Any], lang: str) -> list[dict[str, str]]:
    """The visible English texts that still need a translation in ``lang`` (missing or stale), in file order."""
    texts = translations.get(lang, {})
    out = []
    for record, fields in translatable_records(data):
        for field in fields:
            value = record.get(field)
            english = english_of(value)
            if not english or (isinstance(value, Mapping) and value.get(lang)):
                continue
            text = Text(record["id"], field, english)
            if entry_for(texts, text):
                continue
            old = texts.get(text.record_id, {}).get(field)
            item = {"id": text.record_id, "field": field, "english": english,
                    "reason": "stale" if old else "missing"}
            if old:
                item["was"] = old["english"]
            out.append(item)
    return out
