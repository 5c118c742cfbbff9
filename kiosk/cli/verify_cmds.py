"""``kiosk verify due | sheets | record``: the yearly check of every service with its organization."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

from kiosk.cli import common_options, emit_json
from kiosk.errors import BadInput
from kiosk.runtime import load_config, open_engine


def _months(value: str) -> int:
    try:
        months = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of months") from None
    if not 1 <= months <= 120:
        raise argparse.ArgumentTypeError("must be between 1 and 120 months")
    return months


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def register(sub: argparse._SubParsersAction) -> None:
    parent = common_options()
    parent.add_argument("--db", metavar="PATH", help="directory database (default: the one in service)")
    verify = sub.add_parser("verify", parents=[common_options()], help="yearly verification with the organizations")
    actions = verify.add_subparsers(dest="action", metavar="ACTION", parser_class=sub._parser_class)
    due = actions.add_parser("due", parents=[parent], help="services never verified or verified long ago")
    due.add_argument("--months", type=_months, default=12, help="verified this long ago or more (default 12)")
    due.add_argument("--json", action="store_true", help="print JSON (the only output format)")
    due.set_defaults(func=cmd_due)
    sheets = actions.add_parser("sheets", parents=[parent], help="one printable verification form per organization")
    sheets.add_argument("--out", required=True, metavar="DIR", help="folder for the PDFs")
    sheets.add_argument("--org", metavar="ID", help="only this organization")
    sheets.add_argument("--paper", choices=("letter", "a4"), help="paper size (default: the config's)")
    sheets.set_defaults(func=cmd_sheets)
    record = actions.add_parser("record", parents=[common_options()],
                                help="record that a service was checked with its organization")
    record.add_argument("service", metavar="SERVICE_ID")
    record.add_argument("--by", required=True, metavar="NAME", help="who checked it (staff or the organization)")
    record.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help="when (default today)")
    record.add_argument("--source", required=True, metavar="FILE.xlsx|FOLDER|demo",
                        help="the directory's source to update: the workbook, a seed folder, or 'demo' (the "
                             "bundled seed, for maintainers)")
    record.set_defaults(func=cmd_record)
    verify.set_defaults(func=lambda args: _usage(verify))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    print("kiosk: error: choose an action: due, sheets or record", file=sys.stderr)
    return 2


def cmd_due(args: argparse.Namespace) -> int:
    from kiosk.verification import due

    engine = open_engine(load_config(args.config), args.db)
    orgs = due(engine.directory, args.months)
    count = sum(len(o.services) for o in orgs)
    print(f"kiosk: {count} service(s) of {len(orgs)} organization(s) to verify "
          f"(never, or {args.months}+ months ago)", file=sys.stderr)
    emit_json({"months": args.months, "today": date.today().isoformat(), "services": count,
               "organizations": [o.to_json() for o in orgs]})
    return 0


def _file_name(org_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", org_id).strip(".-") or "organization"


def cmd_sheets(args: argparse.Namespace) -> int:
    from kiosk.printout.verification_sheet import render_verification_sheet
    from kiosk.verification import organizations

    config = load_config(args.config)
    engine = open_engine(config, args.db)
    orgs = organizations(engine.directory, args.org)
    if args.org and not orgs:
        raise BadInput(f"--org {args.org}: no such organization in the directory")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    city = engine.directory.meta.get("city", "")
    for oid, name, cards in orgs:
        path = out / f"verify-{_file_name(oid)}.pdf"
        path.write_bytes(render_verification_sheet(name, cards, paper=args.paper or config.printing.paper,
                                                   city=city.split(",")[0]))
        written.append({"organization": oid, "name": name, "services": len(cards), "pdf": str(path)})
    print(f"kiosk: wrote {len(written)} verification form(s) to {out}", file=sys.stderr)
    emit_json({"out": str(out), "forms": written})
    return 0


def cmd_record(args: argparse.Namespace) -> int:
    from db.verification import record_verification
    from kiosk.cli.workbook_cmds import seed_source

    source = args.source
    path = seed_source(source) if source == "demo" or source.startswith("demo:") or Path(source).is_dir() \
        else Path(source)
    day = args.date or date.today()
    record_verification(path, args.service, args.by, day)
    print(f"kiosk: {args.service} checked with the organization on {day.isoformat()} by {args.by.strip()} "
          f"(recorded in {path}; publish to send it to the kiosks)", file=sys.stderr)
    emit_json({"ok": True, "service": args.service, "last_verified": day.isoformat(), "verified_by": args.by.strip(),
               "source": str(path)})
    return 0
