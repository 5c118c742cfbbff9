"""Lists and dates written the visitor's way, from CLDR data (Babel): "A、B和C", "3 de diciembre de 2026".

Hand-made tables got Chinese and Arabic lists wrong (a Latin comma) and printed dates as ISO.
Numbers in dates stay in Latin digits where CLDR's default for the language does, as phone numbers do.
"""

from __future__ import annotations

from datetime import date

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.lists import format_list


def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def join_list(items: list[str], language: str) -> str:
    """``items`` as one list in ``language`` ("A, B, and C"; "A、B和C"; "A وB وC")."""
    return format_list(list(items), locale=_locale(language)) if items else ""


def long_date(day: date, language: str) -> str:
    """``day`` written out in ``language`` ("December 3, 2026"; "2026年12月3日"; "3 دسمبر 2026")."""
    return format_date(day, "long", locale=_locale(language))
