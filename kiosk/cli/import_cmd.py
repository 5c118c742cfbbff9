"""``kiosk import-hsds``: an Open Referral HSDS directory → a Camino directory database."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kiosk.cli import common_options, emit_json
from kiosk.paths import SEED_DIR

DEFAULT_QUESTIONNAIRE = SEED_DIR / "albuquerque" / "questionnaire.json"
# Enough lines to see what is wrong; the JSON report on stdout has all of them.
MAX_LINES = 50


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "import-hsds", parents=[common_options()],
        help="import an Open Referral HSDS directory (3.0 CSV/JSON, 1.1/2.0 CSV) into a directory database")
    parser.add_argument("src", metavar="SRC", help="HSDS CSV folder, JSON file or folder of JSON files")
    parser.add_argument("--out", required=True, metavar="DB", help="directory database to write")
    parser.add_argument("--skip-invalid", action="store_true",
                        help="import the valid rows and list the skipped ones (default: write nothing)")
    parser.add_argument("--questionnaire", metavar="FILE", default=str(DEFAULT_QUESTIONNAIRE),
                        help="Camino questionnaire (questions, steps, terms); default: the Albuquerque one")
    parser.add_argument("--no-suggest", action="store_true",
                        help="do not link services to Camino's terms from their taxonomy and words "
                             "(staff decisions still apply)")
    parser.add_argument("--crosswalk", metavar="FILE", action="append", default=[],
                        help="more taxonomy names/codes → Camino terms, added to db/seed/crosswalk.json (repeatable)")
    parser.add_argument("--rules", metavar="FILE", action="append", default=[],
                        help="more text rules, added to db/seed/step_rules.json (repeatable)")
    parser.add_argument("--decisions", metavar="FILE",
                        help="staff decisions (accept / reject / add links), keyed by service id")
    parser.set_defaults(func=cmd_import)


def _print(title: str, problems: list) -> None:
    if not problems:
        return
    print(f"kiosk: {title}:", file=sys.stderr)
    for problem in problems[:MAX_LINES]:
        print(f"  {problem}", file=sys.stderr)
    if len(problems) > MAX_LINES:
        print(f"  … and {len(problems) - MAX_LINES} more (see the JSON report)", file=sys.stderr)


def cmd_import(args: argparse.Namespace) -> int:
    from db.hsds import ImportRejected, StepLinks, import_hsds  # here: the importer pulls in SQLAlchemy

    started = time.perf_counter()
    links = StepLinks(not args.no_suggest, [Path(p) for p in args.crosswalk], [Path(p) for p in args.rules],
                      Path(args.decisions) if args.decisions else None)
    try:
        report = import_hsds(Path(args.src), Path(args.out), Path(args.questionnaire), args.skip_invalid, links)
    except ImportRejected as rejected:
        _print("invalid rows", rejected.report.errors)
        _print("rows that depend on them", rejected.report.skipped)
        print(f"kiosk: {rejected}", file=sys.stderr)
        emit_json({"ok": False, "src": args.src, **rejected.report.to_json()})
        return 2
    seconds = time.perf_counter() - started
    _print("skipped rows", report.skipped)
    _print("warnings", report.warnings)
    print(f"kiosk: detected {report.format}; imported {report.imported.get('service', 0)} services into "
          f"{args.out} in {seconds:.1f} s; {report.step_links.get('services_linked', 0)} linked to Camino's steps",
          file=sys.stderr)
    emit_json({"ok": True, "src": args.src, "out": args.out, **report.to_json()})
    return 0
