"""``kiosk report``: the anonymous insight report (CSV + PDF); ``kiosk upload-insights``: send the queue now."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from kiosk.cli import common_options, emit_json
from kiosk.errors import BadInput, CaminoError
from kiosk.runtime import ensure_directory, load_config


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-11-30") from None


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("report", parents=[common_options()],
                            help="write the anonymous insight report (CSV and PDF) for a date range")
    parser.add_argument("--from", dest="first", type=_day, required=True, metavar="DATE", help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="last", type=_day, required=True, metavar="DATE", help="last day, YYYY-MM-DD")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to write the report into")
    parser.add_argument("--db", metavar="PATH", help="directory database for need names (default: the one in service)")
    parser.add_argument("--kiosk", metavar="ID", help="only this kiosk's counters (default: all in the state database)")
    parser.add_argument("--from-folder", dest="folder", metavar="DIR",
                        help="city-wide: every kiosk's uploaded days in DIR (KIOSK/YYYY-MM-DD.json), "
                             "not this machine's counters")
    parser.set_defaults(func=cmd_report)

    upload = sub.add_parser("upload-insights", parents=[common_options()],
                            help="send completed days' counters to insights.upload_url now")
    upload.set_defaults(func=cmd_upload)


def cmd_report(args: argparse.Namespace) -> int:
    if args.first > args.last:
        raise BadInput(f"--from {args.first} is after --to {args.last}: give the earlier day first")
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise BadInput(f"--out must be a folder, not a file: {out}")
    from kiosk.directory import Directory  # here, like the imports below: every CLI start builds this parser
    from kiosk.insights import counters, report

    config = load_config(args.config)
    directory = Directory(Path(args.db) if args.db else ensure_directory(config))
    try:
        names = report.option_names(directory.questions("en"))
    finally:
        directory.close()
    skipped: dict[str, str] = {}
    if args.folder:
        rows, skipped = _city_counts(Path(args.folder), args.first, args.last)
        rows = [row for row in rows if args.kiosk in (None, row.kiosk)]
    else:
        store = counters.CounterStore()
        try:
            rows = store.counts(args.first, args.last, args.kiosk)
        finally:
            store.close()
    data = report.build(rows, args.first, args.last, names)
    csv_path, pdf_path = report.write_report(data, out)
    if data.empty:
        print(f"kiosk: no data was recorded from {args.first} to {args.last}; wrote an empty report", file=sys.stderr)
    started = data.sections.get(counters.SESSIONS_STARTED)
    emit_json({"csv": str(csv_path), "pdf": str(pdf_path), "from": args.first, "to": args.last,
               "days_with_data": len(data.days), "kiosks": data.kiosks,
               "sessions_started": started.total.shown if started and started.total else "0",
               **({"skipped_files": skipped} if args.folder else {})})
    return 0


def _city_counts(folder: Path, first, last):
    """The uploaded days in ``folder``; each file left out is named on stderr with its reason."""
    from kiosk.insights import city

    if not folder.is_dir():
        raise BadInput(f"--from-folder must be a folder of uploaded days: {folder}")
    found = city.read_folder(folder, first, last)
    for path, reason in found.skipped.items():
        print(f"kiosk: left out {path}: {reason}", file=sys.stderr)
    return found.counts, found.skipped


def cmd_upload(args: argparse.Namespace) -> int:
    from kiosk.insights.upload import upload_pending  # httpx: loaded only to send

    config = load_config(args.config)
    if not config.insights.upload_url:
        raise BadInput("insights.upload_url is not set in the config: there is nowhere to send the counters")
    result = upload_pending(config)
    emit_json({"uploaded": result.uploaded, "pending": result.pending, "error": result.error})
    if result.error:
        raise CaminoError(result.error)
    return 0
