"""``python main.py`` starts and is ready; ``kiosk tour`` writes one PNG per screen; bad sizes are bad input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


def test_main_starts_and_quits_when_ready():
    result = run("--windowed", "--size", "1024x768", "--quit-after-ready")
    assert result.returncode == 0, result.stderr


def test_tour_writes_every_screen(tmp_path):
    result = run("tour", "--out", str(tmp_path), "--lang", "es", "--size", "1024x768")
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in tmp_path.glob("*.png"))
    assert names[:3] == ["es-01-attract.png", "es-02-language.png", "es-03-question-needs.png"]
    assert "es-09-pathway.png" in names and "es-10-finish.png" in names
    assert all((tmp_path / n).stat().st_size > 5000 for n in names)
    # The whole pathway as one tall image, for reviewers: as wide as the screen's page, many screens tall.
    from PySide6.QtGui import QImage

    full, screen = QImage(str(tmp_path / "es-pathway-full.png")), QImage(str(tmp_path / "es-09-pathway.png"))
    assert not full.isNull() and full.width() <= screen.width() and full.height() > 2 * screen.height()


def test_bad_size_and_language_are_bad_input(tmp_path):
    assert run("--windowed", "--size", "huge").returncode == 2
    result = run("tour", "--out", str(tmp_path), "--lang", "xx")
    assert result.returncode == 2 and "unknown language" in result.stderr
