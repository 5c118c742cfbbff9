"""The phone page as a visitor's phone meets it: ``kiosk publish`` writes it, Python's static server
serves it on loopback, headless Chromium opens the kiosk's own link at phone size in every language.
The page must show what ``kiosk pathway --json`` says, pass axe-core's WCAG 2.1 AA rules, work
offline once opened, and leave nothing of the visitor in the server's log."""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from phone_browser import CHROMEDRIVER, CHROMIUM, chromium, full_page_png, kiosk, publish, request_paths, static_server

from kiosk.config import LANGUAGES

pytestmark = pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                                reason="needs Debian's chromium and chromium-driver (scripts/setup.sh)")

ZIP = "87105"
ANSWERS = {"needs": ["need-money", "need-start", "need-bank"], "stage": "stage-starting", "identity": "id-none",
           "where": ZIP}
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Where to keep the screenshots for a person to look at (they are always taken).
SHOTS = os.environ.get("CAMINO_PHONE_SHOTS")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The demo directory published once, served on loopback; the base address and the server log."""
    work = tmp_path_factory.mktemp("phone")
    bundle, log = work / "bundle", work / "server.log"
    publish("demo", bundle, work / "key")
    with static_server(bundle, log) as (origin, _server):
        yield {"work": work, "bundle": bundle, "log": log, "base": f"{origin}/web/"}


@pytest.fixture(scope="module")
def browser():
    driver = chromium()
    yield driver
    driver.quit()


def pathway_json(base: str, database: Path, language: str, work: Path, answers: dict = ANSWERS) -> dict:
    config = work / "config.toml"
    config.write_text(f'[online]\npathway_url = "{base}"\n', encoding="utf-8")
    done = kiosk("pathway", "--answers", "-", "--lang", language, "--db", str(database), "--config", str(config),
                 "--json", stdin=json.dumps(answers))
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def open_link(driver, link: str, *, steps: int | None = None) -> dict:
    """Open ``link`` fresh and wait until the page has shown its pathway; what the page shows."""
    driver.get("about:blank")
    driver.get(link)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        shown = driver.execute_script("return performance.getEntriesByName('camino-pathway-shown').length")
        if shown:
            break
        time.sleep(0.05)
    else:
        raise AssertionError(f"the page never showed a pathway: {driver.page_source[:500]}")
    return driver.execute_script("""
        const first = (node) => node ? node.firstChild.textContent : null;
        const cards = (root) => [...root.querySelectorAll('.card')].map(c => ({
            name: first(c.querySelector('.name')),
            tel: c.querySelector('a.tel') && c.querySelector('a.tel').getAttribute('href'),
            map: c.querySelector('a.map') && c.querySelector('a.map').getAttribute('href')}));
        return {
          lang: document.documentElement.lang, dir: document.documentElement.dir,
          title: document.getElementById('title').textContent,
          notices: [...document.querySelectorAll('.notice')].map(n => n.textContent),
          steps: [...document.querySelectorAll('.step')].map(s => ({
              title: first(s.querySelector('.step-title')), cards: cards(s)})),
          help: cards(document.getElementById('help')),
          hash: location.hash, cookie: document.cookie,
          resources: performance.getEntriesByType('resource').map(r => r.name)};""")


def tel(phone: str) -> str:
    """The ``tel:`` address of a card's phone ("505-555-0100 ext. 12": the extension after a pause)."""
    number, _, ext = phone.partition(" ext. ")
    return "tel:" + re.sub(r"[^0-9+]", "", number) + ("," + re.sub(r"\D", "", ext) if ext else "")


def axe_violations(driver) -> list[dict]:
    import selenium_axe_python

    script = Path(selenium_axe_python.__file__).parent / "axe-core" / "axe.min.js"
    driver.execute_script(script.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        f"axe.run(document, {{runOnly: {{type: 'tag', values: {json.dumps(WCAG)}}}}}).then(done);")
    return [{"id": v["id"], "help": v["help"], "nodes": [n["html"][:120] for n in v["nodes"][:3]]}
            for v in result["violations"]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_kiosk_link_opens_the_same_pathway_at_phone_size(site, browser, language):
    bundle = site["bundle"]
    database = next(bundle.glob("directory-v*.sqlite"))
    expected = pathway_json(site["base"], database, language, site["work"])
    link = expected["phone_link"]
    assert link.startswith(site["base"] + "#")
    page = open_link(browser, link)

    assert page["lang"] == language.replace("_", "-")
    assert page["dir"] == ("rtl" if language in ("ar", "fa_AF") else "ltr")
    assert [s["title"] for s in page["steps"]] == [s["title"] for s in expected["steps"]]
    assert [[c["name"] for c in s["cards"]] for s in page["steps"]] == \
        [[c["name"] for c in s["services"]] for s in expected["steps"]]
    phones = [[tel(c["phone"]) if c["phone"] else None for c in s["services"]] for s in expected["steps"]]
    assert [[c["tel"] for c in s["cards"]] for s in page["steps"]] == phones
    addresses = [c for s in page["steps"] for c in s["cards"] if c["map"]]
    assert addresses and all(c["map"].startswith("geo:0,0?q=") for c in addresses)  # an Android phone's maps
    assert [c["name"] for c in page["help"]] == [c["name"] for c in expected["fallback"]]
    assert page["cookie"] == "" and not browser.get_cookies()
    origin = site["base"].rsplit("/web/", 1)[0]
    assert page["resources"] and all(r.startswith(origin + "/") for r in page["resources"])  # nothing external

    assert axe_violations(browser) == []
    shot = site["work"] / f"phone-{language}.png"
    full_page_png(browser, shot)
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(SHOTS) / shot.name)


def test_language_switch_rewrites_only_the_fragment(site, browser):
    from selenium.webdriver.support.ui import Select

    database = next(site["bundle"].glob("directory-v*.sqlite"))
    expected = pathway_json(site["base"], database, "ar", site["work"])
    open_link(browser, pathway_json(site["base"], database, "en", site["work"])["phone_link"])
    browser.execute_script("performance.clearMarks()")
    Select(browser.find_element("id", "language")).select_by_value("ar")
    deadline = time.monotonic() + 10
    while not browser.execute_script("return performance.getEntriesByName('camino-pathway-shown').length"):
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert browser.current_url == expected["phone_link"]
    assert browser.execute_script("return document.documentElement.dir") == "rtl"
    titles = browser.execute_script(
        "return [...document.querySelectorAll('.step-title')].map(t => t.firstChild.textContent)")
    assert titles == [s["title"] for s in expected["steps"]]


def test_page_prints_the_pathway_without_its_buttons(site, browser, tmp_path):
    import base64

    database = next(site["bundle"].glob("directory-v*.sqlite"))
    expected = pathway_json(site["base"], database, "es", site["work"])
    open_link(browser, expected["phone_link"])
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": False})["data"]))
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    assert all(" ".join(s["title"].split()) in text for s in expected["steps"])
    assert text.startswith("Su ruta para su negocio")  # the bar with the language switch and Print is left out


def test_content_security_policy_blocks_inline_script_and_page_weighs_little(site, browser):
    database = next(site["bundle"].glob("directory-v*.sqlite"))
    open_link(browser, pathway_json(site["base"], database, "en", site["work"])["phone_link"])
    injected = browser.execute_script(
        "const s = document.createElement('script'); s.textContent = 'window.__ran = 1';"
        "document.head.appendChild(s); return window.__ran === 1;")
    assert injected is False
    csp = browser.execute_script(
        "return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content")
    assert re.search(r"script-src 'self' 'sha256-[A-Za-z0-9+/=]{44}';", csp) and "unsafe" not in csp
    assert "default-src 'none'" in csp and re.search(r"style-src 'sha256-[A-Za-z0-9+/=]{44}';", csp)
    assert (site["bundle"] / "web" / "content-security-policy.txt").read_text(encoding="utf-8").strip() == csp
    web = site["bundle"] / "web"
    page_files = [p for p in web.iterdir() if p.is_file() and p.suffix in (".html", ".js", ".css", ".svg")]
    compressed = sum(len(gzip.compress(p.read_bytes(), 9)) for p in page_files)
    assert compressed <= 50 * 1024, compressed


def test_page_opens_offline_once_opened(site, browser, tmp_path):
    database = next(site["bundle"].glob("directory-v*.sqlite"))
    log = tmp_path / "offline.log"
    with static_server(site["bundle"], log) as (origin, _server):
        base = f"{origin}/web/"
        link = pathway_json(base, database, "fr", site["work"])["phone_link"]
        online = open_link(browser, link)
        browser.set_script_timeout(20)
        assert browser.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "navigator.serviceWorker.ready.then(r => done(!!r.active)).catch(() => done(false));")
    # The server is gone: the phone has only what the service worker kept.
    offline = open_link(browser, link)
    assert offline["steps"] == online["steps"] and offline["lang"] == "fr"


def test_link_from_an_older_directory_still_opens(tmp_path, browser):
    """Version 2 drops a service of the pathway and renames another with markup: the version-1 link opens,
    says plainly that the directory changed, shows the markup as text; after two more versions (the old
    language files pruned) it still opens."""
    bundle, key = tmp_path / "bundle", tmp_path / "key"
    publish("demo", bundle, key)
    v1 = bundle / "directory-v1.sqlite"
    with static_server(bundle, tmp_path / "server.log") as (origin, _server):
        base = f"{origin}/web/"
        old = pathway_json(base, v1, "es", tmp_path)
        dropped = old["steps"][0]["services"][0]["id"]
        renamed = old["steps"][1]["services"][0]["id"]
        changed = tmp_path / "changed.sqlite"
        shutil.copyfile(v1, changed)
        with sqlite3.connect(changed) as db:
            db.execute("UPDATE service SET status = 'inactive' WHERE id = ?", (dropped,))
            db.execute("UPDATE service SET name = '<b>Bold</b><img src=x onerror=alert(1)>' WHERE id = ?",
                       (renamed,))
            db.execute("DELETE FROM localized_text WHERE entity = 'service' AND entity_id = ? AND field = 'name'",
                       (renamed,))
        first_files = {p.name for p in (bundle / "web" / "data").glob("es.*.json")}
        publish(str(changed), bundle, key)
        page = open_link(browser, old["phone_link"])
        assert any("directorio se actualizó" in n for n in page["notices"])
        assert [s["title"] for s in page["steps"]] == [s["title"] for s in old["steps"]]
        first_step = [c["name"] for c in page["steps"][0]["cards"]]
        assert first_step and old["steps"][0]["services"][0]["name"] not in first_step
        second_step = [c["name"] for c in page["steps"][1]["cards"]]
        assert "<b>Bold</b><img src=x onerror=alert(1)>" in second_step  # shown as text, not markup
        assert browser.execute_script("return document.querySelectorAll('main b, main img').length") == 0
        publish(str(changed), bundle, key)
        publish(str(changed), bundle, key)
        data = bundle / "web" / "data"
        assert not first_files & {p.name for p in data.glob("es.*.json")}  # version 1's files pruned…
        assert (data / "ids-v1.json").exists()  # …its index tables kept
        page = open_link(browser, old["phone_link"])
        assert [s["title"] for s in page["steps"]] == [s["title"] for s in old["steps"]]
        assert any("directorio se actualizó" in n for n in page["notices"])


def test_server_log_holds_nothing_of_the_visitor(site, browser):
    """Runs after the pages above were opened in every language."""
    database = next(site["bundle"].glob("directory-v*.sqlite"))
    open_link(browser, pathway_json(site["base"], database, "vi", site["work"])["phone_link"])
    lines = site["log"].read_text(encoding="utf-8").splitlines()
    paths = request_paths(site["log"])
    assert len(paths) >= 10
    allowed = re.compile(r"^/web/(|index\.html|sw\.js|icon\.svg|app\.[0-9a-f]{12}\.js|"
                         r"data/(ids-v\d+|[a-zA-Z_]+\.[0-9a-f]{12})\.json)$")
    assert [p for p in paths if not allowed.match(p)] == []
    answers = {ZIP, *ANSWERS["needs"], ANSWERS["stage"], ANSWERS["identity"]}
    tables = json.loads((site["bundle"] / "web" / "data" / "ids-v1.json").read_text(encoding="utf-8"))
    secrets = answers | set(tables["steps"]) | set(tables["services"])
    # The only Referer is the browser's own update check of the service worker, naming the worker.
    referers = {"referer=''", f"referer='{site['base']}sw.js'"}
    for line in lines:
        assert not any(secret in line for secret in secrets), line
        assert "#" not in line and "?" not in line and "cookie=''" in line, line
        assert re.search(r"referer='[^']*'", line).group(0) in referers, line


@pytest.mark.parametrize("language", ["vi", "ar", "sw"])
def test_page_reflows_at_320_css_pixels_without_sideways_scrolling(site, language):
    """WCAG 1.4.10: a 320 px wide screen (or 1280 px at 400 % zoom) needs no horizontal scrolling."""
    database = next(site["bundle"].glob("directory-v*.sqlite"))
    link = pathway_json(site["base"], database, language, site["work"])["phone_link"]
    driver = chromium(320, 640)
    try:
        page = open_link(driver, link)
        assert page["steps"]
        width = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], width
        if SHOTS:
            full_page_png(driver, Path(SHOTS) / f"phone-320-{language}.png")
    finally:
        driver.quit()
