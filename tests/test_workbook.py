"""The directory workbook as city staff use it: export, edit, check, build, publish, LibreOffice."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from db.seed import read_json, seed_folder
from db.seed_translations import read_translations
from db.workbook.export import write_workbook
from db.workbook.normalize import normalized
from db.workbook.read import read_workbook
from kiosk.cli import main as kiosk_main
from kiosk.config import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
DEMO = seed_folder("albuquerque")


def kiosk(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


@pytest.fixture(scope="module")
def demo_workbook(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("workbook") / "directory.xlsx"
    result = kiosk("workbook", "export", "--source", "demo", "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


def _canon(value):
    """A seed value without empty fields, terms in order: what the directory means, not how it is spelled."""
    if isinstance(value, dict):
        return {k: sorted(v) if k == "terms" else _canon(v) for k, v in value.items() if v not in ("", None, [], {})}
    if isinstance(value, list):
        return [_canon(v) for v in value]
    return value


def _edit(src: Path, dest: Path, edits) -> Path:
    wb = load_workbook(src)
    edits(wb)
    wb.save(dest)
    return dest


def _row_of(ws, column_header: str, value: str) -> int:
    col = [c.value for c in ws[1]].index(column_header) + 1
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, col).value == value)


def _set(ws, row: int, header: str, value) -> None:
    ws.cell(row, [c.value for c in ws[1]].index(header) + 1).value = value


def test_the_workbook_holds_the_demo_seed_exactly(demo_workbook):
    """The demo's JSON stays the source of truth; `kiosk workbook export` rebuilds the workbook from it."""
    read = read_workbook(demo_workbook)
    assert read.problems.errors == []
    assert read.questionnaire == read_json(DEMO / "questionnaire.json")
    directory, translations = normalized(read_json(DEMO / "directory.json"), read_translations(DEMO))
    assert _canon(read.directory) == _canon(directory)
    for lang, texts in read.translations.items():
        current = {(rid, f): e for rid, fields in translations[lang].items() for f, e in fields.items()}
        assert {(rid, f): e for rid, fields in texts.items() for f, e in fields.items()}.items() <= current.items()
    assert sum(len(f) for f in read.translations["es"].values()) >= 180


def _answer_sets(questions: list[dict], count: int) -> list[dict]:
    rng = random.Random(17)
    sets = []
    for _ in range(count):
        answers = {}
        for q in questions:
            if q["kind"] == "zip":
                answers[q["id"]] = rng.choice(["87102", "87121", "87110"])
            elif q["kind"] == "multi":
                answers[q["id"]] = rng.sample([o["id"] for o in q["options"]], rng.randint(1, 4))
            elif q["options"] and (not q["optional"] or rng.random() < 0.7):
                answers[q["id"]] = rng.choice(q["options"])["id"]
        sets.append(answers)
    return sets


def _pathway(capsys, db: Path, answers: Path, lang: str) -> dict:
    assert kiosk_main(["pathway", "--db", str(db), "--answers", str(answers), "--lang", lang, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_demo_to_workbook_to_directory_gives_identical_pathways(demo_workbook, demo_db_path, tmp_path, capsys):
    built = tmp_path / "from-workbook.sqlite"
    result = kiosk("workbook", "build", str(demo_workbook), "--out", str(built))
    assert result.returncode == 0, result.stderr
    assert kiosk_main(["questions", "--db", str(demo_db_path), "--json"]) == 0
    questions = json.loads(capsys.readouterr().out)["questions"]
    compared = 0
    for n, answers in enumerate(_answer_sets(questions, 12)):
        path = tmp_path / f"answers-{n}.json"
        path.write_text(json.dumps(answers))
        for lang in LANGUAGES:
            expected = _pathway(capsys, demo_db_path, path, lang)
            assert _pathway(capsys, built, path, lang) == expected, (answers, lang)
            compared += bool(expected["steps"])
    assert compared >= 12 * len(LANGUAGES) // 2  # most answer sets lead somewhere, so the comparison means something


def test_a_workbook_saved_by_libreoffice_still_loads(demo_workbook, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice Calc (Debian's libreoffice-calc) is needed for this test"
    src = tmp_path / "in" / "directory.xlsx"
    src.parent.mkdir()
    shutil.copy(demo_workbook, src)
    out_dir = tmp_path / "out"
    result = subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
                             "--convert-to", "xlsx", "--outdir", str(out_dir), str(src)],
                            capture_output=True, text=True, timeout=240)
    saved = out_dir / "directory.xlsx"
    assert saved.exists(), result.stderr
    assert saved.read_bytes() != src.read_bytes()
    original, resaved = read_workbook(src), read_workbook(saved)
    assert resaved.problems.errors == []
    assert resaved.questionnaire == original.questionnaire
    assert resaved.directory == original.directory
    assert resaved.translations == original.translations


HOSTILE = ["=HYPERLINK(\"http://evil.example\",\"Click\")", "+1-505-555-0100 call", "-2+3", "@SUM(A1:A2)",
           "<b>Bold</b> <script>alert(1)</script>"]


def test_cell_text_is_data_never_a_formula(tmp_path):
    directory = read_json(DEMO / "directory.json")
    services = directory["organizations"][0]["services"]
    for svc, text in zip(services, HOSTILE[:2], strict=False):
        svc["description"] = text
    directory["organizations"][0]["description"] = HOSTILE[2]
    directory["organizations"][1]["name"] = HOSTILE[3]
    services[0]["application_process"] = HOSTILE[4]
    out = write_workbook(tmp_path / "hostile.xlsx", read_json(DEMO / "questionnaire.json"), directory,
                         read_translations(DEMO))
    with zipfile.ZipFile(out) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and not any(b"<f>" in z.read(n) or b"<f " in z.read(n) for n in sheets)
    ws = load_workbook(out)["Services"]
    row = _row_of(ws, "id", services[0]["id"])
    cell = ws.cell(row, [c.value for c in ws[1]].index("description") + 1)
    assert cell.data_type == "s" and cell.quotePrefix
    read = read_workbook(out)
    assert read.problems.errors == []
    org = read.directory["organizations"]
    assert org[0]["services"][0]["description"] == HOSTILE[0]
    assert org[0]["services"][1]["description"] == HOSTILE[1]
    assert org[0]["description"] == HOSTILE[2] and org[1]["name"] == HOSTILE[3]
    assert org[0]["services"][0]["application_process"] == HOSTILE[4]


def test_a_formula_typed_by_staff_is_kept_as_its_text(demo_workbook, tmp_path):
    def edits(wb):
        ws = wb["Services"]
        _set(ws, _row_of(ws, "id", "svc-wesst-loans"), "cost", "=1+1")
    read = read_workbook(_edit(demo_workbook, tmp_path / "typed.xlsx", edits))
    assert read.problems.errors == []
    assert read.directory["organizations"][0]["services"][0]["fees_description"] == "=1+1"


def test_every_problem_names_sheet_row_column_and_nothing_is_built(demo_workbook, tmp_path):
    def edits(wb):
        steps = wb["Steps"]
        _set(steps, _row_of(steps, "id", "plan"), "requires", "bank-account")  # plan → bank-account → … → plan
        _set(steps, _row_of(steps, "id", "file-taxes"), "title (vi)", None)
        questions = wb["Questions"]
        _set(questions, _row_of(questions, "id", "need-person"), "steps", "talk-to-somebody")
        services = wb["Services"]
        row = _row_of(services, "id", "svc-wesst-loans")
        _set(services, row, "status", "closed")
        _set(services, row, "organization", "org-nobody")
        _set(services, row, "last verified", "last spring")
    bad = _edit(demo_workbook, tmp_path / "bad.xlsx", edits)
    out = tmp_path / "never.sqlite"
    result = kiosk("workbook", "build", str(bad), "--out", str(out))
    assert result.returncode == 2 and not out.exists()
    report = json.loads(result.stdout)
    assert report["ok"] is False
    reasons = {(p["sheet"], p["column"]): p for p in report["problems"]}
    assert all(p["row"] >= 2 for p in report["problems"])
    assert "circle" in reasons[("Steps", "requires")]["reason"]
    assert "plan" in reasons[("Steps", "requires")]["reason"]
    assert "talk-to-somebody" in reasons[("Questions", "steps")]["reason"]
    assert "no answer leads to this step" in reasons[("Steps", "id")]["reason"]  # talk-to-someone now unreached
    assert "missing in vi" in reasons[("Steps", "title (vi)")]["reason"]
    assert "closed" in reasons[("Services", "status")]["reason"]
    assert "org-nobody" in reasons[("Services", "organization")]["reason"]
    assert "YYYY-MM-DD" in reasons[("Services", "last verified")]["reason"]
    check = kiosk("workbook", "check", str(bad))
    assert check.returncode == 2 and json.loads(check.stdout)["problems"] == report["problems"]
    assert "Steps row" in check.stderr


def test_publish_refuses_a_workbook_with_problems_and_publishes_a_good_one(demo_workbook, tmp_path):
    key = tmp_path / "city.key"
    assert kiosk("keygen", "--out", str(key)).returncode == 0
    def edits(wb):
        ws = wb["Services"]
        _set(ws, _row_of(ws, "id", "svc-wesst-loans"), "steps", "microloans")
    bad = _edit(demo_workbook, tmp_path / "bad.xlsx", edits)
    refused = kiosk("publish", "--source", str(bad), "--key", str(key), "--out", str(tmp_path / "bundle"))
    assert refused.returncode == 2 and "microloans" in refused.stderr
    assert not (tmp_path / "bundle" / "manifest.json").exists()
    done = kiosk("publish", "--source", str(demo_workbook), "--key", str(key), "--out", str(tmp_path / "bundle"))
    assert done.returncode == 0, done.stderr


def test_staff_edits_reach_the_kiosk(demo_workbook, tmp_path, capsys):
    """Change a phone number, add a service with its Spanish, reword a question: as in docs/city-staff.md."""
    def edits(wb):
        ws = wb["Services"]
        _set(ws, _row_of(ws, "id", "svc-irs-itin"), "phone", "844-545-5641 | Appointments at an IRS office")
        new = ws.max_row + 1
        for header, value in {"id": "svc-new-kitchen", "organization": "org-svedc", "name": "Shared test kitchen",
                              "description": "Rent a licensed kitchen by the hour.", "status": "active",
                              "free": "no", "accepts ITIN": "yes", "no SSN needed": "no",
                              "steps": "commercial-kitchen, stage:starting, kind:food",
                              "last verified": "2026-12-01", "verified by": "A. Staff"}.items():
            _set(ws, new, header, value)
        tr = wb["Translations"]
        row = tr.max_row + 1
        for header, value in {"record": "svc-new-kitchen", "field": "name", "english": "Shared test kitchen",
                              "es": "Cocina compartida de prueba", "es status": "machine-draft"}.items():
            _set(tr, row, header, value)
        qs = wb["Questions"]
        _set(qs, _row_of(qs, "id", "needs"), "text (en)", "What can we help you with?")
    edited = _edit(demo_workbook, tmp_path / "edited.xlsx", edits)
    db = tmp_path / "edited.sqlite"
    result = kiosk("workbook", "build", str(edited), "--out", str(db))
    assert result.returncode == 0, result.stderr
    assert kiosk_main(["questions", "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["questions"][0]["text"] == "What can we help you with?"
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"needs": ["need-food", "need-start"], "stage": "stage-starting",
                                   "kind": "kind-food", "identity": "id-none", "where": "87102"}))
    services = {s["id"]: s for step in _pathway(capsys, db, answers, "es")["steps"] for s in step["services"]}
    assert services["svc-new-kitchen"]["name"] == "Cocina compartida de prueba"
    assert "844-545-5641" in services["svc-irs-itin"]["phone"]


def test_mapping_decisions_come_out_as_a_decisions_file(demo_workbook, tmp_path):
    def edits(wb):
        ws = wb["Mapping"]
        for r, row in enumerate([("svc-wesst-loans", "microloan", "text rule: loan", "accept", "checked"),
                                 ("svc-wesst-loans", "free", "crosswalk", "reject", None),
                                 ("svc-wesst-training", "mentoring", "", "", None)], start=2):
            for c, value in enumerate(row, start=1):
                ws.cell(r, c).value = value
    edited = _edit(demo_workbook, tmp_path / "mapped.xlsx", edits)
    decisions = tmp_path / "decisions.json"
    result = kiosk("workbook", "build", str(edited), "--out", str(tmp_path / "db.sqlite"),
                   "--decisions", str(decisions))
    assert result.returncode == 0, result.stderr
    assert json.loads(decisions.read_text()) == {"services": {"svc-wesst-loans": {
        "accept": ["microloan"], "reject": ["free"], "note": "checked"}}}


def test_not_a_workbook_is_one_line_and_exit_2(tmp_path):
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a zip")
    result = kiosk("workbook", "check", str(junk))
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "not an .xlsx workbook" in result.stderr


def test_import_suggestions_fill_the_mapping_sheet(tmp_path):
    report = tmp_path / "import-report.json"
    report.write_text(json.dumps({"ok": True, "step_links": {"services": [
        {"service_id": "svc-wesst-loans", "name": "Small business loans",
         "terms": [{"term": "microloan", "source": "rule", "reason": "'loan' in the description"},
                   {"term": "free", "source": "crosswalk", "reason": "taxonomy 'Free'"}]}]}}))
    out = tmp_path / "suggested.xlsx"
    result = kiosk("workbook", "export", "--out", str(out), "--suggestions", str(report))
    assert result.returncode == 0, result.stderr
    rows = list(load_workbook(out)["Mapping"].iter_rows(min_row=2, values_only=True))
    assert rows == [("svc-wesst-loans", "microloan", "rule: 'loan' in the description", None, None),
                    ("svc-wesst-loans", "free", "crosswalk: taxonomy 'Free'", None, None)]
    report.write_text(json.dumps({"services": "nope"}))
    bad = kiosk("workbook", "export", "--out", str(tmp_path / "x.xlsx"), "--suggestions", str(report))
    assert bad.returncode == 2 and "step_links" in bad.stderr


def test_a_directory_database_exports_to_the_same_workbook(demo_workbook, demo_db_path, tmp_path):
    """An imported or published directory becomes a workbook staff can edit (sources live only in the seed)."""
    out = tmp_path / "from-db.xlsx"
    result = kiosk("workbook", "export", "--db", str(demo_db_path), "--out", str(out))
    assert result.returncode == 0, result.stderr
    from_db, from_seed = read_workbook(out), read_workbook(demo_workbook)
    assert from_db.problems.errors == []
    assert from_db.questionnaire == from_seed.questionnaire

    def without_sources(value):
        if isinstance(value, dict):
            return {k: without_sources(v) for k, v in value.items() if k != "sources"}
        return [without_sources(v) for v in value] if isinstance(value, list) else value

    assert _canon(without_sources(from_db.directory)) == _canon(without_sources(from_seed.directory))
    assert from_db.translations == from_seed.translations  # the demo's drafts are all machine drafts
    missing = kiosk("workbook", "export", "--db", str(tmp_path / "nope.sqlite"), "--out", str(tmp_path / "x.xlsx"))
    assert missing.returncode == 2 and "no such directory database" in missing.stderr


def test_a_small_file_that_unpacks_to_gigabytes_is_refused_before_loading(tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (450 * 2**20))
    assert bomb.stat().st_size < 2**20
    result = kiosk("workbook", "check", str(bomb))
    assert result.returncode == 2 and "unpacks to over 400 MB" in result.stderr


def test_drop_downs_frozen_headers_and_an_unknown_icon(demo_workbook, tmp_path):
    wb = load_workbook(demo_workbook)
    assert wb.sheetnames[0] == "README" and "kiosk workbook check" in " ".join(
        str(c.value) for c in wb["README"]["A"] if c.value)
    for name in ("Organizations", "Services", "Locations", "Translations", "Questions", "Steps", "Mapping"):
        assert wb[name].freeze_panes == "B2", name

    def lists(ws):
        return {str(dv.sqref).split(":")[0].rstrip("0123456789"): dv.formula1
                for dv in ws.data_validations.dataValidation}

    headers = [c.value for c in wb["Services"][1]]
    services = lists(wb["Services"])
    column = {h: get_column_letter(i + 1) for i, h in enumerate(headers)}
    assert services[column["status"]] == '"active,inactive,defunct"'
    assert services[column["accepts ITIN"]] == '"yes,no"'
    assert services[column["organization"]].startswith("Organizations!")
    q_headers = [c.value for c in wb["Questions"][1]]
    icon_list = lists(wb["Questions"])[get_column_letter(q_headers.index("icon") + 1)]
    assert "money" in icon_list and "camino-logo" not in icon_list
    statuses = lists(wb["Translations"])
    assert statuses and all(f == '"machine-draft,reviewed"' for f in statuses.values())

    def edits(book):
        qs = book["Questions"]
        _set(qs, _row_of(qs, "id", "need-money"), "icon", "monye")
    read = read_workbook(_edit(demo_workbook, tmp_path / "icon.xlsx", edits))
    assert read.problems.errors == []
    assert any(w.sheet == "Questions" and w.column == "icon" and "monye" in w.reason for w in read.problems.warnings)


def test_an_hsds_source_becomes_a_workbook_staff_can_finish(tmp_path):
    out = tmp_path / "hsds.xlsx"
    result = kiosk("workbook", "export", "--source", str(ROOT / "tests" / "data" / "hsds" / "v30_camino"),
                   "--out", str(out))
    assert result.returncode == 0, result.stderr
    services = load_workbook(out)["Services"]
    assert _row_of(services, "id", "svc-micro") >= 2
    assert services.cell(_row_of(services, "id", "svc-micro"), 4).value == "Loans from $500, <b>no SSN</b> needed"

    def edits(wb):  # the city names its own people to call when a step has no service
        settings = wb["Settings"]
        _set(settings, _row_of(settings, "setting", "fallback services"), "value", "svc-micro")
    finished = _edit(out, tmp_path / "finished.xlsx", edits)
    built = kiosk("workbook", "build", str(finished), "--out", str(tmp_path / "hsds.sqlite"))
    assert built.returncode == 0, built.stdout + built.stderr
    missing = kiosk("workbook", "export", "--source", str(tmp_path / "nope"), "--out", str(tmp_path / "x.xlsx"))
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
