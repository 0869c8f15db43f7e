"""benchmarks/event_type_model.py: a feature's words, the decision rule, the switch-off (margin null).

The learned type did not beat the rules held out (benchmarks/fit_event_types.py), so it is not in the
product; these tests keep the experiment's pieces honest for a later try.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from geo.model.feature import EventFeature, event_id
from tests.scripts_support import load_script

REPO = Path(__file__).resolve().parents[1]
TEXT = "Quiet morning. Gunmen opened fire near the market in Gao on Tuesday, officials said. Rain fell."


@pytest.fixture(scope="module")
def mod() -> ModuleType:
    """``benchmarks/event_type_model.py`` as a module (benchmarks are scripts, not a package)."""
    return load_script(REPO / "benchmarks" / "event_type_model.py")


def _feature(event_type: str = "attack") -> EventFeature:
    start = TEXT.index("Gao")
    fid = event_id(article_id="t1", place_id="geonames:2457163", event_type=event_type, date="2024-05-07")
    props: dict[str, Any] = {
        "id": fid,
        "name": "Gao",
        "place": "Gao",
        "gazetteer_id": "geonames:2457163",
        "feature_class": "city",
        "country": "ML",
        "event_type": event_type,
        "sub_event_type": "shooting",
        "date": "2024-05-07",
        "date_start": "2024-05-07",
        "date_end": "2024-05-07",
        "time_precision": "day",
        "geo_precision": 2,
        "source": {"article_id": "t1"},
        "mentions": [{"start": start, "end": start + 3}],
        "confidence": 0.8,
    }
    return EventFeature.model_validate(
        {
            "type": "Feature",
            "id": fid,
            "geometry": {"type": "Point", "coordinates": [-0.04, 16.27]},
            "properties": props,
        }
    )


def test_words_are_the_rule_the_sentence_and_the_window(mod: ModuleType) -> None:
    words = mod.feature_words(TEXT, _feature())
    assert "rule=attack" in words
    assert {"s:gunmen", "s:officials", "w:market", "w:tuesday"} <= set(words)
    assert not {"s:rain", "s:quiet"} & set(words)  # other sentences
    assert "w:gunmen" not in words  # more than WINDOW words before the place
    assert words == sorted(set(words))


def _model(mod: ModuleType, margin: float | None) -> Any:
    return mod.TypeModel(
        classes=("attack", "protest", "strike"),
        intercepts=(0.0, 0.0, 0.0),
        weights={"s:bombed": (0.0, 0.0, 2.0), "s:marched": (0.0, 1.0, 0.0)},
        margin=margin,
    )


def test_probabilities_are_a_softmax(mod: ModuleType) -> None:
    p = _model(mod, 0.2).probabilities(["s:bombed", "s:unknown"])
    assert sum(p.values()) == pytest.approx(1.0)
    assert p["strike"] > p["attack"] == pytest.approx(p["protest"])


def test_decision_needs_the_margin(mod: ModuleType) -> None:
    model = _model(mod, 0.3)
    assert model.decide("attack", {"attack": 0.2, "protest": 0.1, "strike": 0.7}) == "strike"
    assert model.decide("attack", {"attack": 0.35, "protest": 0.05, "strike": 0.6}) == "attack"  # 0.25 < 0.3
    assert model.decide("attack", {"attack": 0.5, "protest": 0.2, "strike": 0.3}) == "attack"
    assert (
        model.decide("presence", {"attack": 0.2, "protest": 0.1, "strike": 0.7}) == "strike"
    )  # unknown rule: 0
    assert _model(mod, None).decide("attack", {"attack": 0.0, "protest": 0.0, "strike": 1.0}) == "attack"


def test_switched_off_gives_the_rules_output(mod: ModuleType) -> None:
    features = [_feature()]
    assert mod.retype("t1", TEXT, features, model=_model(mod, None)) == features


def test_retyped_feature_gets_a_new_id_and_loses_its_sub_type(mod: ModuleType) -> None:
    model = mod.TypeModel(("attack", "strike"), (0.0, 0.0), {"s:gunmen": (0.0, 5.0)}, 0.1)
    (out,) = mod.retype("t1", TEXT, [_feature()], model=model)
    assert out.properties.event_type == "strike"
    assert out.properties.sub_event_type is None
    assert out.id == out.properties.id != _feature().id
    # a retyped feature whose new id the article already has is left out
    both = mod.retype("t1", TEXT, [_feature("strike"), _feature()], model=model)
    assert [f.properties.event_type for f in both] == ["strike"]
