"""A district resolved to its centre town stays apart from that town when both are named
(geo.events.districts); our own sentences."""

from __future__ import annotations

from dataclasses import replace

from geo.events import tag_events
from tests.events_support import resolved

PLACES = {
    "Kirkuk": ("geonames:94787", "city", "IQ"),
    "Kirkuk district": ("geonames:94787", "city", "IQ"),
    "Hawija district": ("test:hawija", "city", "IQ"),
}


def _events(text: str, *names: str) -> set[tuple[str, str, str]]:
    places = [
        replace(p, toponym=replace(p.toponym, feature_hint="admin_region"))
        if "district" in p.toponym.surface
        else p
        for p in resolved(text, PLACES, *names)
    ]
    return {
        (t.name, t.place.candidate.id, t.event_type)
        for t in tag_events(text, places, published="2021-03-17")
        if t.event_type != "mention"
    }


def test_a_city_and_its_district_hit_are_two_events() -> None:
    text = "Drones attacked the city of Kirkuk and the Kirkuk district on Monday."
    assert _events(text, "Kirkuk district", "Kirkuk") == {
        ("Kirkuk", "geonames:94787", "attack"),
        ("Kirkuk district", "near:geonames:94787:kirkuk-district", "attack"),
    }


def test_a_district_whose_town_is_not_named_keeps_the_town_id() -> None:
    text = "Drones attacked the Hawija district on Monday."
    assert _events(text, "Hawija district") == {("Hawija district", "test:hawija", "attack")}


SITE_PLACES = {
    **PLACES,
    "Karama Road": ("geonames:94787", "city", "IQ"),
    "Saha base": ("geonames:94787", "city", "IQ"),
}


def test_a_site_near_a_town_is_an_event_of_its_own() -> None:
    text = "Jets struck a depot on Karama Road near Kirkuk and hit a bridge in Kirkuk on Monday."
    places = dict(SITE_PLACES)
    assert ("Karama Road", "near:geonames:94787:karama-road", "strike") in _sites_in(text, places)


def test_a_site_in_a_town_that_may_be_a_province_keeps_the_town_id() -> None:
    text = "Jets struck the Saha base in Kirkuk and hit a bridge in Kirkuk on Monday."
    ids = {ident for _, ident, _ in _sites_in(text, dict(SITE_PLACES))}
    assert ids == {"geonames:94787"}


def _sites_in(text: str, table: dict[str, tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    names = [n for n in table if n in text]
    names.sort(key=len, reverse=True)
    places = []
    for p in resolved(text, table, *names):
        if p.toponym.surface.endswith((" Road", " base")):
            p = replace(p, toponym=replace(p.toponym, query=p.toponym.surface.rsplit(" ", 1)[0]))
        places.append(p)
    return {
        (t.name, t.place.candidate.id, t.event_type)
        for t in tag_events(text, places, published="2021-03-17")
        if t.event_type != "mention"
    }


AIRPORT_PLACES = {
    "Zed International Airport": ("test:zed-airport", "airport", "IQ"),
    "Alpha military base": ("test:zed-airport", "airport", "IQ"),
}


def test_a_base_near_an_airport_is_a_site_of_its_own() -> None:
    text = "Rockets were fired at the Alpha military base near Zed International Airport on Tuesday."
    places = []
    for p in resolved(text, AIRPORT_PLACES, "Zed International Airport", "Alpha military base"):
        if p.toponym.surface.endswith(" base"):
            p = replace(p, toponym=replace(p.toponym, query="Alpha"))
        places.append(p)
    ids = {t.name: t.place.candidate.id for t in tag_events(text, places, published="2021-03-17")}
    assert ids["Alpha military base"] == "near:test:zed-airport:alpha-military-base"


def _site_hinted(text: str, table: dict[str, tuple[str, str, str]], hint: str) -> set[tuple[str, str, str]]:
    names = sorted((n for n in table if n in text), key=len, reverse=True)
    places = []
    for p in resolved(text, table, *names):
        if p.toponym.surface.endswith((" mosque", " base")):
            head = p.toponym.surface.rsplit(" ", 1)[0]
            p = replace(p, toponym=replace(p.toponym, query=head, feature_hint=hint))
        places.append(p)
    return {
        (t.name, t.place.candidate.id, t.event_type)
        for t in tag_events(text, places, published="2021-03-17")
        if t.event_type != "mention"
    }


def test_the_one_named_site_in_a_town_is_an_event_of_its_own() -> None:
    # a site word's name "in Y", the only site the text puts in Y: at Y, but not Y itself
    text = "Gunmen attacked the Tavuri mosque in Kirkuk and shelled a market in Kirkuk on Monday."
    table = {**PLACES, "Tavuri mosque": ("geonames:94787", "city", "IQ")}
    ids = {ident for _, ident, _ in _site_hinted(text, table, "facility")}
    assert "near:geonames:94787:tavuri-mosque" in ids


def test_several_named_sites_in_one_town_keep_the_town_id() -> None:
    # several sites "in Y": Y is the province holding them, anywhere in it
    text = "Drones attacked the Saha base in Kirkuk, the Dibis base in Kirkuk and a depot in Kirkuk today."
    table = {
        **PLACES,
        "Saha base": ("geonames:94787", "city", "IQ"),
        "Dibis base": ("geonames:94787", "city", "IQ"),
    }
    ids = {ident for _, ident, _ in _site_hinted(text, table, "military_base")}
    assert ids == {"geonames:94787"}


def test_a_town_after_a_compass_word_only_locates_the_site_in_it() -> None:
    # "the X mosque in western Y": the event is at the site, Y only says where it lies
    text = "Shells hit the Tavuri mosque in western Kirkuk on Monday, killing three."
    table = {**PLACES, "Tavuri mosque": ("geonames:94787", "city", "IQ")}
    assert _site_hinted(text, table, "facility") == {
        ("Tavuri mosque", "near:geonames:94787:tavuri-mosque", "attack")
    }
