"""``kiosk tour --speech``: beside each screen's PNG, the words it speaks (``.txt``) and their audio (``.wav``).

For reviewers (listen to a journey in every language) and for the tests. This is the one place
where spoken words are written to disk, and only sample journeys, never a visitor's.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.speech.script import Utterance, as_text
from kiosk.speech.synth import Synthesizer, silence, wav_bytes


def write_speech(utterances: list[Utterance], language: str, png: Path, synth: Synthesizer | None = None
                 ) -> tuple[Path, Path]:
    """Write ``png``'s ``.txt`` and ``.wav`` siblings for ``utterances``; return their paths."""
    synth = synth or Synthesizer()
    text_path, wav_path = png.with_suffix(".txt"), png.with_suffix(".wav")
    text_path.write_text(as_text(utterances, language), encoding="utf-8")
    samples = bytearray()
    for n, utterance in enumerate(utterances):
        if n:
            samples += silence()
        samples += synth.audio(utterance.text, utterance.language)
    wav_path.write_bytes(wav_bytes(bytes(samples)))
    return text_path, wav_path
