"""The learned event confidence (geo.events.confidence): the model, calibration and the mention threshold."""

from __future__ import annotations

import math

import pytest

from geo.events.confidence import FEATURE_NAMES, Model, calibrate, feature_vector, load_model
from geo.model.build import Draft, EventPlace, When, build_event
from geo.model.feature import EventFeature, event_id

SOURCE = {"article_id": "conf-1", "title": "Invented"}

TOWN = EventPlace("Northtown", "Northtown", "geo:northtown", "city", "IQ", 2, 44.0, 36.0)
COUNTRY = EventPlace("Iraq", "Iraq", "iso:IQ", "country", "IQ", 4, 43.7, 33.0)
BASE = EventPlace("Camp Example", "Camp Example", "geo:camp-example", "military_base", "IQ", 1, 44.1, 36.1)


def feature(
    place: EventPlace, event_type: str, confidence: float, *, fatalities: int | None = None
) -> EventFeature:
    date = "2024-03-02"
    fid = event_id(article_id="conf-1", place_id=place.gazetteer_id, event_type=event_type, date=date)
    draft = Draft(
        event_type,
        When.of(date),
        sub_event_type="drone_strike" if event_type == "strike" else None,
        actors=["Example Army"] if event_type != "mention" else [],
        fatalities=fatalities,
        mentions=[(0, 9)],
        confidence=confidence,
    )
    return build_event(place, draft, SOURCE, id=fid)


def test_shipped_model_matches_its_features_and_is_a_probability() -> None:
    model = load_model()
    assert len(model.weights) == len(FEATURE_NAMES)
    assert all(math.isfinite(w) for w in model.weights)
    assert model.threshold is None or 0 < model.threshold < 1
    for confidence in (0.0, 0.3, 1.0):
        for place in (TOWN, COUNTRY, BASE):
            p = model.probability(feature_vector(feature(place, "strike", confidence).properties))
            assert 0 < p < 1


def test_confidence_rises_with_the_taggers_and_falls_with_the_breadth_of_the_place() -> None:
    model = load_model()

    def p(place: EventPlace, confidence: float) -> float:
        return model.probability(feature_vector(feature(place, "attack", confidence).properties))

    assert p(TOWN, 0.9) > p(TOWN, 0.5)
    assert p(BASE, 0.7) > p(TOWN, 0.7) > p(COUNTRY, 0.7)


def test_calibrate_replaces_event_confidence_and_keeps_mentions() -> None:
    model = Model((0.0, 2.0, -1.0))
    strike = feature(BASE, "strike", 0.5)
    mention = feature(TOWN, "mention", 0.4)
    out = calibrate("conf-1", [strike, mention], model=model)
    assert [f.properties.id for f in out] == [strike.properties.id, mention.properties.id]
    assert out[0].properties.confidence == round(1 / (1 + math.exp(-1.0)), 3)
    assert out[0].properties.model_dump(exclude={"confidence"}) == strike.properties.model_dump(
        exclude={"confidence"}
    )
    assert out[1] is mention


def test_an_event_under_the_threshold_is_told_as_a_mention_of_its_place() -> None:
    model = Model((0.0, 2.0, -4.0), threshold=0.5)  # a country event of tagger confidence 0.5: p = 0.047
    weak = feature(COUNTRY, "attack", 0.5, fatalities=3)
    strong = feature(BASE, "strike", 0.9)
    out = calibrate("conf-1", [weak, strong], model=model)
    demoted, kept = (f.properties for f in out)
    assert demoted.event_type == "mention"
    assert demoted.id == event_id(
        article_id="conf-1", place_id="iso:IQ", event_type="mention", date="2024-03-02"
    )
    assert out[0].id == demoted.id
    assert (demoted.fatalities, demoted.actors, demoted.sub_event_type) == (None, [], None)
    assert demoted.confidence < 0.5
    assert demoted.mentions == weak.properties.mentions
    assert kept.event_type == "strike"
    assert kept.confidence > 0.5


def test_an_event_under_the_threshold_at_a_place_another_feature_keeps_is_left_out() -> None:
    model = Model((0.0, 2.0, -1.0), threshold=0.6)
    weak = feature(COUNTRY, "attack", 0.5)  # p = 0.5
    other = feature(COUNTRY, "political", 1.0)  # p = 0.73 at the same place: kept
    out = calibrate("conf-1", [weak, other], model=model)
    assert [f.properties.event_type for f in out] == ["political"]


def test_no_threshold_keeps_every_event() -> None:
    model = Model((-10.0, 0.0, 0.0))
    out = calibrate("conf-1", [feature(TOWN, "attack", 0.2)], model=model)
    assert out[0].properties.event_type == "attack"
    assert out[0].properties.confidence == pytest.approx(0.0)
