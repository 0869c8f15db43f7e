"""The one event builder: its fast path gives what full validation gives, and refuses what it refuses."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from pydantic import ValidationError

from geo.model.build import Draft, EventPlace, When, build_event
from geo.model.feature import EventFeature, Source

PLACE = EventPlace(
    name="Erbil airport",
    place="Erbil International Airport",
    gazetteer_id="icao:ORER",
    feature_class="airport",
    country="IQ",
    geo_precision=1,
    lon=43.963155,
    lat=36.2376,
)
SOURCE: dict[str, Any] = {"article_id": "a-1", "title": "T", "published": "2023-06-02"}
DRAFT = Draft(
    event_type="rocket_attack",
    when=When.of("2023-05-26"),
    sub_event_type="rocket",
    actors=["Iraq", "Kataib Hezbollah"],
    troops=None,
    fatalities=2,
    mentions=[(12, 25), (40, 47)],
    notes="Our own words.",
    confidence=0.7,
)


def _full(place: EventPlace, draft: Draft, source: dict[str, Any], fid: str) -> EventFeature:
    """What the contract's full validation makes of the same values."""
    when = draft.when
    props = {
        "id": fid,
        "name": place.name,
        "place": place.place,
        "gazetteer_id": place.gazetteer_id,
        "feature_class": place.feature_class,
        "country": place.country,
        "event_type": draft.event_type,
        "sub_event_type": draft.sub_event_type,
        "mission": draft.mission,
        "actors": draft.actors,
        "date": when.date,
        "date_start": when.date_start,
        "date_end": when.date_end,
        "time_precision": when.time_precision,
        "geo_precision": place.geo_precision,
        "troops": draft.troops,
        "fatalities": draft.fatalities,
        "source": source,
        "mentions": [{"start": m[0], "end": m[1]} if isinstance(m, tuple) else m for m in draft.mentions],
        "notes": draft.notes,
        "confidence": draft.confidence,
    }
    return EventFeature.from_lonlat(place.lon, place.lat, props)


@pytest.mark.parametrize("source", [SOURCE, Source.model_validate(SOURCE)])
def test_built_feature_equals_the_fully_validated_one(source: Any) -> None:
    built = build_event(PLACE, DRAFT, source, id="x-1")
    expected = _full(PLACE, DRAFT, SOURCE, "x-1")
    assert built == expected
    assert built.model_dump(mode="json") == expected.model_dump(mode="json")
    assert EventFeature.model_validate(built.model_dump(mode="json")) == built


def test_values_the_fast_path_leaves_to_full_validation_are_built_alike() -> None:
    for changes in ({"confidence": 1}, {"mentions": [{"start": 1, "end": 5}]}):
        draft = dataclasses.replace(DRAFT, **changes)
        built = build_event(PLACE, draft, SOURCE, id="x-1")
        props = _full(PLACE, dataclasses.replace(draft, mentions=[]), SOURCE, "x-1").properties
        assert built.properties.model_dump(exclude={"mentions"}) == props.model_dump(exclude={"mentions"})
    assert built.properties.mentions[0].end == 5


def test_when_of_normalises_and_knows_weeks() -> None:
    assert When.of("2020-01-03/2020-01-06") == When(
        "2020-01-03/2020-01-06", "2020-01-03", "2020-01-06", "range"
    )
    assert When.of("2020-01-03/2020-01-06", week=True).time_precision == "week"
    assert When.of("2020-01-01/2020-01-20", week=True).time_precision == "range"  # longer than a week
    assert When.of("2003/..") == When("2003/..", "2003-01-01", None, "range")


@pytest.mark.parametrize(
    ("place", "draft", "source", "field"),
    [
        ({"country": "XX"}, {}, {}, "country"),
        ({"geo_precision": 4}, {}, {}, "geo_precision"),
        ({"lat": 91.0}, {}, {}, "coordinates"),
        ({"lon": float("nan")}, {}, {}, "coordinates"),
        ({}, {"troops": -1}, {}, "troops"),
        ({}, {"mentions": [(5, 5)]}, {}, "mention"),
        ({}, {"mentions": [[1, 5]]}, {}, "mentions"),  # a JSON array is not an offsets object
        ({}, {"when": When("2023-05", "2023-05-01", "2023-05-30", "month")}, {}, "date"),
        ({}, {}, {"published": "2023-02-30"}, "published"),
        ({}, {}, {"url": "ftp://x"}, "url"),
    ],
)
def test_what_the_contract_refuses_is_refused_with_its_error(
    place: dict[str, Any], draft: dict[str, Any], source: dict[str, Any], field: str
) -> None:
    where = dataclasses.replace(PLACE, **place)
    what = dataclasses.replace(DRAFT, **draft)
    src = {**SOURCE, **source}
    with pytest.raises(ValidationError) as built:
        build_event(where, what, src, id="x-1")
    with pytest.raises(ValidationError) as full:
        _full(where, what, src, "x-1")
    assert str(built.value) == str(full.value)
    assert field in str(built.value)
