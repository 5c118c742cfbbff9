"""Import Open Referral HSDS directories (3.0 CSV datapackage, 3.0 JSON, 1.1 / 2.0 CSV) into a
complete Camino directory database: the services from the source, the questionnaire layer
(questions, steps, rules) from a Camino questionnaire file.

Nothing is half-written: the database is built beside ``out`` and moved into place only when
complete, and only when the source has no invalid row (or ``skip_invalid`` was asked for).
See ``docs/importing.md``.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from db.atomic import remove_stale
from db.directory import write_directory
from db.errors import BadInput, CaminoError
from db.hsds.api import ApiLimits, is_url, read_api
from db.hsds.citytemplate import CityParams, choose_fallback, make_city
from db.hsds.csv_tables import is_csv_folder, read_csv_folder
from db.hsds.decisions import Decisions
from db.hsds.json_docs import read_json_source
from db.hsds.mapping import add_records
from db.hsds.records import TABLES, Source
from db.hsds.report import Problem, Report
from db.hsds.staging import (
    SCHEMA,
    NotClean,
    Staged,
    camino_coded,
    fill_staged,
    mapping_records,
    stage_csv_folder,
)
from db.hsds.staging import service_taxonomy as staged_taxonomy
from db.hsds.staging_check import check_staged
from db.hsds.stepmap import StepMapper, map_services
from db.hsds.validate import validate
from db.identity import term_id
from db.rows import DirectoryRows
from db.seed import add_questionnaire, read_json

__all__ = ["ApiLimits", "CityParams", "ImportRejected", "Problem", "Report", "StepLinks", "import_hsds", "read_source"]

SEED = Path(__file__).resolve().parent.parent / "seed"
# The crosswalk and rules every import starts from; a city adds its own with --crosswalk / --rules.
DEFAULT_CROSSWALK = SEED / "crosswalk.json"
DEFAULT_RULES = SEED / "step_rules.json"


class ImportRejected(BadInput):
    """The source has invalid rows and ``skip_invalid`` was not asked for: nothing was written."""

    def __init__(self, report: Report) -> None:
        self.report = report
        super().__init__(f"{len(report.errors)} invalid row(s) in the source; nothing was written "
                         f"(fix them, or use --skip-invalid to import the valid rows)")


def publisher_links(accepted: dict, codes: set[str]) -> dict[str, set[str]]:
    """Service id → the Camino term codes the publisher itself tagged it with."""
    camino = {rec.id: str(rec.get("code")) for rec in accepted["taxonomy_term"] if str(rec.get("code")) in codes}
    found: dict[str, set[str]] = {}
    for rec in accepted["attribute"]:
        code = camino.get(str(rec.get("taxonomy_term_id")))
        if code is not None and (rec.get("link_entity") or "service") == "service":
            found.setdefault(str(rec.get("link_id")), set()).add(code)
    return found


def read_source(src: Path, report: Report) -> Source:
    """Detect the format of ``src`` and read it; raises :class:`BadInput` for what is not HSDS at all."""
    src = Path(src)
    if not src.exists():
        raise BadInput(f"source not found: {src}")
    if src.is_dir():
        entries = [p for p in src.iterdir() if not p.name.startswith(".")]
        if not entries:
            raise BadInput(f"source folder is empty: {src}")
        if is_csv_folder(src):
            return read_csv_folder(src, report)
        if any(p.suffix.lower() == ".json" for p in entries if p.name != "datapackage.json"):
            return read_json_source(src, report)
        raise BadInput(f"{src}: unknown format (no HSDS .csv or .json files in the folder)")
    if src.suffix.lower() == ".json":
        return read_json_source(src, report)
    if src.suffix.lower() == ".csv":
        raise BadInput(f"{src}: give the folder that holds the CSV files, not one file")
    raise BadInput(f"{src}: unknown format (expected a folder of HSDS CSV files or a .json file)")


class StepLinks:
    """How services are linked to Camino's terms on import: the crosswalk and rule files (more
    than the defaults when a city adds its own), staff decisions, and whether to suggest at all."""

    def __init__(self, suggest: bool = True, crosswalks: list[Path] | None = None, rules: list[Path] | None = None,
                 decisions: Path | None = None) -> None:
        self.suggest = suggest
        self.crosswalks = [DEFAULT_CROSSWALK, *(crosswalks or [])]
        self.rules = [DEFAULT_RULES, *(rules or [])]
        self.decisions = decisions


def import_hsds(src: Path | str, out: Path, questionnaire: Path, skip_invalid: bool = False,
                links: StepLinks | None = None, api: ApiLimits | None = None,
                city: CityParams | None = None) -> Report:
    """Import ``src`` into a new directory database at ``out``; return what was done.

    Services are linked to the questionnaire's terms as ``links`` says (default: crosswalk and
    rules on, no staff decisions). Raises :class:`ImportRejected` (carrying the report) when rows
    are invalid and ``skip_invalid`` is false, :class:`BadInput` for an unusable source or
    questionnaire, crosswalk, rules or decisions file.
    """
    with _no_cycle_collection():
        return _import(src, out, questionnaire, skip_invalid, links, api, city)


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while the import runs.

    An import allocates half a million records that all live until the write: every few
    thousand allocations the collector would walk all of them again (a third of a
    50,000-service import's time, for no garbage: records hold no cycles and are freed by
    reference counting when the import returns).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _questionnaire_layer(rows: DirectoryRows, questionnaire: Path, city: CityParams,
                         links: StepLinks) -> tuple[dict, set[str], StepMapper | None, Decisions]:
    """The questionnaire's rows added to ``rows``; its meta, term codes, step mapper and staff decisions."""
    try:
        layer = make_city(read_json(Path(questionnaire)), city, str(questionnaire))
        meta = add_questionnaire(rows, layer)
        codes = {str(t["code"]) for t in layer.get("taxonomy_terms", [])}
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise BadInput(f"questionnaire {questionnaire}: {exc}") from None
    mapper = StepMapper.load(layer, links.crosswalks, links.rules) if links.suggest else None
    return meta, codes, mapper, Decisions.read(links.decisions, codes)


def _import(src: Path | str, out: Path, questionnaire: Path, skip_invalid: bool, links: StepLinks | None,
            api: ApiLimits | None, city: CityParams | None) -> Report:
    links = links or StepLinks()
    city = city or CityParams()
    out = Path(out)
    if out.is_dir():
        raise BadInput(f"--out must be a file path, not a folder: {out}")
    rows = DirectoryRows()
    report = Report()
    with report.timed("setup"):
        meta, codes, mapper, decisions = _questionnaire_layer(rows, questionnaire, city, links)
    with contextlib.ExitStack() as cleanup:
        staging = None if is_url(src) else cleanup.enter_context(_staging_file(out))
        staged = _staged(Path(src), staging, codes, report) if staging is not None else None
        # Handed over in a list the next step empties: the records must not outlive their use.
        checked = [_from_staged(staged, report) if staged is not None
                   else _checked_rows(src, rows, report, api, skip_invalid, codes, decisions)]
        return _link_and_write(checked, rows, report, src, out, questionnaire, meta, mapper, decisions, links, city)


@contextlib.contextmanager
def _staging_file(out: Path) -> Iterator[Path]:
    """A scratch database for the staging tables, beside ``out`` (removed when the import ends)."""
    folder = out.parent if out.parent.is_dir() else Path(tempfile.gettempdir())
    remove_stale(folder, f".{out.name}.*.staging")  # a killed import's
    path = folder / f".{out.name}.{os.getpid()}.staging"
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    try:
        yield path
    finally:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _staged(src: Path, staging: Path, codes: set[str], report: Report) -> Staged | None:
    """``src`` loaded and checked in SQL when it is a clean HSDS 3.0 CSV folder; None when the
    row-by-row path must read it (any other format, or a row it would report or change)."""
    if not (src.is_dir() and is_csv_folder(src)):
        return None
    try:
        with report.timed("read"):
            staged = stage_csv_folder(src, staging, Report())
        with report.timed("check"):
            check_staged(staged, {"taxonomy_term": {term_id(c) for c in codes}})
            if camino_coded(staged, codes):
                raise NotClean("terms with Camino's codes")
    except (NotClean, BadInput, sqlite3.Error, OSError):
        with contextlib.suppress(FileNotFoundError):
            staging.unlink()
        return None
    return staged


@dataclass
class _Checked:
    """What the checked source gives step mapping and the write, whichever path read it."""

    format: str
    accepted: dict  # table → records step mapping reads (all of them on the row-by-row path)
    imported: dict[str, int]
    publisher: dict[str, set[str]]
    linked: int
    taxonomy: dict | None = None  # services' taxonomy terms, when not made from ``accepted``
    staged: Staged | None = None


def _from_staged(staged: Staged, report: Report) -> _Checked:
    report.format = staged.format
    report.path = "staged"
    report.ignored_files = list(staged.ignored_files)
    with report.timed("rows"):
        accepted = mapping_records(staged)
        taxonomy = staged_taxonomy(staged)
    return _Checked(staged.format, accepted, {t: staged.counts.get(t, 0) for t in TABLES}, {}, 0, taxonomy, staged)


def _checked_rows(src: Path | str, rows: DirectoryRows, report: Report, api: ApiLimits | None, skip_invalid: bool,
                  codes: set[str], decisions: Decisions) -> _Checked:
    """The row-by-row path: every record read, checked and made into rows in Python."""
    with report.timed("read"):
        source = read_api(str(src), report, api) if is_url(src) else read_source(Path(src), report)
    report.format = source.format
    if not any(source.records.values()) and not report.errors:
        raise BadInput(f"{src}: no HSDS rows found ({source.format})")
    legacy = not source.format.startswith("hsds-3.0")
    with report.timed("check"):
        accepted = validate(source, report, legacy, {"taxonomy_term": {term_id(c) for c in codes}})
    if report.errors and not skip_invalid:
        raise ImportRejected(report)
    # With --skip-invalid the invalid rows are the skipped ones, listed before their dependants.
    report.skipped[:0] = report.errors
    report.errors = []
    if not accepted["service"]:
        raise BadInput(f"{src}: no valid service to import; nothing was written")

    with report.timed("rows"):
        publisher = publisher_links(accepted, codes)
        linked = add_records(rows, accepted, codes, {sid: decisions.rejected(sid) for sid in decisions.services})
    return _Checked(source.format, accepted, {table: len(records) for table, records in accepted.items()},
                    publisher, linked)


def _link_and_write(handed: list[_Checked], rows: DirectoryRows, report: Report, src: Path | str, out: Path,
                    questionnaire: Path, meta: dict, mapper: StepMapper | None, decisions: Decisions,
                    links: StepLinks, city: CityParams) -> Report:
    """Step mapping, the report's summary and the write, for a source checked by either path.

    A staged source's rows are copied into the directory by SQLite while step mapping runs in
    Python (``fill_staged``): the copy releases the GIL, so on a machine with two cores the two
    overlap. Both threads' CPU time is in the import's; ``phase_seconds["mapping"]`` is the
    mapping thread's own and ``"write"`` the rest of the write.
    """
    checked = handed.pop()
    staged = checked.staged

    def link() -> None:
        started = time.thread_time()
        _link(checked, rows, report, src, questionnaire, meta, mapper, decisions, links, city)
        report.phase_seconds["mapping"] = report.phase_seconds.get("mapping", 0.0) + time.thread_time() - started

    try:
        if staged is None:
            link()
            # The rows to write hold all that is needed now: the records read go before writing begins,
            # which is when memory peaks (a 50,000-service directory holds ~500,000 records).
            del checked
            with report.timed("write"):
                write_directory(out, rows.insert, meta)
        else:
            started, mapping_before = time.process_time(), report.phase_seconds.get("mapping", 0.0)
            write_directory(out, lambda session: fill_staged(session, rows, staged, link), meta,
                            {SCHEMA: staged.path})
            mapping = report.phase_seconds["mapping"] - mapping_before
            report.phase_seconds["write"] = (report.phase_seconds.get("write", 0.0)
                                             + time.process_time() - started - mapping)
    except SQLAlchemyError as exc:
        raise CaminoError(f"the directory could not be written ({exc.__class__.__name__}: "
                          f"{str(exc.orig) if hasattr(exc, 'orig') else exc}); nothing was written") from None
    return report


def _link(checked: _Checked, rows: DirectoryRows, report: Report, src: Path | str, questionnaire: Path, meta: dict,
          mapper: StepMapper | None, decisions: Decisions, links: StepLinks, city: CityParams) -> None:
    """Step mapping: the links added to ``rows``, the report's summary, ``meta``'s fallback and source."""
    accepted, publisher, linked = checked.accepted, checked.publisher, checked.linked
    mapping = map_services(rows, accepted, mapper, decisions, publisher, checked.taxonomy)
    report.imported = checked.imported
    report.linked_to_camino = linked + mapping.rows_added
    report.step_links = mapping.to_json()
    report.step_links["suggest"] = links.suggest
    for service_id in mapping.unmatched_decisions:
        report.warn(str(links.decisions), None, "services",
                    f"staff decision for service {service_id!r}, which is not in the imported data")
    if city.fallback or not meta.get("fallback_services"):
        linked = {sid: {link.term for link in found} for sid, found in mapping.by_service.items()}
        for sid, codes_of in publisher.items():
            linked.setdefault(sid, set()).update(codes_of)
        meta["fallback_services"] = ",".join(choose_fallback(city, linked, [r.id or "" for r in accepted["service"]]))
    report.fallback_services = [s for s in str(meta.get("fallback_services", "")).split(",") if s]
    imported = {r.id for r in accepted["service"]}
    for service_id in filter(None, str(meta.get("fallback_services", "")).split(",")):
        if service_id not in imported:
            report.warn(str(questionnaire), None, "fallback_services",
                        f"fallback service {service_id!r} is not in the imported data; the kiosk will not show it")
    meta["source"] = f"{checked.format}:{src if is_url(src) else Path(src).name}"
