"""Read aloud: tap → first audio sample into the audio output, and taps while the voice speaks.

Targets: tap on an option → its first samples handed to the audio output ≤ 300 ms median (speech
is synthesized off the UI thread); taps with reading aloud on, p95 ≤ 16 ms (bench_ui's target, on
the demo directory, every screen read as it appears). The same taps with speech off are measured
in the same run as a reference: on a busy machine both miss the absolute target alike.

"Painted" ends when a marker posted right after the click, at the priority Qt gives a window's
paint, is delivered: after the paint the tap asked for and whatever the tap posted before it.
Reading aloud waits below that priority (``ReadAloud.when_painted``), so its work shows in the
second figure, "reading started": tap → painted and the reading's own work on the UI thread.
Needs espeak-ng and an audio output; without a sound card it starts a private PulseAudio null
output (tests/sound_server.py).
Run: .venv/bin/python benchmarks/bench_speech.py [--quick]
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import median, p95, print_table


def main() -> int:
    import tempfile

    import sound_server

    data = tempfile.mkdtemp(prefix="camino-bench-speech-")
    os.environ.update(CAMINO_DATA_DIR=data, CAMINO_CONFIG=str(Path(data) / "config.toml"))
    server = sound_server.start()
    try:
        return run("--quick" in sys.argv)
    finally:
        sound_server.stop(server)


def run(quick: bool) -> int:
    from PySide6.QtCore import QCoreApplication

    from kiosk import session as pages
    from kiosk.config import Config
    from ui.app import build

    app, window, _ = build(Config(), insights=False, staff=False)
    window.resize(1280, 800)
    window.show()
    ra = window.read_aloud
    ra.prepare()
    if not ra.available:
        print(f"bench_speech: {ra.reason}", file=sys.stderr)
        return 1

    def settle(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            QCoreApplication.processEvents()
            time.sleep(0.002)

    settle(1.0)  # the voices' warm-up
    window.show_page(pages.LANGUAGE)
    window.language_chosen("es")
    ra.set_listening(True)
    settle(0.3)
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest

    mark = QEvent.Type(QEvent.registerEventType())

    class Painted(QObject):
        at = 0.0

        def event(self, event) -> bool:
            if event.type() == mark:
                self.at = time.perf_counter()
                return True
            return super().event(event)

    painted = Painted()
    started_reading: list[float] = []

    def tap(widget, into: list[float] | None = None) -> float:
        """bench_ui's tap: a real click, then its consequences painted; ``into`` gets tap → the reading's
        work done on the UI thread (the voice started, the highlight moved)."""
        started = time.perf_counter()
        ra.player.first_audio_s = None
        QTest.mouseClick(widget, Qt.LeftButton)
        QCoreApplication.postEvent(painted, QEvent(mark), Qt.LowEventPriority.value)
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.LayoutRequest)
        QCoreApplication.sendPostedEvents(window, QEvent.UpdateRequest)
        if into is not None:
            while ra.waiting_for_paint and time.perf_counter() - started < 2:
                app.processEvents()
            into.append((time.perf_counter() - started) * 1000)
        return (painted.at - started) * 1000

    rounds = 10 if quick else 30
    first_audio, taps, taps_off = [], [], []
    screen = window.current_screen()
    buttons = screen.options.buttons
    for n in range(rounds):
        started = time.perf_counter()
        taps.append(tap(buttons[n % len(buttons)], started_reading))
        while ra.player.first_audio_s is None and time.perf_counter() - started < 2:
            QCoreApplication.processEvents()
        first_audio.append((time.perf_counter() - started) * 1000)
        settle(0.4)
    ra.set_listening(False)
    settle(0.3)
    for n in range(rounds):  # the same taps with speech off: the machine's own noise, for the ratio
        taps_off.append(tap(buttons[n % len(buttons)]))
        settle(0.4)
    # A tap on Next with reading aloud on (the new screen starts being read as it appears) and off.
    changes, changes_off, changes_reading = [], [], []
    for n in range(10 if quick else 30):
        on = n % 2 == 0
        window.show_page(pages.LANGUAGE)
        window.language_chosen("es")
        ra.set_listening(on)
        settle(0.3)
        window.session.answers.set(window.journey.question_id(), [buttons[0].option_id])
        window.update_footer()
        settle(0.1)
        (changes if on else changes_off).append(tap(window.next_button, changes_reading if on else None))
        settle(0.3)
    ra.reset()
    rows = [
        {"measure": "tap → first audio sample (ms)", "median": round(median(first_audio), 1),
         "p95": round(p95(first_audio), 1), "target": "median ≤ 300", "ok": median(first_audio) <= 300},
        {"measure": "tap on an option painted, speech on (ms)", "median": round(median(taps), 2),
         "p95": round(p95(taps), 2), "target": "p95 ≤ 16", "ok": p95(taps) <= 16},
        {"measure": "the same, speech off (ms)", "median": round(median(taps_off), 2),
         "p95": round(p95(taps_off), 2), "target": "(reference)", "ok": True},
        {"measure": "tap on an option → its reading's work done (ms)", "median": round(median(started_reading), 2),
         "p95": round(p95(started_reading), 2), "target": "(after the paint)", "ok": True},
        {"measure": "tap Next → next screen painted, speech on (ms)", "median": round(median(changes), 2),
         "p95": round(p95(changes), 2), "target": "p95 ≤ 16", "ok": p95(changes) <= 16},
        {"measure": "the same, speech off (ms)", "median": round(median(changes_off), 2),
         "p95": round(p95(changes_off), 2), "target": "(reference)", "ok": True},
        {"measure": "tap Next → the new screen's reading's work done (ms)", "median": round(median(changes_reading), 2),
         "p95": round(p95(changes_reading), 2), "target": "(after the paint)", "ok": True},
    ]
    print_table("Read aloud (espeak-ng, QtMultimedia)", rows)
    window.close()
    app.processEvents()
    return 0 if all(row["ok"] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
