"""Labels for directory text: always plain text (never HTML), word-wrapped, never elided."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
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


class MeasuredLabel(PlainLabel):
    """A plain label whose sizes for a text, once measured, are remembered for every label like it.

    A word-wrapped label measures its text anew (a full text layout) each time a layout asks it, and
    the layouts of a screen ask each label several times after its text changes: at a language tap,
    that measuring was a good part of the tap. A question's and its options' texts come back in
    each language, so they are measured once per language, text, font and width.
    Only for the directory's texts and the kiosk's own: nothing a visitor typed is remembered.
    """

    _sizes: dict[tuple, QSize | int] = {}
    LIMIT = 20_000  # entries (a few megabytes at most): forgotten all at once past this

    def _remembered(self, kind: int, width: int, measure):
        key = (kind, width, self.text(), self.font().key(), self.property("role"))
        sizes = MeasuredLabel._sizes
        value = sizes.get(key)
        if value is None:
            if len(sizes) >= self.LIMIT:
                sizes.clear()
            value = sizes[key] = measure()
        return value

    def heightForWidth(self, width: int) -> int:
        return self._remembered(0, width, lambda: QLabel.heightForWidth(self, width))

    def sizeHint(self) -> QSize:
        return self._remembered(1, -1, lambda: QLabel.sizeHint(self))

    def minimumSizeHint(self) -> QSize:
        return self._remembered(2, -1, lambda: QLabel.minimumSizeHint(self))


def label(text: str = "", role: str | None = None, parent: QWidget | None = None, wrap: bool = True,
          measured: bool = False) -> QLabel:
    """A plain-text label: directory text may contain '<' and must show it literally.

    ``measured``: a :class:`MeasuredLabel`, for the directory's and the kiosk's own texts only.
    """
    widget = (MeasuredLabel if measured else PlainLabel)(parent)
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
