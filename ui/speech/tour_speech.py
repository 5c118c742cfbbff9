"""``kiosk tour --speech``: beside each screen's PNG, the words it speaks (``.txt``) and their audio (``.wav``).

For reviewers (listen to a journey in every language) and for the tests. This is the one place
where spoken words are written to disk, and only sample journeys, never a visitor's.
"""

from __future__ import annotations

import os
from concurrent.futures import Future, ThreadPoolExecutor
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


class SpeechWriter:
    """Writes screens' speech on worker threads while the tour goes on rendering the next screens.

    A tour is some eighty screens of thousands of utterances, each an espeak-ng process that the
    tour would otherwise sit waiting for on one core: the screens are rendered on the GUI thread
    and their audio made beside it, one espeak-ng at a time per worker (each with its own
    :class:`Synthesizer`). :meth:`wait` returns once every file is written, raising the first error.
    """

    def __init__(self, workers: int | None = None) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 2,
                                        thread_name_prefix="tour-speech")
        self._pending: list[Future] = []

    def write(self, utterances: list[Utterance], language: str, png: Path) -> tuple[Path, Path]:
        """Start writing ``png``'s ``.txt`` and ``.wav``; return the paths they will have."""
        self._pending.append(self._pool.submit(write_speech, list(utterances), language, png))
        return png.with_suffix(".txt"), png.with_suffix(".wav")

    def wait(self) -> None:
        """Every file written (the first failure raised), and the workers gone."""
        try:
            for future in self._pending:
                future.result()
        finally:
            self._pool.shutdown(wait=True, cancel_futures=True)
