"""Commands that chain: ``-`` as standard input and output, outputs that are links, devices or FIFOs,
output endings checked against the format, no folder created unasked, ``-q``/``-v`` after the command."""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.cli import cli

SEED = Path(__file__).resolve().parents[1] / "data" / "locations.geojson"
COUNT = len(json.loads(SEED.read_text(encoding="utf-8"))["features"])


def _run(*args: str, stdin: bytes | None = None) -> tuple[int, bytes, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stdout_bytes, result.stderr


def _lines(tmp_path: Path, fmt: str = "geojsonl") -> bytes:
    out = tmp_path / f"events.{fmt}"
    code, _, err = _run("export", str(SEED), "-o", str(out))
    assert code == 0, err
    return out.read_bytes()


@pytest.mark.parametrize("fmt", ["geojson", "geojsonl", "geojsons"])
def test_map_reads_standard_input(tmp_path: Path, fmt: str) -> None:
    data = SEED.read_bytes() if fmt == "geojson" else _lines(tmp_path, fmt)
    out = tmp_path / "m.html"
    code, stdout, err = _run("map", "-", "-o", str(out), stdin=data)
    assert code == 0, err
    assert f"({COUNT} features)" in stdout.decode()
    assert "Erbil" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["geojson", "geojsonl"])
def test_validate_reads_standard_input(tmp_path: Path, fmt: str) -> None:
    data = SEED.read_bytes() if fmt == "geojson" else _lines(tmp_path, fmt)
    code, stdout, _ = _run("validate", "-", stdin=data)
    assert (code, stdout.decode().strip()) == (0, f"ok: {COUNT} features")
    broken = data.replace(b'"Erbil"', b'""', 1)
    code, stdout, _ = _run("validate", "-", stdin=broken)
    assert code == 1
    assert stdout.decode().startswith("-: feature #")


def test_binary_and_unknown_standard_input_are_refused_in_one_line(tmp_path: Path) -> None:
    gpkg = tmp_path / "e.gpkg"
    assert _run("export", str(SEED), "-o", str(gpkg))[0] == 0
    code, _, err = _run("map", "-", "-o", str(tmp_path / "m.html"), stdin=gpkg.read_bytes())
    assert code == 1
    message = "Error: standard input holds a GeoPackage; binary formats must be given as a file name"
    assert err.strip() == message
    code, _, err = _run("export", "-", "-o", str(tmp_path / "x.csv"), stdin=b"id,lon,lat\n")
    assert code == 1
    assert "standard input is not GeoJSON" in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "m.html").exists()


def test_export_and_map_and_figure_write_standard_output(tmp_path: Path) -> None:
    code, stdout, err = _run("export", str(SEED), "-o", "-")
    assert code == 0, err
    assert len(json.loads(stdout)["features"]) == COUNT
    assert "wrote -" in err  # the closing line goes to standard error, not into the data
    code, stdout, _ = _run("export", str(SEED), "-o", "-", "-f", "csv")
    assert stdout.decode().splitlines()[0].startswith("lon,lat,id,")
    code, stdout, _ = _run("map", str(SEED), "-o", "-")
    assert stdout.startswith(b"<!DOCTYPE html>")
    code, stdout, _ = _run("figure", str(SEED), "-o", "-")
    assert stdout.startswith(b"\x89PNG")


def test_chained_through_a_pipe_of_bytes(tmp_path: Path) -> None:
    _, lines, _ = _run("export", str(SEED), "-o", "-", "-f", "geojsonl")
    code, stdout, _ = _run("export", "-", "-o", "-", stdin=lines)
    assert code == 0
    assert json.loads(stdout) == json.loads(SEED.read_bytes())


def test_export_with_several_files_refuses_standard_output() -> None:
    code, stdout, err = _run("export", str(SEED), "-o", "-", "-f", "acled")
    assert code == 1
    assert stdout == b""
    assert "takes one file" in err


def test_output_endings_must_fit_the_format(tmp_path: Path) -> None:
    for args in (
        ("map", str(SEED), "-o", str(tmp_path / "x.png")),
        ("figure", str(SEED), "-o", str(tmp_path / "x.html")),
        ("export", str(SEED), "-o", str(tmp_path / "x.csv"), "-f", "geojson"),
    ):
        code, _, err = _run(*args)
        assert code == 1, args
        assert len(err.strip().splitlines()) == 1, err
    assert list(tmp_path.iterdir()) == []


def test_no_folder_is_created_unasked(tmp_path: Path) -> None:
    for command, name in (("map", "m.html"), ("figure", "f.png"), ("export", "e.gpkg")):
        target = tmp_path / "missing" / name
        code, _, err = _run(command, str(SEED), "-o", str(target))
        assert code == 1
        folder = str(target.parent)
        assert err.strip() == (
            f"Error: cannot write {str(target)!r}: output folder {folder!r} does not exist; create it first"
        )
    assert not (tmp_path / "missing").exists()


def test_a_symbolic_link_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real.html"
    link = tmp_path / "link.html"
    link.symlink_to(real.name)
    assert _run("map", str(SEED), "-o", str(link))[0] == 0
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    link_csv = tmp_path / "link.csv"
    link_csv.symlink_to("real.csv")
    assert _run("export", str(SEED), "-o", str(link_csv))[0] == 0
    assert link_csv.is_symlink()
    assert (tmp_path / "real.csv").read_text(encoding="utf-8").startswith("lon,lat,id,")


@pytest.mark.parametrize("command", ["map", "export", "figure"])
def test_a_fifo_is_written_into_not_replaced(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    extra = ["-f", "geojson"] if command == "export" else []
    code, stdout, err = _run(command, str(SEED), "-o", str(fifo), *extra)
    assert code == 0, err
    reader.join(timeout=60)
    assert fifo.is_fifo()
    assert received[0][:4] in (b"<!DO", b"{\n  ", b"\x89PNG")
    assert stdout == b""  # the closing line went to standard error


def test_a_device_is_written_into_not_replaced() -> None:
    code, _, err = _run("export", str(SEED), "-o", os.devnull, "-f", "csv")
    assert code == 0, err
    assert Path(os.devnull).is_char_device()


def test_verbosity_after_the_subcommand(tmp_path: Path) -> None:
    out = tmp_path / "m.html"
    code, stdout, _ = _run("map", str(SEED), "-o", str(out), "-q")
    assert (code, stdout) == (0, b"")
    code, stdout, _ = _run("-q", "map", str(SEED), "-o", str(out))
    assert (code, stdout) == (0, b"")
    code, _, _ = _run("validate", str(SEED), "-vv")
    assert code == 0
    assert logging.getLogger().level == logging.DEBUG
    code, _, _ = _run("validate", str(SEED), "-v")
    assert logging.getLogger().level == logging.INFO
    _run("validate", str(SEED))
    assert logging.getLogger().level == logging.WARNING
