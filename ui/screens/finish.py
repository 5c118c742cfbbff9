"""Finish: print or take it on a phone (QR code); then one tap of feedback. Start over is the footer's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from kiosk.questionnaire import Option
from ui.screens.base import Screen, kinetic_scroll_area, page_layout
from ui.screens.question import OptionGrid
from ui.widgets.option_button import OptionButton
from ui.widgets.qr import QrCodeWidget
from ui.widgets.text import label, set_text

QR_MIN, QR_MAX = 180, 420
FACES = (("yes", "face-happy"), ("partly", "face-neutral"), ("no", "face-sad"))


class FinishScreen(Screen):
    key = "finish"
    print_requested = Signal()
    qr_requested = Signal()
    feedback = Signal(str, list)

    def __init__(self) -> None:
        super().__init__()
        self.need_options: tuple[Option, ...] = ()
        self.face: str | None = None
        content = QWidget()
        layout = page_layout(content, spacing=24)
        self.title = label("", "title")
        actions = QGridLayout()
        actions.setSpacing(16)
        self.print_button = OptionButton("", "print", checkable=False, min_height=110)
        self.phone_button = OptionButton("", "phone", checkable=False, min_height=110)
        self.print_button.clicked.connect(self.print_requested)
        self.phone_button.clicked.connect(self.qr_requested)
        self.actions = actions
        self._buttons = (self.print_button, self.phone_button)
        self._columns = 0
        # Printing and the QR code report here.
        self.status = label("", "subtitle")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(16)
        self.busy.setTextVisible(False)
        self.qr_instead = QPushButton()
        self.qr_instead.clicked.connect(self.qr_requested)
        self.qr_box = QWidget()
        self.qr_box.setObjectName("plain")
        qr_layout = QVBoxLayout(self.qr_box)
        qr_layout.setContentsMargins(0, 0, 0, 0)
        self.qr = QrCodeWidget(side=QR_MAX)
        self.qr_caption = label("", "help")
        self.qr_caption.setAlignment(Qt.AlignCenter)
        qr_layout.addWidget(self.qr, 0, Qt.AlignHCenter)
        qr_layout.addWidget(self.qr_caption)
        # Feedback: one tap, three faces; "what was missing" only after "no" or "partly".
        self.ask = label("", "subtitle")
        faces = QHBoxLayout()
        faces.setSpacing(16)
        self.faces: dict[str, OptionButton] = {}
        for key, icon in FACES:
            button = OptionButton("", icon, checkable=True, min_height=100)
            button.clicked.connect(lambda _=False, k=key: self._face(k))
            self.faces[key] = button
            faces.addWidget(button)
        self.missing_title = label("", "subtitle")
        self.missing = OptionGrid()
        self.send = QPushButton()
        self.send.setProperty("role", "primary")
        self.send.clicked.connect(self._send)
        self.thanks = label("", "subtitle")
        layout.addWidget(self.title)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.qr_instead, 0, Qt.AlignLeading)
        layout.addWidget(self.qr_box)
        layout.addSpacing(16)
        layout.addWidget(self.ask)
        layout.addLayout(faces)
        layout.addWidget(self.missing_title)
        layout.addWidget(self.missing)
        layout.addWidget(self.send, 0, Qt.AlignLeading)
        layout.addWidget(self.thanks)
        layout.addStretch(1)
        outer = page_layout(self, 0, 0)
        self.area = kinetic_scroll_area(content)
        outer.addWidget(self.area)
        self._place_actions(2)
        self.wipe()
        self.retranslate()

    def _place_actions(self, columns: int) -> None:
        if columns != self._columns:
            self._columns = columns
            for i, button in enumerate(self._buttons):
                self.actions.addWidget(button, i // columns, i % columns)

    def resizeEvent(self, event) -> None:
        self._place_actions(1 if event.size().width() < 800 else 2)
        super().resizeEvent(event)
        self._size_qr()

    def _size_qr(self) -> None:
        """The QR code as large as fits with its caption in one screenful (phones read it best big)."""
        view = self.area.viewport().size()
        caption = self.qr_caption.heightForWidth(max(view.width() - 80, 1))
        side = max(QR_MIN, min(QR_MAX, view.height() - caption - 48, view.width() - 80))
        if side != self.qr.side:
            self.qr.side = side
            self.qr.updateGeometry()

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Take your pathway with you"))
        self.print_button.setText(self.tr("Print"))
        self.phone_button.setText(self.tr("Take it on your phone"))
        self.qr_instead.setText(self.tr("Show the QR code instead"))
        set_text(self.qr_caption, self.tr("Point your phone's camera at the code."))
        set_text(self.ask, self.tr("Did you find what you need?"))
        for key, text in (("yes", self.tr("Yes")), ("partly", self.tr("Partly")), ("no", self.tr("No"))):
            self.faces[key].setText(text)
        set_text(self.missing_title, self.tr("What was missing?"))
        self.send.setText(self.tr("Send"))
        set_text(self.thanks, self.tr("Thank you!"))

    def set_need_options(self, options: tuple[Option, ...]) -> None:
        self.need_options = options
        if [o.id for o in options] == [b.option_id for b in self.missing.buttons]:
            for option, button in zip(options, self.missing.buttons, strict=True):
                button.setText(option.text.text)
            return
        chosen = {b.option_id for b in self.missing.buttons if b.isChecked()}
        buttons = []
        for option in options:
            button = OptionButton(option.text.text, option.icon or "dots")
            button.option_id = option.id
            button.setChecked(option.id in chosen)
            buttons.append(button)
        self.missing.set_buttons(buttons)

    # -- printing and QR: the window reports progress ----------------------------------------------

    def follow(self, printer) -> None:
        """Show what ``printer`` (ui.printer.PrintService) says about the visitor's print job."""
        printer.started.connect(self.show_printing)
        printer.finished.connect(self.show_printed)
        printer.failed.connect(self.show_print_failed)

    def show_printing(self) -> None:
        set_text(self.status, self.tr("Printing… please wait."))
        self.status.show()
        self.busy.show()
        self.qr_instead.hide()
        self.print_button.clearFocus()  # else Qt hands the focus (and its ring) to the next button
        self.print_button.setEnabled(False)

    def show_printed(self) -> None:
        set_text(self.status, self.tr("Printed. Please take your pages from the printer."))
        self.busy.hide()
        self.print_button.setEnabled(True)

    def show_print_failed(self, _cause: str = "") -> None:
        # The technical cause (CUPS's English sentence) is for the log and staff mode, not the visitor.
        set_text(self.status, self.tr("Sorry, the printer is not working right now. "
                                      "You can take your pathway on your phone instead."))
        self.busy.hide()
        self.qr_instead.setVisible(not self.qr_box.isVisible())
        self.print_button.setEnabled(True)

    def show_qr(self, data: str) -> None:
        self.qr.set_data(data)
        self.qr_box.show()
        self.qr_instead.hide()
        self._size_qr()
        for _ in range(2):  # the box was hidden: lay it out now, then bring code and caption into view
            QCoreApplication.sendPostedEvents(None, QEvent.LayoutRequest)
        self.area.ensureWidgetVisible(self.qr_caption, 0, 24)
        self.area.ensureWidgetVisible(self.qr, 0, 8)

    # -- feedback ----------------------------------------------------------------------------------

    def _face(self, key: str) -> None:
        self.face = key
        for k, button in self.faces.items():
            button.setChecked(k == key)
        unhappy = key in ("no", "partly") and bool(self.need_options)
        self.missing_title.setVisible(unhappy)
        self.missing.setVisible(unhappy)
        self.send.setVisible(unhappy)
        if not unhappy:
            self._send()

    def _send(self) -> None:
        missing = [b.option_id for b in self.missing.buttons if b.isChecked()]
        self.feedback.emit(self.face or "", missing)
        self.missing_title.hide()
        self.missing.hide()
        self.send.hide()
        self.thanks.show()

    def next_text(self) -> None:
        return None

    def wipe(self) -> None:
        self.face = None
        for button in (*self.faces.values(), *self.missing.buttons):
            button.setChecked(False)
        self.qr.clear()
        for widget in (self.status, self.busy, self.qr_instead, self.qr_box, self.missing_title, self.missing,
                       self.send, self.thanks):
            widget.hide()
        self.print_button.setEnabled(True)
