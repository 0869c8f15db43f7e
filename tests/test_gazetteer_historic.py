"""Former countries (ISO 3166-3 through pycountry, common names from the supplement)."""

from __future__ import annotations

from geo import Geoparser
from geo.gazetteer import default_gazetteer
from geo.gazetteer.historic import historic_countries
from geo.gazetteer.sources import PRIMARY, Entry
from geo.model.article import Article
from geo.model.countries import country_bbox


def test_former_states_get_their_successors_point_and_never_a_current_name() -> None:
    germany = Entry("iso:DE", "Germany", "country", "DE", 10.0, 51.0, 0, 1.0, "geonames")
    germany.add("Germany", PRIMARY)
    yemen = Entry("iso:YE", "Yemen", "country", "YE", 48.0, 15.0, 0, 1.0, "geonames")
    yemen.add("Yemen", PRIMARY)
    found = {entry.id: entry for entry in historic_countries([germany, yemen])}
    gdr = found["iso:DDDE"]
    assert (gdr.country, gdr.lon, gdr.lat) == ("DD", 10.0, 51.0)
    assert "iso:YDYE" not in found  # "Yemen, Democratic ...": Yemen is a current country's name
    assert all("Yemen" not in entry.names for entry in found.values())
    assert found["iso:SUHH"].lon == 0.0  # divided: placed by the supplement or dropped by the build


def test_former_countries_in_the_index() -> None:
    gazetteer = default_gazetteer()
    expected = {"Soviet Union": "SU", "USSR": "SU", "East Germany": "DD", "Czechoslovakia": "CS"}
    for name, code in expected.items():
        best = gazetteer.lookup(name, limit=1)[0]
        assert (best.feature_class, best.country) == ("country", code), name
    assert not any(c.id == "iso:FXFR" for c in gazetteer.lookup("Metropolitan", limit=20))


def test_former_country_in_an_article_is_a_valid_feature(parser: Geoparser) -> None:
    text = "The Soviet Union sent troops to Afghanistan in 1979."
    features = parser.extract(Article(id="a", text=text, published="2024-01-15")).features
    soviet = [f for f in features if f.properties.name == "Soviet Union"]
    assert soviet
    assert soviet[0].properties.country == "SU"
    assert country_bbox("SU") is None  # no outline to check a former state's points against
