"""Shared helpers for the benchmarks: cached generated directories, timing, table printing."""

from __future__ import annotations

import hashlib
import statistics
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".benchmarks"


def schema_fingerprint() -> str:
    """Changes whenever the code or data that shape a generated directory change (cache keys)."""
    digest = hashlib.sha256()
    sources = [ROOT / "db" / name for name in ("models.py", "generate.py", "seed.py", "directory.py", "identity.py")]
    sources += sorted((ROOT / "db" / "seed" / "albuquerque").glob("*.json"))
    for source in sources:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:10]


def generated_directory(services: int, seed: int = 7) -> Path:
    """A synthetic directory of ``services`` services, generated once per schema and cached under .benchmarks/."""
    from db.generate import generate
    from db.seed import seed_folder

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"generated-{services}-{seed}-{schema_fingerprint()}.sqlite"
    if not path.exists():
        for stale in CACHE.glob(f"generated-{services}-{seed}*.sqlite"):  # an older schema's: large, unused
            stale.unlink()
        generate(path, services, seed_folder("albuquerque"), seed=seed)
    return path


def timings_ms(func: Callable[[], object], repeat: int, warmup: int = 3) -> list[float]:
    for _ in range(warmup):
        func()
    result = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        result.append((time.perf_counter() - started) * 1000)
    return result


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def median(values: list[float]) -> float:
    return statistics.median(values)


def print_table(title: str, rows: list[dict]) -> None:
    """Rows of dicts with the same keys, as an aligned text table."""
    if not rows:
        return
    keys = list(rows[0])
    cells = [[_fmt(row.get(k)) for k in keys] for row in rows]
    widths = [max(len(k), *(len(c[i]) for c in cells)) for i, k in enumerate(keys)]
    print(f"\n{title}")
    print("  ".join(k.ljust(w) for k, w in zip(keys, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for c in cells:
        print("  ".join(v.ljust(w) for v, w in zip(c, widths, strict=True)))


def _fmt(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "NO"
    if isinstance(value, float):
        return f"{value:.2f}"
    return "" if value is None else str(value)
