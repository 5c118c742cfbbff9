#!/usr/bin/env bash
# Resolve requirements.lock again from pyproject.toml's ranges: run it after changing a dependency,
# and commit both. One universal lock: PySide6 differs by Python (see pyproject.toml), so each entry
# carries its environment marker. Setup installs exactly these versions.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
python3 -m venv "$tools"
"$tools/bin/python" -m pip install -q uv
"$tools/bin/uv" pip compile pyproject.toml --extra test --universal --python-version 3.11 \
  --no-emit-package camino-kiosk --custom-compile-command "bash scripts/lock.sh" -o requirements.lock
