"""The city-wide report: every kiosk's uploaded days, read from the folder the upload server fills.

Each kiosk PUTs one file per completed day to ``{kiosk}/{day}.json`` (:mod:`kiosk.insights.upload`),
so a WebDAV folder holds ``KIOSK/YYYY-MM-DD.json`` files. They are read back as the same counters the
kiosk's own report uses, and go through the same report (and the same small-count suppression).
The files come over the network from many machines, so each one is checked before it counts; a file
that is not a Camino day is left out with a one-line reason, never half counted.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kiosk.insights import counters as c
from kiosk.insights.upload import SCHEMA

MAX_FILE_BYTES = 1 << 20
MAX_VALUE_CHARS = 100
_DAY_FILE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.json$")


@dataclass
class CityCounts:
    """The counters of the folder's days in range, and the files left out (path: reason)."""

    counts: list[c.Count] = field(default_factory=list)
    files: int = 0
    skipped: dict[str, str] = field(default_factory=dict)


class _Bad(ValueError):
    pass


def _read_day(path: Path, kiosk: str, day: date) -> list[c.Count]:
    """The counters in one uploaded day file; raises :class:`_Bad` with the reason it cannot count."""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise _Bad(f"larger than {MAX_FILE_BYTES} bytes")
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _Bad("not JSON") from None
    if not isinstance(body, dict) or body.get("schema") != SCHEMA:
        raise _Bad(f"not a {SCHEMA} file")
    if body.get("kiosk") != kiosk or body.get("day") != day.isoformat():
        raise _Bad("its kiosk or day does not match its place in the folder")
    counts = body.get("counts")
    if not isinstance(counts, dict):
        raise _Bad("no counts")
    rows = []
    for dimension, values in counts.items():
        if dimension not in c.DIMENSIONS:
            raise _Bad(f"unknown counter {str(dimension)[:40]!r}")
        if not isinstance(values, dict):
            raise _Bad(f"counter {dimension!r} is not a table")
        for value, count in values.items():
            if len(value) > MAX_VALUE_CHARS:
                raise _Bad(f"a value of {dimension!r} is longer than {MAX_VALUE_CHARS} characters")
            if not isinstance(count, int) or isinstance(count, bool) or not 0 <= count <= 10**7:
                raise _Bad(f"a count of {dimension!r} is not a whole number from 0 to 10 million")
            if count:
                rows.append(c.Count(day, kiosk, dimension, value, count))
    return rows


def read_folder(folder: Path, first: date, last: date) -> CityCounts:
    """Every ``KIOSK/YYYY-MM-DD.json`` in ``folder`` from ``first`` to ``last`` (both included)."""
    result = CityCounts()
    for kiosk_dir in sorted(p for p in Path(folder).iterdir() if p.is_dir() and not p.name.startswith(".")):
        for path in sorted(kiosk_dir.iterdir()):
            match = _DAY_FILE.match(path.name)
            if not match or not path.is_file():
                continue
            try:
                day = date.fromisoformat(match.group(1))
            except ValueError:
                result.skipped[str(path)] = "its name is not a real date"
                continue
            if not first <= day <= last:
                continue
            try:
                result.counts.extend(_read_day(path, kiosk_dir.name, day))
                result.files += 1
            except (_Bad, OSError) as exc:
                result.skipped[str(path)] = str(exc)
    return result
