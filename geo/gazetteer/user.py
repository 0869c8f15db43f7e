"""Your own places: add a user layer to the gazetteer from a file or from Python.

>>> from geo.gazetteer.user import UserPlace, add_places
>>> add_places([UserPlace("Tell Abyad checkpoint", 38.95, 36.70, feature_class="facility", country="SY")],
...            layer="review")  # doctest: +SKIP

Input files (docs/gazetteer.md, "Your own places"): CSV with the columns ``name, lon, lat,
feature_class, country`` and optionally ``alternate_names`` (``|`` between names), ``admin1``,
``admin2`` (region names as written, "Homs Governorate") and ``population``; or GeoJSON / GeoPackage
Point features with the same properties. Every row is checked before anything is written: bad rows are
reported one line each, with their line (or feature) number, and no layer changes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final

from geo import settings
from geo.errors import GazetteerError, InputError
from geo.gazetteer.build import fingerprint
from geo.gazetteer.index import Gazetteer, forget_default_gazetteer
from geo.gazetteer.layers import (
    LayerInfo,
    layer_lock,
    layer_path,
    list_layers,
    name_rows,
    open_layer,
    remove_layer,
)
from geo.gazetteer.normalize import normalize_name
from geo.gazetteer.resources import data_dir
from geo.gazetteer.user_files import iter_csv, iter_features, read_layer
from geo.model.vocab import FEATURE_CLASSES

__all__ = [
    "UserPlace",
    "add_file",
    "add_places",
    "default_importance",
    "list_layers",
    "read_places",
    "remove_layer",
]

#: CSV columns a file must have, and those it may have.
REQUIRED: Final = ("name", "lon", "lat", "feature_class", "country")
OPTIONAL: Final = ("alternate_names", "admin1", "admin2", "population")
#: Importance of a user place before the namesake rule (geo.gazetteer.layers): at least
#: :data:`USER_FLOOR`; countries 1.0, first-level-region-like classes as the packaged ones; cities by
#: population as the packaged places (log10(population + 1) / 7.2).
CLASS_IMPORTANCE: Final[dict[str, float]] = {"country": 1.0, "admin_region": 0.75}
#: The least importance of a user place: the level from which the recogniser also matches spelling
#: variants of a name (geo.recognize.lexicon.SKELETON_MIN_IMPORTANCE) and the fuzzy fallback considers
#: it (geo.gazetteer.fuzzy.FUZZY_MIN_IMPORTANCE). A place the user adds is one their texts name.
USER_FLOOR: Final = 0.55
_MAX_ERRORS: Final = 10
_COUNTRY: Final = re.compile(r"^[A-Z]{2}\Z")


@dataclass(frozen=True, slots=True)
class UserPlace:
    """A place to add.

    Attributes
    ----------
    name
        The name the place is known by.
    lon, lat
        WGS84 degrees.
    feature_class
        One of :data:`geo.model.vocab.FEATURE_CLASSES`.
    country
        ISO 3166-1 alpha-2 code, or None (seas).
    alternate_names
        Other spellings.
    admin1, admin2
        Names of the first- and second-level regions holding it as written ("Homs Governorate"); they are
        looked up in the packaged gazetteer and stored as GeoNames admin codes, for resolution in context.
    population
        Inhabitants if known (ranks cities among themselves).
    """

    name: str
    lon: float
    lat: float
    feature_class: str = "city"
    country: str | None = None
    alternate_names: tuple[str, ...] = ()
    admin1: str | None = None
    admin2: str | None = None
    population: int = 0


def default_importance(feature_class: str, population: int) -> float:
    """Importance of a user place before the namesake rule: :data:`CLASS_IMPORTANCE`, cities by population."""
    if feature_class in CLASS_IMPORTANCE:
        return max(USER_FLOOR, CLASS_IMPORTANCE[feature_class])
    return min(1.0, max(USER_FLOOR, math.log10(population + 1) / 7.2))


def check_place(place: UserPlace) -> UserPlace:
    """Return ``place`` tidied (names trimmed, country upper case) or raise :class:`InputError` naming the
    bad value."""
    name = " ".join(str(place.name or "").split())
    if not normalize_name(name):
        raise InputError(f"name {place.name!r} has no letter or digit")
    for axis, value, bound in (("lon", place.lon, 180.0), ("lat", place.lat, 90.0)):
        if isinstance(value, bool) or not isinstance(value, int | float) or not -bound <= value <= bound:
            raise InputError(f"{axis} {value!r} is not a number between {-bound:g} and {bound:g}")
    if place.feature_class not in FEATURE_CLASSES:
        raise InputError(f"feature_class {place.feature_class!r} is not one of {', '.join(FEATURE_CLASSES)}")
    country = (place.country or "").strip().upper() or None
    if country is not None and not _COUNTRY.match(country):
        raise InputError(f"country {place.country!r} is not an ISO 3166-1 alpha-2 code")
    if isinstance(place.population, bool) or not isinstance(place.population, int) or place.population < 0:
        raise InputError(f"population {place.population!r} is not a whole number >= 0")
    alternates = tuple(
        dict.fromkeys(a for a in (" ".join(str(x).split()) for x in place.alternate_names) if a)
    )
    return replace(
        place,
        name=name,
        country=country,
        alternate_names=alternates,
        lon=float(place.lon),
        lat=float(place.lat),
    )


def _number(text: str, what: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise InputError(f"{what} {text!r} is not a number") from None
    if not math.isfinite(value):
        raise InputError(f"{what} {text!r} is not a finite number")
    return value


def place_from_record(record: Mapping[str, Any]) -> UserPlace:
    """Return the :class:`UserPlace` of one CSV row or feature's properties (with ``lon``/``lat``)."""
    if "_problem" in record:  # a feature that is not a Point (geo.gazetteer.user_files)
        raise InputError(str(record["_problem"]))
    if "_extra" in record:
        raise InputError(f"more fields than columns: {record['_extra']!r}")
    alternates = record.get("alternate_names") or ()
    if isinstance(alternates, str):
        alternates = tuple(part for part in alternates.split("|"))
    population: Any = record.get("population") or 0
    if isinstance(population, str):
        population = _number(population, "population") if population.strip() else 0
    if isinstance(population, float):
        if not population.is_integer():
            raise InputError(f"population {population!r} is not a whole number >= 0")
        population = int(population)
    lon, lat = record.get("lon"), record.get("lat")
    return check_place(
        UserPlace(
            name=str(record.get("name") or ""),
            lon=_number(lon, "lon") if isinstance(lon, str) else lon,  # type: ignore[arg-type]
            lat=_number(lat, "lat") if isinstance(lat, str) else lat,  # type: ignore[arg-type]
            feature_class=str(record.get("feature_class") or "").strip(),
            country=str(record.get("country") or "") or None,
            alternate_names=tuple(str(a) for a in alternates),
            admin1=str(record.get("admin1") or "").strip() or None,
            admin2=str(record.get("admin2") or "").strip() or None,
            population=population,
        )
    )


def _collect(items: Iterable[tuple[str, Mapping[str, Any] | UserPlace]], what: str) -> list[UserPlace]:
    """Check every item; raise one :class:`InputError` listing the bad ones (one line each)."""
    places: list[UserPlace] = []
    errors: list[str] = []
    for where, item in items:
        try:
            places.append(check_place(item) if isinstance(item, UserPlace) else place_from_record(item))
        except InputError as exc:
            errors.append(f"{where}: {exc}")
    if errors:
        more = f"\n... and {len(errors) - _MAX_ERRORS} more" if len(errors) > _MAX_ERRORS else ""
        raise InputError(
            "\n".join(errors[:_MAX_ERRORS]) + more + f"\n{len(errors)} bad rows in {what}; nothing was added"
        )
    if not places:
        raise InputError(f"{what} holds no places; nothing was added")
    return places


def read_places(path: str | Path) -> list[UserPlace]:
    """Read the places of a CSV, GeoJSON or GeoPackage file (see the module docstring).

    Raises
    ------
    InputError
        Listing the bad rows (``places.csv line 7: lat '91' is not a number between -90 and 90``), for a
        missing column, or an unknown format.
    GeoIOError
        If the file cannot be read.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _collect(iter_csv(path, REQUIRED, OPTIONAL), str(path))
    if suffix in (".geojson", ".json", ".gpkg"):
        return _collect(iter_features(path), str(path))
    raise InputError(f"{str(path)!r}: expected a .csv, .geojson or .gpkg file of places")


def packaged_gazetteer() -> Gazetteer:
    """The packaged index without layers (building it if needed), for looking up admin regions."""
    folder = data_dir("gazetteer")
    return Gazetteer.open(Path(settings.cache_dir) / f"gazetteer-{fingerprint(folder)}.sqlite")


def _admin_codes(gazetteer: Gazetteer, place: UserPlace) -> tuple[str | None, str | None]:
    """GeoNames admin codes of the regions a place names, looked up among the packaged admin regions."""
    codes: list[str | None] = [None, None]
    if place.country is None:
        return None, None
    for level, name in ((0, place.admin1), (1, place.admin2)):
        if not name:
            continue
        try:
            found = gazetteer.lookup(name, country=place.country, feature_class="admin_region", fuzzy=False)
        except InputError:  # an unknown country code: no regions
            return None, None
        in_country = [c for c in found if c.country == place.country]
        if in_country:
            best = in_country[0]
            codes[0] = codes[0] or best.admin1
            if level == 1 and best.admin2:
                codes[1] = best.admin2
    return codes[0], codes[1]


def _stored(name: str) -> list[tuple[str, UserPlace, str | None, str | None]]:
    """The places of user layer ``name`` with their ids and codes (empty when there is none)."""
    return [
        (ident, UserPlace(name, lon, lat, cls, country, alternates, population=population), admin1, admin2)
        for ident, name, cls, country, lon, lat, population, admin1, admin2, alternates in read_layer(
            layer_path(name)
        )
    ]


def add_places(
    places: Iterable[UserPlace | Mapping[str, Any]],
    *,
    layer: str = "review",
    replace_layer: bool = False,
    source: str = "python",
) -> LayerInfo:
    """Add places to user layer ``layer`` (created when missing) and return the layer.

    The places are checked first (nothing is written if one is bad); their admin region names become
    codes; the layer file is replaced atomically, and the next :func:`geo.gazetteer.default_gazetteer`
    (in this process too) opens an index with the layer merged in.

    Parameters
    ----------
    places
        :class:`UserPlace` records or mappings with its fields (``lon``/``lat`` as numbers or text).
    layer
        The layer's name (letters, digits, ``_``, ``-``).
    replace_layer
        Replace the layer's places instead of adding to them.
    source
        What the places come from, recorded in the layer (``geo gazetteer list``).

    Raises
    ------
    InputError
        For a bad layer name or bad places (one line each, with their position).
    """
    checked = _collect(((f"place {i}", p) for i, p in enumerate(places, start=1)), "the places given")
    with packaged_gazetteer() as gazetteer:
        new = [(place, *_admin_codes(gazetteer, place)) for place in checked]
    with layer_lock(layer):  # read, add, write: one writer at a time (threads of a server, processes)
        kept = [] if replace_layer else _stored(layer)
        return _write(layer, kept, new, source=source)


def _write(
    layer: str,
    kept: Sequence[tuple[str, UserPlace, str | None, str | None]],
    new: Sequence[tuple[UserPlace, str | None, str | None]],
    *,
    source: str,
) -> LayerInfo:
    used = {ident for ident, _, _, _ in kept}
    rows = list(kept)
    for place, admin1, admin2 in new:
        slug = normalize_name(place.name).replace(" ", "-")[:60] or "place"
        ident, n = f"user:{layer}:{slug}", 1
        while ident in used:
            n += 1
            ident = f"user:{layer}:{slug}-{n}"
        used.add(ident)
        rows.append((ident, place, admin1, admin2))
    with open_layer(layer, kind="user", source=source) as con:
        for pid, (ident, place, admin1, admin2) in enumerate(rows, start=1):
            con.execute(
                "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    pid,
                    ident,
                    place.name,
                    place.feature_class,
                    place.country,
                    round(place.lon, 6),
                    round(place.lat, 6),
                    place.population,
                    default_importance(place.feature_class, place.population),
                    f"user:{layer}",
                    admin1,
                    admin2,
                ),
            )
            names = [(place.name, 0), *((alt, 1) for alt in place.alternate_names)]
            con.executemany("INSERT INTO names VALUES (?,?,?,?,?,?,?)", name_rows(pid, names))
    forget_default_gazetteer()
    for info in list_layers():
        if info.name == layer:
            return info
    raise GazetteerError(f"gazetteer layer {layer!r} was written but cannot be read back")


def add_file(path: str | Path, *, layer: str | None = None, replace_layer: bool = True) -> LayerInfo:
    """Add the places of a CSV, GeoJSON or GeoPackage file as user layer ``layer`` (default: the file's
    stem), replacing the layer's places unless ``replace_layer`` is False. See :func:`read_places`."""
    path = Path(path)
    name = layer if layer is not None else re.sub(r"[^A-Za-z0-9_-]", "-", path.stem).lstrip("-_")[:64]
    layer_path(name)  # checks the name before the file is read
    return add_places(read_places(path), layer=name, replace_layer=replace_layer, source=path.name)
