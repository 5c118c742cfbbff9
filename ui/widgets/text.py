"""Labels for directory text: always plain text (never HTML), word-wrapped, never elided."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
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


_RESIZING = frozenset((QEvent.FontChange, QEvent.StyleChange))


class MeasuredLabel(PlainLabel):
    """A plain label whose sizes for a text, once measured, are remembered for every label like it.

    A word-wrapped label measures its text anew (a full text layout) each time a layout asks it, and
    the layouts of a screen ask each label several times after its text changes: at a language tap,
    that measuring was a good part of the tap. A question's and its options' texts come back in
    each language, so they are measured once per language, text, font and width.
    Only for the directory's texts and the kiosk's own: nothing a visitor typed is remembered.
    """

    _sizes: dict[tuple, dict[tuple[int, int], QSize | int]] = {}  # (text, font, role) -> (kind, width) -> size
    LIMIT = 5_000  # texts (a megabyte or two at most): forgotten all at once past this

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mine: dict[tuple[int, int], QSize | int] | None = None  # this text's sizes: layouts ask often

    def setText(self, text: str) -> None:
        self._mine = None
        super().setText(text)

    def changeEvent(self, event) -> None:
        if event.type() in _RESIZING:  # another font or style: other sizes
            self._mine = None
        super().changeEvent(event)

    def _find(self) -> dict[tuple[int, int], QSize | int]:
        sizes = MeasuredLabel._sizes
        key = (self.text(), self.font().key(), self.property("role"))
        mine = sizes.get(key)
        if mine is None:
            if len(sizes) >= self.LIMIT:
                sizes.clear()
            mine = sizes[key] = {}
        self._mine = mine
        return mine

    # Asked a hundred times and more at a language tap: kept short.
    def heightForWidth(self, width: int) -> int:
        mine = self._mine or self._find()
        value = mine.get((0, width))
        if value is None:
            value = mine[(0, width)] = QLabel.heightForWidth(self, width)
        return value

    def sizeHint(self) -> QSize:
        mine = self._mine or self._find()
        value = mine.get((1, -1))
        if value is None:
            value = mine[(1, -1)] = QLabel.sizeHint(self)
        return value

    def minimumSizeHint(self) -> QSize:
        mine = self._mine or self._find()
        value = mine.get((2, -1))
        if value is None:
            value = mine[(2, -1)] = QLabel.minimumSizeHint(self)
        return value


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
