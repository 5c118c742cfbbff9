"""systemd's service notification protocol (``sd_notify``): READY, WATCHDOG and STATUS messages.

Under ``Type=notify`` systemd hands the service a datagram socket in ``$NOTIFY_SOCKET``; under
``WatchdogSec=`` it also sets ``$WATCHDOG_USEC`` and restarts the service when no ``WATCHDOG=1``
arrives for that long. The protocol is one datagram of ``KEY=value`` lines, so it is written here
in a few lines rather than taken from a library. Outside systemd (no ``$NOTIFY_SOCKET``) every call
does nothing.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket

log = logging.getLogger("camino.systemd")


class Notifier:
    """Messages to systemd, when the process runs under it."""

    def __init__(self, environ: dict[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        address = env.get("NOTIFY_SOCKET", "")
        # An abstract socket is written "@name"; its real address starts with a NUL byte.
        self.address = "\0" + address[1:] if address.startswith("@") else address
        self._socket: socket.socket | None = None
        self.watchdog_usec = 0
        watchdog_pid = env.get("WATCHDOG_PID", "")
        if env.get("WATCHDOG_USEC", "").isdigit() and (not watchdog_pid or watchdog_pid == str(os.getpid())):
            self.watchdog_usec = int(env["WATCHDOG_USEC"])

    @property
    def enabled(self) -> bool:
        return bool(self.address)

    @property
    def ping_interval_ms(self) -> int:
        """How often to send WATCHDOG=1: half systemd's timeout (0: no watchdog asked for)."""
        return max(1, self.watchdog_usec // 2000) if self.watchdog_usec else 0

    def send(self, message: str) -> bool:
        """Send one message; False when not under systemd or the socket is gone (never raises)."""
        if not self.address:
            return False
        try:
            if self._socket is None:
                self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
            self._socket.sendto(message.encode("utf-8"), self.address)
            return True
        except OSError as exc:
            log.debug("sd_notify %r failed: %s", message, exc)
            return False

    def ready(self, status: str = "") -> bool:
        """The service is up: systemd's start job completes."""
        return self.send("READY=1" + (f"\nSTATUS={status}" if status else ""))

    def watchdog(self) -> bool:
        """Still alive: resets systemd's watchdog timer."""
        return self.send("WATCHDOG=1")

    def stopping(self) -> bool:
        return self.send("STOPPING=1")

    def close(self) -> None:
        if self._socket is not None:
            with contextlib.suppress(OSError):
                self._socket.close()
            self._socket = None
