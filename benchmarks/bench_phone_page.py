"""The phone page on a slow phone network: how soon a visitor sees their pathway.

``kiosk publish`` writes the demo directory's page, Python's static server serves it on loopback,
and headless Chromium (phone size) opens a kiosk link cold (no HTTP cache, no service worker) under
DevTools network throttling (``Network.emulateNetworkConditions``):

- "Slow 3G" is DevTools' own preset (400 kbit/s, 2,000 ms added to every request): a request can
  not even start answering within 1.5 s, so the 1.5 s target is measured on the next profile too;
- "3G, 400 ms RTT" is the classic slow-3G line (400 kbit/s, 400 ms round trip; WebPageTest's "3G Slow").

Times are from the start of navigation (Navigation Timing): first contentful paint and "pathway
shown" (the page's ``camino-pathway-shown`` mark). Also the page's weight without directory data,
gzip-compressed (target ≤ 50 KB). Usage: .venv/bin/python benchmarks/bench_phone_page.py [--quick]
"""

from __future__ import annotations

import gzip
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from phone_browser import chromium, kiosk, publish, static_server

from benchmarks.common import print_table

TARGET_MS = 1500.0
PAGE_TARGET_BYTES = 50 * 1024
KBIT = 1000 / 8
PROFILES = (
    ("no throttling", None),
    ("3G, 400 ms RTT", {"latency": 400, "downloadThroughput": 400 * KBIT, "uploadThroughput": 400 * KBIT}),
    ("Slow 3G (DevTools)", {"latency": 2000, "downloadThroughput": 500 * KBIT * 0.8,
                            "uploadThroughput": 500 * KBIT * 0.8}),
)
ANSWERS = {"needs": ["need-money", "need-start", "need-bank"], "stage": "stage-starting", "identity": "id-none",
           "where": "87105"}


def cold_open(link: str, conditions: dict | None) -> dict:
    """One cold visit in a fresh browser: milliseconds to first paint and to the pathway on screen."""
    driver = chromium()
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
        if conditions:
            driver.execute_cdp_cmd("Network.emulateNetworkConditions", {"offline": False, **conditions})
        driver.set_page_load_timeout(120)
        driver.get(link)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            shown = driver.execute_script(
                "const m = performance.getEntriesByName('camino-pathway-shown');"
                "const p = performance.getEntriesByName('first-contentful-paint');"
                "return m.length ? {shown: m[0].startTime, fcp: p.length ? p[0].startTime : null,"
                " steps: document.querySelectorAll('.step').length} : null")
            if shown:
                return shown
            time.sleep(0.05)
        raise RuntimeError("the page never showed the pathway")
    finally:
        driver.quit()


def main() -> int:
    runs = 1 if "--quick" in sys.argv else 3
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        bundle = work / "bundle"
        publish("demo", bundle, work / "key")
        web = bundle / "web"
        page_files = [p for p in web.iterdir() if p.is_file() and p.suffix in (".html", ".js", ".css", ".svg")]
        page_bytes = sum(len(gzip.compress(p.read_bytes(), 9)) for p in page_files)
        data_bytes = max(len(gzip.compress(p.read_bytes(), 9)) for p in (web / "data").glob("*.*.json"))
        with static_server(bundle, work / "server.log") as (origin, _server):
            base = f"{origin}/web/"
            config = work / "config.toml"
            config.write_text(f'[online]\npathway_url = "{base}"\n', encoding="utf-8")
            database = next(bundle.glob("directory-v*.sqlite"))
            done = kiosk("pathway", "--answers", "-", "--lang", "es", "--db", str(database), "--config", str(config),
                         "--json", stdin=json.dumps(ANSWERS))
            link = json.loads(done.stdout)["phone_link"]
            rows = []
            for name, conditions in PROFILES:
                results = [cold_open(link, conditions) for _ in range(runs)]
                shown = statistics.median(r["shown"] for r in results)
                fcp = statistics.median(r["fcp"] for r in results if r["fcp"] is not None)
                rows.append({"network": name, "runs": runs, "first paint ms": round(fcp),
                             "pathway shown ms": round(shown), "steps": results[0]["steps"],
                             "≤ 1.5 s": shown <= TARGET_MS})
    print_table("Phone page: cold open of a kiosk link (median)", rows)
    sizes = [{"what": "page without directory data (gzip)", "bytes": page_bytes,
              "target": PAGE_TARGET_BYTES, "ok": page_bytes <= PAGE_TARGET_BYTES},
             {"what": "largest language data file (gzip)", "bytes": data_bytes, "target": "-", "ok": True}]
    print_table("Phone page: weight", sizes)
    # The 1.5 s target is judged on the 400 ms round-trip line: the DevTools preset's 2 s of added
    # latency per request rules it out for any page (reported above, not judged).
    judged = next(r for r in rows if r["network"] == "3G, 400 ms RTT")
    return 0 if judged["≤ 1.5 s"] and sizes[0]["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
