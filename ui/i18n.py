"""Live language switching: Qt translators from translations/<lang>.qm and the layout direction.

The font needs no switching: the application font lists a family for every script (ui.fonts).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from kiosk.languages import is_rtl
from kiosk.paths import TRANSLATIONS_DIR
from ui.pseudo import PseudoTranslator, parse_mode

_lookup: dict[str, QTranslator] = {}


def translate_in(language: str, context: str, text: str) -> str:
    """``text`` of ``context`` in ``language``, whatever language the kiosk shows (the attract screen
    invites in every language in turn); the text itself where ``language`` has no translation of it."""
    if language not in _lookup:
        translator = QTranslator()
        translator.load(str(TRANSLATIONS_DIR / f"{language}.qm"))
        _lookup[language] = translator
    return _lookup[language].translate(context, text) or text


def forget_lookups() -> None:
    """Drop the translators of :func:`translate_in` (translations rebuilt)."""
    _lookup.clear()


class Languages:
    """Installs the translator for one language at a time and tells every widget (LanguageChange)."""

    def __init__(self, app: QApplication, pseudo: bool | str = False) -> None:
        self.app = app
        self.pseudo = parse_mode(pseudo)  # '' (off), 'ltr', or 'rtl' (pseudo text in a mirrored layout)
        self.current = ""
        self._translators: list[QTranslator] = []
        self._loaded: dict[str, list[QTranslator]] = {}  # each language's (see preload)

    def translators_for(self, language: str) -> list[QTranslator]:
        """The kiosk's own translator for ``language`` and Qt's (dialog buttons…), where they exist."""
        if self.pseudo:
            return [PseudoTranslator(self.app)]
        found = []
        own = QTranslator(self.app)
        if own.load(str(TRANSLATIONS_DIR / f"{language}.qm")):
            found.append(own)
        else:
            own.deleteLater()  # a child of the app: kept for ever otherwise, one more at every switch
        qt = QTranslator(self.app)  # qtbase_fa serves fa_AF; Qt has no vi or sw (translations/README.md)
        if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            found.append(qt)
        else:
            qt.deleteLater()
        return found

    def preload(self, language: str) -> list[QTranslator]:
        """``language``'s translators, read from disk the first time only: reading .qm files again at
        every switch was a good part of a language tap (all eight stay loaded: a few hundred kilobytes)."""
        if language not in self._loaded:
            self._loaded[language] = self.translators_for(language)
        return self._loaded[language]

    def set_language(self, language: str) -> None:
        if language == self.current:
            return
        self.current = language
        kept = [t for loaded in self._loaded.values() for t in loaded]
        for translator in self._translators:
            self.app.removeTranslator(translator)
            if translator not in kept:
                translator.deleteLater()  # a child of the app: kept for ever otherwise
        self._translators = self.translators_for(language) if self.pseudo else self.preload(language)
        for translator in self._translators:
            self.app.installTranslator(translator)
        QLocale.setDefault(QLocale(language))
        rtl = is_rtl(language) or self.pseudo == "rtl"
        self.app.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
        # Installing a translator posts LanguageChange; with no .qm file (English, or not translated
        # yet) nothing would, but directory text still changes language: tell every widget ourselves.
        if self._translators:
            # Deliver now (app → top-level windows → every child), so the screen never shows a mix.
            QCoreApplication.sendPostedEvents(self.app, QEvent.LanguageChange)
            QCoreApplication.sendPostedEvents(None, QEvent.LanguageChange)
        else:
            for widget in self.app.topLevelWidgets():  # QWidget passes it on to all its children
                QCoreApplication.sendEvent(widget, QEvent(QEvent.LanguageChange))

    def set_pseudo(self, mode: bool | str) -> None:
        """Switch pseudo-translation on ('ltr', 'rtl') or off ('') for the current language, live."""
        self.pseudo = parse_mode(mode)
        self._loaded.clear()  # (their files may have been rebuilt meanwhile)
        language, self.current = self.current, ""
        if language:
            self.set_language(language)
