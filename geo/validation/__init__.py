"""Building blocks of :mod:`geo.validate`: semantic property checks and country bounding boxes.

The public validation API lives in :mod:`geo.validate`; its names are also reachable from here
(``from geo.validation import validate_path``), imported lazily to avoid an import cycle.
"""

from __future__ import annotations

from typing import Any

_PUBLIC = ("FileReport", "Problem", "validate_bytes", "validate_file", "validate_object", "validate_path")

__all__ = list(_PUBLIC)


def __getattr__(name: str) -> Any:
    if name in _PUBLIC:
        import geo.validate

        return getattr(geo.validate, name)
    raise AttributeError(f"module 'geo.validation' has no attribute {name!r}")
