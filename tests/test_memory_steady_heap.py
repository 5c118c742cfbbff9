"""Large blocks a worker thread frees go back to the system (ui.memory.steady_heap).

A printout or a directory load runs on a worker thread, which has an arena of its own. Once a
large temporary block has been freed, glibc's dynamic thresholds let later blocks of up to that
size come from the arena, and what they leave as the arena's free top stays resident: even
``malloc_trim`` does not return a worker arena's top. Fixed thresholds (set at start-up) keep such
blocks in mappings of their own, returned when freed. Measured in child processes, with and without."""

from __future__ import annotations

import json
import platform
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json, sys, threading
from pathlib import Path
from ui import memory

def rss_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) >> 10

steady = sys.argv[1] == "steady" and memory.steady_heap()
sizes = {"steady": steady}

def printout():  # what a worker thread does: a large temporary document, then a printout's pages
    document = bytearray(16 << 20)
    del document
    sizes["before"] = rss_mb()
    pages = [bytearray(1 << 20) for _ in range(24)]
    sizes["while"] = rss_mb()
    del pages
    memory.give_back()  # as at Start over
    sizes["after"] = rss_mb()

worker = threading.Thread(target=printout)
worker.start()
worker.join()
print(json.dumps(sizes))
"""


def after_a_printout(mode: str) -> dict:
    result = subprocess.run([sys.executable, "-c", CHILD, mode], cwd=ROOT, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc's mallopt")
def test_pages_a_worker_thread_freed_leave_the_kiosk_with_steady_thresholds():
    steady = after_a_printout("steady")
    assert steady["steady"] is True
    assert steady["while"] - steady["before"] >= 20, steady  # the pages were really there
    assert steady["after"] - steady["before"] <= 4, steady


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc's malloc")
def test_without_them_the_same_pages_stay_resident_even_after_a_trim():
    # Why the remedy is in the product: glibc's default behaviour keeps the freed pages.
    dynamic = after_a_printout("dynamic")
    assert dynamic["after"] - dynamic["before"] >= 16, dynamic
