"""The languages the kiosk speaks, and what every part of Camino needs to know about each.

One table: screens (the language buttons, reading direction), the printout (direction),
read-aloud (the voice), the CLI and the config all read it here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """A language of the kiosk's interface and directory."""

    code: str  # Camino's code, as in translations/<code>.ts and the directory's per-locale texts
    autonym: str  # its name in itself, the way its speakers look for it on the language screen
    english: str
    rtl: bool = False
    voice: str = ""  # the espeak-ng voice that reads it aloud (Dari through the Persian voice)
    cldr: str = ""  # the CLDR locale for dates, numbers and list separators (Babel)


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English", voice="en-us", cldr="en_US"),
    Language("es", "Español", "Spanish", voice="es-419", cldr="es_US"),
    Language("vi", "Tiếng Việt", "Vietnamese", voice="vi", cldr="vi"),
    Language("zh_CN", "中文", "Chinese (Simplified)", voice="cmn", cldr="zh_Hans_CN"),
    Language("ar", "العربية", "Arabic", rtl=True, voice="ar", cldr="ar"),
    Language("fa_AF", "دری", "Dari", rtl=True, voice="fa", cldr="fa_AF"),
    Language("fr", "Français", "French", voice="fr-fr", cldr="fr"),
    Language("sw", "Kiswahili", "Swahili", voice="sw", cldr="sw"),
)
CODES: tuple[str, ...] = tuple(language.code for language in LANGUAGES)
_BY_CODE = {language.code: language for language in LANGUAGES}
# Scripts written right to left, for codes outside the kiosk's eight (a directory's own languages).
_RTL_BASES = ("ar", "fa", "prs", "ps", "ur", "he", "yi", "dv")


def language(code: str) -> Language:
    """The kiosk language ``code`` (``KeyError`` for one the kiosk does not speak)."""
    return _BY_CODE[code]


def is_rtl(code: str) -> bool:
    """Whether ``code`` (a kiosk language, or any ISO code such as ``ps`` or ``ur_PK``) is written right to left."""
    known = _BY_CODE.get(code)
    if known is not None:
        return known.rtl
    return code.replace("-", "_").split("_")[0].lower() in _RTL_BASES


def autonym(code: str) -> str:
    """The language's name in itself; the code itself for one the kiosk does not speak."""
    known = _BY_CODE.get(code)
    return known.autonym if known is not None else code
