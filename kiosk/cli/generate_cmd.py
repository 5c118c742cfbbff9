"""``kiosk generate``: a synthetic directory for benchmarks and load tests."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kiosk.cli import common_options, emit_json
from kiosk.errors import BadInput


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("generate", parents=[common_options()],
                            help="write a synthetic directory of N services")
    parser.add_argument("--services", type=int, required=True, metavar="N")
    parser.add_argument("--out", required=True, metavar="DB")
    parser.add_argument("--seed", type=int, default=7, help="random seed (same seed, same directory)")
    parser.add_argument("--city", default="albuquerque", help="seed whose questionnaire to use")
    parser.set_defaults(func=cmd_generate)


def cmd_generate(args: argparse.Namespace) -> int:
    if not 1 <= args.services <= 5_000_000:
        raise BadInput("--services must be between 1 and 5000000")
    out = Path(args.out)
    if out.is_dir():
        raise BadInput(f"--out must be a file path, not a folder: {out}")
    from db.generate import generate  # here: --help and the kiosk itself need not load SQLAlchemy
    from db.seed import seed_folder

    started = time.perf_counter()
    generate(out, args.services, seed_folder(args.city), seed=args.seed)
    seconds = time.perf_counter() - started
    print(f"kiosk: wrote {args.services} services to {out} in {seconds:.1f} s", file=sys.stderr)
    emit_json({"out": str(out), "services": args.services, "seconds": round(seconds, 2)})
    return 0
