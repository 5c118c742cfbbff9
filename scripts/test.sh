#!/usr/bin/env bash
# Set up (first time) and run the whole test suite, printing queue included.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/cups.sh
start_cups
.venv/bin/ruff check .
exec .venv/bin/python -m pytest "$@"
