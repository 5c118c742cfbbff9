"""Write a read workbook as a seed folder (``directory.json``, ``questionnaire.json``, ``translations/``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from db.workbook.read import Workbook


def _dump(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def write_seed(workbook: Workbook, folder: Path) -> list[Path]:
    """Write the workbook's seed files into ``folder``; return the files written."""
    folder = Path(folder)
    (folder / "translations").mkdir(parents=True, exist_ok=True)
    written = [_dump(folder / "questionnaire.json", workbook.questionnaire),
               _dump(folder / "directory.json", workbook.directory)]
    for lang, texts in workbook.translations.items():
        written.append(_dump(folder / "translations" / f"{lang}.json", {"language": lang, "texts": texts}))
    return written
