"""Finds what a screen shows, in reading order, as :class:`kiosk.speech.script.Shown` items.

The reader walks layouts (their order is the reading order, in both directions) and knows only
Qt's kinds of widget: labels, buttons that can be chosen, buttons that act. It reads what is
visible, so whatever a screen shows is what it says, and a screen reworked tomorrow still speaks.
A label beside a visible "in English" marker is English. A widget may name its own language in the
``speech_language`` property (each language's name on the language screen is in that language).
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QLayout, QScrollArea, QWidget

from kiosk.speech.script import Shown

_BIDI_MARKS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


def clean(text: str, mnemonics: bool = False) -> str:
    """Text as a voice needs it: no direction marks (nor a push button's mnemonic ampersands)."""
    text = text.translate(_BIDI_MARKS)
    if mnemonics:
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip()


def _visible(widget: QWidget) -> bool:
    return not widget.isHidden() and widget.isVisibleTo(widget.window())


# A layout's entries are asked for once each: from Python, ``itemAt`` costs microseconds, and a
# pathway's cards hold thousands of them (the pathway is read as soon as it is painted).
def _children_in_order(layout: QLayout):
    for i in range(layout.count()):
        entry = layout.itemAt(i)
        widget = entry.widget()
        if widget is not None:
            yield widget
        else:
            inner = entry.layout()
            if inner is not None:
                yield from _children_in_order(inner)


def _is_marker(widget: QWidget | None) -> bool:
    return isinstance(widget, QLabel) and widget.property("role") == "marker" and _visible(widget)


def shown(root: QWidget) -> list[tuple[Shown, QWidget]]:
    """What ``root`` shows, in reading order, each with the widget to highlight while it is read.

    One walk through the layouts: a label that sits in one layout with a visible "in English"
    marker is English.
    """
    out: list[tuple[Shown, QWidget]] = []

    def walk(widget: QWidget, english: bool = False) -> None:
        if not _visible(widget):
            return
        if isinstance(widget, QScrollArea):
            if widget.widget() is not None:
                walk(widget.widget())
            return
        if isinstance(widget, QAbstractButton):
            item = button_item(widget)
            if item is not None:
                out.append((item, widget))
            return
        if isinstance(widget, QLabel):
            text = clean(widget.text())
            if text and widget.property("role") != "marker":
                kind = "title" if widget.property("role") in ("title", "greeting") else "text"
                language = widget.property("speech_language") or ("en" if english else None)
                out.append((Shown(text, kind, language), widget))
            return
        number = getattr(widget, "number", None)  # a pathway step's badge
        if isinstance(number, int) and widget.layout() is None:
            out.append((Shown(str(number), "step"), widget))
            return
        if widget.layout() is not None:
            walk_layout(widget.layout())

    def walk_layout(layout: QLayout) -> None:
        entries = [layout.itemAt(i) for i in range(layout.count())]
        widgets = [entry.widget() for entry in entries]
        english = any(_is_marker(w) for w in widgets)
        for entry, widget in zip(entries, widgets, strict=True):
            if widget is not None:
                walk(widget, english)
            else:
                inner = entry.layout()
                if inner is not None:
                    walk_layout(inner)

    def button_item(button: QAbstractButton) -> Shown | None:
        text = clean(button.text(), mnemonics=button.layout() is None)
        if button.layout() is not None:  # a card-like button: its labels say more than its text
            parts = [clean(w.text()) for w in _children_in_order(button.layout())
                     if isinstance(w, QLabel) and _visible(w) and clean(w.text())]
            if button.isCheckable():
                text = " ".join(parts) or text
            else:
                text = " ".join(p if p.endswith((".", "?", "!", ":", "؟", "。", "？")) else f"{p}." for p in parts
                                ) or text
        text = text or clean(button.accessibleName())
        if not text:
            return None
        language = button.property("speech_language")
        if button.isCheckable():
            return Shown(text, "option", language, chosen=button.isChecked())
        return Shown(text, "action", language)

    walk(root)
    return out


def button_reading(button: QAbstractButton) -> Shown | None:
    """What one button says when it is tapped or reached with the keys."""
    if not _visible(button):
        return None
    items = shown(button.parentWidget()) if button.parentWidget() is not None else []
    return next((item for item, widget in items if widget is button), None)
