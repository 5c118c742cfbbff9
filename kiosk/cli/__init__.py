"""``kiosk`` command line: JSON on stdout, one-line messages on stderr.

Exit codes: 0 success, 2 bad input (arguments, files, answers), 1 any other failure. Bad input
never prints a traceback. Each command group lives in its own module with a ``register(sub)``
function; ``main.py`` adds the screen commands (``run``, ``tour``) that need Qt.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sqlite3
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from kiosk import __version__
from kiosk.errors import BadInput, CaminoError

# Command modules of the domain layer, in the order their commands appear in --help.
COMMAND_MODULES = (
    "kiosk.cli.directory_cmds",
    "kiosk.cli.generate_cmd",
    "kiosk.cli.print_cmd",
    "kiosk.cli.import_cmd",
    "kiosk.cli.report_cmd",
    "kiosk.cli.sync_cmds",
    "kiosk.cli.staff_cmds",
    "kiosk.cli.step_links_cmd",
    "kiosk.cli.export_cmd",
    "kiosk.cli.workbook_cmds",
    "kiosk.cli.verify_cmds",
)

Register = Callable[[argparse._SubParsersAction], None]
log = logging.getLogger("camino")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own errors are bad input: exit 2, one line
        self.print_usage(sys.stderr)
        print(f"kiosk: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def common_options() -> argparse.ArgumentParser:
    """Options every command accepts (a parent parser)."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--config", metavar="FILE", help="config file (default: $CAMINO_CONFIG or the data folder)")
    return parent


def build_parser(extra: Iterable[Register] = (), command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; for ``command`` one of ``extra``'s (``run``), only those commands.

    Starting the kiosk then loads none of the domain commands' modules: they are part of its start-up.
    """
    extra = list(extra)
    if command is not None:
        parser, sub = _top_parser()
        for register in extra:
            register(sub)
        if command in sub.choices:
            return parser
    parser, sub = _top_parser()
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    for register in extra:
        register(sub)
    return parser


def _top_parser() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:
    parser = _Parser(prog="kiosk", description="Camino: pathways through a city's business services.")
    parser.add_argument("--version", action="version", version=f"camino {__version__}")
    return parser, parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
    sys.stdout.flush()


def read_json_input(source: str, what: str) -> Any:
    """Parse JSON from a file path or ``-`` (standard input)."""
    from db import input_guard  # no pipe, no /dev/zero, no 100,000-deep nesting

    if source == "-":
        data = sys.stdin.buffer.read(input_guard.MAX_SMALL_FILE_BYTES + 1)
        if len(data) > input_guard.MAX_SMALL_FILE_BYTES:
            raise BadInput(f"{what} on standard input is too large (over 1 MB)")
    else:
        data = input_guard.read_bytes(source, f"{what} file")
    return input_guard.parse_json(input_guard.decode_text(data, f"{what} file"), what)


def main(argv: Sequence[str] | None = None, extra: Iterable[Register] = ()) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(extra, command=argv[0] if argv and not argv[0].startswith("-") else None)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except BadInput as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 2
    except CaminoError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kiosk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (e.g. `| head`): nothing left to say
        sys.stderr.close()
        return 0
    except OSError as exc:
        print(f"kiosk: {exc.strerror or exc} ({exc.filename or ''})".replace(" ()", ""), file=sys.stderr)
        return 1
    except sqlite3.Error as exc:  # a full disk or read-only folder under a local database
        print(f"kiosk: a local database cannot be used ({exc})", file=sys.stderr)
        return 1
