"""Noticing that another directory file was put in service, by this process or any other.

Kept apart from :mod:`kiosk.sync.service` so the kiosk can watch without loading the sync machinery
(HTTP client, signatures) at start-up.
"""

from __future__ import annotations

from pathlib import Path

from kiosk import paths


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return st.st_ino, st.st_mtime_ns, st.st_size


class InstalledDirectoryWatch:
    """Tells the app when another directory file was put in service (by any sync or rollback).

    Create it when the directory is opened; at the start of each visitor's session ask
    ``changed()``; if True, reopen the directory and call ``accept()``. Cheap: one ``stat``.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else paths.installed_directory()
        self._seen = _stamp(self.path)

    def changed(self) -> bool:
        return _stamp(self.path) != self._seen

    def accept(self) -> None:
        self._seen = _stamp(self.path)
