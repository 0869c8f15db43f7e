"""Where a named mission operates: "Operation X, in the Y Sea" (our own example sentences)."""

from __future__ import annotations

from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Red Sea": ("test:red-sea", "water_body", None),
    "Mediterranean Sea": ("test:mediterranean", "water_body", None),
    "Mogadishu": ("geonames:53654", "city", "SO"),
}

tags, events = taggers(PLACES)


def test_a_mission_named_before_in_and_a_sea_operates_there() -> None:
    text = (
        "Of the EU's naval operations, Operation Aspides, in the Red Sea, and Operation Irini, "
        "in the Mediterranean Sea, are the largest."
    )
    found = {
        (t.name, t.event_type, t.mission)
        for t in tags(text, "Mediterranean Sea", "Red Sea", published="2024-12-30")
    }
    assert ("Mediterranean Sea", "presence", "EUNAVFOR MED Irini") in found
    assert ("Red Sea", "presence", "EUNAVFOR Aspides") in found


def test_the_agent_of_a_passive_does_not_operate_at_the_place() -> None:
    # "held by X in Y": the course was held in Y, the mission's name says who held it
    text = "The course was held by Operation Aspides in Mogadishu."
    assert all(t.event_type != "presence" for t in tags(text, "Mogadishu"))


def test_a_mission_alone_in_a_sentence_names_no_place() -> None:
    text = "Operation Irini has run since 2020."
    assert not events(text, published="2024-12-30")
