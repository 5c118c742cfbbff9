"""The staff panel: reprint, printing settings and test page, sync, the kiosk's location, exit.

Everything slow (CUPS, printing, sync) runs off the UI thread (:mod:`ui.jobs`); each card
has its own status line where a failure is said in one sentence. Settings staff change here
(bilingual, printer, location) are saved to the config file at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk import config as config_mod
from kiosk.errors import CaminoError
from kiosk.staff import STAFF_TIMEOUT_SECONDS
from ui.jobs import run_in_background
from ui.staff import printwork, widgets
from ui.widgets.text import label, set_text

MAX_COPIES = 20


class StaffPanel(QFrame):
    """The staff panel over the kiosk window. ``close_requested`` / ``exit_requested`` go to the controller."""

    close_requested = Signal()
    exit_requested = Signal()

    def __init__(self, parent: QWidget, context, *, now: Callable[[], float] = time.monotonic,
                 timeout_s: float = STAFF_TIMEOUT_SECONDS) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk")
        self.setAutoFillBackground(True)
        self.context = context
        self.config = context.config
        self._now = now
        self._busy: set[str] = set()
        self._printers: list = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        bar = QFrame()
        bar.setProperty("role", "bar")
        top = QHBoxLayout(bar)
        top.setContentsMargins(24, 10, 24, 10)
        titles = QVBoxLayout()
        titles.addWidget(label(self.tr("Staff mode"), "title"))
        minutes = max(1, round(timeout_s / 60))
        self.timeout_note = label(self.tr("Closes by itself after %n minute(s) without a touch.", "", minutes), "small")
        titles.addWidget(self.timeout_note)
        top.addLayout(titles, 1)
        self.close_button = widgets.button(self.tr("Close staff mode"), "primary")
        self.close_button.clicked.connect(self.close_requested)
        top.addWidget(self.close_button, 0, Qt.AlignVCenter)
        outer.addWidget(bar)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(24, 20, 24, 20)
        grid.setSpacing(20)
        grid.addWidget(self._reprint_card(), 0, 0)
        grid.addWidget(self._printing_card(), 0, 1, 2, 1)
        grid.addWidget(self._sync_card(), 1, 0)
        grid.addWidget(self._location_card(), 2, 0)
        grid.addWidget(self._exit_card(), 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self._exit_timer = QTimer(self, singleShot=True, interval=5000)
        self._exit_timer.timeout.connect(self._disarm_exit)
        self.hide()

    # -- building --------------------------------------------------------------------------------------

    def _reprint_card(self) -> QFrame:
        frame, layout, _ = widgets.card(self.tr("Reprint"))
        self.reprint_info = label("", "help")
        self.reprint_button = widgets.button(self.tr("Reprint the last pathway"), "primary")
        self.reprint_button.clicked.connect(self.reprint)
        self.reprint_status = label("", "small")
        for widget in (self.reprint_info, self.reprint_button, self.reprint_status):
            layout.addWidget(widget)
        return frame

    def _printing_card(self) -> QFrame:
        frame, layout, _ = widgets.card(self.tr("Printing"))
        self.bilingual = widgets.button(self.tr("Bilingual printouts (visitor's language and English)"))
        self.bilingual.setCheckable(True)
        self.bilingual.toggled.connect(self._bilingual_toggled)
        layout.addWidget(self.bilingual)
        copies = QHBoxLayout()
        copies.addWidget(label(self.tr("Copies"), wrap=False))
        self.fewer = widgets.button("−")
        self.copies_label = label("1", "card-title", wrap=False)
        self.copies_label.setAlignment(Qt.AlignCenter)
        self.copies_label.setMinimumWidth(56)
        self.more = widgets.button("+")
        self.fewer.setAccessibleName(self.tr("Fewer copies"))
        self.more.setAccessibleName(self.tr("More copies"))
        self.fewer.clicked.connect(lambda: self.set_copies(self.copies - 1))
        self.more.clicked.connect(lambda: self.set_copies(self.copies + 1))
        for widget in (self.fewer, self.copies_label, self.more):
            copies.addWidget(widget)
        copies.addStretch(1)
        layout.addLayout(copies)
        layout.addWidget(label(self.tr("Printer"), wrap=False))
        self.printer_box = QComboBox()
        self.printer_box.setMinimumHeight(64)
        self.printer_box.activated.connect(self._printer_chosen)
        layout.addWidget(self.printer_box)
        self.printer_state = label("", "help")
        layout.addWidget(self.printer_state)
        row = QHBoxLayout()
        self.refresh_button = widgets.button(self.tr("Check printers"))
        self.refresh_button.clicked.connect(self.refresh_printers)
        self.test_button = widgets.button(self.tr("Print a test page"))
        self.test_button.clicked.connect(self.print_test_page)
        row.addWidget(self.refresh_button)
        row.addWidget(self.test_button)
        layout.addLayout(row)
        self.print_status = label("", "small")
        layout.addWidget(self.print_status)
        layout.addStretch(1)
        self.copies = 1
        return frame

    def _sync_card(self) -> QFrame:
        frame, layout, _ = widgets.card(self.tr("Directory and sync"))
        self.directory_info = label("", "help")
        self.sync_info = label("", "small")
        self.sync_button = widgets.button(self.tr("Sync now"), "primary")
        self.sync_button.clicked.connect(self.sync_now)
        self.sync_status = label("", "small")
        self.speech_info = label("", "small")  # read aloud: works, or why not (ui.speech.read_aloud)
        for widget in (self.directory_info, self.sync_info, self.sync_button, self.sync_status, self.speech_info):
            layout.addWidget(widget)
        return frame

    def _location_card(self) -> QFrame:
        frame, layout, _ = widgets.card(self.tr("This kiosk's location"))
        layout.addWidget(label(self.tr("Place name"), wrap=False))
        self.location_name = QLineEdit()
        self.location_name.setMinimumHeight(56)
        self.location_name.setMaxLength(120)
        layout.addWidget(self.location_name)
        layout.addWidget(label(self.tr("ZIP code (sets where \"near this kiosk\" is measured from)")))
        self.zip_box = QComboBox()
        self.zip_box.setMinimumHeight(64)
        self.zip_box.currentIndexChanged.connect(self._zip_changed)
        layout.addWidget(self.zip_box)
        self.coordinates = label("", "small")
        layout.addWidget(self.coordinates)
        self.save_location_button = widgets.button(self.tr("Save location"), "primary")
        self.save_location_button.clicked.connect(self.save_location)
        layout.addWidget(self.save_location_button)
        self.location_status = label("", "small")
        layout.addWidget(self.location_status)
        return frame

    def _exit_card(self) -> QFrame:
        frame, layout, _ = widgets.card(self.tr("End the application"))
        layout.addWidget(label(self.tr("Stops Camino on this kiosk until it is started again."), "help"))
        self.exit_button = widgets.button(self.tr("Exit Camino"))
        self.exit_button.clicked.connect(self._exit_tapped)
        layout.addWidget(self.exit_button)
        layout.addStretch(1)
        return frame

    # -- opening ---------------------------------------------------------------------------------------

    def open(self) -> None:
        """Show the panel with fresh information (reprint, directory, sync, location, printers)."""
        self.set_copies(1)
        for status in (self.reprint_status, self.print_status, self.sync_status, self.location_status):
            set_text(status, "")
        failure = getattr(self.context.printer, "last_failure", "")  # the visitor was told only "not working"
        set_text(self.print_status, self.tr("The last print failed: %1").replace("%1", failure) if failure else "")
        self.bilingual.blockSignals(True)
        self.bilingual.setChecked(self.config.printing.bilingual)
        self.bilingual.blockSignals(False)
        self._disarm_exit()
        self.refresh_reprint()
        self.refresh_sync_info()
        self.fill_location()
        self.refresh_printers()
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.close_button.setFocus()

    # -- reprint ---------------------------------------------------------------------------------------

    def _candidate(self):
        return self.context.session.reprint_candidate(self._now())

    def refresh_reprint(self) -> None:
        pathway, _twin = printwork.unpack(self._candidate())
        if pathway is None:
            set_text(self.reprint_info, self.tr("Nothing to reprint. A printout is kept for 10 minutes and "
                                                "forgotten when the kiosk resets."))
        else:
            steps = len(pathway.steps)
            text = self.tr("The last printout: %n step(s), in %1.", "", steps)
            set_text(self.reprint_info, text.replace("%1", printwork.language_name(pathway.language)))
        self.reprint_button.setEnabled(pathway is not None and "reprint" not in self._busy)

    def reprint(self) -> None:
        pathway, twin = printwork.unpack(self._candidate())
        if pathway is None:
            self.refresh_reprint()
            set_text(self.reprint_status, self.tr("The printout was forgotten (more than 10 minutes ago)."))
            return
        engine = self.context.engine_provider()
        work = printwork.pathway_job(pathway, twin if self.config.printing.bilingual else None, engine, self.config,
                                     printer=self.config.printing.printer, copies=self.copies)
        self._start("reprint", work, self.reprint_status, self.tr("Printing…"))

    # -- printing --------------------------------------------------------------------------------------

    def set_copies(self, copies: int) -> None:
        self.copies = max(1, min(MAX_COPIES, copies))
        self.copies_label.setText(str(self.copies))
        self.copies_label.setAccessibleName(self.tr("%1 copies").replace("%1", str(self.copies)))
        self.fewer.setEnabled(self.copies > 1)
        self.more.setEnabled(self.copies < MAX_COPIES)

    def _bilingual_toggled(self, on: bool) -> None:
        self.config.printing.bilingual = on
        self._save(self.print_status, self.tr("Bilingual printouts on.") if on else self.tr("Bilingual printouts off."))

    def refresh_printers(self) -> None:
        if "printers" in self._busy:
            return
        self._busy.add("printers")
        self.refresh_button.setEnabled(False)
        set_text(self.printer_state, self.tr("Asking the printers…"))

        def done(printers) -> None:
            self._busy.discard("printers")
            self.refresh_button.setEnabled(True)
            self._printers = list(printers)
            self._fill_printers()

        def failed(message: str) -> None:
            self._busy.discard("printers")
            self.refresh_button.setEnabled(True)
            self._printers = []
            self.printer_box.clear()
            set_text(self.printer_state, message)

        run_in_background(printwork.printers, done, failed, owner=self)

    def _fill_printers(self) -> None:
        self.printer_box.blockSignals(True)
        self.printer_box.clear()
        self.printer_box.addItem(self.tr("The computer's default printer"), "")
        for printer in self._printers:
            self.printer_box.addItem(printer.name + (self.tr(" (default)") if printer.is_default else ""),
                                     printer.name)
        index = max(0, self.printer_box.findData(self.config.printing.printer))
        self.printer_box.setCurrentIndex(index)
        self.printer_box.blockSignals(False)
        self._show_printer_state()

    def chosen_printer(self) -> str:
        return self.printer_box.currentData() or ""

    def _show_printer_state(self) -> None:
        set_text(self.printer_state, printwork.state_sentence(self._printers, self.chosen_printer()))

    def _printer_chosen(self, _index: int) -> None:
        self.config.printing.printer = self.chosen_printer()
        self._show_printer_state()
        self._save(self.print_status, self.tr("Printer saved."))

    def print_test_page(self) -> None:
        self._start("test", printwork.test_page_job(self.chosen_printer()), self.print_status,
                    self.tr("Printing a test page…"))

    # -- sync ------------------------------------------------------------------------------------------

    def refresh_sync_info(self) -> None:
        set_text(self.directory_info, printwork.directory_sentence(self.context.engine_provider()))
        set_text(self.sync_info, printwork.sync_sentence())
        read_aloud = getattr(self.parentWidget(), "read_aloud", None)
        set_text(self.speech_info, read_aloud.staff_sentence() if read_aloud is not None else "")
        can_sync = self.context.sync_now is not None or bool(self.config.sync.url)
        self.sync_button.setEnabled(can_sync and "sync" not in self._busy)
        if not can_sync:
            set_text(self.sync_status, self.tr("No sync source is set (sync.url in the config)."))

    def sync_now(self) -> None:
        work = self.context.sync_now or printwork.sync_job(self.config)
        self._start("sync", work, self.sync_status, self.tr("Syncing…"), after=self.refresh_sync_info)

    # -- location --------------------------------------------------------------------------------------

    def fill_location(self) -> None:
        kiosk = self.config.kiosk
        self.location_name.setText(kiosk.location_name)
        centroids = self.context.engine_provider().directory.zip_centroids
        self.zip_box.blockSignals(True)
        self.zip_box.clear()
        for zip_code in sorted(centroids):
            self.zip_box.addItem(zip_code, zip_code)
        if kiosk.zip and kiosk.zip not in centroids:
            self.zip_box.addItem(self.tr("%1 (kept as set)").replace("%1", kiosk.zip), "")
        self.zip_box.setCurrentIndex(max(0, self.zip_box.findData(kiosk.zip)) if kiosk.zip in centroids
                                     else self.zip_box.count() - 1)
        self.zip_box.blockSignals(False)
        self._zip_changed()

    def _zip_changed(self, *_args) -> None:
        lat, lon = self._chosen_place()
        set_text(self.coordinates, self.tr("Latitude %1, longitude %2").replace("%1", f"{lat:.4f}")
                 .replace("%2", f"{lon:.4f}"))

    def _chosen_place(self) -> tuple[float, float]:
        zip_code = self.zip_box.currentData()
        centroids = self.context.engine_provider().directory.zip_centroids
        if zip_code in centroids:
            return centroids[zip_code]
        return self.config.kiosk.latitude, self.config.kiosk.longitude

    def save_location(self) -> None:
        name = " ".join(self.location_name.text().split())
        if not name:
            set_text(self.location_status, self.tr("Give the place a name, e.g. the library's."))
            return
        kiosk = self.config.kiosk
        zip_code = self.zip_box.currentData() or kiosk.zip
        kiosk.location_name, kiosk.zip = name, zip_code
        kiosk.latitude, kiosk.longitude = self._chosen_place()
        # "Near this kiosk" is measured from the new place for the next pathway, without a restart.
        self.context.engine_provider().kiosk = (kiosk.latitude, kiosk.longitude)
        self._save(self.location_status, self.tr("Location saved: %1, %2.").replace("%1", name).replace("%2", zip_code))

    # -- exit ------------------------------------------------------------------------------------------

    def _exit_tapped(self) -> None:
        if self._exit_timer.isActive():
            self._exit_timer.stop()
            self.exit_requested.emit()
            return
        self.exit_button.setText(self.tr("Tap again to exit Camino"))
        self.exit_button.setProperty("role", "primary")
        self.exit_button.style().polish(self.exit_button)
        self._exit_timer.start()

    def _disarm_exit(self) -> None:
        self._exit_timer.stop()
        self.exit_button.setText(self.tr("Exit Camino"))
        self.exit_button.setProperty("role", "quiet")
        self.exit_button.style().polish(self.exit_button)

    # -- helpers ---------------------------------------------------------------------------------------

    def _save(self, status, success: str) -> bool:
        try:
            config_mod.validate(self.config)
            config_mod.save(self.config, self.context.config_path)
        except (CaminoError, OSError) as exc:
            set_text(status, self.tr("Not saved: %1").replace("%1", str(exc)))
            return False
        set_text(status, success)
        return True

    def _start(self, name: str, work, status, busy_text: str, after=None) -> None:
        if name in self._busy:
            return
        self._busy.add(name)
        buttons = {"reprint": self.reprint_button, "test": self.test_button, "sync": self.sync_button}
        buttons[name].setEnabled(False)
        set_text(status, busy_text)

        def finished(text: str) -> None:
            self._busy.discard(name)
            buttons[name].setEnabled(True)
            set_text(status, text)
            if name == "reprint":
                self.refresh_reprint()
            if after:
                after()

        run_in_background(work, lambda result: finished(printwork.done_sentence(result)), finished, owner=self)
