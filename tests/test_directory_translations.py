"""Directory translations: one file per language, stale when the English moves, merged into the kiosk."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from db.seed import build_seed, read_json, seed_folder
from db.seed_translations import read_translations, todo, translatable_records, visible_texts, with_translations
from kiosk.cards import language_name, load_cards
from kiosk.config import LANGUAGES
from kiosk.directory import Directory
from kiosk.errors import BadInput

REPO = Path(__file__).resolve().parent.parent
FOLDER = seed_folder("albuquerque")


@pytest.fixture(scope="module")
def seed() -> tuple[dict, dict]:
    return read_json(FOLDER / "directory.json"), read_translations(FOLDER)


def test_one_file_per_kiosk_language(seed):
    _data, translations = seed
    assert sorted(translations) == sorted(LANGUAGES[1:])


def test_record_ids_are_unique_so_entries_are_unambiguous(seed):
    data, _translations = seed
    ids = [record["id"] for record, _fields in translatable_records(data)]
    assert len(ids) == len(set(ids))


def test_every_entry_names_a_visible_text_of_the_directory(seed):
    data, translations = seed
    fields = {(t.record_id, t.field) for t in visible_texts(data)}
    orphans = [(lang, rid, field) for lang, texts in translations.items()
               for rid, by_field in texts.items() for field in by_field if (rid, field) not in fields]
    assert orphans == []


def test_no_translation_is_stale(seed):
    """An entry made from English that has since changed must be redone (translation_todo lists it)."""
    data, translations = seed
    stale = {lang: [item["id"] + " " + item["field"] for item in todo(data, translations, lang)
                    if item["reason"] == "stale"] for lang in translations}
    assert {lang: items for lang, items in stale.items() if items} == {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_visible_text_is_translated(seed, lang):
    data, translations = seed
    missing = [] if lang == "en" else todo(data, translations, lang)
    assert [f"{m['id']} {m['field']}" for m in missing] == []


def _tiny_seed() -> dict:
    return {"organizations": [{"id": "org-a", "name": "A", "description": "Helps people.",
                               "services": [{"id": "svc-a", "name": "Loans", "description": "Small loans.",
                                             "required_documents": [{"id": "doc-a", "document": "Photo ID"}],
                                             "terms": []}]}]}


def _entry(english: str, text: str) -> dict:
    return {"english": english, "text": text, "status": "machine-draft"}


def test_a_changed_english_text_makes_its_translation_stale():
    data = _tiny_seed()
    translations = {"fr": {"svc-a": {"name": _entry("Loans", "Prêts"), "description": _entry("Small loans.",
                                                                                            "Petits prêts.")}}}
    data["organizations"][0]["services"][0]["description"] = "Small loans for new businesses."
    items = todo(data, translations, "fr")
    assert {(i["id"], i["field"], i["reason"]) for i in items} == {
        ("org-a", "description", "missing"), ("svc-a", "description", "stale"), ("doc-a", "document", "missing")}
    assert next(i for i in items if i["reason"] == "stale")["was"] == "Small loans."
    merged = with_translations(data, translations)["organizations"][0]["services"][0]
    assert merged["name"] == {"en": "Loans", "fr": "Prêts"}
    assert merged["description"] == {"en": "Small loans for new businesses."}  # shown in English, marked so


def test_an_inline_translation_is_kept_over_the_file():
    data = _tiny_seed()
    data["organizations"][0]["services"][0]["name"] = {"en": "Loans", "fr": "Crédits (officiel)"}
    merged = with_translations(data, {"fr": {"svc-a": {"name": _entry("Loans", "Prêts")}}})
    assert merged["organizations"][0]["services"][0]["name"]["fr"] == "Crédits (officiel)"
    assert all(item["id"] != "svc-a" or item["field"] != "name" for item in todo(data, {}, "fr"))


@pytest.mark.parametrize("content, message", [
    ('{"language": "vi", "texts": {"svc-a": {"name": {"english": "Loans", "text": "Vay"}}}}', "status"),
    ('{"language": "fr", "texts": {}}', '"language": "vi"'),
    ('{"language": "vi", "texts": {"svc-a": {"name": "Vay"}}}', '"english" and "text"'),
    ('{"language": "vi", "texts": ', "not valid JSON"),
])
def test_a_bad_translation_file_is_refused_with_one_line(tmp_path, content, message):
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "vi.json").write_text(content, encoding="utf-8")
    with pytest.raises(BadInput) as err:
        read_translations(tmp_path)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_translations_reach_the_service_cards(tmp_path):
    folder = tmp_path / "city"
    folder.mkdir()
    (folder / "questionnaire.json").write_text((FOLDER / "questionnaire.json").read_text(encoding="utf-8"),
                                               encoding="utf-8")
    (folder / "directory.json").write_text(json.dumps(_tiny_seed()), encoding="utf-8")
    (folder / "translations").mkdir()
    (folder / "translations" / "vi.json").write_text(json.dumps({"language": "vi", "texts": {
        "svc-a": {"name": _entry("Loans", "Khoản vay")},
        "doc-a": {"document": _entry("Photo ID", "Giấy tờ tùy thân có ảnh")}}}), encoding="utf-8")
    directory = Directory(build_seed(folder, tmp_path / "city.sqlite"))
    try:
        card = load_cards(directory, ["svc-a"], "vi")["svc-a"]
    finally:
        directory.close()
    assert (card.name.text, card.name.in_english) == ("Khoản vay", False)
    assert (card.description.text, card.description.in_english) == ("Small loans.", True)
    assert [(d.text, d.in_english) for d in card.documents] == [("Giấy tờ tùy thân có ảnh", False)]


def test_spanish_reaches_the_demo_pathway_cards(demo_db_path):
    directory = Directory(demo_db_path)
    try:
        card = load_cards(directory, ["svc-irs-itin"], "es")["svc-irs-itin"]
    finally:
        directory.close()
    assert not card.name.in_english and card.name.text.startswith("Obtenga un ITIN")
    assert not card.description.in_english and not card.how_to_apply.in_english


def test_translation_todo_prints_what_is_left_as_json():
    run = subprocess.run([sys.executable, "scripts/translation_todo.py", "vi"], cwd=REPO,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    data, translations = read_json(FOLDER / "directory.json"), read_translations(FOLDER)
    assert out["language"] == "vi" and out["count"] == len(out["texts"]) == len(todo(data, translations, "vi"))
    assert all({"id", "field", "english", "reason"} <= set(item) for item in out["texts"])


def test_translation_todo_lists_a_changed_english_text_as_stale_in_every_language():
    data, translations = read_json(FOLDER / "directory.json"), read_translations(FOLDER)
    record = next(r for r, f in translatable_records(data) if "name" in f and r.get("name"))
    was = record["name"]
    record["name"] = f"{was} (new wording)"
    items = {(i["id"], i["field"]): i for i in todo(data, translations, "vi")}
    stale = items[(record["id"], "name")]
    assert stale["reason"] == "stale" and stale["was"] == was and stale["english"] == record["name"]
    for lang in ("vi", "fr", "ar"):
        assert (record["id"], "name") in {(i["id"], i["field"]) for i in todo(data, translations, lang)}


def test_translation_todo_refuses_an_unknown_language():
    run = subprocess.run([sys.executable, "scripts/translation_todo.py", "xx"], cwd=REPO,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and run.stdout == ""
    assert "xx" in run.stderr and run.stderr.count("\n") == 1


@pytest.mark.parametrize("code, visitor, expected", [
    ("es", "en", "Spanish"), ("es", "fr", "espagnol"), ("es", "vi", "Tiếng Tây Ban Nha"),
    ("fa-AF", "en", "Dari"), ("fa_AF", "fa_AF", "دری"), ("vi", "zh_CN", "越南语"), ("sw", "ar", "السواحلية"),
])
def test_spoken_languages_are_named_in_the_visitors_language(code, visitor, expected):
    assert language_name(code, None, visitor) == expected


def test_a_language_cldr_does_not_know_keeps_the_directorys_name():
    assert language_name("xx-unknown", "Tribal sign language", "es") == "Tribal sign language"
