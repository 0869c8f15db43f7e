"""The feature builder's fast path (checks of its own, then ``model_construct``) equals full validation."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from geo.extract import EventDraft, build_features
from geo.gazetteer import default_gazetteer
from geo.gazetteer.index import Candidate
from geo.model import conform
from geo.model.article import Article
from geo.model.conform import construct
from geo.model.feature import EventFeature
from geo.model.spans import Resolved, Toponym

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


def test_trusted_construction_gives_the_same_models_as_pydantic() -> None:
    for feature in build_features(ARTICLE, drafts()):
        for model in (feature, feature.properties, feature.geometry, *feature.properties.mentions):
            values = dict(model.__dict__)
            reference = type(model).model_construct(**values)
            built = construct(type(model), values)
            assert built == reference
            assert built.__dict__ == reference.__dict__
            assert list(built.__dict__) == list(type(model).model_fields)  # field order: dumps keep it
            assert built.model_fields_set == reference.model_fields_set
            assert built.__pydantic_extra__ == reference.__pydantic_extra__
            assert built.__pydantic_private__ == reference.__pydantic_private__


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": ""}, "place"),
        ({"id": "icao:"}, "gazetteer_id"),
    ],
)
def test_a_gazetteer_entry_breaking_the_contract_is_refused(changes: dict[str, Any], field: str) -> None:
    place = resolved("Erbil airport", "icao:ORER")
    bad = dataclasses.replace(place.candidate, **changes)
    draft = dataclasses.replace(drafts()[0], place=dataclasses.replace(place, candidate=bad))
    with pytest.raises(ValueError, match=field):
        build_features(ARTICLE, [draft])


def test_a_point_breaking_the_contract_is_refused() -> None:
    place = resolved("Erbil airport", "icao:ORER")
    for lon, lat in ((float("nan"), 36.2), (44.0, 91.0)):
        bad = dataclasses.replace(place.candidate, lon=lon, lat=lat)
        draft = dataclasses.replace(drafts()[0], place=dataclasses.replace(place, candidate=bad))
        with pytest.raises(ValueError, match="coordinates"):
            build_features(ARTICLE, [draft])


def test_negative_mentions_and_bad_publication_dates_are_refused() -> None:
    with pytest.raises(ValueError, match="mentions"):
        build_features(ARTICLE, _bad(mentions=[(-2, 5)]))
    for published in ("2023-02-30", "soon"):
        article = dataclasses.replace(ARTICLE, published=published)
        with pytest.raises(ValueError, match="published"):
            build_features(article, drafts())


def test_checks_are_remembered_within_bounds() -> None:
    build_features(ARTICLE, drafts())
    assert 0 < len(conform._PLACES) <= conform._TABLE_LIMIT
    assert 0 < len(conform._DATES) <= conform._TABLE_LIMIT
    assert conform.place_conforms("icao:ORER", "Erbil", "airport", "IQ", 1)
    assert not conform.place_conforms("icao:ORER", "Erbil", "airport", "XX", 1)
    assert not conform.place_conforms("icao:ORER", "Erbil", "airport", ["IQ"], 1)  # unhashable
    assert not conform.place_conforms("icao:ORER", "Erbil", "airport", "IQ", 4)  # a site is not a country
    assert not conform.place_conforms("icao:ORER", "Erbil", "volcano", "IQ", 1)
    assert not conform.place_conforms("icao:ORER", "Erbil", "airport", "IQ", True)
    assert not conform.date_conforms("2023-05", "2023-05-01", "2023-05-30", "month")
