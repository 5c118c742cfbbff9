"""The real parts the phone page is tested and measured with: ``kiosk publish`` in a process, Python's
static server on loopback writing its request log to a file, and Debian's headless Chromium driven
by Selenium at a phone's size. Used by tests/test_phone_page.py and benchmarks/bench_phone_page.py."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
PHONE = (390, 844)  # CSS pixels of a common phone


def kiosk(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], input=stdin, capture_output=True,
                          text=True, cwd=ROOT, timeout=300)


def publish(source: str, bundle: Path, key: Path) -> dict:
    """``kiosk publish`` (making the key first when there is none); the manifest as JSON."""
    if not key.exists():
        made = kiosk("keygen", "--out", str(key))
        assert made.returncode == 0, made.stderr
    done = kiosk("publish", "--source", source, "--key", str(key), "--out", str(bundle))
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def static_server(folder: Path, log: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    """Python's http.server serving the bundle ``folder`` on loopback in its own process, gzip and headers
    as a host should; every request goes to ``log`` with the headers that could carry something of a
    visitor (Referer, Cookie)."""
    port = free_port()
    with open(log, "ab") as out:
        server = subprocess.Popen([sys.executable, "-u", __file__, str(folder), str(port)], stdout=out, stderr=out)
    try:
        deadline = time.monotonic() + 10
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
            if time.monotonic() > deadline:
                raise RuntimeError("the static server did not start")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}", server
    finally:
        server.terminate()
        server.wait(timeout=10)


def chromium(width: int = PHONE[0], height: int = PHONE[1]):
    """Headless Chromium at phone size (touch, device pixel ratio 2), through Debian's chromedriver."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--no-first-run", "--disable-extensions", "--hide-scrollbars", f"--window-size={width},{height}"):
        options.add_argument(arg)
    options.add_experimental_option("mobileEmulation", {
        "deviceMetrics": {"width": width, "height": height, "pixelRatio": 2, "touch": True},
        "userAgent": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                     "Chrome/126.0 Mobile Safari/537.36"})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # A phone has Chinese fonts; this machine may not: lend Chromium the kiosk's bundled ones.
    env = {**os.environ, "FONTCONFIG_FILE": str(_fonts_conf())}
    return webdriver.Chrome(service=Service(str(CHROMEDRIVER), env=env), options=options)


def _fonts_conf() -> Path:
    conf = Path(tempfile.gettempdir()) / f"camino-phone-fonts-{os.getuid()}.conf"
    conf.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
                    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
                    f'  <dir>{ROOT / "assets" / "fonts"}</dir>\n</fontconfig>\n', encoding="utf-8")
    return conf


def full_page_png(driver, path: Path) -> None:
    """A screenshot of the whole page, not only the phone's screen."""
    import base64

    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
    path.write_bytes(base64.b64decode(shot["data"]))


def request_paths(log: Path) -> list[str]:
    """The paths (with any query) of every request the static server logged."""
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    return [line.split('"')[1].split(" ")[1] for line in lines if line.count('"') >= 2 and '"GET ' in line]


def _serve(folder: str, port: int) -> None:
    import functools
    import gzip
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    from kiosk.web.site import server_headers

    headers = server_headers(Path(folder) / "web")

    class LoggingHandler(SimpleHTTPRequestHandler):
        """Python's static server with the headers and the gzip that docs/phone-page.md asks of a host."""

        def do_GET(self) -> None:
            path = Path(self.translate_path(self.path))
            if path.is_dir() and self.path.split("?")[0].endswith("/"):
                path = path / "index.html"
            if (path.is_file() and path.suffix in (".html", ".js", ".css", ".json", ".svg")
                    and "gzip" in self.headers.get("Accept-Encoding", "")
                    and not self.headers.get("If-Modified-Since")):
                body = gzip.compress(path.read_bytes(), 6)
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(str(path)))
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Last-Modified", self.date_time_string(int(path.stat().st_mtime)))
                self.end_headers()
                self.wfile.write(body)
                return
            super().do_GET()

        def end_headers(self) -> None:
            for name, value in headers.items():
                self.send_header(name, value)
            super().end_headers()

        def log_request(self, code="-", size="-") -> None:
            self.log_message('"%s" %s referer=%r cookie=%r', self.requestline, str(code),
                             self.headers.get("Referer", ""), self.headers.get("Cookie", ""))

    ThreadingHTTPServer(("127.0.0.1", port), functools.partial(LoggingHandler, directory=folder)).serve_forever()


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    _serve(sys.argv[1], int(sys.argv[2]))
