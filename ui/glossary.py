"""Short plain explanations of the acronyms a visitor meets (SSN, ITIN, EIN), where they first appear.

The directory writes them as they are in every language ("我有ITIN", "Pata EIN"): a visitor new to
the United States may never have heard them. The explanations are interface strings, translated
with the rest of the kiosk's words.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TERMS = {
    "SSN": QT_TRANSLATE_NOOP("Glossary", "SSN: Social Security number, the U.S. government's number for a "
                                         "person who may work in the U.S."),
    "ITIN": QT_TRANSLATE_NOOP("Glossary", "ITIN: a tax number from the IRS for people who cannot get an SSN. "
                                          "It is free."),
    "EIN": QT_TRANSLATE_NOOP("Glossary", "EIN: your business's tax number from the IRS. It is free."),
}
# Latin letters on neither side: "申请EIN" has no word boundary before the E.
_FOUND = re.compile(r"(?<![A-Za-z])(" + "|".join(TERMS) + r")(?![A-Za-z])")


def terms_in(*texts: str) -> list[str]:
    """The acronyms of :data:`TERMS` in ``texts``, in the order they first appear."""
    found = _FOUND.findall(" ".join(texts))
    return list(dict.fromkeys(found))


def explain(terms: list[str]) -> str:
    """One line per term, in the kiosk's language."""
    return "\n".join(QCoreApplication.translate("Glossary", TERMS[term]) for term in terms)
