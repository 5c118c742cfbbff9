"""The errors of :mod:`db.errors`, under the name the domain and the CLI have always used."""

from db.errors import BadInput, CaminoError, DirectoryError

__all__ = ["BadInput", "CaminoError", "DirectoryError"]
