"""``kiosk print``: a pathway as a PDF file, or printed on a CUPS printer."""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

from db.atomic import write_atomically
from kiosk.cli import common_options, emit_json, read_json_input
from kiosk.cli.directory_cmds import _lang
from kiosk.errors import BadInput
from kiosk.questionnaire import validate_answers
from kiosk.runtime import load_config, open_engine


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("print", parents=[common_options()],
                            help="write a pathway's printout as a PDF, or print it")
    parser.add_argument("--answers", required=True, metavar="FILE|-", help="JSON answers (as for kiosk pathway)")
    parser.add_argument("--lang", type=_lang, default="en", help="the visitor's language (default en)")
    parser.add_argument("--bilingual", action="store_true", help="add English under the visitor's language")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--pdf", metavar="OUT", help="write the PDF to this file")
    target.add_argument("--printer", metavar="NAME", help='print on this CUPS queue ("" = the configured one)')
    parser.add_argument("--copies", type=int, default=1, metavar="N", help="copies to print (1-20)")
    parser.add_argument("--paper", choices=("letter", "a4"), help="paper size (default: the config's)")
    parser.add_argument("--db", metavar="PATH", help="directory database (default: the one in service)")
    parser.add_argument("--timeout", type=_seconds, default=60.0, metavar="S",
                        help="seconds to wait for the printer to finish (default 60)")
    parser.set_defaults(func=cmd_print)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not (math.isfinite(value) and 1 <= value <= 3600):
        raise argparse.ArgumentTypeError(f"must be between 1 and 3600 seconds, not {text}")
    return value


def cmd_print(args: argparse.Namespace) -> int:
    from kiosk.printout import printout_for  # reportlab loads only for this command

    if not 1 <= args.copies <= 20:
        raise BadInput("--copies must be between 1 and 20")
    if args.pdf is not None and not args.pdf.strip():
        raise BadInput("--pdf needs a file path (it was empty); nothing was printed")
    out = Path(args.pdf) if args.pdf is not None else None
    if out is not None and (out.is_dir() or not out.parent.is_dir()):
        raise BadInput(f"--pdf must be a file path in an existing folder: {out}")
    raw = read_json_input(args.answers, "answers")
    config = load_config(args.config)
    engine = open_engine(config, args.db)
    answers = validate_answers(engine.directory.questions("en"), raw)
    if not answers:
        raise BadInput("answers are empty: answer at least one question")
    pdf = printout_for(engine, answers, args.lang, config=config, bilingual=args.bilingual, paper=args.paper)
    if out is not None:
        write_atomically(out, pdf)  # never a half-written PDF under the asked name, no .tmp on a full disk
        print(f"kiosk: wrote {out} ({len(pdf) // 1024} KiB)", file=sys.stderr)
        emit_json({"pdf": str(out), "bytes": len(pdf)})
        return 0
    from kiosk.printing import submit

    job = submit(pdf, args.printer or config.printing.printer, copies=args.copies,
                 paper=args.paper or config.printing.paper)
    job.wait(args.timeout)
    print(f"kiosk: printed on {job.printer} (job {job.name})", file=sys.stderr)
    emit_json({"printer": job.printer, "job": job.name, "copies": args.copies, "state": "completed"})
    return 0
