"""A Camino directory → an HSDS 3.0 CSV datapackage, so what a city maintains can go back to 211.

The package holds the tables Camino keeps, each CSV in the column order of the official
``datapackage.json`` (``hsds-3.0-datapackage.json``, copied with its notice); columns Camino
does not keep are empty. Text is the English of each record (HSDS has one language per record).
Camino's own terms are exported as taxonomy terms of the ``camino`` taxonomy with their code,
and the links to them as attributes (``link_type`` says crosswalk, rule or staff), so
``kiosk import-hsds`` of the package gives back the same directory. Ids are kept as they are
(HSDS recommends UUIDs; a city's ids, and the staff decisions keyed by them, stay stable).
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.errors import BadInput
from db.identity import CAMINO_TAXONOMY, check_file

PACKAGE = Path(__file__).with_name("hsds-3.0-datapackage.json")
EXPORTED_PREFIX = "camino-term:"


def package_template() -> dict[str, Any]:
    return json.loads(PACKAGE.read_text(encoding="utf-8"))


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


# Rows nothing else refers to: one lacking a field HSDS requires is left out of the package (and
# said); any other row lacking one fails the export, since rows depending on it would dangle.
LEAF_TABLES = ("address", "phone", "schedule", "language", "required_document", "cost_option", "attribute")


@dataclass
class Export:
    """What an export wrote: rows per file, and the rows HSDS could not carry."""

    rows: dict[str, int] = field(default_factory=dict)
    left_out: list[dict[str, Any]] = field(default_factory=list)


def export_hsds(db: Path, out: Path) -> Export:
    """Write the directory at ``db`` as an HSDS 3.0 CSV package in the folder ``out``.

    The package is built beside ``out`` and moved into place whole. ``out`` must be new, empty,
    or a previous export (it holds a ``datapackage.json``), which is replaced. A row of a leaf table
    lacking a field HSDS requires (an address without a ZIP code) is left out and listed; such a
    row of another table is :class:`BadInput` and nothing is written.
    """
    db, out = Path(db), Path(out)
    meta = check_file(db)
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / "datapackage.json").is_file())):
        raise BadInput(f"--out {out} exists and is not an earlier export; give a new or empty folder")
    package = package_template()
    package["title"] = f"{meta.get('name', 'Camino directory')} (exported from Camino)"
    package["created"] = meta.get("published", "")
    parent = out.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=parent, prefix=f".{out.name}-"))
    result = Export()
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        for resource in package["resources"]:
            result.rows[resource["path"]] = _write_table(connection, resource, work / resource["path"], result.left_out)
        (work / "datapackage.json").write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n",
                                               encoding="utf-8")
        if out.exists():
            shutil.rmtree(out)
        os.replace(work, out)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    finally:
        connection.close()
    return result


def _write_table(connection: sqlite3.Connection, resource: dict[str, Any], path: Path,
                 left_out: list[dict[str, Any]]) -> int:
    table = resource["name"]
    fields = [f["name"] for f in resource["schema"]["fields"]]
    required = [f["name"] for f in resource["schema"]["fields"] if f.get("constraints", {}).get("required")]
    held = [c for c in fields if c in _columns(connection, table)]
    rows = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(fields)
        query = f'SELECT {", ".join(held)} FROM "{table}" ORDER BY id'
        for record in connection.execute(query):
            values = dict(zip(held, record, strict=True))
            if table == "taxonomy_term" and not values.get("description"):
                # Required by HSDS; Camino's own terms have only a name, which describes them.
                values["description"] = values.get("name")
            # Camino's term ids are reserved on import; exported under their own prefix, the code
            # (which import-hsds links back to Camino's term) is what carries the meaning.
            for column in ("id", "taxonomy_term_id") if table in ("taxonomy_term", "attribute") else ():
                if table == "attribute" and column == "id":
                    continue
                if str(values.get(column) or "").startswith(f"{CAMINO_TAXONOMY}:"):
                    values[column] = EXPORTED_PREFIX + str(values[column]).split(":", 1)[1]
            missing = [column for column in required if values.get(column) in (None, "")]
            if missing:
                if table not in LEAF_TABLES:
                    raise BadInput(f"{table} {values.get('id')!r} has no {', '.join(missing)}, which HSDS "
                                   "requires; fill it in before exporting")
                left_out.append({"file": resource["path"], "id": values.get("id"), "missing": missing})
                continue
            writer.writerow([_cell(values.get(column)) for column in fields])
            rows += 1
    return rows
