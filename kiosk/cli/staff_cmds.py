"""``kiosk set-pin``: set the staff PIN (stored as a salted scrypt hash, never the digits)."""

from __future__ import annotations

import argparse
import getpass
import sys

from kiosk.cli import common_options, emit_json
from kiosk.errors import BadInput
from kiosk.runtime import load_config
from kiosk.staff import PIN_MAX_DIGITS, PIN_MIN_DIGITS, check_pin_rules, set_pin


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "set-pin", parents=[common_options()],
        help=f"set the staff PIN ({PIN_MIN_DIGITS}-{PIN_MAX_DIGITS} digits; asked twice, or read from stdin)")
    parser.set_defaults(func=cmd_set_pin)


def _read_pin() -> str:
    if not sys.stdin.isatty():
        # One line from a pipe or file (scripts, provisioning); only the line end is trimmed.
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    first = getpass.getpass(f"New staff PIN ({PIN_MIN_DIGITS}-{PIN_MAX_DIGITS} digits): ")
    check_pin_rules(first)
    second = getpass.getpass("The same PIN again: ")
    if second != first:
        raise BadInput("the two PINs differ; nothing was changed")
    return first


def cmd_set_pin(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    pin = check_pin_rules(_read_pin())
    path = set_pin(config, pin)  # written where it was read from (--config, $CAMINO_CONFIG or the default)
    print(f"kiosk: staff PIN set (only its hash is stored in {path})", file=sys.stderr)
    emit_json({"ok": True, "config": str(path)})
    return 0
