"""Run every benchmark and print one table per area. ``--quick`` trims the slowest parts.

Usage: .venv/bin/python benchmarks/run_all.py [--quick]
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import print_table

AREAS = ("bench_pathway", "bench_printout", "bench_sync", "bench_ui")


def main() -> int:
    quick = "--quick" in sys.argv
    summary = []
    for name in AREAS:
        module = importlib.import_module(f"benchmarks.{name}")
        try:
            rows = module.main(quick=quick) if "quick" in module.main.__code__.co_varnames else module.main()
        except Exception as exc:  # one broken area must not hide the others' numbers
            print(f"{name}: failed: {exc}", file=sys.stderr)
            summary.append({"area": name, "rows": 0, "all_ok": False})
            continue
        summary.append({"area": name, "rows": len(rows), "all_ok": all(r.get("ok", True) for r in rows)})
    print_table("Summary", summary)
    return 0 if all(s["all_ok"] for s in summary) else 1


if __name__ == "__main__":
    sys.exit(main())
