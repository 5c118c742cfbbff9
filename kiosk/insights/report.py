"""The insight report for city staff: the counters of a date range as CSV and PDF.

Every count from 1 to 4 is shown as "<5". Where a table's cells add up to a total the report
also publishes (the days of the period and the languages both add up to the sessions started),
one "<5" cell could be worked out by subtraction; so further cells are hidden ("hidden": 5 or
more, not shown) until no "<5" cell can be computed exactly from the published numbers, assuming
the reader knows the total. docs/insights.md explains the rule.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import kiosk.insights.counters as c
from db.atomic import write_atomically
from kiosk.languages import CODES, language
from kiosk.questionnaire import Question

SMALL = 5
BELOW = "<5"
HIDDEN = "hidden"
FACE_NAMES = {"yes": "Yes, I found it", "partly": "Partly", "no": "No"}
CSV_COLUMNS = ("table", "key", "name", "count")


def english_name(code: str) -> str:
    """A kiosk language's English name (the registry's), the code itself for any other."""
    return language(code).english if code in CODES else code


@dataclass(frozen=True)
class Cell:
    key: str
    name: str
    count: int
    shown: str


@dataclass
class Section:
    id: str
    title: str
    cells: list[Cell]
    total: Cell | None = None


@dataclass
class Report:
    first: date
    last: date
    kiosks: list[str]
    days: list[date]  # days with data, in order
    sections: dict[str, Section] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.days

    def filename(self, suffix: str) -> str:
        return f"camino-insights_{self.first.isoformat()}_{self.last.isoformat()}.{suffix}"


# -- small-count protection ------------------------------------------------------------------------

def primary(count: int) -> str:
    """A count as published: "<5" for 1–4, the number otherwise."""
    return BELOW if 0 < count < SMALL else str(count)


def _exact_backout(hidden: dict[str, int], counts: dict[str, int]) -> bool:
    """Whether some "<5" cell among ``hidden`` is pinned to one value by their known sum."""
    remainder = sum(counts[k] for k in hidden)
    for key in hidden:
        if hidden[key] != 1:  # only "<5" cells need protecting; "hidden" ones are 5 or more anyway
            continue
        low_others = sum(1 if kind == 1 else SMALL for k, kind in hidden.items() if k != key)
        others_unbounded = any(kind != 1 for k, kind in hidden.items() if k != key)
        high_others = 0 if others_unbounded else sum(SMALL - 1 for k in hidden if k != key)
        most = min(SMALL - 1, remainder - low_others)
        least = 1 if others_unbounded else max(1, remainder - high_others)
        if most <= least:
            return True
    return False


def protect_closed(counts: dict[str, int], total_known: bool) -> dict[str, str] | None:
    """Shown values of a table whose cells add up to a published total; None if no hiding protects it.

    Cells of 1–4 show "<5"; then the smallest other cells are hidden until no "<5" cell can be
    worked out exactly from the total.
    """
    shown = {k: primary(v) for k, v in counts.items()}
    if not total_known:
        return shown
    hidden = {k: 1 for k, v in counts.items() if 0 < v < SMALL}  # 1: "<5", 2: hidden complement
    if not hidden:
        return shown
    visible = sorted((v, k) for k, v in counts.items() if v >= SMALL)
    while _exact_backout(hidden, counts):
        if not visible:
            return None
        _, key = visible.pop(0)
        hidden[key] = 2
        shown[key] = HIDDEN
    return shown


def _protect_linked(groups: list[dict[str, int]], total: int) -> tuple[list[dict[str, str]], str]:
    """Tables that all add up to ``total``: protect each; if one cannot be, hide them all and the total."""
    total_known = total >= SMALL
    shown = [protect_closed(g, total_known) for g in groups]
    if all(s is not None for s in shown):
        return shown, primary(total)  # type: ignore[return-value]
    everything = [{k: (BELOW if 0 < v < SMALL else HIDDEN if v else "0") for k, v in g.items()} for g in groups]
    return everything, HIDDEN


# -- building the report ---------------------------------------------------------------------------

def option_names(questions: Sequence[Question]) -> dict[str, str]:
    """Option id → English text, from ``Directory.questions("en")``."""
    return {o.id: o.text.text for q in questions for o in q.options}


def build(counts: Iterable[c.Count], first: date, last: date, names: dict[str, str]) -> Report:
    """The report of ``counts`` (all kiosks summed) from ``first`` to ``last``."""
    per_day: dict[str, dict[date, int]] = {c.SESSIONS_STARTED: defaultdict(int), c.SESSIONS_FINISHED: defaultdict(int)}
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    kiosks, days = set(), set()
    for row in counts:
        kiosks.add(row.kiosk)
        days.add(row.day)
        if row.dimension in per_day:
            per_day[row.dimension][row.day] += row.count
        totals[row.dimension][row.value] += row.count
    report = Report(first, last, sorted(kiosks), sorted(days))
    if report.empty:
        return report

    day_keys = [d.isoformat() for d in report.days]
    started = {d.isoformat(): per_day[c.SESSIONS_STARTED].get(d, 0) for d in report.days}
    finished = {d.isoformat(): per_day[c.SESSIONS_FINISHED].get(d, 0) for d in report.days}
    languages = dict(totals[c.LANGUAGE])
    total_started = sum(started.values())
    (started_shown, languages_shown), started_total = _protect_linked([started, languages], total_started)
    (finished_shown,), finished_total = _protect_linked([finished], sum(finished.values()))

    def section(sid: str, title: str, values: dict[str, int], shown: dict[str, str], name_of,
                total: tuple[int, str] | None = None, order: Sequence[str] | None = None) -> None:
        shown = {k: shown.get(k, primary(v)) for k, v in values.items()}
        keys = list(order) if order is not None else sorted(values, key=lambda k: _rank(shown[k], name_of(k)))
        cells = [Cell(k, name_of(k), values.get(k, 0), shown.get(k, "0")) for k in keys]
        report.sections[sid] = Section(sid, title, cells,
                                       Cell("total", "Total", total[0], total[1]) if total else None)

    section(c.SESSIONS_STARTED, "Sessions started per day", started, started_shown, str,
            (total_started, started_total), day_keys)
    section(c.SESSIONS_FINISHED, "Sessions that reached a pathway, per day", finished, finished_shown, str,
            (sum(finished.values()), finished_total), day_keys)
    section(c.LANGUAGE, "Languages (one per session: the language it ended in)", languages, languages_shown,
            english_name)

    def by_name(k: str) -> str:
        return names.get(k, k)

    for sid, title in ((c.NEED, "Needs chosen"), (c.UNMATCHED, "Needs no service matched"),
                       (c.STAGE, "Business stage"), (c.KIND, "Kind of business"),
                       (c.MISSING, 'What was missing (after "No")')):
        values = dict(totals[sid])
        section(sid, title, values, {k: primary(v) for k, v in values.items()}, by_name)
    faces = {f: totals[c.FEEDBACK].get(f, 0) for f in c.FACES}
    section(c.FEEDBACK, "Did you find what you need?", faces, {k: primary(v) for k, v in faces.items()},
            lambda k: FACE_NAMES[k], order=c.FACES)
    actions = {c.PATHWAY_PRINTED: totals[c.PATHWAY_PRINTED].get("", 0), c.QR_SHOWN: totals[c.QR_SHOWN].get("", 0)}
    section("take_home", "Sessions that took their pathway home", actions,
            {k: primary(v) for k, v in actions.items()},
            {c.PATHWAY_PRINTED: "Printed", c.QR_SHOWN: "QR code shown"}.get, order=list(actions))
    return report


def _rank(shown: str, name: str) -> tuple:
    """Sort order from what is published only: ordering by the true count would tell how a "<5" or a
    hidden cell compares with its neighbours."""
    if shown == HIDDEN:
        return (1, 0, name)
    if shown == BELOW:
        return (2, 0, name)
    if shown == "0":
        return (3, 0, name)
    return (0, -int(shown), name)


# -- CSV -------------------------------------------------------------------------------------------

# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def data_cell(value: object) -> str:
    """``value`` as CSV data, never a formula: text starting like one gets a leading apostrophe."""
    text = str(value)
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def csv_text(report: Report) -> str:
    """The report as CSV: one row per published number (table, key, name, count)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    if report.empty:
        writer.writerow(["no_data", "", f"No data was recorded from {report.first} to {report.last}", ""])
        return out.getvalue()
    for section in report.sections.values():
        for cell in section.cells:
            writer.writerow([data_cell(v) for v in (section.id, cell.key, cell.name, cell.shown)])
        if section.total:
            writer.writerow([section.id, "total", "Total", section.total.shown])
    return out.getvalue()


def write_report(report: Report, out_dir: Path) -> tuple[Path, Path]:
    """Write the CSV and the PDF into ``out_dir``; returns their paths."""
    from kiosk.insights.report_pdf import pdf_bytes

    out_dir.mkdir(parents=True, exist_ok=True)
    csv_path, pdf_path = out_dir / report.filename("csv"), out_dir / report.filename("pdf")
    pdf = pdf_bytes(report)  # built before anything is written: a failure leaves no half report
    write_atomically(csv_path, csv_text(report).encode("utf-8"))
    write_atomically(pdf_path, pdf)
    return csv_path, pdf_path
