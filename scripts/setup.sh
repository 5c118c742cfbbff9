#!/usr/bin/env bash
# Prepare this checkout: system packages (when root on Debian), a virtual environment with
# Camino and its test tools, compiled translations. Safe to run again; it only adds what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  # Read aloud: the offline voice, and a sound server for a null output the speech tests listen to
  espeak-ng pulseaudio
  python3-venv
  # PyICU (bidi levels for printouts) builds from source against the system ICU
  python3-dev g++ pkg-config libicu-dev
  # Qt's xcb platform and fonts for a real window (the tests run offscreen, the kiosk does not)
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0
  libxcb-randr0 libxcb-shape0 libxcb-xfixes0
  # Printing through a real CUPS queue, and reading printouts back in tests
  cups cups-client printer-driver-cups-pdf poppler-utils libcups2-dev
  # Screens under a virtual display (kiosk tour, smoke tests) and driving them with real clicks
  xvfb xauth xdotool
  # Screenshots of the real window (tests/test_ui_x11.py)
  imagemagick
  # Insight uploads are tested against a real WebDAV server (nginx's dav module) on loopback
  nginx
  # The phone page's browser tests and benchmark (headless, through Selenium)
  chromium chromium-driver
  # A workbook saved by LibreOffice still loads (tests/test_workbook.py)
  libreoffice-calc
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: missing system packages (install them as root): ${missing[*]}" >&2
  fi
fi

PYTHON=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
# Exactly the versions of requirements.lock (regenerate with scripts/lock.sh), then Camino itself.
.venv/bin/python -m pip install -q -r requirements.lock
.venv/bin/python -m pip install -q --no-deps -e .

# Qt translations: .ts sources are committed, .qm files are built here and never committed.
.venv/bin/python -m ui.translations_build
