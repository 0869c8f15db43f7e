"""``geo import`` streams rows: features written one at a time into a staged file (the same bytes as the
whole-collection writer), GeoJSON lines on request, a bad file or a rejected run leaves nothing."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.cli._import_run import FeatureWriter
from geo.errors import InputError
from geo.importers import RowError, import_ucdp
from geo.importers.ucdp import iter_ucdp
from geo.model.feature import feature_collection
from geo.model.geojson import dumps

DATA = Path(__file__).parent / "data" / "importers"


@pytest.mark.parametrize("count", [0, 1, 3])
def test_the_streamed_collection_is_the_dumps_text(count: int) -> None:
    features = import_ucdp(DATA / "ucdp_ged.csv").features[:count]
    assert len(features) == count
    buffer = io.BytesIO()
    writer = FeatureWriter(buffer, lines=False)
    for feature in features:
        writer.write(feature)
    writer.close()
    assert buffer.getvalue().decode("utf-8") == dumps(feature_collection(features))


def test_rows_are_read_one_at_a_time(tmp_path: Path) -> None:
    source = (DATA / "ucdp_ged.csv").read_text(encoding="utf-8")
    path = tmp_path / "cut.csv"
    header, first, *rest = source.splitlines(keepends=True)
    body = (header + first + "".join(rest) * 100).encode()  # the rows again: duplicate ids, row errors
    path.write_bytes(body + b"\xff\xfe broken\n")
    items = iter_ucdp(path)
    assert not isinstance(next(items), RowError)  # the first row comes long before the bad byte is read
    line = body.count(b"\n") + 1
    with pytest.raises(InputError, match=rf"not UTF-8: byte b'\\xff' on line {line}$"):
        list(items)


def test_cli_writes_lines_or_a_collection_with_rows_per_second(tmp_path: Path) -> None:
    collection, lines = tmp_path / "ucdp.geojson", tmp_path / "ucdp.geojsonl"
    first = CliRunner().invoke(cli, ["import", "ucdp", str(DATA / "ucdp_ged.csv"), "-o", str(collection)])
    second = CliRunner().invoke(cli, ["import", "ucdp", str(DATA / "ucdp_ged.csv"), "-o", str(lines)])
    assert first.exit_code == second.exit_code == 0, first.output + second.output
    assert " rows/s); wrote " in first.stderr
    whole = json.loads(collection.read_text(encoding="utf-8"))["features"]
    assert [json.loads(line) for line in lines.read_text(encoding="utf-8").splitlines()] == whole
    stdout = CliRunner().invoke(cli, ["import", "ucdp", str(DATA / "ucdp_ged.csv"), "--lines", "-q"])
    assert stdout.stdout == lines.read_text(encoding="utf-8")
    assert stdout.stderr == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ucdp.geojson", "ucdp.geojsonl"]  # no staging left


def test_a_bad_byte_late_in_the_file_leaves_no_output(tmp_path: Path) -> None:
    source = (DATA / "ucdp_ged.csv").read_bytes()
    path = tmp_path / "late.csv"
    path.write_bytes(source + b"\xe9\n")
    out = tmp_path / "out.geojson"
    result = CliRunner().invoke(cli, ["import", "ucdp", str(path), "-o", str(out)])
    assert result.exit_code == 1
    assert "is not UTF-8: byte b'\\xe9' on line" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["late.csv"]


def test_reject_writes_nothing_even_to_standard_output(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["import", "ucdp", str(DATA / "ucdp_malformed.csv"), "--on-error", "reject"]
    )
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "--on-error reject: nothing written" in result.stderr


def test_the_ids_seen_move_to_disk_and_still_catch_duplicates(monkeypatch: pytest.MonkeyPatch) -> None:
    from geo.importers import _rows, _seen

    made: list[_seen.SeenIds] = []

    class Small(_seen.SeenIds):
        def __init__(self) -> None:
            super().__init__(in_memory=3)
            made.append(self)

    monkeypatch.setattr(_rows, "SeenIds", Small)
    with Small() as seen:
        for key in range(10):
            seen.add(key, key + 2)
        assert seen.on_disk
        assert [seen.line_of(k) for k in (0, 5, 9, 10)] == [2, 7, 11, None]
    assert not seen.on_disk  # closed: the temporary file is gone

    class Row:
        def __init__(self, line: int, ident: str) -> None:
            self.line, self.values = line, {"id": ident}

    rows = [Row(n, f"e{n % 7}") for n in range(2, 20)]  # ids repeat after seven rows
    out = list(_rows.convert_rows(iter(rows), lambda values, line: _Built(values["id"])))  # type: ignore[arg-type]
    errors = [o for o in out if isinstance(o, _rows.RowError)]
    assert [e.line for e in errors] == list(range(9, 20))
    assert errors[0].message == "duplicate id 'e2' (also line 2)"  # found on disk
    assert made[-1].on_disk is False  # the generator closed its store


class _Built:
    def __init__(self, ident: str) -> None:
        self.id = ident
