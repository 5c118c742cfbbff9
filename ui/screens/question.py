"""A question from the directory's questionnaire: single or multiple choice, icon and text on every option."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QWidget

from kiosk.questionnaire import Answers, Question
from ui import fonts, glossary
from ui.screens.base import Screen, kinetic_scroll_area, page_layout
from ui.widgets.option_button import OptionButton
from ui.widgets.text import label, set_text

# Options of the needs question a hesitant visitor looks for first ("Help in my language", "Not sure —
# talk to a person"), known by their icons: kept in view under the other options, never below the fold.
PINNED_ICONS = ("language", "person")


class OptionGrid(QWidget):
    """Option buttons in one column (narrow screens) or two."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(16)
        self.buttons: list[OptionButton] = []
        self._columns = 2

    def set_buttons(self, buttons: list[OptionButton]) -> None:
        for old in self.buttons:
            old.setParent(None)
            old.deleteLater()
        self.buttons = buttons
        self._place()

    def _place(self) -> None:
        for i, button in enumerate(b for b in self.buttons if not getattr(b, "pinned", False)):
            self.grid.addWidget(button, i // self._columns, i % self._columns)
        for col in range(2):
            self.grid.setColumnStretch(col, 1 if col < self._columns else 0)

    def resizeEvent(self, event) -> None:
        columns = 1 if event.size().width() < 900 else 2
        if columns != self._columns:
            self._columns = columns
            self._place()
        super().resizeEvent(event)


class QuestionScreen(Screen):
    def __init__(self, question: Question, answers: Answers) -> None:
        super().__init__()
        self.answers = answers
        self.question = question
        self.key = f"q:{question.id}"
        content = QWidget()
        layout = page_layout(content)
        # The directory's texts and ours, in each language in turn: measured once each (MeasuredLabel).
        self.title = label("", "title", measured=True)
        self.help = label("", "help", measured=True)
        self.hint = label("", "small", measured=True)
        self.options = OptionGrid()
        layout.addWidget(self.title)
        layout.addWidget(self.help)
        layout.addWidget(self.hint)
        layout.addWidget(self.options)
        self.terms = label("", "small", measured=True)  # SSN, ITIN…: what they are, under the options that name them
        layout.addWidget(self.terms)
        layout.addStretch(1)
        outer = page_layout(self, 0, 0)
        outer.addWidget(kinetic_scroll_area(content), 1)
        self.pinned = QFrame()
        self.pinned.setProperty("role", "pinned")  # a line above: the options scroll away, these stay
        self.pinned_row = QHBoxLayout(self.pinned)
        self.pinned_row.setContentsMargins(40, 12, 58, 12)  # lined up with the options above (scroll bar)
        self.pinned_row.setSpacing(16)
        outer.addWidget(self.pinned)
        self.set_question(question)

    def set_question(self, question: Question) -> None:
        """Show ``question`` (again, e.g. in another language), keeping what the visitor chose."""
        self.question = question
        set_text(self.title, question.text.text)
        self.help.setVisible(bool(question.help))
        set_text(self.help, question.help.text if question.help else "")
        if [o.id for o in question.options] == [b.option_id for b in self.options.buttons]:
            # Same options in another language: new text on the same buttons (a live switch stays quick).
            for option, button in zip(question.options, self.options.buttons, strict=True):
                button.setText(option.text.text)
        else:
            buttons = []
            for option in question.options:
                button = OptionButton(option.text.text, option.icon or "dots")
                button.option_id = option.id
                button.pinned = question.facet == "need" and option.icon in PINNED_ICONS
                button.clicked.connect(lambda _=False, b=button: self._tapped(b))
                buttons.append(button)
            self.options.set_buttons(buttons)
            for button in buttons:
                if button.pinned:
                    self.pinned_row.addWidget(button, 1)
        self.pinned.setVisible(any(getattr(b, "pinned", False) for b in self.options.buttons))
        self.refresh()
        self.retranslate()

    def warm_up(self, question: Question) -> None:
        """Load the fonts ``question`` (in another language) needs here, before a visitor asks for it."""
        used = {label.font().key(): label.font() for label in self.findChildren(QLabel)}
        texts = [question.text.text, question.help.text if question.help else ""]
        fonts.warm_up(used.values(), " ".join([*texts, *(option.text.text for option in question.options)]))

    def rehearse(self, question: Question, size) -> None:
        """Lay out and draw ``question`` (another language's) offscreen at ``size``, then show the
        current one again: a tap on that language then finds its labels measured (MeasuredLabel) and
        its glyphs drawn. Not while on show."""
        if self.isVisible():
            return
        current = self.question
        self.resize(size)
        self.set_question(question)
        self.grab()  # lays out every layout under it, then paints: as showing it would
        self.set_question(current)

    def retranslate(self) -> None:
        # The directory's own help says how to answer; our generic hint only when it has none.
        self.hint.setVisible(not self.question.help)
        set_text(self.hint, self.tr("Choose all that apply.") if self.question.kind == "multi"
                 else self.tr("Choose one."))
        question = self.question
        terms = glossary.terms_in(question.text.text, *(o.text.text for o in question.options))
        set_text(self.terms, glossary.explain(terms))
        self.terms.setVisible(bool(terms))

    def chosen(self) -> list[str]:
        value = self.answers.get(self.question.id)
        if value is None:
            return []
        return list(value) if isinstance(value, list) else [value]

    def refresh(self) -> None:
        chosen = set(self.chosen())
        for button in self.options.buttons:
            button.setChecked(button.option_id in chosen)

    def _tapped(self, button: OptionButton) -> None:
        if self.question.kind == "multi":
            picked = [b.option_id for b in self.options.buttons if b.isChecked()]
            if picked:
                self.answers.set(self.question.id, picked)
            else:
                self.answers.values.pop(self.question.id, None)
        else:
            self.answers.set(self.question.id, button.option_id)
        self.refresh()
        self.nav_changed.emit()

    def can_go_next(self) -> bool:
        return bool(self.chosen()) or self.question.optional

    def can_skip(self) -> bool:
        return self.question.optional and not self.chosen()

    def next_text(self) -> str | None:
        return self.tr("Next") if self.chosen() or not self.question.optional else None

    def entered(self) -> None:
        self.refresh()

    def wipe(self) -> None:
        for button in self.options.buttons:
            button.setChecked(False)
