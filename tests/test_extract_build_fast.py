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


def _plain_event_conforms(props: dict[str, Any]) -> bool:
    """``conform.event_conforms`` as it was written with its helpers (the reference of the inlined tests)."""

    def text(value: Any) -> bool:
        return type(value) is str and bool(value)

    def count(value: Any) -> bool:
        return value is None or (type(value) is int and value >= 0)

    sub, notes, confidence = props["sub_event_type"], props["notes"], props["confidence"]
    actors = props["actors"]
    return bool(
        text(props["id"])
        and conform._ID.fullmatch(props["id"]) is not None
        and text(props["name"])
        and props["event_type"] in conform._EVENT_TYPES
        and (sub is None or (type(sub) is str and conform._SUB_EVENT_TYPE.fullmatch(sub) is not None))
        and (props["mission"] is None or text(props["mission"]))
        and type(actors) is list
        and all(type(actor) is str and actor for actor in actors)
        and count(props["troops"])
        and count(props["fatalities"])
        and (notes is None or type(notes) is str)
        and type(confidence) is float
        and 0.0 <= confidence <= 1.0
    )


def test_event_checks_agree_with_the_plain_helpers() -> None:
    """The per-event checks, written out, answer as the helper chain on 20,000 random property sets."""
    import random

    rng = random.Random(36)
    choices: dict[str, list[Any]] = {
        "id": ["a-1", "", "-x", "ok.id:2", 7, None, "é"],
        "name": ["Erbil", "", None, 3, b"x"],
        "event_type": ["rocket_attack", "mention", "picnic", None, ""],
        "sub_event_type": [None, "rocket", "Rocket Fire", "", 1, "a_b2"],
        "mission": [None, "", "NATO Mission Iraq", 0, ["x"]],
        "actors": [[], ["a"], ["a", ""], ["a", 1], ("a",), None, ["b", "c"]],
        "troops": [None, 0, 12, -1, True, 1.0, "3"],
        "fatalities": [None, 0, 5, -2, False, 2.5],
        "notes": [None, "", "x", 1],
        "confidence": [0.0, 1.0, 0.5, 1.5, -0.1, 1, None, float("nan"), True],
    }
    answers = set()
    for _ in range(20_000):
        props = {key: rng.choice(values) for key, values in choices.items()}
        answer = _plain_event_conforms(props)
        assert bool(conform.event_conforms(props)) is answer, props
        answers.add(answer)
    assert answers == {True, False}


def test_remembered_rounding_is_round() -> None:
    """``build._rounded`` gives what ``round`` gives, the type and the sign of zero included, asked twice."""
    import math
    import random

    from geo.model import build

    rng = random.Random(5)
    values: list[Any] = [0.0, -0.0, 1, 1.0, True, -3, float("nan"), float("inf"), 44.00005, -0.00004]
    values += [rng.uniform(-180, 180) for _ in range(300)]
    values += [round(rng.uniform(-90, 90), 5) for _ in range(300)]
    for _ in range(2):
        for _ in range(5_000):
            lon, lat, digits = rng.choice(values), rng.choice(values), rng.choice([4, 5, 6])
            got, want = build._rounded(lon, lat, digits), (round(lon, digits), round(lat, digits))
            for a, b in zip(got, want, strict=True):
                assert type(a) is type(b)
                assert repr(a) == repr(b) or (math.isnan(a) and math.isnan(b))
    with pytest.raises(TypeError):
        build._rounded("44.1", 36.2, 4)
