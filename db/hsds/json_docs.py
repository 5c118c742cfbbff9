"""Reading HSDS 3.0 JSON: an organization, service or service_at_location document, a list of them,
or a paginated list (``{"contents": [...]}``), from one file or a folder of ``*.json`` files.

Nested objects become flat records; a child gets its parent's id (a phone under a location gets
``location_id``). The same object often appears several times in one document (a location under
the organization and again under a service_at_location): copies are merged, and a real conflict
(same id, different values) is reported as a duplicate id. ``row`` is the object's place in the
document, e.g. ``services[0].phones[1]``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from db import input_guard
from db.errors import BadInput
from db.hsds.records import TABLES, Record, Source
from db.hsds.report import Report

# (parent table, key) → (child table, column of the child that holds the parent's id).
LISTS: dict[tuple[str, str], tuple[str, str]] = {
    ("organization", "phones"): ("phone", "organization_id"),
    ("organization", "locations"): ("location", "organization_id"),
    ("organization", "services"): ("service", "organization_id"),
    ("service", "phones"): ("phone", "service_id"),
    ("service", "schedules"): ("schedule", "service_id"),
    ("service", "service_at_locations"): ("service_at_location", "service_id"),
    ("service", "languages"): ("language", "service_id"),
    ("service", "cost_options"): ("cost_option", "service_id"),
    ("service", "required_documents"): ("required_document", "service_id"),
    ("service", "attributes"): ("attribute", "link_id"),
    ("service_at_location", "phones"): ("phone", "service_at_location_id"),
    ("service_at_location", "schedules"): ("schedule", "service_at_location_id"),
    ("location", "languages"): ("language", "location_id"),
    ("location", "addresses"): ("address", "location_id"),
    ("location", "phones"): ("phone", "location_id"),
    ("location", "schedules"): ("schedule", "location_id"),
    ("location", "attributes"): ("attribute", "link_id"),
    ("organization", "attributes"): ("attribute", "link_id"),
    ("phone", "languages"): ("language", "phone_id"),
}
# (parent table, key) → (child table, column of the parent that holds the child's id).
OBJECTS: dict[tuple[str, str], tuple[str, str]] = {
    ("service", "organization"): ("organization", "organization_id"),
    ("service_at_location", "location"): ("location", "location_id"),
    ("service_at_location", "service"): ("service", "service_id"),
    ("attribute", "taxonomy_term"): ("taxonomy_term", "taxonomy_term_id"),
}


def kind_of(document: dict[str, Any]) -> str | None:
    """Which HSDS object a JSON object is, from its keys."""
    keys = set(document)
    if "id" not in keys:
        return None
    if {"service", "location"} & keys and not {"status", "services"} & keys:
        return "service_at_location"
    if {"status", "service_at_locations"} & keys or isinstance(document.get("organization"), dict):
        return "service"
    if {"code", "taxonomy_detail", "term_uri", "parent_id"} & keys and "website" not in keys:
        return "taxonomy_term"
    if "name" in keys:
        return "organization"
    return None


class _Flattener:
    def __init__(self, source: Source, report: Report, seen: dict[tuple[str, str], Record]) -> None:
        self.source = source
        self.report = report
        self.file = ""
        # Shared by all files of a folder: the same organization often appears in several documents.
        self.seen = seen

    def add(self, table: str, obj: Any, where: str, link: tuple[str, str, str] | None = None) -> str | None:
        """Record ``obj`` (and what it holds) as a row of ``table``; ``link``: (column, parent id, parent table)."""
        if not isinstance(obj, dict):
            self.report.error(self.file, where, None, f"expected an object for {table}, found {type(obj).__name__}")
            return None
        values: dict[str, Any] = {}
        nested: list[tuple[str, Any]] = []
        for key, value in obj.items():
            if isinstance(value, (dict, list)):
                nested.append((key, value))
            else:
                values[key] = value
        if link and values.get(link[0]) in (None, ""):
            values[link[0]] = link[1]
        if table == "attribute" and link:
            given = values.get("link_entity")
            if given not in (None, "", link[2]):
                self.report.warn(self.file, where, "link_entity",
                                 f"{given!r} contradicts its place under a {link[2]}; stored as {link[2]}")
            values["link_entity"] = link[2]
        for key, value in nested:
            target = OBJECTS.get((table, key))
            if target and isinstance(value, dict):
                child_id = self.add(target[0], value, f"{where}.{key}")
                if child_id is not None and values.get(target[1]) in (None, ""):
                    values[target[1]] = child_id
        record_id = self._record(table, values, where)
        for key, value in nested:
            target_list = LISTS.get((table, key))
            if target_list and isinstance(value, list) and record_id is not None:
                child_table, column = target_list
                for i, child in enumerate(value):
                    self.add(child_table, child, f"{where}.{key}[{i}]", (column, record_id, table))
        return record_id

    def _record(self, table: str, values: dict[str, Any], where: str) -> str | None:
        record_id = values.get("id")
        if record_id in (None, ""):
            self.source.add(Record(table, self.file, where, values))
            return None
        record_id = str(record_id)
        earlier = self.seen.get((table, record_id))
        if earlier is None:
            record = Record(table, self.file, where, values)
            self.seen[(table, record_id)] = record
            self.source.add(record)
            return record_id
        for column, value in values.items():
            if earlier.values.get(column) in (None, ""):
                earlier.values[column] = value
            elif value not in (None, "") and earlier.values[column] != value:
                self.report.error(self.file, where, column, f"duplicate id {record_id!r} with a different "
                                                            f"{column} than in {earlier.file} at {earlier.row}")
        return record_id


def read_json_source(path: Path, report: Report) -> Source:
    """Read one JSON file or every ``*.json`` file of a folder."""
    source = Source(format="hsds-3.0-json")
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    flattener = _Flattener(source, report, {})
    for file in files:
        _read_file(file, flattener, report)
    return source


def _read_file(path: Path, flattener: _Flattener, report: Report) -> None:
    # A pipe, a folder named x.json, /dev/zero or a file past the size cap is refused (BadInput).
    raw = input_guard.read_bytes(path, f"HSDS file {path.name}", input_guard.MAX_JSON_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        report.error(path.name, None, None, f"not UTF-8 text (byte {exc.start})")
        return
    try:
        data = input_guard.parse_json(text, path.name)
    except BadInput as exc:
        if "nests deeper" in str(exc):
            raise
        report.error(path.name, None, None, str(exc).removeprefix(f"{path.name} ").removeprefix("is "))
        return
    _read_document(data, path.name, flattener, report)


def read_json_documents(data: Any, name: str, source: Source, report: Report) -> None:
    """Add parsed JSON (a document, a list of them or a page) to ``source``; ``name`` stands for the file."""
    _read_document(data, name, _Flattener(source, report, {}), report)


def _read_document(data: Any, name: str, flattener: _Flattener, report: Report) -> None:
    flattener.file = name
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        items, prefix = data["contents"], "contents"
    elif isinstance(data, list):
        items, prefix = data, ""
    else:
        items, prefix = [data], None
    for i, item in enumerate(items):
        where = f"{prefix}[{i}]" if prefix is not None else "$"
        table = kind_of(item) if isinstance(item, dict) else None
        if table is None or table not in TABLES:
            report.error(name, where, None, "not an HSDS organization, service, service_at_location "
                                                 "or taxonomy term (no id, or keys of none of them)")
            continue
        flattener.add(table, item, where)
