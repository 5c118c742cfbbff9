"""Long runs: N random visitor sessions on the real kiosk window, as a day (or a month) at a library would bring.

Each session taps through the real window (offscreen Qt): a random language, random answers, now and
then back a screen, sometimes a ZIP code typed on the keypad, the pathway, a print to the CUPS PDF
queue every few sessions, then "Start over" or an idle reset (some visitors walk away mid-way). Every
few hundred sessions the directory in service is swapped for another version, as a sync would.

Targets: no exception and no crash; RSS growth ≤ 10 % from session 200 to the end; no visitor text
left in memory after a reset (answers, pathway, the typed ZIP code in any reachable Python object or
on the ZIP screen). Reported besides: sessions, prints, swaps, RSS, the largest tap latency.

The window runs in a child process, so a crash (a segfault in Qt) is seen and reported, not suffered.
Run: .venv/bin/python benchmarks/bench_soak.py [--sessions N] [--services N] [--seed S]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, print_table

WARM_UP_SESSIONS = 200
RSS_GROWTH_LIMIT = 0.10
# A ZIP code no directory knows: finding it in memory can only mean a visitor's typing was kept.
ZIP_PREFIX = "009"


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def cups_queue() -> str:
    try:
        result = subprocess.run(["lpstat", "-p", "camino-pdf"], capture_output=True, timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return "camino-pdf" if result.returncode == 0 else ""


def reachable_strings_with(needles: set[bytes]) -> set[str]:
    """Which of ``needles`` (UTF-8) a live Python container holds as text (strings are not tracked by gc)."""
    import gc

    found: set[str] = set()
    gc.collect()
    for obj in gc.get_objects():
        try:
            if isinstance(obj, dict):
                values = [*obj.keys(), *obj.values()]
            elif isinstance(obj, list | tuple | set | frozenset):
                values = obj
            else:
                continue  # an instance's attributes live in its __dict__, a dict scanned above
            for value in values:
                if isinstance(value, str) and len(value) == 5 and value.encode() in needles:
                    found.add(value)
        except Exception:  # objects whose comparison or iteration misbehaves are not visitor state
            continue
    return found


def worker(sessions: int, services: int, seed: int, swap_every: int, print_every: int,
           warm_up: int = WARM_UP_SESSIONS, data: Path | None = None) -> dict:
    """Drive the window; return what happened (runs in the child process)."""
    import random
    import shutil
    import threading
    import traceback

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data = data or Path(tempfile.mkdtemp(prefix="camino-soak-"))
    os.environ["CAMINO_DATA_DIR"] = str(data)
    os.environ["CAMINO_CONFIG"] = str(data / "config.toml")

    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kiosk import paths
    from kiosk.config import Config
    from kiosk.sync import apply, bundle
    from ui.app import build

    exceptions: list[str] = []
    sys.excepthook = lambda kind, value, tb: exceptions.append("".join(traceback.format_exception(kind, value, tb)))
    threading.excepthook = lambda args: exceptions.append(f"{args.exc_type.__name__}: {args.exc_value}")

    # Two versions of one directory, swapped in turn like syncs would install them.
    if services:
        from benchmarks.common import generated_directory

        source = generated_directory(services)
    else:
        from db.seed import build_seed, seed_folder

        source = build_seed(seed_folder("albuquerque"), data / "demo.sqlite")
    versions = []
    for number in (1, 2):
        copy = data / f"v{number}.sqlite"
        shutil.copyfile(source, copy)
        bundle._stamp(copy, number, "2026-12-01")
        versions.append(copy)
    shutil.copyfile(versions[0], paths.installed_directory())

    config = Config()
    config.printing.printer = cups_queue()
    app, window, context = build(config, insights=True, staff=False)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    rng = random.Random(seed)
    tap_ms: list[float] = []
    outcome = {"prints": 0, "prints_failed": 0, "swaps": 0, "idle_resets": 0, "walked_away": 0,
               "visitor_text_left": 0, "rss_start_kb": 0, "rss_warm_kb": 0, "rss_by_thousand_kb": []}
    typed: set[str] = set()
    leaks: list[str] = []

    def tap(widget) -> None:
        started = time.perf_counter()
        QTest.mouseClick(widget, Qt.LeftButton)
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.LayoutRequest)
        QCoreApplication.sendPostedEvents(window, QEvent.UpdateRequest)
        tap_ms.append((time.perf_counter() - started) * 1000)

    def wait_for(condition, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while not condition() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        return condition()

    def answer(screen) -> None:
        if hasattr(screen, "keypad") and rng.random() < 0.4:  # the ZIP screen: type a code
            tap(screen.other)
            code = ZIP_PREFIX + f"{rng.randrange(100):02d}"
            typed.add(code.encode())  # kept as bytes: the search below must not find this set itself
            for digit in code:
                screen.keypad.press(digit)
            app.processEvents()
        elif hasattr(screen, "options"):
            buttons = screen.options.buttons
            for _ in range(rng.randint(1, 3)):
                tap(buttons[rng.randrange(len(buttons))])

    def swap() -> None:
        directory = context.directory
        target = versions[(outcome["swaps"] + 1) % 2]  # v2, v1, v2, …
        staged = paths.directory_dir() / "incoming.part"
        shutil.copyfile(target, staged)
        apply.install(staged)
        ready: list[bool] = []
        directory.update_ready.connect(lambda: ready.append(True))
        directory.check_for_update()
        if wait_for(lambda: bool(ready), 60):
            outcome["swaps"] += 1
        directory.update_ready.disconnect()

    def print_once() -> None:
        done: list[str] = []
        context.printer.finished.connect(lambda: done.append("ok"))
        context.printer.failed.connect(lambda _sentence: done.append("failed"))
        window.print_pathway()
        if wait_for(lambda: bool(done), 120) and done[0] == "ok":
            outcome["prints"] += 1
        else:
            outcome["prints_failed"] += 1
        context.printer.finished.disconnect()
        context.printer.failed.disconnect()

    def visitor_text_left() -> str:
        """What of the last visitor the window still holds after a reset ("" when nothing)."""
        session = context.session
        if session.answers.values:
            return f"answers {sorted(session.answers.values)}"
        if session.pathway is not None:
            return "the pathway"
        for screen in window.screens.values():
            if hasattr(screen, "keypad") and (screen.keypad.digits or
                                              any(code.decode() in screen.digits.text() for code in typed)):
                return "the typed ZIP code on its screen"
        return ""

    outcome["rss_start_kb"] = rss_kb()
    started = time.perf_counter()
    for number in range(1, sessions + 1):
        try:
            if swap_every and number % swap_every == 0:
                swap()
            tap(window.attract.start)
            languages = list(window.language_screen.grid.buttons)
            tap(window.language_screen.grid.buttons[rng.choice(languages)])
            walk_away = rng.random() < 0.1
            steps = 0
            while window.journey.question_id():
                screen = window.current_screen()
                answer(screen)
                steps += 1
                if walk_away and steps > 1:
                    break
                if rng.random() < 0.1 and steps > 1:
                    tap(window.back_button)
                    continue
                if not window.next_button.isEnabled():
                    if hasattr(screen, "keypad"):
                        tap(screen.near)
                    elif hasattr(screen, "options"):
                        tap(screen.options.buttons[0])
                tap(window.next_button)
                if steps > 40:
                    raise RuntimeError("a session did not reach the pathway in 40 steps")
            if walk_away:
                window.start_over(idle=True)
                outcome["walked_away"] += 1
            else:
                tap(window.next_button)  # review → pathway
                if config.printing.printer and print_every and number % print_every == 0:
                    print_once()
                tap(window.next_button)  # → finish
                if rng.random() < 0.3:
                    window.start_over(idle=True)
                    outcome["idle_resets"] += 1
                else:
                    window.start_over(idle=False, finished=True)
            app.processEvents()
            # What the event loop does between two visitors: widgets given up with deleteLater()
            # are deleted (processEvents() alone never does, and they would pile up as a false leak).
            QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
            left = visitor_text_left()
            if left:
                outcome["visitor_text_left"] += 1
                leaks.append(left)
        except Exception:
            exceptions.append(traceback.format_exc())
            window.start_over(idle=True)
            QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        if number == min(warm_up, sessions):
            outcome["rss_warm_kb"] = rss_kb()
        if number % 1000 == 0:  # the curve: flat at the end, or still climbing?
            outcome["rss_by_thousand_kb"].append(rss_kb())
        if number % 500 == 0 or number == sessions:
            kept = reachable_strings_with(typed)
            outcome["visitor_text_left"] += len(kept)
            leaks.extend(f"ZIP code {code} in a live object" for code in sorted(kept))
        if number % 100 == 0 or number == sessions:  # where memory goes, if it grows
            import gc

            print(f"soak: {number} sessions, {len(exceptions)} exceptions, RSS {rss_kb() >> 10} MB, "
                  f"{len(QApplication.allWidgets())} widgets, {len(gc.get_objects())} Python objects, "
                  f"{time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    QApplication.processEvents()
    return {**outcome, "sessions": sessions, "exceptions": len(exceptions), "first_exception": exceptions[:1],
            "first_leaks": sorted(set(leaks))[:5],
            "rss_end_kb": rss_kb(), "max_tap_ms": round(max(tap_ms), 1) if tap_ms else 0.0,
            "taps": len(tap_ms), "tap_seconds": round(sum(tap_ms) / 1000, 1),
            "seconds": round(time.perf_counter() - started, 1)}


def run(sessions: int, services: int, seed: int, swap_every: int, print_every: int,
        warm_up: int = WARM_UP_SESSIONS) -> tuple[dict, int]:
    """The child's result and its exit code (negative: killed by a signal, a crash)."""
    with tempfile.TemporaryDirectory(prefix="camino-soak-") as data:  # two copies of the directory: removed after
        command = [sys.executable, str(Path(__file__).resolve()), "--worker", "--sessions", str(sessions),
                   "--services", str(services), "--seed", str(seed), "--swap-every", str(swap_every),
                   "--print-every", str(print_every), "--warm-up", str(warm_up), "--data", data]
        child = subprocess.run(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    lines = [line for line in child.stdout.splitlines() if line.startswith("{")]
    return (json.loads(lines[-1]) if lines else {}), child.returncode


def last_thousand(result: dict) -> str:
    """RSS growth between the last two thousands of sessions ("" before 2,000): near zero once memory is flat."""
    marks = result.get("rss_by_thousand_kb", [])
    return f"{(marks[-1] - marks[-2]) / marks[-2]:+.1%}" if len(marks) >= 2 and marks[-2] else ""


def table(result: dict, code: int, warm_up: int = WARM_UP_SESSIONS) -> list[dict]:
    crashed = code != 0 or not result
    warm, end = result.get("rss_warm_kb", 0), result.get("rss_end_kb", 0)
    growth = (end - warm) / warm if warm else 0.0
    return [
        {"name": "sessions", "value": result.get("sessions", 0), "target": "", "ok": True},
        {"name": "exceptions", "value": result.get("exceptions", "?"), "target": "0",
         "ok": result.get("exceptions") == 0},
        {"name": "crashes (child exit code)", "value": code, "target": "0", "ok": not crashed},
        {"name": "RSS at start (MB)", "value": result.get("rss_start_kb", 0) >> 10, "target": "", "ok": True},
        {"name": f"RSS after {warm_up} sessions (MB)", "value": warm >> 10, "target": "", "ok": True},
        {"name": "RSS at end (MB)", "value": end >> 10, "target": "", "ok": True},
        {"name": f"RSS growth after {warm_up} sessions", "value": f"{growth:+.1%}", "target": "≤ +10%",
         "ok": not crashed and growth <= RSS_GROWTH_LIMIT},
        {"name": "RSS at each 1,000 sessions (MB)", "value": ", ".join(str(kb >> 10) for kb in
                                                                       result.get("rss_by_thousand_kb", [])),
         "target": "", "ok": True},
        {"name": "RSS growth over the last 1,000 sessions", "value": last_thousand(result), "target": "",
         "ok": True},
        {"name": "visitor text left after a reset", "value": result.get("visitor_text_left", "?"), "target": "0",
         "ok": result.get("visitor_text_left") == 0},
        {"name": "largest tap latency (ms)", "value": result.get("max_tap_ms", 0), "target": "", "ok": True},
        {"name": "taps", "value": result.get("taps", 0), "target": "", "ok": True},
        {"name": "prints to the PDF queue (failed)", "value": f"{result.get('prints', 0)} "
                                                             f"({result.get('prints_failed', 0)})",
         "target": "", "ok": True},
        {"name": "directory swaps", "value": result.get("swaps", 0), "target": "", "ok": True},
        {"name": "idle resets / walked away", "value": f"{result.get('idle_resets', 0)} / "
                                                       f"{result.get('walked_away', 0)}", "target": "", "ok": True},
        {"name": "run time (s)", "value": result.get("seconds", 0), "target": "", "ok": True},
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--services", type=int, default=50_000, help="generated directory size (0: the demo)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--swap-every", type=int, default=300, help="sessions between directory swaps")
    parser.add_argument("--print-every", type=int, default=25, help="sessions between printouts")
    parser.add_argument("--warm-up", type=int, default=WARM_UP_SESSIONS,
                        help="sessions before the RSS growth is measured from (default 200)")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.sessions < 1:
        parser.error("--sessions must be at least 1")
    if args.worker:
        result = worker(args.sessions, args.services, args.seed, args.swap_every, args.print_every, args.warm_up,
                        args.data)
        print(json.dumps(result), flush=True)
        os._exit(0)  # skip Qt's teardown: the result is out, and teardown is not what is measured
    result, code = run(args.sessions, args.services, args.seed, args.swap_every, args.print_every, args.warm_up)
    rows = table(result, code, args.warm_up)
    print_table(f"Soak: {args.sessions} sessions", rows)
    if result.get("first_leaks"):
        print("visitor text left: " + "; ".join(result["first_leaks"]), file=sys.stderr)
    if result.get("first_exception"):
        print(result["first_exception"][0], file=sys.stderr)
    return 0 if all(r["ok"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
