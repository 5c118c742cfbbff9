"""Camino's screens (PySide6 Qt Widgets). They display what ``kiosk`` computes and hold no logic of their own."""
