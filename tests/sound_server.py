"""A private PulseAudio server with a null output, so speech really plays (and can be recorded) here.

The kiosk's speech needs an audio output; test machines have no sound card. PulseAudio's null sink
is a real output that plays in real time into nothing, and its monitor source records what was
played. Used by the tests (``conftest.py``) and the speech benchmark; a machine without
``pulseaudio`` gets None and the speech-output tests skip with that reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

SINK = "camino"


def start() -> subprocess.Popen | None:
    """Start the server and point this process at it (``PULSE_SERVER``); None when it cannot run."""
    binary = shutil.which("pulseaudio")
    if binary is None or os.environ.get("PULSE_SERVER"):
        return None
    home = Path(tempfile.mkdtemp(prefix="camino-sound-"))
    socket = home / "native"
    env = dict(os.environ, HOME=str(home), XDG_RUNTIME_DIR=str(home), XDG_CONFIG_HOME=str(home))
    process = subprocess.Popen(
        [binary, "-n", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit", "--use-pid-file=no",
         "--disable-shm=yes", f"--load=module-null-sink sink_name={SINK}",
         f"--load=module-native-protocol-unix auth-anonymous=1 socket={socket}"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not socket.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            return None
        time.sleep(0.05)
    os.environ["PULSE_SERVER"] = f"unix:{socket}"
    return process


def stop(process: subprocess.Popen | None) -> None:
    if process is not None:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
        os.environ.pop("PULSE_SERVER", None)


def record() -> subprocess.Popen:
    """Start recording what the null output plays (raw 16-bit mono at 22050 Hz on the process's stdout)."""
    return subprocess.Popen(["parec", "-d", f"{SINK}.monitor", "--format=s16le", "--rate=22050", "--channels=1",
                             "--raw"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
