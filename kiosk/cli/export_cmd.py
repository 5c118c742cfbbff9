"""``kiosk export-hsds``: the directory as an HSDS 3.0 CSV datapackage, for 211 and other tools."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.cli import common_options, emit_json
from kiosk.runtime import directory_path, load_config


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export-hsds", parents=[common_options()],
        help="write the directory as an HSDS 3.0 CSV datapackage (datapackage.json + CSV files)")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to write (new, empty or an earlier export)")
    parser.add_argument("--db", metavar="PATH", help="directory database (default: the one in service)")
    parser.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from db.hsds.export import export_hsds
    from kiosk.errors import BadInput, DirectoryError

    db = Path(args.db) if args.db else directory_path(load_config(args.config))
    try:
        export = export_hsds(db, Path(args.out))
    except DirectoryError as exc:
        raise BadInput(str(exc)) from None
    print(f"kiosk: wrote {export.rows.get('services.csv', 0)} services as HSDS 3.0 CSV to {args.out}", file=sys.stderr)
    for row in export.left_out:
        print(f"kiosk: left out {row['file']} {row['id']}: no {', '.join(row['missing'])}, which HSDS requires",
              file=sys.stderr)
    emit_json({"ok": True, "db": str(db), "out": args.out, "rows": export.rows, "left_out": export.left_out})
    return 0
