"""Reading tabular HSDS: 3.0 CSV datapackages and 1.1 / 2.0 CSV folders.

Every CSV row becomes a :class:`Record` in HSDS 3.0 names (older column names are renamed by
``db.hsds.legacy``). Reading never stops at the first problem: a row that is not UTF-8 or has
the wrong number of values is reported with its file, row and column and left out.
"""

from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path
from typing import Any

import db.hsds.legacy as legacy
from db import input_guard
from db.errors import BadInput
from db.hsds.records import Record, Source
from db.hsds.report import Report

# HSDS 3.0 CSV file names → table.
HSDS3_FILES = {
    "organizations.csv": "organization",
    "services.csv": "service",
    "locations.csv": "location",
    "service_at_location.csv": "service_at_location",
    "addresses.csv": "address",
    "phones.csv": "phone",
    "schedules.csv": "schedule",
    "languages.csv": "language",
    "required_documents.csv": "required_document",
    "cost_options.csv": "cost_option",
    "taxonomy_terms.csv": "taxonomy_term",
    "attributes.csv": "attribute",
}
# Files only HSDS 3.0 has; files only 1.1 / 2.0 have.
HSDS3_ONLY = {"addresses.csv", "schedules.csv", "attributes.csv", "cost_options.csv"}

_SURROGATE = re.compile("[\udc80-\udcff]")


def is_csv_folder(folder: Path) -> bool:
    return any(p.suffix.lower() == ".csv" for p in folder.iterdir() if p.is_file())


def detect_version(folder: Path, report: Report) -> str:
    """``3.0``, ``2.0`` or ``1.1``, from datapackage.json, then file names, then column names."""
    package = folder / "datapackage.json"
    if os.path.lexists(package):
        data = _datapackage(folder)  # a pipe, a folder or a 100,000-deep file is refused here
        version = str(data.get("version", "")) if isinstance(data, dict) else ""
        if data is None:
            report.warn(package.name, None, None, "not readable JSON; version told by the files")
        if version.startswith("3"):
            return "3.0"
        if version.startswith(("1", "2")):
            return "2.0" if version.startswith("2") else "1.1"
    names = {p.name.lower() for p in folder.iterdir() if p.is_file()}
    if names & HSDS3_ONLY:
        return "3.0"
    if names & {"service_attributes.csv", "other_attributes.csv", "service_at_location.csv"}:
        return "2.0"
    if names & {"physical_addresses.csv", "regular_schedules.csv", "services_taxonomy.csv", "taxonomy.csv",
                "postal_address.csv", "services_at_location.csv"}:
        return "1.1"
    header = _header(folder / "services.csv")
    if {"fees_description", "assured_date", "last_modified"} & header:
        return "3.0"
    return "1.1"


def _header(path: Path) -> set[str]:
    try:
        with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
            return set(next(csv.reader(fh), []))
    except OSError:
        return set()


def _datapackage(folder: Path) -> Any:
    """datapackage.json's JSON; None when it is not valid JSON, :class:`BadInput` when it is not a
    regular file of sane size and depth, or when its ``resources`` is not a list."""
    package = folder / "datapackage.json"
    if not os.path.lexists(package):
        return None
    data = input_guard.read_bytes(package, "datapackage.json", input_guard.MAX_SMALL_FILE_BYTES * 16)
    try:
        data = input_guard.parse_json(input_guard.decode_text(data, str(package)), str(package))
    except BadInput as exc:
        if "nests deeper" in str(exc):
            raise
        return None
    if isinstance(data, dict) and not isinstance(data.get("resources", []), list):
        raise BadInput(f"{package}: 'resources' must be a list of resources")
    return data


def _datapackage_paths(folder: Path) -> dict[str, str]:
    """File name → table from datapackage.json resources, for packages that rename files."""
    data = _datapackage(folder)
    found = {}
    for resource in data.get("resources", []) if isinstance(data, dict) else []:
        if isinstance(resource, dict) and resource.get("name") in HSDS3_FILES.values():
            path = resource.get("path")
            if isinstance(path, str):
                found[Path(path).name] = resource["name"]
    return found


def read_csv_folder(folder: Path, report: Report) -> Source:
    """Read every known CSV file of ``folder`` into records (others are listed as ignored)."""
    version = detect_version(folder, report)
    source = Source(format=f"hsds-{version}-csv")
    if version == "3.0":
        files = {**HSDS3_FILES, **_datapackage_paths(folder)}
    else:
        files = legacy.FILES
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        if path.suffix.lower() != ".csv":
            continue
        table = files.get(path.name) or files.get(path.name.lower())
        if table is None:
            report.ignored_files.append(path.name)
            continue
        records = read_rows(path, report, table)
        if version == "3.0":
            source.records[table].extend(records)
        else:
            for rec in records:
                source.add(legacy.to_hsds3(rec.file, table, rec.row, rec.values, report))
    return source


def read_rows(path: Path, report: Report, table: str) -> list[Record]:
    """The rows of a CSV file as records of ``table``; bad rows reported and left out.

    Bytes that are not UTF-8 are kept as surrogates while parsing so that one bad byte costs
    one row, not the file; the row is then reported with the byte's offset.
    """
    data = input_guard.read_bytes(path, path.name, input_guard.MAX_JSON_BYTES)
    if b"\r" in data and b"\n" not in data:
        data = data.replace(b"\r", b"\n")  # old Mac line endings: one byte for one, offsets unchanged
    bad_offsets = _bad_utf8_offsets(data)
    text = data.decode("utf-8", errors="surrogateescape")
    if text.startswith("\ufeff"):
        text = text[1:]
    # Byte offsets of lines are only needed to report a bad byte; finding them is a pass in Python.
    line_starts = _line_starts(data) if bad_offsets else []
    # Lines split on LF only (as the file's bytes count them), in C rather than a generator.
    reader = csv.reader(io.StringIO(text, newline="\n"), strict=False)
    rows: list[Record] = []
    file = path.name
    try:
        header = next(reader)
    except StopIteration:
        report.warn(path.name, None, None, "empty file (no header row)")
        return rows
    if any(_has_surrogate(name) for name in header):
        report.error(path.name, 1, None, f"not UTF-8 text (byte {bad_offsets[0]}): header unreadable")
        return rows
    row_number = 1
    first_line = reader.line_num + 1
    width = len(header)
    append = rows.append
    try:
        if not bad_offsets:  # nearly every file: no line numbers needed to place a bad byte
            for fields in reader:
                row_number += 1
                # Nearly every row: the header's width, an id in front.
                if len(fields) == width and fields[0] and not fields[0].isspace():
                    append(Record(table, file, row_number, dict(zip(header, fields, strict=True))))
                else:
                    rows.extend(_check_row(file, table, header, fields, row_number, 0, 0, bad_offsets, line_starts,
                                           report))
        for fields in reader:
            row_number += 1
            rows.extend(_check_row(file, table, header, fields, row_number, first_line, reader.line_num,
                                   bad_offsets, line_starts, report))
            first_line = reader.line_num + 1
    except csv.Error as exc:
        report.error(path.name, row_number, None, f"not readable as CSV ({exc}); the rest of the file is left out")
    return rows


def _check_row(file: str, table: str, header: list[str], fields: list[str], row_number: int, first_line: int,
               last_line: int, bad_offsets: list[int], line_starts: list[int], report: Report) -> list[Record]:
    if not fields or all(not f.strip() for f in fields):
        return []
    # Without a bad byte in the file no value can hold one: the check is for files that have.
    bad_column = next((name for name, value in zip(header, fields, strict=False) if _has_surrogate(value)),
                      None) if bad_offsets else None
    if bad_column is not None or (bad_offsets and any(_has_surrogate(f) for f in fields)):
        offset = _first_offset_in_lines(bad_offsets, line_starts, first_line, last_line)
        report.error(file, row_number, bad_column, f"not UTF-8 text (byte {offset})")
        return []
    if len(fields) != len(header):
        report.error(file, row_number, None,
                     f"wrong column count: {len(fields)} values, the header has {len(header)} columns")
        return []
    return [Record(table, file, row_number, dict(zip(header, fields, strict=True)))]


def _has_surrogate(value: str) -> bool:
    # A regular expression scans in C: this runs on every value of every row.
    return _SURROGATE.search(value) is not None


def _bad_utf8_offsets(data: bytes) -> list[int]:
    """Byte offsets of every byte that is not part of valid UTF-8 (one pass, even for large files)."""
    try:
        data.decode("utf-8")
        return []
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="surrogateescape")
    offsets, position, previous = [], 0, 0
    for match in re.finditer("[\udc80-\udcff]", text):
        position += len(text[previous:match.start()].encode("utf-8", errors="surrogateescape"))
        offsets.append(position)
        position += 1
        previous = match.end()
    return offsets


def _line_starts(data: bytes) -> list[int]:
    starts = [0]
    starts.extend(i + 1 for i, byte in enumerate(data) if byte == 0x0A)
    return starts


def _first_offset_in_lines(offsets: list[int], line_starts: list[int], first: int, last: int) -> int | str:
    low = line_starts[first - 1] if first - 1 < len(line_starts) else 0
    high = line_starts[last] if last < len(line_starts) else float("inf")
    return next((o for o in offsets if low <= o < high), offsets[0] if offsets else "?")
