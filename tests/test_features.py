"""The event feature models, ids, deterministic JSON, the shipped JSON Schema and GeoDataFrames."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pandas as pd
import pytest
from examples import ARTICLE, STRIKE_ID, strike
from pydantic import ValidationError

from geo import settings
from geo.errors import GeoIOError, SchemaError
from geo.model.feature import (
    PROPERTY_ORDER,
    EventFeature,
    EventFeatureCollection,
    EventProperties,
    event_id,
    feature_collection,
)
from geo.model.frames import FRAME_COLUMNS, from_geodataframe, to_geodataframe
from geo.model.geojson import dumps, load_feature_collection
from geo.model.schema import SCHEMA_PATH, json_schema
from geo.model.vocab import EVENT_TYPES


def strike_properties(**changes: Any) -> dict[str, Any]:
    """The US drone strike at Baghdad airport on 3 January 2020, as complete properties."""
    props: dict[str, Any] = strike()["properties"]
    props.update(changes)
    return props


def presence_properties() -> dict[str, Any]:
    """Dutch presence in Iraq since 2003 (open interval, country point)."""
    pid = event_id(article_id=ARTICLE, place_id="geonames:99237", event_type="presence", date="2003/..")
    return strike_properties(
        id=pid,
        name="Irak",
        place="Iraq",
        gazetteer_id="geonames:99237",
        feature_class="country",
        event_type="presence",
        sub_event_type=None,
        mission="Operation Inherent Resolve",
        actors=["Netherlands"],
        date="2003/..",
        date_start="2003-01-01",
        date_end=None,
        time_precision="range",
        geo_precision=4,
        troops=150,
        fatalities=None,
        mentions=[],
        notes=None,
    )


def sample_collection() -> dict[str, Any]:
    return feature_collection(
        [
            EventFeature.from_lonlat(44.2346, 33.2625, strike_properties()),
            EventFeature.from_lonlat(43.5, 33.0, presence_properties()),
        ]
    )


def test_event_id_is_stable_and_readable() -> None:
    again = event_id(article_id=ARTICLE, place_id="icao:ORBI", event_type="strike", date="2020-01-03")
    assert again == STRIKE_ID
    assert STRIKE_ID.startswith("strike-2020-01-03-icao-orbi-")
    other = event_id(article_id="other", place_id="icao:ORBI", event_type="strike", date="2020-01-03")
    assert other != STRIKE_ID
    open_id = event_id(
        article_id="a", place_id="geo:strait-of-hormuz", event_type="rocket_attack", date="2003/.."
    )
    assert open_id.startswith("rocket-attack-2003-open-geo-strait-of-hormuz-")


def test_from_lonlat_rounds_and_exposes_geo_interface() -> None:
    feature = EventFeature.from_lonlat(44.23461234, 33.26254999, strike_properties())
    assert feature.geometry.coordinates == (44.234612, 33.26255)
    geo = feature.__geo_interface__
    assert geo["type"] == "Feature"
    assert geo["geometry"] == {"type": "Point", "coordinates": [44.234612, 33.26255]}
    assert list(geo["properties"]) == list(PROPERTY_ORDER)


def test_from_lonlat_follows_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "coordinate_precision", 2)
    feature = EventFeature.from_lonlat(44.23461234, 33.2625, strike_properties())
    assert feature.geometry.coordinates == (44.23, 33.26)


def test_defaults_fill_optional_properties() -> None:
    props = EventProperties(
        id="x1",
        name="Erbil",
        place="Erbil",
        gazetteer_id="geonames:95446",
        feature_class="city",
        event_type="mention",
        date="2020-01",
        date_start="2020-01-01",
        date_end="2020-01-31",
        time_precision="month",
        geo_precision=2,
        source={"article_id": "a"},  # type: ignore[arg-type]
    )
    assert (props.actors, props.mentions, props.confidence, props.country) == ([], [], 1.0, None)


@pytest.mark.parametrize(
    ("changes", "needle"),
    [
        ({"event_type": "bogus"}, "event_type"),
        ({"date_start": "2020-01-04"}, "disagrees with date"),
        ({"time_precision": "month"}, "time_precision"),
        ({"date": "2023-02-30"}, "2023-02-30"),
        ({"country": "ZZ"}, "ISO 3166-1"),
        ({"geo_precision": 4}, "does not fit feature_class"),
        ({"confidence": 1.5}, "confidence"),
        ({"troops": -1}, "troops"),
        ({"troops": True}, "troops"),
        ({"mentions": [{"start": 5, "end": 5}]}, "not after its start"),
        ({"gazetteer_id": "ORBI"}, "gazetteer_id"),
        ({"unknown": 1}, "unknown"),
        ({"source": {"article_id": "a", "url": "ftp://x"}}, "url"),
    ],
)
def test_models_reject_broken_properties(changes: dict[str, Any], needle: str) -> None:
    with pytest.raises(ValidationError, match=needle):
        EventProperties(**strike_properties(**changes))


def test_feature_id_must_match_properties() -> None:
    good = EventFeature.from_lonlat(44.2346, 33.2625, strike_properties()).model_dump(mode="json")
    good["id"] = "something-else"
    with pytest.raises(ValidationError, match=r"differs from properties\.id"):
        EventFeature.model_validate(good)


def test_point_range_is_enforced() -> None:
    with pytest.raises(ValidationError, match="less than or equal to 90"):
        EventFeature.from_lonlat(44.0, 95.0, strike_properties())


def test_dumps_is_deterministic_and_ordered() -> None:
    fc = sample_collection()
    text = dumps(fc)
    assert text.endswith("}\n")
    assert text == dumps(copy.deepcopy(fc))
    shuffled = json.loads(text)
    feature = shuffled["features"][0]
    feature["properties"] = dict(reversed(list(feature["properties"].items())))
    shuffled["features"][0] = dict(reversed(list(feature.items())))
    assert dumps(shuffled) == text
    assert '"coordinates": [44.2346, 33.2625]' in text
    assert '{"start": 120, "end": 135}' in text
    assert json.loads(text) == fc


def test_dumps_keeps_non_ascii_and_refuses_nan() -> None:
    fc = sample_collection()
    fc["features"][0]["properties"]["name"] = "Bagdad (بغداد)"
    assert "بغداد" in dumps(fc)
    fc["features"][0]["geometry"]["coordinates"][0] = float("nan")
    with pytest.raises(SchemaError, match="nan"):
        dumps(fc)


def test_shipped_schema_matches_models() -> None:
    shipped = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert shipped == json_schema(), "run `python -m geo.model.schema` to regenerate the schema file"


def test_shipped_schema_accepts_valid_and_rejects_broken() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    fc = sample_collection()
    assert list(validator.iter_errors(fc)) == []
    broken = copy.deepcopy(fc)
    del broken["features"][0]["properties"]["notes"]  # present as null in files
    broken["features"][1]["geometry"]["coordinates"] = [200, 10]
    broken["crs"] = {"type": "name"}
    messages = sorted(error.message for error in validator.iter_errors(broken))
    assert len(messages) == 3
    assert any("'notes' is a required property" in m for m in messages)
    assert any("200" in m for m in messages)
    assert any("'crs' was unexpected" in m for m in messages)


def test_load_feature_collection(tmp_path: Path) -> None:
    path = tmp_path / "events.geojson"
    path.write_text(dumps(sample_collection()), encoding="utf-8")
    assert load_feature_collection(path) == sample_collection()
    single = tmp_path / "one.geojson"
    single.write_text(dumps(sample_collection()["features"][0]), encoding="utf-8")
    assert load_feature_collection(single)["features"] == sample_collection()["features"][:1]


def test_load_feature_collection_errors(tmp_path: Path) -> None:
    with pytest.raises(GeoIOError, match=r"missing\.geojson"):
        load_feature_collection(tmp_path / "missing.geojson")
    broken = sample_collection()
    broken["features"][0]["properties"]["event_type"] = "bogus"
    broken["features"][1]["properties"]["country"] = "ZZ"
    path = tmp_path / "broken.geojson"
    path.write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(SchemaError) as info:
        load_feature_collection(path)
    assert "'bogus' is not one of" in str(info.value)
    assert "'ZZ'" in str(info.value)


def test_geodataframe_round_trip() -> None:
    fc = EventFeatureCollection.model_validate(sample_collection())
    gdf = to_geodataframe(fc)
    assert gdf.crs.to_epsg() == 4326
    assert len(gdf) == 2
    assert list(gdf.columns) == [*FRAME_COLUMNS, "geometry"]
    assert gdf.iloc[0]["actors"] == ["United States"]
    assert gdf.iloc[0]["source_publisher"] == "NOS"
    assert gdf.iloc[1]["troops"] == 150
    assert gdf.iloc[0]["troops"] is pd.NA
    assert (gdf.geometry.x.iloc[0], gdf.geometry.y.iloc[0]) == (44.2346, 33.2625)
    assert from_geodataframe(gdf) == fc
    assert dumps(from_geodataframe(gdf).model_dump(mode="json")) == dumps(sample_collection())


def test_geodataframe_dtypes() -> None:
    gdf = to_geodataframe(sample_collection())
    assert str(gdf["date_start"].dtype).startswith("datetime64")
    assert str(gdf["date_end"].dtype).startswith("datetime64")
    assert gdf["date_end"].isna().tolist() == [False, True]  # the open interval has no end
    assert str(gdf["troops"].dtype) == "Int64"
    assert str(gdf["fatalities"].dtype) == "Int64"
    assert isinstance(gdf["event_type"].dtype, pd.CategoricalDtype)
    assert list(gdf["event_type"].cat.categories) == list(EVENT_TYPES)
    assert str(gdf["geo_precision"].dtype) == "int64"
    assert isinstance(gdf.iloc[0]["mentions"], list)
    assert "source" not in gdf.columns


def test_from_geodataframe_reprojects_and_fixes_float_ints() -> None:
    fc = sample_collection()
    gdf = to_geodataframe(fc).to_crs(3857)
    gdf["troops"] = gdf["troops"].astype(float)  # what a file round trip through GPKG gives
    back = from_geodataframe(gdf).model_dump(mode="json")
    assert back["features"][1]["properties"]["troops"] == 150
    assert back["features"][0]["properties"]["troops"] is None
    assert back["features"][0]["geometry"]["coordinates"] == [44.2346, 33.2625]


def test_from_geodataframe_of_read_file() -> None:
    """``geopandas.read_file`` gives datetimes, NaN counts, arrays and a nested source: all come back."""
    gpd = pytest.importorskip("geopandas")
    path = Path(__file__).resolve().parents[1] / "data" / "locations.geojson"
    frame = gpd.read_file(path)
    assert str(frame["date_start"].dtype).startswith("datetime64")
    expected = load_feature_collection(path)
    assert from_geodataframe(frame).model_dump(mode="json") == expected
    assert from_geodataframe(to_geodataframe(frame)).model_dump(mode="json") == expected


def test_empty_geodataframe() -> None:
    gdf = to_geodataframe({"type": "FeatureCollection", "features": []})
    assert len(gdf) == 0
    assert from_geodataframe(gdf) == EventFeatureCollection(type="FeatureCollection", features=[])
