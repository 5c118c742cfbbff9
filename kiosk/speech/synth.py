"""espeak-ng through pipes: text in on standard input, 16-bit mono audio out, nothing on disk.

A :class:`Synthesizer` runs one espeak-ng process per utterance and yields its audio as it comes,
so the first sound can play while the rest is still being made; :meth:`Synthesizer.cancel` ends
the process at once (a tap interrupts). The text never appears on a command line (``ps`` would
show it) and is never logged.
"""

from __future__ import annotations

import io
import subprocess
import threading
import wave
from collections.abc import Iterator

from kiosk.speech.voices import engine_path, voice_for

SAMPLE_RATE = 22050  # espeak-ng's fixed output rate
SAMPLE_BYTES = 2  # signed 16-bit little endian, mono
WORDS_PER_MINUTE = 150  # a little slower than espeak-ng's 175: many visitors hear a second language
GAP_SECONDS = 0.25  # between two utterances, so options do not run together
_HEADER = 44  # espeak-ng writes a plain 44-byte RIFF header before the samples


def command(language: str, words_per_minute: int = WORDS_PER_MINUTE) -> list[str]:
    """espeak-ng's command line for ``language`` (the text goes on standard input, never here)."""
    path = engine_path()
    if path is None:
        raise SpeechUnavailable("espeak-ng is not installed")
    return [path, "-v", voice_for(language), "-s", str(words_per_minute), "-b", "1", "--stdout"]


HEADER_BYTES = _HEADER


class SpeechUnavailable(RuntimeError):
    """espeak-ng is missing or could not start; the sentence says which."""


class Synthesizer:
    """Turns utterances into audio, one espeak-ng process at a time; safe to cancel from another thread."""

    def __init__(self, words_per_minute: int = WORDS_PER_MINUTE) -> None:
        self.words_per_minute = words_per_minute
        self._lock = threading.Lock()
        self._process: subprocess.Popen | None = None
        self._generation = 0

    def stream(self, text: str, language: str, chunk_bytes: int = 2048) -> Iterator[bytes]:
        """Audio for ``text`` in ``language``'s voice, in chunks as espeak-ng makes them (raw samples)."""
        args = command(language, self.words_per_minute)
        with self._lock:
            generation = self._generation
            try:
                process = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                           stderr=subprocess.DEVNULL)
            except OSError as exc:
                raise SpeechUnavailable(f"espeak-ng could not start ({exc.strerror})") from None
            self._process = process
        try:
            try:
                process.stdin.write(text.encode("utf-8"))
                process.stdin.close()
            except (BrokenPipeError, ValueError):  # cancelled while the text went in
                return
            skip = _HEADER
            while True:
                data = process.stdout.read1(chunk_bytes)
                if not data or generation != self._generation:
                    break
                if skip:
                    data, skip = data[skip:], max(0, skip - len(data))
                if data:
                    yield data
        finally:
            with self._lock:
                if self._process is process:
                    self._process = None
            if process.poll() is None:
                process.kill()
            process.wait()
            process.stdout.close()

    def cancel(self) -> None:
        """Stop the utterance being made, now (the stream ends without more audio)."""
        with self._lock:
            self._generation += 1
            if self._process is not None and self._process.poll() is None:
                self._process.kill()

    def audio(self, text: str, language: str) -> bytes:
        """All of ``text``'s audio at once (raw samples)."""
        return b"".join(self.stream(text, language, chunk_bytes=65536))


def silence(seconds: float = GAP_SECONDS) -> bytes:
    """Raw samples of quiet, for the pause between utterances."""
    return b"\x00" * (int(SAMPLE_RATE * seconds) * SAMPLE_BYTES)


def wav_bytes(samples: bytes) -> bytes:
    """A WAV file (in memory) holding raw espeak-ng samples."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(SAMPLE_BYTES)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(samples)
    return buffer.getvalue()
