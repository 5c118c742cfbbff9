"""``kiosk workbook export | check | build | seed``: the directory workbook city staff edit.

``export`` writes a seed directory (the demo's JSON) as a workbook; ``check`` lists every problem
of an edited workbook (sheet, row, column, reason; exit 2 when there is one); ``build`` makes a
directory database to preview with ``kiosk tour --db``; ``seed`` writes the workbook back as a seed
folder (``directory.json``, ``questionnaire.json``, ``translations/``) so a diff can be reviewed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kiosk.cli import common_options, emit_json
from kiosk.errors import BadInput

MAX_LINES = 50


def register(sub: argparse._SubParsersAction) -> None:
    parent = common_options()
    workbook = sub.add_parser("workbook", parents=[parent], help="the directory workbook (.xlsx) staff edit")
    actions = workbook.add_subparsers(dest="action", metavar="ACTION", parser_class=sub._parser_class)
    export = actions.add_parser("export", parents=[parent], help="write a directory as a workbook")
    source = export.add_mutually_exclusive_group()
    source.add_argument("--source", default="demo", metavar="demo|demo:CITY|FOLDER|HSDS",
                        help="'demo' (default), a seed folder, or an HSDS source (imported with the demo's "
                             "questionnaire, as by `kiosk import-hsds`)")
    source.add_argument("--db", metavar="PATH", help="a directory database (e.g. from `kiosk import-hsds`)")
    export.add_argument("--out", required=True, metavar="FILE.xlsx")
    export.add_argument("--suggestions", metavar="REPORT.json",
                        help="fill the Mapping sheet from the JSON report of `kiosk import-hsds` (step links)")
    export.set_defaults(func=cmd_export)
    check = actions.add_parser("check", parents=[parent], help="list every problem of a workbook (exit 2 if any)")
    check.add_argument("file", metavar="FILE.xlsx")
    check.set_defaults(func=cmd_check)
    build = actions.add_parser("build", parents=[parent], help="build a directory database from a workbook")
    build.add_argument("file", metavar="FILE.xlsx")
    build.add_argument("--out", required=True, metavar="DB", help="directory database to write")
    build.add_argument("--decisions", metavar="FILE.json",
                       help="also write the Mapping sheet's step-link decisions (for `kiosk import-hsds`)")
    build.set_defaults(func=cmd_build)
    seed = actions.add_parser("seed", parents=[parent], help="write a workbook back as a seed folder (JSON)")
    seed.add_argument("file", metavar="FILE.xlsx")
    seed.add_argument("--out", required=True, metavar="FOLDER", help="seed folder to write")
    seed.set_defaults(func=cmd_seed)
    workbook.set_defaults(func=lambda args: _usage(workbook))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    print("kiosk: error: choose an action: export, check, build or seed", file=sys.stderr)
    return 2


def seed_source(source: str) -> Path:
    """The seed folder named by ``--source``: 'demo', 'demo:CITY' or a folder path."""
    from db.seed import seed_folder

    if source == "demo" or source.startswith("demo:"):
        return seed_folder(source.partition(":")[2] or "albuquerque")
    folder = Path(source)
    if not (folder / "questionnaire.json").is_file() or not (folder / "directory.json").is_file():
        raise BadInput(f"--source {source}: not a seed folder (needs directory.json and questionnaire.json)")
    return folder


def cmd_export(args: argparse.Namespace) -> int:
    from db.seed import read_json
    from db.seed_translations import read_translations
    from db.workbook.export import write_workbook

    mapping = []
    if args.suggestions:
        from db.workbook.mapping import suggestion_rows
        from kiosk.cli import read_json_input

        mapping = suggestion_rows(read_json_input(args.suggestions, "import report"))
    hsds = not args.db and not args.source.startswith("demo") and not (Path(args.source) / "directory.json").exists()
    if args.db or hsds:
        import tempfile

        from db.workbook.from_db import directory_from_db

        with tempfile.TemporaryDirectory(prefix="camino-workbook-") as tmp:
            db = Path(args.db) if args.db else _import_hsds(Path(args.source), Path(tmp) / "imported.sqlite")
            questionnaire, directory, translations = directory_from_db(db)
        source = args.db or args.source
    else:
        folder = seed_source(args.source)
        questionnaire, directory = read_json(folder / "questionnaire.json"), read_json(folder / "directory.json")
        translations, source = read_translations(folder), str(folder)
    out = write_workbook(Path(args.out), questionnaire, directory, translations, mapping)
    print(f"kiosk: wrote the workbook of {source} to {out}", file=sys.stderr)
    emit_json({"ok": True, "source": source, "out": str(out)})
    return 0


def _import_hsds(src: Path, out: Path) -> Path:
    """An HSDS source imported into ``out`` with the demo city's questionnaire (invalid rows: bad input)."""
    from db.hsds import ImportRejected, import_hsds
    from kiosk.cli.import_cmd import DEFAULT_QUESTIONNAIRE

    if not src.exists():
        raise BadInput(f"--source {src}: not 'demo', a seed folder or an HSDS source (no such file or folder)")
    try:
        import_hsds(src, out, DEFAULT_QUESTIONNAIRE, False)
    except ImportRejected as rejected:
        raise BadInput(f"--source {src}: {rejected}; run `kiosk import-hsds` to see every row") from None
    return out


def _print_problems(report: dict) -> None:
    problems = report["problems"]
    for p in problems[:MAX_LINES]:
        print(f"  {p['sheet']} row {p['row']}, {p['column']}: {p['reason']}", file=sys.stderr)
    if len(problems) > MAX_LINES:
        print(f"  … and {len(problems) - MAX_LINES} more (see the JSON report)", file=sys.stderr)


def cmd_check(args: argparse.Namespace) -> int:
    from db.workbook.read import read_workbook

    report = read_workbook(Path(args.file)).report()
    emit_json({"file": args.file, **report})
    if report["problems"]:
        _print_problems(report)
        print(f"kiosk: {args.file} has {len(report['problems'])} problem(s); fix them before publishing",
              file=sys.stderr)
        return 2
    print(f"kiosk: {args.file} is ready to publish ({len(report['warnings'])} warning(s))", file=sys.stderr)
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from db.workbook.build import WorkbookRejected, build_workbook

    try:
        workbook = build_workbook(Path(args.file), Path(args.out))
    except WorkbookRejected as rejected:
        report = rejected.workbook.report()
        emit_json({"file": args.file, **report})
        _print_problems(report)
        print(f"kiosk: {rejected}", file=sys.stderr)
        return 2
    if args.decisions:
        Path(args.decisions).write_text(json.dumps(workbook.decisions, ensure_ascii=False, indent=2) + "\n",
                                        encoding="utf-8")
    print(f"kiosk: built {args.out}; preview it with: kiosk tour --db {args.out}", file=sys.stderr)
    emit_json({"file": args.file, "out": args.out, **workbook.report()})
    return 0


def cmd_seed(args: argparse.Namespace) -> int:
    from db.workbook.read import read_workbook
    from db.workbook.seed_files import write_seed

    workbook = read_workbook(Path(args.file))
    report = workbook.report()
    if report["problems"]:
        emit_json({"file": args.file, **report})
        _print_problems(report)
        print(f"kiosk: {args.file} has problems; no seed folder was written", file=sys.stderr)
        return 2
    written = write_seed(workbook, Path(args.out))
    print(f"kiosk: wrote {len(written)} files to {args.out}", file=sys.stderr)
    emit_json({"ok": True, "out": args.out, "files": [str(p) for p in written]})
    return 0
