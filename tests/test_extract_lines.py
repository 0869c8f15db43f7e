"""The GeoJSON lines of ``geo extract``: pydantic's serialiser gives the text ``json.dumps`` gives."""

from __future__ import annotations

import json
from typing import Any

import pytest

from geo.extract.batch import feature_line
from geo.model.article import Article


def _reference(feature: Any) -> str:
    return json.dumps(feature.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":")) + "\n"


@pytest.fixture(scope="module")
def feature(parser: Any) -> Any:
    text = (
        "Rockets hit an army base near Mosul on Tuesday, killing three soldiers, officials in Baghdad said.\n"
    )
    features = parser.extract_features(Article(id="café-\u2028-report", text=text, published="2024-03-07"))
    assert features
    return features[0]


@pytest.mark.parametrize("confidence", [0.5, 1.0, 0.0001, 9.99e-05, 1e-05, 2.5e-07, 1e-10, 0.0])
def test_lines_equal_json_dumps_for_every_float(feature: Any, confidence: float) -> None:
    changed = feature.model_copy(
        update={"properties": feature.properties.model_copy(update={"confidence": confidence})}
    )
    assert feature_line(changed) == _reference(changed)


def test_non_ascii_and_line_separators_are_kept_as_json_dumps_keeps_them(feature: Any) -> None:
    line = feature_line(feature)
    assert line == _reference(feature)
    assert "café" in line
    assert line.endswith("}\n")
    assert line.count("\n") == 1
