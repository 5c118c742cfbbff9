"""Translations: the committed .ts files are current and finished; pseudo text; the update/check tool."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from kiosk.config import LANGUAGES
from ui import translations_build as build
from ui.pseudo import SCALE, PseudoTranslator, parse_mode, pseudo_text

PLACEHOLDER = re.compile(r"%L?\d{1,2}|%n|&&|&\w|\{[^{}]*\}")


def test_committed_translations_are_current_and_finished():
    problems = build.check()
    assert problems == [], "\n".join(problems)


def test_every_language_has_a_ts_file_that_names_its_language():
    for language in LANGUAGES:
        text = (build.TRANSLATIONS_DIR / f"{language}.ts").read_text(encoding="utf-8")
        assert f'language="{language}"' in text, f"{language}.ts names another language"


# --- pseudo-localization -------------------------------------------------------------------------


def test_pseudo_text_is_about_forty_percent_longer_and_accented():
    source = "What do you need help with today?"
    text = pseudo_text(source)
    assert 1.3 * len(source) <= len(text) <= 1.6 * len(source)
    assert text.startswith("Ŵĥáţ đó ýóú ñééđ ĥéĺþ")
    assert not re.search(r"[a-eg-zA-Z]", text.replace("f", "")), text  # every letter a look-alike ('f' has none)


def test_pseudo_text_keeps_placeholders_mnemonics_and_markup():
    text = pseudo_text("&Print %n copies for %1 at <b>%L2</b> {zip} && more")
    for kept in ("&P", "%n", "%1", "<b>", "%L2", "</b>", "{zip}", "&&"):
        assert kept in text
    assert text.index("%n") < text.index("%1") < text.index("%L2")


def test_pseudo_text_leaves_empty_text_and_keeps_line_breaks():
    assert pseudo_text("") == ""
    assert pseudo_text("  ") == "  "
    assert pseudo_text("one\ntwo").count("\n") == 1


@given(st.lists(st.one_of(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="%&{}<>"), max_size=12),
                          st.sampled_from(["%1", "%2", "%n", "%L1", "&File", "&&", "{name}"])), max_size=8))
def test_pseudo_text_never_loses_a_placeholder(parts):
    source = "".join(parts)
    text = pseudo_text(source)
    assert PLACEHOLDER.findall(text) == PLACEHOLDER.findall(source)
    if source.strip():
        assert len(text) >= len(source) + 2


def test_pseudo_translator_translates_every_context_including_qts_own(qapp):
    translator = PseudoTranslator(qapp)
    assert qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("FinishScreen", "Start over") == pseudo_text("Start over")
        # Qt replaces %n after the translator answers: the count shows, the words are pseudo.
        assert QCoreApplication.translate("PathwayScreen", "%n steps", None, 3).startswith("3 šţéþš")
        box = QDialogButtonBox(QDialogButtonBox.Cancel)
        assert box.button(QDialogButtonBox.Cancel).text().startswith("Çáñçéĺ")
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("FinishScreen", "Start over") == "Start over"


def test_pseudo_mode_from_the_command_line():
    assert parse_mode(None) == "" and parse_mode(False) == ""
    assert parse_mode(True) == "ltr" and parse_mode("ltr") == "ltr" and parse_mode("RTL") == "rtl"
    with pytest.raises(ValueError, match="ltr, rtl"):
        parse_mode("upside-down")
    assert round(SCALE, 2) == 1.4


# --- update / check on a small project of its own ------------------------------------------------

SOURCE = '''
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

NEEDS = [QT_TRANSLATE_NOOP("Needs", "Get a loan")]


class Screen(QWidget):
    def retranslate(self):
        self.title = self.tr("Choose your language")
        self.steps = QCoreApplication.translate("Screen", "%n step(s)", None, 2)
'''


@pytest.fixture
def project(tmp_path):
    ui = tmp_path / "ui"
    ui.mkdir()
    (ui / "screen.py").write_text(SOURCE, encoding="utf-8")
    folder = tmp_path / "translations"
    folder.mkdir()
    return ui, folder


def _spanish(message: build.Message):
    return {"Get a loan": "Conseguir un préstamo", "Choose your language": "Elija su idioma",
            "%n step(s)": ["%n paso", "%n pasos"]}.get(message.source)


def test_update_creates_every_language_and_fills_english_with_itself(project):
    ui, folder = project
    build.update(folder, build.sources(ui))
    assert sorted(p.stem for p in folder.glob("*.ts")) == sorted(LANGUAGES)
    english = build.messages(folder / "en.ts")
    assert {m.source for m in english} == {"Get a loan", "Choose your language", "%n step(s)"}
    assert build.unfinished(folder / "en.ts") == []
    assert len(build.unfinished(folder / "es.ts")) == 3
    assert 'language="fa_AF"' in (folder / "fa_AF.ts").read_text(encoding="utf-8")  # not guessed as Afrikaans


def test_check_fails_on_unfinished_then_passes_then_fails_when_sources_change(project):
    ui, folder = project
    files = build.sources(ui)
    build.update(folder, files)
    problems = build.check(folder, files)
    assert any(p.startswith("es.ts has 3 unfinished entries") for p in problems)

    for ts in folder.glob("*.ts"):
        build.fill(ts, _spanish)
    assert build.check(folder, files) == []
    assert build.compile_all(folder, folder / "qm")  # lrelease accepts what fill() wrote

    (ui / "screen.py").write_text(SOURCE.replace("Choose your language", "Pick a language"), encoding="utf-8")
    problems = build.check(folder, files)
    assert any("es.ts is out of date with the sources (1 new, 1 gone" in p for p in problems), problems


def test_update_keeps_translations_and_drops_obsolete_strings(project):
    ui, folder = project
    files = build.sources(ui)
    build.update(folder, files)
    build.fill(folder / "es.ts", _spanish)
    (ui / "screen.py").write_text(SOURCE.replace('self.tr("Choose your language")', '"untranslated"'),
                                  encoding="utf-8")
    build.update(folder, files)
    spanish = build.messages(folder / "es.ts")
    assert {m.source for m in spanish} == {"Get a loan", "%n step(s)"}
    assert build.unfinished(folder / "es.ts") == []
    text = (folder / "es.ts").read_text(encoding="utf-8")
    assert "Conseguir un préstamo" in text and "<numerusform>%n pasos</numerusform>" in text


def test_check_reports_a_missing_language_file(project):
    ui, folder = project
    build.update(folder, build.sources(ui))
    (folder / "sw.ts").unlink()
    assert any(p.startswith("missing sw.ts") for p in build.check(folder, build.sources(ui)))


def test_command_line_check_exit_status(project, capsys):
    ui, folder = project
    assert build.main(["--update"], folder=folder, source_dirs=(ui,)) == 0
    assert build.main(["--check"], folder=folder, source_dirs=(ui,)) == 1
    assert "unfinished" in capsys.readouterr().err
    for ts in folder.glob("*.ts"):
        build.fill(ts, _spanish)
    assert build.main(["--check"], folder=folder, source_dirs=(ui,)) == 0
    assert build.main([], folder=folder, source_dirs=(ui,)) == 0
    assert len(list(folder.glob("*.qm"))) == len(LANGUAGES)


def test_a_rebuilt_qm_replaces_the_file_a_running_kiosk_has_loaded(tmp_path, qapp):
    """Qt maps a loaded .qm into memory: a rebuild written into that same file crashed the kiosk."""
    import os
    import shutil

    from PySide6.QtCore import QTranslator

    shutil.copyfile(build.TRANSLATIONS_DIR / "es.ts", tmp_path / "es.ts")
    (qm,) = build.compile_all(tmp_path)
    loaded = QTranslator()
    assert loaded.load(str(qm))
    before = (qm.stat().st_ino, loaded.translate("AttractScreen", "Touch to start"))
    assert before[1] and before[1] != "Touch to start"

    os.utime(tmp_path / "es.ts", (qm.stat().st_mtime + 10,) * 2)
    assert build.compile_if_stale(tmp_path) == [qm]
    assert qm.stat().st_ino != before[0]
    assert loaded.translate("AttractScreen", "Touch to start") == before[1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["es.qm", "es.ts"]
