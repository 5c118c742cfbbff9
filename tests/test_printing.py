"""Printing through a real CUPS server: jobs that print, and every way printing can fail.

Needs cupsd with the cups-pdf queue ``camino-pdf`` (``bash scripts/cups.sh``). Queues the tests
create are named ``camino-test-…`` and removed afterwards, whatever happens.
"""

from __future__ import annotations

import glob
import os
import pwd
import subprocess
import sys
import time
import uuid
from datetime import date
from pathlib import Path

import pytest

from kiosk.config import Config
from kiosk.printing import (
    PrintError,
    choose_printer,
    default_printer,
    get_printer,
    list_printers,
    print_pdf,
    print_test_page,
    submit,
)
from kiosk.printout import printout_for
from kiosk.questionnaire import validate_answers

pytestmark = pytest.mark.cups
QUEUE = "camino-pdf"
ANSWERS = {"needs": ["need-start", "need-bank"], "stage": "stage-idea", "where": "near"}


@pytest.fixture
def make_queue():
    """Create throw-away queues; every one is deleted at the end of the test."""
    created: list[str] = []

    def make(device: str = "cups-pdf:/", *options: str) -> str:
        name = f"camino-test-{uuid.uuid4().hex[:8]}"
        model = ["-m", "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"] if device.startswith("cups-pdf") else []
        subprocess.run(["lpadmin", "-p", name, "-E", "-v", device, *model, *options], check=True,
                       capture_output=True)
        created.append(name)
        return name

    yield make
    for name in created:
        subprocess.run(["lpadmin", "-x", name], capture_output=True)


def cups_pdf_output(job_id: int, timeout: float = 10.0) -> Path:
    """The file cups-pdf wrote for job ``job_id`` (under the submitting user's ~/PDF, or ANONYMOUS)."""
    home = pwd.getpwuid(os.getuid()).pw_dir
    patterns = [f"{home}/PDF/*job_{job_id}.pdf", f"/var/spool/cups-pdf/ANONYMOUS/*job_{job_id}.pdf"]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = [p for pattern in patterns for p in glob.glob(pattern)]
        if found:
            return Path(found[0])
        time.sleep(0.1)
    raise AssertionError(f"cups-pdf wrote no file for job {job_id}")


@pytest.fixture
def pathway_pdf(demo_engine) -> bytes:
    answers = validate_answers(demo_engine.directory.questions("en"), ANSWERS)
    return printout_for(demo_engine, answers, "vi", config=Config(), printed_on=date(2026, 11, 29))


def run(*args: str) -> str:
    return subprocess.run(list(args), capture_output=True, text=True, check=True).stdout


def test_printed_pathway_comes_out_of_cups_pdf_with_its_pages_text_and_fonts(pathway_pdf, tmp_path):
    job = print_pdf(pathway_pdf, QUEUE, deadline_s=60)
    out = cups_pdf_output(job.id)
    try:
        source = tmp_path / "source.pdf"
        source.write_bytes(pathway_pdf)

        def pages(path: Path) -> str:
            return next(line for line in run("pdfinfo", str(path)).splitlines() if line.startswith("Pages"))

        assert pages(out) == pages(source)
        # cups-pdf redraws the document with Ghostscript, which keeps the glyphs but drops the text
        # layer of non-ASCII letters: check the ASCII parts, and that the bundled fonts were used.
        text = " ".join(run("pdftotext", str(out), "-").split())
        assert "Albuquerque Main Library" in text and "2026" in text and "505-768-3040" in text
        fonts = run("pdffonts", str(out))
        assert "NotoSans" in fonts
        assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # embedded
    finally:
        out.unlink(missing_ok=True)


def test_staff_test_page_prints_every_script():
    job = print_test_page(QUEUE)
    out = cups_pdf_output(job.id)
    try:
        fonts = run("pdffonts", str(out))
        assert "NotoSansArabic" in fonts and "CaminoWenKai" in fonts
    finally:
        out.unlink(missing_ok=True)


def test_printer_that_does_not_exist_is_reported_in_a_sentence(pathway_pdf):
    started = time.monotonic()
    with pytest.raises(PrintError, match="no printer named 'camino-test-missing'"):
        submit(pathway_pdf, "camino-test-missing")
    assert time.monotonic() - started < 3


def test_stopped_printer_is_reported_before_submitting(make_queue, pathway_pdf):
    name = make_queue()
    subprocess.run(["cupsdisable", "-r", "paper jam", name], check=True)
    assert get_printer(name).state == "stopped"
    assert next(p for p in list_printers() if p.name == name).state == "stopped"
    started = time.monotonic()
    with pytest.raises(PrintError, match=f"Printer {name} is stopped"):
        submit(pathway_pdf, name)
    assert time.monotonic() - started < 3


def test_printer_not_accepting_jobs_is_reported(make_queue, pathway_pdf):
    name = make_queue()
    subprocess.run(["cupsreject", "-r", "out of paper", name], check=True)
    printer = next(p for p in list_printers() if p.name == name)
    assert printer.accepting is False and printer.ready is False
    with pytest.raises(PrintError, match="not accepting print jobs"):
        submit(pathway_pdf, name)


def test_job_that_fails_in_the_backend_is_reported_as_failed(make_queue, pathway_pdf):
    # A serial port that does not exist: the backend fails, and abort-job marks the job aborted.
    name = make_queue("serial:/dev/camino-no-such-port", "-m", "raw", "-o", "printer-error-policy=abort-job")
    job = submit(pathway_pdf, name)
    started = time.monotonic()
    with pytest.raises(PrintError, match=f"The printout failed on printer {name}"):
        job.wait(deadline_s=10)
    assert time.monotonic() - started < 3


def test_job_that_does_not_finish_in_time_is_reported_and_can_be_canceled(make_queue, pathway_pdf):
    name = make_queue()
    # A job held indefinitely never starts, as on a printer that hangs.
    out = subprocess.run(["lp", "-d", name, "-H", "indefinite", "-"], input=pathway_pdf, capture_output=True,
                         check=True).stdout.decode()
    from kiosk.printing import PrintJob

    job = PrintJob(int(out.split(f"{name}-")[1].split()[0]), name)
    with pytest.raises(PrintError, match="did not finish"):
        job.wait(deadline_s=0.5)
    job.cancel()
    assert job.state()[0] == "canceled"


def test_no_printer_configured_and_no_default_is_reported(pathway_pdf):
    if default_printer() is not None:
        pytest.skip("this machine has a default printer; the test needs none")
    with pytest.raises(PrintError, match="No printer is set up"):
        choose_printer("")


def test_cups_not_running_is_reported_in_a_sentence(monkeypatch, pathway_pdf):
    # A CUPS_SERVER where nothing listens: the same answer the tools give when cupsd is down.
    monkeypatch.setenv("CUPS_SERVER", "127.0.0.1:9")
    started = time.monotonic()
    with pytest.raises(PrintError, match="print service \\(CUPS\\) is not running"):
        submit(pathway_pdf, QUEUE)
    assert time.monotonic() - started < 3


def test_copies_out_of_range_and_non_pdf_are_refused(pathway_pdf):
    with pytest.raises(PrintError, match="Copies"):
        submit(pathway_pdf, QUEUE, copies=0)
    with pytest.raises(PrintError, match="Only PDF"):
        submit(b"hello", QUEUE)


def kiosk(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "main", *args], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent, env={**os.environ, **(env or {})}, timeout=120)


def test_cli_prints_on_a_queue_and_fails_with_one_line_for_a_missing_printer(tmp_path, demo_db_path):
    answers = tmp_path / "answers.json"
    answers.write_text('{"needs": ["need-bank"], "where": "near"}', encoding="utf-8")
    done = kiosk("print", "--answers", str(answers), "--lang", "ar", "--printer", QUEUE, "--db", str(demo_db_path))
    assert done.returncode == 0, done.stderr
    assert '"state": "completed"' in done.stdout
    job_id = int(done.stdout.split(f'"{QUEUE}-')[1].split('"')[0])
    cups_pdf_output(job_id).unlink()
    missing = kiosk("print", "--answers", str(answers), "--printer", "camino-test-nope", "--db", str(demo_db_path))
    assert missing.returncode == 1
    assert missing.stderr.strip().count("\n") == 0 and "no printer named" in missing.stderr
    bad = kiosk("print", "--answers", str(tmp_path / "none.json"), "--pdf", str(tmp_path / "x.pdf"))
    assert bad.returncode == 2 and "answers file not found" in bad.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_cli_writes_a_bilingual_pdf(tmp_path, demo_db_path):
    answers = tmp_path / "answers.json"
    answers.write_text('{"needs": ["need-start"], "where": "near"}', encoding="utf-8")
    out = tmp_path / "pathway.pdf"
    done = kiosk("print", "--answers", str(answers), "--lang", "zh_CN", "--bilingual", "--pdf", str(out),
                 "--db", str(demo_db_path))
    assert done.returncode == 0, done.stderr
    text = " ".join(run("pdftotext", str(out), "-").split())
    assert "您的创业路线图" in text and "Your business pathway" in text
