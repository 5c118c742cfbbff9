"""Every question on one compact page, for a desk PC with mouse and keyboard.

Keyboard: Alt+1 … Alt+N jumps to question N; inside a question the option's key (1–9, then A, B, …)
ticks it, Delete clears the question's answer. The ZIP question is a plain 5-digit field (empty:
near this desk). The form knows nothing of pathways: it reports ``changed`` and gives ``answers()``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.questionnaire import NEAR_KIOSK, ZIP_PATTERN, Answers, Question

OPTION_KEYS = "123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class QuestionBox(QGroupBox):
    """One question: check boxes (several answers) or radio buttons (one), each with its key."""

    changed = Signal()

    def __init__(self, number: int, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.number = number
        self.buttons: dict[str, QAbstractButton] = {}
        self.zip_field: QLineEdit | None = None
        optional = self.tr(" (optional)") if question.optional else ""
        self.setTitle(f"{number}. {question.text.text}{optional}    Alt+{number}".replace("&", "&&"))
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        if question.kind == "zip":
            self.zip_field = QLineEdit()
            self.zip_field.setPlaceholderText(self.tr("ZIP code (empty: near here)"))
            self.zip_field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,5}"), self))
            self.zip_field.setMinimumWidth(260)
            self.zip_field.setMaximumWidth(320)
            self.zip_field.textChanged.connect(self.changed)
            grid.addWidget(self.zip_field, 0, 0, Qt.AlignLeading)
            return
        group = QButtonGroup(self)
        group.setExclusive(False)  # radio-like behaviour is ours, so an answer can also be cleared
        columns = 2
        for i, option in enumerate(question.options):
            key = OPTION_KEYS[i]
            text = f"{key}  {option.text.text}".replace("&", "&&")  # "&" is text here, not a mnemonic
            button = QCheckBox(text) if question.kind == "multi" else QRadioButton(text)
            button.setAutoExclusive(False)
            button.setProperty("option_id", option.id)
            button.toggled.connect(lambda on, b=button: self._toggled(b, on))
            button.installEventFilter(self)
            group.addButton(button)
            self.buttons[option.id] = button
            grid.addWidget(button, i // columns, i % columns)

    def _toggled(self, button: QAbstractButton, on: bool) -> None:
        if on and self.question.kind != "multi":
            for other in self.buttons.values():
                if other is not button and other.isChecked():
                    other.blockSignals(True)
                    other.setChecked(False)
                    other.blockSignals(False)
        self.changed.emit()

    def focus_first(self) -> None:
        if self.zip_field is not None:
            self.zip_field.setFocus(Qt.ShortcutFocusReason)
            self.zip_field.selectAll()
            return
        chosen = next((b for b in self.buttons.values() if b.isChecked()), None)
        (chosen or next(iter(self.buttons.values()))).setFocus(Qt.ShortcutFocusReason)

    def press_key(self, text: str) -> bool:
        """Tick/untick the option whose key is ``text``; True when there was one."""
        index = OPTION_KEYS.find(text.upper()) if text else -1
        if 0 <= index < len(self.question.options):
            button = self.buttons[self.question.options[index].id]
            button.setChecked(not button.isChecked())
            button.setFocus(Qt.ShortcutFocusReason)
            return True
        return False

    def clear(self) -> None:
        if self.zip_field is not None:
            self.zip_field.clear()
            return
        for button in self.buttons.values():
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.KeyPress and not event.modifiers() & (Qt.ControlModifier | Qt.AltModifier):
            if event.key() == Qt.Key_Delete:
                self.clear()
                return True
            if event.key() not in (Qt.Key_Space, Qt.Key_Tab, Qt.Key_Backtab) and self.press_key(event.text()):
                return True
        return False

    def answer(self):
        """The answer in the engine's form, or None when the question is not answered."""
        if self.zip_field is not None:
            text = self.zip_field.text().strip()
            if not text:
                return NEAR_KIOSK
            return text if ZIP_PATTERN.match(text) else None
        chosen = [oid for oid, b in self.buttons.items() if b.isChecked()]
        if not chosen:
            return None
        return chosen if self.question.kind == "multi" else chosen[0]


class QuestionForm(QWidget):
    """All questions, numbered; ``changed`` whenever an answer changes."""

    changed = Signal()

    def __init__(self, questions: list[Question], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.boxes: dict[str, QuestionBox] = {}
        for number, question in enumerate(questions, start=1):
            box = QuestionBox(number, question)
            box.changed.connect(self.changed)
            layout.addWidget(box)
            self.boxes[question.id] = box
            if number <= 9:
                shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
                shortcut.setContext(Qt.WindowShortcut)
                shortcut.activated.connect(box.focus_first)
        layout.addStretch(1)

    def answers(self) -> Answers:
        """The answers given so far (a ZIP that is not 5 digits yet counts as not answered)."""
        answers = Answers()
        for qid, box in self.boxes.items():
            value = box.answer()
            if value is not None:
                answers.set(qid, value)
        return answers

    def has_needs(self) -> bool:
        return any(box.question.facet == "need" and box.answer() for box in self.boxes.values())

    def clear(self) -> None:
        for box in self.boxes.values():
            box.blockSignals(True)
            box.clear()
            box.blockSignals(False)
        self.changed.emit()
