"""Two coordinated names the resolver put on one entry are two places (geo.events.districts.listed_apart),
and "as well as", "but also" and a parenthesis between dashes continue a list (geo.events.sites); our own
sentences."""

from __future__ import annotations

from geo.events import tag_events
from geo.events.districts import listed_apart
from geo.gazetteer.index import Candidate
from geo.model.spans import Resolved, Toponym
from tests.events_support import taggers

#: The town the unknown names are put at (matched exactly under its own name).
TOWN = Candidate("test:town", "Townville", "city", "SY", 36.3, 33.5, 0, 1.0, "exact", "Townville", "test")


def _at_town(text: str, *names: str) -> list[Resolved]:
    """Each occurrence of ``names`` resolved to :data:`TOWN` (the town's own name, or an unknown one)."""
    found = []
    for name in names:
        start = text.index(name)
        found.append(Resolved(Toponym(start, start + len(name), name, name), TOWN, 0.5))
    return sorted(found, key=lambda r: r.toponym.start)


def _ids(text: str, *names: str) -> dict[str, str]:
    return {p.toponym.surface: p.candidate.id for p in listed_apart(text, _at_town(text, *names))}


def test_two_unknown_names_coordinated_at_one_town_are_two_places() -> None:
    ids = _ids("Jets struck Qaryat Sharq and Tall Gharb overnight.", "Qaryat Sharq", "Tall Gharb")
    assert ids == {"Qaryat Sharq": "near:test:town:qaryat-sharq", "Tall Gharb": "near:test:town:tall-gharb"}


def test_the_towns_own_name_keeps_its_id() -> None:
    ids = _ids("Jets struck Townville and Tall Gharb overnight.", "Townville", "Tall Gharb")
    assert ids == {"Townville": "test:town", "Tall Gharb": "near:test:town:tall-gharb"}


def test_a_name_before_a_comma_is_no_item_of_a_list() -> None:
    # "X, Y": Y may say where X lies
    ids = _ids("Gunmen raided Tall Gharb, Townville on Sunday.", "Tall Gharb", "Townville")
    assert ids == {"Tall Gharb": "test:town", "Townville": "test:town"}


def test_two_coordinated_names_give_two_events() -> None:
    text = "Jets struck Qaryat Sharq and Tall Gharb on Sunday."
    tags = tag_events(text, _at_town(text, "Qaryat Sharq", "Tall Gharb"), published="2021-03-15")
    assert sorted(t.name for t in tags if t.event_type == "strike") == ["Qaryat Sharq", "Tall Gharb"]


PLACES = {
    "Kirkuk": ("test:kirkuk", "city", "IQ"),
    "Tikrit": ("test:tikrit", "city", "IQ"),
    "Erbil": ("test:erbil", "city", "IQ"),
}
tags, events = taggers(PLACES)


def _kinds(text: str) -> set[tuple[str, str]]:
    return {(place, kind) for place, kind, _ in events(text, "Kirkuk", "Tikrit", "Erbil")}


def test_but_also_after_a_parenthesis_between_dashes_continues_the_list() -> None:
    text = "The jets struck the Kirkuk area – hit twice before – but also Tikrit and Erbil."
    assert _kinds(text) == {("Kirkuk", "strike"), ("Tikrit", "strike"), ("Erbil", "strike")}


def test_as_well_as_continues_the_list() -> None:
    text = "The jets struck Kirkuk as well as Tikrit."
    assert ("Tikrit", "strike") in {(p, k) for p, k, _ in events(text, "Kirkuk", "Tikrit")}


def test_names_put_at_a_country_keep_its_id() -> None:
    country = Candidate("test:sy", "Syria", "country", "SY", 38.0, 35.0, 0, 1.0, "exact", "Syria", "test")
    text = "Jets struck Qaryat Sharq and Tall Gharb overnight."
    places = [
        Resolved(Toponym(s, s + len(n), n, n), country, 0.5)
        for n in ("Qaryat Sharq", "Tall Gharb")
        for s in [text.index(n)]
    ]
    assert {p.candidate.id for p in listed_apart(text, places)} == {"test:sy"}
