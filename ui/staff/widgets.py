"""Building blocks of the staff panel: titled cards and plain buttons in the staff look."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from ui.widgets.text import label


def card(title: str) -> tuple[QFrame, QVBoxLayout, QWidget]:
    """A titled card: (frame, its layout, the title label)."""
    frame = QFrame()
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(10)
    heading = label(title, "card-title")
    layout.addWidget(heading)
    return frame, layout, heading


def button(text: str, role: str = "quiet") -> QPushButton:
    button = QPushButton(text)
    button.setProperty("role", role)
    return button
