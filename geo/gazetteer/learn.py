"""Learn named places from event data: UCDP GED and ACLED CSV files and geo's own events GeoJSON.

Each precise event row (UCDP ``where_prec`` 1-2, ACLED ``geo_precision`` 1-2, geo ``geo_precision`` 1-2)
is an observation: a name as the dataset writes it, a point, a country and the admin regions. Names are
cleaned with the generic words of ``geo/lexicon/data/gazetteer_event_place_words.yaml`` ("Teir Maaleh
village" -> "Teir Maaleh", class city; "Tishrin Dam" stays whole, class facility), ``A/B`` gives two
spellings and ``(X)`` a third. Observations of one country whose names share a transliteration skeleton
(geo.gazetteer.normalize.skeleton) and whose points lie within :data:`MERGE_KM` are one place: its name is
the most frequent spelling (the others become alternate names) and its point, class and regions the most
frequent ones.
"""

from __future__ import annotations

import csv
import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from geo import lexicon
from geo.codebooks.countries import country_code
from geo.errors import GeoIOError, InputError
from geo.gazetteer.normalize import ARTICLES, normalize_name, skeleton
from geo.gazetteer.user import UserPlace
from geo.io.bounded import load_json_text, read_bounded
from geo.model.vocab import FEATURE_CLASSES

__all__ = [
    "MERGE_KM",
    "PLACE_WORDS_FILE",
    "VARIANTS_FILE",
    "Learned",
    "learn_from_rows",
    "learn_places",
    "split_name",
    "variants",
]

#: The data file of generic words ending event place names.
PLACE_WORDS_FILE: Final = "gazetteer_event_place_words"
#: The data file of spelling variants of Arabic words in place names.
VARIANTS_FILE: Final = "gazetteer_name_variants"
_ARTICLE_FORMS: Final = ARTICLES
#: Observations of one spelling skeleton within this distance (km) are one place.
MERGE_KM: Final = 5.0
#: Precision codes kept: UCDP where_prec 1 (exact) and 2 (within ~25 km of a named place); ACLED and geo
#: geo_precision 1 (the named place) and 2 (near it, coded to it).
PRECISE: Final = frozenset({"1", "2"})
_PAREN: Final = re.compile(r"\(([^()]*)\)")
#: Columns that tell the formats apart, and where each takes its values.
_UCDP: Final = {"name": "where_coordinates", "prec": "where_prec", "admin1": "adm_1", "admin2": "adm_2"}
_ACLED: Final = {"name": "location", "prec": "geo_precision", "admin1": "admin1", "admin2": "admin2"}
_MAX_ERRORS: Final = 10


@functools.cache
def _variant_forms() -> dict[str, tuple[str, ...]]:
    """Word -> its other spellings (gazetteer_name_variants.yaml); an article form -> ("al",) only."""
    forms: dict[str, list[str]] = {}
    for entry in lexicon.load(VARIANTS_FILE):
        group = list(dict.fromkeys(str(form) for form in entry["forms"]))
        for form in group:
            forms.setdefault(form, []).extend(other for other in group if other != form)
    forms.pop("al", None)  # "al" is not turned into each sun-letter form
    return {word: tuple(dict.fromkeys(others)) for word, others in forms.items()}


def variants(name: str, *, limit: int = 8) -> list[str]:
    """Other spellings of ``name`` by :data:`VARIANTS_FILE` ("Tall Tamr" -> "Tal Tamr", "Tell Tamr" ...).

    >>> variants("Jisr ash Shughur")
    ['Jisr al Shughur']
    """
    forms = _variant_forms()
    spellings = [name.split()]
    for i, word in enumerate(name.split()):
        others = forms.get(word.casefold().rstrip("-"), ())
        if not others or (i == len(name.split()) - 1 and word.casefold() in _ARTICLE_FORMS):
            continue
        spellings += [
            [*words[:i], other.capitalize() if word[:1].isupper() else other, *words[i + 1 :]]
            for words in spellings
            for other in others
        ]
    found = [" ".join(words) for words in spellings[1:]]
    return list(dict.fromkeys(f for f in found if f != name))[:limit]


@functools.cache
def _place_words() -> tuple[tuple[tuple[str, ...], str, bool], ...]:
    entries = lexicon.load(PLACE_WORDS_FILE)
    words = [(tuple(str(e["term"]).split()), str(e["class"]), bool(e["strip"])) for e in entries]
    return tuple(sorted(words, key=lambda item: -len(item[0])))


def split_name(written: str) -> tuple[list[str], str]:
    """Return the names and feature class of a place name as event data writes it.

    >>> split_name("Teir Maaleh village")
    (['Teir Maaleh'], 'city')
    >>> split_name("Umm Ashba/Barqah village")
    (['Umm Ashba', 'Barqah'], 'city')
    >>> split_name("Tiyas Airbase (T4)")
    (['Tiyas Airbase', 'T4'], 'military_base')
    """
    extra = [part.strip() for part in _PAREN.findall(written) if part.strip()]
    words = _PAREN.sub(" ", written).split()
    feature_class, suffix = "city", ""
    folded = [w.casefold().replace("-", " ") for w in words]
    for term, cls, strip in _place_words():
        if len(words) > len(term) and tuple(" ".join(folded[-len(term) :]).split()) == term:
            feature_class = cls
            suffix = "" if strip else " " + " ".join(words[-len(term) :])
            words = words[: -len(term)]
            break
    core = " ".join(words)
    names = [f"{part.strip()}{suffix}" for part in core.split("/") if part.strip()]
    return list(dict.fromkeys([*names, *extra])), feature_class


def _distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))


@dataclass(slots=True)
class _Place:
    country: str | None
    point: tuple[float, float]
    names: Counter[str] = field(default_factory=Counter)
    points: Counter[tuple[float, float]] = field(default_factory=Counter)
    classes: Counter[str] = field(default_factory=Counter)
    regions: Counter[tuple[str | None, str | None]] = field(default_factory=Counter)

    def place(self) -> UserPlace:
        (name, _), *others = self.names.most_common()
        spellings = [n for n, _ in others]
        for written in [name, *spellings]:
            spellings += variants(written)
        spellings = [n for n in dict.fromkeys(spellings) if n != name]
        (lon, lat), _ = self.points.most_common(1)[0]
        admin1, admin2 = self.regions.most_common(1)[0][0]
        cls = self.classes.most_common(1)[0][0]
        return UserPlace(name, lon, lat, cls, self.country, tuple(spellings), admin1, admin2)


@dataclass(frozen=True, slots=True)
class Learned:
    """What :func:`learn_places` found.

    Attributes
    ----------
    places
        The learned places, in order of first appearance.
    rows, precise
        Rows read, and rows used (precise, with a name and a point).
    summary
        One line saying so.
    """

    places: list[UserPlace]
    rows: int
    precise: int
    summary: str


def learn_from_rows(rows: Iterable[tuple[str, Mapping[str, Any]]], *, columns: Mapping[str, str]) -> Learned:
    """Learn the places of event rows (``(where, row)`` pairs) whose columns are named by ``columns``
    (keys ``name``, ``prec``, ``admin1``, ``admin2``; ``latitude``, ``longitude`` and ``country`` are
    read as they are)."""
    places: list[_Place] = []
    by_skeleton: dict[tuple[str | None, str], list[_Place]] = {}
    total = used = 0
    errors: list[str] = []
    for where, row in rows:
        total += 1
        if str(row.get(columns["prec"]) or "").strip() not in PRECISE:
            continue
        written = " ".join(str(row.get(columns["name"]) or "").split())
        if not written:
            continue
        try:
            lat, lon = float(row["latitude"]), float(row["longitude"])
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValueError
        except (KeyError, TypeError, ValueError):
            errors.append(f"{where}: latitude/longitude {row.get('latitude')!r}, {row.get('longitude')!r}")
            continue
        used += 1
        names, cls = split_name(written)
        cls = str(row["feature_class"]) if row.get("feature_class") in FEATURE_CLASSES else cls
        country = country_code(str(row.get("country") or "")) if row.get("country") else None
        point = (round(lon, 6), round(lat, 6))
        keys = [(country, skeleton(normalize_name(n)) or normalize_name(n)) for n in names]
        found = next(
            (p for key in keys for p in by_skeleton.get(key, ()) if _distance_km(p.point, point) <= MERGE_KM),
            None,
        )
        if found is None:
            found = _Place(country, point)
            places.append(found)
        for key in keys:
            if found not in by_skeleton.setdefault(key, []):
                by_skeleton[key].append(found)
        found.names.update(names[:1])
        found.names.update(dict.fromkeys(names[1:], 0))  # other spellings, kept without a vote
        found.points[point] += 1
        found.classes[cls] += 1
        regions = tuple(str(row.get(columns[k]) or "").strip() or None for k in ("admin1", "admin2"))
        found.regions[regions] += 1  # type: ignore[index]
    if errors:
        more = f"\n... and {len(errors) - _MAX_ERRORS} more" if len(errors) > _MAX_ERRORS else ""
        raise InputError(
            "\n".join(errors[:_MAX_ERRORS]) + more + f"\n{len(errors)} bad rows; nothing was added"
        )
    learned = [p.place() for p in places]
    summary = f"learned {len(learned):,} places from {used:,} precise rows of {total:,}"
    return Learned(learned, total, used, summary)


def _csv_rows(path: Path) -> tuple[Iterator[tuple[str, dict[str, str]]], list[str]]:
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise GeoIOError(f"cannot read {str(path)!r}: {exc.strerror or exc}") from None
    reader = csv.DictReader(handle)
    header = list(reader.fieldnames or [])

    def rows() -> Iterator[tuple[str, dict[str, str]]]:
        with handle:
            try:
                for row in reader:
                    yield f"{path.name} line {reader.line_num}", row
            except (csv.Error, UnicodeDecodeError) as exc:
                raise InputError(f"{path.name} line {reader.line_num}: cannot be read ({exc})") from None

    return rows(), header


def _geojson_rows(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    data = load_json_text(read_bounded(path), name=str(path))
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise InputError(f"{str(path)!r} is not a GeoJSON FeatureCollection of events")
    for number, feature in enumerate(data.get("features") or [], start=1):
        props = feature.get("properties") or {} if isinstance(feature, dict) else {}
        geometry = feature.get("geometry") or {} if isinstance(feature, dict) else {}
        coords = geometry.get("coordinates") if isinstance(geometry, dict) else None
        point = coords if isinstance(coords, list) and len(coords) >= 2 else [None, None]
        place, written = props.get("place"), props.get("name")
        spelled = "/".join(dict.fromkeys(str(n) for n in (place, written) if n))
        yield (
            f"{path.name} feature {number}",
            {
                "location": spelled,
                "geo_precision": props.get("geo_precision"),
                "longitude": point[0],
                "latitude": point[1],
                "country": props.get("country"),
                "feature_class": props.get("feature_class"),
            },
        )


def learn_places(path: str | Path) -> Learned:
    """Learn the named places of an event file: UCDP GED CSV, ACLED CSV, or geo events GeoJSON.

    Raises
    ------
    InputError
        For a file of none of these kinds, or rows with bad coordinates (one line each, nothing learned).
    GeoIOError
        If the file cannot be read.
    """
    path = Path(path)
    if path.suffix.lower() in (".geojson", ".json"):
        return learn_from_rows(_geojson_rows(path), columns=_ACLED)
    rows, header = _csv_rows(path)
    for columns in (_UCDP, _ACLED):
        if {columns["name"], columns["prec"], "latitude", "longitude"} <= set(header):
            return learn_from_rows(rows, columns=columns)
    raise InputError(
        f"{str(path)!r} is neither UCDP GED (where_coordinates, where_prec, latitude, longitude) nor ACLED "
        "(location, geo_precision, latitude, longitude) event data"
    )
