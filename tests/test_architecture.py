"""The layers point one way: ``kiosk/`` and ``db/`` never import Qt or the screens."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = ("PySide6", "shiboken6", "qt_material", "ui")


def domain_modules():
    for package in ("kiosk", "db"):
        yield from sorted((ROOT / package).rglob("*.py"))


def test_domain_source_never_imports_qt_or_ui():
    offenders = []
    for path in domain_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert not offenders, offenders


def test_importing_every_domain_module_loads_no_qt():
    modules = [
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for path in domain_modules()
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'qt_material', 'ui')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]", result.stdout


def test_the_kiosk_survives_a_day_of_taps_on_pyside_refcount_bugs():
    # PySide6 6.12 on Python 3.11 drops a reference to None on void calls and to True/False on every
    # Signal(bool) emit, so pyproject.toml gives 3.11 the 6.11 line; far more calls than their
    # reference counts must not abort, nor move the counts at all.
    code = """
import sys
taps = 3 * max(sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
import ui
from PySide6.QtCore import QCoreApplication, QObject, Signal
class S(QObject):
    toggled = Signal(bool)
app = QCoreApplication([])
s = S()
s.toggled.connect(lambda on: None)
before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
for _ in range(taps):
    s.toggled.emit(True)
    s.toggled.emit(False)
    s.blockSignals(False)
after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
drift = [abs(a - b) for a, b in zip(after, before)]
print("alive" if max(drift) < 100 else f"drift {drift}")
"""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0 and result.stdout.strip() == "alive", result.stderr[-500:]


def test_import_contracts_hold():
    # pyproject.toml [tool.importlinter]: ui → kiosk → db, and no Qt below ui.
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:]


def test_language_facts_live_in_one_registry():
    # kiosk/languages.py is the one place that names languages, their direction and voice: no other
    # module keeps a table of autonyms or right-to-left codes.
    offenders = []
    for package in ("kiosk", "ui", "db"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if path.name == "languages.py":
                continue
            text = path.read_text(encoding="utf-8")
            if '"Kiswahili"' in text or '"العربية"' in text or re.search(r'RTL\w* = \(\s*"ar"', text):
                offenders.append(str(path.relative_to(ROOT)))
    assert not offenders, offenders
