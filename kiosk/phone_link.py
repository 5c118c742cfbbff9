"""The short link a phone opens: ``online.pathway_url#ES.C.11.1AB.2C``.

Everything after ``#`` is the pathway, in a compact code; a browser never sends the fragment to a
server (RFC 3986 §3.5, nor in ``Referer``), so no server learns anything of the visitor. The code
carries the language, the directory version and, per step, the step's and its services' short
indexes: positions in that version's sorted id tables, which ``kiosk publish`` also writes into the
phone page's data (``kiosk/web/``). Nothing of the answers (ZIP, identity, stage) is in it.

The fragment uses only QR "alphanumeric" characters (0-9, A-Z, ``.``), so the QR code holds the
address in byte mode and the fragment at 5.5 bits a character: a 100-byte link fits version 6 at
error correction M (41×41 modules), easy for an old phone to read from a screen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk.config import LANGUAGES

DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MAX_LINK_BYTES = 160
MAX_QR_VERSION = 7
# Bits a QR code of each version holds at error correction M (data codewords × 8), versions 1–10.
_M_DATA_BITS = (128, 224, 352, 512, 688, 864, 992, 1232, 1456, 1728)
_ALNUM = re.compile(r"[0-9A-Z $%*+\-./:]*")


@dataclass(frozen=True)
class LinkTables:
    """A directory version's short indexes: a step's or service's position in these sorted ids."""

    version: int
    step_ids: tuple[str, ...]
    service_ids: tuple[str, ...]

    @property
    def step_width(self) -> int:
        return width(len(self.step_ids))

    @property
    def service_width(self) -> int:
        return width(len(self.service_ids))


def link_tables(directory) -> LinkTables:
    """The short-index tables of an opened :class:`kiosk.directory.Directory` (steps and active services).

    Sorted ids: the kiosk and ``kiosk publish`` derive the same tables from the same directory
    version without either storing anything.
    """
    return LinkTables(directory.version, tuple(sorted(directory.steps)), tuple(sorted(directory.index.ids)))


def width(count: int) -> int:
    """Base-36 digits needed to write every index below ``count`` (at least one)."""
    digits = 1
    while 36 ** digits < count:
        digits += 1
    return digits


def base36(number: int, digits: int = 1) -> str:
    text = ""
    while number:
        number, rest = divmod(number, 36)
        text = DIGITS[rest] + text
    return text.rjust(digits, "0")


def language_code(language: str) -> str:
    """``fa_AF`` → ``FA``: the first part, which is unique among Camino's languages."""
    return language.split("_")[0].upper()


def language_from_code(code: str) -> str | None:
    return next((lang for lang in LANGUAGES if language_code(lang) == code.upper()), None)


def pathway_code(pathway, tables: LinkTables, services_per_step: int | None = None) -> str:
    """The fragment (without ``#``) for ``pathway``: ``LANG.VERSION.WIDTHS`` then one group a step.

    A group is the step's index followed by its services' indexes, each a fixed number of base-36
    digits (``WIDTHS`` says how many: step digits then service digits).
    """
    step_index = {sid: i for i, sid in enumerate(tables.step_ids)}
    service_index = {sid: i for i, sid in enumerate(tables.service_ids)}
    ws, wv = tables.step_width, tables.service_width
    groups = []
    for step in pathway.steps:
        if step.id not in step_index:
            continue
        cards = step.services if services_per_step is None else step.services[:services_per_step]
        groups.append(base36(step_index[step.id], ws)
                      + "".join(base36(service_index[c.id], wv) for c in cards if c.id in service_index))
    head = [language_code(pathway.language), base36(pathway.directory_version), f"{ws}{wv}"]
    return ".".join(head + groups)


def phone_link(pathway, base_url: str, tables: LinkTables) -> str:
    """``base_url#code``: the address the finish screen's QR code and the printout carry.

    Keeps within :data:`MAX_LINK_BYTES` and a QR code of version :data:`MAX_QR_VERSION`: when a
    long pathway would not fit, each step keeps fewer services (the best ones come first), and the
    steps themselves always stay. Raises ``ValueError`` when even the steps alone do not fit
    (an ``online.pathway_url`` far too long).
    """
    base = base_url.split("#")[0]
    most = max((len(s.services) for s in pathway.steps), default=0)
    for keep in range(most, -1, -1):
        link = f"{base}#{pathway_code(pathway, tables, keep)}"
        if len(link.encode("utf-8")) <= MAX_LINK_BYTES and qr_version(link) <= MAX_QR_VERSION:
            return link
    raise ValueError(f"online.pathway_url is too long for a phone link: {base!r}")


@dataclass(frozen=True)
class PhoneCode:
    """A decoded fragment: language, directory version, and (step index, service indexes) pairs."""

    language: str
    version: int
    groups: tuple[tuple[int, tuple[int, ...]], ...]


def parse_code(code: str) -> PhoneCode:
    """Read a fragment written by :func:`pathway_code` (the phone page's JavaScript does the same)."""
    parts = code.lstrip("#").upper().split(".")
    if len(parts) < 3 or len(parts[2]) != 2 or not parts[2].isdigit():
        raise ValueError("not a Camino pathway code")
    language = language_from_code(parts[0])
    if language is None:
        raise ValueError(f"unknown language in pathway code: {parts[0]!r}")
    ws, wv = int(parts[2][0]), int(parts[2][1])
    groups = []
    for group in parts[3:]:
        if len(group) < ws or (len(group) - ws) % max(wv, 1):
            raise ValueError(f"malformed step in pathway code: {group!r}")
        services = tuple(int(group[i:i + wv], 36) for i in range(ws, len(group), wv))
        groups.append((int(group[:ws], 36), services))
    return PhoneCode(language, int(parts[1], 36), tuple(groups))


# --- QR segments ---------------------------------------------------------------------------------


def qr_segments(text: str) -> list[str]:
    """``text`` split where a cheaper QR mode may take over: the address up to ``#`` in byte mode,
    an alphanumeric fragment after it."""
    base, hash_, fragment = text.partition("#")
    if hash_ and fragment and _ALNUM.fullmatch(fragment):
        return [base + "#", fragment]
    return [text]


def _segment_bits(segment: str, version: int) -> int:
    if _ALNUM.fullmatch(segment):
        count_bits = 9 if version < 10 else 11
        return 4 + count_bits + 11 * (len(segment) // 2) + 6 * (len(segment) % 2)
    count_bits = 8 if version < 10 else 16
    return 4 + count_bits + 8 * len(segment.encode("utf-8"))


def qr_version(text: str) -> int:
    """The smallest QR version (error correction M) that holds ``text`` split by :func:`qr_segments`;
    11 for anything past version 10."""
    segments = qr_segments(text)
    for version, capacity in enumerate(_M_DATA_BITS, start=1):
        if sum(_segment_bits(s, version) for s in segments) <= capacity:
            return version
    return 11


def add_qr_data(code, text: str) -> None:
    """Add ``text`` to a reportlab ``QRCode`` as :func:`qr_segments` (byte mode for the address)."""
    from reportlab.graphics.barcode import qrencoder  # the caller already loaded reportlab

    for segment in qr_segments(text):
        code.addData(qrencoder.QRAlphaNum(segment) if _ALNUM.fullmatch(segment)
                     else qrencoder.QR8bitByte(segment))
