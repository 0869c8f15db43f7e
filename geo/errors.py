"""The exceptions geo raises.

Every error derives from :class:`GeoError` and also from the built-in exception that callers
already catch for that kind of problem, so ``except ValueError`` or ``except LookupError`` keeps
working. Messages quote the offending value with ``!r``.
"""

from __future__ import annotations

__all__ = [
    "CurationError",
    "GazetteerError",
    "GeoError",
    "GeoIOError",
    "InputError",
    "PlaceNotFoundError",
    "SchemaError",
]


class GeoError(Exception):
    """Root of every error raised by geo."""


class InputError(GeoError, ValueError):
    """A value given by the user (argument, option, file content) is not acceptable."""


class SchemaError(InputError):
    """A feature or collection does not follow the event feature contract."""


class CurationError(InputError):
    """A curation file is inconsistent (unknown place, bad offsets, bad date...)."""


class GazetteerError(GeoError, LookupError):
    """The offline gazetteer cannot answer (missing source, broken index...)."""


class PlaceNotFoundError(GazetteerError):
    """No gazetteer entry matches a name or id."""


class GeoIOError(GeoError, OSError):
    """Reading or writing a file failed."""
