#!/usr/bin/env bash
# Start a CUPS server without systemd and make sure the "camino-pdf" queue (cups-pdf) exists.
# Sourced by scripts/test.sh; usable by hand: bash scripts/cups.sh
start_cups() {
  if ! command -v cupsd >/dev/null 2>&1; then
    echo "cups: cupsd is not installed; tests marked cups will fail (run scripts/setup.sh as root)" >&2
    return 0
  fi
  if ! lpstat -r 2>/dev/null | grep -q "is running"; then
    if [[ $(id -u) -ne 0 ]]; then
      echo "cups: not running and not root: tests marked cups will fail" >&2
      return 0
    fi
    cupsd
    for _ in $(seq 50); do
      lpstat -r 2>/dev/null | grep -q "is running" && break
      sleep 0.1
    done
  fi
  if ! lpstat -p camino-pdf >/dev/null 2>&1; then
    lpadmin -p camino-pdf -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd
    cupsenable camino-pdf
    cupsaccept camino-pdf
  fi
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  start_cups
  lpstat -p camino-pdf
fi
