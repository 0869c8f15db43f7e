"""A command never writes over one of its inputs (by path, through a symlink, or a hard link)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.errors import InputError
from geo.io import refuse_input_as_output

SEED = Path(__file__).resolve().parents[1] / "data" / "locations.geojson"
CURATION = SEED.parent / "curation"

COMMANDS = [
    ["map", "{i}", "-o", "{o}"],
    ["export", "{i}", "-o", "{o}"],
    ["figure", "{i}", "-o", "{o}"],
    ["import", "csv", "{i}", "-o", "{o}"],
    ["extract", "{i}", "-o", "{o}"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
@pytest.mark.parametrize("link", ["same", "symlink", "hardlink", "dotted"])
def test_output_that_is_an_input_is_refused(tmp_path: Path, args: list[str], link: str) -> None:
    source = tmp_path / "events.geojson"
    shutil.copyfile(SEED, source)
    output = {
        "same": source,
        "symlink": tmp_path / "link.geojson",
        "hardlink": tmp_path / "hard.geojson",
        "dotted": tmp_path / "." / "sub" / ".." / "events.geojson",
    }[link]
    (tmp_path / "sub").mkdir()
    if link == "symlink":
        output.symlink_to(source)
    elif link == "hardlink":
        os.link(source, output)
    before = source.read_bytes()
    result = CliRunner().invoke(cli, [part.format(i=source, o=output) for part in args])
    assert result.exit_code == 1, result.output
    assert "is also an input" in result.output
    assert result.output.count("\n") == 1  # one line, no traceback
    assert source.read_bytes() == before


def test_curate_refuses_its_own_yaml(tmp_path: Path) -> None:
    folder = tmp_path / "curation"
    shutil.copytree(CURATION, folder)
    target = next(folder.glob("*.yaml"))
    before = target.read_bytes()
    result = CliRunner().invoke(cli, ["curate", str(folder), "-o", str(target)])
    assert result.exit_code == 1
    assert "is also an input" in result.output
    assert target.read_bytes() == before


def test_other_outputs_pass(tmp_path: Path) -> None:
    refuse_input_as_output(tmp_path / "new.html", [SEED])
    refuse_input_as_output(None, [SEED])
    with pytest.raises(InputError, match="is also an input"):
        refuse_input_as_output(SEED, [tmp_path / "x.geojson", SEED])


def test_an_interrupted_atomic_write_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from geo import io

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(io.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        io.atomic_write_text(tmp_path / "out.geojson", "{}")
    assert list(tmp_path.iterdir()) == []
