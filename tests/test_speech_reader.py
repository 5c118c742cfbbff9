"""The screen reader's one walk: reading order, what is hidden is not read, the "in English" marker."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.speech.reader import shown


def _label(text: str, role: str | None = None) -> QLabel:
    widget = QLabel(text)
    if role:
        widget.setProperty("role", role)
    return widget


def test_a_label_beside_a_visible_marker_is_english_and_nothing_hidden_is_read(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    column = QVBoxLayout(page)
    column.addWidget(_label("Hatua 1", "title"))
    head = QHBoxLayout()  # a step's title only in English, with its marker
    head.addWidget(_label("Business Loan Program"))
    head.addWidget(_label("in English", "marker"))
    column.addLayout(head)
    column.addWidget(_label("Piga simu kwanza"))  # beside no marker: the screen's language
    quiet = QHBoxLayout()  # a marker that is hidden marks nothing
    quiet.addWidget(_label("Ofisi ya Jiji"))
    hidden_marker = _label("in English", "marker")
    quiet.addWidget(hidden_marker)
    column.addLayout(quiet)
    held_back = _label("Card below the fold")
    column.addWidget(held_back)
    column.addWidget(QPushButton("Endelea"))
    page.show()
    hidden_marker.hide()
    held_back.hide()
    items = [(item.text, item.kind, item.language) for item, _ in shown(page)]
    assert items == [("Hatua 1", "title", None), ("Business Loan Program", "text", "en"),
                     ("Piga simu kwanza", "text", None), ("Ofisi ya Jiji", "text", None),
                     ("Endelea", "action", None)]
