"""Pathway build time on generated 1k, 50k and 500k-service directories.

Target: p95 ≤ 5 ms at 50k services, and cost growing no faster than linearly with the directory
(compared as ratios within this run). Run: .venv/bin/python benchmarks/bench_pathway.py [--quick]
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import generated_directory, median, p95, print_table, timings_ms
from kiosk.config import LANGUAGES, Config
from kiosk.directory import Directory
from kiosk.pathway import PathwayEngine
from kiosk.questionnaire import Answers

SIZES = (1_000, 50_000, 500_000)


def sample_answers(directory: Directory, count: int, seed: int = 1) -> list[tuple[Answers, str]]:
    """Realistic visitors: one to four needs, a stage, a kind, an identity answer, near the kiosk or a ZIP."""
    rng = random.Random(seed)
    questions = directory.questions("en")
    zips = [*sorted(directory.zip_centroids), "near", "near"]
    result = []
    for _ in range(count):
        answers = Answers()
        for q in questions:
            if q.kind == "multi":
                answers.set(q.id, [o.id for o in rng.sample(q.options, k=rng.randint(1, min(4, len(q.options))))])
            elif q.kind == "single":
                answers.set(q.id, rng.choice(q.options).id)
            else:
                answers.set(q.id, rng.choice(zips))
        result.append((answers, rng.choice(LANGUAGES)))
    return result


def main(quick: bool = False) -> list[dict]:
    config = Config()
    rows = []
    sizes = SIZES[:2] if quick else SIZES
    for size in sizes:
        path = generated_directory(size)
        started = time.perf_counter()
        directory = Directory(path)
        load_s = time.perf_counter() - started
        engine = PathwayEngine(directory, config.kiosk.latitude, config.kiosk.longitude)
        visitors = sample_answers(directory, 300)
        cursor = iter(visitors * 10)

        def build_next(engine=engine, cursor=cursor):
            return engine.build(*next(cursor))

        times = timings_ms(build_next, repeat=len(visitors), warmup=20)
        rows.append({"services": size, "load_s": load_s, "median_ms": median(times), "p95_ms": p95(times)})
        directory.close()
    base = rows[0]
    for row in rows:
        growth = row["services"] / base["services"]
        row["cost_ratio"] = row["median_ms"] / base["median_ms"]
        row["size_ratio"] = float(growth)
        row["sublinear"] = row["cost_ratio"] <= row["size_ratio"] or row is base
    at_50k = next((r for r in rows if r["services"] == 50_000), None)
    for row in rows:
        row["target"] = "p95 ≤ 5 ms" if row is at_50k else "≤ linear"
        row["ok"] = row["sublinear"] and (row is not at_50k or row["p95_ms"] <= 5.0)
    print_table("Pathway build (random visitors, all eight languages)", rows)
    return rows


if __name__ == "__main__":
    sys.exit(0 if all(row["ok"] for row in main(quick="--quick" in sys.argv)) else 1)
