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
