"""A time limit on drawing one printout, so that no directory text keeps the kiosk's printer "busy".

Rendering runs in a worker thread, which Python cannot stop from outside; the layout's loops call
:func:`check` instead, and past the limit the render ends with :class:`PrintoutTooLong`, one
sentence the visitor sees with the QR code offer. Each thread has its own limit.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator

from kiosk.errors import CaminoError

# Far above an honest printout (well under a second, a few seconds for the longest directory text).
RENDER_LIMIT_S = 30.0

_limits = threading.local()


class PrintoutTooLong(CaminoError):
    """Drawing the printout went past its time limit and was stopped."""


@contextlib.contextmanager
def time_box(seconds: float = RENDER_LIMIT_S) -> Iterator[None]:
    """Let the layout inside run for at most ``seconds``; nested boxes keep the earlier end."""
    outer = getattr(_limits, "deadline", None)
    deadline = time.monotonic() + seconds
    _limits.deadline = min(deadline, outer) if outer is not None else deadline
    try:
        yield
    finally:
        _limits.deadline = outer


def check() -> None:
    """Raise :class:`PrintoutTooLong` when this thread's render is past its limit."""
    deadline = getattr(_limits, "deadline", None)
    if deadline is not None and time.monotonic() > deadline:
        raise PrintoutTooLong("the printout took too long to prepare, so it was stopped; "
                              "scan the QR code on the screen instead")
