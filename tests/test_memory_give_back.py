"""Memory a visit freed goes back to the system when the visitor leaves (ui.memory.give_back).

glibc keeps freed chunks lying between chunks still in use for its own reuse; a month of visitors
ratcheted the kiosk's resident memory up that way (benchmarks/bench_soak.py). Measured in a child
process of its own, so what the test runner holds does not blur the numbers."""

from __future__ import annotations

import json
import platform
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json
from pathlib import Path
from ui import memory

def rss_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) >> 10

# A visit's worth of texts, every other one kept: the freed ones lie between live ones (fragments).
texts = [bytes(20_000) + str(i).encode() for i in range(10_000)]
kept = texts[::2]
del texts
before = rss_mb()
memory.give_back()
print(json.dumps({"before": before, "after": rss_mb(), "kept": len(kept)}))
"""


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc's malloc_trim")
def test_freed_memory_between_live_chunks_is_returned_to_the_system():
    result = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    sizes = json.loads(result.stdout)
    # 100 MB freed in 20 KB holes: most of it comes back (only a page holding live bytes stays).
    assert sizes["before"] - sizes["after"] >= 40, sizes


def test_giving_back_is_harmless_where_there_is_nothing_to_give():
    from ui import memory

    memory.give_back()
    memory.give_back()
