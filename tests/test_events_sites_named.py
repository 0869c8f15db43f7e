"""Back-references to sites the text names as bases, and one event told by a headline and its lead
(our own example sentences, hand-resolved places)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from geo.events import merge, tag_events
from geo.gazetteer.index import Candidate
from geo.model.spans import Resolved, Toponym
from tests.events_support import taggers


def _place(text: str, name: str, gid: str, feature_class: str, hint: str | None = None) -> list[Resolved]:
    candidate = Candidate(gid, name, feature_class, "IQ", 0.0, 0.0, 0, 1.0, "exact", name, "test")
    out = []
    start = text.find(name)
    while start >= 0:
        toponym = Toponym(start, start + len(name), name, name, feature_hint=hint)
        out.append(Resolved(toponym, candidate, 1.0))
        start = text.find(name, start + 1)
    return out


@pytest.mark.parametrize("by", ["by pro-Iran gunmen", "by militias"])
def test_the_base_means_a_site_named_as_a_base_though_placed_on_its_town(by: str) -> None:
    # the gazetteer lacks the base: it is placed on the town, but the text calls it a base
    text = f"Rockets hit Harir air base on Friday.\n\nThe air base came under a drone attack in May {by}."
    places = _place(text, "Harir air base", "test:harir", "city", "military_base")
    if "Iran" in text:
        places += _place(text, "Iran", "iso:IR", "country")
    found = [t for t in tag_events(text, places, published="2021-03-15") if t.event_type != "mention"]
    assert {(t.name, t.date) for t in found} == {
        ("Harir air base", "2021-03-12"),
        ("Harir air base", "2020-05"),
    }


tags, events = taggers({"Camp Taji": ("test:camp-taji", "military_base", "IQ")})


def test_a_headline_and_the_lead_that_dates_it_stay_one_dated_event_beside_an_earlier_one() -> None:
    text = "A drone hit Camp Taji on Monday.\n\nAnother drone hit Camp Taji on March 2."
    lead, earlier = tags(text, "Camp Taji")
    assert (lead.date, earlier.date) == ("2021-03-15", "2021-03-02")
    # the headline told in the present takes the publication day, the lead reads the same day in its text
    headline = replace(lead, date_source="publication", mentions=((0, 9),))
    merged = merge.fold_undated_restatements(merge.merge_tags([headline, lead, earlier]))
    assert [(t.date, t.date_source) for t in merged] == [
        ("2021-03-15", "sentence"),
        ("2021-03-02", "sentence"),
    ]


def test_a_site_the_gazetteer_lacks_placed_on_a_country_point_carries_no_event() -> None:
    text = "Rockets hit Camp Falcon on Friday. Rockets hit Iraq again on Saturday."
    camp = Resolved(
        Toponym(12, 23, "Camp Falcon", "Falcon", feature_hint="military_base"),
        Candidate("iso:IQ", "Iraq", "country", "IQ", 0.0, 0.0, 0, 1.0, "exact", "Iraq", "test"),
        0.3,
    )
    places = [camp, *_place(text, "Iraq", "iso:IQ", "country")]
    found = {(t.name, t.event_type) for t in tag_events(text, places, published="2021-03-15")}
    assert ("Camp Falcon", "rocket_attack") not in found
    assert ("Iraq", "rocket_attack") in found


def test_an_event_dated_only_by_a_neighbour_sentence_folds_into_the_same_dated_event_it_overlaps() -> None:
    text = "A drone hit Camp Taji on Monday.\n\nAnother drone hit Camp Taji on March 2."
    lead, earlier = tags(text, "Camp Taji")
    # told again later in a sentence without a date of its own: dated from its neighbour, the same days
    again = replace(
        lead,
        date="2021-03-14/2021-03-15",
        date_start="2021-03-14",
        date_end="2021-03-15",
        date_source="neighbour",
        mentions=((40, 49),),
    )
    merged = merge.fold_undated_restatements(merge.merge_tags([lead, earlier, again]))
    assert [(t.date, t.date_source, len(t.mentions)) for t in merged] == [
        ("2021-03-15", "sentence", 2),
        ("2021-03-02", "sentence", 1),
    ]
    # a neighbour's date on other days is another event
    other = replace(again, date="2021-02", date_start="2021-02-01", date_end="2021-02-28")
    assert len(merge.fold_undated_restatements(merge.merge_tags([lead, other]))) == 2
