"""Delta updates: a kiosk on a thin or metered connection downloads only what changed.

Publishing (IT's machine): beside ``directory-vN.sqlite`` go ``directory-vN.sqlite.zst`` (the whole
database, zstd-compressed) and ``directory-vN-from-vK.zst`` (a zstd patch from each of the last few
versions K still in the folder). The signed manifest lists them with size and sha256.

Syncing (the kiosk): the smallest way first. A patch when the kiosk's installed file is exactly the
patch's base (its sha256, not just its version number), else the compressed file, else the raw
database of bundles made before delta updates. Every download is checked against the manifest, and
the rebuilt database's size and sha256 against the signed ones before SQLite even opens it. When
anything on the patch's way fails, the kiosk takes the whole (compressed) database instead, in the
same attempt; the directory in service is never touched until a checked file replaces it whole.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from kiosk.errors import CaminoError
from kiosk.sync import apply, zstd_files
from kiosk.sync.bundle import Download, Manifest, sha256_file

log = logging.getLogger("camino.sync")

# zstd level for the compressed database and the patches. 80 MB directory, 1 % of services changed
# (zstd 1.5): a patch is 75 KB at level 3 (0.3 s), 70 KB at 9 (4 s), 45 KB at 19 (40 s); the
# compressed file 8.3 MB at 12 (4 s), 7.3 MB at 19 (110 s). IT publishes once, every kiosk downloads.
LEVEL = 19
# Patches are made from this many earlier versions (and their databases are kept to make them).
BASES = 3
# Room left free beside a download so the kiosk itself never runs out of disk.
DISK_MARGIN = 32 * 1024 * 1024
_DISK_FULL = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
_DATABASE = re.compile(r"^directory-v(\d+)\.sqlite$")


def compressed_name(version: int) -> str:
    return f"directory-v{version}.sqlite.zst"


def patch_name(base: int, version: int) -> str:
    return f"directory-v{version}-from-v{base}.zst"


def published_databases(out: Path) -> dict[int, Path]:
    """The raw databases in a bundle folder, by version."""
    found = {}
    for path in out.glob("directory-v*.sqlite"):
        if match := _DATABASE.match(path.name):
            found[int(match.group(1))] = path
    return found


# --- publishing ------------------------------------------------------------------------------


def _write(out: Path, name: str, make) -> Download:
    """Run ``make(tmp)`` and put the result in ``out/name`` atomically; describe it."""
    tmp = out / f".{name}.{os.getpid()}.tmp"
    try:
        make(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out / name)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    path = out / name
    return Download(file=name, size=path.stat().st_size, sha256=sha256_file(path))


def write_downloads(out: Path, name: str, version: int, level: int = LEVEL) -> tuple[Download, list[Download]]:
    """Write the compressed database and the patches from the last :data:`BASES` versions in ``out``.

    A patch no smaller than the compressed file is left out: a kiosk would gain nothing from it.
    """
    new = out / name
    compressed = _write(out, compressed_name(version), lambda tmp: zstd_files.compress_file(new, tmp, level))
    patches = []
    bases = sorted(v for v in published_databases(out) if v < version)[-BASES:]
    for base_version in reversed(bases):  # newest first: most kiosks are one version behind
        base = out / f"directory-v{base_version}.sqlite"
        patch = _write(out, patch_name(base_version, version),
                       lambda tmp, base=base: zstd_files.compress_file(new, tmp, level, reference=base))
        if patch.size >= compressed.size:
            (out / patch.file).unlink()
            continue
        patches.append(Download(patch.file, patch.size, patch.sha256, base_version, sha256_file(base)))
    return compressed, patches


def kept_files(out: Path, version: int, previous: int) -> set[str]:
    """What a bundle folder keeps after publishing ``version``: everything of this and the previous
    bundle (kiosks may be mid-download), and the databases the next publish makes patches from."""
    keep = {f"directory-v{v}.sqlite" for v in (version, previous)}
    keep |= {f"directory-v{v}.sqlite" for v in sorted(published_databases(out))[-BASES:]}
    keep |= {compressed_name(v) for v in (version, previous)}
    keep |= {p.name for v in (version, previous) for p in out.glob(f"directory-v{v}-from-v*.zst")}
    return keep


# --- syncing ---------------------------------------------------------------------------------


@dataclass
class Fetched:
    """A checked database ready to install, and how it came."""

    path: Path
    route: str  # "patch from version K", "compressed database" or "database"
    downloaded: int  # bytes of the file that was used


def staged_name(manifest: Manifest) -> str:
    return f"incoming-v{manifest.version}-{manifest.sha256[:16]}{apply.PART_SUFFIX}"


def _part_name(download: Download) -> str:
    return f"incoming-{download.file}-{download.sha256[:16]}{apply.PART_SUFFIX}"


def _need_space(folder: Path, needed: int) -> None:
    free = shutil.disk_usage(folder).free
    if free < needed + DISK_MARGIN:
        raise CaminoError(f"not enough disk space for the update: it needs {needed >> 20} MB "
                          f"plus {DISK_MARGIN >> 20} MB spare, {free >> 20} MB are free")


def usable_patch(manifest: Manifest, installed_version: int) -> Download | None:
    """The patch whose base is the installed version, if the bundle has one."""
    return next((d for d in manifest.deltas if d.from_version == installed_version), None)


def fetch_database(src, manifest: Manifest, installed_version: int, current: Path) -> Fetched:
    """Get ``manifest``'s database into the directory folder by the smallest way and check it.

    Raises :class:`CaminoError` when no way gave a database that matches the manifest; nothing in
    service has changed then.
    """
    folder = current.parent
    staged = folder / staged_name(manifest)
    # Unpacked files get their own name: a half-written one must never pass for a resumable download.
    rebuilt = staged.with_name(staged.name.replace(apply.PART_SUFFIX, ".rebuilt" + apply.PART_SUFFIX))
    patch = usable_patch(manifest, installed_version) if current.exists() else None
    whole = manifest.compressed
    apply.clean_leftovers(folder, keep={staged.name, rebuilt.name, *(_part_name(d) for d in (patch, whole) if d)})
    if patch is not None:
        try:
            if sha256_file(current) != patch.from_sha256:
                raise CaminoError(f"the installed directory is not the exact file {patch.file} applies to")
            _rebuild(src, manifest, patch, rebuilt, reference=current)
            return Fetched(rebuilt, f"patch from version {patch.from_version}", patch.size)
        except CaminoError as exc:
            log.warning("the patch from version %s was not used (%s); fetching the whole database instead",
                        patch.from_version, exc)
    if whole is not None:
        _rebuild(src, manifest, whole, rebuilt)
        return Fetched(rebuilt, "compressed database", whole.size)
    have = staged.stat().st_size if staged.exists() else 0
    _need_space(folder, manifest.size - have)
    digest = src.download(manifest.file, staged, manifest.size)
    apply.verify_download(staged, manifest, digest)
    return Fetched(staged, "database", manifest.size)


def _rebuild(src, manifest: Manifest, download: Download, staged: Path, reference: Path | None = None) -> None:
    """Download ``download``, check it, unpack it into ``staged`` and check the result; discard on failure."""
    part = staged.with_name(_part_name(download))
    have = part.stat().st_size if part.exists() else 0
    _need_space(staged.parent, download.size - have + manifest.size)
    digest = src.download(download.file, part, download.size)
    if digest != download.sha256:
        part.unlink(missing_ok=True)
        raise CaminoError(f"the downloaded {download.file} does not match the manifest's sha256 "
                          "(damaged or tampered); it was discarded")
    try:
        _, digest = zstd_files.decompress_file(part, staged, manifest.size, reference)
    except OSError as exc:
        staged.unlink(missing_ok=True)  # free the space again: the kiosk keeps working on what it has
        if exc.errno in _DISK_FULL:
            raise CaminoError(f"not enough disk space to store the update ({exc.strerror or exc})") from None
        raise CaminoError(f"{download.file} could not be unpacked ({exc.strerror or exc})") from None
    except zstd_files.ZstdError as exc:
        staged.unlink(missing_ok=True)
        raise CaminoError(f"{download.file} could not be unpacked ({exc}); it was discarded") from None
    finally:
        part.unlink(missing_ok=True)  # used or useless: either way no longer needed
    apply.verify_download(staged, manifest, digest)  # size and sha256 first, then SQLite's own checks
