"""Python's garbage collector, kept out of the visitor's taps.

A kiosk holds a hundred thousand Python objects (the widgets' wrappers, the directory's data) that
live as long as it runs. A full collection walks all of them: 20 to 40 ms on a kiosk's CPU, and
when one fell in a tap, that tap took two or three frames. Once the window is complete,
:func:`settle` collects and then freezes what is left (``gc.freeze``): later collections walk only
what was made since, a visit's objects.

Frozen objects are still freed when their last reference goes; only reference cycles among them
wait. A directory taken out of service has none (its engine and data are freed at once).
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Collect everything now, then leave the survivors out of later collections."""
    gc.unfreeze()  # a second call (another window in the same process) starts afresh
    gc.collect()
    gc.freeze()
