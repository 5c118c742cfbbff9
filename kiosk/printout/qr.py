"""QR codes on the printout: a service's website, and the whole pathway for a phone."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlencode

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCode

from kiosk.pathway import Pathway


def qr_drawing(data: str, size: float) -> QrCode:
    """A QR code flowable of ``data``, ``size`` points square (quiet zone included), error correction M.

    The flowable draws rectangles straight on the canvas: unlike a graphics Drawing it sets no
    font, so no unembedded Helvetica ends up in the PDF.
    """
    return _CachedQrCode(data, width=size, height=size, qrLevel="M")


@lru_cache(maxsize=512)
def _modules(data: str) -> tuple[tuple[bool, ...], ...]:
    """The QR matrix of ``data``: choosing the mask pattern is the slow part of a printout, and the
    same few websites (and the fallback services) come back on every printout."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(data)
    code.make()
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


class _CachedQrCode(QrCode):
    def draw(self) -> None:
        modules = _modules(self.value)
        count, border = len(modules), self.qrBorder
        step = self.width / (count + border * 2.0)
        path = self.canv.beginPath()  # one filled path: far fewer PDF operators than a rect per run
        for r, row in enumerate(modules):
            c = 0
            while c < count:
                if row[c]:
                    start = c
                    while c < count and row[c]:
                        c += 1
                    path.rect((start + border) * step, self.height - (r + border + 1) * step,
                              (c - start) * step, step * 1.05)
                else:
                    c += 1
        self.canv.drawPath(path, stroke=0, fill=1)


def pathway_link(pathway: Pathway, base_url: str) -> str:
    """The address that opens this pathway on a phone: steps and services only, never the answers."""
    query = urlencode({
        "lang": pathway.language,
        "v": pathway.directory_version,
        "steps": ",".join(step.id for step in pathway.steps),
        "services": ",".join(card.id for step in pathway.steps for card in step.services),
    }, safe=",")
    return f"{base_url}{'&' if '?' in base_url else '?'}{query}"
