"""Hostile inputs: every command exits 1 with one line naming the file and the problem, no traceback,
its input intact and no output written (hardening issue items 3, 5, 7, 11; the output side of items 6,
8, 10 and 11 is in test_hardening_outputs.py)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pydantic
import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.errors import InputError, SchemaError
from geo.exports import read_export
from geo.io import load_json_text, load_yaml_text, open_zip, read_bounded
from geo.model.feature import EventFeature
from geo.model.validate import validate_object

SEED = Path(__file__).resolve().parents[1] / "data" / "locations.geojson"
CURATION = SEED.parent / "curation"

#: A "billion laughs" document: 9 levels of 9 aliases stand for 9⁹ strings, in < 1 KB.
ALIAS_BOMB = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{','.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8)
)
DEEP_JSON = "[" * 100_000 + "]" * 100_000
DEEP_YAML = "[" * 100_000 + "]" * 100_000


def fails_cleanly(args: list[str], *, names: str, says: str, inputs: list[Path], output: Path) -> None:
    """Run ``geo ARGS``: exit 1, one line naming ``names`` and saying ``says``, inputs intact, no output."""
    before = {path: path.read_bytes() for path in inputs}
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.output.count("\n") == 1, result.output
    assert names in result.output
    assert says in result.output, result.output
    assert len(result.output) < 1000
    assert not output.exists()
    assert {path: path.read_bytes() for path in inputs} == before


# --- item 3: YAML alias bombs; item 7: deep nesting -------------------------------------------------


def test_bounded_readers() -> None:
    assert load_yaml_text("a: &x [1, 2]\nb: *x\n", name="ok") == {"a": [1, 2], "b": [1, 2]}
    assert load_json_text('{"a": [[1]]}', name="ok") == {"a": [[1]]}
    with pytest.raises(InputError, match=r"^bomb\.yaml: refused YAML: aliases expand to more than"):
        load_yaml_text(ALIAS_BOMB, name="bomb.yaml")
    with pytest.raises(InputError, match=r"more than 3 aliases"):
        load_yaml_text("a: &x 1\nb: [*x, *x, *x, *x]\n", name="n", max_aliases=3)
    with pytest.raises(InputError, match=r"^deep: refused YAML: nested more than 64 levels"):
        load_yaml_text(DEEP_YAML, name="deep")
    with pytest.raises(InputError, match=r"^deep: JSON nested more than 64 levels deep$"):
        load_json_text(DEEP_JSON, name="deep")
    with pytest.raises(InputError, match=r"^deep: JSON nested more than 64 levels deep$"):
        load_json_text("[" * 65 + "]" * 65, name="deep")  # parses, but deeper than any of our files
    load_json_text("[" * 64 + "]" * 64, name="deep")


def _article_case(tmp_path: Path, kind: str, payload: str) -> tuple[list[str], Path, Path]:
    article = tmp_path / "a.md"
    if kind == "front matter":
        article.write_text(f"---\n{payload}---\nTroops in Iraq.\n", encoding="utf-8")
        return [str(article)], article, article
    article.write_text("Troops in Iraq.\n", encoding="utf-8")
    if kind == "sidecar":
        side = tmp_path / "a.json"
        side.write_text(payload, encoding="utf-8")
        return [str(article)], side, article
    assert kind == "jsonl"
    batch = tmp_path / "batch.jsonl"
    batch.write_text('{"id": "x", "text": "Iraq"}\n' + payload + "\n", encoding="utf-8")
    return ["--jsonl", str(batch)], batch, batch


@pytest.mark.parametrize(
    ("kind", "payload", "says"),
    [
        ("front matter", ALIAS_BOMB, "aliases expand to more than"),
        ("front matter", f"title: {DEEP_YAML}\n", "nested more than 64 levels"),
        ("sidecar", DEEP_JSON, "nested more than 64 levels"),
    ],
    ids=["front-matter-bomb", "front-matter-deep", "sidecar-deep"],  # a deep batch line: test_extract_archive
)
def test_extract_refuses_bombs_and_deep_nesting(tmp_path: Path, kind: str, payload: str, says: str) -> None:
    args, bad, source = _article_case(tmp_path, kind, payload)
    out = tmp_path / "out.geojson"
    fails_cleanly(["extract", *args, "-o", out], names=bad.name, says=says, inputs=[source], output=out)


def test_a_deep_folder_index_is_ignored_like_any_unusable_index(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Troops in Iraq.\n", encoding="utf-8")
    (tmp_path / "articles.json").write_text(DEEP_JSON, encoding="utf-8")
    out = tmp_path / "out.geojson"
    result = CliRunner().invoke(cli, ["extract", str(article), "--published", "2020-01-06", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["features"]


@pytest.mark.parametrize(
    ("suffix", "payload"),
    [(".yaml", ALIAS_BOMB), (".yaml", DEEP_YAML), (".json", DEEP_JSON)],
    ids=["yaml-bomb", "yaml-deep", "json-deep"],
)
def test_import_mapping_is_bounded(tmp_path: Path, suffix: str, payload: str) -> None:
    mapping = tmp_path / f"mapping{suffix}"
    mapping.write_text(payload, encoding="utf-8")
    table = tmp_path / "in.csv"
    table.write_text("lon,lat\n1,2\n", encoding="utf-8")
    out = tmp_path / "out.geojson"
    fails_cleanly(
        ["import", "csv", table, "--mapping", mapping, "-o", out],
        names=mapping.name,
        says="more than",
        inputs=[mapping, table],
        output=out,
    )


def test_import_csv_of_deep_geojson(tmp_path: Path) -> None:
    source = tmp_path / "in.geojson"
    source.write_text(DEEP_JSON, encoding="utf-8")
    out = tmp_path / "out.geojson"
    fails_cleanly(
        ["import", "csv", source, "-o", out],
        names=source.name,
        says="nested more than 64 levels",
        inputs=[source],
        output=out,
    )


@pytest.mark.parametrize("payload", [ALIAS_BOMB, DEEP_YAML], ids=["bomb", "deep"])
def test_curation_yaml_is_bounded(tmp_path: Path, payload: str) -> None:
    source = tmp_path / "c.yaml"
    source.write_text(payload, encoding="utf-8")
    out = tmp_path / "out.geojson"
    fails_cleanly(
        ["curate", source, "-o", out], names=source.name, says="refused YAML", inputs=[source], output=out
    )


def test_validate_refuses_deep_json(tmp_path: Path) -> None:
    source = tmp_path / "deep.geojson"
    source.write_text("[" * 500 + "]" * 500, encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(source)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "nested more than 64 levels" in result.output


# --- item 11: zip bombs -----------------------------------------------------------------------------


def _bomb(path: Path, member: str, size: int = 64 << 20) -> Path:
    chunk = b" " * (1 << 20)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        handle = zf.open(member, "w", force_zip64=True)
        for _ in range(size >> 20):
            handle.write(chunk)
        handle.close()
    return path


def test_open_zip_refuses_bombs(tmp_path: Path) -> None:
    bomb = _bomb(tmp_path / "b.kmz", "doc.kml")
    assert bomb.stat().st_size < 200_000
    with pytest.raises(InputError, match=r"b\.kmz.*'doc\.kml' expands \d+ times .*zip bomb"):
        open_zip(bomb)
    with pytest.raises(InputError, match=r"expand to more than 1000 bytes"):
        open_zip(bomb, max_total=1000, max_ratio=1e9)
    with open_zip(bomb, max_ratio=1e9) as zf:
        assert zf.namelist() == ["doc.kml"]
    (tmp_path / "x.kmz").write_bytes(b"not a zip")
    with pytest.raises(InputError, match=r"not a zip archive"):
        open_zip(tmp_path / "x.kmz")


@pytest.mark.parametrize(("name", "member"), [("b.kmz", "doc.kml"), ("b.shp.zip", "b.shp")])
def test_validate_refuses_a_zip_bomb(tmp_path: Path, name: str, member: str) -> None:
    bomb = _bomb(tmp_path / name, member)
    before = bomb.read_bytes()
    result = CliRunner().invoke(cli, ["validate", str(bomb)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "zip bomb" in result.output
    assert bomb.read_bytes() == before


# --- item 5: NUL and other control characters; item 11: patterns anchored at the very end ----------


def _seed_with(tmp_path: Path, where: tuple[str, ...], value: object) -> Path:
    data = json.loads(SEED.read_text(encoding="utf-8"))
    target = data["features"][2]
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    if where[-1] == "id" and len(where) == 2:
        data["features"][2]["id"] = value
    path = tmp_path / "bad.geojson"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("where", "value", "says"),
    [
        (("properties", "name"), "Bag\x00hdad", "properties.name: contains the control character U+0000"),
        (("properties", "notes"), "a\x1bb", "properties.notes: contains the control character U+001B"),
        (("properties", "actors"), ["x", "\x07"], "properties.actors.1: contains the control character"),
        (("properties", "source", "title"), "T\x00", "properties.source.title: contains the control"),
        (("properties", "id"), "abc\n", "properties.id: 'abc\\n' is not letters"),
        (("properties", "country"), "IQ\n", "properties.country"),
        (("properties", "date"), "2020-01-03\n", "properties.date"),
    ],
    ids=["nul", "escape", "in-list", "nested", "id-newline", "country-newline", "date-newline"],
)
@pytest.mark.parametrize("command", ["validate", "export", "import"])
def test_control_characters_and_trailing_newlines_are_refused(
    tmp_path: Path, where: tuple[str, ...], value: object, says: str, command: str
) -> None:
    source = _seed_with(tmp_path, where, value)
    out = tmp_path / "out.gpkg"
    before = source.read_bytes()
    args = {
        "validate": ["validate", source],
        "export": ["export", source, "-o", out],
        "import": ["import", "csv", source, "--on-error", "reject", "-o", out.with_suffix(".geojson")],
    }[command]
    result = CliRunner().invoke(cli, [str(a) for a in args])
    if command == "import" and isinstance(value, str) and value.endswith("\n"):
        assert result.exit_code == 0, result.output  # the importer trims the white space around a cell
        return
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert says in result.output
    assert source.read_bytes() == before
    assert not out.exists()
    assert not out.with_suffix(".geojson").exists()
    assert list(tmp_path.iterdir()) == [source]


def test_text_keeps_tabs_and_line_breaks(tmp_path: Path) -> None:
    source = _seed_with(tmp_path, ("properties", "notes"), "line one\nline\ttwo\r\n")
    result = CliRunner().invoke(cli, ["validate", str(source)])
    assert result.exit_code == 0, result.output


def test_front_matter_with_nul_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text('---\ntitle: "Bad\\0title"\n---\nRockets hit Baghdad.\n', encoding="utf-8")
    out = tmp_path / "out.geojson"
    fails_cleanly(
        ["extract", article, "--published", "2020-01-06", "-o", out],
        names="a.md",
        says="title contains the control character U+0000",
        inputs=[article],
        output=out,
    )


# --- bounded text size; deep JSON inside a CSV cell -------------------------------------------------------


def test_read_bounded(tmp_path: Path) -> None:
    path = tmp_path / "big.geojson"
    path.write_bytes(b"x" * 101)
    assert read_bounded(path, max_bytes=101) == b"x" * 101
    with pytest.raises(InputError, match=r"big\.geojson'?: file is larger than 100 bytes"):
        read_bounded(path, max_bytes=100)


def test_deep_json_in_a_csv_cell(tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    assert CliRunner().invoke(cli, ["export", str(SEED), "-o", str(out)]).exit_code == 0
    lines = out.read_text(encoding="utf-8").split("\n")
    header = next(csv.reader([lines[0]]))
    row = next(csv.reader([lines[1]]))
    row[header.index("actors")] = "[" * 5000 + "]" * 5000
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(row)
    lines[1] = buffer.getvalue().rstrip("\n")
    out.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(
        SchemaError, match=r"column 'actors' holds .* not usable JSON: JSON nested more than 64"
    ):
        read_export(out)
    result = CliRunner().invoke(cli, ["validate", str(out)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "line 2: actors" in result.output


def test_models_and_schema_agree_on_a_final_line_break() -> None:
    feature = json.loads(SEED.read_text(encoding="utf-8"))["features"][0]
    EventFeature.model_validate(feature)
    feature["id"] = feature["properties"]["id"] = feature["id"] + "\n"
    with pytest.raises(pydantic.ValidationError):
        EventFeature.model_validate(feature)
    assert any(p.field == "properties.id" for p in validate_object(feature))
