"""The options every writer takes (kept apart from the format registry so writers need not import it)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ExportOptions"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportOptions:
    """Options shared by the writers.

    Attributes
    ----------
    layer
        Layer (table) name in GeoPackage, FlatGeobuf and KML, the document name in KML.
    wkt
        CSV only: add a ``wkt`` column (``POINT (lon lat)``).
    spatial_index
        FlatGeobuf only: write the packed Hilbert R-tree (features are then stored in Hilbert order).
    csv_guard
        CSV and ACLED CSV: prefix ``'`` to text cells a spreadsheet would run as formulas
        (:func:`geo.io.csv_guard`).
    """

    layer: str = "events"
    wkt: bool = False
    spatial_index: bool = True
    csv_guard: bool = True
