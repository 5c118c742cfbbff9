"""HSDS import with step mapping: a 50,000-service HSDS 3.0 CSV directory, as a 211 exports it.

Targets (within this run): ``kiosk import-hsds`` (read, check every row, link services to
Camino's steps, write the directory database) takes at most 5× a floor of reading the same CSV
files with Python's csv module and inserting the rows with sqlite3 ``executemany``; its peak
memory stays at or under 600 MB. Each side runs in a process of its own, so the peak resident
memory (ru_maxrss) of each is its own; times are measured inside the process, after imports.
The target is on wall time; CPU time (what a loaded machine changes least) is printed beside it,
with the CPU seconds of each phase of the import.
The directory's services are real-shaped 211 records (the labelled sets' texts, numbered), so
the rules see the words they would see in a city's data. The directory is clean, so the import
takes its staged path (SQLite staging tables, checks in SQL; see docs/importing.md); a directory
with a row to report goes row by row and is slower.
Run: .venv/bin/python benchmarks/bench_import.py [--quick]
"""

from __future__ import annotations

import csv
import json
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, cached, print_table

SERVICES = 50_000
MAX_RATIO = 5.0
MAX_PEAK_MB = 600.0
LABELLED = ROOT / "tests" / "data" / "step_mapping"
COLUMNS = {
    "organizations.csv": ["id", "name", "description", "email", "website"],
    "services.csv": ["id", "organization_id", "name", "description", "status", "eligibility_description",
                     "fees_description", "application_process"],
    "locations.csv": ["id", "organization_id", "location_type", "name", "latitude", "longitude"],
    "service_at_location.csv": ["id", "service_id", "location_id"],
    "addresses.csv": ["id", "location_id", "address_1", "city", "state_province", "postal_code", "country",
                      "address_type"],
    "phones.csv": ["id", "service_id", "number", "type"],
    "schedules.csv": ["id", "location_id", "freq", "byday", "opens_at", "closes_at", "description"],
    "languages.csv": ["id", "service_id", "code", "name"],
    "taxonomy_terms.csv": ["id", "code", "name", "description", "taxonomy"],
    "attributes.csv": ["id", "link_id", "link_entity", "taxonomy_term_id"],
}


def make_directory(folder: Path, services: int, seed: int = 11) -> None:
    """Write a 211-shaped HSDS 3.0 CSV directory of ``services`` services into ``folder``."""
    records = []
    for name in ("dev.json", "heldout.json", "heldout2.json"):
        records += json.loads((LABELLED / name).read_text(encoding="utf-8"))["services"]
    rng = random.Random(seed)
    terms = sorted({(t.get("code", ""), t["name"]) for r in records for t in r.get("taxonomy", [])})
    term_ids = {term: f"term-{i}" for i, term in enumerate(terms)}
    folder.mkdir(parents=True, exist_ok=True)
    files = {name: open(folder / name, "w", encoding="utf-8", newline="") for name in COLUMNS}  # noqa: SIM115
    try:
        out = {name: csv.writer(fh) for name, fh in files.items()}
        for name, columns in COLUMNS.items():
            out[name].writerow(columns)
        for (code, name), tid in term_ids.items():
            out["taxonomy_terms.csv"].writerow([tid, code, name, name, "AIRS"])
        organizations = max(1, services // 3)
        for o in range(organizations):
            out["organizations.csv"].writerow([f"org-{o}", f"{records[o % len(records)]['organization']} {o}",
                                               "Serves the region.", "", f"https://org{o}.example.org"])
        for i in range(services):
            r = records[i % len(records)]
            sid, oid, lid = f"svc-{i}", f"org-{i % organizations}", f"loc-{i}"
            out["services.csv"].writerow([sid, oid, f"{r['name']} {i}", r.get("description", ""), "active",
                                          r.get("eligibility", ""), r.get("fees", ""), ""])
            out["locations.csv"].writerow([lid, oid, "physical", f"Office {i}", f"{33 + rng.random():.5f}",
                                           f"{-112 + rng.random():.5f}"])
            out["service_at_location.csv"].writerow([f"sal-{i}", sid, lid])
            out["addresses.csv"].writerow([f"addr-{i}", lid, f"{100 + i} Main St", "Phoenix", "AZ",
                                           f"85{i % 100:03d}", "US", "physical"])
            out["phones.csv"].writerow([f"ph-{i}", sid, f"602-555-{i % 10000:04d}", "voice"])
            out["schedules.csv"].writerow([f"sch-{i}", lid, "WEEKLY", "MO,TU,WE,TH,FR", "09:00", "17:00",
                                           "Weekdays 9 to 5"])
            out["languages.csv"].writerow([f"lang-{i}-en", sid, "en", "English"])
            if i % 2:
                out["languages.csv"].writerow([f"lang-{i}-es", sid, "es", "Spanish"])
            for j, term in enumerate(r.get("taxonomy", [])):
                tid = term_ids[(term.get("code", ""), term["name"])]
                out["attributes.csv"].writerow([f"attr-{i}-{j}", sid, "service", tid])
    finally:
        for fh in files.values():
            fh.close()


def floor(folder: Path, db: Path) -> None:
    """The floor: every CSV read with the csv module, its rows inserted with executemany."""
    connection = sqlite3.connect(db)
    try:
        for path in sorted(folder.glob("*.csv")):
            with open(path, encoding="utf-8", newline="") as fh:
                reader = csv.reader(fh)
                header = next(reader)
                table = path.stem
                connection.execute(f'CREATE TABLE "{table}" ({", ".join(f"{c!r}" for c in header)})')
                connection.executemany(f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(header))})', reader)
        connection.commit()
    finally:
        connection.close()


def importer(folder: Path, db: Path) -> dict:
    from db.hsds import import_hsds

    report = import_hsds(folder, db, ROOT / "db" / "seed" / "albuquerque" / "questionnaire.json")
    return {"services": report.imported["service"], "linked": report.step_links["services_linked"],
            "phases": report.phase_seconds}


def child(which: str, folder: str, out: str) -> None:
    """Run one side in this process and print its time and peak memory as JSON."""
    if which == "import":
        import db.hsds  # noqa: F401  (imports are not part of the measured time)
    started, cpu_started = time.perf_counter(), time.process_time()
    extra = importer(Path(folder), Path(out)) if which == "import" else floor(Path(folder), Path(out)) or {}
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu_seconds, "peak_mb": peak_mb, **extra}))


def measure(which: str, folder: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        result = subprocess.run([sys.executable, __file__, "--child", which, str(folder), str(Path(tmp) / "d.sqlite")],
                                cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{which} failed: {result.stderr.strip().splitlines()[-1:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    services = 5_000 if "--quick" in sys.argv else SERVICES
    folder = cached(f"hsds-csv-{services}")
    if not (folder / "services.csv").exists():
        make_directory(folder, services)
    base = measure("floor", folder)
    run = measure("import", folder)
    ratio = run["seconds"] / base["seconds"]
    rows = [
        {"measure": "floor: csv module + sqlite3 executemany", "services": services, "seconds": base["seconds"],
         "cpu_seconds": base["cpu_seconds"], "peak_mb": base["peak_mb"], "target": "", "ok": True},
        {"measure": "kiosk import-hsds with step mapping", "services": run["services"], "seconds": run["seconds"],
         "cpu_seconds": run["cpu_seconds"], "peak_mb": run["peak_mb"], "target": f"peak <= {MAX_PEAK_MB:.0f} MB",
         "ok": run["peak_mb"] <= MAX_PEAK_MB},
        {"measure": "ratio import / floor", "services": run["linked"], "seconds": ratio,
         "cpu_seconds": run["cpu_seconds"] / base["cpu_seconds"], "peak_mb": None, "target": f"<= {MAX_RATIO:g}x",
         "ok": ratio <= MAX_RATIO},
    ]
    print_table(f"HSDS import of {services} services (services column of the ratio row: services linked to steps)",
                rows)
    # Where the import's time goes (CPU seconds; wall time adds what waiting for the disk or CPU costs).
    print_table("import phases (CPU seconds)",
                [{"phase": phase, "cpu_seconds": cpu, "share_of_floor": cpu / base["cpu_seconds"]}
                 for phase, cpu in run["phases"].items()])
    return 0 if all(r["ok"] for r in rows) else 1


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        child(*sys.argv[2:])
        sys.exit(0)
    sys.exit(main())
