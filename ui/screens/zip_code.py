"""Where: "Near this kiosk" (the default) or a ZIP code typed on our own keypad."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.questionnaire import NEAR_KIOSK, ZIP_PATTERN, Answers, Question
from ui.screens.base import Screen, kinetic_scroll_area, page_layout
from ui.widgets.keypad import NumericKeypad
from ui.widgets.option_button import OptionButton
from ui.widgets.text import label, ltr, set_text


class ZipScreen(Screen):
    def __init__(self, question: Question, answers: Answers) -> None:
        super().__init__()
        self.answers = answers
        self.question = question
        self.key = f"q:{question.id}"
        content = QWidget()
        layout = page_layout(content)
        self.title = label("", "title")
        self.help = label("", "help")
        choices = QHBoxLayout()
        choices.setSpacing(16)
        self.near = OptionButton("", "location")
        self.other = OptionButton("", "home")
        self.near.clicked.connect(self._near)
        self.other.clicked.connect(self._other)
        choices.addWidget(self.near)
        choices.addWidget(self.other)
        self.zip_area = QWidget()
        self.zip_area.setObjectName("plain")
        zip_layout = page_layout(self.zip_area, 0, 12)
        self.prompt = label("", "subtitle")
        self.digits = label("", "digits", wrap=False)
        self.digits.setLayoutDirection(Qt.LeftToRight)
        self.digits.setAlignment(Qt.AlignCenter)
        self.digits.setMinimumWidth(280)
        self.keypad = NumericKeypad(5)
        self.keypad.setMaximumWidth(600)
        self.keypad.changed.connect(self._typed)
        zip_layout.addWidget(self.prompt)
        zip_layout.addWidget(self.digits, 0, Qt.AlignHCenter)
        zip_layout.addWidget(self.keypad, 0, Qt.AlignHCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.help)
        layout.addLayout(choices)
        layout.addWidget(self.zip_area)
        layout.addStretch(1)
        outer = page_layout(self, 0, 0)
        self.area = kinetic_scroll_area(content)
        outer.addWidget(self.area)
        self.set_question(question)

    def set_question(self, question: Question) -> None:
        self.question = question
        set_text(self.title, question.text.text)
        self.help.setVisible(bool(question.help))
        set_text(self.help, question.help.text if question.help else "")
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.near.setText(self.tr("Near this kiosk"))
        self.other.setText(self.tr("Another ZIP code"))
        set_text(self.prompt, self.tr("Type the 5 digits of the ZIP code:"))
        self.keypad.retranslate()

    def value(self) -> str | None:
        value = self.answers.get(self.question.id)
        return value if isinstance(value, str) else None

    def refresh(self) -> None:
        value = self.value()
        typing = value is not None and value != NEAR_KIOSK
        self.near.setChecked(value == NEAR_KIOSK)
        self.other.setChecked(typing or (self.zip_area.isVisibleTo(self) and value is None))
        self._show_digits(self.keypad.digits)

    def _show_digits(self, digits: str) -> None:
        shown = digits + "–" * (5 - len(digits))
        self.digits.setText(ltr(shown))
        self.digits.setAccessibleName(self.tr("ZIP code: %1").replace("%1", digits))

    def _near(self) -> None:
        self.keypad.set_digits("")  # first: emptying the keypad drops a typed ZIP, not the answer set next
        self.answers.set(self.question.id, NEAR_KIOSK)
        self.zip_area.hide()
        self.refresh()
        self.nav_changed.emit()

    def _other(self) -> None:
        self.zip_area.show()
        self._typed(self.keypad.digits)
        # The keypad may start below the fold (1280×800): bring it into view once it is laid out.
        QTimer.singleShot(0, lambda: self.area.ensureWidgetVisible(self.keypad, 0, 16))

    def _typed(self, digits: str) -> None:
        if ZIP_PATTERN.match(digits):
            self.answers.set(self.question.id, digits)
        else:
            self.answers.values.pop(self.question.id, None)
        self.refresh()
        self.nav_changed.emit()

    def entered(self) -> None:
        # "Near this kiosk" is the default answer.
        if self.value() is None and not self.keypad.digits:
            self.answers.set(self.question.id, NEAR_KIOSK)
        self.zip_area.setVisible(self.value() not in (None, NEAR_KIOSK) or bool(self.keypad.digits))
        self.refresh()

    def can_go_next(self) -> bool:
        return self.value() is not None or self.question.optional

    def wipe(self) -> None:
        self.keypad.set_digits("")
        self.zip_area.hide()
        self.near.setChecked(False)
        self.other.setChecked(False)
