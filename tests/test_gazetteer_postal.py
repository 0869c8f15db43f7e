"""Small localities from the GeoNames postal-code rows (geo.gazetteer.postal)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from geo.gazetteer import Gazetteer, haversine_km
from geo.gazetteer.postal import POSTAL_IMPORTANCE, english_countries, postal_places
from geo.gazetteer.sources import PRIMARY, Entry

# country, postcode, name, admin1 name, admin1 code, admin2 name, admin2 code, -, -, lat, lon, accuracy
ROWS = [
    ("US", "06791", "Harwinton", "Connecticut", "CT", "Litchfield", "005", "", "", "41.77", "-73.07", "4"),
    ("US", "06790", "Harwinton", "Connecticut", "CT", "Litchfield", "005", "", "", "41.79", "-73.09", "4"),
    ("US", "75861", "Tennessee Colony", "Texas", "TX", "Anderson", "001", "", "", "31.82", "-95.85", "4"),
    ("AU", "2540", "Jerrawangala", "New South Wales", "NSW", "", "", "", "", "-35.12", "150.47", "4"),
    ("AU", "2540", "Wandandian", "New South Wales", "NSW", "", "", "", "", "-35.09", "150.51", "4"),
    ("US", "01001", "Agawam", "Massachusetts", "MA", "Hampden", "013", "", "", "42.07", "-72.62", "4"),
    ("US", "80840", "Usaf Academy", "Colorado", "CO", "El Paso", "041", "", "", "38.99", "-104.86", "4"),
    ("US", "99999", "Tiger", "Georgia", "GA", "Rabun", "241", "", "", "34.84", "-83.43", "4"),
    ("US", "99998", "Lebanon", "Ohio", "OH", "Warren", "165", "", "", "39.43", "-84.21", "4"),
    ("IN", "110201", "Supreme Court", "Delhi", "07", "New Delhi", "", "", "", "28.62", "77.24", "3"),
    ("SG", "218949", "Owen Road", "", "", "", "", "", "", "1.31", "103.85", ""),
    ("FR", "75001", "Paris 01", "Ile-de-France", "11", "Paris", "75", "", "", "48.86", "2.34", "5"),
]


def _known() -> list[Entry]:
    agawam = Entry("geonames:1", "Agawam", "city", "US", -72.61, 42.07, 28000, 0.6, "geonames")
    agawam.add("Agawam", PRIMARY)
    lebanon = Entry("geonames:2", "Lebanon", "city", "US", -76.41, 40.34, 25000, 0.6, "geonames")
    return [agawam, lebanon]


@pytest.fixture
def places(tmp_path: Path) -> dict[str, Entry]:
    path = tmp_path / "postal.tsv"
    path.write_text("".join("\t".join(row) + "\n" for row in ROWS), encoding="utf-8")
    return {entry.name: entry for entry in postal_places(_known(), path=path)}


def test_rows_of_one_locality_merge_into_one_low_importance_city(places: dict[str, Entry]) -> None:
    harwinton = places["Harwinton"]
    assert (harwinton.feature_class, harwinton.country, harwinton.source) == ("city", "US", "geonames-postal")
    assert harwinton.lon == pytest.approx(-73.08)
    assert harwinton.lat == pytest.approx(41.78)
    assert harwinton.importance == POSTAL_IMPORTANCE < 0.3  # below every cities500 place
    assert harwinton.names == {"Harwinton": PRIMARY}
    assert harwinton.id == "postal:US-06791"


def test_admin_codes_are_geonames_codes(places: dict[str, Entry]) -> None:
    assert (places["Tennessee Colony"].admin1, places["Tennessee Colony"].admin2) == ("US.TX", "US.TX.001")
    # Australian postal rows carry "NSW"; the region name maps it to the GeoNames code
    assert places["Jerrawangala"].admin1 == "AU.02"
    assert places["Jerrawangala"].admin2 is None


def test_localities_sharing_a_postcode_get_distinct_ids(places: dict[str, Entry]) -> None:
    assert {places["Jerrawangala"].id, places["Wandandian"].id} == {"postal:AU-2540", "postal:AU-2540-1"}


def test_filters(places: dict[str, Entry]) -> None:
    assert "Agawam" not in places  # a known place within 20 km
    assert "Usaf Academy" not in places  # an institution's post office
    assert "Tiger" not in places  # a common English word naming no known place
    assert "Lebanon" in places  # a common word, but already a place name: the namesake is a candidate
    assert "Supreme Court" not in places  # India's rows name post offices
    assert "Owen Road" not in places  # no first-level region: a street
    assert "Paris 01" not in places  # not an English-speaking country


def test_english_countries() -> None:
    codes = english_countries()
    assert {"US", "GB", "AU", "CA", "NZ", "IE", "IN"} <= codes
    assert not {"FR", "DE", "IQ"} & codes


@pytest.fixture(scope="module")
def gazetteer() -> Iterator[Gazetteer]:
    with Gazetteer.open() as gaz:
        yield gaz


def test_small_localities_are_candidates_ranked_below_known_places(gazetteer: Gazetteer) -> None:
    found = gazetteer.lookup("Tennessee Colony", fuzzy=False)
    assert found
    assert found[0].id.startswith("postal:US-")
    assert haversine_km((found[0].lon, found[0].lat), (-95.84, 31.83)) < 10
    assert found[0].admin1 == "US.TX"
    # a namesake of a cities500 place never outranks it without context
    lebanon = gazetteer.lookup("Lebanon", fuzzy=False, limit=100)
    postal = [c for c in lebanon if c.id.startswith("postal:")]
    assert postal
    assert lebanon[0].feature_class == "country"
    assert all(c.importance < 0.3 for c in postal)
