"""The running kiosk's health: systemd's READY and watchdog pings, and the .prom file for monitoring.

The watchdog pings come from a timer on the UI thread's event loop: when the interface hangs (a
blocked event loop), the pings stop and systemd restarts the kiosk after ``WatchdogSec``. The
``.prom`` file is written on a worker thread (it asks CUPS and reads the disk), never the UI thread.
"""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QObject, QTimer

from kiosk.config import Config
from kiosk.systemd_notify import Notifier

log = logging.getLogger("camino.ui")


class KioskHealth(QObject):
    """Create it when the app starts; call :meth:`ready` once the attract screen is on screen."""

    def __init__(self, config: Config, parent: QObject, notifier: Notifier | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.notifier = notifier or Notifier()
        self.started = time.time()
        self._writing = threading.Lock()
        self._ping = QTimer(self)
        if self.notifier.ping_interval_ms:
            self._ping.setInterval(self.notifier.ping_interval_ms)
            self._ping.timeout.connect(self.notifier.watchdog)
            self._ping.start()
        self._textfile = QTimer(self)
        self._textfile.setInterval(config.monitoring.interval_s * 1000)
        self._textfile.timeout.connect(self.write_textfile)

    def ready(self) -> None:
        """The attract screen is shown and the event loop takes input: tell systemd, start reporting."""
        from kiosk.app_run import record_app_start  # not kiosk.monitoring: prometheus_client loads slowly

        self.notifier.ready("attract screen shown")
        # On a worker: the note is written durably (two fsyncs), which the UI thread must not wait for.
        threading.Thread(target=record_app_start, args=(self.started,), name="camino-app-run").start()
        if self.config.monitoring.textfile_dir:
            self.write_textfile()
            self._textfile.start()

    def stopping(self) -> None:
        self._ping.stop()
        self._textfile.stop()
        self.notifier.stopping()
        self.notifier.close()

    def write_textfile(self) -> None:
        """Rewrite the .prom file on a worker thread (skipped while the previous write still runs)."""
        if not self._writing.acquire(blocking=False):
            return

        def work() -> None:
            try:
                from kiosk.monitoring import write_textfile

                write_textfile(self.config, self.started)
            except Exception as exc:  # monitoring is a report: the kiosk serves visitors regardless
                log.warning("could not write the monitoring file: %s", exc)
            finally:
                self._writing.release()

        threading.Thread(target=work, name="camino-prom", daemon=True).start()
