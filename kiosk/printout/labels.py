"""Words printed around the directory's data, marked for translation in the ``Printout`` context.

Their translations live in ``translations/<lang>.ts`` with the screens' words (one review in Qt
Linguist; ``translations/README.md``), read without Qt by :mod:`kiosk.translations`. English is the
source. Placeholders: {n} a number, {total} the page count, {date} a date, {place} the kiosk's place.
"""

from __future__ import annotations

from functools import lru_cache

from kiosk.translations import QT_TRANSLATE_NOOP, language_file, translate

CONTEXT = "Printout"
# key -> English source text; lupdate finds each QT_TRANSLATE_NOOP and lists it for translators.
SOURCES: dict[str, str] = {
    "see_step": QT_TRANSLATE_NOOP("Printout", "See step {n}"),
    "title": QT_TRANSLATE_NOOP("Printout", "Your business pathway"),
    "printed_at": QT_TRANSLATE_NOOP("Printout", "Printed at {place} on {date}"),
    "step": QT_TRANSLATE_NOOP("Printout", "Step {n}"),
    "why": QT_TRANSLATE_NOOP("Printout", "Why this step"),
    "services": QT_TRANSLATE_NOOP("Printout", "Who can help"),
    "no_service": QT_TRANSLATE_NOOP("Printout", "No service in this directory matches this step yet. Ask 311 or "
                                                "the Office of Immigrant and Refugee Affairs."),
    "phone": QT_TRANSLATE_NOOP("Printout", "Phone"),
    "address": QT_TRANSLATE_NOOP("Printout", "Address"),
    "hours": QT_TRANSLATE_NOOP("Printout", "Hours"),
    "languages": QT_TRANSLATE_NOOP("Printout", "Languages spoken"),
    "cost": QT_TRANSLATE_NOOP("Printout", "Cost"),
    "free": QT_TRANSLATE_NOOP("Printout", "Free"),
    "itin": QT_TRANSLATE_NOOP("Printout", "Accepts ITIN (no Social Security number needed)"),
    "documents": QT_TRANSLATE_NOOP("Printout", "Documents to bring"),
    "website": QT_TRANSLATE_NOOP("Printout", "Website"),
    "how_to_apply": QT_TRANSLATE_NOOP("Printout", "How to apply"),
    "verified": QT_TRANSLATE_NOOP("Printout", "Information last checked on {date}"),
    "not_verified": QT_TRANSLATE_NOOP("Printout", "Information not yet verified"),
    "out_of_date": QT_TRANSLATE_NOOP("Printout", "May be out of date: call first"),
    "in_english": QT_TRANSLATE_NOOP("Printout", "(in English)"),
    "unmatched": QT_TRANSLATE_NOOP("Printout", "Needs this directory has no service for yet"),
    "help_title": QT_TRANSLATE_NOOP("Printout", "Need a person to help?"),
    "page": QT_TRANSLATE_NOOP("Printout", "Page {n} of {total}"),
    "scan_service": QT_TRANSLATE_NOOP("Printout", "Scan for the website"),
    "scan_pathway": QT_TRANSLATE_NOOP("Printout", "Scan to open this pathway on your phone"),
}


def labels_for(language: str) -> dict[str, str]:
    """The labels in ``language`` (its base language, else English), keyed as :data:`SOURCES`.

    The same dict for every language the same file serves, so callers can tell English from a
    translation by identity as well as by text. Treat it as read-only.
    """
    path = language_file(language)
    return _labels(path.stem if path else "en")


@lru_cache(maxsize=16)
def _labels(code: str) -> dict[str, str]:
    return {key: translate(code, CONTEXT, source) for key, source in SOURCES.items()}
