"""Camino's screens (PySide6 Qt Widgets). They display what ``kiosk`` computes and hold no logic of their own."""

import ctypes
import sys

if sys.version_info < (3, 12):
    # PySide6 6.12 assumes Python 3.12's immortal None, True and False: it returns None from every
    # void Qt method, and passes a bool to the slots of a Python ``Signal(bool)``, without taking a
    # reference. On Python 3.11 each such call lowers the object's reference count, and a kiosk
    # tapped for hours reaches zero and aborts ("none_dealloc", "bool_dealloc"). A reference count
    # no program can exhaust makes them immortal here too.
    for _constant in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_constant)).value = 1 << 60
