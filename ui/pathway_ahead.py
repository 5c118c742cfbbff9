"""The pathway built while the visitor reads the review screen, so "Show my pathway" shows it at once.

The answers are all given by the review screen, and a person takes a few seconds there; building the
pathway (the engine, then the screen's steps and cards) in that time leaves the tap only the switch
of screens. If the visitor changes an answer or the language first, the pathway is built at the tap
as before. Nothing here outlives the visit: :meth:`PathwayAhead.forget` runs at every reset.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from kiosk import session as pages

if TYPE_CHECKING:
    from kiosk.pathway import Pathway

# Long enough for the review screen to be painted first, far shorter than anyone reads it.
PREPARE_AFTER_MS = 40


class PathwayAhead(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._ready: tuple[tuple[str, str], Pathway] | None = None  # (answers and language, pathway shown)

    def prepare_soon(self) -> None:
        """The review screen is coming up: build its pathway once it has been painted."""
        QTimer.singleShot(PREPARE_AFTER_MS, self, self._prepare)

    def _prepare(self) -> None:
        window = self.window
        if window.journey.current != pages.REVIEW or (self._ready and self._ready[0] == self._key()):
            return
        window.catch_up.catch_up(window.pathway_screen)  # in the visitor's language before it is filled
        # The size the stack will give it (the screen on show's): a page never shown yet has none of
        # its own, and laid out at another width its text would wrap anew and nothing would be held
        # back below the fold at the tap.
        window.pathway_screen.setGeometry(window.current_screen().geometry())
        self._ready = (self._key(), self._build())
        # Lay the whole screen out and draw it once, offscreen: what the tap would otherwise wait for.
        window.pathway_screen.finish_building()
        window.pathway_screen.grab()
        window.pathway_screen.hold_back_below_fold()
        window.catch_up.set_aside(window.pathway_screen)  # still out of sight

    def take(self) -> Pathway:
        """The pathway to show now, on the pathway screen: the one prepared, if still right, else a new one."""
        ready, self._ready = self._ready, None
        if ready is not None and ready[0] == self._key():
            return ready[1]
        return self._build()

    def forget(self) -> None:
        self._ready = None

    def _key(self) -> tuple[str, str]:
        session = self.window.session
        return json.dumps(session.answers.values, sort_keys=True), session.language

    def _build(self) -> Pathway:
        window = self.window
        engine = window.engine
        language = window.session.language
        pathway = engine.build(window.session.answers, language)
        notice = engine.directory.notice(language) if engine.directory.is_demo else None
        window.pathway_screen.show_pathway(pathway, notice)
        return pathway
