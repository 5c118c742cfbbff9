"""Give the sub-records of a seed directory the ids the workbook uses, and carry translations along.

A phone, an opening-hours line or a document is one line of a cell in the workbook, so its id comes
from its owner and position (``svc-irs-ein:phone:1``). A seed written with other ids is renamed the
same way, with its translation entries, before it becomes a workbook.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

SUB_KINDS = (("phones", "phone"), ("schedules", "hours"), ("required_documents", "doc"),
             ("cost_options", "cost"), ("addresses", "address"))


def sub_id(owner: str, kind: str, n: int) -> str:
    """The workbook id of the ``n``-th (1-based) sub-record of ``kind`` under ``owner``."""
    return f"{owner}:{kind}:{n}"


def normalized(directory: Mapping[str, Any], translations: Mapping[str, Mapping[str, Any]]
               ) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """Copies of a seed directory and its translations with every sub-record renamed to its workbook id."""
    data = copy.deepcopy(dict(directory))
    renames: dict[str, str] = {}

    def rename(owner: Mapping[str, Any]) -> None:
        for key, kind in SUB_KINDS:
            for n, sub in enumerate(owner.get(key, []), start=1):
                new = sub_id(owner["id"], kind, n)
                renames[sub["id"]] = new
                sub["id"] = new

    for org in data.get("organizations", []):
        rename(org)
        for loc in org.get("locations", []):
            rename(loc)
        for svc in org.get("services", []):
            rename(svc)
    moved = {lang: {renames.get(rid, rid): fields for rid, fields in texts.items()}
             for lang, texts in translations.items()}
    return data, moved
