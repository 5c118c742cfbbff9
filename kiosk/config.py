"""The kiosk's settings, declared once, typed, with defaults.

A missing config file means the defaults: the bundled Albuquerque demo directory and the
Albuquerque Main Library as the kiosk's location. ``load()`` rejects unknown keys and wrong
types with a sentence naming the key, so a typo in the file is found at start, not later.
"""

from __future__ import annotations

import dataclasses
import math
import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, get_type_hints

import tomli_w

from kiosk import paths
from kiosk.errors import BadInput
from kiosk.languages import CODES

LANGUAGES = CODES  # kiosk/languages.py


@dataclass
class KioskSection:
    id: str = "abq-main-library"
    location_name: str = "Albuquerque Main Library"
    # Downtown Albuquerque (Main Library, 501 Copper Ave NW): used for "near this kiosk".
    latitude: float = 35.0853
    longitude: float = -106.6505
    zip: str = "87102"


@dataclass
class DirectorySection:
    # Empty: the installed directory under the data folder, built from the demo seed on first run.
    path: str = ""
    seed: str = "albuquerque"
    # Services not checked with their organization for this long carry "may be out of date — call first".
    stale_after_months: int = 18


@dataclass
class SessionSection:
    idle_timeout_s: int = 90
    countdown_s: int = 20
    languages: list[str] = field(default_factory=lambda: list(LANGUAGES))


@dataclass
class PrintingSection:
    # Empty: the system's default printer.
    printer: str = ""
    paper: str = "letter"
    bilingual: bool = False


@dataclass
class OnlineSection:
    # Where a pathway can be opened on a phone, e.g. "https://camino.example.org/p"; empty: the QR
    # code carries the pathway's text instead.
    pathway_url: str = ""


@dataclass
class SyncSection:
    url: str = ""
    pubkey: str = ""
    interval_minutes: int = 60
    timeout_s: float = 30.0


@dataclass
class InsightsSection:
    upload_url: str = ""


@dataclass
class StaffSection:
    pin_hash: str = ""


@dataclass
class MonitoringSection:
    # A folder node_exporter's textfile collector reads (e.g. /var/lib/prometheus/node-exporter);
    # empty: the app writes no .prom file.
    textfile_dir: str = ""
    interval_s: int = 60


@dataclass
class Config:
    kiosk: KioskSection = field(default_factory=KioskSection)
    directory: DirectorySection = field(default_factory=DirectorySection)
    session: SessionSection = field(default_factory=SessionSection)
    printing: PrintingSection = field(default_factory=PrintingSection)
    online: OnlineSection = field(default_factory=OnlineSection)
    sync: SyncSection = field(default_factory=SyncSection)
    insights: InsightsSection = field(default_factory=InsightsSection)
    staff: StaffSection = field(default_factory=StaffSection)
    monitoring: MonitoringSection = field(default_factory=MonitoringSection)
    source: Path | None = field(default=None, compare=False)

    def to_toml(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data.pop("source")
        return data


def _check_type(where: str, value: Any, expected: Any) -> Any:
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    origin = getattr(expected, "__origin__", None)
    if origin is list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise BadInput(f"config: {where} must be a list of strings")
        return value
    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        raise BadInput(f"config: {where} must be {expected.__name__}, not {type(value).__name__}")
    return value


def _section_from(name: str, cls: type, raw: Any) -> Any:
    if not isinstance(raw, dict):
        raise BadInput(f"config: [{name}] must be a table")
    hints = get_type_hints(cls)
    values = {}
    for key, value in raw.items():
        if key not in hints:
            raise BadInput(f"config: unknown setting {name}.{key}")
        values[key] = _check_type(f"{name}.{key}", value, hints[key])
    return cls(**values)


def load(path: Path | None = None) -> Config:
    """Read the config file (``--config``, ``$CAMINO_CONFIG`` or the default place)."""
    path = path or paths.config_path()
    if not path.exists():
        if path == paths.config_path() or not os.fspath(path):
            return Config(source=path)
        raise BadInput(f"config file not found: {path}")
    from db.input_guard import decode_text, parse_toml, read_bytes  # no pipe, no huge or deep file

    what = f"config file {path}"
    raw = parse_toml(decode_text(read_bytes(path, "config file"), what), what)
    sections = {f.name: f for f in fields(Config) if f.name != "source"}
    values: dict[str, Any] = {}
    for name, raw_section in raw.items():
        if name not in sections:
            raise BadInput(f"config: unknown section [{name}]")
        values[name] = _section_from(name, sections[name].default_factory, raw_section)
    config = Config(**values, source=path)
    validate(config)
    return config


# Every number in the config and the range a kiosk works with, checked at load. QTimer counts in
# 32-bit milliseconds (24.8 days), so no interval may reach that; a timeout of 0, nan or inf makes
# every sync fail.
RANGES: dict[str, tuple[float, float]] = {
    "kiosk.latitude": (-90.0, 90.0),
    "kiosk.longitude": (-180.0, 180.0),
    "session.idle_timeout_s": (10, 3600),
    "session.countdown_s": (5, 120),
    "sync.interval_minutes": (1, 7 * 24 * 60),
    "sync.timeout_s": (1.0, 600.0),
    "monitoring.interval_s": (5, 3600),
    "directory.stale_after_months": (1, 120),
}


def check_ranges(config: Config) -> None:
    """Raise :class:`BadInput` naming the first numeric setting outside its range (nan and inf included)."""
    for key, (low, high) in RANGES.items():
        section, name = key.split(".")
        value = getattr(getattr(config, section), name)
        if not (math.isfinite(value) and low <= value <= high):
            raise BadInput(f"config: {key} must be between {low:g} and {high:g}, not {value!r}")


def validate(config: Config) -> None:
    """Reject values that parse but make no sense."""
    check_ranges(config)
    if config.printing.paper not in ("letter", "a4"):
        raise BadInput("config: printing.paper must be \"letter\" or \"a4\"")
    unknown = [lang for lang in config.session.languages if lang not in LANGUAGES]
    if unknown or not config.session.languages:
        raise BadInput(f"config: session.languages must be some of {', '.join(LANGUAGES)}")
    url = config.online.pathway_url
    # The phone page names its files relative to its own address: it must be the web/ folder itself.
    if url and (not url.startswith(("https://", "http://")) or "#" in url
                or not url.split("?")[0].endswith(("/", "/index.html"))):
        raise BadInput("config: online.pathway_url must be the phone page's http(s) address ending in / "
                       "(the bundle's web/ folder), without a #")
    if len(url.encode("utf-8")) > 80:  # the rest of a 160-byte link, in a small QR code, is the pathway's
        raise BadInput("config: online.pathway_url must be at most 80 bytes, to leave room for the pathway")


def save(config: Config, path: Path | None = None) -> Path:
    """Write the config atomically (a kiosk may lose power at any moment), readable by its owner only
    (it holds the staff PIN's hash). An existing file keeps its comments, order and layout: only the
    values that changed are rewritten."""
    from db.atomic import write_atomically

    path = path or config.source or paths.config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        existing = path.read_text(encoding="utf-8") if path.is_file() else None
    except (OSError, UnicodeDecodeError):
        existing = None
    text = _edited(existing, config) if existing is not None else tomli_w.dumps(config.to_toml())
    write_atomically(path, text.encode("utf-8"), 0o600)
    return path


def _edited(existing: str, config: Config) -> str:
    """``existing`` TOML with ``config``'s values changed in place (tomlkit keeps comments)."""
    import tomlkit

    try:
        document = tomlkit.parse(existing)
    except Exception:  # tomlkit's parse errors share no base class; load() already refused bad TOML
        return tomli_w.dumps(config.to_toml())
    defaults = Config().to_toml()
    for section, values in config.to_toml().items():
        table = document.get(section)
        for key, value in values.items():
            if table is not None and key in table:
                if table[key] != value:
                    table[key] = value
            elif value != defaults[section][key]:
                if table is None:
                    document[section] = table = tomlkit.table()
                table[key] = value
    return tomlkit.dumps(document)
