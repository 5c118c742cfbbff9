"""``kiosk keygen | publish | sync | rollback | status``: signed directory updates and kiosk health.

IT's machine: ``keygen`` once, ``publish`` for every directory update. Each kiosk: ``sync`` (by its
timer or the app), ``rollback`` when an update turns out wrong, ``status --json`` for monitoring.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from kiosk.cli import common_options, emit_json
from kiosk.runtime import load_config


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not 0 < number <= 86400:
        raise argparse.ArgumentTypeError("must be between 0 and 86400 seconds")
    return number


def register(sub: argparse._SubParsersAction) -> None:
    parent = common_options()

    keygen = sub.add_parser("keygen", parents=[parent], help="make an ed25519 key pair for signing updates")
    keygen.add_argument("--out", required=True, metavar="PREFIX", help="writes PREFIX (private) and PREFIX.pub")
    keygen.set_defaults(func=cmd_keygen)

    publish = sub.add_parser("publish", parents=[parent], help="build and sign a directory update bundle")
    publish.add_argument("--source", required=True, metavar="HSDS|DB|XLSX|demo",
                         help="an HSDS folder or .json file, a directory database, a directory workbook, or 'demo'")
    publish.add_argument("--key", required=True, metavar="PRIVATE", help="private key from `kiosk keygen`")
    publish.add_argument("--out", required=True, metavar="DIR", help="bundle folder (served by a web server or USB)")
    publish.add_argument("--version", type=_positive, metavar="N",
                         help="directory version (default: one more than the bundle already in DIR)")
    publish.add_argument("--expires", type=_positive, default=90, metavar="DAYS",
                         help="kiosks refuse to install the bundle after this many days (default 90)")
    publish.add_argument("--questionnaire", metavar="FILE",
                         help="Camino questionnaire for an HSDS source (default: the demo city's)")
    publish.add_argument("--min-app-version", metavar="X.Y.Z",
                         help="oldest app that may install it (default: the first that reads this schema)")
    publish.add_argument("--level", type=_positive, metavar="1-22",
                         help="zstd level of the compressed database and patches (default 19: smallest downloads)")
    publish.set_defaults(func=cmd_publish)

    sync = sub.add_parser("sync", parents=[parent], help="fetch, verify and install a directory update")
    sync.add_argument("--from", dest="source", metavar="URL|FOLDER", help="default: sync.url in the config")
    sync.add_argument("--pubkey", metavar="FILE", help="trusted public key(s), one per line (default: sync.pubkey)")
    sync.add_argument("--max-time", type=_seconds, default=1800.0, metavar="SECONDS",
                      help="give up the download after this long; the next sync resumes it (default 1800)")
    sync.add_argument("--json", action="store_true", help="print the result as JSON (always printed)")
    sync.set_defaults(func=cmd_sync)

    rollback = sub.add_parser("rollback", parents=[parent], help="put the previous directory back in service")
    rollback.set_defaults(func=cmd_rollback)

    status = sub.add_parser("status", parents=[parent], help="directory version, last sync, disk, printer")
    formats = status.add_mutually_exclusive_group()
    formats.add_argument("--json", action="store_true", help="print JSON (the default)")
    formats.add_argument("--prometheus", action="store_true",
                         help="print the Prometheus text format (what the app writes for node_exporter)")
    status.set_defaults(func=cmd_status)


def cmd_keygen(args: argparse.Namespace) -> int:
    from kiosk.sync import keys  # each command imports its part of kiosk.sync: the kiosk's start stays light

    private, public = keys.generate(Path(args.out))
    trusted = keys.load_trusted(public)[0]
    print(f"kiosk: wrote {private} (private: keep it off the kiosks) and {public}", file=sys.stderr)
    emit_json({"private_key": str(private), "public_key": str(public), "key_id": trusted.key_id})
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from kiosk.sync import bundle, keys

    private = keys.load_private(Path(args.key))
    manifest = bundle.publish(args.source, private, Path(args.out), version=args.version,
                              expires_days=args.expires, min_app_version=args.min_app_version,
                              questionnaire=Path(args.questionnaire) if args.questionnaire else None,
                              level=args.level)
    print(f"kiosk: published directory version {manifest.version} to {args.out}", file=sys.stderr)
    emit_json({"out": str(args.out), **dataclasses.asdict(manifest)})
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from kiosk.sync import service

    result = service.sync_once(load_config(args.config), args.source, args.pubkey, total_s=args.max_time)
    print(f"kiosk: {result.message}", file=sys.stderr)
    emit_json(result.to_json())
    return result.exit_code


def cmd_rollback(args: argparse.Namespace) -> int:
    from kiosk.sync import service

    load_config(args.config)  # a broken config is reported before anything changes
    result = service.rollback()
    print(f"kiosk: {result.message}", file=sys.stderr)
    emit_json(result.to_json())
    return result.exit_code


def cmd_status(args: argparse.Namespace) -> int:
    from kiosk.sync import service

    config = load_config(args.config)
    if args.prometheus:
        from kiosk import monitoring

        sys.stdout.write(monitoring.text(config, monitoring.app_started()))
        return 0
    emit_json(service.health(config))
    return 0
