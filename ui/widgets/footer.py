"""The footer under every screen but the attract one: Back and Start over, then Skip and Next."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QPushButton

from ui.theme import MIN_TOUCH, theme
from ui.widgets import icons


def _button(icon_name: str, role: str) -> QPushButton:
    button = QPushButton()
    button.setProperty("role", role)
    button.setProperty("icon_name", icon_name)
    button.setMinimumHeight(max(72, MIN_TOUCH))
    button.setIconSize(QSize(30, 30))
    button.setFocusPolicy(Qt.TabFocus)  # keyboard reaches it; a tap leaves no focus ring behind
    return button


class Footer(QFrame):
    """The journey's buttons; the window sets their texts and which of them show."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "footer")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(16)
        self.back = _button("back", "quiet")
        self.restart = _button("restart", "quiet")
        self.skip = _button("skip", "quiet")
        self.next = _button("next", "primary")
        # Start over stands apart from Back (a wrong tap there would not just go one screen back).
        layout.addWidget(self.back)
        layout.addStretch(1)
        layout.addWidget(self.restart)
        layout.addStretch(1)
        layout.addWidget(self.skip)
        layout.addWidget(self.next)

    def warm_up(self) -> None:
        """Draw the icons of both reading directions ahead of time: a first right-to-left tap need not."""
        for button in (self.back, self.restart, self.skip, self.next):
            color = theme.palette.on_primary if button is self.next else theme.palette.text
            for name in {button.property("icon_name"), "back", "next"}:  # the arrows swap sides
                icons.icon(name, color, 30)

    def restyle(self) -> None:
        """Icons in the theme's colours, pointing the reading direction's way."""
        # Qt does not mirror a button's icon in right-to-left layouts: swap the pointing arrows
        # ourselves. Next keeps its arrow after the text (the opposite side of the layout).
        rtl = QApplication.layoutDirection() == Qt.RightToLeft
        if getattr(self, "_icons_for", None) == (theme.palette, rtl):
            return  # as they are (a language tap in the same direction): set again, each would repaint
        self._icons_for = (theme.palette, rtl)
        self.next.setLayoutDirection(Qt.LeftToRight if rtl else Qt.RightToLeft)
        mirrored = {"back": "next", "next": "back"} if rtl else {}
        for button in (self.back, self.restart, self.skip, self.next):
            color = theme.palette.on_primary if button is self.next else theme.palette.text
            name = button.property("icon_name")
            button.setIcon(icons.icon(mirrored.get(name, name), color, 30))
