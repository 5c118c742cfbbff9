"""Read aloud on the kiosk window: Listen, each screen read as it appears, taps and keys read what they reach.

:class:`ReadAloud` is the controller. It finds what the screen shows (``ui.speech.reader``), has
``kiosk.speech.script`` turn it into utterances, hands them to the :class:`SpeechPlayer`, and moves
the highlight with the voice. A USB keypad or keyboard drives the whole journey:

=====================  ==========================================================
arrows (keypad 2 4 6 8)  move item by item and read it (Tab: the next thing to press)
Enter                  press the item (choose an option, Next, Print…)
1–9                    choose option N (on the ZIP screen: type the digit)
0, Insert, *           read the screen again
+ / −                  louder / quieter
. , Delete, Escape     stop reading
=====================  ==========================================================

The first key pressed turns reading aloud on (and still does its usual work): a visitor who cannot
see the screen need not find Listen. Start over and idle reset turn it off and put the volume back
(the attract screen's entry).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk import session as pages
from kiosk.speech.script import Shown, Utterance, item_script, screen_script
from kiosk.speech.synth import Synthesizer
from kiosk.speech.voices import status
from kiosk.speech.words import word
from ui.speech.after_paint import AfterPaint
from ui.speech.highlight import SpeakingFrame
from ui.speech.reader import shown

_NEXT = {Qt.Key_Down, Qt.Key_Right, Qt.Key_Tab}
_PREVIOUS = {Qt.Key_Up, Qt.Key_Left, Qt.Key_Backtab}
_REPEAT = {Qt.Key_0, Qt.Key_Insert, Qt.Key_Asterisk}
_STOP = {Qt.Key_Period, Qt.Key_Comma, Qt.Key_Delete, Qt.Key_Escape}
_ENTER = {Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space}
# A numeric keypad with Num Lock off sends these for 2, 4, 6, 8.
_KEYPAD_ARROWS = {Qt.Key_2: Qt.Key_Down, Qt.Key_8: Qt.Key_Up, Qt.Key_4: Qt.Key_Left, Qt.Key_6: Qt.Key_Right}


# Overlays that cover the screen, in the order one would cover another; a visible one is what is read.
OVERLAYS = ("start_over_question", "still_there", "picker")
# While reading aloud, every event of the application passes the filter (a few hundred per tap): the
# ones it wants are told apart with one look-up (each ``QEvent.X`` costs a microsecond or two in Python).
_KEY, _RELEASE, _LANGUAGE, _SHOW = QEvent.KeyPress, QEvent.MouseButtonRelease, QEvent.LanguageChange, QEvent.Show
_WATCHED = frozenset((_KEY, _RELEASE, _LANGUAGE, _SHOW))
# A screen still placing its cards below the fold (the pathway) is read as far as it is built, and
# looked at this often until it is done; the rest then joins what the voice still has to say.
STILL_BUILDING_MS = 60

class ReadAloud(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.controls = window.header.listen
        self.controls.language_provider = lambda: window.session.language
        self.controls.retranslate()
        window.layout().insertWidget(1, self.controls.bar)  # under the header, shown while listening
        self.player = None  # made by prepare(): QtMultimedia stays out of the kiosk's start-up
        self.listening = False
        self.frame = SpeakingFrame(window)
        self._items: list[tuple[Shown, QWidget]] = []  # what is being read, with the widgets to highlight
        self._nav: list[tuple[Shown, QWidget]] = []  # what the keys move through: the screen, then the footer
        self._cursor = -1
        self._root: QWidget | None = None
        self._after_paint = AfterPaint(self)  # readings wait for the paint of what a tap or key changed
        self._rest = QTimer(self, interval=STILL_BUILDING_MS)
        self._rest.timeout.connect(self._read_the_rest)
        self.controls.listen_toggled.connect(self._listen_tapped)
        self.controls.repeat.connect(self.read_screen)
        self.controls.stop.connect(self.stop)
        self.controls.louder.connect(lambda: self.change_volume(+1))
        self.controls.quieter.connect(lambda: self.change_volume(-1))
        window.screen_changed.connect(self._screen_changed)
        # Only the window's own events while reading aloud is off (the first key reaches the window: a
        # new screen gives it the focus); every widget's while on, to read taps and take the keys first.
        window.installEventFilter(self)

    # -- set up ------------------------------------------------------------------------------------

    def prepare(self) -> None:
        """Find the engine and the audio output (after the first paint); hide Listen if speech cannot work."""
        if self.player is not None:
            return
        from ui.speech.player import SpeechPlayer

        self.player = SpeechPlayer(self)
        self.player.reading.connect(self._reading)
        self.controls.setVisible(self.player.available)
        self.controls.bar.setVisible(self.player.available and self.listening)
        if self.player.available:  # espeak-ng's voice files into the page cache: the first word comes quick
            languages = list(self.window.enabled_languages)
            threading.Thread(target=_warm_up, args=(languages,), daemon=True, name="camino-speech-warm").start()

    @property
    def available(self) -> bool:
        self.prepare()
        return self.player.available

    @property
    def reason(self) -> str | None:
        """Why speech cannot work here (for staff), or None."""
        self.prepare()
        return self.player.reason

    def staff_sentence(self) -> str:
        """Whether read aloud works on this kiosk, in one sentence for staff mode."""
        if not self.available:
            return self.reason
        from PySide6.QtMultimedia import QMediaDevices

        device = QMediaDevices.defaultAudioOutput().description()
        return f"Read aloud works through {device}. {status(self.window.enabled_languages)['message']}"

    # -- what to say -------------------------------------------------------------------------------

    def root(self) -> QWidget:
        """What is in front of the visitor: an overlay (Start over?, language picker, "still there?") or the screen."""
        for name in OVERLAYS:
            overlay = getattr(self.window, name, None)
            if overlay is not None and overlay.isVisible():
                return overlay
        return self.window.current_screen()

    def script(self, whole: bool = True) -> list[Utterance]:
        """The words the current screen says, in order (also what ``kiosk tour --speech`` writes).

        ``whole``: cards still waiting to be placed below the fold are placed first, at once (a
        pathway's take a tenth of a second); else the screen is read as far as it is built.
        """
        root = self.root()
        language = self.window.session.language
        root_finish = getattr(root, "finish_building", None)
        if root_finish is not None and whole:
            root_finish()  # cards still to be placed below the fold: they are read too
        self._root = root
        self._items = shown(root)
        footer = [] if root is not self.window.current_screen() else shown(self.window.footer)
        self._nav = self._items + footer
        items = [item for item, _ in self._items]
        if self.window.journey.current == pages.ATTRACT and root is self.window.current_screen():
            # Before a language is chosen: the hint in every language, then "Touch to start".
            hint = [Utterance(word(lang, "hint"), lang, -1) for lang in self.window.enabled_languages]
            start = [(i, item) for i, item in enumerate(items) if item.kind == "action"]
            return hint + [u for i, item in start for u in item_script(item, language, index=i)]
        return screen_script(items, language)

    # -- listening on and off ------------------------------------------------------------------------

    def set_listening(self, on: bool, announce: bool = True) -> None:
        if on and not self.available:
            on = False
        self._set_flag(on)
        self.controls.set_listening(on)
        if on:
            self.when_painted(lambda: self.read_screen(announce=announce))
        else:
            self.stop()

    def _set_flag(self, on: bool) -> None:
        if on != self.listening:
            app = QApplication.instance()
            app.installEventFilter(self) if on else app.removeEventFilter(self)
        self.listening = on

    def _listen_tapped(self, on: bool) -> None:
        self.set_listening(on)

    def read_screen(self, announce: bool = False) -> None:
        """Read everything on the screen from the top (Listen, Repeat, 0, a new screen)."""
        if not self.listening:
            return
        self._rest.stop()  # a pathway left before its cards were all placed
        utterances = self.script(whole=False)
        if announce:
            language = self.window.session.language
            utterances = [Utterance(word(language, "on"), language, -1), *utterances]
        self._cursor = -1
        self.player.say(utterances)
        if getattr(self._root, "still_building", False):
            self._rest.start()

    def _read_the_rest(self) -> None:
        root = self._root
        if not self.listening or root is not self.root():
            self._rest.stop()  # another screen (Stop and a tapped item stop this too)
            return
        if getattr(root, "still_building", False):
            return
        self._rest.stop()
        # Cards are placed below what is read first, so the items already said keep their places.
        self.player.continue_with(self.script(whole=False))

    def read_item(self, index: int) -> None:
        """Read just item ``index`` of the keys' list (an option says its number and chosen state)."""
        if not self.listening or not (0 <= index < len(self._nav)):
            return
        item = self._nav[index][0]
        number = sum(1 for other, _ in self._nav[: index + 1] if other.kind == "option") if item.kind == "option" \
            else None
        self._cursor = index
        self._rest.stop()
        self.player.say(item_script(item, self.window.session.language, number=number, index=index))
        self.frame.follow(self._nav[index][1])

    def stop(self) -> None:
        self._rest.stop()
        if self.player is not None:
            self.player.stop()
        self.frame.follow(None)

    def change_volume(self, step: int) -> None:
        if self.player is None:
            return
        self.player.set_volume(self.player.volume + step)
        language = self.window.session.language
        self.player.say([Utterance(word(language, "volume", n=self.player.volume), language, -1)])

    def reset(self) -> None:
        """A new visitor: reading aloud off, default volume, nothing highlighted."""
        self._set_flag(False)
        self.controls.set_listening(False)
        if self.player is not None:
            self.player.reset()
        self.frame.follow(None)
        self._after_paint.clear()
        self._rest.stop()
        self._items, self._nav, self._cursor, self._root = [], [], -1, None

    def when_painted(self, then: Callable[[], None]) -> None:
        """Run ``then`` once what the current tap or key asked to be painted is painted (``after_paint``);
        a new screen and its change of language asking for the same reading get it once."""
        self._after_paint.add(then)

    @property
    def waiting_for_paint(self) -> bool:
        """A reading waits for the window's paint (for the benchmark: when the reading's work starts)."""
        return self._after_paint.waiting

    def _reading(self, index: int) -> None:
        if 0 <= index < len(self._items):
            self._cursor = index
            self.frame.follow(self._items[index][1])
        elif index == -1 and (self._cursor < 0 or self._cursor >= len(self._nav)):
            self.frame.follow(None)

    def _screen_changed(self, page: str) -> None:
        if page == pages.ATTRACT:
            self.reset()
        elif self.listening:
            self.frame.follow(None)
            self.when_painted(self.read_screen)

    # -- taps and keys -----------------------------------------------------------------------------

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind not in _WATCHED:
            return False
        if kind == _KEY and self._ours(obj):
            return self._key(event)
        elif kind == _RELEASE and self.listening and self._ours(obj) \
                and not self.controls.isAncestorOf(obj) and not self.controls.bar.isAncestorOf(obj):
            self.when_painted(lambda w=obj, page=self.window.journey.current: self._tapped(w, page))
        elif kind == _LANGUAGE and obj is self.window and self.listening:
            self.when_painted(self.read_screen)
        elif kind == _SHOW and self.listening and obj in [getattr(self.window, n, None) for n in OVERLAYS]:
            self.when_painted(self.read_screen)  # the overlays speak too, and their buttons are reached
        return False

    def _ours(self, obj) -> bool:
        if not isinstance(obj, QWidget) or obj.window() is not self.window:
            return False
        widget = obj
        while widget is not None:  # staff mode types its PIN and settings: not for the voice
            if type(widget).__module__.startswith("ui.staff"):
                return False
            widget = widget.parentWidget()
        return True

    def _tapped(self, widget: QWidget, page: str) -> None:
        if not self.listening or self.window.journey.current != page:
            return  # the tap moved to another screen: that screen is read from the top
        root = self.root()
        if root is not self._root:  # the tap opened or closed an overlay
            self.read_screen()
            return
        for index, (item, target) in enumerate(self._nav):
            if target is widget or target.isAncestorOf(widget):
                if item.chosen is not None:  # what the tap changed: the option's chosen state
                    self._nav[index] = (replace(item, chosen=target.isChecked()), target)
                self.read_item(index)
                return
        self.stop()

    def _key(self, event) -> bool:
        key = event.key()
        if event.modifiers() & Qt.KeypadModifier and not self._typing_zip():
            key = _KEYPAD_ARROWS.get(key, key)
        if not self.listening:
            if not self.available or event.isAutoRepeat():
                return False
            self.set_listening(True)
            return False  # the key still does what it does without speech (Enter presses, Tab moves)
        if key in _NEXT or key in _PREVIOUS:
            self._move(1 if key in _NEXT else -1, actions_only=key in (Qt.Key_Tab, Qt.Key_Backtab))
        elif key in _ENTER:
            self._press()
        elif key in (Qt.Key_Plus, Qt.Key_Equal):
            self.change_volume(+1)
        elif key in (Qt.Key_Minus, Qt.Key_Underscore):
            self.change_volume(-1)
        elif key in _STOP:
            self.stop()
        elif Qt.Key_0 <= key <= Qt.Key_9 and self._typing_zip():
            self._type_zip(event.text() or str(key - Qt.Key_0))
        elif key == Qt.Key_Backspace and self._typing_zip():
            self._type_zip("delete")
        elif key in _REPEAT:
            self.read_screen()
        elif Qt.Key_1 <= key <= Qt.Key_9:
            self._choose(key - Qt.Key_0)
        else:
            return False
        return True

    def _sync_with_focus(self) -> None:
        """Start from the focused button when there is one (a tap or Qt moved the focus)."""
        self.script()  # what is on screen now: a choice may have put Next where Skip was
        focus = QApplication.focusWidget()
        for index, (_, widget) in enumerate(self._nav):
            if widget is focus and isinstance(widget, QAbstractButton):
                self._cursor = index
                return

    def _move(self, step: int, actions_only: bool = False) -> None:
        self._sync_with_focus()
        if not self._nav:
            return
        index = self._cursor
        for _ in range(len(self._nav)):
            index = (index + step) % len(self._nav) if index >= 0 or step > 0 else len(self._nav) - 1
            if not actions_only or isinstance(self._nav[index][1], QAbstractButton):
                break
        widget = self._nav[index][1]
        if isinstance(widget, QAbstractButton):
            widget.setFocus(Qt.TabFocusReason)
        else:  # a text: no button keeps the focus (Enter must not press one the voice has left)
            self.window.setFocus(Qt.OtherFocusReason)
        self.read_item(index)

    def _press(self) -> None:
        if self.window.journey.current == pages.ATTRACT and self.root() is self.window.current_screen():
            self.window.attract.started.emit()
            return
        self._sync_with_focus()
        if 0 <= self._cursor < len(self._nav):
            widget = self._nav[self._cursor][1]
            if isinstance(widget, QAbstractButton) and widget.isEnabled():
                page = self.window.journey.current
                widget.click()
                self.when_painted(lambda w=widget: self._tapped(w, page))

    def _choose(self, number: int) -> None:
        self.script()
        options = [(i, w) for i, (item, w) in enumerate(self._nav) if item.kind == "option"]
        if number <= len(options):
            index, widget = options[number - 1]
            self._cursor = index
            widget.setFocus(Qt.TabFocusReason)
            page = self.window.journey.current
            widget.click()
            self.when_painted(lambda w=widget: self._tapped(w, page))

    def _typing_zip(self) -> bool:
        keypad = getattr(self.window.current_screen(), "keypad", None)
        return keypad is not None and keypad.isVisible() and self.root() is self.window.current_screen()

    def _type_zip(self, key: str) -> None:
        keypad = self.window.current_screen().keypad
        keypad.press(key)
        language = self.window.session.language
        said = " ".join(keypad.digits) or word(language, "not_chosen")
        self.player.say([Utterance(said, language, -1)])


def _warm_up(languages: list[str]) -> None:
    status(languages)  # espeak-ng's version and voices, asked once: staff mode reads them from memory
    synth = Synthesizer()
    for language in languages:
        synth.audio(".", language)
