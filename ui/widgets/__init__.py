"""Reusable kiosk widgets: option buttons, keypad, service cards, header, progress, QR code."""
