"""Languages on the running kiosk: live switching on every screen, Qt's own words, right-to-left, fonts, markers."""

from __future__ import annotations

import json
import re
import unicodedata

import pytest
from language_walk import kiosk_window, screens_of_a_visit, settle
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QRawFont, QTextLayout
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel

from kiosk.config import LANGUAGES
from kiosk.languages import is_rtl
from kiosk.paths import ASSETS_DIR
from ui import translations_build
from ui.screens.attract import GREETING
from ui.widgets.text import LRI, PDI, PlainLabel

OTHERS = [lang for lang in LANGUAGES if lang != "en"]
RTL = tuple(code for code in LANGUAGES if is_rtl(code))


@pytest.fixture(scope="module")
def window(qapp, tmp_path_factory, demo_db_path):
    with kiosk_window(tmp_path_factory.mktemp("qm"), demo_db_path) as window:
        yield window


def translations(language: str) -> dict[str, str]:
    """English source → this language, for the entries whose translation differs from the English."""
    found = {}
    for message, element in translations_build.messages(translations_build.TRANSLATIONS_DIR / f"{language}.ts").items():
        text = "".join(element.find("translation").itertext()).strip()
        # The attract screen's greeting cycles through every language, whatever the kiosk's is.
        if text and text != message.source and not message.plural and message.source != GREETING:
            found[message.source] = text
    return found


def shown_texts(window) -> set[str]:
    texts = set()
    for widget in [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]:
        if widget.isVisibleTo(window) and widget.text().strip():
            texts.add(widget.text().strip())
    return texts


def directory_texts(window) -> set[str]:
    """Directory text on the pathway (it may be English, with its marker, when the data has no translation)."""
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            found.add(value.strip())
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    if window.session.pathway is not None:
        walk(window.session.pathway.to_json())
    return found


def test_switching_language_on_any_screen_retranslates_it_at_once(window):
    english = {lang: translations(lang) for lang in OTHERS}
    # Every screen switches into two languages, and over the visit every language is switched into
    # on several screens (all 7 on all 15 screens would take most of a minute for little more).
    for number, (name, show) in enumerate(screens_of_a_visit(window, "en")):
        for language in (OTHERS[number % len(OTHERS)], OTHERS[(number + 3) % len(OTHERS)]):
            show()
            window.switch_language(language)
            settle()
            texts = shown_texts(window)
            stale = {t for t in texts if t in english[language]} - directory_texts(window)
            assert not stale, f"{name} after switching to {language} still shows English: {stale}"
            assert texts & set(english[language].values()), f"{name} shows nothing translated into {language}"
        window.switch_language("en")
        window.picker.hide()
        window.still_there.cancel()


QT_CANCEL = {"en": "Cancel", "es": "Cancelar", "fr": "Annuler", "zh_CN": "取消", "ar": "ألغِ", "fa_AF": "انصراف",
             # Qt ships no Vietnamese or Swahili (translations/README.md): its own words stay English.
             "vi": "Cancel", "sw": "Cancel"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_qts_own_words_follow_the_language(window, language):
    box = QDialogButtonBox(QDialogButtonBox.Cancel)
    try:
        window.switch_language(language)
        assert box.button(QDialogButtonBox.Cancel).text() == QT_CANCEL[language]
        window.switch_language("en")
        assert box.button(QDialogButtonBox.Cancel).text() == "Cancel"
    finally:
        box.deleteLater()


def arrow_direction(button) -> str:
    """Which way the arrow drawn on ``button`` points ('left' or 'right'), read from its pixels.

    The icon is the group of dark columns nearest the button's leading edge; a chevron's tip is the
    point of its middle row that sticks out furthest.
    """
    # Grabbed through the window, as it is on screen: Qt mirrors the icon when it paints the window,
    # not when the button alone is grabbed.
    window = button.window()
    image = window.grab(QRect(button.mapTo(window, QPoint(0, 0)), button.size())).toImage()
    w, h = image.width(), image.height()
    rows = range(h // 5, h - h // 5)
    background = image.pixelColor(w // 2, h // 8)  # inside the border, above the text

    def inked(x: int, y: int) -> bool:
        c = image.pixelColor(x, y)
        return abs(c.red() - background.red()) + abs(c.green() - background.green()) \
            + abs(c.blue() - background.blue()) > 150

    ink = [[inked(x, y) for y in rows] for x in range(w)]
    columns = [x for x in range(6, w - 6) if any(ink[x])]  # inside the border
    groups: list[list[int]] = []
    for x in columns:
        if groups and x - groups[-1][-1] <= 3:
            groups[-1].append(x)
        else:
            groups.append([x])
    icon = groups[-1] if button.layoutDirection() == Qt.RightToLeft else groups[0]
    points = [(x, y) for x in icon for y, dark in enumerate(ink[x]) if dark]
    middle = (min(y for _, y in points) + max(y for _, y in points)) / 2
    tip = [x for x, y in points if abs(y - middle) <= 1]
    ends = [x for x, y in points if abs(y - middle) > (max(y for _, y in points) - middle) * 0.8]
    return "left" if sum(tip) / len(tip) < sum(ends) / len(ends) else "right"


@pytest.mark.parametrize("mode", [*LANGUAGES, "pseudo-rtl"])
def test_right_to_left_languages_mirror_the_layout_and_the_arrows(window, mode):
    window.languages.set_pseudo("rtl" if mode == "pseudo-rtl" else "")
    try:
        for name, _show in screens_of_a_visit(window, "en" if mode == "pseudo-rtl" else mode):
            if name == "q:needs":
                break
        settle()
        rtl = mode in (*RTL, "pseudo-rtl")
        assert QApplication.layoutDirection() == (Qt.RightToLeft if rtl else Qt.LeftToRight)
        logo_x = window.logo.mapTo(window, window.logo.rect().center()).x()
        assert (logo_x > window.width() / 2) == rtl, "the logo starts the header on the reading side"
        back_x = window.back_button.mapTo(window, window.back_button.rect().center()).x()
        assert (back_x > window.width() / 2) == rtl, "Back sits where reading starts"
        assert arrow_direction(window.back_button) == ("right" if rtl else "left"), "Back points the way back"
        assert arrow_direction(window.next_button) == ("left" if rtl else "right"), "Next points the way on"
    finally:
        window.languages.set_pseudo("")


def _visit_to(window, language: str, page: str):
    for name, _show in screens_of_a_visit(window, language):
        if name == page:
            return


@pytest.mark.parametrize("language", RTL)
def test_phone_numbers_zip_codes_and_web_addresses_stay_left_to_right(window, language):
    _visit_to(window, language, "zip-keypad")
    assert window.current_screen().digits.text() == f"{LRI}87105{PDI}"
    _visit_to(window, language, "pathway")
    texts = [w.text() for w in window.pathway_screen.findChildren(QLabel)]
    phones = [t for t in texts if t.strip(LRI + PDI).replace("-", "").replace(" ", "").isdigit()]
    # A bare web address (a sentence that names one, "Apply online on irs.gov.", is text, not an address).
    urls = [t for t in texts if ("http" in t or "www." in t or ".gov" in t or ".org" in t)
            and " " not in t.strip(LRI + PDI)]
    assert phones and urls
    for text in phones + urls:
        assert text.startswith(LRI) and text.endswith(PDI), text


def _bundled_fonts() -> list[QRawFont]:
    return [QRawFont(str(path), 16) for path in sorted((ASSETS_DIR / "fonts").glob("*.ttf"))]


@pytest.mark.parametrize(("language", "family"), [("ar", "Noto Sans Arabic"), ("fa_AF", "Noto Sans Arabic"),
                                                  ("zh_CN", "Camino WenKai"), ("vi", "Noto Sans")])
def test_every_script_is_drawn_with_a_bundled_font_no_tofu(window, language, family):
    fonts = _bundled_fonts()
    assert fonts and all(f.isValid() for f in fonts)
    for name, show in screens_of_a_visit(window, language):
        show()
        settle()
        for label in window.findChildren(QLabel):
            if not label.isVisibleTo(window) or not label.text().strip():
                continue
            for ch in label.text():
                if unicodedata.category(ch) in ("Cc", "Cf", "Zs", "Zl") or ch.isascii():
                    continue
                assert any(f.supportsCharacter(ord(ch)) for f in fonts), f"{name}: no bundled font has {ch!r}"
        if name == "q:needs":  # the font that really draws the title's own script
            title = window.current_screen().title
            layout = QTextLayout(title.text(), title.font())
            layout.beginLayout()
            layout.createLine()
            layout.endLayout()
            assert family in {run.rawFont().familyName() for run in layout.glyphRuns()}
        window.still_there.cancel()
        window.picker.hide()


@pytest.fixture(scope="module")
def partly_translated_window(qapp, tmp_path_factory, partly_translated_db_path):
    with kiosk_window(tmp_path_factory.mktemp("qm"), partly_translated_db_path) as window:
        yield window


@pytest.mark.parametrize("language", OTHERS)
def test_english_fallback_is_marked_in_the_visitors_language(partly_translated_window, language):
    window = partly_translated_window
    _visit_to(window, language, "pathway")
    markers = {w.text() for w in window.pathway_screen.findChildren(QLabel) if w.property("role") == "marker"
               and w.text()}
    in_english = re.search(r'"in_english": \[[^\]]', json.dumps(window.session.pathway.to_json()))
    if language == "es":  # translated: nothing falls back, nothing is marked
        assert not in_english and not markers
    else:
        assert in_english, "the pathway should hold English-only directory text in this language"
        assert markers == {translations(language)["in English"]}, "English-only text must carry its marker"


@pytest.mark.parametrize("language", [*RTL, "es"])
def test_every_label_starts_on_the_reading_side_of_every_screen(window, language):
    # Screens not on show line up only when shown (ui.screens.catch_up): check each as the visit shows it,
    # in a right-to-left language and back in a left-to-right one, so both changes of direction are covered.
    side = Qt.AlignRight if language in RTL else Qt.AlignLeft
    for name, show in screens_of_a_visit(window, language):
        show()
        settle()
        for label in window.findChildren(PlainLabel):
            if not label.isVisibleTo(window) or not label.text() or label.alignment() & Qt.AlignHCenter:
                continue
            assert label.alignment() & side and label.alignment() & Qt.AlignAbsolute, (name, label.text())
        window.still_there.cancel()
        window.picker.hide()


@pytest.mark.parametrize("language", ["es", "ar"])
def test_screens_shown_after_a_language_change_are_in_that_language(window, language):
    # Screens not on show at the change catch up when shown (ui.screens.catch_up): walk a whole visit
    # whose language was chosen on the first screen and look at each screen as it comes.
    english = translations(language)
    for name, show in screens_of_a_visit(window, language):
        show()
        settle()
        texts = shown_texts(window)
        stale = {t for t in texts if t in english} - directory_texts(window)
        assert not stale, f"{name} still shows English: {stale}"
        window.still_there.cancel()
        window.picker.hide()
