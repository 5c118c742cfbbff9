"""A directory bundle: the database, ``manifest.json`` and ``manifest.json.sig``.

The manifest says what the database is (version, size, sha256, schema, minimum app version, when it
was made and until when a kiosk may install it); the signature is ed25519 over the exact bytes of
``manifest.json``. A bundle folder can be served by any static web server or copied to a USB stick.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import re
import shutil
import sqlite3
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from packaging.version import InvalidVersion, Version

from db.atomic import fsync_dir, remove_stale, write_atomically
from db.identity import SCHEMA_VERSION, check_file, integrity_ok
from db.schema_check import check_contents
from kiosk.errors import BadInput, CaminoError, DirectoryError
from kiosk.sync import keys

FORMAT = "camino-directory-bundle/1"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.sig"
# The first app release able to read each directory schema version.
MIN_APP_FOR_SCHEMA = {1: "0.1.0"}
MAX_MANIFEST_BYTES = 64 * 1024
MAX_SIGNATURE_BYTES = 1024
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")
_CHUNK = 1 << 20
MAX_DOWNLOADS = 16


@dataclass(frozen=True)
class Download:
    """Another, smaller way to the same database: its zstd-compressed file, or a patch from an earlier one.

    A patch applies to exactly one file: the database of ``from_version`` whose sha256 is ``from_sha256``.
    The compressed file has ``from_version`` 0.
    """

    file: str
    size: int
    sha256: str
    from_version: int = 0
    from_sha256: str = ""

    @classmethod
    def parse(cls, raw: object, where: str, manifest: Manifest) -> Download:
        """One entry of ``compressed`` or ``deltas``; raise :class:`CaminoError` naming what is wrong."""
        if not isinstance(raw, dict):
            raise CaminoError(f"the update's manifest has no valid {where!r}")
        values = {}
        for name, expected in (("file", str), ("size", int), ("sha256", str), ("from_version", int),
                               ("from_sha256", str)):
            value = raw.get(name, cls.__dataclass_fields__[name].default)
            if not isinstance(value, expected) or isinstance(value, bool):
                raise CaminoError(f"the update's manifest has no valid {where}.{name}")
            values[name] = value
        download = cls(**values)
        if not _SAFE_NAME.match(download.file) or download.file in (MANIFEST, SIGNATURE, manifest.file):
            raise CaminoError(f"the update's manifest names an unsafe file in {where!r}")
        if not re.fullmatch(r"[0-9a-f]{64}", download.sha256):
            raise CaminoError(f"the update's manifest has no valid {where}.sha256")
        # A download bigger than the database itself would be pointless; refusing it caps the disk use.
        if not 0 < download.size <= manifest.size + (1 << 20):
            raise CaminoError(f"the update's manifest has an impossible size in {where!r}")
        is_patch = where.startswith("deltas")
        if is_patch and not (0 < download.from_version < manifest.version
                             and re.fullmatch(r"[0-9a-f]{64}", download.from_sha256)):
            raise CaminoError(f"the update's manifest has no valid base version in {where!r}")
        if not is_patch and (download.from_version or download.from_sha256):
            raise CaminoError(f"the update's manifest gives a base version to {where!r}")
        return download


@dataclass(frozen=True)
class Manifest:
    """What a bundle's database is; signed as a whole."""

    format: str
    version: int
    created: str
    expires: str
    file: str
    sha256: str
    size: int
    schema_version: int
    min_app_version: str
    published: str
    key_id: str
    # Optional (bundles before delta updates have neither): smaller ways to the same database.
    compressed: Download | None = None
    deltas: tuple[Download, ...] = ()

    def to_bytes(self) -> bytes:
        """The canonical bytes that are signed and served (sorted keys, UTF-8, trailing newline)."""
        return (json.dumps(asdict(self), sort_keys=True, indent=2) + "\n").encode("utf-8")

    @property
    def expires_at(self) -> datetime:
        return parse_time(self.expires)

    @classmethod
    def parse(cls, data: bytes) -> Manifest:
        """Read manifest bytes; raise :class:`CaminoError` naming the first field that is wrong."""
        try:
            raw = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise CaminoError("the update's manifest is not valid JSON") from None
        if not isinstance(raw, dict):
            raise CaminoError("the update's manifest is not a JSON object")
        if raw.get("format") != FORMAT:
            raise CaminoError(f"the update's manifest has format {raw.get('format')!r}; this Camino reads {FORMAT}")
        types = {"version": int, "size": int, "schema_version": int}
        values = {}
        for name in cls.__dataclass_fields__:
            if name in _OPTIONAL:
                continue
            value = raw.get(name)
            expected = types.get(name, str)
            if not isinstance(value, expected) or isinstance(value, bool):
                raise CaminoError(f"the update's manifest has no valid {name!r}")
            values[name] = value
        manifest = cls(**values)
        if not _SAFE_NAME.match(manifest.file):
            raise CaminoError("the update's manifest names an unsafe database file")
        if not re.fullmatch(r"[0-9a-f]{64}", manifest.sha256):
            raise CaminoError("the update's manifest has no valid 'sha256'")
        if manifest.size <= 0 or manifest.version <= 0:
            raise CaminoError("the update's manifest has a size or version that is not positive")
        try:
            app_version(manifest.min_app_version)
        except CaminoError:
            raise CaminoError("the update's manifest has no valid 'min_app_version'") from None
        try:
            parse_time(manifest.expires)
            parse_time(manifest.created)
        except ValueError:
            raise CaminoError("the update's manifest has a 'created' or 'expires' that is not a date-time") from None
        return _with_downloads(manifest, raw)


_OPTIONAL = ("compressed", "deltas")


def _with_downloads(manifest: Manifest, raw: dict) -> Manifest:
    """The manifest with its optional ``compressed`` file and ``deltas`` read and checked."""
    compressed = raw.get("compressed")
    if compressed is not None:
        compressed = Download.parse(compressed, "compressed", manifest)
    deltas = raw.get("deltas", [])
    if not isinstance(deltas, list) or len(deltas) > MAX_DOWNLOADS:
        raise CaminoError("the update's manifest has no valid 'deltas'")
    parsed = tuple(Download.parse(d, f"deltas[{i}]", manifest) for i, d in enumerate(deltas))
    return dataclasses.replace(manifest, compressed=compressed, deltas=parsed)


def parse_time(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def app_version(text: str) -> Version:
    """An app version as PEP 440 orders it (``2.0rc1`` comes before ``2.0``); :class:`CaminoError` if none."""
    try:
        return Version(text)
    except InvalidVersion:
        raise CaminoError(f"{text!r} is not an app version (such as 1.4 or 2.0rc1)") from None


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# --- publishing ------------------------------------------------------------------------------


def build_database(source: str, out: Path, questionnaire: Path | None = None) -> None:
    """Build the directory database named by ``source`` into ``out``.

    ``source`` is ``demo`` (or ``demo:CITY``), a directory workbook (``.xlsx``), a directory database
    file, or an HSDS source (a folder of CSV files or JSON documents, or one ``.json`` file) imported
    with ``questionnaire`` (default: the demo city's questionnaire).
    """
    from db.seed import build_seed, seed_folder

    if source == "demo" or source.startswith("demo:"):
        build_seed(seed_folder(source.partition(":")[2] or "albuquerque"), out)
        return
    path = Path(source)
    if not path.exists():
        raise BadInput(f"--source must be 'demo', a directory database file or an HSDS source; not found: {source}")
    if path.is_file() and path.suffix.lower() == ".xlsx":  # the directory workbook city staff edit
        from db.workbook.build import build_workbook

        build_workbook(path, out)
        return
    if path.is_file() and _is_sqlite(path):
        try:
            check_file(path)
            check_contents(path)
        except DirectoryError as exc:
            raise BadInput(str(exc)) from None
        if not integrity_ok(path):
            raise BadInput(f"{path} fails SQLite's integrity check; rebuild it before publishing")
        shutil.copyfile(path, out)
        return
    from db.hsds import import_hsds

    import_hsds(path, out, Path(questionnaire) if questionnaire else seed_folder("albuquerque") / "questionnaire.json")


def _is_sqlite(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def _stamp(path: Path, version: int, published: str) -> None:
    """Write the bundle's version and date into the database itself, so the installed file says what it is."""
    connection = sqlite3.connect(path)
    try:
        with connection:
            for key, value in (("directory_version", str(version)), ("published", published)):
                connection.execute("INSERT OR REPLACE INTO directory_meta (key, value) VALUES (?, ?)", (key, value))
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()


def published_version(folder: Path) -> int:
    """The version of the bundle already in ``folder`` (0 when there is none)."""
    try:
        return Manifest.parse((Path(folder) / MANIFEST).read_bytes()).version
    except (FileNotFoundError, CaminoError):
        return 0


def publish(source: str, private: Ed25519PrivateKey, out: Path, version: int | None = None,
            expires_days: int = 90, min_app_version: str | None = None,
            questionnaire: Path | None = None, now: datetime | None = None,
            level: int | None = None) -> Manifest:
    """Build, check, stamp and sign a bundle into ``out``; return its manifest.

    The version must be greater than the one already published in ``out`` (kiosks never go back).
    The database is written first under its own name, then the signature, then the manifest, each
    atomically, so a kiosk fetching at the same moment sees a complete old or new bundle (or a
    signature mismatch it retries later), never a half-written one. Beside the database go its
    zstd-compressed file and patches from the last few versions in ``out`` (:mod:`kiosk.sync.delta`,
    compression ``level``), written before the manifest that lists them.
    """
    from kiosk.sync import delta  # zstd: only IT's machine and a kiosk taking an update need it

    out = Path(out)
    if out.exists() and not out.is_dir():
        raise BadInput(f"--out must be a folder: {out}")
    if min_app_version is not None:
        try:
            app_version(min_app_version)
        except CaminoError as exc:
            raise BadInput(f"--min-app-version: {exc}") from None
    out.mkdir(parents=True, exist_ok=True)
    if not 1 <= expires_days <= 3650:
        raise BadInput("--expires must be between 1 and 3650 days")
    if level is not None and not 1 <= level <= 22:
        raise BadInput("--level must be between 1 and 22 (zstd's levels)")
    previous = published_version(out)
    remove_stale(out, ".building-*.sqlite")  # left by a publish that was killed
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    building = out / f".building-{os.getpid()}.sqlite"
    try:
        build_database(source, building, questionnaire)
        try:
            meta = check_file(building)
            check_contents(building)
        except DirectoryError as exc:
            raise BadInput(f"the built directory cannot be published: {exc}") from None
        if version is None:
            version = max(previous + 1, int(meta.get("directory_version", "1") or 1))
        if version <= previous:
            raise BadInput(f"--version must be greater than {previous}, the version already published in {out}")
        if version < 1:
            raise BadInput("--version must be a positive whole number")
        published = now.date().isoformat()
        _stamp(building, version, published)
        if not integrity_ok(building):
            raise CaminoError("the built directory database fails SQLite's integrity check")
        check_file(building)
        name = f"directory-v{version}.sqlite"
        with open(building, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(building, out / name)
    finally:
        with contextlib.suppress(FileNotFoundError):
            building.unlink()
    compressed, deltas = delta.write_downloads(out, name, version, level or delta.LEVEL)
    # The phone page before the manifest: if it cannot be written, kiosks never see this version.
    from kiosk.web.site import write_site

    write_site(out / name, out)
    manifest = Manifest(
        format=FORMAT, version=version, created=now.isoformat().replace("+00:00", "Z"),
        expires=(now + timedelta(days=expires_days)).isoformat().replace("+00:00", "Z"),
        file=name, sha256=sha256_file(out / name), size=(out / name).stat().st_size,
        schema_version=SCHEMA_VERSION,
        min_app_version=min_app_version or MIN_APP_FOR_SCHEMA.get(SCHEMA_VERSION, "0"),
        published=published, key_id=keys.key_id(private.public_key()),
        compressed=compressed, deltas=tuple(deltas),
    )
    data = manifest.to_bytes()
    write_atomically(out / SIGNATURE, keys.sign(private, data), 0o644)
    write_atomically(out / MANIFEST, data, 0o644)
    fsync_dir(out)
    _prune(out, keep=delta.kept_files(out, version, previous))
    return manifest


def _prune(out: Path, keep: set[str]) -> None:
    """Drop files no manifest needs any more: the previous bundle's stay (a kiosk mid-download of one
    of them may still finish), and the databases the next publish makes patches from."""
    for path in [*out.glob("directory-v*.sqlite"), *out.glob("directory-v*.zst")]:
        if path.name not in keep:
            with contextlib.suppress(OSError):
                path.unlink()
