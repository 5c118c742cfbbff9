"""Slow work (printing, CUPS queries, sync) off the UI thread, with the answer delivered back on it.

``run_in_background(work, on_done, on_failed)`` runs ``work()`` on Qt's thread pool; its result
reaches ``on_done`` (or a one-sentence failure reaches ``on_failed``) through a queued signal, so
the screen never freezes and widgets are only touched on the UI thread.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal
from shiboken6 import Shiboken

from kiosk.errors import CaminoError

log = logging.getLogger("camino.ui.staff")
_running: set[Job] = set()


class Job(QObject):
    done = Signal(object)
    failed = Signal(str)

    def finish(self) -> None:
        _running.discard(self)


def sentence(exc: BaseException) -> str:
    """A failure as one sentence for staff (CaminoError messages are written for people)."""
    if isinstance(exc, CaminoError) and str(exc).strip():
        text = str(exc).strip().splitlines()[0]
        return text[0].upper() + text[1:]
    return f"Something went wrong ({type(exc).__name__}); please try again."


def _deliver(signal, value) -> None:
    # RuntimeError: the application ended while the job ran, and nobody is left to tell.
    with contextlib.suppress(RuntimeError):
        signal.emit(value)


def _while_alive(owner: QObject | None, callback: Callable) -> Callable:
    """``callback``, or nothing once ``owner`` is deleted: a panel closed and deleted while CUPS was
    still answering must not have its answer written into widgets that no longer exist."""
    if owner is None:
        return callback

    def guarded(value) -> None:
        if Shiboken.isValid(owner):
            callback(value)

    return guarded


def run_in_background(work: Callable[[], object], on_done: Callable[[object], None],
                      on_failed: Callable[[str], None], owner: QObject | None = None) -> Job:
    """Start ``work`` on the global thread pool; the callbacks run on the UI thread.

    With ``owner``, the callbacks are skipped if the owner has been deleted by the time the work ends.
    """
    on_done, on_failed = _while_alive(owner, on_done), _while_alive(owner, on_failed)
    job = Job()  # created on the UI thread, so its signals are delivered there
    job.done.connect(on_done)
    job.failed.connect(on_failed)
    job.done.connect(job.finish)
    job.failed.connect(job.finish)
    _running.add(job)

    def task() -> None:
        try:
            result = work()
        except Exception as exc:  # every failure becomes a sentence on screen, never a dead thread
            # Only the kind of failure is logged: the work may concern a visitor's pathway.
            log.warning("background job failed: %s", type(exc).__name__)
            _deliver(job.failed, sentence(exc))
            return
        _deliver(job.done, result)

    QThreadPool.globalInstance().start(task)
    return job
