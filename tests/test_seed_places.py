"""Every place of the seed articles resolves, through the offline gazetteer, to the right spot.

Reference coordinates are the commonly published ones for each place (GeoNames / ICAO aerodrome data /
embassy addresses); tolerances: a few km for sites and towns, more for regions, countries and seas.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.gazetteer import default_gazetteer, haversine_km
from geo.importers.curation import build_features, curation_paths, load_curation, resolve_places

CURATION = Path(__file__).resolve().parents[1] / "data" / "curation"

# place key in the curation files -> (lon, lat, tolerance km)
EXPECTED = {
    "baghdad": (44.3661, 33.3152, 10),
    "baghdad-airport": (44.2346, 33.2625, 3),
    "us-embassy-baghdad": (44.3953, 33.2986, 3),
    "erbil": (44.0092, 36.1912, 10),
    "erbil-airport": (43.9632, 36.2376, 3),
    "us-consulate-erbil": (44.0092, 36.1912, 15),
    "hawija": (43.7665, 35.3247, 5),
    "ain-al-asad": (42.4412, 33.7856, 5),
    "deir-ez-zor": (40.1408, 35.3359, 10),
    "the-hague": (4.3007, 52.0705, 10),
    "tehran": (51.3890, 35.6892, 15),
    "new-york": (-74.0060, 40.7128, 15),
    "washington": (-77.0364, 38.8951, 15),
    "anbar": (42.0, 33.0, 200),
    "kurdistan-region": (44.4, 36.4, 150),
    "strait-of-hormuz": (56.25, 26.57, 60),
    "persian-gulf": (51.5, 26.9, 350),
    "iraq": (43.7, 33.0, 250),
    "iran": (53.7, 32.4, 450),
    "syria": (38.5, 35.0, 200),
    "netherlands": (5.5, 52.2, 120),
    "estonia": (25.0, 58.6, 150),
    "israel": (35.0, 31.4, 120),
    "united-states": (-98.6, 39.8, 900),
    "europe": (15.3, 54.5, 1500),
}


@pytest.fixture(scope="module")
def resolved():
    """Place key -> (candidate, features built for it) over both curation files."""
    out = {}
    for path in curation_paths([CURATION]):
        curation = load_curation(path)
        features = build_features([curation]).model_dump(mode="json")["features"]
        for key, candidate in resolve_places(curation).items():
            pinned = curation.places[key].gazetteer_id or candidate.id
            built = [f for f in features if f["properties"]["gazetteer_id"] == pinned]
            out.setdefault(key, []).append((candidate, built))
    return out


def test_every_curated_place_has_a_reference(resolved):
    assert set(resolved) == set(EXPECTED)


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_seed_place_resolves_to_the_right_spot(resolved, key):
    lon, lat, tolerance = EXPECTED[key]
    for candidate, built in resolved[key]:
        assert haversine_km((lon, lat), (candidate.lon, candidate.lat)) <= tolerance, (key, candidate)
        assert built, f"no feature for {key}"
        for feature in built:
            assert feature["geometry"]["coordinates"] == [round(candidate.lon, 6), round(candidate.lat, 6)]


@pytest.fixture(scope="module")
def places():
    return [
        (key, place)
        for path in curation_paths([CURATION])
        for key, place in load_curation(path).places.items()
    ]


def test_gazetteer_search_finds_every_pinned_place(places):
    """The pins are what a search for the place finds, not hand-picked ids."""
    gaz = default_gazetteer()
    for key, place in places:
        found = gaz.lookup(place.query, country=place.country, feature_class=place.feature_class, limit=1)
        assert found, (key, place.query)
        assert found[0].id == place.gazetteer_id, (key, place.query, found[:1])


def test_written_forms_reach_the_place_with_country_context(places):
    """Misspelt or variant forms as the articles write them still lead to the right place."""
    gaz = default_gazetteer()
    for key, place in places:
        for written in place.written:
            if place.feature_class in {"country", "facility"} or " of the " in written or " in " in written:
                continue  # demonym-like or descriptive phrases are the extractor's job
            found = gaz.lookup(written, country=place.country, limit=3)
            assert place.gazetteer_id in [c.id for c in found], (key, written, found)
