"""Build the city-neutral questionnaire (db/seed/template/questionnaire.json) from the demo city's.

The questions, options, steps and rules stay the demo city's; the texts that name Albuquerque or
New Mexico are replaced by those of db/seed/template/city_texts.json (with {city} and {state}),
the fallback services and ZIP centroids are emptied (they are chosen at import). Run it again
whenever the demo questionnaire changes; it refuses to write while any text still names the city.

Usage: .venv/bin/python scripts/city_template.py [--check]   (--check: exit 1 if the file is stale)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "db" / "seed" / "albuquerque" / "questionnaire.json"
TEXTS = ROOT / "db" / "seed" / "template" / "city_texts.json"
OUT = ROOT / "db" / "seed" / "template" / "questionnaire.json"
# The demo city and state as the eight languages write them.
NAMES = re.compile(r"Albuquerque|ABQ|Burque|New Mexico|Nuevo México|Nouveau-Mexique|نیومکسیکو|نيو مكسيكو|新墨西哥"
                   r"|阿尔伯克基|ألباكركي|آلبوکرکی")
ABOUT = ("City-neutral Camino questionnaire. {city} and {state} are filled in by `kiosk import-hsds --city NAME "
         "--state NAME`; the fallback services (the cards shown when a step has none) are chosen at import with "
         "--fallback ID, or else from the imported services linked to 'human-help' (a 211 or 311 line); ZIP "
         "centroids come from --zip-centroids FILE. Made by scripts/city_template.py from the demo questionnaire "
         "and db/seed/template/city_texts.json. The texts that name the city or state and the state-tax step are "
         "machine-drafted in es, vi, zh_CN, ar, fa_AF, fr and sw (listed in 'drafts'): they need review by native "
         "speakers before a kiosk serves them.")


def build() -> dict:
    demo = json.loads(DEMO.read_text(encoding="utf-8"))
    texts = json.loads(TEXTS.read_text(encoding="utf-8"))
    drafts = ["directory.name", "directory.notice"]
    for step in demo["steps"]:
        for field, value in texts["steps"].get(step["id"], {}).items():
            step[field] = value
            drafts.append(f"steps.{step['id']}.{field}")
    for term in demo["taxonomy_terms"]:
        if term["code"] in texts["taxonomy_terms"]:
            term["name"] = texts["taxonomy_terms"][term["code"]]
            drafts.append(f"taxonomy_terms.{term['code']}.name")
    demo["directory"] = texts["directory"]
    demo["fallback_services"] = []
    demo["zip_centroids"] = {}
    return {"about": ABOUT, "drafts": drafts, **demo}


def main() -> int:
    template = build()
    text = json.dumps(template, ensure_ascii=False, indent=1) + "\n"
    left = sorted(set(NAMES.findall(text)))
    if left:
        print(f"city_template: the demo questionnaire names {', '.join(left)} in texts city_texts.json does not "
              f"replace; add them there with {{city}} / {{state}}", file=sys.stderr)
        return 2
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"city_template: {OUT.relative_to(ROOT)} is stale; run scripts/city_template.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"city_template: wrote {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
