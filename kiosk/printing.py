"""Printing through CUPS: the printers, their state, submitting a PDF and following the job.

Every function blocks for at most a few seconds (``timeout``) and raises :class:`PrintError` with a
sentence a visitor or staff member understands, so the kiosk can offer the QR code instead within
2 s. Call them off the UI thread. CUPS is spoken to through pycups, CUPS's own Python binding; each
call runs on a short-lived thread so that a scheduler that stops answering costs ``timeout``, not
the kiosk. A job's outcome (printed, aborted, stopped) comes from its IPP attributes, because the
command-line tools show an aborted job as "completed" too.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from kiosk.errors import CaminoError

TIMEOUT_S = 2.0
# IPP printer-state and job-state values (RFC 8011).
PRINTER_STATES = {3: "idle", 4: "printing", 5: "stopped"}
JOB_STATES = {3: "pending", 4: "held", 5: "processing", 6: "stopped", 7: "canceled", 8: "aborted", 9: "completed"}
FINAL_JOB_STATES = ("canceled", "aborted", "completed")
HTTP_CONTINUE = 100  # what cupsWriteRequestData answers while a document is being sent
NOT_RUNNING = "The print service (CUPS) is not running on this computer."
T = TypeVar("T")


class PrintError(CaminoError):
    """Printing is not possible right now; the message says why, in one sentence."""


@dataclass(frozen=True)
class Printer:
    """A CUPS queue as the kiosk sees it."""

    name: str
    state: str  # idle | printing | stopped
    accepting: bool
    is_default: bool = False
    message: str = ""

    @property
    def ready(self) -> bool:
        return self.state != "stopped" and self.accepting


@dataclass(frozen=True)
class PrintJob:
    """A submitted job: ``camino-pdf-12`` is job 12 on queue ``camino-pdf``."""

    id: int
    printer: str

    @property
    def name(self) -> str:
        return f"{self.printer}-{self.id}"

    def state(self, timeout: float = TIMEOUT_S) -> tuple[str, str]:
        """(state, reason or message) of the job, asked of CUPS."""
        attrs = _cups(lambda c: c.getJobAttributes(self.id, requested_attributes=JOB_ATTRIBUTES), timeout,
                      "Cannot check the print job")
        state = JOB_STATES.get(attrs.get("job-state"), "unknown")
        reasons = attrs.get("job-state-reasons", "")
        reasons = ", ".join(reasons) if isinstance(reasons, list) else reasons
        detail = attrs.get("job-printer-state-message") or attrs.get("job-state-message") or reasons
        return state, detail

    def wait(self, deadline_s: float = 60.0, poll_s: float = 0.2) -> str:
        """Block until the job is printed (returns "completed") or fails (raises :class:`PrintError`)."""
        end = time.monotonic() + deadline_s
        while True:
            state, detail = self.state()
            if state == "completed":
                return state
            if state in ("aborted", "canceled", "stopped"):
                words = {"aborted": "failed", "canceled": "was canceled", "stopped": "was stopped"}[state]
                why = f" ({detail})" if detail and detail != "none" else ""
                raise PrintError(f"The printout {words} on printer {self.printer}{why}.")
            if time.monotonic() >= end:
                raise PrintError(f"The printout did not finish on printer {self.printer} in {deadline_s:g} s "
                                 f"(it is {state}).")
            time.sleep(poll_s)

    def cancel(self, timeout: float = TIMEOUT_S) -> None:
        """Cancel the job (a job that is already finished is left alone)."""
        try:
            _cups(lambda c: c.cancelJob(self.id), timeout, "Cannot cancel the print job")
        except PrintError:
            if self.state(timeout)[0] not in FINAL_JOB_STATES:
                raise


JOB_ATTRIBUTES = ["job-state", "job-state-reasons", "job-state-message", "job-printer-state-message"]
PRINTER_ATTRIBUTES = ["printer-state", "printer-state-message", "printer-is-accepting-jobs"]


def _cups(call: Callable[[Any], T], timeout: float, failing: str) -> T:
    """Run ``call(connection)`` against CUPS on a thread of its own, for at most ``timeout`` seconds.

    ``failing`` starts the sentence when CUPS answers with an error ("Cannot check printer x").
    """
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            import cups  # CUPS's binding loads only when printing is used

            # libcups keeps its server per thread, read from $CUPS_SERVER (or client.conf) when empty.
            cups.setServer(os.environ.get("CUPS_SERVER", ""))
            try:
                connection = cups.Connection()
            except RuntimeError:
                outcome["error"] = PrintError(NOT_RUNNING)
                return
            outcome["value"] = call(connection)
        except ImportError:
            outcome["error"] = PrintError("Printing is not installed on this computer (pycups is missing).")
        except Exception as exc:  # cups.IPPError(status, message), cups.HTTPError(status), RuntimeError
            outcome["error"] = exc

    worker = threading.Thread(target=work, name="camino-cups", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise PrintError("The print service did not answer in time.")
    error = outcome.get("error")
    if isinstance(error, PrintError):
        raise error
    if error is not None:
        raise PrintError(f"{failing}: {_reason(error)}.") from None
    return outcome["value"]


def _reason(error: Exception) -> str:
    """A CUPS error's own words (``IPPError(status, message)``), else its class."""
    args = getattr(error, "args", ())
    if len(args) == 2 and isinstance(args[1], str) and args[1]:
        return args[1]
    return str(error) or type(error).__name__


def cups_running(timeout: float = TIMEOUT_S) -> bool:
    """Whether the CUPS scheduler answers."""
    try:
        _cups(lambda c: c.getDefault(), timeout, "Cannot reach the print service")
    except PrintError:
        return False
    return True


def default_printer(timeout: float = TIMEOUT_S) -> str | None:
    """The system's default queue, or None."""
    return _cups(lambda c: c.getDefault(), timeout, "Cannot ask for the default printer")


def _printer(name: str, attrs: dict[str, Any], default: str | None) -> Printer:
    return Printer(name, PRINTER_STATES.get(attrs.get("printer-state"), "idle"),
                   bool(attrs.get("printer-is-accepting-jobs", False)), name == default,
                   attrs.get("printer-state-message") or "")


def list_printers(timeout: float = TIMEOUT_S) -> list[Printer]:
    """Every CUPS queue with its state; empty when there are none. Raises when CUPS is not running."""

    def ask(connection) -> tuple[dict, str | None]:
        queues = connection.getPrinters()
        # getPrinters() leaves out whether a queue accepts jobs: ask each queue for it.
        return ({name: connection.getPrinterAttributes(name, requested_attributes=PRINTER_ATTRIBUTES)
                 for name in queues}, connection.getDefault())

    queues, default = _cups(ask, timeout, "Cannot list the printers")
    return [_printer(name, attrs, default) for name, attrs in sorted(queues.items())]


def get_printer(name: str, timeout: float = TIMEOUT_S) -> Printer:
    """One queue's state, asked of CUPS; :class:`PrintError` when it does not exist."""

    def ask(connection) -> tuple[dict | None, str | None]:
        if name not in connection.getPrinters():
            return None, None
        return connection.getPrinterAttributes(name, requested_attributes=PRINTER_ATTRIBUTES), connection.getDefault()

    attrs, default = _cups(ask, timeout, f"Cannot check printer {name}")
    if attrs is None:
        raise PrintError(f"There is no printer named {name!r} on this computer.")
    return _printer(name, attrs, default)


def queued_jobs(name: str, timeout: float = TIMEOUT_S) -> int:
    """Jobs waiting or printing on queue ``name`` (CUPS's ``queued-job-count``)."""
    attrs = _cups(lambda c: c.getPrinterAttributes(name, requested_attributes=["queued-job-count"]), timeout,
                  f"Cannot check printer {name}")
    count = attrs.get("queued-job-count", 0)
    return count if isinstance(count, int) else 0


def choose_printer(configured: str = "", timeout: float = TIMEOUT_S) -> Printer:
    """The printer to use (``configured`` or the system default), checked ready; else :class:`PrintError`."""
    name = configured or default_printer(timeout)
    if not name:
        raise PrintError("No printer is set up: choose one in the kiosk settings or set a system default.")
    printer = get_printer(name, timeout)
    why = f" ({printer.message})" if printer.message else ""
    if printer.state == "stopped":
        raise PrintError(f"Printer {name} is stopped{why}; staff can restart it.")
    if not printer.accepting:
        raise PrintError(f"Printer {name} is not accepting print jobs right now{why}.")
    return printer


def submit(pdf: bytes, printer: str = "", *, copies: int = 1, title: str = "Camino pathway",
           paper: str | None = None, timeout: float = TIMEOUT_S) -> PrintJob:
    """Check the printer and queue ``pdf`` on it; returns at once with the job (see :meth:`PrintJob.wait`)."""
    if not 1 <= copies <= 20:
        raise PrintError("Copies must be between 1 and 20.")
    if not pdf.startswith(b"%PDF"):
        raise PrintError("Only PDF documents can be printed.")
    chosen = choose_printer(printer, timeout)
    options = {"copies": str(copies)}
    if paper in ("letter", "a4"):  # the queue's default may differ
        options["media"] = paper

    def send(connection) -> int:
        # The PDF is streamed to CUPS: a visitor's pathway is never written to a file on the kiosk.
        import cups

        job_id = connection.createJob(chosen.name, title, options)
        # The document's name has no space: cupsd 2.4.2 (Debian 12) crashes on a streamed
        # document whose name holds one.
        connection.startDocument(chosen.name, job_id, "camino-pathway.pdf", "application/pdf", 1)
        status = connection.writeRequestData(pdf, len(pdf))
        if status not in (HTTP_CONTINUE, cups.HTTP_OK):
            connection.cancelJob(job_id)
            raise RuntimeError(f"the printout was not sent (HTTP status {status})")
        connection.finishDocument(chosen.name)
        return job_id

    try:
        job_id = _cups(send, max(timeout, 10.0), f"Printer {chosen.name} refused the printout")
    except PrintError as exc:
        if str(exc).startswith(f"Printer {chosen.name} refused the printout: "):
            reason = str(exc).removeprefix(f"Printer {chosen.name} refused the printout: ").rstrip(".")
            raise PrintError(f"Printer {chosen.name} refused the printout ({reason}).") from None
        raise
    return PrintJob(int(job_id), chosen.name)


def print_pdf(pdf: bytes, printer: str = "", *, copies: int = 1, paper: str | None = None,
              deadline_s: float = 60.0) -> PrintJob:
    """Submit ``pdf`` and wait until it has printed; :class:`PrintError` on any failure."""
    job = submit(pdf, printer, copies=copies, paper=paper)
    job.wait(deadline_s)
    return job


def print_test_page(printer: str, deadline_s: float = 60.0) -> PrintJob:
    """A test page for staff: a one-page PDF in every script Camino prints, then wait for it."""
    from kiosk.printout.testpage import test_page_pdf

    return print_pdf(test_page_pdf(printer), printer, deadline_s=deadline_s)
