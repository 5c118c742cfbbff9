"""Directory sync: applying a 50k-service bundle, delta updates, and how long the UI thread stalls.

Targets: a sync from a folder (verify signature, copy + hash, SQLite integrity check, fsync,
atomic install) takes at most 3× plain copying and hashing of the same file, measured in this run;
the Qt event loop on the UI thread never waits more than 50 ms while a sync runs in a thread.
The integrity check row shows how much of the ratio SQLite's full ``PRAGMA integrity_check`` takes
by itself (it is single-threaded and reads every page and index).
Delta updates: version 2 is the same directory with 1 % of its services changed; a kiosk on version 1
syncs it over a loopback HTTP server. Targets: bytes transferred ≤ 1 % of the raw database; the
compressed database ≤ 25 % of it; the delta sync (download, unpack, checks, install) ≤ 3× copy + hash.
Time and peak memory (RSS) of publishing and of the delta sync are measured in their own processes.
Run: .venv/bin/python benchmarks/bench_sync.py
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import CACHE, ROOT, cached, generated_directory, print_table

SERVICES = 50_000
REPEAT = 3


CHANGED_SHARE = 100  # one service in a hundred is changed between versions 1 and 2


def _edited(source: Path, dest: Path) -> Path:
    """``source`` with 1 % of its services changed, as IT's next edition of the directory would be."""
    import sqlite3

    shutil.copyfile(source, dest)
    connection = sqlite3.connect(dest)
    with connection:
        connection.execute("UPDATE service SET description = coalesce(description, '') || ' Hours changed.', "
                           f"last_modified = '2026-12-01' WHERE rowid % {CHANGED_SHARE} = 0")
    connection.close()
    return dest


def _publish_timed(source: Path, key: Path, out: Path, version: int, level: int | None) -> tuple[float, float]:
    """Publish in a child process; its wall time (s) and peak RSS (MB)."""
    import subprocess

    code = ("import resource, sys, time\n"
            "from pathlib import Path\n"
            "from kiosk.sync import bundle, keys\n"
            "t = time.perf_counter()\n"
            "bundle.publish(sys.argv[1], keys.load_private(Path(sys.argv[2])), Path(sys.argv[3]), "
            "version=int(sys.argv[4]), expires_days=3650, level=int(sys.argv[5]) or None)\n"
            "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n")
    done = subprocess.run([sys.executable, "-c", code, str(source), str(key), str(out), str(version), str(level or 0)],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    seconds, rss = done.stdout.split()
    return float(seconds), float(rss)


def _bundle() -> tuple[Path, Path, dict]:
    """A bundle folder that held version 1 (the generated 50k directory) and holds version 2 (1 % of
    services changed), its public key, and what publishing version 2 cost; cached under .benchmarks/."""
    import json

    from kiosk.sync import bundle, keys

    key = CACHE / "sync-bench-key"
    if not key.exists():
        keys.generate(key)
    out = cached(f"sync-fleet-{SERVICES}")
    cost_file = out / "publish-cost.json"
    if not cost_file.exists():
        shutil.rmtree(out, ignore_errors=True)
        source = generated_directory(SERVICES)
        _publish_timed(source, key, out, 1, 3)  # the base: its own compressed file is not measured
        edited = _edited(source, CACHE / "sync-bench-edited.sqlite")
        seconds, rss = _publish_timed(edited, key, out, 2, None)
        edited.unlink()
        cost_file.write_text(json.dumps({"seconds": seconds, "rss_mb": rss}))
    assert bundle.published_version(out) == 2
    return out, key.with_name(key.name + ".pub"), json.loads(cost_file.read_text())


class _CountingServer:
    """A static web server on loopback for the bundle folder that counts the body bytes it sends."""

    def __init__(self, folder: Path) -> None:
        import functools
        from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

        self.sent = 0
        self.files: list[str] = []
        server = self

        class Handler(SimpleHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def copyfile(self, source, outputfile):
                server.files.append(self.path.lstrip("/"))
                while chunk := source.read(1 << 16):
                    outputfile.write(chunk)
                    server.sent += len(chunk)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(folder)))
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


_DELTA_WORKER = """
import resource, sys, time
from kiosk.config import Config
from kiosk.sync.service import sync_once
config = Config()
config.sync.pubkey = sys.argv[2]
t = time.perf_counter()
result = sync_once(config, sys.argv[1])
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, result.route, flush=True)
"""


def _delta_sync(base: Path, url: str, pubkey: Path) -> tuple[float, float, str]:
    """A kiosk with ``base`` (version 1) in service syncs from ``url`` in a child process: s, MB RSS, route."""
    import subprocess

    from kiosk import paths

    _fresh_kiosk()
    shutil.copyfile(base, paths.installed_directory())
    done = subprocess.run([sys.executable, "-c", _DELTA_WORKER, url, str(pubkey)], capture_output=True, text=True,
                          check=True, cwd=ROOT, env=os.environ.copy())
    seconds, rss, route = done.stdout.strip().split(" ", 2)
    return float(seconds), float(rss), route


def _copy_and_hash(src: Path, dest: Path) -> None:
    digest = hashlib.sha256()
    with open(src, "rb") as fh, open(dest, "wb") as out:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())


def _fresh_kiosk() -> None:
    from kiosk import paths

    for name in ("current.sqlite", "previous.sqlite"):
        (paths.directory_dir() / name).unlink(missing_ok=True)


def _sync(config, source: Path) -> None:
    from kiosk.sync.service import sync_once

    _fresh_kiosk()
    result = sync_once(config, str(source))
    if not result.installed:
        raise RuntimeError(result.message)


def _apply_patch(folder: Path, dest: Path) -> None:
    """What applying the delta costs by itself: unpack v1 + patch into v2, hashing what is written."""
    from kiosk.sync import zstd_files
    from kiosk.sync.bundle import Manifest

    manifest = Manifest.parse((folder / "manifest.json").read_bytes())
    [patch] = manifest.deltas
    _, digest = zstd_files.decompress_file(folder / patch.file, dest, manifest.size,
                                           reference=folder / f"directory-v{patch.from_version}.sqlite")
    with open(dest, "rb+") as fh:
        os.fsync(fh.fileno())
    if digest != manifest.sha256:
        raise RuntimeError("the patch rebuilt another file")


def _best(func, repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return min(times)


def _ui_stall_ms(config, source: Path) -> tuple[float, float]:
    """The longest gap between 5 ms timer ticks: idle, then while a sync runs in a thread."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QTimer

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    clock = QElapsedTimer()

    def measure(work) -> float:
        gaps: list[float] = []
        last = [0.0]
        loop = QEventLoop()

        def tick() -> None:
            now = clock.nsecsElapsed() / 1e6
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        done = threading.Event()

        def worker() -> None:
            work()
            done.set()

        poll = QTimer()
        poll.setInterval(20)
        poll.timeout.connect(lambda: done.is_set() and loop.quit())
        clock.start()
        timer.start()
        poll.start()
        thread = threading.Thread(target=worker)
        thread.start()
        loop.exec()
        thread.join()
        timer.stop()
        poll.stop()
        return max(gaps[1:]) if len(gaps) > 1 else float("inf")

    _fresh_kiosk()
    idle = measure(lambda: time.sleep(2.0))
    _fresh_kiosk()
    during = measure(lambda: _sync(config, source))
    del app
    return idle, during


def main() -> list[dict]:
    from kiosk.config import Config

    CACHE.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE, prefix="sync-kiosk-") as data:
        os.environ["CAMINO_DATA_DIR"] = data
        os.environ["CAMINO_CONFIG"] = str(Path(data) / "config.toml")
        source, pubkey, publish_cost = _bundle()
        config = Config()
        config.sync.pubkey = str(pubkey)
        from kiosk.sync.bundle import Manifest

        manifest = Manifest.parse((source / "manifest.json").read_bytes())
        database = source / manifest.file
        scratch = Path(data) / "copy.sqlite"
        copy_s = _best(lambda: _copy_and_hash(database, scratch))
        scratch.unlink()
        sync_s = _best(lambda: _sync(config, source))
        from db.identity import integrity_ok

        integrity_s = _best(lambda: integrity_ok(database))
        idle_ms, stall_ms = _ui_stall_ms(config, source)
        rebuilt = Path(data) / "rebuilt.sqlite"
        apply_s = _best(lambda: _apply_patch(source, rebuilt))
        rebuilt.unlink()
        server = _CountingServer(source)
        try:
            delta_runs = []
            for _ in range(REPEAT):
                server.sent, server.files = 0, []
                delta_runs.append((*_delta_sync(source / "directory-v1.sqlite", server.url, pubkey), server.sent,
                                   list(server.files)))
        finally:
            server.close()
        shutil.rmtree(Path(data) / "directory", ignore_errors=True)
    size_mb = manifest.size / 2**20
    rows = [
        {"name": f"copy + sha256 of the {size_mb:.0f} MB database (s)", "value": copy_s, "target": "baseline",
         "ok": True},
        {"name": "sync from folder: verify + copy + integrity + install (s)", "value": sync_s,
         "target": "", "ok": True},
        {"name": "  of which PRAGMA integrity_check alone (s)", "value": integrity_s,
         "target": f"{integrity_s / copy_s:.1f}× copy", "ok": True},
        {"name": "sync / (copy + sha256)", "value": sync_s / copy_s, "target": "≤ 3.0", "ok": sync_s / copy_s <= 3.0},
        {"name": "UI thread max gap, idle (ms)", "value": idle_ms, "target": "reference", "ok": True},
        {"name": "UI thread max gap during sync in a thread (ms)", "value": stall_ms, "target": "≤ 50",
         "ok": stall_ms <= 50},
    ]
    print_table(f"Directory sync ({SERVICES} services)", rows)
    delta_s, delta_rss, route, sent, files = min(delta_runs)
    raw = manifest.size
    compressed = manifest.compressed.size
    delta_rows = [
        {"name": f"raw database, version 2 ({raw / 2**20:.1f} MB), bytes", "value": raw, "target": "", "ok": True},
        {"name": f"delta sync v1 → v2 over HTTP: bytes transferred ({', '.join(files)})", "value": sent,
         "target": f"≤ {raw // 100} (1 %)", "ok": sent <= raw / 100 and route == "patch from version 1"},
        {"name": "  transferred / raw database (%)", "value": 100 * sent / raw, "target": "≤ 1.00", "ok": True},
        {"name": "compressed full database / raw (%)", "value": 100 * compressed / raw, "target": "≤ 25.00",
         "ok": compressed <= raw / 4},
        {"name": "delta apply: unpack v1 + patch → v2, sha256, fsync (s)", "value": apply_s, "target": "", "ok": True},
        {"name": "delta apply / (copy + sha256)", "value": apply_s / copy_s, "target": "≤ 3.0",
         "ok": apply_s / copy_s <= 3.0},
        {"name": "whole delta sync: + download, base hash, integrity check, install (s)", "value": delta_s,
         "target": f"{delta_s / copy_s:.1f}× copy", "ok": True},
        {"name": "delta sync: peak RSS of the kiosk's sync process (MB)", "value": delta_rss, "target": "report",
         "ok": True},
        {"name": "publish v2 (compressed file + 1 patch, zstd level 19) (s)", "value": publish_cost["seconds"],
         "target": "report", "ok": True},
        {"name": "publish v2: peak RSS (MB)", "value": publish_cost["rss_mb"], "target": "report", "ok": True},
    ]
    print_table(f"Delta update, {SERVICES} services, 1 % changed", delta_rows)
    return rows + delta_rows


if __name__ == "__main__":
    sys.exit(0 if all(row["ok"] for row in main()) else 1)
