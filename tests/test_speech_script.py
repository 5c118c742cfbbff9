"""What screens say, without Qt: numbers, chosen state, phone digits, voices, and espeak-ng's audio."""

from __future__ import annotations

import array
import os

import pytest

from kiosk.config import LANGUAGES
from kiosk.speech import voices
from kiosk.speech.script import Shown, as_text, digits, item_script, screen_script, spoken, voice_language
from kiosk.speech.synth import SAMPLE_RATE, SpeechUnavailable, Synthesizer
from kiosk.speech.words import word

needs_espeak = pytest.mark.skipif(voices.engine_path() is None, reason="espeak-ng is not installed")


def rms(samples: bytes) -> float:
    values = array.array("h", samples)
    return (sum(v * v for v in values) / max(1, len(values))) ** 0.5


def test_phone_numbers_are_read_digit_by_digit_in_groups():
    assert digits("(505) 768-3000") == "5 0 5, 7 6 8, 3 0 0 0"
    assert spoken("Call (505) 768-3000 or 311.") == "Call 5 0 5, 7 6 8, 3 0 0 0 or 3 1 1."
    assert spoken("1-505-555-1234") == "5 0 5, 5 5 5, 1 2 3 4"
    # A street number stays a number; the ZIP after the state is read digit by digit.
    assert spoken("609 Broadway Blvd NE, Albuquerque, NM 87102") == "609 Broadway Blvd NE, Albuquerque, NM 8 7 1 0 2"
    assert spoken("Suite 3110, 2 llamadas") == "Suite 3110, 2 llamadas"


def test_options_are_numbered_and_say_when_chosen():
    items = [Shown("¿Qué necesita?", "title"), Shown("Dinero", "option", chosen=True),
             Shown("Licencias", "option", chosen=False), Shown("Siguiente", "action")]
    said = screen_script(items, "es")
    assert [u.text for u in said] == ["¿Qué necesita?", "Opción 1. Dinero. elegida", "Opción 2. Licencias",
                                      "Siguiente"]
    assert [u.item for u in said] == [0, 1, 2, 3]
    # A tap on an option says its new state either way.
    assert item_script(items[2], "es", number=2)[0].text == "Opción 2. Licencias. no elegida"


def test_english_text_on_another_screen_gets_the_english_voice():
    said = screen_script([Shown("Hatua", "title"), Shown("Business Loan Program", "text", language="en")], "sw")
    assert [(u.text, u.language) for u in said] == [("Hatua", "sw"), ("Business Loan Program", "en")]
    # Latin-only names on an Arabic, Dari or Chinese screen: English; their own script: their voice.
    assert voice_language("WESST", "ar") == "en"
    assert voice_language("الخطوة WESST", "ar") == "ar"
    assert voice_language("WESST", "es") == "es"
    assert voice_language("朗读", "zh_CN") == "zh_CN"
    text = as_text(said, "sw")
    assert text == "Hatua\n[en] Business Loan Program\n"


def test_every_language_has_its_voice_and_every_word():
    assert voices.voice_for("fa_AF") == "fa"
    assert voices.voice_for("zh_CN") == "cmn"
    assert voices.voice_for("es") == "es-419"
    for language in LANGUAGES:
        assert word(language, "option", n=3).count("3") == 1, language
    assert word("fr", "option", n=3) == "Choix 3"


@needs_espeak
def test_status_finds_every_voice():
    status = voices.status(LANGUAGES)
    assert status["available"] is True
    assert status["missing_voices"] == [], status
    assert "espeak-ng" in status["engine"].lower() or "speak" in status["engine"].lower()


def test_status_says_when_espeak_is_missing(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    status = voices.status(LANGUAGES)
    assert status["available"] is False
    assert "espeak-ng is not installed" in status["message"]
    with pytest.raises(SpeechUnavailable):
        list(Synthesizer().stream("hello", "en"))


@needs_espeak
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_voice_says_the_hint_aloud(language):
    samples = Synthesizer().audio(word(language, "hint"), language)
    seconds = len(samples) / 2 / SAMPLE_RATE
    assert seconds > 2.0, (language, seconds)  # a sentence, not a blip
    assert rms(samples) > 500, language  # of 32767: speech, not silence


@needs_espeak
def test_cancel_ends_the_utterance_at_once():
    synth = Synthesizer()
    stream = synth.stream("one two three four five six seven eight nine ten " * 20, "en")
    first = next(stream)
    synth.cancel()
    rest = b"".join(stream)
    assert first and len(rest) < SAMPLE_RATE * 2 * 2  # far less than the minute the text would take


def test_nothing_spoken_reaches_a_command_line_or_a_file(tmp_path, monkeypatch):
    """The text goes to espeak-ng on standard input; the audio comes back on a pipe."""
    import subprocess

    seen = []
    real = subprocess.Popen

    def watch(args, **kwargs):
        seen.append(list(args))
        return real(args, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", watch)
    monkeypatch.chdir(tmp_path)
    if voices.engine_path() is None:
        pytest.skip("espeak-ng is not installed")
    Synthesizer().audio("Maria Lopez 505 555 1234", "en")
    assert seen and not any("Maria" in " ".join(args) for args in seen)
    assert os.listdir(tmp_path) == []
