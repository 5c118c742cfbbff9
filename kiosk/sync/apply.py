"""Checking a downloaded update and putting it in service atomically, or rolling back.

The installed directory (``current.sqlite``) is replaced with ``os.replace`` only after the new
file is complete, matches the signed manifest, passes SQLite's integrity check and is on disk
(fsync). At every instant ``current.sqlite`` is the old or the new directory, whole: a kiosk that
loses power or is killed mid-way starts on one of them. The one before is kept as
``previous.sqlite`` for ``kiosk rollback``.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
from collections.abc import Collection, Iterator
from datetime import UTC, datetime
from pathlib import Path

from db.identity import SCHEMA_VERSION, check_file, integrity_ok
from db.schema_check import check_contents
from kiosk import __version__, paths
from kiosk.errors import CaminoError, DirectoryError
from kiosk.sync.bundle import Manifest, app_version, fsync_dir

PART_SUFFIX = ".part"


def previous_directory() -> Path:
    return paths.directory_dir() / "previous.sqlite"


def installed_version(path: Path | None = None) -> int:
    """The version of the directory in service; 0 when there is none or it cannot be read."""
    try:
        return int(check_file(path or paths.installed_directory()).get("directory_version", "0") or 0)
    except (DirectoryError, ValueError):
        return 0


@contextlib.contextmanager
def sync_lock() -> Iterator[None]:
    """One sync or rollback at a time (the app's timer and the systemd timer may both fire)."""
    path = paths.directory_dir() / "sync.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CaminoError("another sync or rollback is running on this kiosk; try again in a minute") from None
        yield  # the lock dies with the process, so a killed sync never blocks the next one
    finally:
        os.close(fd)


def check_offer(manifest: Manifest, installed: int, rejected: Collection[int], now: datetime | None = None) -> bool:
    """Whether the signed manifest is worth installing: False when already up to date.

    Raises :class:`CaminoError` when it must not be installed: other schema, app too old, expired,
    older than the installed directory, or a version IT rolled back here.
    """
    if manifest.schema_version != SCHEMA_VERSION:
        which = "the app" if manifest.schema_version > SCHEMA_VERSION else "the directory"
        raise CaminoError(f"the update has directory schema version {manifest.schema_version}; this Camino "
                          f"reads version {SCHEMA_VERSION} (update {which} first)")
    if app_version(__version__) < app_version(manifest.min_app_version):
        raise CaminoError(f"the update needs Camino {manifest.min_app_version} or newer; this kiosk runs "
                          f"{__version__} (update the app first)")
    now = now or datetime.now(UTC)
    if manifest.expires_at <= now:
        raise CaminoError(f"the update (version {manifest.version}) expired on {manifest.expires}; "
                          "publish a fresh one")
    if manifest.version == installed:
        return False
    if manifest.version < installed:
        raise CaminoError(f"the update (version {manifest.version}) is older than the installed directory "
                          f"(version {installed}); a kiosk never goes back")
    if manifest.version in rejected:
        raise CaminoError(f"version {manifest.version} was rolled back on this kiosk; publish a newer version")
    return True


def verify_download(staged: Path, manifest: Manifest, digest: str) -> None:
    """Check the downloaded file against the manifest and SQLite; discard it when it fails."""
    try:
        if staged.stat().st_size != manifest.size:
            raise CaminoError(f"the downloaded database has {staged.stat().st_size} bytes, "
                              f"the manifest says {manifest.size}; it was discarded")
        if digest != manifest.sha256:
            raise CaminoError("the downloaded database does not match the manifest's sha256 "
                              "(damaged or tampered); it was discarded")
        try:
            meta = check_file(staged)  # the schema is Camino's: nothing hostile runs in the checks below
        except DirectoryError as exc:
            raise CaminoError(f"the downloaded database is not usable: {exc}") from None
        if meta.get("directory_version") != str(manifest.version):
            raise CaminoError(f"the downloaded database says version {meta.get('directory_version')}, "
                              f"the manifest {manifest.version}; it was discarded")
        from concurrent.futures import ThreadPoolExecutor

        # Typed values and an acyclic step graph, alongside SQLite's integrity check: both only read.
        with ThreadPoolExecutor(max_workers=2) as pool:
            contents = pool.submit(check_contents, staged)
            intact = integrity_ok(staged)
            try:
                contents.result()
            except DirectoryError as exc:
                raise CaminoError(f"the downloaded database is not usable: {exc}") from None
        if not intact:
            raise CaminoError("the downloaded database fails SQLite's integrity check; it was discarded")
    except CaminoError:
        with contextlib.suppress(FileNotFoundError):
            staged.unlink()
        raise


def _keep_copy(current: Path, dest: Path) -> None:
    """Make ``dest`` the same content as ``current``, atomically (a hard link; a copy where links fail)."""
    with contextlib.suppress(FileNotFoundError):
        # Already the same file (a sync killed between this link and its install leaves them so):
        # rename() between two links of one file does nothing and would leave the temporary link.
        if os.path.samefile(current, dest):
            return
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        os.link(current, tmp)
    except OSError:
        shutil.copyfile(current, tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
    os.replace(tmp, dest)


def install(staged: Path, current: Path | None = None) -> None:
    """Put the verified ``staged`` file in service; the directory in service becomes ``previous``."""
    current = current or paths.installed_directory()
    with open(staged, "rb+") as fh:
        os.fsync(fh.fileno())
    if current.exists():
        _keep_copy(current, current.with_name("previous.sqlite"))
    os.replace(staged, current)
    fsync_dir(current.parent)


def rollback(current: Path | None = None) -> tuple[int, int]:
    """Swap the previous directory back into service; return (version rolled back from, version now)."""
    current = current or paths.installed_directory()
    previous = current.with_name("previous.sqlite")
    if not previous.exists():
        raise CaminoError("there is no previous directory to roll back to on this kiosk")
    try:
        meta = check_file(previous)
    except DirectoryError as exc:
        raise CaminoError(f"the previous directory cannot be used, so nothing was changed: {exc}") from None
    if not integrity_ok(previous):
        raise CaminoError("the previous directory fails SQLite's integrity check, so nothing was changed")
    from_version = installed_version(current)
    to_version = int(meta.get("directory_version", "0") or 0)
    swap = current.with_name(f".swap-{os.getpid()}.sqlite")
    if current.exists():
        _keep_copy(current, swap)
    os.replace(previous, current)
    if swap.exists():
        os.replace(swap, previous)
    fsync_dir(current.parent)
    return from_version, to_version


def clean_leftovers(folder: Path, keep: Collection[str] = ()) -> None:
    """Remove downloads other than ``keep`` and temporary files a killed sync left behind."""
    for path in folder.iterdir():
        stale_part = path.name.endswith(PART_SUFFIX) and path.name not in keep
        stale_tmp = path.name.startswith(".") and path.name.endswith((".tmp", ".sqlite"))
        if stale_part or stale_tmp:
            with contextlib.suppress(OSError):
                path.unlink()
