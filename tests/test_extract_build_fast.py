"""The feature builder's fast path (checks of its own, then ``model_construct``) equals full validation."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from geo.articles import Article
from geo.extract import EventDraft, build_features
from geo.features import EventFeature
from geo.gazetteer import default_gazetteer
from geo.gazetteer.index import Candidate
from geo.toponyms import Resolved, Toponym

TEXT = "Rockets hit Erbil airport on Friday; 12 soldiers of the Dutch army left Baghdad in May 2023."
ARTICLE = Article(id="a-2", text=TEXT, title="T", url="https://example.org/a", published="2023-06-02")


def resolved(surface: str, gazetteer_id: str) -> Resolved:
    start = TEXT.index(surface)
    toponym = Toponym(start=start, end=start + len(surface), surface=surface, query=surface)
    return Resolved(toponym=toponym, candidate=default_gazetteer().get(gazetteer_id), score=0.8)


def drafts() -> list[EventDraft]:
    airport, baghdad = resolved("Erbil airport", "icao:ORER"), resolved("Baghdad", "geonames:98182")
    return [
        EventDraft(
            place=airport,
            event_type="rocket_attack",
            date="2023-05-26",
            sub_event_type="rocket",
            actors=["Kataib Hezbollah", "Iraq"],
            mentions=[(12, 25)],
            confidence=0.7,
        ),
        EventDraft(
            place=baghdad,
            event_type="withdrawal",
            date="2023-05",
            mission="NATO Mission Iraq",
            actors=["Netherlands"],
            troops=12,
            fatalities=0,
            confidence=0.61234,
            notes="Our own words.",
        ),
        EventDraft(place=baghdad, event_type="mention", date="2023-06-02", confidence=1.0, notes=""),
    ]


def test_fast_features_equal_fully_validated_ones() -> None:
    features = build_features(ARTICLE, drafts())
    assert len(features) == 3
    for feature in features:
        dumped = feature.model_dump(mode="json")
        again = EventFeature.model_validate(dumped)  # the contract's full validation
        assert again == feature
        assert again.model_dump(mode="json") == dumped
        assert isinstance(feature.properties.mentions[0].start, int)
    assert features[0].properties.source is features[1].properties.source  # validated once per article


def _bad(**changes: Any) -> list[EventDraft]:
    return [dataclasses.replace(drafts()[0], **changes)]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"sub_event_type": "Rocket Fire"}, "sub_event_type"),
        ({"troops": -3}, "troops"),
        ({"fatalities": True}, "fatalities"),
        ({"actors": ["ok", ""]}, "actors"),
        ({"mission": ""}, "mission"),
        ({"event_type": "picnic"}, "event_type"),
        ({"mentions": [(30, 30)]}, "mention"),
        ({"date": "2023-13"}, "date"),
    ],
)
def test_drafts_breaking_the_contract_are_refused_like_before(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValueError, match=field):
        build_features(ARTICLE, _bad(**changes))


def test_a_place_breaking_the_contract_is_refused() -> None:
    place = resolved("Erbil airport", "icao:ORER")
    bad = dataclasses.replace(place.candidate, country="XX")
    draft = dataclasses.replace(drafts()[0], place=dataclasses.replace(place, candidate=bad))
    with pytest.raises(ValueError, match="country"):
        build_features(ARTICLE, [draft])
    assert isinstance(place.candidate, Candidate)
