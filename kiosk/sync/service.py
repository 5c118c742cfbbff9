"""One sync attempt, the same from the CLI, the systemd timer and the app's background thread.

``sync_once(config)`` never raises: it returns a :class:`SyncResult` whose ``message`` is one
sentence and whose ``exit_code`` the CLI returns. It does blocking I/O (network, hashing, SQLite's
integrity check), so the app calls it from a worker thread, never the UI thread; it touches no Qt
and no shared state besides files guarded by a lock, so that is safe.

The app learns a new directory is in service from ``result.installed`` (its own thread) or from an
:class:`kiosk.sync.watch.InstalledDirectoryWatch` (any sync, including the systemd timer's); it reopens
the directory at the next visitor's session, never in the middle of one.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from kiosk import paths
from kiosk.config import Config
from kiosk.errors import BadInput, CaminoError
from kiosk.sync import apply, delta, keys, status
from kiosk.sync.bundle import MANIFEST, MAX_MANIFEST_BYTES, MAX_SIGNATURE_BYTES, SIGNATURE, Manifest
from kiosk.sync.fetch import open_source

log = logging.getLogger("camino.sync")


@dataclass
class SyncResult:
    """What one sync attempt did. ``outcome``: installed, up_to_date, failed or bad_input."""

    outcome: str
    message: str
    version: int  # the directory version in service afterwards (0: none)
    offered_version: int | None = None
    previous_version: int | None = None
    route: str | None = None  # how the installed database came: a patch, the compressed file, the raw file
    downloaded_bytes: int | None = None

    @property
    def installed(self) -> bool:
        """True when a new directory went into service: reopen it at the next visitor's session."""
        return self.outcome == "installed"

    @property
    def ok(self) -> bool:
        return self.outcome in ("installed", "up_to_date")

    @property
    def exit_code(self) -> int:
        return {"installed": 0, "up_to_date": 0, "bad_input": 2}.get(self.outcome, 1)

    def to_json(self) -> dict:
        return {**asdict(self), "ok": self.ok, "installed": self.installed}


def trusted_keys_path(config: Config, pubkey: str | None) -> Path:
    """The trusted public key file: ``--pubkey``, else ``sync.pubkey`` (relative to the config file)."""
    value = pubkey or config.sync.pubkey
    if not value:
        raise BadInput("no public key: give --pubkey FILE or set sync.pubkey in the config")
    path = Path(value).expanduser()
    if not pubkey and not path.is_absolute() and config.source:
        path = Path(config.source).parent / path
    return path


def sync_once(config: Config, source: str | None = None, pubkey: str | None = None,
              now: datetime | None = None, total_s: float = 1800.0) -> SyncResult:
    """Fetch, verify and install the update at ``source`` (default ``config.sync.url``)."""
    where = source or config.sync.url
    before = apply.installed_version()
    try:
        if config.directory.path:
            raise BadInput("this kiosk uses a fixed directory file (directory.path in the config), "
                           "so it does not sync; clear directory.path to use synced updates")
        trusted = keys.load_trusted(trusted_keys_path(config, pubkey))
        src = open_source(where, config.sync.timeout_s, total_s)
        try:
            with apply.sync_lock():
                result = _sync(src, trusted, before, now)
        finally:
            src.close()
    except BadInput as exc:
        result = SyncResult("bad_input", str(exc), before)
    except CaminoError as exc:
        result = SyncResult("failed", str(exc), apply.installed_version())
    except Exception as exc:  # a worker thread must get a sentence, not die with a traceback
        log.exception("sync failed unexpectedly")
        result = SyncResult("failed", f"the sync failed unexpectedly: {exc}", apply.installed_version())
    if result.outcome != "bad_input":
        status.record(result.outcome, where, None if result.ok else result.message, result.version)
    return result


def _sync(src, trusted: list[keys.TrustedKey], installed: int, now: datetime | None) -> SyncResult:
    manifest_bytes = src.read_small(MANIFEST, MAX_MANIFEST_BYTES)
    try:
        signature = src.read_small(SIGNATURE, MAX_SIGNATURE_BYTES)
    except CaminoError as exc:
        raise CaminoError(f"the update is not signed, so it was refused ({exc})") from None
    signer = keys.verify(trusted, manifest_bytes, signature)
    if signer is None:
        ids = ", ".join(k.key_id for k in trusted)
        raise CaminoError(f"the update's signature does not match a trusted key ({ids}), so it was refused")
    manifest = Manifest.parse(manifest_bytes)
    folder = paths.directory_dir()
    if not apply.check_offer(manifest, installed, status.load().rejected_versions, now):
        apply.clean_leftovers(folder)
        return SyncResult("up_to_date", f"already up to date (directory version {installed})", installed,
                          manifest.version)
    fetched = delta.fetch_database(src, manifest, installed, paths.installed_directory())
    apply.install(fetched.path)
    log.info("directory version %s installed (was %s) by %s", manifest.version, installed, fetched.route)
    return SyncResult("installed", f"installed directory version {manifest.version} (was {installed}) "
                      f"by the {fetched.route}, {_size(fetched.downloaded)} downloaded",
                      manifest.version, manifest.version, installed, fetched.route, fetched.downloaded)


def _size(count: int) -> str:
    if count >= 2**20:
        return f"{count / 2**20:.1f} MB"
    return f"{count / 1024:.0f} KB" if count >= 10 * 1024 else f"{count} bytes"


def rollback() -> SyncResult:
    """Put the previous directory back in service; the version rolled back from is never reinstalled."""
    before = apply.installed_version()
    try:
        with apply.sync_lock():
            previous = apply.installed_version(apply.previous_directory())
            if previous and previous in status.load().rejected_versions:
                # A second rollback would swap back in the version the first one took out of service.
                raise CaminoError(f"the previous directory is version {previous}, which was rolled back on this "
                                  "kiosk; nothing was changed")
            from_version, to_version = apply.rollback()
    except CaminoError as exc:
        return SyncResult("failed", str(exc), before)
    status.record("rolled_back", None, None, to_version, rejected_version=from_version)
    return SyncResult("installed", f"rolled back from directory version {from_version} to {to_version}",
                      to_version, None, from_version)


def printer_state(config: Config, timeout_s: float = 2.0) -> dict:
    """The configured (or default) printer as CUPS sees it; state "unknown" when CUPS cannot say."""
    from kiosk import printing

    name = config.printing.printer or None
    try:
        name = name or printing.default_printer(timeout_s)
        if not name:
            return {"name": None, "state": "no printer", "accepting": False, "message": "no printer is set up"}
        printer = printing.get_printer(name, timeout_s)
    except (CaminoError, OSError) as exc:
        return {"name": name, "state": "unknown", "accepting": False, "message": str(exc)}
    return {"name": printer.name, "state": printer.state, "accepting": printer.accepting,
            "message": printer.message}


def speech_status(languages) -> dict:
    """Read aloud's engine and voices (the audio output is checked by the running kiosk, in staff mode)."""
    from kiosk.speech.voices import status as voice_status

    return voice_status(list(languages))


def health(config: Config) -> dict:
    """What IT's monitoring reads from ``kiosk status --json``. Nothing about visitors."""
    from db.identity import check_file
    from kiosk import __version__
    from kiosk.errors import DirectoryError
    from kiosk.runtime import directory_path

    path = directory_path(config)
    try:
        meta = check_file(path)
        directory_error = None
    except DirectoryError as exc:
        meta, directory_error = {}, str(exc)
    previous = apply.installed_version(apply.previous_directory())
    recorded = status.load()
    usage = shutil.disk_usage(paths.data_dir())
    return {
        "kiosk_id": config.kiosk.id,
        "app_version": __version__,
        "directory_version": int(meta.get("directory_version", "0") or 0) or None,
        "published": meta.get("published"),
        "directory_schema_version": int(meta["schema_version"]) if meta.get("schema_version") else None,
        "directory_path": str(path),
        "directory_error": directory_error,
        "previous_version": previous or None,
        "sync_source": config.sync.url or None,
        "last_sync_attempt": recorded.last_attempt,
        "last_sync_result": recorded.last_result,
        "last_error": recorded.last_error,
        "last_success": recorded.last_success,
        "rejected_version": recorded.rejected_version or None,
        "free_disk_bytes": usage.free,
        "free_disk_mb": usage.free >> 20,
        "printer": printer_state(config),
        "speech": speech_status(config.session.languages),
    }
