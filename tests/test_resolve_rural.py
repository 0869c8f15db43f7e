"""A region named "the countryside of" a town placed on the town (geo.resolve.rural), own sentences."""

from __future__ import annotations

from geo.extract.parser import Geoparser
from geo.gazetteer import Candidate
from geo.resolve.rural import RURAL_WORDS, rural_town


def _chosen(parser: Geoparser, text: str, surface: str) -> Candidate:
    resolved = parser.resolve(text, parser.recognize(text))
    found = [r.candidate for r in resolved if r.toponym.surface == surface]
    assert found, surface
    return found[0]


def test_words_are_the_arabic_and_english_countryside() -> None:
    assert {"rif", "reef", "rural"} <= RURAL_WORDS


def test_rif_region_placed_on_its_town(parser: Geoparser) -> None:
    chosen = _chosen(parser, "Mortar fire hit villages in Rif Dimashq on Friday.", "Rif Dimashq")
    assert (chosen.feature_class, chosen.country) == ("city", "SY")
    assert abs(chosen.lon - 36.3) < 0.2  # Damascus, not the desert east of it
    assert abs(chosen.lat - 33.5) < 0.2


def test_press_spelling_reef_too(parser: Geoparser) -> None:
    chosen = _chosen(parser, "Warplanes bombed farms in Reef Dimashq overnight.", "Reef Dimashq")
    assert chosen.feature_class == "city"


def test_other_regions_keep_their_point(parser: Geoparser) -> None:
    chosen = _chosen(parser, "Shelling was reported across Raqqa governorate.", "Raqqa governorate")
    assert chosen.feature_class == "admin_region"


def test_no_town_of_the_name_keeps_the_region() -> None:
    region = Candidate(
        id="x:1",
        name="Rif Nowhere",
        feature_class="admin_region",
        country="SY",
        lon=37.0,
        lat=34.0,
        population=0,
        score=1.0,
        match="exact",
        matched_name="Rif Nowhere",
        source="test",
    )
    assert rural_town("Rif Nowhere", region, lambda name: ()) is None


def test_side_of_a_towns_countryside_lies_off_the_town(parser: Geoparser) -> None:
    town = _chosen(parser, "Rockets fell on Idlib at dawn.", "Idlib")
    north = _chosen(parser, "Rockets fell on the northern countryside of Idlib at dawn.", "Idlib")
    south = _chosen(parser, "Rockets fell on Idlib southern countryside at dawn.", "Idlib")
    assert north.id.startswith("point:")
    assert north.lat > town.lat + 0.1  # about 17 km north
    assert abs(north.lon - town.lon) < 0.01
    assert south.lat < town.lat - 0.1


def test_town_named_again_keeps_its_point(parser: Geoparser) -> None:
    text = "Rockets fell on the northern countryside of Idlib. Idlib itself was calm."
    resolved = parser.resolve(text, parser.recognize(text))
    assert {r.candidate.id for r in resolved if r.toponym.surface == "Idlib"} == {
        _chosen(parser, "Rockets fell on Idlib at dawn.", "Idlib").id
    }


def test_countryside_without_a_side_is_the_town(parser: Geoparser) -> None:
    town = _chosen(parser, "Rockets fell on Idlib at dawn.", "Idlib")
    assert _chosen(parser, "Rockets fell on the countryside of Idlib at dawn.", "Idlib").id == town.id
