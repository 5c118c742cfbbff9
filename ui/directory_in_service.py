"""The directory the kiosk serves from: loaded off the UI thread, kept fresh, swapped between visitors.

At start the directory is opened on a worker thread once the attract screen shows; the screens
that need it are built when it is open (or at once, waiting for it, when a visitor taps that
early). Every ``sync.interval_minutes`` (when a sync source is configured) a background sync runs
on the thread pool. Whenever another directory file is in service (this app's sync, the systemd
timer's, or a rollback), the new file is opened on a worker thread too, and :meth:`take_update`
puts it in service only when the window asks, between two visitors: never in the middle of a
session. A new file that cannot be opened is logged and the directory in service stays.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.config import Config
from kiosk.sync.watch import InstalledDirectoryWatch
from ui.jobs import run_in_background

log = logging.getLogger("camino.ui.directory")

# How often to look for a directory put in service by another process (one stat each time).
WATCH_INTERVAL_MS = 60_000
# The first background sync waits this long after start, so a restart loop cannot hammer the server.
FIRST_SYNC_DELAY_MS = 2 * 60_000


def _open(config: Config):
    from kiosk.runtime import directory_path, open_engine  # numpy and the directory load on the worker

    watch = InstalledDirectoryWatch(directory_path(config))  # before opening: a later change is noticed
    engine = open_engine(config)
    engine.prepare()
    return engine, watch


class DirectoryInService(QObject):
    """The pathway engine in service (:meth:`engine`), its background sync, and swaps between visitors."""

    update_ready = Signal()  # a newer directory is open and waits for the next visitor's session
    synced = Signal(object)  # kiosk.sync.service.SyncResult of a background sync

    def __init__(self, config: Config, engine=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self._engine = engine
        self._watch: InstalledDirectoryWatch | None = None
        self._error: BaseException | None = None
        self._next = None  # (engine, watch) opened and waiting for take_update()
        self._preparing = False
        self._syncing = False
        self._loader: threading.Thread | None = None
        self._watch_timer = QTimer(self, interval=WATCH_INTERVAL_MS)
        self._watch_timer.timeout.connect(self.check_for_update)
        self._sync_timer = QTimer(self, interval=max(1, config.sync.interval_minutes) * 60_000)
        self._sync_timer.timeout.connect(self.sync_now)

    def check_file(self) -> None:
        """The quick checks of the file in service (SQLite, a Camino directory, this schema), now.

        About a millisecond, so a wrong file is reported before any screen shows; the full load
        (and on a first run, building the demo directory) happens on the worker thread.
        """
        from db.identity import check_file
        from kiosk.runtime import directory_path

        path = directory_path(self.config)
        if path.exists() or self.config.directory.path:
            check_file(path)

    def load_in_background(self) -> None:
        """Start opening the directory on a worker thread (the kiosk does so once its first screen shows)."""
        if self._engine is None and self._loader is None:
            self._loader = threading.Thread(target=self._load, name="camino-directory", daemon=True)
            self._loader.start()

    def _load(self) -> None:
        try:
            self._engine, self._watch = _open(self.config)
        except BaseException as exc:  # handed to the UI thread by engine()
            self._error = exc

    @property
    def loaded(self) -> bool:
        """True once engine() can answer without waiting (or raise the load's error)."""
        return self._engine is not None or self._error is not None

    def engine(self):
        """The engine in service: opened here if no load was started; waits for one that was; raises its error."""
        if self._engine is None and self._error is None:
            if self._loader is None:
                self._load()
            else:
                self._loader.join()
        if self._error is not None:
            raise self._error
        return self._engine

    # -- keeping fresh -------------------------------------------------------------------------------

    def start(self) -> None:
        """Begin watching for new directories and, with a sync source configured, syncing in the background."""
        self._watch_timer.start()
        if self.config.sync.url or self.config.insights.upload_url:
            self._sync_timer.start()
            QTimer.singleShot(FIRST_SYNC_DELAY_MS, self, self.sync_now)

    def sync_now(self) -> None:
        """One background sync now, unless one is running; a new directory is then opened for the next visitor.

        The same worker then sends completed days' insight counters, when an upload URL is set (a day
        that cannot be sent stays queued for the next round).
        """
        if self._syncing or not (self.config.sync.url or self.config.insights.upload_url):
            return
        self._syncing = True

        def work():
            result = None
            if self.config.sync.url:
                from kiosk.sync.service import sync_once

                result = sync_once(self.config)
            if self.config.insights.upload_url:
                from kiosk.insights.upload import upload_pending

                try:
                    upload_pending(self.config)  # a day that cannot be sent stays queued; it logs why
                except Exception as exc:  # the counters are a nicety: the sync's result still counts
                    log.warning("insight upload failed: %s", type(exc).__name__)
            return result

        run_in_background(work, self._synced, self._sync_failed)

    def _synced(self, result) -> None:
        self._syncing = False
        if result is None:  # only insights were sent
            return
        if result.outcome not in ("installed", "up_to_date"):
            log.warning("background sync: %s", result.message)
        self.synced.emit(result)
        self.check_for_update()

    def _sync_failed(self, sentence: str) -> None:
        self._syncing = False
        log.warning("background sync failed: %s", sentence)

    def check_for_update(self) -> None:
        """If another directory file is in service, open it on a worker thread for the next visitor."""
        if self._preparing or self._watch is None or not self._watch.changed():
            return
        self._preparing = True
        self._watch.accept()  # a file that fails to open is not retried until it changes again
        run_in_background(lambda: _open(self.config), self._prepared, self._prepare_failed)

    def _prepared(self, opened) -> None:
        self._preparing = False
        if self._next is not None:
            self._next[0].directory.close()
        self._next = opened
        self.update_ready.emit()

    def _prepare_failed(self, sentence: str) -> None:
        self._preparing = False
        log.warning("the new directory could not be opened; still serving the previous one: %s", sentence)

    def take_update(self) -> bool:
        """Between visitors: put a newer, already opened directory in service. True when it did."""
        if self._next is None:
            return False
        old = self._engine
        self._engine, self._watch = self._next
        self._next = None
        if old is not None:
            # A location set by staff since start stays. The old directory is not closed here: a print
            # job may still be reading it; it closes when the last reference goes.
            self._engine.kiosk = old.kiosk
        log.info("directory version %s in service", self._engine.directory.version)
        return True
