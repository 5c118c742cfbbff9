"""QR codes on the printout: a service's website, and the whole pathway for a phone."""

from __future__ import annotations

from urllib.parse import urlencode

from reportlab.graphics.barcode.qr import QrCode

from kiosk.pathway import Pathway


def qr_drawing(data: str, size: float) -> QrCode:
    """A QR code flowable of ``data``, ``size`` points square (quiet zone included), error correction M.

    The flowable draws rectangles straight on the canvas: unlike a graphics Drawing it sets no
    font, so no unembedded Helvetica ends up in the PDF.
    """
    return QrCode(data, width=size, height=size, qrLevel="M")


def pathway_link(pathway: Pathway, base_url: str) -> str:
    """The address that opens this pathway on a phone: steps and services only, never the answers."""
    query = urlencode({
        "lang": pathway.language,
        "v": pathway.directory_version,
        "steps": ",".join(step.id for step in pathway.steps),
        "services": ",".join(card.id for step in pathway.steps for card in step.services),
    }, safe=",")
    return f"{base_url}{'&' if '?' in base_url else '?'}{query}"
