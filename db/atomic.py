"""Writing a file whole or not at all: the one helper every small file Camino writes goes through.

The data goes into a temporary file beside the destination (a unique name, so two processes never
share one), is flushed to disk, then renamed over the destination, and the folder is synced so the
rename survives a power cut. When anything fails on the way (a full disk, a read-only folder) the
temporary file is removed and the destination is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a kiosk may lose power right after)."""
    with contextlib.suppress(OSError):  # not every filesystem (e.g. FAT on a USB stick) allows it
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomically(path: Path | str, data: bytes, mode: int | None = None) -> Path:
    """Replace ``path`` with ``data`` atomically; ``mode`` (e.g. 0o600) is set exactly, whatever the umask.

    Raises ``OSError`` when it cannot be written, leaving no temporary file behind.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0),
                     0o600 if mode is None else mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask() if mode is None else mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)
    return path


def _umask() -> int:
    """The process's umask, read without changing it where Linux says it (os.umask would race threads)."""
    with contextlib.suppress(OSError, ValueError, StopIteration), open("/proc/self/status", encoding="ascii") as fh:
        return int(next(line for line in fh if line.startswith("Umask:")).split()[1], 8)
    current = os.umask(0o022)
    os.umask(current)
    return current


def remove_stale(folder: Path, pattern: str) -> list[Path]:
    """Remove files matching ``pattern`` whose name carries the id of a process that is gone
    (``.NAME.PID.tmp`` / ``.NAME.PID.building``), as a killed writer leaves them; returns those removed."""
    removed = []
    for path in Path(folder).glob(pattern):
        numbers = re.findall(r"\d+", path.name)
        if not numbers or _alive(int(numbers[-1])):
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
