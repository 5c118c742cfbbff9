"""espeak-ng's voice for each of Camino's languages, and whether speech can work on this machine."""

from __future__ import annotations

import functools
import shutil
import subprocess

from kiosk.languages import LANGUAGES

# The voices are the language registry's (kiosk/languages.py): Dari through espeak-ng's Persian voice,
# Chinese through its Mandarin one, Latin American Spanish for Albuquerque.
VOICES = {language.code: language.voice for language in LANGUAGES}
ENGINE = "espeak-ng"


def voice_for(language: str) -> str:
    """The espeak-ng voice for a Camino language code (``fa_AF`` → ``fa``); English for anything unknown."""
    if language in VOICES:
        return VOICES[language]
    base = language.replace("-", "_").split("_")[0]
    return next((voice for code, voice in VOICES.items() if code.split("_")[0] == base), VOICES["en"])


def engine_path() -> str | None:
    """Where espeak-ng is installed, or None."""
    return shutil.which(ENGINE)


@functools.cache
def installed_voices() -> frozenset[str]:
    """The voice names espeak-ng knows (empty when it is missing or fails)."""
    path = engine_path()
    if path is None:
        return frozenset()
    try:
        listing = subprocess.run([path, "--voices"], capture_output=True, text=True, timeout=10, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    names = set()
    for line in listing.splitlines()[1:]:
        parts = line.split()
        if len(parts) >= 5:
            names.add(parts[1])  # the language column, e.g. "en-us", "cmn", "fa"
            names.add(parts[4].split("/")[-1].lower())  # the file column, e.g. "sit/cmn"
    return frozenset(names)


@functools.cache
def _version(path: str) -> str:
    return subprocess.run([path, "--version"], capture_output=True, text=True, timeout=10).stdout.strip()


def status(languages: tuple[str, ...] | list[str] = tuple(VOICES)) -> dict:
    """Speech as IT and staff see it: engine found, its version, and the languages without a voice."""
    path = engine_path()
    if path is None:
        return {"available": False, "engine": None,
                "message": "Speech is unavailable: espeak-ng is not installed (Debian package espeak-ng)."}
    try:
        version = _version(path)
    except (OSError, subprocess.SubprocessError) as exc:
        return {"available": False, "engine": path, "message": f"Speech is unavailable: espeak-ng fails ({exc})."}
    known = installed_voices()
    missing = [lang for lang in languages if voice_for(lang) not in known]
    message = ("Speech works in every language." if not missing
               else f"Speech has no voice for: {', '.join(missing)}.")
    return {"available": len(missing) < len(languages), "engine": version.split(" Data")[0].strip() or path,
            "voices": {lang: voice_for(lang) for lang in languages}, "missing_voices": missing, "message": message}
