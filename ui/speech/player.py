"""Plays utterances: espeak-ng makes the audio in its own process, a QAudioSink plays it as it comes.

Each utterance is one espeak-ng process run by QProcess: its audio arrives through the event loop
in chunks, which the UI thread copies into the sink (microseconds each). No second Python thread
competes with the screens for the interpreter, so taps stay quick while the voice speaks (a worker
thread reading the pipe cost a tap ~5 ms waiting for the interpreter lock). A new ``say``
interrupts: the running process is killed. Which item is being heard follows the sink's played
time, so the highlight moves with the voice, not ahead of it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, Signal
from PySide6.QtMultimedia import QAudio, QAudioFormat, QAudioSink, QMediaDevices
from shiboken6 import isValid

from kiosk.speech import voices
from kiosk.speech.script import Utterance
from kiosk.speech.synth import GAP_SECONDS, HEADER_BYTES, SAMPLE_BYTES, SAMPLE_RATE, SpeechUnavailable, command, silence

VOLUME_STEPS = 10
DEFAULT_VOLUME = 6  # of 10; Start over and idle reset come back here (Section 508 §402.3.1)
TICK_MS = 15
# At most this much audio is made ahead of what is heard: a pathway read aloud is many minutes of
# audio, which must not all be made (and held) at once.
AHEAD_BYTES = 8 * SAMPLE_RATE * SAMPLE_BYTES


class SpeechPlayer(QObject):
    """Says scripts; ``reading`` tells which item is heard now (-1: nothing), ``finished`` when all is said."""

    reading = Signal(int)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.volume = DEFAULT_VOLUME
        self.said: list[Utterance] = []  # what is being said (memory only; forgotten at reset)
        self._queue: list[Utterance] = []  # still to be made
        self._process: QProcess | None = None
        # An espeak-ng already started for the next utterance's language, waiting for its text: a tap
        # then costs a write, not the start of a process (several milliseconds on a busy machine).
        self._spare: tuple[str, QProcess] | None = None
        self._skip = 0  # header bytes still to drop from the running process's output
        self._first = False  # the running process has not sent samples yet
        self._item = -1
        self._sink: QAudioSink | None = None
        self._io = None
        self._pending = bytearray()
        self._made = 0  # bytes made for this script
        self._written = 0  # bytes handed to the sink for this script
        self._marks: list[tuple[int, int]] = []  # (byte offset, item) where each utterance starts
        self._current = -1
        self._asked_at = 0.0
        self.first_audio_s: float | None = None  # say() → first samples into the sink, for the benchmark
        self._commands: dict[str, list[str]] = {}  # espeak-ng's command line per language
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self._tick)
        self.reason = self._find_reason()
        QCoreApplication.instance().aboutToQuit.connect(lambda: isValid(self) and self.reset())  # no espeak left

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
        """Stop whatever is being said and say ``utterances``."""
        # The output stream stays open: dropping and reopening it costs round trips to the sound
        # server. What it still holds (at most its 200 ms buffer) plays out under the new words.
        self.stop(drain=False)
        self.said = list(utterances)
        if not self.available or not utterances:
            return
        self._asked_at = time.perf_counter()
        self.first_audio_s = None
        self._queue = list(utterances)
        self._ensure_sink()
        self._timer.start()
        self._make_next()

    def continue_with(self, utterances: list[Utterance]) -> None:
        """The screen grew while being read: what is not made yet becomes ``utterances``' items after the
        last one started (items keep their indices; new ones come after)."""
        started = max((item for _, item in self._marks), default=-1)
        if self._process is not None:
            started = max(started, self._item)
        rest = [u for u in utterances if u.item > started]
        if not self.speaking:  # all that was there is said already: the rest now
            self.say(rest)
            return
        self.said = list(utterances)
        self._queue = rest
        if self._process is None and self._made - self._written <= AHEAD_BYTES:
            self._make_next()

    def stop(self, drain: bool = True) -> None:
        """Silence now: the engine is stopped and (``drain``) what the sink holds is dropped."""
        self._end_process()
        self._queue = []
        self._timer.stop()
        self._pending.clear()
        self._marks.clear()
        self._made = self._written = 0
        if self._sink is not None and drain:
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
        if self._spare is not None:
            self._discard(self._spare[1])
            self._spare = None
        self.set_volume(DEFAULT_VOLUME)

    def _linear(self) -> float:
        # Loudness is heard logarithmically: equal steps on the slider, equal steps to the ear.
        return QAudio.convertVolume(self.volume / VOLUME_STEPS, QAudio.LogarithmicVolumeScale,
                                    QAudio.LinearVolumeScale)

    # -- making audio ------------------------------------------------------------------------------

    def _make_next(self) -> None:
        if not self._queue or self._process is not None:
            return
        utterance = self._queue.pop(0)
        try:
            program, *arguments = self._command(utterance.language)
        except SpeechUnavailable:
            self._queue = []
            return
        if self._made:
            self._take(utterance.item, silence(GAP_SECONDS))
        spare, self._spare = self._spare, None
        if spare is not None and spare[0] == utterance.language and spare[1].state() == QProcess.Running:
            process = spare[1]
        else:
            if spare is not None:
                self._discard(spare[1])
            process = self._start(program, arguments)
        # Guarded: a process ends (and signals) also while the kiosk window, and this player, are destroyed.
        process.readyReadStandardOutput.connect(lambda p=process: isValid(self) and isValid(p) and self._read(p))
        process.finished.connect(lambda *_, p=process: isValid(self) and isValid(p) and self._made_one(p))
        self._process, self._skip, self._first, self._item = process, HEADER_BYTES, True, utterance.item
        process.write(utterance.text.encode("utf-8"))
        process.closeWriteChannel()
        language = self._queue[0].language if self._queue else utterance.language
        QTimer.singleShot(40, self, lambda: self._prepare_spare(language))  # after this tap's painting

    def _command(self, language: str) -> list[str]:
        # Asked once per language: finding espeak-ng on the PATH costs a tap a millisecond or more.
        if language not in self._commands:
            self._commands[language] = command(language)
        return self._commands[language]

    def _start(self, program: str, arguments: list[str]) -> QProcess:
        process = QProcess(self)
        process.setProgram(program)
        process.setArguments(arguments)
        process.setStandardErrorFile(QProcess.nullDevice())
        process.start()
        return process

    def _prepare_spare(self, language: str) -> None:
        if self._spare is not None or not self.available:
            return
        try:
            program, *arguments = self._command(language)
        except SpeechUnavailable:
            return
        self._spare = (language, self._start(program, arguments))

    def _discard(self, process: QProcess) -> None:
        if process.state() == QProcess.NotRunning:
            process.deleteLater()
        else:  # no waiting here: a tap must not wait for the old voice to end
            process.finished.connect(process.deleteLater)
            process.kill()

    def _read(self, process: QProcess) -> None:
        if process is not self._process:
            return  # an interrupted utterance's last output
        data = bytes(process.readAllStandardOutput())
        if self._skip:
            data, self._skip = data[self._skip:], max(0, self._skip - len(data))
        if data:
            self._take(self._item if self._first else -2, data)
            self._first = False

    def _made_one(self, process: QProcess) -> None:
        if process is not self._process:
            return
        self._read(process)
        self._end_process()
        if self._made - self._written <= AHEAD_BYTES:
            self._make_next()  # else the tick starts it once the sink has caught up

    def _end_process(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.readyReadStandardOutput.disconnect()
            process.finished.disconnect()
            self._discard(process)

    # -- playing -------------------------------------------------------------------------------------

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

    def _take(self, item: int, samples: bytes) -> None:
        if item != -2:  # a new utterance starts with these samples
            self._marks.append((self._made, item))
        self._pending += samples
        self._made += len(samples)
        self._feed()

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
        if self._process is None and self._queue and self._made - self._written <= AHEAD_BYTES:
            self._make_next()
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
        if self._process is None and not self._queue and not self._pending and buffered <= 0:
            self._timer.stop()
            if self._current != -1:
                self._current = -1
                self.reading.emit(-1)
            self.finished.emit()
