"""Map fragments for other pages (geo map --embed) and the Jupyter display (MapView, show)."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.errors import InputError
from geo.maps import build_map, render_html
from geo.maps.embed import MapView, iframe_html, render_page, show, to_fragment

REPO = Path(__file__).resolve().parents[1]
HOSTILE = "</iframe><script>alert(1)</script>\"'&"


@pytest.fixture(scope="module")
def seed() -> dict[str, Any]:
    return json.loads((REPO / "data" / "locations.geojson").read_text(encoding="utf-8"))


def test_fragment_is_one_div_with_the_maps_styles_and_scripts(seed: dict[str, Any]) -> None:
    page = render_html(build_map(seed, title="Missions"))
    fragment = to_fragment(page, height="420px")
    assert fragment.startswith('<div class="geo-embed" id="geo-embed-')
    assert 'style="position:relative;width:100%;height:420px;"' in fragment
    assert fragment.rstrip().endswith("</div>")
    for tag in ("<html", "<head", "<body", "<meta", "<title", "<!DOCTYPE"):
        assert tag.lower() not in fragment.lower()
    # Page-wide rules stay out; the map's own are in, in page order: Leaflet before the map script.
    assert not re.search(r"html\s*,\s*body\s*\{", fragment)
    assert not re.search(r"<style>\s*#map\s*\{", fragment)
    map_div = re.search(r'<div class="folium-map" id="(map_\w+)"', fragment)
    assert map_div is not None
    assert fragment.index("a JS library for interactive maps") < fragment.index(f"var {map_div[1]} = L.map(")
    assert fragment.count("<script") == fragment.count("</script>")
    # Title and legend are positioned in the map's box, not the host window.
    assert ".geo-embed .geo-legend, .geo-embed .geo-title { position: absolute; }" in fragment
    assert 'class="geo-legend"' in fragment
    assert 'class="geo-title"' in fragment


def test_fragment_is_deterministic_and_checks_its_input(seed: dict[str, Any]) -> None:
    page = render_html(build_map(seed))
    assert to_fragment(page) == to_fragment(page)
    with pytest.raises(InputError, match=re.escape("'tall'")):
        to_fragment(page, height="tall")
    with pytest.raises(InputError, match="no <head>"):
        to_fragment("<div>not a page</div>")


def test_iframe_repr_escapes_the_whole_page(seed: dict[str, Any]) -> None:
    m = build_map(seed, title=HOSTILE)
    view = MapView(m, height="450px")
    html = view._repr_html_()
    match = re.fullmatch(
        r'<iframe srcdoc="([^"]*)" style="width:100%;height:450px;border:none;" ([^>]*)></iframe>', html
    )
    assert match is not None, html[:300]
    # Nothing in the attribute can end it or open a tag in the notebook's page...
    assert "<" not in match[1]
    assert '"' not in match[1]
    # ...and the frame gets exactly the page, whose own escaping keeps the hostile title as text.
    assert unescape(match[1]) == render_html(m)
    assert "<script>alert(1)</script>" not in unescape(match[1])
    assert "allow-scripts" in match[2]
    assert "allow-same-origin" not in match[2]


def test_show_accepts_data_or_a_map_and_saves(seed: dict[str, Any], tmp_path: Path) -> None:
    view = show(seed, title="Missions", height="300px")
    assert isinstance(view, MapView)
    assert "Missions" in view.html
    m = build_map(seed)
    assert show(m).map is m
    page = view.save(tmp_path / "page.html")
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    fragment = view.save(tmp_path / "fragment.html", embed=True)
    assert fragment.read_text(encoding="utf-8").startswith('<div class="geo-embed"')
    with pytest.raises(InputError):
        MapView(m, height="100")
    with pytest.raises(InputError):
        iframe_html("<p>", width="wide")


def test_render_page_combines_offline_and_embed(seed: dict[str, Any], tmp_path: Path) -> None:
    m = build_map(seed)
    assert render_page(m) == render_html(m)
    assert render_page(m, embed=True) == to_fragment(render_html(m))


def test_cli_map_embed_writes_a_fragment(tmp_path: Path) -> None:
    out = tmp_path / "fragment.html"
    result = CliRunner().invoke(
        cli, ["map", str(REPO / "data" / "locations.geojson"), "-o", str(out), "--embed", "--title", "Seed"]
    )
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith('<div class="geo-embed"')
    assert "<html" not in text
    assert "<body" not in text
    assert 'class="geo-title"' in text
