"""Kiosk lockdown: Alt+F4, Escape, Ctrl+Q, Ctrl+W and close() leave the window open; staff exit closes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from test_staff_mode import PIN, make_kiosk, open_panel, tap

from ui.staff.lockdown import KIOSK_FLAGS

BLOCKED = [(Qt.Key_F4, Qt.AltModifier), (Qt.Key_Escape, Qt.NoModifier), (Qt.Key_Q, Qt.ControlModifier),
           (Qt.Key_W, Qt.ControlModifier)]


def press_everything(qtbot, window) -> list[str]:
    """Send the blocked keys as real key events and call close(); returns the shortcuts that fired."""
    window.activateWindow()
    qtbot.waitActive(window)
    fired: list[str] = []
    for sequence in ("Ctrl+Q", "Ctrl+W", "Esc", "Alt+F4"):
        shortcut = QShortcut(QKeySequence(sequence), window)
        shortcut.setContext(Qt.ApplicationShortcut)
        shortcut.activated.connect(lambda s=sequence: fired.append(s))
    for key, modifiers in BLOCKED:
        qtbot.keyClick(window.windowHandle(), key, modifiers)  # through the window system path, like a keyboard
    window.close()
    return fired


def test_lockdown_keeps_the_window_open_until_staff_exit(qtbot, demo_engine, tmp_path):
    window, _context, staff, _clock, quits = make_kiosk(qtbot, demo_engine, tmp_path, lockdown=True)
    assert (window.windowFlags() & KIOSK_FLAGS) == KIOSK_FLAGS
    fired = press_everything(qtbot, window)
    assert window.isVisible()
    assert fired == []
    assert staff.lockdown.blocked_keys == len(BLOCKED)
    # The visitor's screens still take keys that are not blocked.
    tap(qtbot, window.attract.start)
    assert window.journey.current == "language"
    # Staff exit: two taps on Exit, then the window closes and the application is asked to quit.
    open_panel(qtbot, window, staff)
    tap(qtbot, staff.panel.exit_button)
    assert window.isVisible() and staff.panel.exit_button.text() == "Tap again to exit Camino"
    tap(qtbot, staff.panel.exit_button)
    assert not window.isVisible()
    assert quits == [True]


def test_exit_needs_a_second_tap_within_five_seconds(qtbot, demo_engine, tmp_path):
    window, _context, staff, _clock, quits = make_kiosk(qtbot, demo_engine, tmp_path, lockdown=True)
    open_panel(qtbot, window, staff)
    tap(qtbot, staff.panel.exit_button)
    staff.panel._exit_timer.timeout.emit()  # five seconds passed
    assert staff.panel.exit_button.text() == "Exit Camino"
    tap(qtbot, staff.panel.exit_button)
    assert window.isVisible() and quits == []
    staff.lockdown.allow_exit()


def test_without_lockdown_the_keys_reach_the_window(qtbot, demo_engine, tmp_path):
    """The same keys do close a development window: the test above can fail."""
    window, _context, staff, _clock, _quits = make_kiosk(qtbot, demo_engine, tmp_path, lockdown=False)
    fired = press_everything(qtbot, window)
    assert set(fired) >= {"Ctrl+Q", "Ctrl+W", "Esc"}
    assert not window.isVisible()
    assert staff.lockdown is None


def test_lockdown_engages_by_itself_only_for_the_kiosk_window(qtbot, demo_engine, tmp_path):
    from kiosk.config import Config
    from ui.app import build
    from ui.staff import install

    # Windowed (development): no lockdown.
    _app, windowed, context = build(Config(), tmp_path / "a.toml", engine=demo_engine, insights=False, staff=False)
    staff = install(windowed, context)
    windowed.show()
    qtbot.addWidget(windowed)
    assert not staff.lockdown.engaged
    windowed.close()
    assert not windowed.isVisible()
    # The kiosk: ui.app.run sets frameless + on top before showing; lockdown engages at the first show.
    _app, kiosk, context = build(Config(), tmp_path / "b.toml", engine=demo_engine, insights=False, staff=False)
    staff = install(kiosk, context)
    kiosk.setWindowFlags(kiosk.windowFlags() | KIOSK_FLAGS)
    kiosk.showFullScreen()
    qtbot.addWidget(kiosk)
    assert staff.lockdown.engaged
    kiosk.close()
    assert kiosk.isVisible()
    staff.lockdown.allow_exit()
    kiosk.close()
    assert not kiosk.isVisible()
    assert PIN  # the same PIN helpers serve both test files
