"""Shared helpers for the benchmarks: cached generated directories, timing, table printing."""

from __future__ import annotations

import hashlib
import shutil
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

    path = cached(f"generated-{services}-{seed}", ".sqlite")
    if not path.exists():
        generate(path, services, seed_folder("albuquerque"), seed=seed)
    return path


def cached(name: str, suffix: str = "") -> Path:
    """Where under .benchmarks/ to keep ``name`` made with this schema; an older schema's (large,
    unused) is deleted."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{name}-{schema_fingerprint()}{suffix}"
    for stale in CACHE.glob(f"{name}-*{suffix}"):
        if stale == path:
            continue
        if stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)
        else:
            stale.unlink()
    return path


def time_ms(func: Callable[[], object]) -> float:
    """How long one call of ``func`` takes, in milliseconds."""
    started = time.perf_counter()
    func()
    return (time.perf_counter() - started) * 1000


def timings_ms(func: Callable[[], object], repeat: int, warmup: int = 3) -> list[float]:
    for _ in range(warmup):
        func()
    return [time_ms(func) for _ in range(repeat)]


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
