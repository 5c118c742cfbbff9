"""What ``kiosk publish`` writes under web/ (no browser needed): one document per language with every
step and service, nothing that belongs to a visitor, content-hashed names, and pruning that keeps
every version's index tables."""

from __future__ import annotations

import hashlib
import json
import re

import pytest

from kiosk.config import LANGUAGES
from kiosk.sync import bundle, keys
from kiosk.web.words import SOURCES as PHONE_SOURCES


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    out = tmp_path_factory.mktemp("bundle")
    private, _public = keys.generate(out.parent / "key")
    bundle.publish("demo", keys.load_private(private), out)
    return out, keys.load_private(private)


def documents(web):
    page = (web / "index.html").read_text(encoding="utf-8")
    current = json.loads(re.search(r'<script type="application/json" id="current">(.*?)</script>', page).group(1))
    return current, {lang: json.loads((web / name).read_text(encoding="utf-8")) for lang, name in
                     current["files"].items()}


def test_one_document_per_language_with_every_step_and_service(published):
    out, _key = published
    web = out / "web"
    current, docs = documents(web)
    assert sorted(docs) == sorted(LANGUAGES) and set(current["languages"]) == set(LANGUAGES)
    tables = json.loads((web / "data" / f"ids-v{current['version']}.json").read_text(encoding="utf-8"))
    for lang, doc in docs.items():
        name = current["files"][lang]
        assert re.fullmatch(rf"data/{lang}\.[0-9a-f]{{12}}\.json", name)
        assert name.split(".")[1] == hashlib.sha256((web / name).read_bytes()).hexdigest()[:12]
        assert doc["tables"] == tables and doc["language"] == lang
        assert len(doc["steps"]) == len(tables["steps"]) and len(doc["services"]) == len(tables["services"])
        assert doc["dir"] == ("rtl" if lang in ("ar", "fa_AF") else "ltr")
        assert set(doc["words"]) >= set(PHONE_SOURCES)
        for service in doc["services"]:
            assert service["name"] and not {"distance_km", "fit", "id"} & set(service)
        assert all(len(step["today"]) <= 3 for step in doc["steps"])
    assert len(list((web / "data").glob("*.json"))) == len(LANGUAGES) + 1  # never a file per service


def test_page_makes_no_request_elsewhere_and_states_its_policy(published):
    web = published[0] / "web"
    page = (web / "index.html").read_text(encoding="utf-8")
    assert "http://" not in page and "https://" not in page and "//" not in re.sub(r"<script>.*?</script>", "",
                                                                                    page, flags=re.S)
    policy = (web / "content-security-policy.txt").read_text(encoding="utf-8").strip()
    assert f'http-equiv="Content-Security-Policy" content="{policy}"' in page
    app = next(web.glob("app.*.js")).read_text(encoding="utf-8")
    assert "innerHTML" not in app and "insertAdjacentHTML" not in app and "document.write" not in app
    assert "localStorage" not in app and "document.cookie" not in app


def test_later_versions_prune_old_files_but_keep_every_index_table(published, tmp_path):
    import shutil

    out = tmp_path / "bundle"
    shutil.copytree(published[0], out)
    first = {p.name for p in (out / "web" / "data").glob("en.*.json")}
    for _ in range(2):  # each version's documents differ (they carry the version), so their names do
        bundle.publish("demo", published[1], out)
    names = {p.name for p in (out / "web" / "data").glob("*.json")}
    assert {"ids-v1.json", "ids-v2.json", "ids-v3.json"} <= names
    assert len([n for n in names if n.startswith("en.")]) == 2  # this version's and the one before
    assert not first & names
