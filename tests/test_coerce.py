"""Event input of every kind, coerced once: every public function that takes events takes them all."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from geo.errors import InputError, SchemaError
from geo.exports import export
from geo.exports.read import read, read_plain
from geo.model.coerce import as_collection, as_plain, merge_collections
from geo.model.feature import EventFeature, EventFeatureCollection
from geo.model.frames import to_geodataframe
from geo.model.geojson import dumps, load_feature_collection

LOCATIONS = Path(__file__).resolve().parents[1] / "data" / "locations.geojson"


@pytest.fixture(scope="module")
def plain() -> dict[str, Any]:
    return load_feature_collection(LOCATIONS)


@pytest.fixture(scope="module")
def model(plain: dict[str, Any]) -> EventFeatureCollection:
    return EventFeatureCollection.model_validate(plain)


def _kinds(plain: dict[str, Any], model: EventFeatureCollection, tmp_path: Path) -> dict[str, Any]:
    """The same events in every accepted kind."""
    gpd = pytest.importorskip("geopandas")
    lines = tmp_path / "events.geojsonl"
    lines.write_text("".join(json.dumps(f) + "\n" for f in plain["features"]), encoding="utf-8")
    return {
        "model": model,
        "features": list(model.features),
        "mapping": plain,
        "mappings": plain["features"],
        "frame": to_geodataframe(model),
        "read_file": gpd.read_file(LOCATIONS),
        "path": LOCATIONS,
        "str path": str(LOCATIONS),
        "geojson lines": lines,
    }


def test_every_kind_reads_as_the_same_collection(
    plain: dict[str, Any], model: EventFeatureCollection, tmp_path: Path
) -> None:
    for kind, data in _kinds(plain, model, tmp_path).items():
        assert read(data) == model, kind
        if kind != "geojson lines":  # only the export reader knows that format
            assert as_collection(data) == model, kind
        shown = read_plain(data)
        if isinstance(shown, dict):
            assert EventFeatureCollection.model_validate(shown) == model, kind


def test_single_feature_and_feature_mapping(model: EventFeatureCollection) -> None:
    first = model.features[0]
    assert as_collection(first).features == [first]
    assert as_collection(first.model_dump(mode="json")).features == [first]
    assert as_plain(first)["features"] == [first.model_dump(mode="json")]


def test_mapping_passes_through_as_plain(plain: dict[str, Any]) -> None:
    assert as_plain(plain) is plain  # no second validation of a large file


def test_unsupported_kinds() -> None:
    with pytest.raises(InputError, match="'int'"):
        as_collection(42)
    with pytest.raises(SchemaError, match="'Polygon'"):
        as_collection({"type": "Polygon", "coordinates": []})
    with pytest.raises(ValueError, match="properties"):
        as_collection([{"type": "Feature", "id": "x", "geometry": None}])


def test_merge_collections_takes_models_frames_and_mappings(
    plain: dict[str, Any], model: EventFeatureCollection
) -> None:
    merged = merge_collections([model, to_geodataframe(model), plain])
    assert merged == plain  # the same features thrice, each kept once
    assert dumps(merge_collections([model])) == dumps(plain)


def test_to_geodataframe_takes_every_kind(
    plain: dict[str, Any], model: EventFeatureCollection, tmp_path: Path
) -> None:
    expected = to_geodataframe(model)
    for kind, data in _kinds(plain, model, tmp_path).items():
        if kind == "geojson lines":
            continue
        frame = to_geodataframe(data)
        assert frame.drop(columns="geometry").equals(expected.drop(columns="geometry")), kind
        assert list(frame.geometry.x) == list(expected.geometry.x), kind


def test_export_takes_every_kind(
    plain: dict[str, Any], model: EventFeatureCollection, tmp_path: Path
) -> None:
    reference = tmp_path / "reference.geojson"
    export(plain, reference)
    for kind, data in _kinds(plain, model, tmp_path).items():
        out = tmp_path / f"{kind.replace(' ', '-')}.geojson"
        export(data, out)
        assert out.read_bytes() == reference.read_bytes(), kind


def test_map_and_figure_take_every_kind(
    plain: dict[str, Any], model: EventFeatureCollection, tmp_path: Path
) -> None:
    from geo.figures import plot_events
    from geo.maps import build_map, render_html

    reference = render_html(build_map(plain, title="t"))
    for kind, data in _kinds(plain, model, tmp_path).items():
        assert render_html(build_map(data, title="t")) == reference, kind
    figure = plot_events(model, labels=0, outlines=False)
    assert len(figure.axes) == 1


def test_feature_list_of_models_is_not_mistaken_for_mappings(model: EventFeatureCollection) -> None:
    features: list[EventFeature] = list(model.features[:2])
    assert as_plain(features)["features"] == [f.model_dump(mode="json") for f in features]


def test_collection_has_a_geo_interface(model: EventFeatureCollection) -> None:
    gpd = pytest.importorskip("geopandas")
    frame = gpd.GeoDataFrame.from_features(model, crs="EPSG:4326")
    assert len(frame) == len(model.features)
    assert as_collection(frame) == model


def test_a_deeply_nested_frame_cell_is_a_one_line_error() -> None:
    import geopandas as gpd

    from geo.errors import InputError
    from geo.model.frames import from_geodataframe

    frame = gpd.read_file(Path(__file__).resolve().parents[1] / "data" / "locations.geojson")
    frame.loc[0, "mentions"] = "[" * 100_000 + "]" * 100_000
    with pytest.raises(InputError, match="mentions cell: JSON nested more than"):
        from_geodataframe(frame)
