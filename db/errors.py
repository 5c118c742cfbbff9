"""Errors that carry a sentence a person can act on.

The CLI prints ``str(error)`` on one line and exits 2 for :class:`BadInput`, 1 for other
:class:`CaminoError`; the kiosk shows the sentence on screen.
"""


class CaminoError(Exception):
    """A failure with a message meant for people, not a traceback."""


class BadInput(CaminoError):
    """The input given (a file, an argument, an answer) is not acceptable."""


class DirectoryError(CaminoError):
    """A directory database cannot be used (missing, corrupt, wrong version)."""
