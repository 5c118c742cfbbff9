"""What every screen shares: live retranslation and what the footer (Back / Skip / Next) should offer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QFrame, QScrollArea, QScroller, QScrollerProperties, QVBoxLayout, QWidget


class Screen(QWidget):
    """A page of the journey. Subclasses set texts in ``retranslate()`` (called on every language change)."""

    key = ""
    nav_changed = Signal()

    def retranslate(self) -> None:
        """Set every user-visible string again (``self.tr``)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # What the footer shows on this screen.
    def next_text(self) -> str | None:
        return self.tr("Next")

    def can_go_next(self) -> bool:
        return True

    def can_skip(self) -> bool:
        return False

    def shows_back(self) -> bool:
        return True

    def entered(self) -> None:
        """The screen became the current one."""

    def wipe(self) -> None:
        """Forget everything of the visitor shown on this screen (Start over, idle reset)."""

    def finish_building(self) -> None:
        """Build now whatever the screen still fills in between taps (screenshots, checks)."""


def kinetic_scroll_area(content: QWidget) -> QScrollArea:
    """A scroll area that follows a finger (and a mouse drag), with no horizontal scrolling."""
    area = QScrollArea()
    area.setProperty("kinetic", True)  # on a screen: the page under it paints the background (ui.theme)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    area.setFocusPolicy(Qt.TabFocus)  # a tap inside must not move focus here: that repainted the screen
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    area.setWidget(content)
    QScroller.grabGesture(area.viewport(), QScroller.LeftMouseButtonGesture)
    scroller = QScroller.scroller(area.viewport())
    props = scroller.scrollerProperties()
    props.setScrollMetric(QScrollerProperties.OvershootDragResistanceFactor, 0.3)
    props.setScrollMetric(QScrollerProperties.OvershootScrollDistanceFactor, 0.1)
    props.setScrollMetric(QScrollerProperties.DragStartDistance, 0.004)
    # Qt holds a press back (0.25 s by default) to see whether it becomes a flick; a tap on an
    # option must answer at once, and a quick second tap must not be lost.
    props.setScrollMetric(QScrollerProperties.MousePressEventDelay, 0.0)
    scroller.setScrollerProperties(props)

    def released_on_drag(state) -> None:
        # The press reached a button before the finger started to drag: let it go, without a click.
        if state == QScroller.Dragging:
            for button in content.findChildren(QAbstractButton):
                if button.isDown():
                    button.setDown(False)

    scroller.stateChanged.connect(released_on_drag)
    return area


def page_layout(widget: QWidget, margins: int = 40, spacing: int = 20) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(margins, margins // 2 + 8, margins, margins // 2)
    layout.setSpacing(spacing)
    return layout
