"""A service on the pathway: name, what it does, how to reach it, and how sure we are of it.

Every directory field is shown as plain text. A field the directory has only in English gets a
small "in English" marker in the visitor's language, so the fallback is never silent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.questionnaire import Localized
from ui.widgets.text import label, ltr

if TYPE_CHECKING:  # numpy-backed modules stay out of the kiosk's start-up
    from kiosk.cards import ServiceCard


class ServiceCardWidget(QFrame):
    def __init__(self, card: ServiceCard, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.language = language
        self.setProperty("role", "card")
        self.setFocusPolicy(Qt.TabFocus)  # keyboard users can move card to card; screen readers read it
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(8)
        self.name = self._localized(outer, card.name, "card-title")
        if card.organization and card.organization != card.name.text:
            outer.addWidget(label(card.organization, "help"))
        badges = self._badges()
        if badges:
            outer.addWidget(label("  ·  ".join(badges), "help"))
        if card.description:
            self._localized(outer, card.description)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)
        rows: list[tuple[str, str | Localized | None]] = [
            (self.tr("Phone"), ltr(card.phone) if card.phone else None),
            (self.tr("Address"), card.address),
            (self.tr("Hours"), card.hours),
            (self.tr("Languages spoken"), ", ".join(card.languages) if card.languages else None),
            (self.tr("Cost"), card.cost),
            (self.tr("Accepts ITIN"), self.tr("Yes") if card.accepts_itin else None),
            (self.tr("Website"), ltr(card.url) if card.url else None),
        ]
        if card.documents:
            docs = Localized("\n".join(f"• {d.text}" for d in card.documents),
                             any(d.in_english for d in card.documents))
            rows.append((self.tr("Documents to bring"), docs))
        rows.append((self.tr("Last verified"), self._verified()))
        for caption, value in rows:
            if value is None:
                continue
            row = grid.rowCount()
            cap = label(caption, "small")
            cap.setAlignment(Qt.AlignTop | Qt.AlignLeading)
            grid.addWidget(cap, row, 0, Qt.AlignTop)
            box = QVBoxLayout()
            box.setSpacing(0)
            self._localized(box, value if isinstance(value, Localized) else Localized(value))
            grid.addLayout(box, row, 1)
        self.setAccessibleName(card.name.text)

    def _localized(self, layout, value: Localized, role: str | None = None) -> QLabel:
        widget = label(value.text, role)
        if value.in_english:
            line = QHBoxLayout()
            line.setSpacing(8)
            # The marker leads, so it sits right beside the text it qualifies in both reading directions.
            marker = label(self.tr("in English"), "marker", wrap=False)
            line.addWidget(marker, 0, Qt.AlignTop)
            line.addWidget(widget, 1)
            layout.addLayout(line)
        else:
            layout.addWidget(widget)
        return widget

    def _badges(self) -> list[str]:
        names = {"language": self.tr("Speaks your language"), "itin": self.tr("Accepts ITIN"),
                 "free": self.tr("Free"), "near": self.tr("Near you")}
        return [names[f] for f in self.card.fit if f in names]

    def _verified(self) -> str:
        if self.card.last_verified is None:
            return self.tr("not yet verified")
        d = self.card.last_verified
        return QLocale(self.language).toString(QDate(d.year, d.month, d.day), QLocale.LongFormat)
