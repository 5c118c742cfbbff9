"""Labels for directory text: always plain text (never HTML), word-wrapped, never elided."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

LRI, PDI = "\u2066", "\u2069"


def ltr(text: str) -> str:
    """Keep a phone number, ZIP or URL left-to-right inside right-to-left text (Unicode isolate)."""
    return f"{LRI}{text}{PDI}"


def label(text: str = "", role: str | None = None, parent: QWidget | None = None, wrap: bool = True) -> QLabel:
    """A plain-text label: directory text may contain '<' and must show it literally."""
    widget = QLabel(parent)
    widget.setTextFormat(Qt.PlainText)
    widget.setWordWrap(wrap)
    if role:
        widget.setProperty("role", role)
    widget.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
    set_text(widget, text)
    return widget


def set_text(widget: QLabel, text: str) -> None:
    widget.setText(text)
    widget.setAccessibleName(text.replace(LRI, "").replace(PDI, ""))
