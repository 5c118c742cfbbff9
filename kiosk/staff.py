"""The staff PIN: rules, a salted scrypt hash in the config, and the lockout after wrong PINs.

The config keeps only ``scrypt$n$r$p$salt_b64$hash_b64`` (``staff.pin_hash``), never the digits;
checking a PIN compares hashes in constant time. :class:`PinGate` counts wrong PINs: five in a row
lock staff entry for five minutes.

Why the wrong-PIN counter lives in memory only: forgetting it needs the application to end, and
on a kiosk in lockdown only staff exit ends it; the other way is to cut the power, which takes a
boot (a minute or more) per five guesses — about 2,000 boots for the smallest (4-digit) PIN space.
Keeping it in memory also means nothing about staff attempts is ever written to the kiosk's disk.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk import config as config_mod
from kiosk.config import Config
from kiosk.errors import BadInput, CaminoError

PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 8
LOCKOUT_ATTEMPTS = 5
LOCKOUT_SECONDS = 5 * 60
STAFF_TIMEOUT_SECONDS = 2 * 60

# scrypt cost: about 0.1 s and 32 MiB per check on a small PC — slow for guessing, quick for staff.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
_MAX_N = 2**20  # a hash string asking for more would take seconds and a gigabyte: refuse it
_PIN = re.compile(r"[0-9]+")


class PinHashError(CaminoError):
    """``staff.pin_hash`` in the config is not a hash written by ``kiosk set-pin``."""


def check_pin_rules(pin: str) -> str:
    """The PIN if it is 4–8 digits (0–9), else :class:`BadInput` saying what is wrong."""
    if not pin:
        raise BadInput("the PIN is empty: give 4 to 8 digits")
    if not _PIN.fullmatch(pin):
        raise BadInput("the PIN must be digits 0-9 only (no letters, spaces or signs)")
    if len(pin) < PIN_MIN_DIGITS:
        raise BadInput(f"the PIN is too short: use {PIN_MIN_DIGITS} to {PIN_MAX_DIGITS} digits")
    if len(pin) > PIN_MAX_DIGITS:
        raise BadInput(f"the PIN is too long: use {PIN_MIN_DIGITS} to {PIN_MAX_DIGITS} digits")
    return pin


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("ascii"), salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024,
                          dklen=HASH_BYTES)


def hash_pin(pin: str, *, salt: bytes | None = None, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    """The PIN as ``scrypt$n$r$p$salt_b64$hash_b64`` with a fresh random salt (checked against the rules first)."""
    check_pin_rules(pin)
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(_scrypt(pin, salt, n, r, p))}"


def parse_pin_hash(stored: str) -> tuple[int, int, int, bytes, bytes]:
    """(n, r, p, salt, hash) from a stored hash; :class:`PinHashError` when it is not one of ours."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        raise PinHashError("the staff PIN in the config is not readable; set it again with `kiosk set-pin`")
    try:
        n, r, p = (int(v) for v in parts[1:4])
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except ValueError:
        raise PinHashError("the staff PIN in the config is damaged; set it again with `kiosk set-pin`") from None
    if not (2 <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16 and salt and digest):
        raise PinHashError("the staff PIN in the config has impossible settings; set it again with `kiosk set-pin`")
    return n, r, p, salt, digest


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches the stored hash (constant-time comparison). Raises :class:`PinHashError`."""
    n, r, p, salt, digest = parse_pin_hash(stored)
    if not _PIN.fullmatch(pin or "") or len(pin) > PIN_MAX_DIGITS:
        # Still spend the same work, so timing does not tell a malformed PIN from a wrong one.
        _scrypt("0" * PIN_MIN_DIGITS, salt, n, r, p)
        return False
    return hmac.compare_digest(_scrypt(pin, salt, n, r, p), digest)


def pin_is_set(config: Config) -> bool:
    """Whether a staff PIN has been set (staff entry stays closed until one is)."""
    return bool(config.staff.pin_hash.strip())


def set_pin(config: Config, pin: str, path: Path | None = None) -> Path:
    """Hash ``pin`` into ``config.staff.pin_hash`` and save the config atomically; returns the file written."""
    config.staff.pin_hash = hash_pin(pin)
    return config_mod.save(config, path)


@dataclass(frozen=True)
class Attempt:
    """What one PIN entry did. ``outcome``: ok, wrong, locked, no_pin or bad_hash."""

    outcome: str
    tries_left: int = 0
    locked_for_s: float = 0.0
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"


class PinGate:
    """Checks staff PINs and locks entry for ``lockout_s`` after ``attempts`` wrong PINs in a row.

    ``pin_hash`` is asked each time (the config may change while the kiosk runs); ``now`` is a
    monotonic clock in seconds, injectable so tests need not wait five minutes.
    """

    def __init__(self, pin_hash: Callable[[], str], *, now: Callable[[], float] = time.monotonic,
                 attempts: int = LOCKOUT_ATTEMPTS, lockout_s: float = LOCKOUT_SECONDS) -> None:
        self._pin_hash = pin_hash
        self._now = now
        self.attempts = attempts
        self.lockout_s = lockout_s
        self._wrong = 0
        self._locked_until: float | None = None

    def locked_for(self) -> float:
        """Seconds until staff entry opens again (0 when it is open)."""
        if self._locked_until is None:
            return 0.0
        left = self._locked_until - self._now()
        if left <= 0:
            self._locked_until = None
            self._wrong = 0
            return 0.0
        return left

    def attempt(self, pin: str) -> Attempt:
        """Check one PIN; a locked gate does not even look at it."""
        locked = self.locked_for()
        if locked:
            return Attempt("locked", 0, locked, "staff entry is locked after too many wrong PINs")
        stored = self._pin_hash().strip()
        if not stored:
            return Attempt("no_pin", message="no staff PIN is set; set one with `kiosk set-pin`")
        try:
            good = verify_pin(pin, stored)
        except PinHashError as exc:
            return Attempt("bad_hash", message=str(exc))
        if good:
            self._wrong = 0
            return Attempt("ok")
        self._wrong += 1
        if self._wrong >= self.attempts:
            self._locked_until = self._now() + self.lockout_s
            self._wrong = 0
            return Attempt("locked", 0, self.lockout_s, "staff entry is locked after too many wrong PINs")
        return Attempt("wrong", self.attempts - self._wrong, 0.0, "wrong PIN")
