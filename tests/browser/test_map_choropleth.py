"""``geo map`` of a ``geo aggregate`` file draws a choropleth with an honest legend (headless Chromium)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import geopandas
import pytest
from click.testing import CliRunner

from geo.cli import cli

SEED = Path(__file__).resolve().parents[2] / "data" / "locations.geojson"


@pytest.mark.browser
def test_the_choropleth_is_drawn_in_a_browser(browser: Any, tmp_path: Path) -> None:
    out = tmp_path / "agg.parquet"
    assert CliRunner().invoke(cli, ["aggregate", str(SEED), "-o", str(out), "--by", "h3:2"]).exit_code == 0
    page_path = tmp_path / "m.html"
    assert CliRunner().invoke(cli, ["map", str(out), "-o", str(page_path), "--offline"]).exit_code == 0
    cells = geopandas.read_parquet(out)["cell"].nunique()
    context = browser.new_context()
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(page_path.as_uri())
        page.wait_for_function(f"document.querySelectorAll('path.leaflet-interactive').length >= {cells}")
        legend = page.locator(".geo-choropleth-legend").inner_text()
    finally:
        context.close()
    assert errors == []
    assert "Events per cell (h3:2" in legend
