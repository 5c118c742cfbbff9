"""Reading files people hand to Camino (HSDS data, answers, questionnaires, config, keys) without
hanging or crashing on them.

Every such file is opened without blocking and refused unless it is a regular file (a named pipe
would block a read for ever, ``/dev/zero`` would fill memory), its size is capped before it is
read, and JSON or TOML nesting is capped before parsing (the parsers recurse: 100,000 brackets
end in RecursionError). JSON is parsed strictly: no lone surrogates (SQLite and UTF-8 refuse
them), no integers longer than 18 digits (SQLite's are 64-bit), no NaN or Infinity.
Each refusal is :class:`BadInput` with one sentence naming the file.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
import tomllib
from pathlib import Path
from typing import Any

from db.errors import BadInput

# Caps: far above any honest file of each kind, far below what hurts a kiosk.
MAX_JSON_BYTES = 512 * 1024 * 1024
MAX_SMALL_FILE_BYTES = 1024 * 1024  # config, keys, answers, questionnaires
MAX_NESTING = 64
_MAX_INT_DIGITS = 18

_KINDS = ((stat.S_ISDIR, "folder"), (stat.S_ISFIFO, "named pipe"), (stat.S_ISCHR, "device"),
          (stat.S_ISBLK, "device"), (stat.S_ISSOCK, "socket"))


def not_regular(mode: int) -> str | None:
    """What a file of ``mode`` is when it is not a regular file ("named pipe", …); None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _KINDS if test(mode)), "special file")


def require_regular_file(path: Path | str, what: str) -> Path:
    """``path`` when it names a regular file (symbolic links followed); else :class:`BadInput`."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise BadInput(f"{what} not found: {path}") from None
    except OSError as exc:
        raise BadInput(f"{what} cannot be read: {path} ({exc.strerror})") from None
    kind = not_regular(mode)
    if kind:
        raise BadInput(f"{what} must be a regular file, not a {kind}: {path}")
    return path


def read_bytes(path: Path | str, what: str, max_bytes: int = MAX_SMALL_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; :class:`BadInput` for anything else.

    Opened with O_NONBLOCK and checked on the open descriptor, so a file swapped for a pipe
    between a check and the read cannot block either.
    """
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise BadInput(f"{what} not found: {path}") from None
    except IsADirectoryError:
        raise BadInput(f"{what} must be a regular file, not a folder: {path}") from None
    except OSError as exc:
        raise BadInput(f"{what} cannot be read: {path} ({exc.strerror})") from None
    info = os.fstat(fd)
    kind = not_regular(info.st_mode)
    if kind:
        os.close(fd)
        raise BadInput(f"{what} must be a regular file, not a {kind}: {path}")
    with os.fdopen(fd, "rb") as fh:
        if info.st_size > max_bytes:
            raise BadInput(f"{what} is too large ({info.st_size >> 20} MB; at most {max_bytes >> 20} MB): {path}")
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise BadInput(f"{what} is too large (over {max_bytes >> 20} MB): {path}")
    return data


def decode_text(data: bytes, what: str) -> str:
    """UTF-8 text (a leading byte-order mark dropped); CR-only line endings become newlines."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"{what} is not UTF-8 text (byte {exc.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(r"[\[\]{}]")


def check_nesting(text: str, what: str, limit: int = MAX_NESTING, strings: re.Pattern = _JSON_STRING) -> None:
    """Refuse text whose brackets nest deeper than ``limit`` (strings ignored), before a parser recurses."""
    depth = deepest = 0
    for match in _BRACKETS.finditer(strings.sub("", text)):
        depth += 1 if match.group() in "[{" else -1
        deepest = max(deepest, depth)
        if deepest > limit:
            raise BadInput(f"{what} nests deeper than {limit} levels, so it was not read")


def _int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        raise ValueError(f"a number of {len(text.lstrip('-'))} digits (at most {_MAX_INT_DIGITS})")
    return int(text)


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:40]} is too large")
    return value


def _constant(text: str) -> float:
    raise ValueError(f"{text} is not a JSON number")


def _lone_surrogate(value: Any) -> bool:
    """Whether a parsed JSON value holds a string with a lone surrogate (\\ud800 alone)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def parse_json(text: str, what: str) -> Any:
    """Strict JSON (see the module's note); :class:`BadInput` with a sentence for anything else."""
    check_nesting(text, what)
    try:
        value = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except json.JSONDecodeError as exc:
        raise BadInput(f"{what} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except (ValueError, RecursionError) as exc:
        raise BadInput(f"{what} is not usable JSON: {exc}") from None
    if _lone_surrogate(value):
        raise BadInput(f"{what} holds a lone surrogate (\\ud800–\\udfff), which is not text")
    return value


def read_json(path: Path | str, what: str, max_bytes: int = MAX_SMALL_FILE_BYTES) -> Any:
    """Read and parse a JSON file under all of this module's caps."""
    return parse_json(decode_text(read_bytes(path, what, max_bytes), what), what)


_TOML_STRING = re.compile(r'"""(?:[^\\]|\\.)*?"""|\'\'\'.*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*',
                          re.DOTALL)


def parse_toml(text: str, what: str) -> dict[str, Any]:
    """TOML with its nesting capped before parsing; :class:`BadInput` with a sentence for anything else."""
    check_nesting(text, what, strings=_TOML_STRING)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise BadInput(f"{what} is not valid TOML: {exc}") from None
    except RecursionError:
        raise BadInput(f"{what} nests too deeply to be a config file") from None
