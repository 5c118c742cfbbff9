"""Labels for directory text: always plain text (never HTML), word-wrapped, never elided."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

LRI, PDI = "\u2066", "\u2069"


def ltr(text: str) -> str:
    """Keep a phone number, ZIP or URL left-to-right inside right-to-left text (Unicode isolate)."""
    return f"{LRI}{text}{PDI}"


class PlainLabel(QLabel):
    """A label that lines up with the screen's reading direction, whatever its text's own direction.

    Qt aligns a label by the direction of its text, so an English fallback on an Arabic screen would
    sit on the far left while everything around it starts on the right. Centred labels stay centred.
    A label takes the direction it is created in; after a change of direction, :func:`align_labels`
    lines up a whole screen at once (a Python handler on every label's every change event made a
    language tap slow).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._centred = False
        self._vertical = Qt.AlignVCenter
        self._rtl: bool | None = None  # the direction last lined up for
        self._align()

    def setAlignment(self, alignment) -> None:
        super().setAlignment(alignment)
        self._centred = bool(alignment & Qt.AlignHCenter)
        self._vertical = alignment & Qt.AlignVertical_Mask or Qt.AlignVCenter
        self._rtl = None
        self._align()

    def _align(self) -> None:
        # Called for every label of a screen after a change of direction: a label already lined up
        # for its direction costs one comparison.
        rtl = self.layoutDirection() == Qt.RightToLeft
        if self._centred or rtl == self._rtl:
            return
        self._rtl = rtl
        QLabel.setAlignment(self, (Qt.AlignRight if rtl else Qt.AlignLeft) | Qt.AlignAbsolute | self._vertical)


def label(text: str = "", role: str | None = None, parent: QWidget | None = None, wrap: bool = True) -> QLabel:
    """A plain-text label: directory text may contain '<' and must show it literally."""
    widget = PlainLabel(parent)
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


def align_labels(root: QWidget) -> None:
    """Line up every plain label under ``root`` with its current reading direction."""
    for widget in root.findChildren(PlainLabel):
        widget._align()
