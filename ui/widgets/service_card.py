"""A service on the pathway: name, how to reach it and how to apply, then what it does and the rest.

A card leads with what the visitor can act on: a number to call, a door to walk in (address and
hours), or "online only" with a QR code of the site, since the kiosk cannot open a website.

Every directory field is shown as plain text. A field the directory has only in English gets a
small "in English" marker in the visitor's language, so the fallback is never silent.

A card widget is built once and refilled (:meth:`ServiceCardWidget.show_card`): creating its
twenty-odd labels for every pathway was the slowest part of showing one. :meth:`clear` empties it
when the visitor leaves, so a card waiting for the next pathway holds nothing of this one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.questionnaire import Localized
from ui.widgets.qr import QrCodeWidget
from ui.widgets.text import label, ltr, set_text

if TYPE_CHECKING:  # numpy-backed modules stay out of the kiosk's start-up
    from kiosk.cards import ServiceCard

# How to act first (above the description), then the rest, in order.
LEAD = ("phone", "address", "hours", "online", "apply")
REST = ("eligibility", "documents", "cost", "languages", "itin", "website", "verified")
ROWS = (*LEAD, *REST)
QR_SIDE = 150


class _Line:
    """A text label with its "in English" marker leading it (beside the text in both reading directions)."""

    def __init__(self, role: str | None = None) -> None:
        self.layout = QHBoxLayout()
        self.layout.setSpacing(8)
        self.marker = label("", "marker", wrap=False)
        self.text = label("", role)
        self.layout.addWidget(self.marker, 0, Qt.AlignTop)
        self.layout.addWidget(self.text, 1)

    def show(self, value: Localized | None, marker: str) -> None:
        set_text(self.text, value.text if value is not None else "")
        set_text(self.marker, marker if value is not None and value.in_english else "")
        self.text.setVisible(value is not None)
        self.marker.setVisible(value is not None and value.in_english)


class ServiceCardWidget(QFrame):
    def __init__(self, card: ServiceCard | None = None, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card: ServiceCard | None = None
        self.language = language
        self.setProperty("role", "card")
        self.setFocusPolicy(Qt.TabFocus)  # keyboard users can move card to card; screen readers read it
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(8)
        self._name = _Line("card-title")
        self.name = self._name.text
        self.organization = label("", "help")
        self.badges = label("", "help")
        self._description = _Line()
        outer.addLayout(self._name.layout)
        outer.addWidget(self.organization)
        outer.addWidget(self.badges)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)
        self._rows: dict[str, tuple[QLabel, _Line]] = {}
        row = 0
        for key in ROWS:
            if key == REST[0]:  # what the service does, between how to act and the details
                grid.addLayout(self._description.layout, row, 0, 1, 2)
                row += 1
            caption = label("", "caption" if key in LEAD else "small")
            caption.setAlignment(Qt.AlignTop | Qt.AlignLeading)
            value = _Line("lead" if key in LEAD else None)
            grid.addWidget(caption, row, 0, Qt.AlignTop)
            grid.addLayout(value.layout, row, 1)
            self._rows[key] = (caption, value)
            row += 1
            if key == "online":  # the site, for the visitor's phone camera
                self.site_qr = QrCodeWidget(self, side=QR_SIDE)
                self.site_qr.hide()
                grid.addWidget(self.site_qr, row, 1, Qt.AlignLeading)
                row += 1
        if card is not None:
            self.show_card(card, language)

    def show_card(self, card: ServiceCard, language: str) -> None:
        """Fill the card with ``card``, in ``language`` (for dates; the texts are already localized)."""
        self.card, self.language = card, language
        in_english = self.tr("in English")
        self._name.show(card.name, in_english)
        organization = card.organization if card.organization and card.organization != card.name.text else ""
        set_text(self.organization, organization)
        self.organization.setVisible(bool(organization))
        badges = "  ·  ".join(self._badges())
        set_text(self.badges, badges)
        self.badges.setVisible(bool(badges))
        self._description.show(card.description, in_english)
        documents = None
        if card.documents:
            documents = Localized("\n".join(f"• {d.text}" for d in card.documents),
                                  any(d.in_english for d in card.documents))
        online_only = bool(card.url) and not card.phone and not card.address
        languages = QLocale(language).createSeparatedList(list(card.languages)) if card.languages else None
        values: dict[str, tuple[str, str | Localized | None]] = {
            "phone": (self.tr("Call"), ltr(card.phone) if card.phone else None),
            "address": (self.tr("Walk in"), card.address),
            "hours": (self.tr("Hours"), card.hours),
            "online": (self.tr("Online only"), ltr(card.url) if online_only else None),
            "apply": (self.tr("How to apply"), card.how_to_apply),
            "eligibility": (self.tr("Who can use it"), card.eligibility),
            "documents": (self.tr("Documents to bring"), documents),
            "cost": (self.tr("Cost"), card.cost),
            "languages": (self.tr("Languages spoken"), languages),
            "itin": (self.tr("Accepts ITIN"), self.tr("Yes") if card.accepts_itin else None),
            "website": (self.tr("Website"), ltr(card.url) if card.url and not online_only else None),
            "verified": (self.tr("Checked on"), self._verified()),
        }
        for key, (caption_text, value) in values.items():
            caption, line = self._rows[key]
            set_text(caption, caption_text if value is not None else "")
            caption.setVisible(value is not None)
            line.show(value if isinstance(value, Localized) or value is None else Localized(value), in_english)
        if online_only:
            self.site_qr.set_data(card.url)
        else:
            self.site_qr.clear()
        self.site_qr.setVisible(online_only)
        self.setAccessibleName(card.name.text)

    def clear(self) -> None:
        """Forget the service shown (the visitor left): every text emptied, nothing of the card kept."""
        self.card = None
        for line in (self._name, self._description, *(value for _, value in self._rows.values())):
            line.show(None, "")
        for widget in (self.organization, self.badges, *(caption for caption, _ in self._rows.values())):
            set_text(widget, "")
        self.site_qr.clear()
        self.site_qr.hide()
        self.setAccessibleName("")

    def _badges(self) -> list[str]:
        names = {"language": self.tr("Speaks your language"), "itin": self.tr("Accepts ITIN"),
                 "free": self.tr("Free"), "near": self.tr("Near you")}
        return [names[f] for f in self.card.fit if f in names]

    def _verified(self) -> str:
        # kiosk/cards.py judges the age (directory.stale_after_months); the card only says it.
        stale = "\n" + self.tr("May be out of date: call first") if self.card.out_of_date else ""
        if self.card.last_verified is None:
            return self.tr("not yet verified") + stale
        d = self.card.last_verified
        when = QLocale(self.language).toString(QDate(d.year, d.month, d.day), QLocale.LongFormat)
        # "Checked on" only: the day may come from public sources, not the organization itself.
        return when + stale
