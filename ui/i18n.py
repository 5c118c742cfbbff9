"""Live language switching: Qt translators from translations/<lang>.qm, layout direction, font per script."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from kiosk.paths import TRANSLATIONS_DIR
from ui import fonts

RTL_LANGUAGES = ("ar", "fa_AF")


class Languages:
    """Installs the translator for one language at a time and tells every widget (LanguageChange)."""

    def __init__(self, app: QApplication, pseudo: bool = False) -> None:
        self.app = app
        self.pseudo = pseudo
        self.current = ""
        self._translator: QTranslator | None = None

    def qm_path(self, language: str):
        name = "pseudo.qm" if self.pseudo and (TRANSLATIONS_DIR / "pseudo.qm").exists() else f"{language}.qm"
        return TRANSLATIONS_DIR / name

    def set_language(self, language: str) -> None:
        if language == self.current:
            return
        self.current = language
        if self._translator is not None:
            self.app.removeTranslator(self._translator)
            self._translator = None
        path = self.qm_path(language)
        if path.exists():
            translator = QTranslator(self.app)
            if translator.load(str(path)):
                self.app.installTranslator(translator)
                self._translator = translator
        QLocale.setDefault(QLocale(language))
        self.app.setLayoutDirection(Qt.RightToLeft if language in RTL_LANGUAGES else Qt.LeftToRight)
        # Installing a translator posts LanguageChange; with no .qm file (English, or not translated
        # yet) nothing would, but directory text still changes language: tell every widget ourselves.
        if self._translator is not None:
            # Deliver now (app → top-level windows → every child), so the screen never shows a mix.
            QCoreApplication.sendPostedEvents(self.app, QEvent.LanguageChange)
            QCoreApplication.sendPostedEvents(None, QEvent.LanguageChange)
        else:
            for widget in self.app.topLevelWidgets():  # QWidget passes it on to all its children
                QCoreApplication.sendEvent(widget, QEvent(QEvent.LanguageChange))

    @staticmethod
    def font_family(language: str) -> str:
        return fonts.family_for(language)
