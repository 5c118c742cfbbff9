"""QR codes on the printout: a service's website, and the whole pathway for a phone."""

from __future__ import annotations

from functools import lru_cache

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCode
from reportlab.pdfgen.pathobject import PDFPathObject

from kiosk.pathway import Pathway
from kiosk.phone_link import add_qr_data, phone_link
from kiosk.printout import cache_sizes


def qr_drawing(data: str, size: float) -> QrCode:
    """A QR code flowable of ``data``, ``size`` points square (quiet zone included), error correction M.

    The flowable draws rectangles straight on the canvas: unlike a graphics Drawing it sets no
    font, so no unembedded Helvetica ends up in the PDF.
    """
    return _CachedQrCode(data, width=size, height=size, qrLevel="M")


@lru_cache(maxsize=cache_sizes.QR_CODES)
def _modules(data: str) -> tuple[bytes, ...]:
    """The QR matrix of ``data``, a row of 0/1 bytes per line: choosing the mask pattern is the slow
    part of a printout, and the same few websites (and the fallback services) come back on every
    printout."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    add_qr_data(code, data)
    code.make()
    # Bytes, not tuples of bools: a cached code is 3 KB instead of 18 KB (a version-7 code's 45
    # rows of 45 pointers), and on a large directory the cache fills with its 256 different websites
    # and pathway links over the first thousand visitors: about 8 MB less for a kiosk to hold.
    return tuple(bytes(1 if m else 0 for m in row) for row in code.modules)


class _CachedQrCode(QrCode):
    def draw(self) -> None:
        count = len(_modules(self.value)) + self.qrBorder * 2
        canvas = self.canv
        canvas.saveState()
        # Drawn in module units: whole numbers make the path a third of its size in the page stream.
        canvas.transform(self.width / count, 0, 0, self.height / count, 0, 0)
        canvas.drawPath(PDFPathObject(code=[_path_code(self.value, self.qrBorder)]), stroke=0, fill=1)
        canvas.restoreState()


@lru_cache(maxsize=cache_sizes.QR_CODES)
def _path_code(data: str, border: int) -> str:
    """One filled path of the code's dark runs, a run repeated in the rows below it merged into
    one taller rectangle (far fewer PDF operators than a rect per module), formatted once: the
    same websites come back on every printout."""
    modules = _modules(data)
    count = len(modules)
    rects: list[tuple[int, int, int, int]] = []  # column, first row, width, rows
    open_runs: dict[tuple[int, int], int] = {}  # (column, width) → its index in rects, if in the row above
    for r, row in enumerate(modules):
        current: dict[tuple[int, int], int] = {}
        c = 0
        while c < count:
            if row[c]:
                start = c
                while c < count and row[c]:
                    c += 1
                key = (start, c - start)
                if key in open_runs:
                    index = open_runs[key]
                    column, first, width, rows = rects[index]
                    rects[index] = (column, first, width, rows + 1)
                else:
                    index = len(rects)
                    rects.append((start, r, c - start, 1))
                current[key] = index
            else:
                c += 1
        open_runs = current
    # 0.05 above each rectangle: no hairline between rows.
    return " ".join(f"{column + border} {count + border - first - rows} {width} {rows + 0.05:g} re"
                    for column, first, width, rows in rects)


def pathway_link(pathway: Pathway, base_url: str) -> str:
    """The short address that opens this pathway on a phone: steps and services in the ``#fragment``
    (never sent to a server), never the answers. See :mod:`kiosk.phone_link`."""
    if pathway.link_tables is None:
        raise ValueError("this pathway was not built by a pathway engine: it has no short indexes")
    return phone_link(pathway, base_url, pathway.link_tables)
