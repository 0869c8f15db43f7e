"""The distribution: its own name on the package index, a wheel that carries what users need offline."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from importlib.metadata import version
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.cli.docs import topics

ROOT = Path(__file__).resolve().parents[1]


def test_distribution_name_is_ours() -> None:
    # "geo" on the package index is an unrelated project; ours installs as geo-missions, imports as geo
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '\nname = "geo-missions"\n' in text
    assert version("geo-missions")


def test_docs_command_lists_and_prints_topics() -> None:
    runner = CliRunner()
    listing = runner.invoke(cli, ["docs"])
    assert listing.exit_code == 0, listing.output
    assert "exports" in listing.output
    assert "schema" in listing.output
    page = runner.invoke(cli, ["docs", "exports"])
    assert page.exit_code == 0
    assert page.output == (ROOT / "docs" / "exports.md").read_text(encoding="utf-8")
    missing = runner.invoke(cli, ["docs", "no-such-topic"])
    assert missing.exit_code == 1
    assert "no documentation topic 'no-such-topic'" in missing.output


def test_every_doc_is_a_topic() -> None:
    assert set(topics()) == {path.stem for path in (ROOT / "docs").glob("*.md")}


@pytest.mark.slow
def test_wheel_ships_types_docs_schema_and_lexicons(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("geo_missions-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "geo/py.typed" in names
    assert "geo/model/event-feature-collection.schema.json" in names
    assert "geo/events/confidence_weights.json" in names  # the learned event confidence
    assert {f"geo/_docs/{path.name}" for path in (ROOT / "docs").glob("*.md")} <= names
    shipped_lexicons = {name for name in names if name.startswith("geo/lexicon/data/")}
    local = {f"geo/lexicon/data/{path.name}" for path in (ROOT / "geo/lexicon/data").iterdir()}
    assert local <= shipped_lexicons
    assert any(name.startswith("geo/_data/gazetteer/") for name in names)
