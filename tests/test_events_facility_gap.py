"""A facility noun between a locative word and the name (our own example sentences): "at the military
airport X" names X as where the event is, as "at the town of X" does."""

from __future__ import annotations

from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Camp Taji": ("test:camp-taji", "military_base", "IQ"),
    "Umm Qasr": ("test:umm-qasr", "city", "IQ"),
    "Iraq": ("iso:IQ", "country", "IQ"),
    "US": ("iso:US", "country", "US"),
}

tags, events = taggers(PLACES)


def test_a_facility_noun_between_the_locative_word_and_the_name_keeps_it_a_site() -> None:
    text = "US soldiers arrived at the military airport Camp Taji in Iraq on Sunday."
    found = events(text, "US", "Camp Taji", "Iraq")
    assert ("Camp Taji", "deployment", "2021-03-14") in found
    text = "US marines arrived at the naval port Umm Qasr in Iraq on Sunday."
    assert ("Umm Qasr", "deployment", "2021-03-14") in events(text, "US", "Umm Qasr", "Iraq")
