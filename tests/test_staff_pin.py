"""Staff PIN: rules, the stored hash, constant-time checks, the lockout with an injected clock, ``kiosk set-pin``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from kiosk import config as config_mod
from kiosk.config import Config
from kiosk.errors import BadInput
from kiosk.staff import (
    LOCKOUT_SECONDS,
    PinGate,
    PinHashError,
    check_pin_rules,
    hash_pin,
    parse_pin_hash,
    pin_is_set,
    set_pin,
    verify_pin,
)

REPO = Path(__file__).resolve().parent.parent
FAST = {"n": 2**10}  # cheap hashes for the logic tests; the CLI test uses the real cost


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.mark.parametrize("pin", ["1234", "00000000", "482915"])
def test_pin_rules_accept_four_to_eight_digits(pin):
    assert check_pin_rules(pin) == pin


@pytest.mark.parametrize(("pin", "words"), [
    ("", "empty"), ("123", "too short"), ("123456789", "too long"), ("12a4", "digits 0-9 only"),
    ("12 34", "digits 0-9 only"), ("-1234", "digits 0-9 only"), ("١٢٣٤", "digits 0-9 only"),
])
def test_pin_rules_reject_with_a_sentence(pin, words):
    with pytest.raises(BadInput, match=words):
        check_pin_rules(pin)


def test_hash_format_salt_and_verify():
    first, second = hash_pin("4829", **FAST), hash_pin("4829", **FAST)
    assert first != second  # a fresh salt each time
    n, r, p, salt, digest = parse_pin_hash(first)
    assert (n, r, p, len(salt), len(digest)) == (2**10, 8, 1, 16, 32)
    assert first.startswith("scrypt$1024$8$1$") and first.count("$") == 5
    assert "4829" not in first
    assert verify_pin("4829", first)
    assert not verify_pin("4828", first)
    assert not verify_pin("48290", first)
    assert not verify_pin("", first)
    assert not verify_pin("abcd", first)


def test_default_cost_is_the_documented_one():
    assert hash_pin("4829").startswith("scrypt$32768$8$1$")


@pytest.mark.parametrize("stored", ["", "bcrypt$x", "scrypt$1024$8$1$!!$!!", "scrypt$1000$8$1$AAAA$AAAA",
                                    "scrypt$2097152$8$1$AAAA$AAAA", "scrypt$x$8$1$AAAA$AAAA"])
def test_damaged_hash_is_named(stored):
    with pytest.raises(PinHashError, match="kiosk set-pin"):
        verify_pin("1234", stored)


def test_set_pin_saves_only_the_hash(tmp_path):
    path = tmp_path / "config.toml"
    config = Config(source=path)
    assert not pin_is_set(config)
    set_pin(config, "90210555", path)
    text = path.read_text()
    assert "90210555" not in text
    assert pin_is_set(config_mod.load(path))
    assert verify_pin("90210555", tomllib.loads(text)["staff"]["pin_hash"])


def test_five_wrong_pins_lock_for_five_minutes():
    stored = hash_pin("2468", **FAST)
    clock = Clock()
    gate = PinGate(lambda: stored, now=clock)
    for left in (4, 3, 2, 1):
        result = gate.attempt("1111")
        assert (result.outcome, result.tries_left) == ("wrong", left)
    locked = gate.attempt("1111")
    assert locked.outcome == "locked" and locked.locked_for_s == LOCKOUT_SECONDS
    clock.t += 60
    # Even the right PIN is refused while locked.
    assert gate.attempt("2468").outcome == "locked"
    assert gate.locked_for() == pytest.approx(LOCKOUT_SECONDS - 60)
    clock.t += LOCKOUT_SECONDS - 60 - 0.5
    assert gate.attempt("2468").outcome == "locked"
    clock.t += 1
    assert gate.locked_for() == 0
    assert gate.attempt("2468").ok
    # After the lock, the count starts again from five.
    assert gate.attempt("1111").tries_left == 4


def test_a_right_pin_resets_the_count():
    stored = hash_pin("2468", **FAST)
    gate = PinGate(lambda: stored, now=Clock())
    for _ in range(4):
        gate.attempt("0000")
    assert gate.attempt("2468").ok
    assert gate.attempt("0000").tries_left == 4


def test_no_pin_and_bad_hash_never_open():
    stored = {"value": ""}
    gate = PinGate(lambda: stored["value"], now=Clock())
    assert gate.attempt("1234").outcome == "no_pin"
    stored["value"] = "scrypt$oops"
    result = gate.attempt("1234")
    assert result.outcome == "bad_hash" and not result.ok


def _set_pin(stdin: str, config: Path, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "CAMINO_CONFIG": str(config)}
    return subprocess.run([sys.executable, "-m", "main", "set-pin", *extra], input=stdin, capture_output=True,
                          text=True, cwd=REPO, env=env, timeout=60)


def test_set_pin_cli_reads_stdin_and_stores_only_the_hash(tmp_path):
    config = tmp_path / "config.toml"
    config_mod.save(Config(), config)
    before = tomllib.loads(config.read_text())
    done = _set_pin("73195\n", config)
    assert done.returncode == 0, done.stderr
    assert "PIN set" in done.stderr and json.loads(done.stdout) == {"ok": True, "config": str(config)}
    text = config.read_text()
    assert "73195" not in text
    after = tomllib.loads(text)
    assert after["staff"]["pin_hash"].startswith("scrypt$32768$8$1$")
    assert verify_pin("73195", after["staff"]["pin_hash"])
    after["staff"]["pin_hash"] = before["staff"]["pin_hash"]
    assert after == before  # nothing else in the config changed


@pytest.mark.parametrize(("stdin", "words"), [("12\n", "too short"), ("12ab\n", "digits 0-9 only"),
                                              ("\n", "empty"), ("", "empty")])
def test_set_pin_cli_rejects_bad_pins_with_exit_2(tmp_path, stdin, words):
    config = tmp_path / "config.toml"
    done = _set_pin(stdin, config)
    assert done.returncode == 2
    assert words in done.stderr and "Traceback" not in done.stderr
    assert not config.exists()  # nothing written
