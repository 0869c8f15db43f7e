"""User layers of the gazetteer: add from files and Python, rank, list, remove, survive, and the CLI.

The packaged index of the normal cache is linked into a temporary cache folder, so the merged copies and
lexicons these tests make stay in ``tmp_path``; layers go to a temporary ``settings.data_dir``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo import settings
from geo.cli import cli
from geo.errors import InputError
from geo.gazetteer import Gazetteer, haversine_km
from geo.gazetteer.build import fingerprint
from geo.gazetteer.index import forget_default_gazetteer
from geo.gazetteer.layers import layer_path, list_layers, remove_layer
from geo.gazetteer.resources import data_dir
from geo.gazetteer.user import USER_FLOOR, UserPlace, add_file, add_places, read_places

HEADER = "name,alternate_names,lon,lat,feature_class,country,admin1,admin2\n"
TEIR = "Teir Maaleh,Ter Ma'la|Tir Maala,36.707602,34.802462,city,SY,Homs Governorate,Ar Rastan district\n"


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temporary cache holding a link to the packaged index, and an empty data folder."""
    name = f"gazetteer-{fingerprint(data_dir('gazetteer'))}.sqlite"
    packaged = Path(settings.cache_dir) / name
    if not packaged.exists():
        Gazetteer.open().close()  # builds it once in the normal cache
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / name).symlink_to(packaged)
    monkeypatch.setattr(settings, "cache_dir", cache)
    monkeypatch.setattr(settings, "data_dir", tmp_path / "data")
    forget_default_gazetteer()
    yield tmp_path
    forget_default_gazetteer()


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_no_layer_opens_the_packaged_index_itself(folders: Path) -> None:
    with Gazetteer.open() as gazetteer:
        assert gazetteer.path.name == f"gazetteer-{fingerprint(data_dir('gazetteer'))}.sqlite"
        assert not gazetteer.lookup("Teir Maaleh", fuzzy=False)


def test_a_csv_layer_is_found_ranked_listed_and_removed(folders: Path) -> None:
    info = add_file(write(folders / "mine.csv", HEADER + TEIR), layer="mine")
    assert (info.name, info.kind, info.places) == ("mine", "user", 1)
    assert [layer.name for layer in list_layers()] == ["mine"]
    with Gazetteer.open() as gazetteer:
        assert gazetteer.path.name.count("-") == 2  # gazetteer-<index>-<layers>.sqlite
        for spelling in ("Teir Maaleh", "Ter Ma'la", "Tir Maala"):
            best = gazetteer.lookup(spelling, country="SY", fuzzy=False)[0]
            assert best.id == "user:mine:teir-maaleh"
        assert (best.admin1, best.source, best.feature_class) == ("SY.11", "user:mine", "city")
        assert best.importance == USER_FLOOR
    remove_layer("mine")
    with Gazetteer.open() as gazetteer:
        assert not gazetteer.lookup("Teir Maaleh", fuzzy=False)
    with pytest.raises(InputError, match="no gazetteer layer 'mine'"):
        remove_layer("mine")


def test_a_user_place_outranks_its_packaged_namesake_in_its_country(folders: Path) -> None:
    with Gazetteer.open() as gazetteer:
        packaged = gazetteer.lookup("Aleppo", country="SY")[0]
    assert packaged.id.startswith("geonames:")
    add_places(
        [UserPlace("Aleppo", 37.15, 36.21, "city", "SY"), UserPlace("Aleppo", 10.0, 50.0, "city", "DE")]
    )
    with Gazetteer.open() as gazetteer:
        found = gazetteer.lookup("Aleppo", country="SY")
        german = next(c for c in found if c.country == "DE")
    assert found[0].id == "user:review:aleppo"
    assert found[0].importance == pytest.approx(packaged.importance + 0.01)
    assert found[1].id == packaged.id
    assert german.importance == USER_FLOOR  # no namesake in its own country


def test_bad_rows_are_reported_by_line_and_nothing_changes(folders: Path) -> None:
    add_file(write(folders / "mine.csv", HEADER + TEIR), layer="mine")
    before = layer_path("mine").read_bytes()
    bad = HEADER + TEIR + "Far,,36.7,94.8,city,SY,,\n,,36.7,34.8,city,SY,,\nX,,36.7,34.8,village,SY,,\n"
    bad += "Y,,36.7,34.8,city,Syria,,\nZ,,east,34.8,city,SY,,\n"
    with pytest.raises(InputError) as caught:
        add_file(write(folders / "bad.csv", bad), layer="mine")
    lines = str(caught.value).splitlines()
    assert lines[0] == "bad.csv line 3: lat 94.8 is not a number between -90 and 90"
    assert lines[1] == "bad.csv line 4: name '' has no letter or digit"
    assert lines[2].startswith("bad.csv line 5: feature_class 'village' is not one of city")
    assert lines[3] == "bad.csv line 6: country 'Syria' is not an ISO 3166-1 alpha-2 code"
    assert lines[4] == "bad.csv line 7: lon 'east' is not a number"
    assert lines[5] == "5 bad rows in " + str(folders / "bad.csv") + "; nothing was added"
    assert layer_path("mine").read_bytes() == before
    with pytest.raises(InputError, match="lacks the column"):
        add_file(write(folders / "cols.csv", "name,lon,lat\nA,1,2\n"))
    with pytest.raises(InputError, match=r"layer name '\.\./x' is not valid"):
        add_places([UserPlace("A", 1.0, 2.0)], layer="../x")


def test_geojson_and_geopackage_files(folders: Path) -> None:
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [44.05, 33.9]},
            "properties": {
                "name": "Checkpoint 7",
                "feature_class": "facility",
                "country": "IQ",
                "alternate_names": ["CP7"],
            },
        },
        {"type": "Feature", "geometry": {"type": "LineString", "coordinates": []}, "properties": {}},
    ]
    path = write(folders / "cp.geojson", json.dumps({"type": "FeatureCollection", "features": features}))
    with pytest.raises(InputError, match=r"cp\.geojson feature 2: geometry 'LineString' is not a Point"):
        read_places(path)
    path = write(path, json.dumps({"type": "FeatureCollection", "features": features[:1]}))
    places = read_places(path)
    assert places == [UserPlace("Checkpoint 7", 44.05, 33.9, "facility", "IQ", ("CP7",))]
    geopandas = pytest.importorskip("geopandas")
    frame = geopandas.read_file(path)
    frame["alternate_names"] = "CP7"
    frame.to_file(folders / "cp.gpkg", driver="GPKG")
    assert read_places(folders / "cp.gpkg") == places


def test_add_places_appends_with_stable_ids_and_the_layer_survives_a_lost_cache(folders: Path) -> None:
    add_places([UserPlace("Outpost Alpha", 44.1, 33.3, "military_base", "IQ")], layer="review")
    add_places(
        [
            {
                "name": "Outpost Alpha",
                "lon": "44.2",
                "lat": "33.4",
                "feature_class": "military_base",
                "country": "iq",
            }
        ],
        layer="review",
    )
    with Gazetteer.open() as gazetteer:
        ids = sorted(c.id for c in gazetteer.lookup("Outpost Alpha", fuzzy=False))
        merged = gazetteer.path
    assert ids == ["user:review:outpost-alpha", "user:review:outpost-alpha-2"]
    merged.unlink()  # the cache is disposable: the layer is not in it
    with Gazetteer.open() as gazetteer:
        assert len(gazetteer.lookup("Outpost Alpha", fuzzy=False)) == 2


def test_places_added_from_several_threads_are_all_kept(folders: Path) -> None:
    import threading

    def add(n: int) -> None:
        add_places([UserPlace(f"Post {n}", 44.0 + n / 100, 33.0, "facility", "IQ")], layer="review")

    threads = [threading.Thread(target=add, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [layer.places for layer in list_layers()] == [4]


def test_a_damaged_merged_index_is_rebuilt(folders: Path) -> None:
    add_places([UserPlace("Outpost Bravo", 44.1, 33.3, "military_base", "IQ")], layer="review")
    with Gazetteer.open() as gazetteer:
        merged = gazetteer.path
    with merged.open("r+b") as handle:
        handle.truncate(merged.stat().st_size // 2)
    with Gazetteer.open() as gazetteer:
        assert gazetteer.path == merged
        assert gazetteer.lookup("Outpost Bravo", fuzzy=False)[0].id == "user:review:outpost-bravo"


def test_cli_add_list_remove(folders: Path) -> None:
    runner = CliRunner()
    path = write(folders / "places.csv", HEADER + TEIR)
    result = runner.invoke(cli, ["gazetteer", "add", str(path), "--name", "field"])
    assert result.exit_code == 0, result.output
    assert "layer 'field': 1 places" in result.output
    listed = runner.invoke(cli, ["gazetteer", "list"])
    assert listed.output.split()[:3] == ["field", "user", "1"]
    found = runner.invoke(cli, ["geocode", "Tir Maala", "--json"])
    assert json.loads(found.output)[0]["id"] == "user:field:teir-maaleh"
    bad = runner.invoke(
        cli, ["gazetteer", "add", str(write(folders / "b.csv", HEADER + "A,,1,2,city,SY,,,x\n"))]
    )
    assert bad.exit_code == 1
    assert "b.csv line 2: more fields than columns" in bad.output
    assert runner.invoke(cli, ["gazetteer", "remove", "field"]).exit_code == 0
    assert runner.invoke(cli, ["gazetteer", "remove", "field"]).exit_code == 1


@pytest.mark.slow
def test_an_added_place_is_recognised_and_placed_in_text(folders: Path) -> None:
    from geo.extract.parser import Geoparser

    text = "Shelling hit Teir Maaleh on Monday, killing two civilians."
    add_file(write(folders / "mine.csv", HEADER + TEIR), layer="mine")
    with Gazetteer.open() as gazetteer:
        features = Geoparser(gazetteer=gazetteer).extract(text, published="2016-01-04").features
    places = [(f.properties.gazetteer_id, f.geometry.coordinates) for f in features]
    assert any(ident == "user:mine:teir-maaleh" for ident, _ in places), places
    point = next(tuple(c) for ident, c in places if ident == "user:mine:teir-maaleh")
    assert haversine_km((point[0], point[1]), (36.707602, 34.802462)) < 0.01
