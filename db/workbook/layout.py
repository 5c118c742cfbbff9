"""Sheets and columns of the directory workbook, shared by the writer and the reader.

A cell that holds a list (phones, hours, documents, languages) has one item per line; an item with a
note or description has it after `` | ``. Sub-records (a phone, a document, an opening-hours line) are
named ``<owner>:<kind>:<n>`` so that their translations can be found by row.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

YES, NO = "yes", "no"
STATUSES = ("active", "inactive", "defunct")
TRANSLATION_STATUSES = ("machine-draft", "reviewed")
DECISIONS = ("accept", "reject", "add")
QUESTION_KINDS = ("single", "multi", "zip")
# Taxonomy terms shown as yes/no columns of the Services sheet instead of inside "steps".
FLAG_COLUMNS = {"free": "free", "accepts ITIN": "accepts-itin", "no SSN needed": "no-ssn-needed"}
SEPARATOR = " | "
# The pictures an option can show (the kiosk's own icon set; an unknown name shows a neutral icon).
ICONS_DIR = Path(__file__).resolve().parents[2] / "assets" / "icons"
NOT_OPTION_ICONS = {"camino-logo", "camino-mark", "back", "next", "restart", "skip", "backspace", "check",
                    "contrast", "text-size", "print", "touch", "edit", "globe", "face-happy", "face-neutral",
                    "face-sad"}


@lru_cache(maxsize=1)
def option_icons() -> tuple[str, ...]:
    """Names of the icons an option may use, from the kiosk's icon folder."""
    return tuple(sorted(p.stem for p in ICONS_DIR.glob("*.svg") if p.stem not in NOT_OPTION_ICONS))

README = "README"
ORGANIZATIONS = "Organizations"
SERVICES = "Services"
LOCATIONS = "Locations"
SOURCES = "Sources"
TRANSLATIONS = "Translations"
QUESTIONS = "Questions"
STEPS = "Steps"
TERMS = "Terms"
SETTINGS = "Settings"
ZIPS = "ZIP codes"
MAPPING = "Mapping"

ORGANIZATION_COLUMNS = ("id", "name", "description", "website", "email", "phones")
SERVICE_COLUMNS = ("id", "organization", "name", "description", "phone", "locations", "hours",
                   "languages spoken", "cost", "free", "accepts ITIN", "no SSN needed", "documents to bring",
                   "who can use it", "how to apply", "website", "email", "alert", "status", "last verified",
                   "verified by", "steps")
LOCATION_COLUMNS = ("id", "organization", "name", "description", "transportation", "street", "city", "state",
                    "ZIP", "country", "latitude", "longitude", "phones", "hours")
SOURCE_COLUMNS = ("record", "field", "url", "checked", "note")
MAPPING_COLUMNS = ("service", "step term", "suggested because", "decision", "note")
ZIP_COLUMNS = ("ZIP", "latitude", "longitude")

# What each service column holds in the seed's service record (text fields that are translated).
SERVICE_TEXT = {"name": "name", "description": "description", "cost": "fees_description",
                "who can use it": "eligibility_description", "how to apply": "application_process",
                "alert": "alert"}
WIDTHS = {"id": 26, "organization": 22, "name": 32, "description": 60, "record": 30, "field": 22,
          "english": 50, "url": 40, "website": 34, "steps": 40, "phones": 34, "phone": 34, "hours": 34,
          "address": 30, "how to apply": 50, "cost": 34, "who can use it": 40, "documents to bring": 40}


def lang_column(field: str, lang: str) -> str:
    """The header of a text column in one language, e.g. ``text (es)``."""
    return f"{field} ({lang})"


def status_column(lang: str) -> str:
    """The header of a translation's review status column, e.g. ``es status``."""
    return f"{lang} status"
