"""Precision and recall of step mapping on a labelled directory (tests/data/step_mapping/*.json).

A labelled file is written out as the HSDS 3.0 CSV package a 211 would export, imported with
``kiosk import-hsds`` like any directory, and the links of the JSON summary are compared with the
labels. Scored: the step terms and the flags (accepts-itin, no-ssn-needed, free); stage and kind
terms are reported, not scored. ``python -m tests.step_mapping_eval [FILE…]`` prints the table.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELLED = Path(__file__).parent / "data" / "step_mapping"
SCORED_FLAGS = {"accepts-itin", "no-ssn-needed", "free"}
CLI = "import sys; from kiosk.cli import main; sys.exit(main(sys.argv[1:]))"


def write_hsds(labelled: dict, folder: Path) -> None:
    """The labelled services as an HSDS 3.0 CSV package (organizations, services, taxonomy, attributes)."""
    folder.mkdir(parents=True, exist_ok=True)
    orgs: dict[str, str] = {}
    terms: dict[tuple[str, str], str] = {}
    services, attributes = [], []
    for svc in labelled["services"]:
        org_id = orgs.setdefault(svc["organization"], f"org-{len(orgs) + 1}")
        services.append({"id": svc["id"], "organization_id": org_id, "name": svc["name"],
                         "description": svc.get("description", ""), "status": "active",
                         "eligibility_description": svc.get("eligibility", ""),
                         "fees_description": svc.get("fees", ""),
                         "application_process": svc.get("application_process", "")})
        for term in svc.get("taxonomy", []):
            key = (term.get("code", ""), term["name"])
            term_id = terms.setdefault(key, f"term-{len(terms) + 1}")
            attributes.append({"id": f"attr-{len(attributes) + 1}", "link_id": svc["id"], "link_entity": "service",
                               "taxonomy_term_id": term_id})
    tables = {
        "organizations.csv": [{"id": oid, "name": name, "description": name} for name, oid in orgs.items()],
        "services.csv": services,
        "taxonomy_terms.csv": [{"id": tid, "code": code, "name": name, "description": name, "taxonomy": "AIRS"}
                               for (code, name), tid in terms.items()],
        "attributes.csv": attributes,
    }
    for name, rows in tables.items():
        columns = list(rows[0]) if rows else ["id"]
        with open(folder / name, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=columns)
            writer.writeheader()
            writer.writerows(rows)


def import_links(folder: Path, out: Path, *extra: str) -> dict[str, set[str]]:
    """Import ``folder`` with the real CLI; service id → the Camino terms linked."""
    result = subprocess.run([sys.executable, "-c", CLI, "import-hsds", str(folder), "--out", str(out), *extra],
                            cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    summary = json.loads(result.stdout)
    return {s["service_id"]: {t["term"] for t in s["terms"]} for s in summary["step_links"]["services"]}


def score(labelled: dict, linked: dict[str, set[str]], step_terms: set[str]) -> dict:
    """Precision and recall over (service, term) pairs of step terms and flags; distractors placed on a step."""
    scored = step_terms | SCORED_FLAGS
    right = made = wanted = 0
    wrong, missed, distractors = [], [], []
    for svc in labelled["services"]:
        expected = set(svc["expect"])
        got = linked.get(svc["id"], set()) & scored
        right += len(expected & got)
        made += len(got)
        wanted += len(expected)
        wrong += [f"{svc['id']} {svc['name']}: {t}" for t in sorted(got - expected)]
        missed += [f"{svc['id']} {svc['name']}: {t}" for t in sorted(expected - got)]
        if not expected & step_terms and got & step_terms:
            distractors.append(f"{svc['id']} {svc['name']}: {sorted(got & step_terms)}")
    return {"services": len(labelled["services"]), "expected": wanted, "linked": made, "right": right,
            "precision": right / made if made else 1.0, "recall": right / wanted if wanted else 1.0,
            "wrong": wrong, "missed": missed, "distractors_on_steps": distractors}


def evaluate(path: Path, work: Path) -> dict:
    from db.hsds.stepmap import step_terms

    labelled = json.loads(Path(path).read_text(encoding="utf-8"))
    questionnaire = json.loads((ROOT / "db/seed/albuquerque/questionnaire.json").read_text(encoding="utf-8"))
    write_hsds(labelled, work / "hsds")
    linked = import_links(work / "hsds", work / "dir.sqlite")
    return score(labelled, linked, step_terms(questionnaire))


def main(paths: list[str]) -> None:
    paths = paths or [str(LABELLED / "dev.json"), str(LABELLED / "heldout.json")]
    print(f"{'set':<14}{'services':>9}{'expected':>9}{'linked':>8}{'right':>7}{'precision':>10}{'recall':>8}"
          f"{'distractors':>12}")
    details = []
    for path in paths:
        with tempfile.TemporaryDirectory() as tmp:
            r = evaluate(Path(path), Path(tmp))
        print(f"{Path(path).stem:<14}{r['services']:>9}{r['expected']:>9}{r['linked']:>8}{r['right']:>7}"
              f"{r['precision']:>10.3f}{r['recall']:>8.3f}{len(r['distractors_on_steps']):>12}")
        details.append((Path(path).stem, r))
    for name, r in details:
        for kind in ("wrong", "missed", "distractors_on_steps"):
            for line in r[kind]:
                print(f"  {name} {kind}: {line}")


if __name__ == "__main__":
    main(sys.argv[1:])
