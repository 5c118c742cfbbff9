"""``kiosk run`` (the kiosk itself; also plain ``python main.py``) and ``kiosk tour`` (screens to PNG)."""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from pathlib import Path

from kiosk.cli import common_options
from kiosk.config import LANGUAGES
from kiosk.errors import BadInput

PSEUDO_MODES = ("ltr", "rtl")  # ui.pseudo.MODES, without importing Qt for --help


def size_arg(value: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in value.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1280x800, not {value!r}") from None
    if not (320 <= w <= 8000 and 320 <= h <= 8000):
        raise argparse.ArgumentTypeError(f"size {value!r} is out of range (320–8000 pixels each way)")
    return w, h


def register(sub: argparse._SubParsersAction) -> None:
    run = sub.add_parser("run", parents=[common_options()], help="start the kiosk (full screen)")
    run.add_argument("--windowed", action="store_true", help="a normal window, for development")
    run.add_argument("--size", type=size_arg, metavar="WxH", help="window size, e.g. 1280x800")
    run.add_argument("--quit-after-ready", action="store_true",
                     help="exit as soon as the attract screen is shown (smoke tests, start-up benchmark)")
    run.add_argument("--staff", action="store_true", help="open the front-desk staff console instead")
    run.add_argument("--pseudo", nargs="?", const="ltr", choices=PSEUDO_MODES, default="",
                     help="pseudo-translated texts, ~40%% longer and accented (checks layouts); =rtl also mirrors")
    run.set_defaults(func=cmd_run)

    tour = sub.add_parser("tour", parents=[common_options()], help="render every screen of a sample journey to PNG")
    tour.add_argument("--out", required=True, metavar="DIR", help="folder for the PNG files")
    tour.add_argument("--lang", default="en", help=f"language code or 'all' ({', '.join(LANGUAGES)})")
    tour.add_argument("--size", type=size_arg, default=(1280, 800), metavar="WxH", help="default 1280x800")
    tour.add_argument("--pseudo", nargs="?", const="ltr", choices=PSEUDO_MODES, default="",
                      help="pseudo-translated texts; =rtl also mirrors the layout")
    tour.add_argument("--db", metavar="PATH",
                      help="directory database to preview (from `kiosk workbook build`); default: the one in service")
    tour.add_argument("--speech", action="store_true",
                      help="also write what each screen says: NAME.txt (words) and NAME.wav (espeak-ng audio)")
    tour.set_defaults(func=cmd_tour)


def fresh_translations() -> None:
    """Compile any .ts newer than its .qm (a reviewer's edit shows on the next run); a read-only install skips it."""
    import subprocess

    from ui.translations_build import compile_if_stale

    try:
        compile_if_stale()
    except (OSError, subprocess.CalledProcessError, SystemExit) as exc:
        print(f"kiosk: translations not recompiled ({exc}); using the built ones", file=sys.stderr)


def cmd_run(args: argparse.Namespace) -> int:
    from kiosk.runtime import load_config  # here, not at import: every CLI command imports this module

    fresh_translations()
    config = load_config(args.config)
    path = Path(args.config) if args.config else config.source
    if args.staff:
        if importlib.util.find_spec("ui.console") is None:
            raise BadInput("the staff console is not installed in this build")
        import ui.console

        return int(ui.console.run(config, path, windowed=args.windowed, size=args.size, pseudo=args.pseudo,
                                  quit_after_ready=args.quit_after_ready) or 0)
    from ui.app import run

    return run(config, path, windowed=args.windowed, size=args.size, quit_after_ready=args.quit_after_ready,
               pseudo=args.pseudo)


def cmd_tour(args: argparse.Namespace) -> int:
    languages = list(LANGUAGES) if args.lang == "all" else [args.lang]
    unknown = [lang for lang in languages if lang not in LANGUAGES]
    if unknown:
        raise BadInput(f"unknown language {unknown[0]!r} (choose from {', '.join(LANGUAGES)} or all)")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    fresh_translations()
    from kiosk.runtime import load_config
    from ui.tour import tour

    out = Path(args.out)
    if args.speech:
        from kiosk.speech.voices import engine_path

        if engine_path() is None:
            raise BadInput("--speech needs espeak-ng (Debian package espeak-ng)")
    config = load_config(args.config)
    engine = None
    if getattr(args, "db", None):  # a directory being prepared, seen on screen before it is published
        from kiosk.runtime import open_engine

        engine = open_engine(config, args.db)
    written = tour(config, out, languages, args.size, pseudo=args.pseudo, engine=engine, speech=args.speech)
    print(f"kiosk: wrote {len(written)} screen(s) to {out}", file=sys.stderr)
    return 0
