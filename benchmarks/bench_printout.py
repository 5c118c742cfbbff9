"""Printout speed: a bilingual 10-service pathway PDF against a one-page PDF in the same fonts.

Targets: median ≤ 250 ms for the pathway, and ≤ 3× the one-page floor measured in the same run
(the floor is what reportlab costs anyway: page setup, font subsetting, compression).
Run: .venv/bin/python benchmarks/bench_printout.py [--quick]
"""

from __future__ import annotations

import re
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import median, p95, print_table, timings_ms
from db.seed import build_seed, seed_folder
from kiosk.config import Config
from kiosk.directory import Directory
from kiosk.pathway import PathwayEngine
from kiosk.printout import english_twin, render_pathway
from kiosk.printout.testpage import test_page_pdf
from kiosk.questionnaire import Answers

TARGET_MS = 250.0
MAX_RATIO = 3.0
# Needs chosen so the demo directory gives about ten services.
NEEDS = ["need-money", "need-license"]


def main(quick: bool = False) -> list[dict]:
    repeat = 5 if quick else 15
    config = Config()
    with tempfile.TemporaryDirectory() as folder:
        db = build_seed(seed_folder("albuquerque"), Path(folder) / "demo.sqlite")
        directory = Directory(db)
        engine = PathwayEngine(directory, config.kiosk.latitude, config.kiosk.longitude)
        answers = Answers({"needs": NEEDS, "stage": "stage-starting", "kind": "kind-food", "identity": "id-itin",
                           "where": "near"})
        floor = timings_ms(lambda: test_page_pdf("bench", when=None), repeat)
        rows = [{"name": "one-page floor (8 scripts)", "median_ms": median(floor), "p95_ms": p95(floor),
                 "target": "reference", "ok": True}]
        for language in ("ar", "zh_CN", "es"):
            pathway = engine.build(answers, language)
            twin = english_twin(engine, pathway)
            notice = directory.notice(language)
            times = timings_ms(lambda p=pathway, t=twin, n=notice: render_pathway(
                p, config=config, bilingual_with=t, printed_on=date(2026, 11, 29), notice=n), repeat)
            distinct = len({c.id for s in pathway.steps for c in s.services})
            pages = len(re.findall(rb"/Type /Page\b(?!s)", render_pathway(
                pathway, config=config, bilingual_with=twin, printed_on=date(2026, 11, 29), notice=notice)))
            ratio = median(times) / median(floor)
            rows.append({"name": f"pathway {language}+en, {distinct} services", "median_ms": median(times),
                         "p95_ms": p95(times), "target": f"≤{TARGET_MS:g} ms, ≤{MAX_RATIO:g}× floor",
                         "ratio": round(ratio, 2), "pages": pages, "per_page_ratio": round(ratio / pages, 2),
                         "ok": median(times) <= TARGET_MS and ratio <= MAX_RATIO})
        directory.close()
    for row in rows:
        row.setdefault("ratio", 1.0)
        row.setdefault("pages", 1)
        row.setdefault("per_page_ratio", 1.0)
        row["median_ms"] = round(row["median_ms"], 1)
        row["p95_ms"] = round(row["p95_ms"], 1)
    print_table("Printout (PDF render)", rows)
    return rows


if __name__ == "__main__":
    result = main(quick="--quick" in sys.argv)
    sys.exit(0 if all(r["ok"] for r in result) else 1)
