"""The work behind the staff panel and the desk console's buttons, as plain callables for a worker thread.

Each ``*_job`` returns a function to run off the UI thread (it blocks on CUPS, reportlab or the
network) and whose result :func:`done_sentence` turns into one line for staff.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from kiosk.config import Config
from kiosk.languages import autonym


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("StaffWork", text, None, n)


@dataclass(frozen=True)
class Printed:
    """A finished print job: the printer's queue, the CUPS job name and how many copies."""

    printer: str
    job: str
    copies: int
    what: str  # "pathway" | "test page"


def unpack(candidate) -> tuple[object | None, object | None]:
    """(pathway, English twin or None) from the session's reprint candidate (a pair or a bare pathway)."""
    if candidate is None:
        return None, None
    if isinstance(candidate, tuple):
        return candidate[0], (candidate[1] if len(candidate) > 1 else None)
    return candidate, None


def language_name(code: str) -> str:

    return autonym(code)


def render(pathway, twin, engine, config: Config, paper: str | None = None) -> bytes:
    """The pathway's PDF (with the English twin when given, and the demo notice when the directory is a demo)."""
    from kiosk.printout import render_pathway

    directory = engine.directory
    notice = directory.notice(pathway.language) if directory.is_demo else None
    return render_pathway(pathway, config=config, bilingual_with=twin, notice=notice, paper=paper)


def pathway_job(pathway, twin, engine, config: Config, *, printer: str, copies: int,
                deadline_s: float = 60.0) -> Callable[[], Printed]:
    """Render and print ``pathway`` (bilingual when ``twin`` is given), waiting until CUPS says it printed."""
    paper = config.printing.paper

    def work() -> Printed:
        from kiosk import printing

        pdf = render(pathway, twin, engine, config, paper)
        job = printing.submit(pdf, printer, copies=copies, title="Camino pathway", paper=paper)
        job.wait(deadline_s)
        return Printed(job.printer, job.name, copies, "pathway")

    return work


def test_page_job(printer: str, deadline_s: float = 60.0) -> Callable[[], Printed]:
    def work() -> Printed:
        from kiosk import printing

        name = printer or printing.choose_printer("").name
        job = printing.print_test_page(name, deadline_s=deadline_s)
        return Printed(job.printer, job.name, 1, "test page")

    return work


def printers() -> list:
    """Every CUPS queue with its state (raises a sentence when CUPS does not answer)."""
    from kiosk import printing

    return printing.list_printers()


def sync_job(config: Config) -> Callable[[], object]:
    def work():
        from kiosk.sync.service import sync_once

        return sync_once(config)

    return work


def done_sentence(result) -> str:
    """One line for staff about a finished job."""
    if isinstance(result, Printed):
        if result.what == "test page":
            return _tr("Test page printed on %1.").replace("%1", result.printer)
        return _tr("Printed %n copies on %1.", result.copies).replace("%1", result.printer)
    message = getattr(result, "message", None)
    if message:
        return message[0].upper() + message[1:] + ("" if message.endswith(".") else ".")
    return _tr("Done.")


def state_sentence(printers: list, chosen: str) -> str:
    """The chosen printer's state in words; ``chosen`` "" means the system default."""
    if not printers:
        return _tr("No printers are set up on this computer.")
    printer = next((p for p in printers if p.name == chosen), None) if chosen else \
        next((p for p in printers if p.is_default), None)
    if printer is None:
        return _tr("There is no default printer: choose one.") if not chosen else \
            _tr("Printer %1 is not on this computer any more.").replace("%1", chosen)
    if printer.state == "stopped":
        text = _tr("%1 is stopped.")
    elif not printer.accepting:
        text = _tr("%1 is not accepting print jobs.")
    elif printer.state == "printing":
        text = _tr("%1 is printing.")
    else:
        text = _tr("%1 is ready.")
    text = text.replace("%1", printer.name)
    return f"{text} ({printer.message})" if printer.message else text


def directory_sentence(engine) -> str:
    directory = engine.directory
    published = directory.published.isoformat() if directory.published else "?"
    text = _tr("Directory version %1, published %2.").replace("%1", str(directory.version)).replace("%2", published)
    if directory.is_demo:
        text += " " + _tr("(Demo data: to be verified.)")
    return text


def sync_sentence() -> str:
    """The last sync attempt, from the kiosk's sync status file (no visitor data in it)."""
    try:
        from kiosk.sync import status
    except ImportError:
        return _tr("Sync is not part of this build.")
    recorded = status.load()
    if not recorded.last_attempt:
        return _tr("No sync has run on this kiosk yet.")
    text = _tr("Last sync: %1, %2.").replace("%1", recorded.last_attempt).replace("%2", recorded.last_result or "?")
    if recorded.last_error:
        text += " " + recorded.last_error
    return text
