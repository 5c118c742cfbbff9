"""Reusable layout checks for the kiosk screens: touch targets, clipped text, content that leaves the screen.

Use them on any screen, language, pseudo mode and size::

    from ui_checks import layout_problems
    assert not layout_problems(window), layout_problems(window)

Each function returns a list of readable problems (empty: all good).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QPushButton, QScrollArea, QWidget

MIN_TOUCH = 60


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") else ""
    return f"{type(widget).__name__}({text[:40]!r})"


def touch_problems(root: QWidget, minimum: int = MIN_TOUCH) -> list[str]:
    """Every visible button at least ``minimum`` px high and wide."""
    return [f"{_name(b)} is {b.width()}×{b.height()} px (< {minimum})"
            for b in root.findChildren(QAbstractButton)
            if _shown(b, root) and (b.width() < minimum or b.height() < minimum)]


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    rect = label.contentsRect()
    margin = label.margin() * 2 + (label.indent() if label.indent() > 0 else 0)
    width = rect.width() - margin
    fm = label.fontMetrics()
    if label.wordWrap():
        needed = fm.boundingRect(QRect(0, 0, max(width, 1), 100_000), int(Qt.TextWordWrap), text)
    else:
        needed = fm.boundingRect(QRect(0, 0, 100_000, 100_000), 0, text)
    # A wrapped line's bounding box may include a few pixels of glyph overhang (large Arabic bold):
    # wrapped text gets that slack; a single line must fit to the pixel.
    slack = 4 if label.wordWrap() else 1
    if needed.width() > width + slack or needed.height() > rect.height() - label.margin() * 2 + 1:
        return (f"{_name(label)} needs {needed.width()}×{needed.height()} px "
                f"but has {width}×{rect.height()}")
    return None


def clipping_problems(root: QWidget) -> list[str]:
    """No label or push button shows less than its whole text (no cut-off, no elision)."""
    problems = []
    for label in root.findChildren(QLabel):
        if _shown(label, root):
            problem = _label_problem(label)
            if problem:
                problems.append(problem)
    for button in root.findChildren(QPushButton):
        if _shown(button, root) and button.text():
            hint = button.sizeHint()
            if hint.width() > button.width() + 1 or hint.height() > button.height() + 1:
                problems.append(f"{_name(button)} needs {hint.width()}×{hint.height()} px "
                                f"but has {button.width()}×{button.height()}")
    return problems


def overflow_problems(root: QWidget) -> list[str]:
    """Nothing sticks out of its parent (except inside scroll areas, where it scrolls vertically)."""
    problems = []
    for area in root.findChildren(QScrollArea):
        if _shown(area, root) and area.widget() is not None and area.widget().width() > area.viewport().width() + 1:
            problems.append(f"scroll area content is {area.widget().width()} px wide in a "
                            f"{area.viewport().width()} px viewport (no horizontal scrolling on a kiosk)")
    for widget in root.findChildren(QWidget):
        parent = widget.parentWidget()
        if not _shown(widget, root) or parent is None or widget.isWindow():
            continue
        if isinstance(parent.parentWidget(), QAbstractScrollArea):  # a scroll area's viewport
            continue
        g = widget.geometry()
        if g.right() > parent.width() + 1 or g.bottom() > parent.height() + 1 or g.left() < -1 or g.top() < -1:
            problems.append(f"{_name(widget)} at {g.x()},{g.y()} {g.width()}×{g.height()} leaves its parent "
                            f"{type(parent).__name__} {parent.width()}×{parent.height()}")
    return problems


def layout_problems(root: QWidget, minimum: int = MIN_TOUCH) -> list[str]:
    """All of the above."""
    return touch_problems(root, minimum) + clipping_problems(root) + overflow_problems(root)
