"""GeoJSON lines in a file named .geojson (what `geo extract BATCH -o events.geojson` writes) are read
by geo's own commands: validate, export, map (geo.model.lines)."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from geo.model.geojson import load_feature_collection
from geo.model.lines import as_document
from geo.model.validate import validate_geojson_file


def _real_feature() -> dict[str, object]:
    from geo.extract import Geoparser
    from geo.gazetteer import default_gazetteer
    from geo.model.article import Article

    parser = Geoparser(gazetteer=default_gazetteer())
    article = Article(id="a", text="Rockets hit Baghdad on Monday.", published="2024-01-15")
    return parser.extract(article).features[0].model_dump(mode="json")


@functools.cache
def _template() -> str:
    return json.dumps(_real_feature())


def _feature(number: int) -> dict[str, Any]:
    feature: dict[str, Any] = json.loads(_template())
    feature["id"] = feature["properties"]["id"] = f"event-{number}"
    return feature


def test_as_document_leaves_documents_alone() -> None:
    collection = {"type": "FeatureCollection", "features": [_feature(0)]}
    one_line = json.dumps(collection).encode() + b"\n"
    indented = json.dumps(collection, indent=2).encode()
    assert as_document(one_line) == one_line
    assert as_document(indented) == indented


@pytest.mark.parametrize("separator", [b"\n", b"\x1e"])
def test_lines_and_sequences_become_one_collection(separator: bytes) -> None:
    lines = [json.dumps(_feature(n)).encode() for n in range(3)]
    data = b"".join((separator + line + b"\n") if separator == b"\x1e" else line + b"\n" for line in lines)
    document = json.loads(as_document(data))
    assert [f["id"] for f in document["features"]] == [f"event-{n}" for n in range(3)]


def test_lines_named_geojson_load_and_validate(tmp_path: Path) -> None:
    path = tmp_path / "events.geojson"
    path.write_text("".join(json.dumps(_feature(n)) + "\n" for n in range(2)), encoding="utf-8")
    assert len(load_feature_collection(path)["features"]) == 2
    report = validate_geojson_file(path)
    assert report.ok
    assert report.features == 2
    bad = _feature(2)
    bad["geometry"]["coordinates"] = [444.0, 33.0]
    path.write_text(path.read_text(encoding="utf-8") + json.dumps(bad) + "\n", encoding="utf-8")
    problems = validate_geojson_file(path).problems
    assert len(problems) == 1
    assert "feature #2" in str(problems[0])


def test_geo_export_reads_what_a_batch_extract_wrote(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    rows = [
        {"id": "one", "text": "Rockets hit Baghdad on Monday.", "published": "2024-01-15"},
        {"id": "two", "text": "Troops left Kirkuk on Tuesday.", "published": "2024-01-17"},
    ]
    batch.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    out = tmp_path / "events.geojson"
    run = [sys.executable, "-m", "geo"]
    subprocess.run([*run, "extract", str(batch), "-o", str(out), "-q"], check=True)
    assert len(out.read_text(encoding="utf-8").splitlines()) >= 2  # lines, one feature each
    subprocess.run([*run, "validate", str(out)], check=True, capture_output=True)
    gpkg = tmp_path / "events.gpkg"
    subprocess.run([*run, "export", str(out), "-o", str(gpkg)], check=True, capture_output=True)
    assert gpkg.stat().st_size > 0


@pytest.mark.parametrize("command", ["map", "figure", "chart"])
def test_drawing_commands_read_lines_named_geojson(tmp_path: Path, command: str) -> None:
    path = tmp_path / "events.geojson"
    path.write_text("".join(json.dumps(_feature(n)) + "\n" for n in range(2)), encoding="utf-8")
    out = tmp_path / {"map": "m.html", "figure": "f.png", "chart": "c.svg"}[command]
    args = [sys.executable, "-m", "geo", command, str(path), "-o", str(out), "-q"]
    done = subprocess.run(args, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 0
