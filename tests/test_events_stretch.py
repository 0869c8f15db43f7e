"""Places at the ends of a stretch ("between A and B") do not take a region's event from it."""

from __future__ import annotations

from geo import Geoparser
from geo.events.regions import _BETWEEN
from geo.model.article import Article


def _events(text: str, parser: Geoparser) -> dict[str, str]:
    collection = parser.extract(Article(id="t", text=text, published="2024-03-10"))
    return {
        f.properties.name: f.properties.event_type
        for f in collection.features
        if f.properties.event_type != "mention"
    }


def test_ends_of_a_stretch_leave_the_event_at_the_region(parser: Geoparser) -> None:
    text = (
        "An assault by government troops in the countryside of Deir Ezzor and they now control the desert "
        "between Al-Mayadin and Palmyra."
    )
    assert _events(text, parser).get("Deir Ezzor") == "attack"


def test_the_words_before_an_end_of_a_stretch() -> None:
    assert _BETWEEN.search("the road between Deir Ezzor and ")
    assert _BETWEEN.search("the land between the towns of ")
    # actors between "between" and a place: the place is where, not an end
    assert not _BETWEEN.search("clashes between the army and rebels in ")
