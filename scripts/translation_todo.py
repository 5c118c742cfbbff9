"""Print, as JSON, the directory texts that still need a translation in one language.

    .venv/bin/python scripts/translation_todo.py vi                 # the Albuquerque seed
    .venv/bin/python scripts/translation_todo.py fr --city albuquerque

Each item names the record id and field to add under ``"texts"`` in
``db/seed/<city>/translations/<lang>.json``, the English to translate, and why it is listed: ``missing``
(never translated) or ``stale`` (the English changed since; ``was`` holds the English it was made from).
Exit codes: 0 listed (possibly nothing), 2 bad input, 1 anything else.
"""

from __future__ import annotations

import argparse
import json
import sys

from db.seed import read_json, seed_folder
from db.seed_translations import read_translations, todo
from kiosk.config import LANGUAGES
from kiosk.errors import BadInput


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="List directory texts still to translate.")
    parser.add_argument("lang", help=f"one of {', '.join(LANGUAGES[1:])}")
    parser.add_argument("--city", default="albuquerque", help="seed folder under db/seed (default: albuquerque)")
    args = parser.parse_args(argv)
    try:
        if args.lang not in LANGUAGES[1:]:
            raise BadInput(f"language must be one of {', '.join(LANGUAGES[1:])}, not {args.lang!r}")
        folder = seed_folder(args.city)
        items = todo(read_json(folder / "directory.json"), read_translations(folder), args.lang)
    except BadInput as exc:
        print(exc, file=sys.stderr)
        return 2
    except Exception as exc:  # one line for the person at the terminal, not a traceback
        print(f"translation_todo: {exc}", file=sys.stderr)
        return 1
    json.dump({"language": args.lang, "city": args.city, "count": len(items), "texts": items},
              sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
