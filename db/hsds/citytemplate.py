"""A city-neutral questionnaire (``db/seed/template/questionnaire.json``) made a city's on import.

``{city}`` and ``{state}`` in any text are replaced with the names given; the ZIP centroids of the
"where" question come from a file (the Census ZCTA gazetteer, or ``zip,latitude,longitude``); the
fallback services (the cards a step shows when it has none) are the ids given, or else the
imported services linked to ``human-help`` (a 211 or 311 line), chosen when the links are known.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from db.errors import BadInput

PLACEHOLDERS = ("{city}", "{state}")
# How many services the import picks as fallbacks when none are named.
FALLBACK_COUNT = 2


@dataclass
class CityParams:
    """What makes a template a city's: names, fallback service ids, a ZIP centroid file."""

    city: str | None = None
    state: str | None = None
    fallback: list[str] = field(default_factory=list)
    zip_centroids: Path | None = None


def is_template(layer: Any) -> bool:
    text = json.dumps(layer, ensure_ascii=False)
    return any(p in text for p in PLACEHOLDERS)


def _fill(value: Any, names: dict[str, str]) -> Any:
    if isinstance(value, str):
        for placeholder, name in names.items():
            value = value.replace(placeholder, name)
        return value
    if isinstance(value, list):
        return [_fill(v, names) for v in value]
    if isinstance(value, dict):
        return {k: _fill(v, names) for k, v in value.items()}
    return value


def make_city(layer: dict[str, Any], params: CityParams, where: str) -> dict[str, Any]:
    """The questionnaire with the city's names and ZIP centroids; a template needs --city and --state."""
    if is_template(layer):
        missing = [name for name, value in (("--city", params.city), ("--state", params.state)) if not value]
        if missing:
            raise BadInput(f"{where} is a city-neutral template: give {' and '.join(missing)}")
        layer = _fill(layer, {"{city}": str(params.city).strip(), "{state}": str(params.state).strip()})
        directory = layer.setdefault("directory", {})
        if not directory.get("published"):
            directory["published"] = date.today().isoformat()
    if params.zip_centroids is not None:
        centroids = {**layer.get("zip_centroids", {}), **read_zip_centroids(params.zip_centroids)}
        layer = {**layer, "zip_centroids": centroids}
    return layer


def read_zip_centroids(path: Path) -> dict[str, tuple[float, float]]:
    """ZIP → (latitude, longitude) from ``zip,latitude,longitude`` CSV or the Census ZCTA gazetteer
    (tab-separated, ``GEOID … INTPTLAT INTPTLONG``)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise BadInput(f"{path}: file not found") from None
    except UnicodeDecodeError as exc:
        raise BadInput(f"{path}: not UTF-8 text (byte {exc.start})") from None
    lines = text.splitlines()
    delimiter = "\t" if lines and "\t" in lines[0] else ","
    reader = csv.DictReader(lines, delimiter=delimiter)
    header = {name.strip().lower(): name for name in reader.fieldnames or []}
    columns = next(((header[z], header[a], header[o]) for z, a, o in
                    (("zip", "latitude", "longitude"), ("geoid", "intptlat", "intptlong"))
                    if {z, a, o} <= set(header)), None)
    if columns is None:
        raise BadInput(f"{path}: expected columns zip,latitude,longitude (or the Census gazetteer's "
                       f"GEOID, INTPTLAT, INTPTLONG)")
    centroids = {}
    for row_number, row in enumerate(reader, start=2):
        zip_code, lat, lon = ((row.get(c) or "").strip() for c in columns)
        try:
            latitude, longitude = float(lat), float(lon)
        except ValueError:
            raise BadInput(f"{path} row {row_number}: latitude/longitude {lat!r}, {lon!r} is not a number") from None
        if not (len(zip_code) == 5 and zip_code.isdigit()) or not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise BadInput(f"{path} row {row_number}: {zip_code!r} at {lat}, {lon} is not a ZIP code and a place")
        centroids[zip_code] = (latitude, longitude)
    return centroids


def choose_fallback(params: CityParams, linked: dict[str, set[str]], services: list[str]) -> list[str]:
    """The fallback service ids: those given, else up to two services linked to ``human-help``."""
    if params.fallback:
        return params.fallback
    helpers = [sid for sid in services if "human-help" in linked.get(sid, set())]
    # Each id's first place in the directory, looked up (``services.index`` for each helper took a
    # second at 50,000 services).
    first: dict[str, int] = {}
    for place, sid in enumerate(services):
        first.setdefault(sid, place)
    # Fewer other terms first: a general help line before an office that also does other things.
    return sorted(helpers, key=lambda sid: (len(linked[sid]), first[sid]))[:FALLBACK_COUNT]
