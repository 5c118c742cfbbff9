"""The front-desk console window: questions on the left, the live pathway and its printout on the right.

A staff member at a desk PC builds a visitor's pathway quickly: every question on one page with
keyboard shortcuts, the pathway updating as answers change, a preview of the printed PDF (QtPdf),
and printing (bilingual, copies, printer) off the UI thread. No idle reset: Ctrl+R forgets the visitor.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import Config
from kiosk.languages import autonym, is_rtl
from ui.console.form import QuestionForm
from ui.console.text import pathway_text
from ui.jobs import run_in_background
from ui.staff import printwork


def _label(text: str, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    if buddy is not None:
        label.setBuddy(buddy)  # "&Language" → Alt+L focuses the field
    return label


class ConsoleWindow(QMainWindow):
    def __init__(self, config: Config, engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.engine = engine
        self.pathway = None
        self._printers: list = []
        self._preview_stale = True
        self._busy: set[str] = set()
        self.setWindowTitle(self.tr("Camino — front desk"))

        self.form = QuestionForm(engine.directory.questions("en"))
        self.form.changed.connect(self.update_pathway)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)

        self.language = QComboBox()
        for code in config.session.languages:
            self.language.addItem(autonym(code), code)
        self.language.currentIndexChanged.connect(self.update_pathway)
        top = QHBoxLayout()
        top.addWidget(_label(self.tr("Visitor's &language:"), self.language))
        top.addWidget(self.language)
        top.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        left_layout.addLayout(top)
        left_layout.addWidget(form_scroll, 1)

        self.pathway_view = QPlainTextEdit()
        self.pathway_view.setReadOnly(True)  # plain text: directory text is never read as HTML
        self.pdf = QPdfDocument(self)
        self._pdf_buffer: QBuffer | None = None
        self.preview = QPdfView()
        self.preview.setDocument(self.pdf)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.pathway_view, self.tr("Pathway"))
        self.tabs.addTab(self.preview, self.tr("Printout preview"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_preview_if_shown())

        self.bilingual = QCheckBox(self.tr("&Bilingual (with English)"))
        self.bilingual.setChecked(config.printing.bilingual)
        self.bilingual.toggled.connect(self._mark_preview_stale)
        self.copies = QSpinBox()
        self.copies.setRange(1, 20)
        self.printer = QComboBox()
        self.printer.setMinimumWidth(180)
        self.printer.currentIndexChanged.connect(self._show_printer_state)
        self.print_button = QPushButton(self.tr("&Print  (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_pathway)
        self.reset_button = QPushButton(self.tr("&Reset  (Ctrl+R)"))
        self.reset_button.clicked.connect(self.reset)
        bar = QHBoxLayout()
        bar.addWidget(self.bilingual)
        bar.addWidget(_label(self.tr("C&opies:"), self.copies))
        bar.addWidget(self.copies)
        bar.addWidget(_label(self.tr("Prin&ter:"), self.printer))
        bar.addWidget(self.printer)
        bar.addStretch(1)
        bar.addWidget(self.reset_button)
        bar.addWidget(self.print_button)
        self.printer_state = QLabel()
        self.status = QLabel()
        for label in (self.printer_state, self.status):
            label.setTextFormat(Qt.PlainText)
            label.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 8, 8, 8)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.printer_state)
        right_layout.addWidget(self.status)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([560, 640])
        self.setCentralWidget(splitter)

        for keys, slot in (("Ctrl+P", self.print_pathway), ("Ctrl+R", self.reset), ("Ctrl+E", self.show_preview)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        self._preview_timer = QTimer(self, singleShot=True, interval=400)  # typing does not re-render each key
        self._preview_timer.timeout.connect(self._refresh_preview_if_shown)
        self.update_pathway()
        self.refresh_printers()

    # -- pathway -----------------------------------------------------------------------------------------

    @property
    def visitor_language(self) -> str:
        return self.language.currentData() or "en"

    def update_pathway(self) -> None:
        """Rebuild the pathway from the answers (a few milliseconds) and show it as plain text."""
        if not self.form.has_needs():
            self.pathway = None
            self.pathway_view.setPlainText(self.tr("Choose at least one need (question 1) to see the pathway."))
        else:
            self.pathway = self.engine.build(self.form.answers(), self.visitor_language)
            self.pathway_view.setPlainText(pathway_text(self.pathway, self.engine))
        rtl = is_rtl(self.visitor_language) and self.pathway is not None
        self.pathway_view.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
        self.print_button.setEnabled(self.pathway is not None and "print" not in self._busy)
        self._mark_preview_stale()

    def _twin(self):
        if not self.bilingual.isChecked() or self.pathway is None or self.pathway.language == "en":
            return None
        from kiosk.printout import english_twin

        return english_twin(self.engine, self.pathway)

    # -- preview -----------------------------------------------------------------------------------------

    def _mark_preview_stale(self, *_args) -> None:
        self._preview_stale = True
        self._preview_timer.start()

    def show_preview(self) -> None:
        self.tabs.setCurrentWidget(self.preview)
        self._refresh_preview_if_shown()

    def _refresh_preview_if_shown(self) -> None:
        if self.tabs.currentWidget() is not self.preview or not self._preview_stale or "preview" in self._busy:
            return
        if self.pathway is None:
            self.pdf.close()
            return
        self._preview_stale = False
        self._busy.add("preview")
        pathway, twin, engine, config = self.pathway, self._twin(), self.engine, self.config

        def done(pdf: bytes) -> None:
            self._busy.discard("preview")
            self.load_pdf(pdf)
            if self._preview_stale:
                self._refresh_preview_if_shown()

        def failed(message: str) -> None:
            self._busy.discard("preview")
            self.status.setText(self.tr("The preview could not be made: %1").replace("%1", message))

        run_in_background(lambda: printwork.render(pathway, twin, engine, config), done, failed, owner=self)

    def load_pdf(self, pdf: bytes) -> None:
        self.pdf.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.ReadOnly)
        self.pdf.load(buffer)
        if self._pdf_buffer is not None:
            self._pdf_buffer.deleteLater()
        self._pdf_buffer = buffer  # QPdfDocument reads from it for as long as the page is shown

    # -- printing ----------------------------------------------------------------------------------------

    def refresh_printers(self) -> None:
        def done(printers) -> None:
            self._printers = list(printers)
            self.printer.blockSignals(True)
            self.printer.clear()
            self.printer.addItem(self.tr("Default printer"), "")
            for p in self._printers:
                self.printer.addItem(p.name, p.name)
            self.printer.setCurrentIndex(max(0, self.printer.findData(self.config.printing.printer)))
            self.printer.blockSignals(False)
            self._show_printer_state()

        def failed(message: str) -> None:
            self._printers = []
            self.printer_state.setText(message)

        run_in_background(printwork.printers, done, failed, owner=self)

    def chosen_printer(self) -> str:
        return self.printer.currentData() or ""

    def _show_printer_state(self, *_args) -> None:
        self.printer_state.setText(printwork.state_sentence(self._printers, self.chosen_printer()))

    def print_pathway(self) -> None:
        if self.pathway is None:
            self.status.setText(self.tr("Nothing to print yet: choose at least one need."))
            return
        if "print" in self._busy:
            return
        self._busy.add("print")
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Printing…"))
        work = printwork.pathway_job(self.pathway, self._twin(), self.engine, self.config,
                                     printer=self.chosen_printer(), copies=self.copies.value())

        def finished(text: str) -> None:
            self._busy.discard("print")
            self.print_button.setEnabled(self.pathway is not None)
            self.status.setText(text)

        run_in_background(work, lambda result: finished(printwork.done_sentence(result)), finished, owner=self)

    # -- reset -------------------------------------------------------------------------------------------

    def reset(self) -> None:
        """Forget the visitor: answers, pathway, preview; the visitor's language back to the first."""
        self.form.clear()
        self.language.setCurrentIndex(0)
        self.copies.setValue(1)
        self.bilingual.setChecked(self.config.printing.bilingual)
        self.pdf.close()
        self.status.setText(self.tr("Ready for the next visitor."))
        next(iter(self.form.boxes.values())).focus_first()
