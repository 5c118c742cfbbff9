"""Words of the phone page and the text QR code, marked for translation in the ``PhonePage`` context.

The printout's labels (:mod:`kiosk.printout.labels`) give the shared ones (step, phone, hours, how
to apply…); these are the words only a phone needs. Their translations live in
``translations/<lang>.ts`` with every other word of Camino's (:mod:`kiosk.translations`).
Placeholders: {steps}, {services} counts.
"""

from __future__ import annotations

from kiosk.printout.labels import labels_for
from kiosk.translations import QT_TRANSLATE_NOOP, translate

CONTEXT = "PhonePage"
# key -> English source text (lupdate lists each QT_TRANSLATE_NOOP for translators).
SOURCES: dict[str, str] = {
    "language": QT_TRANSLATE_NOOP("PhonePage", "Language"),
    "print": QT_TRANSLATE_NOOP("PhonePage", "Print"),
    "call": QT_TRANSLATE_NOOP("PhonePage", "Call"),
    "map": QT_TRANSLATE_NOOP("PhonePage", "Open in maps"),
    "loading": QT_TRANSLATE_NOOP("PhonePage", "Opening your pathway…"),
    "no_pathway": QT_TRANSLATE_NOOP("PhonePage", "This link holds no pathway. These people can help you find one."),
    "changed": QT_TRANSLATE_NOOP("PhonePage", "The directory has been updated since the kiosk made this code. "
                                              "These are today's services for your steps."),
    "gone": QT_TRANSLATE_NOOP("PhonePage", "This service is no longer in the directory."),
    "private": QT_TRANSLATE_NOOP("PhonePage", "Your pathway is stored only in this link, on your phone. Nothing "
                                              "about you was sent to this website."),
    "offline_error": QT_TRANSLATE_NOOP("PhonePage", "This page could not load its directory. Connect to the "
                                                    "internet and open the link again."),
    "left_out": QT_TRANSLATE_NOOP("PhonePage", "Not shown here: {steps} steps, {services} services. Print the "
                                               "pathway to see them all."),
    "skip": QT_TRANSLATE_NOOP("PhonePage", "Skip to your pathway"),
}

# The printout's words the phone page shows too.
SHARED = ("title", "step", "why", "services", "no_service", "phone", "address", "hours", "languages", "cost",
          "free", "itin", "documents", "website", "how_to_apply", "verified", "not_verified", "in_english",
          "help_title")


def phone_words(language: str) -> dict[str, str]:
    """Every word the phone page needs in ``language`` (English for any word not yet translated)."""
    labels = labels_for(language)
    words = {key: labels[key] for key in SHARED}
    words.update((key, translate(language, CONTEXT, source)) for key, source in SOURCES.items())
    return words
