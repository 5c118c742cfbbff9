"""``kiosk questions`` and ``kiosk pathway``: the questionnaire and the pathway engine, as JSON."""

from __future__ import annotations

import argparse

from kiosk.cli import common_options, emit_json, read_json_input
from kiosk.config import LANGUAGES
from kiosk.errors import BadInput
from kiosk.questionnaire import validate_answers
from kiosk.runtime import load_config, open_engine


def _lang(value: str) -> str:
    if value not in LANGUAGES:
        raise argparse.ArgumentTypeError(f"unknown language {value!r} (choose from {', '.join(LANGUAGES)})")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    parent = common_options()
    parent.add_argument("--lang", type=_lang, default="en", help="language code (default en)")
    parent.add_argument("--db", metavar="PATH", help="directory database (default: the one in service)")
    parent.add_argument("--json", action="store_true", help="print JSON (the only output format)")

    questions = sub.add_parser("questions", parents=[parent], help="list the questionnaire")
    questions.set_defaults(func=cmd_questions)

    pathway = sub.add_parser("pathway", parents=[parent], help="build a pathway from answers")
    pathway.add_argument("--answers", required=True, metavar="FILE|-",
                         help='JSON answers: {"question_id": "option_id" | ["option_id", …] | "ZIP"}')
    pathway.set_defaults(func=cmd_pathway)


def cmd_questions(args: argparse.Namespace) -> int:
    engine = open_engine(load_config(args.config), args.db)
    emit_json({"questions": [
        {"id": q.id, "kind": q.kind, "facet": q.facet, "optional": q.optional, "text": q.text.text,
         "help": q.help.text if q.help else None,
         "in_english": q.text.in_english,
         "options": [{"id": o.id, "text": o.text.text, "icon": o.icon, "in_english": o.text.in_english}
                     for o in q.options]}
        for q in engine.directory.questions(args.lang)
    ]})
    return 0


def cmd_pathway(args: argparse.Namespace) -> int:
    raw = read_json_input(args.answers, "answers")
    config = load_config(args.config)
    engine = open_engine(config, args.db)
    answers = validate_answers(engine.directory.questions("en"), raw)
    if not answers:
        raise BadInput("answers are empty: answer at least one question")
    pathway = engine.build(answers, args.lang)
    data = pathway.to_json()
    if config.online.pathway_url:
        from kiosk.phone_link import phone_link

        try:
            data["phone_link"] = phone_link(pathway, config.online.pathway_url, pathway.link_tables)
        except ValueError as exc:
            raise BadInput(f"config: {exc}") from None
    emit_json(data)
    return 0
