#!/usr/bin/env bash
# Set up (first time) and start the kiosk on the bundled Albuquerque demo directory.
# Extra arguments go to the kiosk, e.g. scripts/kiosk.sh --windowed --size 1280x800
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python main.py "$@"
