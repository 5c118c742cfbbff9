"""Anonymous insight for the city: daily counters, the visit recorder, reports and uploads.

See docs/insights.md for what is counted and why it cannot identify anyone.
"""

from kiosk.insights.counters import CounterStore
from kiosk.insights.session import InsightRecorder, missing_choices

__all__ = ["CounterStore", "InsightRecorder", "missing_choices", "open_recorder"]


def open_recorder(config, questions) -> InsightRecorder:
    """The recorder a running kiosk uses: counters in the state database, this kiosk's id."""
    return InsightRecorder(CounterStore(), config.kiosk.id, questions)
