"""``kiosk tour --speech``: every screen in every language speaks, aloud, the text it shows."""

from __future__ import annotations

import shutil
import subprocess
import wave

import pytest

from kiosk.config import LANGUAGES, Config
from kiosk.speech import voices

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(voices.engine_path() is None, reason="espeak-ng is not installed")]


@pytest.fixture(scope="module")
def tour_out(tmp_path_factory, demo_db_path):
    from kiosk.directory import Directory
    from kiosk.pathway import PathwayEngine
    from ui.tour import tour

    out = tmp_path_factory.mktemp("tour-speech")
    config = Config()
    directory = Directory(demo_db_path)
    engine = PathwayEngine(directory, config.kiosk.latitude, config.kiosk.longitude)
    written = tour(config, out, list(LANGUAGES), (1280, 800), engine=engine, speech=True)
    directory.close()
    return out, written, demo_db_path


def wav_stats(path) -> tuple[float, float]:
    """Length in seconds and root-mean-square loudness of a 16-bit mono WAV (numpy: minutes of samples)."""
    import numpy as np

    with wave.open(str(path)) as wav:
        frames = wav.readframes(wav.getnframes())
        seconds = wav.getnframes() / wav.getframerate()
    values = np.frombuffer(frames, dtype="<i2").astype(np.float64)
    return seconds, float(np.sqrt(np.dot(values, values) / max(1, len(values))))


def test_every_screen_in_every_language_has_words_and_audio(tour_out):
    out, written, _ = tour_out
    assert all(path.exists() for path in written)
    # Each screen as the visitor sees it (the tall whole-pathway images are for reviewers, not spoken).
    pngs = sorted(p for p in out.glob("*.png") if not p.stem.endswith("-pathway-full"))
    assert len(pngs) >= 8 * 10
    for png in pngs:
        text, wav = png.with_suffix(".txt"), png.with_suffix(".wav")
        words = text.read_text(encoding="utf-8").strip()
        assert words, png.name
        seconds, loudness = wav_stats(wav)
        # Speech, not silence: about a second for every ~15 characters the screen says, and loud.
        assert seconds > len(words) / 40, (png.name, seconds, len(words))
        assert loudness > 300, (png.name, loudness)


def test_sox_hears_the_pathway_in_every_language(tour_out):
    if shutil.which("sox") is None:
        pytest.skip("sox is not installed")
    out, _, _ = tour_out
    for language in LANGUAGES:
        wav = next(out.glob(f"{language}-*-pathway.wav"))
        stat = subprocess.run(["sox", str(wav), "-n", "stat"], capture_output=True, text=True).stderr
        values = dict(line.split(":", 1) for line in stat.splitlines() if ":" in line)
        assert float(values["RMS     amplitude"]) > 0.01, (language, stat)
        assert float(values["Length (seconds)"]) > 30, (language, stat)


def test_each_question_screen_says_its_question_and_options_numbered(tour_out):
    from kiosk.directory import Directory
    from kiosk.speech.words import word

    out, _, db = tour_out
    directory = Directory(db)
    try:
        for language in LANGUAGES:
            for question in directory.questions(language):
                if question.kind == "zip":
                    continue
                said = next(out.glob(f"{language}-*-question-{question.id}.txt")).read_text(encoding="utf-8")
                lines = said.splitlines()
                assert lines[0] == question.text.text, (language, question.id)
                for n, option in enumerate(question.options, 1):
                    assert any(option.text.text in line and word(language, "option", n=n) in line
                               for line in lines), (language, question.id, option.id)
                assert word(language, "chosen") in said, (language, question.id)
    finally:
        directory.close()


def test_the_pathway_is_read_step_by_step_with_phones_digit_by_digit(tour_out):
    from kiosk.speech.words import word

    out, _, _ = tour_out
    for language in LANGUAGES:
        said = next(out.glob(f"{language}-*-pathway.txt")).read_text(encoding="utf-8")
        assert word(language, "step", n=1) in said and word(language, "step", n=2) in said, language
        assert "5 0 5, " in said, language  # a 505 phone number, digit by digit
    # Latin-script names on an Arabic screen (organizations, web addresses) are said by the English voice.
    arabic = next(out.glob("ar-*-pathway.txt")).read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("[en] ") for line in arabic)


def test_language_names_and_the_attract_hint_speak_in_their_own_voices(tour_out):
    from kiosk.speech.words import word

    out, _, _ = tour_out
    said = (out / "fr-02-language.txt").read_text(encoding="utf-8")
    assert "[fa_AF] دری" in said and "[zh_CN] 中文" in said and "[ar] العربية" in said
    attract = (out / "sw-01-attract.txt").read_text(encoding="utf-8")
    for language in LANGUAGES:
        assert word(language, "hint") in attract, language
