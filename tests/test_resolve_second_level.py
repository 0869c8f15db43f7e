"""A second-level word ("district", "county", "raion") names no first-level region (geo.resolve.levels)."""

from __future__ import annotations

from geo.extract.parser import Geoparser
from geo.resolve.levels import second_level


def _chosen(parser: Geoparser, text: str, surface: str) -> tuple[str, str | None]:
    resolved = parser.resolve(text, parser.recognize(text))
    found = [r.candidate for r in resolved if r.toponym.surface == surface]
    assert found, surface
    return found[0].feature_class, found[0].admin2


def test_district_is_not_the_oblast(parser: Geoparser) -> None:
    # invented sentence: the oblast and a district named after its capital in one text
    text = "The governor of Belgorod Oblast said drones hit the Belgorod district overnight."
    district = _chosen(parser, text, "Belgorod district")
    oblast = _chosen(parser, text, "Belgorod Oblast")
    assert oblast[0] == "admin_region"
    # the district (or its seat town), not the first-level region
    assert district[1] is not None


def test_province_still_names_the_first_level(parser: Geoparser) -> None:
    assert _chosen(parser, "Officials in Belgorod province said the road was shut.", "Belgorod province") == (
        "admin_region",
        None,
    )


def test_second_level_words() -> None:
    assert second_level("Kandahar district")
    assert second_level("Jefferson County")
    assert not second_level("Central District")  # generic words only: no name of its own
    assert not second_level("Anbar province")


def test_district_named_by_an_adjective_of_its_centre(parser: Geoparser) -> None:
    # invented sentence; the districts are named after Shebekino and Volokonovka (Belgorod Oblast)
    text = "Drones hit farms in the Shebekinsky District and in the Volokonovsky District on Sunday."
    resolved = parser.resolve(text, parser.recognize(text))
    chosen = {r.toponym.surface: r.candidate for r in resolved}
    assert chosen["Shebekinsky District"].name == "Shebekino"
    assert chosen["Volokonovsky District"].name == "Volokonovka"


def test_adjective_rule_needs_a_district_word(parser: Geoparser) -> None:
    text = "Talks with Zelensky resumed in Kyiv."
    resolved = parser.resolve(text, parser.recognize(text))
    assert all(r.candidate.country == "UA" for r in resolved if r.toponym.surface == "Kyiv")
    assert not [r for r in resolved if r.toponym.surface == "Zelensky"]
