"""The kiosk's own words (printout, phone page, read-aloud) come from the same .ts files as the screens'."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kiosk.config import LANGUAGES
from kiosk.paths import REPO_ROOT, TRANSLATIONS_DIR
from kiosk.printout import labels
from kiosk.speech import words as speech_words
from kiosk.translations import entries, language_file, translate
from kiosk.web import words as phone_words
from ui import translations_build as build

MARKED = [(module.CONTEXT, module.SOURCES) for module in (labels, phone_words, speech_words)]


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_every_kiosk_word_has_its_own_translation_in_every_language(language):
    found = entries(TRANSLATIONS_DIR / f"{language}.ts")
    missing = [(context, source) for context, sources in MARKED for source in sources.values()
               if (context, source) not in found]
    assert missing == [], f"{language}.ts lacks {missing[:3]}"


def test_the_printout_reads_its_labels_from_the_ts_files():
    assert labels.labels_for("es")["title"] == "Su ruta para su negocio"
    assert labels.labels_for("fa_AF")["phone"] == "تلفون"
    assert labels.labels_for("en")["title"] == "Your business pathway"
    # A regional variant takes its base language; a language the kiosk does not speak, English.
    assert labels.labels_for("es_MX") is labels.labels_for("es")
    assert labels.labels_for("de") is labels.labels_for("en")
    assert phone_words.phone_words("vi")["call"] == "Gọi" and phone_words.phone_words("vi")["step"] == "Bước {n}"
    assert speech_words.word("sw", "step", n=2) == "Hatua 2"  # read-aloud's own "Step", not the printout's


def test_language_file_only_names_the_kiosks_own_files(tmp_path):
    assert language_file("zh_CN", tmp_path) == tmp_path / "zh_CN.ts"
    assert language_file("fr_CA", tmp_path) == tmp_path / "fr.ts"
    assert language_file("en", tmp_path) is None and language_file("en_GB", tmp_path) is None
    assert language_file("zh_TW", tmp_path) is None  # no "zh" file: English rather than a guess
    assert language_file("../../etc/passwd", tmp_path) is None


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Printout</name>
    <message><source>Phone</source><translation>Téléphone</translation></message>
    <message><source>Cost</source><translation type="unfinished">Coût</translation></message>
    <message><source>Hours</source><translation type="unfinished"></translation></message>
    <message><source>Fax</source><translation type="obsolete">Télécopie</translation></message>
    <message><source>Pager</source><translation type="vanished">Bipeur</translation></message>
    <message numerus="yes"><source>%n page(s)</source><translation><numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform></translation></message>
</context>
<context>
    <name>PhonePage</name>
    <message><source>Phone</source><translation>Tél.</translation></message>
</context>
</TS>
"""


def test_reader_takes_what_lrelease_would_and_falls_back_to_the_source(tmp_path, caplog):
    (tmp_path / "fr.ts").write_text(TS, encoding="utf-8")
    assert translate("fr", "Printout", "Phone", tmp_path) == "Téléphone"
    assert translate("fr", "PhonePage", "Phone", tmp_path) == "Tél."  # the context tells them apart
    assert translate("fr", "Printout", "Cost", tmp_path) == "Coût"  # a draft still shows, as on screen
    for gone in ("Hours", "Fax", "Pager", "%n page(s)", "Never marked"):
        assert translate("fr", "Printout", gone, tmp_path) == gone
    assert translate("es", "Printout", "Phone", tmp_path) == "Phone"  # no es.ts here
    (tmp_path / "vi.ts").write_text("<TS><context><name>Printout", encoding="utf-8")
    assert translate("vi", "Printout", "Phone", tmp_path) == "Phone"  # broken file: English, no crash
    assert "vi.ts unreadable" in caplog.text and "es.ts unreadable" in caplog.text


KIOSK_SOURCE = '''
from kiosk.translations import QT_TRANSLATE_NOOP, translate

WORDS = {
    "see": QT_TRANSLATE_NOOP("Printout", "See step {n}"),
    "long": QT_TRANSLATE_NOOP("Printout", "Ask 311 or "
                                          "the office."),
}
cleaned = "abc".translate({})
'''


def _french(message: build.Message):
    return {"See step {n}": "Voir l'étape {n}", "Ask 311 or the office.": "Demandez au 311."}.get(message.source)


def test_lupdate_extracts_the_kiosk_marker_and_the_reader_reads_what_linguist_writes(tmp_path):
    kiosk = tmp_path / "kiosk"
    kiosk.mkdir()
    (kiosk / "words.py").write_text(KIOSK_SOURCE, encoding="utf-8")
    folder = tmp_path / "translations"
    folder.mkdir()
    files = build.sources(kiosk)
    build.update(folder, files)
    assert {(m.context, m.source) for m in build.messages(folder / "fr.ts")} == {
        ("Printout", "See step {n}"), ("Printout", "Ask 311 or the office.")}  # joined as Python joins them
    assert any(p.startswith("fr.ts has 2 unfinished entries") for p in build.check(folder, files))
    for ts in folder.glob("*.ts"):
        build.fill(ts, _french)
    assert build.check(folder, files) == []
    assert translate("fr", "Printout", "See step {n}", folder).format(n=4) == "Voir l'étape 4"
    assert translate("en", "Printout", "See step {n}", folder) == "See step {n}"


def test_check_fails_when_a_translation_loses_or_invents_a_placeholder(tmp_path):
    kiosk = tmp_path / "kiosk"
    kiosk.mkdir()
    (kiosk / "words.py").write_text(KIOSK_SOURCE, encoding="utf-8")
    folder = tmp_path / "translations"
    folder.mkdir()
    files = build.sources(kiosk)
    build.update(folder, files)
    for ts in folder.glob("*.ts"):
        build.fill(ts, _french)
    ts = folder / "es.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace("Voir l&apos;étape {n}", "Vea el paso {numero}"),
                  encoding="utf-8")
    problems = build.check(folder, files)
    assert problems == ["es.ts changes the {placeholders} of 1 entry (e.g. Printout: 'See step {n}'): "
                        "keep each {name} exactly as in the English"]


def test_the_kiosk_words_load_without_qt():
    script = ("import sys; from kiosk.printout.labels import labels_for; from kiosk.web.words import phone_words; "
              "from kiosk.speech.words import word; labels_for('ar'); phone_words('fa_AF'); word('zh_CN', 'stop'); "
              "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_attract_screen_greets_each_language_from_its_ts_file(qtbot):
    from ui.screens.attract import AttractScreen

    screen = AttractScreen(["es", "fa_AF", "en"])
    qtbot.addWidget(screen)
    seen = []
    for _ in range(3):
        seen.append(screen.greeting.text())
        screen._cycle()
    assert seen == ["Bienvenido — toque para empezar", "خوش آمدید — برای شروع لمس کنید", "Welcome — touch to start"]
