"""One kiosk per data folder: a second start says so and exits, rather than fighting for the screen.

The lock is a ``QLockFile`` in the data folder: it names the running process, and a lock left by a
process that died (power cut, kill -9) is taken over, so a reboot never locks the kiosk out.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLockFile

from kiosk.errors import CaminoError

log = logging.getLogger("camino.ui")


class AlreadyRunning(CaminoError):
    """Another kiosk process holds the data folder."""


def hold_lock(folder: Path) -> QLockFile | None:
    """Take the kiosk's lock in ``folder`` and return it (keep it referenced while running).

    A data folder the kiosk cannot write to (a read-only image) cannot hold a lock either: the kiosk
    still serves, without the guard, and says so once in the log.
    """
    lock = QLockFile(str(Path(folder) / "kiosk.lock"))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however long it ran
    if not lock.tryLock(200):
        if lock.error() != QLockFile.LockError.LockFailedError:
            log.warning("no single-instance lock: the data folder %s cannot be written", folder)
            return None
        info = lock.getLockInfo()  # (pid, host name, application name)
        who = f" (process {info[0]})" if info and isinstance(info[0], int) and info[0] > 0 else ""
        raise AlreadyRunning(f"another Camino kiosk is already running with this data folder{who}; "
                             f"stop it first, or give this one its own CAMINO_DATA_DIR")
    return lock
