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

Trimming alone does not reach everything, though: ``malloc_trim`` gives back free pages inside
every arena, but the top of a worker thread's arena (printouts, directory loads and syncs run on
Qt's thread pool) only shrinks when a free finds it above glibc's trim threshold, and glibc raises
that threshold, with its mmap threshold, each time a large block is freed (up to 64 MB). After a
few directory swaps and printouts the worker arenas kept tens of MB of free tops resident.
:func:`steady_heap` fixes both thresholds at the first visitor's Start over, with the first trim (not at
start-up: ctypes is slow to load; see its comment for what was measured).
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


# mallopt's parameter numbers (glibc's malloc.h).
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
# glibc's own starting values, kept for good: a block of 128 KB or more gets its own mapping (given back
# the moment it is freed), and an arena's free top above 128 KB is returned at the next large free.
MMAP_THRESHOLD = 128 * 1024
TRIM_THRESHOLD = 128 * 1024


@functools.cache  # once per process
def steady_heap() -> bool:
    """Fix glibc's mmap and trim thresholds so large temporary blocks go back when freed (glibc only).

    Returns whether the thresholds were set (False elsewhere than glibc, or when mallopt refuses).
    """
    # Why: setting either threshold turns off glibc's dynamic threshold, which otherwise climbs to the
    # size of the largest block ever freed (a 50,000-service directory's arrays, a printout's
    # document) so that later blocks of that size come from the arenas, and worker-thread arenas
    # keep them resident as free tops that malloc_trim does not return (it cuts back only the main
    # arena's top): tests/test_memory_steady_heap.py shows 24 MB freed on a worker thread staying
    # resident without this, and returned with it. In the 50,000-service soak, side by side with
    # and without, RSS was 3 to 8 MB lower over 700 sessions, close to run-to-run noise: the soak's
    # growth is elsewhere (docs/hostile-input.md, "Heap thresholds, and where the rest grows").
    # The cost is an mmap/munmap pair per block of 128 KB or more: a few per tap at most.
    if _malloc_trim() is None:
        return False
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD))


def give_back() -> None:
    """Return the heap's free pages to the system (glibc's ``malloc_trim``; a no-op elsewhere)."""
    trim = _malloc_trim()
    if trim is not None:
        steady_heap()
        trim(0)
