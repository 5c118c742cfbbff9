"""The directory database (HSDS 3.0 shaped, plus Camino's questionnaire layer) and its builders."""

from pathlib import Path

# The seed directories, one folder per city, shipped with the package (kept here, import-light,
# because the kiosk names this folder at start-up before any database library loads).
SEED_ROOT = Path(__file__).resolve().parent / "seed"
