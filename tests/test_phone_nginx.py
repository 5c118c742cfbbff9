"""deploy/nginx-phone-page.conf as a city would run it (on loopback, without TLS): the phone page opens
from the kiosk's link, the headers and compression are there, and nginx's own access log (request
line, Referer, user agent) holds nothing of the visitor."""

from __future__ import annotations

import getpass
import json
import re
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from phone_browser import CHROMEDRIVER, CHROMIUM, ROOT, chromium, free_port, kiosk, publish

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
pytestmark = pytest.mark.skipif(not (Path(NGINX).exists() and CHROMIUM.exists() and CHROMEDRIVER.exists()),
                                reason="needs nginx, chromium and chromium-driver")
ZIP = "87105"
ANSWERS = {"needs": ["need-money", "need-bank"], "identity": "id-itin", "where": ZIP}


@pytest.fixture
def nginx_site(tmp_path):
    bundle = tmp_path / "bundle"
    publish("demo", bundle, tmp_path / "key")
    policy = (bundle / "web" / "content-security-policy.txt").read_text(encoding="utf-8").strip()
    port = free_port()
    server = (ROOT / "deploy" / "nginx-phone-page.conf").read_text(encoding="utf-8")
    server = re.sub(r"^\s*ssl_certificate.*\n", "", server, flags=re.M)
    server = (server.replace("listen 443 ssl;", f"listen 127.0.0.1:{port};").replace("/srv/camino", str(bundle))
              .replace("CSP_POLICY", policy))
    temp = tmp_path / "nginx"
    temp.mkdir()
    conf = tmp_path / "nginx.conf"
    conf.write_text(
        # Workers as this user: they read the bundle from the test's private temporary folder.
        f"user {getpass.getuser()};\nworker_processes 1;\ndaemon off;\npid {temp}/nginx.pid;\n"
        f"error_log {temp}/error.log;\n"
        "events { worker_connections 64; }\n"
        f"http {{\n  include /etc/nginx/mime.types;\n  access_log {temp}/access.log combined;\n"
        + "".join(f"  {kind}_temp_path {temp}/{kind};\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi",
                                                                        "scgi"))
        + server + "}\n", encoding="utf-8")
    process = subprocess.Popen([NGINX, "-p", str(temp), "-c", str(conf)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}/web/"
    deadline = time.monotonic() + 10
    while True:
        try:
            urllib.request.urlopen(base, timeout=1).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"nginx did not start: {process.stderr.read().decode()}") from None
            time.sleep(0.1)
    yield {"base": base, "bundle": bundle, "access": temp / "access.log", "policy": policy, "work": tmp_path}
    process.terminate()
    process.wait(timeout=10)


def test_documented_nginx_serves_the_page_and_logs_nothing_of_the_visitor(nginx_site):
    base, work = nginx_site["base"], nginx_site["work"]
    config = work / "config.toml"
    config.write_text(f'[online]\npathway_url = "{base}"\n', encoding="utf-8")
    database = next(nginx_site["bundle"].glob("directory-v*.sqlite"))
    done = kiosk("pathway", "--answers", "-", "--lang", "fa_AF", "--db", str(database), "--config", str(config),
                 "--json", stdin=json.dumps(ANSWERS))
    assert done.returncode == 0, done.stderr
    expected = json.loads(done.stdout)

    request = urllib.request.Request(base, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=5) as response:
        headers = response.headers
    assert headers["Content-Security-Policy"] == nginx_site["policy"] + "; frame-ancestors 'none'"
    assert headers["Referrer-Policy"] == "no-referrer" and headers["Cache-Control"] == "no-cache"
    assert headers["Content-Encoding"] == "gzip"
    app = next((nginx_site["bundle"] / "web").glob("app.*.js")).name
    with urllib.request.urlopen(base + app, timeout=5) as response:
        assert "immutable" in response.headers["Cache-Control"]
        assert response.headers["Content-Security-Policy"].endswith("frame-ancestors 'none'")

    driver = chromium()
    try:
        driver.get(expected["phone_link"])
        deadline = time.monotonic() + 20
        while not driver.execute_script("return performance.getEntriesByName('camino-pathway-shown').length"):
            assert time.monotonic() < deadline, driver.page_source[:300]
            time.sleep(0.05)
        titles = driver.execute_script(
            "return [...document.querySelectorAll('.step-title')].map(t => t.firstChild.textContent)")
        assert titles == [s["title"] for s in expected["steps"]]
        assert driver.execute_script("return document.documentElement.dir") == "rtl"
        driver.set_script_timeout(20)
        assert driver.execute_async_script("const done = arguments[arguments.length - 1];"
                                           "navigator.serviceWorker.ready.then(r => done(!!r.active));")
    finally:
        driver.quit()

    log = nginx_site["access"].read_text(encoding="utf-8").splitlines()
    assert len(log) >= 5
    tables = json.loads((nginx_site["bundle"] / "web" / "data" / "ids-v1.json").read_text(encoding="utf-8"))
    secrets = {ZIP, *ANSWERS["needs"], ANSWERS["identity"], *tables["steps"], *tables["services"],
               expected["phone_link"].split("#", 1)[1]}
    for line in log:
        request_line, _status, referer = re.search(r'"([^"]*)" (\d+) \d+ "([^"]*)"', line).groups()
        assert re.fullmatch(r"GET /web/\S* HTTP/1\.1", request_line) and "?" not in request_line, line
        assert referer in ("-", base + "sw.js"), line  # the browser's own update check of the worker
        assert not any(secret in line for secret in secrets), line
