"""Printing through CUPS: the printers, their state, submitting a PDF and following the job.

Every function blocks for at most a few seconds (``timeout``) and raises :class:`PrintError` with a
sentence a visitor or staff member understands, so the kiosk can offer the QR code instead within
2 s. Call them off the UI thread. Submitting and listing use the ``lp``/``lpstat``/``cancel`` tools;
a job's outcome (printed, aborted, stopped) comes from IPP ``Get-Job-Attributes`` over HTTP, because
the command-line tools show an aborted job as "completed" too.
"""

from __future__ import annotations

import http.client
import itertools
import os
import re
import struct
import subprocess
import time
import urllib.parse
from dataclasses import dataclass
from typing import Any

from kiosk.errors import CaminoError

TIMEOUT_S = 2.0
# IPP printer-state and job-state values (RFC 8011).
PRINTER_STATES = {3: "idle", 4: "printing", 5: "stopped"}
JOB_STATES = {3: "pending", 4: "held", 5: "processing", 6: "stopped", 7: "canceled", 8: "aborted", 9: "completed"}
FINAL_JOB_STATES = ("canceled", "aborted", "completed")


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
        try:
            attrs = job_attributes(self.id, timeout=timeout)
        except IppError as exc:
            raise PrintError(f"Cannot check the print job: {exc}.") from None
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
        _run(["cancel", self.name], timeout)


def _run(command: list[str], timeout: float, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(command, input=stdin, capture_output=True, timeout=timeout, check=False,
                              env={**os.environ, "LC_ALL": "C", "LANG": "C"})
    except FileNotFoundError:
        raise PrintError(f"Printing is not installed on this computer ({command[0]} is missing).") from None
    except subprocess.TimeoutExpired:
        raise PrintError("The print service did not answer in time.") from None


def cups_running(timeout: float = TIMEOUT_S) -> bool:
    """Whether the CUPS scheduler answers."""
    result = _run(["lpstat", "-r"], timeout)
    return "is running" in result.stdout.decode(errors="replace") and "not running" not in \
        result.stdout.decode(errors="replace")


def _require_cups(timeout: float) -> None:
    if not cups_running(timeout):
        raise PrintError("The print service (CUPS) is not running on this computer.")


def default_printer(timeout: float = TIMEOUT_S) -> str | None:
    """The system's default queue, or None."""
    out = _run(["lpstat", "-d"], timeout).stdout.decode(errors="replace")
    match = re.search(r"system default destination: (\S+)", out)
    return match.group(1) if match else None


def list_printers(timeout: float = TIMEOUT_S) -> list[Printer]:
    """Every CUPS queue with its state; empty when there are none. Raises when CUPS is not running."""
    _require_cups(timeout)
    states = _run(["lpstat", "-p"], timeout).stdout.decode(errors="replace")
    accepting = _run(["lpstat", "-a"], timeout).stdout.decode(errors="replace")
    default = default_printer(timeout)
    accepting_names = {m.group(1) for m in re.finditer(r"^(\S+) accepting requests", accepting, re.M)}
    printers = []
    for match in re.finditer(r"^printer (\S+) (?:is (idle)|(now printing)|(disabled))[^\n]*\n?((?:\t[^\n]*\n?)*)",
                             states, re.M):
        name = match.group(1)
        state = "idle" if match.group(2) else "printing" if match.group(3) else "stopped"
        message = " ".join(line.strip() for line in match.group(5).splitlines()).strip()
        printers.append(Printer(name, state, name in accepting_names, name == default, message))
    return printers


def get_printer(name: str, timeout: float = TIMEOUT_S) -> Printer:
    """One queue's state, asked of CUPS; :class:`PrintError` when it does not exist."""
    _require_cups(timeout)
    try:
        attrs = printer_attributes(name, timeout=timeout)
    except IppError as exc:
        if "not-found" in str(exc) or "does not exist" in str(exc) or "0x0406" in str(exc):
            raise PrintError(f"There is no printer named {name!r} on this computer.") from None
        raise PrintError(f"Cannot check printer {name}: {exc}.") from None
    return Printer(name, PRINTER_STATES.get(attrs.get("printer-state"), "idle"),
                   bool(attrs.get("printer-is-accepting-jobs", False)), name == default_printer(timeout),
                   attrs.get("printer-state-message") or "")


def choose_printer(configured: str = "", timeout: float = TIMEOUT_S) -> Printer:
    """The printer to use (``configured`` or the system default), checked ready; else :class:`PrintError`."""
    _require_cups(timeout)
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
    # The PDF goes through stdin: a visitor's pathway is never written to a file on the kiosk.
    media = ["-o", f"media={paper}"] if paper in ("letter", "a4") else []  # the queue's default may differ
    result = _run(["lp", "-d", chosen.name, "-n", str(copies), "-t", title, *media, "--", "-"], timeout, stdin=pdf)
    output = (result.stdout + result.stderr).decode(errors="replace").strip()
    match = re.search(r"request id is (\S+)-(\d+)", output)
    if result.returncode != 0 or not match:
        reason = output.removeprefix("lp: ").splitlines()[0] if output else f"lp exited with {result.returncode}"
        raise PrintError(f"Printer {chosen.name} refused the printout ({reason}).")
    return PrintJob(int(match.group(2)), chosen.name)


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


# -- IPP over HTTP -------------------------------------------------------------------------------


GET_JOB_ATTRIBUTES = 0x0009
GET_PRINTER_ATTRIBUTES = 0x000B
_INTEGER_TAGS = (0x21, 0x23)  # integer, enum
_BOOLEAN_TAG = 0x22
_request_ids = itertools.count(1)


class IppError(Exception):
    """CUPS could not be reached or answered with an error status."""


def server() -> tuple[str, int]:
    """CUPS's HTTP address: ``$CUPS_SERVER`` when it is host[:port], else localhost:631."""
    value = os.environ.get("CUPS_SERVER", "")
    if value and not value.startswith("/"):
        host, _, port = value.partition(":")
        return host, int(port or 631)
    return "localhost", 631


def _attribute(tag: int, name: str, value: bytes) -> bytes:
    encoded = name.encode()
    return struct.pack(">BH", tag, len(encoded)) + encoded + struct.pack(">H", len(value)) + value


def request(operation: int, path: str, uri_name: str, uri: str, extra: bytes = b"",
            requested: tuple[str, ...] = (), timeout: float = 2.0) -> dict[str, Any]:
    """Send one IPP request; the first group of the answer's attributes (job or printer) as a dict."""
    body = struct.pack(">BBHI", 2, 0, operation, next(_request_ids)) + b"\x01"
    body += _attribute(0x47, "attributes-charset", b"utf-8")
    body += _attribute(0x48, "attributes-natural-language", b"en")
    body += _attribute(0x45, uri_name, uri.encode()) + extra
    for i, name in enumerate(requested):
        body += _attribute(0x44, "" if i else "requested-attributes", name.encode())
    body += b"\x03"
    host, port = server()
    connection = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        connection.request("POST", path, body, {"Content-Type": "application/ipp"})
        response = connection.getresponse()
        data = response.read()
    except OSError as exc:
        raise IppError(f"cannot reach the print service at {host}:{port} ({exc})") from None
    finally:
        connection.close()
    if response.status != 200 or len(data) < 8:
        raise IppError(f"the print service answered HTTP {response.status}")
    status = struct.unpack(">H", data[2:4])[0]
    attributes = _parse(data[8:])
    if status >= 0x0400:
        raise IppError(attributes.get("status-message") or f"IPP status 0x{status:04x}")
    return attributes


def _parse(data: bytes) -> dict[str, Any]:
    """Attributes of the response, later groups overriding none of the earlier (first value wins)."""
    result: dict[str, Any] = {}
    i, name = 0, ""
    while i < len(data):
        tag = data[i]
        i += 1
        if tag == 0x03:
            break
        if tag < 0x10:  # a group delimiter
            continue
        name_len = struct.unpack(">H", data[i:i + 2])[0]
        i += 2
        if name_len:
            name = data[i:i + name_len].decode("utf-8", "replace")
        i += name_len
        value_len = struct.unpack(">H", data[i:i + 2])[0]
        i += 2
        raw = data[i:i + value_len]
        i += value_len
        if tag in _INTEGER_TAGS and value_len == 4:
            value: Any = struct.unpack(">i", raw)[0]
        elif tag == _BOOLEAN_TAG:
            value = raw != b"\x00"
        else:
            value = raw.decode("utf-8", "replace")
        if name_len == 0 and name in result:  # another value of a multi-valued attribute
            existing = result[name]
            result[name] = [*existing, value] if isinstance(existing, list) else [existing, value]
        else:
            result.setdefault(name, value)
    return result


def printer_attributes(name: str, timeout: float = 2.0) -> dict[str, Any]:
    # Quoted: a name with a space or a slash is still one path segment, never an invalid URL.
    quoted = urllib.parse.quote(name, safe="")
    return request(GET_PRINTER_ATTRIBUTES, f"/printers/{quoted}", "printer-uri", f"ipp://localhost/printers/{quoted}",
                   requested=("printer-state", "printer-state-message", "printer-state-reasons",
                              "printer-is-accepting-jobs"), timeout=timeout)


def job_attributes(job_id: int, timeout: float = 2.0) -> dict[str, Any]:
    return request(GET_JOB_ATTRIBUTES, "/jobs", "job-uri", f"ipp://localhost/jobs/{job_id}",
                   requested=("job-state", "job-state-reasons", "job-state-message", "job-printer-state-message"),
                   timeout=timeout)
