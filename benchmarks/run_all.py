"""Run every benchmark and print one table per area. ``--quick`` trims the slowest parts.

Each area runs in a process of its own: they set up Qt differently (a bare QCoreApplication for
the sync's stall measurement, a full QApplication for the screens), and one area's caches and
imports must not colour another's timings.

Usage: .venv/bin/python benchmarks/run_all.py [--quick]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, print_table

HERE = ROOT / "benchmarks"

AREAS = ("bench_pathway", "bench_printout", "bench_sync", "bench_ui", "bench_phone_page", "bench_import",
         "bench_speech")


def main() -> int:
    extra = ["--quick"] if "--quick" in sys.argv else []
    summary = []
    for name in AREAS:
        # Each benchmark exits non-zero when a target is missed (or it failed: its message says which).
        code = subprocess.run([sys.executable, str(HERE / f"{name}.py"), *extra], cwd=HERE.parent).returncode
        summary.append({"area": name, "all_ok": code == 0, "exit": code})
    print_table("Summary", summary)
    return 0 if all(s["all_ok"] for s in summary) else 1


if __name__ == "__main__":
    sys.exit(main())
