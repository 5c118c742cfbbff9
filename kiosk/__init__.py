"""Camino's domain: questionnaire, pathway engine, printout, printing, sync, insights, CLI.

Nothing in this package imports Qt; the screens in ``ui`` only display what is computed here.
"""

__version__ = "0.1.0"
