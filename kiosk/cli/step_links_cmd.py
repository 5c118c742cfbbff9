"""``kiosk step-links``: a steward's decisions about which services reach which steps.

Decisions are kept in a JSON file keyed by the source's service id (``db.hsds.decisions``) that
``kiosk import-hsds --decisions FILE`` reads, so they survive every later import of the source.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from kiosk.cli import common_options, emit_json
from kiosk.errors import BadInput
from kiosk.paths import SEED_DIR

DEFAULT_QUESTIONNAIRE = SEED_DIR / "albuquerque" / "questionnaire.json"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "step-links", parents=[common_options()],
        help="record a staff decision on a service's links to Camino's terms (kept across imports)")
    parser.add_argument("service_id", metavar="SERVICE_ID", help="the service id in the source directory")
    parser.add_argument("--decisions", required=True, metavar="FILE",
                        help="the decisions file (created when missing); give it to import-hsds --decisions")
    parser.add_argument("--accept", metavar="TERM", action="append", default=[], help="keep a suggested link")
    parser.add_argument("--reject", metavar="TERM", action="append", default=[], help="never make this link")
    parser.add_argument("--add", metavar="TERM", action="append", default=[], help="make a link the rules missed")
    parser.add_argument("--note", help="why (who checked, when)")
    parser.add_argument("--questionnaire", metavar="FILE", default=str(DEFAULT_QUESTIONNAIRE),
                        help="the questionnaire whose term codes are allowed")
    parser.set_defaults(func=cmd_step_links)


def cmd_step_links(args: argparse.Namespace) -> int:
    from db.hsds.decisions import Decisions
    from db.seed import read_json

    if not (args.accept or args.reject or args.add):
        raise BadInput("say what to record: --accept, --reject or --add TERM")
    layer = read_json(Path(args.questionnaire))
    codes = {str(t["code"]) for t in layer.get("taxonomy_terms", [])}
    unknown = sorted({*args.accept, *args.reject, *args.add} - codes)
    if unknown:
        raise BadInput(f"unknown Camino term(s) {', '.join(unknown)} (see the questionnaire's taxonomy_terms)")
    path = Path(args.decisions)
    decisions = Decisions.read(path, codes) if path.exists() else Decisions()
    for kind in ("accept", "reject", "add"):
        if getattr(args, kind):
            decisions.record(args.service_id, kind, getattr(args, kind), args.note)
    # Written beside the file and moved into place: a decisions file is never half-written.
    fd, tmp = tempfile.mkstemp(dir=path.parent if str(path.parent) else ".", prefix=".decisions-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(decisions.to_json(), fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    os.replace(tmp, path)
    print(f"kiosk: recorded for {args.service_id} in {path}", file=sys.stderr)
    emit_json({"ok": True, "decisions": str(path), "service_id": args.service_id,
               **decisions.services.get(args.service_id, {})})
    return 0
