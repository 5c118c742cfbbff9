"""Review: every answer, each changed with one tap (to that question, then back here)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.questionnaire import NEAR_KIOSK, Answers, Question
from ui.screens.base import Screen, kinetic_scroll_area, page_layout
from ui.theme import theme
from ui.widgets import icons
from ui.widgets.option_button import OptionButton, TouchButton
from ui.widgets.text import label, ltr, set_text


class AnswerRow(TouchButton):
    """Question (small), the answer (bold), and a pencil: one tap to change it."""

    def __init__(self, question_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question_id = question_id
        self.setMinimumHeight(88)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Minimum)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 12, 20, 12)
        row.setSpacing(16)
        texts = QVBoxLayout()
        texts.setSpacing(4)
        self.question = label("", "small")
        self.answer = label("")
        font = QFont()  # only the weight: family and size follow the language and theme
        font.setBold(True)
        self.answer.setFont(font)
        self.change = label("", "small", wrap=False)
        self.pencil = QLabel()
        self.pencil.setFixedSize(36, 36)
        for child in (self.question, self.answer, self.change, self.pencil):
            child.setAttribute(Qt.WA_TransparentForMouseEvents)
        texts.addWidget(self.question)
        texts.addWidget(self.answer)
        row.addLayout(texts, 1)
        row.addWidget(self.change, 0, Qt.AlignVCenter)
        row.addWidget(self.pencil, 0, Qt.AlignVCenter)

    def set_texts(self, question: str, answer: str, change: str) -> None:
        set_text(self.question, question)
        set_text(self.answer, answer)
        set_text(self.change, change)
        self.pencil.setPixmap(icons.pixmap("edit", theme.palette.primary, 36, self.devicePixelRatioF()))
        self.setText(answer)
        self.setAccessibleName(f"{change}: {question} {answer}" if question else "")

    paintEvent = OptionButton.paintEvent  # same card look as the options


class ReviewScreen(Screen):
    key = "review"
    edit = Signal(str)

    def __init__(self, answers: Answers) -> None:
        super().__init__()
        self.answers = answers
        self.questions: list[Question] = []
        content = QWidget()
        layout = page_layout(content)
        self.title = label("", "title")
        self.help = label("", "help")
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.help)
        layout.addLayout(self.rows_box)
        layout.addStretch(1)
        self.rows: list[AnswerRow] = []
        self.filled = False
        outer = page_layout(self, 0, 0)
        outer.addWidget(kinetic_scroll_area(content))
        self.retranslate()

    def set_questions(self, questions: list[Question]) -> None:
        self.questions = questions
        if self.filled:  # rows show answers only while the visitor is reviewing (never after a wipe)
            self.refresh()

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Check your answers"))
        set_text(self.help, self.tr("Tap an answer to change it."))
        if self.filled:
            self.refresh()

    def answer_text(self, question: Question) -> str:
        value = self.answers.get(question.id)
        if value is None:
            return self.tr("Skipped")
        if question.kind == "zip":
            return self.tr("Near this kiosk") if value == NEAR_KIOSK else ltr(str(value))
        chosen = value if isinstance(value, list) else [value]
        names = {o.id: o.text.text for o in question.options}
        return QLocale().createSeparatedList([names.get(o, o) for o in chosen])  # "A、B和C", "A وB"

    def refresh(self) -> None:
        self.filled = True
        if [r.question_id for r in self.rows] == [q.id for q in self.questions]:
            for row, question in zip(self.rows, self.questions, strict=True):  # same rows, new text: quick
                row.set_texts(question.text.text, self.answer_text(question), self.tr("Change"))
            return
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for question in self.questions:
            row = AnswerRow(question.id)
            row.set_texts(question.text.text, self.answer_text(question), self.tr("Change"))
            row.clicked.connect(lambda _=False, qid=question.id: self.edit.emit(qid))
            self.rows_box.addWidget(row)
            self.rows.append(row)

    def entered(self) -> None:
        self.refresh()

    def next_text(self) -> str:
        return self.tr("Show my pathway")

    def wipe(self) -> None:
        # The rows stay for the next visitor, emptied: building them again made this screen the slowest to open.
        for row in self.rows:
            row.set_texts("", "", "")
        self.filled = False
