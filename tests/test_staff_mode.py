"""Staff mode on the real kiosk window: hold the logo, the PIN keypad, lockout, timeout, reprint, settings."""

from __future__ import annotations

import tomllib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.config import Config
from kiosk.questionnaire import Answers
from kiosk.staff import hash_pin
from ui.staff import printwork
from ui.theme import theme

PIN = "2468"


class Clock:
    def __init__(self) -> None:
        self.t = 5000.0

    def __call__(self) -> float:
        return self.t


def tap(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.LeftButton)
    QApplication.processEvents()


def make_kiosk(qtbot, engine, tmp_path, *, pin: str | None = PIN, timeout_s: float = 120, lockdown=False):
    from ui.app import build
    from ui.staff import install

    theme.large_text = theme.high_contrast = False
    config = Config()
    if pin:
        config.staff.pin_hash = hash_pin(pin, n=2**10)
    path = tmp_path / "config.toml"
    _app, window, context = build(config, path, engine=engine, insights=False, staff=False)
    clock = Clock()
    quits: list[bool] = []
    context.quit_app = lambda: quits.append(True)
    staff = install(window, context, lockdown=lockdown, now=clock, timeout_s=timeout_s)
    window.resize(1280, 800)
    window.show()
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window, context, staff, clock, quits


@pytest.fixture
def kiosk(qtbot, demo_engine, tmp_path):
    window, context, staff, clock, _quits = make_kiosk(qtbot, demo_engine, tmp_path)
    yield window, context, staff, clock
    staff.close()
    window.start_over(idle=True)


def enter_pin(qtbot, staff, pin: str) -> None:
    keypad = staff.pin_dialog.keypad
    for digit in pin:
        tap(qtbot, keypad.keys[digit])
    assert staff.pin_dialog.dots.text().count("●") == len(pin)
    assert pin not in staff.pin_dialog.dots.text()  # dots, never the digits
    tap(qtbot, staff.pin_dialog.enter_button)


def open_panel(qtbot, window, staff) -> None:
    window.staff_gesture.emit()
    assert staff.pin_dialog.isVisible()
    enter_pin(qtbot, staff, PIN)
    assert staff.panel.isVisible()


def test_holding_the_logo_three_seconds_asks_for_the_pin(qtbot, kiosk):
    window, _context, staff, _clock = kiosk
    hold = window.logo._hold  # the press starts it; its timeout is the gesture (read, not waited for)
    assert hold.interval() == 3000 and not hold.isActive()
    # A short press is not the gesture: releasing stops the countdown.
    qtbot.mousePress(window.logo, Qt.LeftButton)
    assert hold.isActive()
    qtbot.mouseRelease(window.logo, Qt.LeftButton)
    assert not hold.isActive() and not staff.pin_dialog.isVisible()
    # Held for the whole three seconds.
    qtbot.mousePress(window.logo, Qt.LeftButton)
    assert hold.isActive() and not staff.pin_dialog.isVisible()
    hold.timeout.emit()
    hold.stop()
    assert staff.pin_dialog.isVisible()
    qtbot.mouseRelease(window.logo, Qt.LeftButton)
    assert staff.pin_dialog.keypad.isVisible()
    assert staff.pin_dialog.title.text() == "Staff PIN"


def test_right_pin_opens_the_panel_and_pauses_the_visitor_idle_reset(qtbot, kiosk):
    window, _context, staff, _clock = kiosk
    tap(qtbot, window.attract.start)
    assert window.idle_watch.active
    open_panel(qtbot, window, staff)
    assert not window.idle_watch.active  # paused while staff work
    assert staff.pin_dialog.keypad.digits == ""
    tap(qtbot, staff.panel.close_button)
    assert not staff.panel.isVisible()
    assert window.idle_watch.active  # the visit goes on


def test_cancel_closes_the_pin_entry_and_forgets_digits(qtbot, kiosk):
    window, _context, staff, _clock = kiosk
    window.staff_gesture.emit()
    tap(qtbot, staff.pin_dialog.keypad.keys["7"])
    assert not staff.pin_dialog.enter_button.isEnabled()  # fewer than 4 digits
    tap(qtbot, staff.pin_dialog.cancel_button)
    assert not staff.pin_dialog.isVisible() and not staff.active
    window.staff_gesture.emit()
    assert staff.pin_dialog.keypad.digits == ""


def test_five_wrong_pins_lock_staff_entry_for_five_minutes(qtbot, kiosk):
    window, _context, staff, clock = kiosk
    window.staff_gesture.emit()
    for _ in range(4):
        enter_pin(qtbot, staff, "1111")
        assert "Wrong PIN" in staff.pin_dialog.message.text()
        assert staff.pin_dialog.keypad.isVisible()
    enter_pin(qtbot, staff, "1111")
    assert staff.pin_dialog.title.text() == "Staff entry locked"
    assert not staff.pin_dialog.keypad.isVisible()
    assert "5 minute" in staff.pin_dialog.message.text()
    tap(qtbot, staff.pin_dialog.cancel_button)
    clock.t += 4 * 60
    window.staff_gesture.emit()
    assert staff.pin_dialog.title.text() == "Staff entry locked"
    assert "1 minute" in staff.pin_dialog.message.text()
    assert staff.gate.attempt(PIN).outcome == "locked"  # not even the right PIN
    tap(qtbot, staff.pin_dialog.cancel_button)
    clock.t += 61
    window.staff_gesture.emit()
    enter_pin(qtbot, staff, PIN)
    assert staff.panel.isVisible()


def test_without_a_pin_staff_entry_explains_and_stays_closed(qtbot, demo_engine, tmp_path):
    window, _context, staff, _clock, _quits = make_kiosk(qtbot, demo_engine, tmp_path, pin=None)
    window.staff_gesture.emit()
    dialog = staff.pin_dialog
    assert dialog.isVisible() and not dialog.keypad.isVisible() and not dialog.enter_button.isVisible()
    assert "kiosk set-pin" in dialog.message.text()
    tap(qtbot, dialog.cancel_button)
    assert not staff.panel.isVisible() and not staff.active


def test_staff_mode_closes_after_the_timeout_without_a_touch(qtbot, demo_engine, tmp_path):
    # The timer's own state is read instead of waiting for it: a loaded machine can stretch any wait.
    window, _context, staff, _clock, _quits = make_kiosk(qtbot, demo_engine, tmp_path, timeout_s=60)
    tap(qtbot, window.attract.start)
    open_panel(qtbot, window, staff)
    timer = staff.timer
    assert timer.isActive() and timer.interval() == 60_000
    for _ in range(3):  # each touch starts the whole timeout again
        timer.stop()
        tap(qtbot, staff.panel.more)
        assert timer.isActive() and timer.remainingTime() > 55_000
    assert staff.panel.isVisible()
    timer.timeout.emit()  # a minute without a touch
    assert not staff.panel.isVisible()
    assert not staff.active and window.idle_watch.active
    # The PIN entry left open times out too.
    window.staff_gesture.emit()
    assert staff.pin_dialog.isVisible() and timer.isActive()
    timer.timeout.emit()
    assert not staff.pin_dialog.isVisible()


def test_the_real_staff_timeout_is_two_minutes(qtbot, kiosk):
    _window, _context, staff, _clock = kiosk
    assert staff.timer.interval() == 120_000


def visitor_printout(engine, context, language="es"):
    from kiosk.printout import english_twin

    answers = Answers({"needs": ["need-start", "need-money"], "stage": "stage-starting", "kind": "kind-food"})
    pathway = engine.build(answers, language)
    return pathway, english_twin(engine, pathway)


@pytest.mark.cups
def test_reprint_prints_the_last_pathway_on_cups_and_forgets_it_after_ten_minutes(qtbot, kiosk, demo_engine):
    window, context, staff, clock = kiosk
    context.config.printing.printer = "camino-pdf"
    context.session.remember_for_reprint(visitor_printout(demo_engine, context), now=clock())
    open_panel(qtbot, window, staff)
    panel = staff.panel
    pathway, _twin = printwork.unpack(context.session.reprint_candidate(clock()))
    steps = len(pathway.steps)
    assert panel.reprint_info.text() == f"The last printout: {steps} step{'s' if steps != 1 else ''}, in Español."
    tap(qtbot, panel.more)
    assert panel.copies == 2
    tap(qtbot, panel.reprint_button)
    assert not panel.reprint_button.isEnabled()  # busy, and the screen still answers
    qtbot.waitUntil(lambda: "camino-pdf" in panel.reprint_status.text(), timeout=30_000)
    assert panel.reprint_status.text().startswith("Printed 2"), panel.reprint_status.text()
    tap(qtbot, panel.close_button)
    clock.t += 10 * 60 + 1
    open_panel(qtbot, window, staff)
    assert not panel.reprint_button.isEnabled()
    assert "Nothing to reprint" in panel.reprint_info.text()


def test_idle_reset_forgets_the_reprint(qtbot, kiosk, demo_engine):
    window, context, staff, clock = kiosk
    context.session.remember_for_reprint(visitor_printout(demo_engine, context), now=clock())
    window.start_over(idle=False)  # Start over keeps it: the visitor may be at the desk
    open_panel(qtbot, window, staff)
    assert staff.panel.reprint_button.isEnabled()
    tap(qtbot, staff.panel.close_button)
    window.start_over(idle=True)
    open_panel(qtbot, window, staff)
    assert not staff.panel.reprint_button.isEnabled()


def test_location_bilingual_and_printer_are_saved_to_the_config(qtbot, kiosk, demo_engine):
    window, context, staff, _clock = kiosk
    open_panel(qtbot, window, staff)
    panel = staff.panel
    zip_code = "87121"
    panel.location_name.setText("  South Valley   Library ")
    panel.zip_box.setCurrentIndex(panel.zip_box.findData(zip_code))
    tap(qtbot, panel.save_location_button)
    assert "Location saved" in panel.location_status.text()
    saved = tomllib.loads(context.config_path.read_text())
    lat, lon = demo_engine.directory.zip_centroids[zip_code]
    assert saved["kiosk"] == {**saved["kiosk"], "location_name": "South Valley Library", "zip": zip_code,
                              "latitude": lat, "longitude": lon}
    assert demo_engine.kiosk == (lat, lon)  # the next pathway measures from here
    tap(qtbot, panel.bilingual)
    assert tomllib.loads(context.config_path.read_text())["printing"]["bilingual"] is True
    # An empty name is refused, nothing saved.
    panel.location_name.setText("  ")
    tap(qtbot, panel.save_location_button)
    assert "name" in panel.location_status.text()
    assert tomllib.loads(context.config_path.read_text())["kiosk"]["location_name"] == "South Valley Library"
    demo_engine.kiosk = (Config().kiosk.latitude, Config().kiosk.longitude)


@pytest.mark.cups
def test_printers_listed_with_state_and_test_page_printed(qtbot, kiosk):
    window, context, staff, _clock = kiosk
    open_panel(qtbot, window, staff)
    panel = staff.panel
    qtbot.waitUntil(lambda: panel.printer_box.findData("camino-pdf") >= 0, timeout=10_000)
    panel.printer_box.setCurrentIndex(panel.printer_box.findData("camino-pdf"))
    panel.printer_box.activated.emit(panel.printer_box.currentIndex())
    assert "camino-pdf is ready" in panel.printer_state.text()
    assert tomllib.loads(context.config_path.read_text())["printing"]["printer"] == "camino-pdf"
    tap(qtbot, panel.test_button)
    qtbot.waitUntil(lambda: "Test page printed" in panel.print_status.text() or "camino-pdf" in
                    panel.print_status.text(), timeout=30_000)
    assert panel.print_status.text() == "Test page printed on camino-pdf."


def test_sync_now_reports_a_failure_in_a_sentence(qtbot, kiosk, tmp_path):
    window, context, staff, _clock = kiosk
    open_panel(qtbot, window, staff)
    panel = staff.panel
    assert not panel.sync_button.isEnabled()
    assert "sync.url" in panel.sync_status.text()
    tap(qtbot, panel.close_button)
    context.config.sync.url = str(tmp_path / "no-such-folder")
    context.config.sync.pubkey = str(tmp_path / "no-such-key.pub")
    open_panel(qtbot, window, staff)
    assert "Directory version 1" in panel.directory_info.text()
    tap(qtbot, panel.sync_button)
    qtbot.waitUntil(lambda: panel.sync_button.isEnabled(), timeout=10_000)
    assert panel.sync_status.text() and "Syncing" not in panel.sync_status.text()
    assert "Traceback" not in panel.sync_status.text()


def test_screens_render(qtbot, kiosk, tmp_path):
    window, _context, staff, _clock = kiosk
    window.staff_gesture.emit()
    assert not window.grab().isNull()
    enter_pin(qtbot, staff, PIN)
    image = window.grab()
    assert image.save(str(tmp_path / "staff-panel.png"))
    # Nothing of the panel is cut off at the smallest supported kiosk size.
    window.resize(1024, 768)
    QApplication.processEvents()
    assert staff.panel.geometry() == window.rect()
