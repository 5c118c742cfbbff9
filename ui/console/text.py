"""A pathway as plain text for the desk console's live view (never HTML: directory text is shown as is)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConsolePathway", text)


def pathway_text(pathway, engine=None) -> str:
    """Steps, each with its services (name, organization, phone, address); needs without a service and the
    human fallback at the end. Text in the visitor's language; "(English)" marks untranslated text."""
    lines: list[str] = []

    def mark(localized) -> str:
        return localized.text + (" " + _tr("(English)") if localized.in_english else "")

    for step in pathway.steps:
        lines.append(f"{step.number}. {mark(step.title)}")
        if step.why.text:
            lines.append(f"   {mark(step.why)}")
        for card in step.services:
            lines.append(f"   • {mark(card.name)} — {card.organization}")
            details = [d for d in (card.phone, card.address) if d]
            if details:
                lines.append("     " + " · ".join(details))
        lines.append("")
    if pathway.unmatched_needs:
        lines.append(_tr("No service found for:") + " " + ", ".join(n.text.text for n in pathway.unmatched_needs))
    if pathway.unmatched_needs or not pathway.steps:
        lines.append(_tr("People who can help:"))
        for card in pathway.fallback:
            lines.append(f"   • {mark(card.name)}" + (f" — {card.phone}" if card.phone else ""))
    return "\n".join(lines).rstrip() + "\n"
