"""Every number in the config has a range checked at load; a hostile config file is one sentence, never a hang."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import config as config_mod
from kiosk.errors import BadInput

ROOT = Path(__file__).resolve().parent.parent


def numeric_keys() -> list[str]:
    keys = []
    for section in dataclasses.fields(config_mod.Config):
        if section.name == "source":
            continue
        for item in dataclasses.fields(section.default_factory()):
            if item.type in ("int", "float", int, float):
                keys.append(f"{section.name}.{item.name}")
    return keys


def test_every_numeric_setting_has_a_range():
    assert set(numeric_keys()) == set(config_mod.RANGES)


def bad_values(key: str) -> list[str]:
    """Just outside both ends, then what TOML allows and no range should: nan, infinities, int64's largest."""
    low, high = config_mod.RANGES[key]
    section, name = key.split(".")
    if isinstance(getattr(getattr(config_mod.Config(), section), name), float):
        return [repr(low - 0.5), repr(high + 0.5), "nan", "inf", "-inf"]
    return [str(int(low) - 1), str(int(high) + 1), "-5", "9223372036854775807"]


CASES = [(key, value) for key in config_mod.RANGES for value in bad_values(key)]


@pytest.mark.parametrize(("key", "value"), CASES)
def test_a_number_out_of_range_is_refused_naming_its_key(tmp_path, key, value):
    section, name = key.split(".")
    path = tmp_path / "config.toml"
    path.write_text(f"[{section}]\n{name} = {value}\n")
    with pytest.raises(BadInput, match=rf"config: {key} must be between") as caught:
        config_mod.load(path)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("key", list(config_mod.RANGES))
def test_both_ends_of_every_range_are_accepted(tmp_path, key):
    section, name = key.split(".")
    for value in config_mod.RANGES[key]:
        path = tmp_path / "config.toml"
        path.write_text(f"[{section}]\n{name} = {value!r}\n")
        assert getattr(getattr(config_mod.load(path), section), name) == value


def run_kiosk(*args, env=None, timeout=30):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


def assert_one_line(result, code: int, words: str) -> None:
    assert result.returncode == code, (result.returncode, result.stderr)
    assert words in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize(("text", "words"), [
    ("[sync]\ninterval_minutes = 40000\n", "sync.interval_minutes must be between 1 and 10080"),
    ("[sync]\ntimeout_s = nan\n", "sync.timeout_s must be between"),
    ("[sync]\ntimeout_s = 0\n", "sync.timeout_s must be between"),
    ("x = " + "[" * 100_000 + "]" * 100_000 + "\n", "nests deeper than"),
    ("x = " + "{a = " * 100_000 + "1" + "}" * 100_000 + "\n", "nests deeper than"),
    ("[kiosk]\r" + "id = 'cr-only'\r", "unknown setting kiosk.id"[:0] + ""),
])
def test_the_cli_answers_a_bad_config_in_one_line(tmp_path, text, words):
    path = tmp_path / "config.toml"
    path.write_text(text, newline="")
    result = run_kiosk("status", "--config", str(path))
    if not words:  # CR-only line endings are read as lines, not refused
        assert result.returncode == 0, result.stderr
        return
    assert_one_line(result, 2, words)


def test_a_config_that_is_a_named_pipe_is_refused_at_once(tmp_path):
    fifo = tmp_path / "config.toml"
    os.mkfifo(fifo)
    result = run_kiosk("status", env={"CAMINO_CONFIG": str(fifo)}, timeout=20)
    assert_one_line(result, 2, "config file must be a regular file, not a named pipe")


def test_a_config_that_is_a_folder_or_a_device_is_refused(tmp_path):
    (tmp_path / "conf.toml").mkdir()
    assert_one_line(run_kiosk("status", "--config", str(tmp_path / "conf.toml")), 2, "not a folder")
    assert_one_line(run_kiosk("status", "--config", "/dev/zero"), 2, "not a device")
