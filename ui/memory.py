"""Python's garbage collector kept out of the visitor's taps, and freed memory given back between visitors.

A kiosk holds a hundred thousand Python objects (the widgets' wrappers, the directory's data) that
live as long as it runs. A full collection walks all of them: 20 to 40 ms on a kiosk's CPU, and
when one fell in a tap, that tap took two or three frames. Once the window is complete,
:func:`settle` collects and then freezes what is left (``gc.freeze``): later collections walk only
what was made since, a visit's objects.

Frozen objects are still freed when their last reference goes; only reference cycles among them
wait. A directory taken out of service has none (its engine and data are freed at once).

Freed is not returned, though. glibc's malloc keeps the memory a visit freed (a printout's
document, a pathway's texts, a swapped directory's rows, often freed on another thread's arena)
for its own reuse, scattered between chunks still in use, and a month of visitors ratchets the
kiosk's resident memory up. :func:`give_back` asks glibc to return every free page
(``malloc_trim``); the kiosk calls it when a visitor leaves. Elsewhere than glibc it does nothing.
"""

from __future__ import annotations

import functools
import gc
import platform


def settle() -> None:
    """Collect everything now, then leave the survivors out of later collections."""
    gc.unfreeze()  # a second call (another window in the same process) starts afresh
    gc.collect()
    gc.freeze()


@functools.cache  # found at the first visitor's Start over, not at start-up
def _malloc_trim():
    import ctypes  # here, not at the top: ctypes is slow to load and only this needs it

    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return None
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def give_back() -> None:
    """Return the heap's free pages to the system (glibc's ``malloc_trim``; a no-op elsewhere)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
