"""Sites named after a town spelt otherwise than in the gazetteer (geo.resolve.town_sites), own sentences."""

from __future__ import annotations

from geo.extract.parser import Geoparser


def _chosen(parser: Geoparser, text: str, surface: str) -> tuple[str, str | None]:
    resolved = parser.resolve(text, parser.recognize(text))
    found = [r.candidate for r in resolved if r.toponym.surface == surface]
    assert found, surface
    return found[0].feature_class, found[0].country


def test_airport_under_the_gazetteers_spelling_of_the_town(parser: Geoparser) -> None:
    # the gazetteer spells the town and its airport "Deir ez-Zor"
    text = "Jets struck near Deir Ezzor airport at dawn."
    assert _chosen(parser, text, "Deir Ezzor airport") == ("airport", "SY")


def test_known_airport_unchanged(parser: Geoparser) -> None:
    text = "A rocket fell near Baghdad airport at dawn."
    assert _chosen(parser, text, "Baghdad airport") == ("airport", "IQ")


def test_no_site_of_a_look_alike_town(parser: Geoparser) -> None:
    # "Yarmouk" also looks like Ormoc (Philippines), whose airport is no camp near Damascus
    text = "Shells hit Yarmouk Camp south of Damascus."
    assert _chosen(parser, text, "Yarmouk Camp")[1] == "SY"


def test_site_whose_name_continues_the_towns(parser: Geoparser) -> None:
    # the gazetteer has no "Balad Air Base", but "Balad Southeast Air Base" near the town
    text = "Rockets struck the Balad air base north of Baghdad on Sunday."
    assert _chosen(parser, text, "Balad air base") == ("military_base", "IQ")
