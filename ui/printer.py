"""Printing a pathway off the UI thread: render the PDF (kiosk.printout), send it (kiosk.printing).

The screens only see ``PrintService.submit(pathway, engine)`` and three signals; a failure comes
back as the technical cause in one sentence (for the log and staff mode: the visitor is told in their
own language that the printer is not working), never a frozen screen or a traceback.
"""

from __future__ import annotations

import importlib
import logging
import threading
import time

from PySide6.QtCore import QObject, Signal

from kiosk.config import Config

log = logging.getLogger("camino.ui.print")
# Rendering is time-boxed (kiosk.printout.time_box) and CUPS is waited on for at most a minute; a job
# still "printing" after this is given up on, so one stuck job never blocks every later visitor.
STUCK_AFTER_S = 150.0


class PrintService(QObject):
    started = Signal()
    finished = Signal()
    failed = Signal(str)

    def __init__(self, config: Config, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self._busy = False
        self._busy_since = 0.0
        self._job = 0  # the job whose end clears _busy; a job given up on as stuck no longer does
        self.last_failure = ""  # the cause of the last failure, for staff mode; never shown to a visitor

    @staticmethod
    def available() -> bool:
        return importlib.util.find_spec("kiosk.printing") is not None

    def submit(self, pathway, engine, *, bilingual: bool | None = None, copies: int = 1,
               printer: str | None = None) -> tuple | None:
        """Start printing ``pathway``; returns (pathway, English twin) for staff reprint, or None when busy.

        ``bilingual``, ``printer``: default to the config's; staff mode may pass its own choices.
        """
        if self._busy and time.monotonic() - self._busy_since < STUCK_AFTER_S:
            return None
        from kiosk.printout import english_twin, render_pathway

        twin = english_twin(engine, pathway) if pathway.language != "en" else None
        notice = engine.directory.notice(pathway.language) if engine.directory.is_demo else None
        self._busy, self._busy_since = True, time.monotonic()
        self._job += 1
        job = self._job
        self.started.emit()
        bilingual = twin if (self.config.printing.bilingual if bilingual is None else bilingual) else None
        queue = self.config.printing.printer if printer is None else printer

        def work() -> None:
            try:
                pdf = render_pathway(pathway, config=self.config, bilingual_with=bilingual, notice=notice)
                printing = importlib.import_module("kiosk.printing")
                printing.print_pdf(pdf, queue, copies=copies, paper=self.config.printing.paper)
            except Exception as exc:  # any failure becomes a sentence and the QR code offer
                # Only the kind of failure is logged: never the pathway, never an answer.
                cause = _sentence(exc)
                log.warning("printing failed: %s%s", type(exc).__name__, f": {cause}" if cause else "")
                if job == self._job:
                    self._busy = False
                    self.last_failure = cause or type(exc).__name__
                    self.failed.emit(cause)
                return
            if job == self._job:
                self._busy = False
                self.last_failure = ""
                self.finished.emit()

        threading.Thread(target=work, name="camino-print", daemon=True).start()
        return (pathway, twin)


def _sentence(exc: Exception) -> str:
    """kiosk.printing's PrintError is already one sentence for people; anything else stays generic."""
    if isinstance(exc, ModuleNotFoundError):
        return "Printing is not set up on this kiosk."
    if type(exc).__name__ in ("PrintError", "PrintoutTooLong"):
        return str(exc).strip().splitlines()[0]
    return ""
