"""Camino's screens (PySide6 Qt Widgets). They display what ``kiosk`` computes and hold no logic of their own."""

import ctypes
import sys

if sys.version_info < (3, 12):
    # PySide6 6.12 returns None from every void Qt method without taking a reference (it assumes
    # Python 3.12's immortal None). On Python 3.11 each call then lowers None's reference count,
    # and a kiosk painting for hours reaches zero and aborts ("none_dealloc"). Giving None a
    # reference count no program can exhaust makes it immortal here too.
    ctypes.c_ssize_t.from_address(id(None)).value = 1 << 60
