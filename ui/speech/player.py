"""Plays utterances: espeak-ng makes the audio on a worker thread, a QAudioSink plays it as it comes.

The UI thread only copies ready audio into the sink (a few microseconds per chunk), so taps stay
quick while the voice speaks. A new ``say`` interrupts: the engine is cancelled and the sink's
buffer dropped. Which item is being heard follows the sink's played time, so the highlight moves
with the voice, not ahead of it.
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtMultimedia import QAudio, QAudioFormat, QAudioSink, QMediaDevices

from kiosk.speech import voices
from kiosk.speech.script import Utterance
from kiosk.speech.synth import GAP_SECONDS, SAMPLE_BYTES, SAMPLE_RATE, SpeechUnavailable, Synthesizer, silence

VOLUME_STEPS = 10
DEFAULT_VOLUME = 6  # of 10; Start over and idle reset come back here (Section 508 §402.3.1)
TICK_MS = 15


class SpeechPlayer(QObject):
    """Says scripts; ``reading`` tells which item is heard now (-1: nothing), ``finished`` when all is said."""

    reading = Signal(int)
    finished = Signal()
    _chunk = Signal(int, int, bytes)  # generation, item, samples (worker → UI thread)
    _done = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.synth = Synthesizer()
        self.volume = DEFAULT_VOLUME
        self.said: list[Utterance] = []  # what is being said (memory only; forgotten at reset)
        self._generation = 0
        self._sink: QAudioSink | None = None
        self._io = None
        self._pending = bytearray()
        self._written = 0  # bytes handed to the sink for this script
        self._marks: list[tuple[int, int]] = []  # (byte offset, item) where each utterance starts
        self._synth_done = True
        self._current = -1
        self._asked_at = 0.0
        self.first_audio_s: float | None = None  # say() → first samples into the sink, for the benchmark
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._chunk.connect(self._take)
        self._done.connect(self._synthesis_done)
        self.reason = self._find_reason()

    @staticmethod
    def _find_reason() -> str | None:
        if voices.engine_path() is None:
            return "Speech is unavailable: espeak-ng is not installed."
        if QMediaDevices.defaultAudioOutput().isNull():
            return "Speech is unavailable: this kiosk has no audio output (speaker or headphone jack)."
        return None

    @property
    def available(self) -> bool:
        return self.reason is None

    @property
    def speaking(self) -> bool:
        return self._timer.isActive()

    def say(self, utterances: list[Utterance]) -> None:
        """Stop whatever is being said and say ``utterances`` (synthesized off the UI thread)."""
        self.stop()
        self.said = list(utterances)
        if not self.available or not utterances:
            return
        generation = self._generation
        self._asked_at = time.perf_counter()
        self.first_audio_s = None
        self._synth_done = False
        self._ensure_sink()
        self._timer.start()
        threading.Thread(target=self._synthesize, args=(generation, list(utterances)), daemon=True,
                         name="camino-speech").start()

    def stop(self) -> None:
        """Silence now: the engine is cancelled and what the sink holds is dropped."""
        self._generation += 1
        self.synth.cancel()
        self._timer.stop()
        self._pending.clear()
        self._marks.clear()
        self._written = 0
        self._synth_done = True
        if self._sink is not None:
            self._sink.reset()
            self._io = None
        if self._current != -1:
            self._current = -1
            self.reading.emit(-1)

    def set_volume(self, level: int) -> None:
        self.volume = max(1, min(VOLUME_STEPS, level))
        if self._sink is not None:
            self._sink.setVolume(self._linear())

    def reset(self) -> None:
        """A new visitor: silence and the default volume."""
        self.stop()
        self.said = []
        self.set_volume(DEFAULT_VOLUME)

    def _linear(self) -> float:
        # Loudness is heard logarithmically: equal steps on the slider, equal steps to the ear.
        return QAudio.convertVolume(self.volume / VOLUME_STEPS, QAudio.LogarithmicVolumeScale,
                                    QAudio.LinearVolumeScale)

    # -- worker thread -----------------------------------------------------------------------------

    def _synthesize(self, generation: int, utterances: list[Utterance]) -> None:
        try:
            for n, utterance in enumerate(utterances):
                if generation != self._generation:
                    return
                if n:
                    self._chunk.emit(generation, utterance.item, silence(GAP_SECONDS))
                first = True
                for samples in self.synth.stream(utterance.text, utterance.language):
                    if generation != self._generation:
                        return
                    # The mark for a new utterance travels with its first samples.
                    self._chunk.emit(generation, utterance.item if first else -2, samples)
                    first = False
        except SpeechUnavailable:
            pass
        finally:
            self._done.emit(generation)

    # -- UI thread ---------------------------------------------------------------------------------

    def _ensure_sink(self) -> None:
        if self._sink is None:
            audio = QAudioFormat()
            audio.setSampleRate(SAMPLE_RATE)
            audio.setChannelCount(1)
            audio.setSampleFormat(QAudioFormat.Int16)
            self._sink = QAudioSink(QMediaDevices.defaultAudioOutput(), audio, self)
            self._sink.setBufferSize(SAMPLE_RATE * SAMPLE_BYTES // 5)  # 200 ms: Stop is heard to stop at once
            self._sink.setVolume(self._linear())
        if self._io is None:
            self._io = self._sink.start()

    def _take(self, generation: int, item: int, samples: bytes) -> None:
        if generation != self._generation:
            return  # an interrupted script's last chunks
        if item != -2:
            self._marks.append((self._written + len(self._pending), item))
        self._pending += samples
        self._feed()

    def _synthesis_done(self, generation: int) -> None:
        if generation == self._generation:
            self._synth_done = True

    def _feed(self) -> None:
        if self._io is None or not self._pending:
            return
        free = self._sink.bytesFree()
        if free <= 0:
            return
        n = self._io.write(bytes(self._pending[:free]))
        if n > 0:
            if self.first_audio_s is None:
                self.first_audio_s = time.perf_counter() - self._asked_at
            del self._pending[:n]
            self._written += n

    def _tick(self) -> None:
        self._feed()
        buffered = self._sink.bufferSize() - self._sink.bytesFree()
        heard = max(0, self._written - max(0, buffered))
        item = -1
        for offset, marked in self._marks:
            if offset > heard:
                break
            item = marked
        if item != self._current:
            self._current = item
            self.reading.emit(item)
        if self._synth_done and not self._pending and buffered <= 0:
            self._timer.stop()
            if self._current != -1:
                self._current = -1
                self.reading.emit(-1)
            self.finished.emit()
