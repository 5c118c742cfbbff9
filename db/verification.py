"""Record a verification (a service checked with its organization) in the directory's source.

The source is a seed folder (``directory.json``) or the directory workbook (the Services sheet's
"last verified" and "verified by" columns); the next build or publish carries the date to the kiosks,
where cards and printouts say "Information last checked on …".
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from db import input_guard
from db.atomic import write_atomically
from db.errors import BadInput


def _record_in_seed(folder: Path, service_id: str, by: str, day: date) -> None:
    path = folder / "directory.json"
    data = input_guard.parse_json(input_guard.decode_text(input_guard.read_bytes(path, "file"), str(path)),
                                  str(path))
    for org in data.get("organizations", []):
        for svc in org.get("services", []):
            if svc.get("id") == service_id:
                svc["assured_date"] = day.isoformat()
                svc["verified_by"] = by
                text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
                write_atomically(path, text.encode("utf-8"))
                return
    raise BadInput(f"no service {service_id!r} in {path}")


def _record_in_workbook(path: Path, service_id: str, by: str, day: date) -> None:
    from openpyxl import load_workbook

    from db.workbook import layout as L

    wb = load_workbook(path)
    if L.SERVICES not in wb.sheetnames:
        raise BadInput(f"{path}: no {L.SERVICES} sheet; is it a directory workbook?")
    ws = wb[L.SERVICES]
    headers = [c.value for c in ws[1]]
    try:
        id_col, date_col, by_col = (headers.index(h) + 1 for h in ("id", "last verified", "verified by"))
    except ValueError:
        raise BadInput(f"{path}: the {L.SERVICES} sheet lacks id / last verified / verified by columns") from None
    for row in range(2, ws.max_row + 1):
        if str(ws.cell(row, id_col).value or "").strip() == service_id:
            ws.cell(row, date_col).value = day.isoformat()
            ws.cell(row, date_col).data_type = "s"
            ws.cell(row, by_col).value = by
            ws.cell(row, by_col).data_type = "s"
            wb.save(path)
            return
    raise BadInput(f"no service {service_id!r} on the {L.SERVICES} sheet of {path}")


def record_verification(source: Path, service_id: str, by: str, day: date) -> None:
    """Set ``service_id``'s last verified date and who verified it in a seed folder or a workbook."""
    if not by.strip():
        raise BadInput("--by: say who checked the service with the organization")
    if day > date.today():
        raise BadInput(f"--date {day.isoformat()} is in the future")
    source = Path(source)
    if source.is_file() and source.suffix.lower() == ".xlsx":
        _record_in_workbook(source, service_id, by.strip(), day)
    elif (source / "directory.json").is_file():
        _record_in_seed(source, service_id, by.strip(), day)
    else:
        raise BadInput(f"{source}: not a directory workbook (.xlsx) or a seed folder with directory.json")
