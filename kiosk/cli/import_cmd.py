"""``kiosk import-hsds``: an Open Referral HSDS directory → a Camino directory database."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kiosk.cli import common_options, emit_json
from kiosk.errors import BadInput
from kiosk.paths import SEED_DIR

DEFAULT_QUESTIONNAIRE = SEED_DIR / "albuquerque" / "questionnaire.json"
# Enough lines to see what is wrong; the JSON report on stdout has all of them.
MAX_LINES = 50


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "import-hsds", parents=[common_options()],
        help="import an Open Referral HSDS directory (3.0 CSV/JSON, 1.1/2.0 CSV) into a directory database")
    parser.add_argument("src", metavar="SRC",
                        help="HSDS CSV folder, JSON file or folder of JSON files, or the http(s) URL of an HSDS API")
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
    city = parser.add_argument_group("a city-neutral questionnaire (db/seed/template/questionnaire.json)")
    city.add_argument("--city", metavar="NAME", help="the city's name, put in the template's texts")
    city.add_argument("--state", metavar="NAME", help="the state's name, put in the template's texts")
    city.add_argument("--fallback", metavar="SERVICE_ID", action="append", default=[],
                      help="a service shown when a step has none (repeatable; default: the questionnaire's, "
                           "else services linked to human-help)")
    city.add_argument("--zip-centroids", metavar="FILE",
                      help="ZIP centroids: zip,latitude,longitude CSV or the Census ZCTA gazetteer file")
    api = parser.add_argument_group("reading an HSDS API (SRC is a URL)")
    api.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS", help="time limit per request")
    api.add_argument("--retries", type=int, default=3, metavar="N", help="tries again after a failure, pausing longer")
    api.add_argument("--per-page", type=int, default=100, metavar="N", help="services asked for per page")
    api.add_argument("--max-pages", type=int, default=10_000, metavar="N", help="stop (and fail) after N pages")
    api.add_argument("--max-mb", type=float, default=1000.0, metavar="MB", help="stop (and fail) after MB megabytes")
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
    from db.hsds import ApiLimits, CityParams, ImportRejected, StepLinks, import_hsds  # pulls in SQLAlchemy
    from db.hsds.api import is_url

    if args.timeout <= 0 or args.retries < 0 or args.per_page < 1 or args.max_pages < 1 or args.max_mb <= 0:
        raise BadInput("--timeout, --per-page, --max-pages and --max-mb must be positive, --retries 0 or more")
    limits = ApiLimits(timeout=args.timeout, retries=args.retries, per_page=args.per_page,
                       max_pages=args.max_pages, max_bytes=int(args.max_mb * 1_000_000))
    src = args.src if is_url(args.src) else Path(args.src)

    started = time.perf_counter()
    links = StepLinks(not args.no_suggest, [Path(p) for p in args.crosswalk], [Path(p) for p in args.rules],
                      Path(args.decisions) if args.decisions else None)
    try:
        report = import_hsds(src, Path(args.out), Path(args.questionnaire), args.skip_invalid, links, limits,
                             CityParams(args.city, args.state, args.fallback,
                                        Path(args.zip_centroids) if args.zip_centroids else None))
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
          f"{args.out} in {seconds:.1f} s; {report.linked_to_camino} links to Camino's terms "
          f"({report.step_links.get('services_linked', 0)} services linked by crosswalk, rules or staff)",
          file=sys.stderr)
    emit_json({"ok": True, "src": args.src, "out": args.out, **report.to_json()})
    return 0
