"""The printed pathway: a PDF a visitor takes home, in their language (and English for staff).

``render_pathway`` draws a :class:`kiosk.pathway.Pathway`; ``printout_for`` builds everything from
answers. Pure reportlab, no Qt: the kiosk, the staff desk and ``kiosk print`` share it.
"""

from kiosk.printout.document import english_twin, printout_for, render_pathway

__all__ = ["english_twin", "printout_for", "render_pathway"]
