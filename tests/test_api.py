"""The package root: the everyday API, loaded lazily, on every kind of input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import geo
from geo.errors import InputError
from geo.model.article import Article
from geo.model.feature import EventFeatureCollection
from geo.model.vocab import EVENT_TYPES

REPO = Path(__file__).resolve().parents[1]
LOCATIONS = REPO / "data" / "locations.geojson"
#: Our own sentences: a strike on a dated day, a training mission.
TEXT = (
    "On 3 January 2020 a drone strike hit Baghdad International Airport. "
    "Dutch troops in Erbil stopped training Iraqi soldiers."
)


@pytest.fixture(scope="module")
def fc() -> EventFeatureCollection:
    return geo.extract(TEXT, published="2020-01-06")


def test_import_geo_loads_nothing_heavy() -> None:
    code = (
        "import sys, geo; "
        "heavy = [m for m in ('pandas', 'geopandas', 'folium', 'matplotlib', 'pyarrow', 'shapely', "
        "'geo.extract', 'geo.maps') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    ).stdout.strip()
    assert out == ""


def test_extract_command_does_not_load_jsonschema() -> None:
    # The schema validator is built when a file is validated; `geo extract` starts without it.
    code = "import sys, geo.cli._extract_run; print('jsonschema' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    ).stdout.strip()
    assert out == "False"


def test_every_public_name_resolves() -> None:
    assert dir(geo) == sorted(geo.__all__)
    for name in geo.__all__:
        assert getattr(geo, name) is not None, name
    with pytest.raises(AttributeError, match="nope"):
        _ = geo.nope  # type: ignore[attr-defined]
    assert geo.EventFeatureCollection is EventFeatureCollection
    assert geo.Article is Article


def test_geoparser_is_exposed_when_its_module_exists() -> None:
    if (REPO / "geo" / "extract" / "parser.py").is_file():
        assert "Geoparser" in geo.__all__
        from geo.extract.parser import Geoparser  # type: ignore[import-not-found,unused-ignore]

        assert getattr(geo, "Geoparser") is Geoparser  # noqa: B009 - known to mypy only then
    else:
        assert "Geoparser" not in geo.__all__
        with pytest.raises(AttributeError):
            _ = getattr(geo, "Geoparser")  # noqa: B009


def test_extract_takes_a_text_a_path_and_an_article(fc: EventFeatureCollection, tmp_path: Path) -> None:
    assert isinstance(fc, EventFeatureCollection)
    kinds = {(f.properties.event_type, f.properties.place) for f in fc.features}
    assert ("strike", "Baghdad International Airport") in {(t, p) for t, p in kinds}
    article_id = fc.features[0].properties.source.article_id
    assert article_id.startswith("text-")
    assert geo.extract(TEXT, published="2020-01-06") == fc  # deterministic, the id from the text
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    from_path = geo.extract(path, published="2020-01-06")
    assert from_path.features[0].properties.source.article_id == "a"
    assert geo.extract(str(path), published="2020-01-06") == from_path
    article = Article(id="a", text=TEXT)
    assert geo.extract(article, published="2020-01-06") == geo.extract(path, published="2020-01-06")
    assert (
        geo.extract(TEXT, published="2020-01-06", id="mine").features[0].properties.source.article_id
        == "mine"
    )
    assert geo.extract.extract is not None  # the package stays a package


def test_extract_refuses_what_is_no_article() -> None:
    with pytest.raises(InputError, match="empty"):
        geo.extract("   ")
    with pytest.raises(InputError, match="'int'"):
        geo.extract(42)  # type: ignore[arg-type]


def test_map_of_extracted_events(fc: EventFeatureCollection) -> None:
    import folium

    m = geo.map(fc)
    assert isinstance(m, folium.Map)
    assert "Baghdad International Airport" in m.get_root().render()


def test_geodataframe_of_extracted_events(fc: EventFeatureCollection) -> None:
    pd = pytest.importorskip("pandas")
    gdf = geo.to_geodataframe(fc)
    assert len(gdf) == len(fc.features)
    assert pd.api.types.is_datetime64_any_dtype(gdf["date_start"])
    assert pd.api.types.is_datetime64_any_dtype(gdf["date_end"])
    assert str(gdf["troops"].dtype) == "Int64"
    assert str(gdf["fatalities"].dtype) == "Int64"
    assert list(gdf["event_type"].cat.categories) == list(EVENT_TYPES)
    assert gdf["source_article_id"].iloc[0].startswith("text-")
    assert isinstance(gdf["mentions"].iloc[0], list)
    assert geo.from_geodataframe(gdf) == fc


def test_map_figure_and_validate_of_read_file() -> None:
    gpd = pytest.importorskip("geopandas")
    import folium

    seed = gpd.read_file(LOCATIONS)
    assert isinstance(geo.map(seed), folium.Map)
    assert geo.figure(seed, labels=0, outlines=False).axes
    assert geo.validate(seed) == []
    assert geo.validate(LOCATIONS) == []
    assert geo.read(seed) == geo.read(LOCATIONS)


def test_validate_reports_problems() -> None:
    bad = {"type": "FeatureCollection", "features": [{"type": "Feature"}]}
    assert geo.validate(bad)


def test_py_typed_is_shipped() -> None:
    assert (REPO / "geo" / "py.typed").is_file()


def test_mypy_sees_every_lazy_name() -> None:
    """Each lazy name has an ``if TYPE_CHECKING:`` import in geo/__init__.py, so type checkers know it."""
    import ast

    tree = ast.parse((REPO / "geo" / "__init__.py").read_text(encoding="utf-8"))
    typed: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in ast.walk(node):
                if isinstance(child, ast.ImportFrom):
                    typed.update(alias.asname or alias.name for alias in child.names)
    lazy = set(geo._LAZY) - {"Geoparser"}  # see the TODO in geo/__init__.py
    assert lazy <= typed, sorted(lazy - typed)
