"""Read aloud on the running kiosk: a keypad journey with speech on, taps that interrupt, and a reset that silences.

Speech plays into a real audio output: the private PulseAudio null sink that ``conftest.py`` starts
(``tests/sound_server.py``); its monitor records what was played.
"""

from __future__ import annotations

import array

import pytest
from PySide6.QtCore import Qt

from kiosk import session as pages
from kiosk.speech.words import word


@pytest.fixture
def speaking_kiosk(kiosk):
    read_aloud = kiosk.read_aloud
    read_aloud.prepare()
    if not read_aloud.available:
        pytest.skip(read_aloud.reason)
    return kiosk


def key(qtbot, window, k, text=""):
    qtbot.keyClick(window.focusWidget() or window, k)


def said_item(window) -> str:
    ra = window.read_aloud
    return ra._nav[ra._cursor][0].text if 0 <= ra._cursor < len(ra._nav) else ""


def move_to(qtbot, window, wanted: str, limit: int = 40) -> None:
    for _ in range(limit):
        key(qtbot, window, Qt.Key_Down)
        if said_item(window) == wanted:
            return
    raise AssertionError(f"{wanted!r} not reached with the arrow keys; last {said_item(window)!r}")


def test_a_whole_journey_with_the_keypad_alone(qtbot, speaking_kiosk):
    window = speaking_kiosk
    ra = window.read_aloud
    assert window.journey.current == pages.ATTRACT
    key(qtbot, window, Qt.Key_5)  # any key: reading aloud comes on and the hint is said
    assert ra.listening and window.header.listen.listen.isChecked()
    qtbot.waitUntil(lambda: ra.player.speaking, timeout=3000)
    key(qtbot, window, Qt.Key_Return)  # Enter starts
    assert window.journey.current == pages.LANGUAGE
    key(qtbot, window, Qt.Key_2)  # option 2: Español
    qtbot.waitUntil(lambda: window.journey.current != pages.LANGUAGE, timeout=3000)
    assert window.session.language == "es"
    for _ in range(20):  # each question: option 1, then Next (or Skip) with the arrows and Enter
        page = window.journey.current
        if not page.startswith("q:"):
            break
        qtbot.wait(20)
        key(qtbot, window, Qt.Key_1)
        qtbot.wait(20)
        screen = window.current_screen()
        assert screen.can_go_next(), page
        move_to(qtbot, window, window.next_button.text())
        key(qtbot, window, Qt.Key_Return)
        qtbot.waitUntil(lambda p=page: window.journey.current != p, timeout=3000)
    assert window.journey.current == pages.REVIEW
    move_to(qtbot, window, window.next_button.text())
    key(qtbot, window, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.journey.current == pages.PATHWAY, timeout=5000)
    qtbot.waitUntil(lambda: ra.player.speaking, timeout=3000)
    assert window.session.pathway.steps
    # The pathway is read from the top: the title first, highlighted.
    qtbot.waitUntil(lambda: ra.frame.isVisible(), timeout=5000)
    assert ra.frame.target is ra._items[0][1]
    move_to(qtbot, window, window.next_button.text(), limit=400)
    key(qtbot, window, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.journey.current == pages.FINISH, timeout=3000)
    move_to(qtbot, window, window.restart_button.text())
    key(qtbot, window, Qt.Key_Return)  # Start over asks first
    question = window.start_over_question
    qtbot.waitUntil(question.isVisible, timeout=3000)
    move_to(qtbot, window, question.yes.text())
    key(qtbot, window, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.journey.current == pages.ATTRACT, timeout=3000)
    assert not ra.listening and not ra.player.speaking


def test_speech_plays_into_the_audio_output(qtbot, speaking_kiosk):
    import threading

    from sound_server import record

    window = speaking_kiosk
    window.show_page(pages.LANGUAGE)
    recorder = record()
    heard = bytearray()

    def listen() -> None:
        for chunk in iter(lambda: recorder.stdout.read1(4410), b""):
            heard.extend(chunk)

    listener = threading.Thread(target=listen)
    listener.start()

    def loudest() -> int:
        values = array.array("h", bytes(heard[: len(heard) // 2 * 2]))
        return max((abs(v) for v in values), default=0)

    try:
        qtbot.waitUntil(lambda: len(heard) > 4410, timeout=10000)  # the recorder is listening
        window.read_aloud.set_listening(True)
        qtbot.waitUntil(lambda: window.read_aloud.player.speaking, timeout=3000)
        # Until a voice comes out of the output; the stream's clock runs on through silence, so waiting
        # for it to have "played" a few seconds proved nothing on a busy machine.
        qtbot.waitUntil(lambda: loudest() > 1000, timeout=20000)
    finally:
        recorder.terminate()
        listener.join(10)
    assert window.read_aloud.player.first_audio_s is not None


def test_a_tap_interrupts_and_reads_what_was_tapped(qtbot, speaking_kiosk):
    window = speaking_kiosk
    ra = window.read_aloud
    window.show_page(pages.LANGUAGE)
    window.language_chosen("fr")
    ra.set_listening(True)
    qtbot.waitUntil(lambda: ra.player.speaking, timeout=3000)
    screen = window.current_screen()
    button = screen.options.buttons[2]
    qtbot.mouseClick(button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(ra.player.said) and ra.player.said[0].text.startswith(word("fr", "option", n=3)),
                    timeout=3000)
    text = " ".join(u.text for u in ra.player.said)
    assert text.startswith(word("fr", "option", n=3)) and button.text() in text
    assert word("fr", "chosen") in text
    assert ra.frame.target is button


def test_start_over_and_idle_reset_silence_speech_and_restore_the_volume(qtbot, speaking_kiosk):
    window = speaking_kiosk
    ra = window.read_aloud
    default = ra.player.volume
    for idle in (False, True):
        window.show_page(pages.LANGUAGE)
        ra.set_listening(True)
        ra.change_volume(+2)
        ra.read_screen()
        qtbot.waitUntil(lambda: ra.player.speaking, timeout=3000)
        window.start_over(idle=idle)
        assert not ra.listening and not ra.player.speaking
        assert ra.player.volume == default
        assert not window.header.listen.listen.isChecked() and not window.header.listen.bar.isVisible()
        assert not ra.frame.isVisible()
        qtbot.wait(200)
        assert not ra.player.speaking  # nothing left over in the queue starts again


def test_staff_mode_and_kiosk_status_say_whether_speech_works(speaking_kiosk, config):
    from kiosk.sync.service import health

    sentence = speaking_kiosk.read_aloud.staff_sentence()
    assert sentence.startswith("Read aloud works through ") and "every language" in sentence
    speech = health(config)["speech"]
    assert speech["available"] is True and speech["voices"]["fa_AF"] == "fa"


def test_the_still_there_warning_is_read_when_it_appears(qtbot, speaking_kiosk):
    window = speaking_kiosk
    ra = window.read_aloud
    window.show_page(pages.LANGUAGE)
    ra.set_listening(True)
    window.still_there.start()
    title = window.still_there.title.text()
    qtbot.waitUntil(lambda: bool(ra.player.said) and ra.player.said[0].text == title, timeout=3000)
    window.still_there.cancel()


def test_tour_speech_without_espeak_is_a_clear_bad_input(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, str(root / "main.py"), "tour", "--out", str(tmp_path / "out"), "--speech"],
                          capture_output=True, text=True, env={"PATH": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
                                                               "CAMINO_DATA_DIR": str(tmp_path)}, timeout=120)
    assert done.returncode == 2, done.stderr
    assert "espeak-ng" in done.stderr and len(done.stderr.strip().splitlines()) == 1
