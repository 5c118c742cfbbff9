"""Getting a bundle's files from a web server or a folder (a USB stick), with limits.

Every read is capped: the manifest and signature by a small constant, the database by the size the
signed manifest gives, so a hostile or broken server cannot fill the kiosk's disk. HTTP reads have a
stall limit (no byte for ``timeout_s``) and a total time limit. A database download goes to a
``.part`` file beside the installed directory and resumes from where it stopped on the next attempt
(an HTTP Range request; servers that ignore it simply send the whole file again).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import time
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

import httpx

from kiosk.errors import BadInput, CaminoError

_CHUNK = 1 << 20
_DISK_FULL = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)


class Source(Protocol):
    """Where a bundle comes from."""

    description: str

    def read_small(self, name: str, cap: int) -> bytes: ...

    def download(self, name: str, dest: Path, size: int) -> str: ...

    def close(self) -> None: ...


def open_source(where: str, timeout_s: float = 30.0, total_s: float = 1800.0) -> Source:
    """An HTTP(S) source for a URL, else a folder source for a path (or ``file://`` URL)."""
    where = where.strip()
    if not where:
        raise BadInput("no update source: give --from URL|FOLDER or set sync.url in the config")
    scheme = urlsplit(where).scheme.lower()
    if scheme in ("http", "https"):
        return HttpSource(where, timeout_s, total_s)
    if scheme == "file":
        return FolderSource(Path(urlsplit(where).path))
    if scheme and len(scheme) > 1:  # "C:" is a drive letter, not a scheme
        raise BadInput(f"unsupported update source {where!r}: use an http(s) URL or a folder")
    return FolderSource(Path(where))


def _disk_full(exc: OSError) -> CaminoError:
    return CaminoError(f"not enough disk space to store the update ({exc.strerror or exc})")


class _Receiver:
    """Writes a download into its ``.part`` file, hashing as it goes and refusing to pass ``size``."""

    def __init__(self, dest: Path, size: int) -> None:
        self.dest = dest
        self.size = size
        self.digest = hashlib.sha256()
        self.have = 0
        if dest.exists():
            if dest.stat().st_size > size:
                dest.unlink()
            else:
                with open(dest, "rb") as fh:  # resume: the bytes already here count towards the hash
                    while chunk := fh.read(_CHUNK):
                        self.digest.update(chunk)
                        self.have += len(chunk)
        self._fh = None

    def start(self, append: bool) -> None:
        if not append:
            self.digest = hashlib.sha256()
            self.have = 0
        self._fh = open(self.dest, "ab" if append else "wb")  # noqa: SIM115 (closed in finish)

    def write(self, chunk: bytes) -> None:
        if self.have + len(chunk) > self.size:
            self.discard()
            raise CaminoError(f"the update's database is larger than its manifest says ({self.size} bytes)")
        try:
            self._fh.write(chunk)
        except OSError as exc:
            if exc.errno in _DISK_FULL:
                self.discard()  # free the space again: the kiosk keeps working on what it has
                raise _disk_full(exc) from None
            raise
        self.digest.update(chunk)
        self.have += len(chunk)

    def finish(self) -> None:
        if self._fh:
            try:
                self._fh.flush()
                os.fsync(self._fh.fileno())
            except OSError as exc:
                if exc.errno in _DISK_FULL:
                    self.discard()
                    raise _disk_full(exc) from None
                raise
            finally:
                self._fh.close()
                self._fh = None
                if self.have == 0:  # nothing came: leave no empty file behind
                    self.dest.unlink(missing_ok=True)

    def discard(self) -> None:
        if self._fh:
            with contextlib.suppress(OSError):
                self._fh.close()
            self._fh = None
        with contextlib.suppress(FileNotFoundError):
            self.dest.unlink()

    def result(self) -> str:
        if self.have < self.size:
            raise CaminoError(f"the download stopped after {self.have} of {self.size} bytes; "
                              "the next sync resumes it")
        return self.digest.hexdigest()


class HttpSource:
    """A bundle folder on a web server."""

    def __init__(self, url: str, timeout_s: float, total_s: float) -> None:
        base = url if url.endswith("/") else url + "/"
        self.base = base.removesuffix("manifest.json/")
        self.description = url
        self.timeout_s = timeout_s
        self.total_s = total_s
        self.client = httpx.Client(timeout=httpx.Timeout(timeout_s), follow_redirects=True,
                                   headers={"Accept-Encoding": "identity", "User-Agent": "camino-kiosk"})

    def close(self) -> None:
        self.client.close()

    def _url(self, name: str) -> str:
        return self.base + name

    def _fail(self, url: str, exc: Exception) -> CaminoError:
        if isinstance(exc, httpx.TimeoutException):
            return CaminoError(f"the update server did not answer within {self.timeout_s:g} s ({url})")
        if isinstance(exc, httpx.ConnectError):
            return CaminoError(f"cannot reach the update server ({url}): {exc}")
        return CaminoError(f"the connection to the update server failed ({url}): {exc}")

    def _check_status(self, response: httpx.Response, url: str, name: str) -> None:
        if response.status_code == 404:
            raise CaminoError(f"the update server has no {name} (HTTP 404 for {url})")
        if response.status_code >= 400:
            raise CaminoError(f"the update server answered HTTP {response.status_code} for {url}")

    def read_small(self, name: str, cap: int) -> bytes:
        url = self._url(name)
        started = time.monotonic()
        try:
            with self.client.stream("GET", url) as response:
                self._check_status(response, url, name)
                body = bytearray()
                for chunk in response.iter_raw():
                    body += chunk
                    if len(body) > cap:
                        raise CaminoError(f"the update server's {name} is larger than {cap} bytes")
                    if time.monotonic() - started > self.timeout_s:
                        raise CaminoError(f"the update server took longer than {self.timeout_s:g} s for {url}")
                return bytes(body)
        except httpx.HTTPError as exc:
            raise self._fail(url, exc) from None

    def download(self, name: str, dest: Path, size: int) -> str:
        url = self._url(name)
        receiver = _Receiver(dest, size)
        if receiver.have == size:
            return receiver.result()
        headers = {"Range": f"bytes={receiver.have}-"} if receiver.have else {}
        deadline = time.monotonic() + self.total_s
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                if response.status_code == 416:  # our part file no longer matches: start again next time
                    receiver.discard()
                    raise CaminoError(f"the update server refused to resume {name}; the next sync starts over")
                self._check_status(response, url, name)
                expected = f"bytes {receiver.have}-"
                append = response.status_code == 206 and response.headers.get("content-range", "").startswith(expected)
                if response.status_code == 206 and not append:
                    receiver.discard()
                    raise CaminoError(f"the update server sent the wrong part of {name}; the next sync starts over")
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and (receiver.have if append else 0) + int(declared) > size:
                    raise CaminoError(f"the update server offers more than the manifest's {size} bytes for {name}")
                receiver.start(append)
                try:
                    for chunk in response.iter_raw():  # network-sized pieces: a cut keeps what came
                        receiver.write(chunk)
                        if time.monotonic() > deadline:
                            raise CaminoError(f"the download took longer than {self.total_s:g} s "
                                              f"({receiver.have} of {size} bytes); the next sync resumes it")
                finally:
                    receiver.finish()
        except httpx.HTTPError as exc:
            if receiver.have < size and receiver.have > 0 and not isinstance(exc, httpx.ConnectError):
                raise CaminoError(f"the download stopped after {receiver.have} of {size} bytes ({exc}); "
                                  "the next sync resumes it") from None
            raise self._fail(url, exc) from None
        return receiver.result()


class FolderSource:
    """A bundle folder on this machine: a USB stick, a network share."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.description = str(folder)

    def close(self) -> None:
        pass

    def _path(self, name: str) -> Path:
        if not self.folder.is_dir():
            raise CaminoError(f"update folder not found: {self.folder} (is the USB stick mounted?)")
        path = self.folder / name
        if not path.is_file():
            raise CaminoError(f"the update folder {self.folder} has no {name}")
        return path

    def read_small(self, name: str, cap: int) -> bytes:
        path = self._path(name)
        with open(path, "rb") as fh:
            data = fh.read(cap + 1)
        if len(data) > cap:
            raise CaminoError(f"{path} is larger than {cap} bytes")
        return data

    def download(self, name: str, dest: Path, size: int) -> str:
        path = self._path(name)
        receiver = _Receiver(dest, size)
        if receiver.have == size:
            return receiver.result()
        try:
            with open(path, "rb") as src:
                src.seek(receiver.have)
                receiver.start(append=True)
                try:
                    while chunk := src.read(_CHUNK):
                        receiver.write(chunk)
                finally:
                    receiver.finish()
        except OSError as exc:
            if exc.errno in _DISK_FULL:
                receiver.discard()
                raise _disk_full(exc) from None
            raise CaminoError(f"cannot read {path} ({exc.strerror or exc}); the next sync resumes it") from None
        return receiver.result()
