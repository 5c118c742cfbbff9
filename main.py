"""Camino's entry point: ``python main.py`` runs the kiosk; ``python main.py COMMAND`` is the CLI.

This is the one place that knows both layers: it hands the domain CLI (``kiosk.cli``) the commands
that need screens (``ui.cli``), so that ``kiosk/`` itself never imports Qt.
"""

from __future__ import annotations

import sys


def _ui_commands():
    try:
        from ui.cli import register
    except ImportError as exc:  # a server without Qt can still publish, sync and report
        missing = exc

        def register(sub):
            for name in ("run", "tour"):
                parser = sub.add_parser(name, help="(needs PySide6)")
                parser.set_defaults(func=lambda _args: _no_qt(missing))

    return [register]


def _no_qt(exc: Exception) -> int:
    print(f"kiosk: the screens need PySide6, which cannot be loaded here ({exc})", file=sys.stderr)
    return 1


def cli(argv: list[str] | None = None) -> int:
    """The ``kiosk`` console script."""
    from kiosk.cli import main as kiosk_main

    return kiosk_main(argv, extra=_ui_commands())


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # No command (or only options like --windowed, --staff): start the kiosk.
    if not argv or (argv[0].startswith("-") and argv[0] not in ("--version", "-h", "--help")):
        argv = ["run", *argv]
    return cli(argv)


if __name__ == "__main__":
    sys.exit(main())
