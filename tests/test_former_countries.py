"""States that no longer exist (ISO 3166-3 former codes): articles naming them never sink a run."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.codebooks.countries import acled_country_name, country_code
from geo.model.countries import is_country_code, is_former_country_code


@pytest.mark.parametrize("code", ["CS", "YU", "SU", "DD", "ZR"])
def test_former_codes_are_country_codes(code: str) -> None:
    assert is_former_country_code(code)
    assert is_country_code(code)


@pytest.mark.parametrize("code", ["DE", "BY", "XK", "ZZ", "cs", "CSK"])
def test_current_or_unknown_codes_are_not_former(code: str) -> None:
    assert not is_former_country_code(code)


def test_unknown_code_is_still_refused() -> None:
    assert not is_country_code("ZZ")


def test_acled_names_of_former_states_round_trip() -> None:
    name, numeric = acled_country_name("CS")
    assert name == "Serbia and Montenegro"  # the latest state that held CS, not Czechoslovakia
    assert numeric == 891
    assert country_code(name) == "CS"
    assert country_code(acled_country_name("SU")[0]) == "SU"


@pytest.mark.parametrize("fmt", ["geojson", "csv", "acled.csv", "gpkg", "kml"])
def test_an_article_naming_yugoslavia_extracts_validates_and_exports(tmp_path: Path, fmt: str) -> None:
    article = tmp_path / "yu.txt"
    article.write_text("Yugoslavia and the Soviet Union signed an agreement in Belgrade.", encoding="utf-8")
    runner = CliRunner()
    events = tmp_path / "yu.geojson"
    result = runner.invoke(cli, ["extract", str(article), "--published", "1990-05-01", "-o", str(events)])
    assert result.exit_code == 0, result.output
    assert '"country": "CS"' in events.read_text(encoding="utf-8") or '"country": "YU"' in events.read_text(
        encoding="utf-8"
    )
    out = tmp_path / f"out.{fmt}"
    if fmt != "geojson":
        exported = runner.invoke(cli, ["export", str(events), "-o", str(out)])
        assert exported.exit_code == 0, exported.output
    else:
        out = events
    checked = runner.invoke(cli, ["validate", str(out)])
    assert checked.exit_code == 0, checked.output
