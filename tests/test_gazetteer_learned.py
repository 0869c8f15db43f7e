"""Places learned from event data (UCDP GED, ACLED, geo events) and GeoNames dumps compiled into layers.

The event rows and the GeoNames dumps are written here in each format's exact layout with made-up
values; no third-party data is copied.
"""

from __future__ import annotations

import csv
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo import settings
from geo.cli import cli
from geo.errors import InputError
from geo.gazetteer import Gazetteer
from geo.gazetteer.build import fingerprint
from geo.gazetteer.geonames import build_geonames_layer, classify
from geo.gazetteer.index import forget_default_gazetteer
from geo.gazetteer.layers import layer_path, list_layers
from geo.gazetteer.learn import MERGE_KM, learn_places, split_name
from geo.gazetteer.resources import data_dir

UCDP_COLUMNS = [
    "id",
    "year",
    "number_of_sources",
    "source_headline",
    "source_date",
    "where_prec",
    "where_coordinates",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "country",
]
ACLED_COLUMNS = [
    "event_id_cnty",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
]


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temporary cache linking the packaged index, and an empty data folder."""
    name = f"gazetteer-{fingerprint(data_dir('gazetteer'))}.sqlite"
    packaged = Path(settings.cache_dir) / name
    if not packaged.exists():
        Gazetteer.open().close()
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / name).symlink_to(packaged)
    monkeypatch.setattr(settings, "cache_dir", tmp_path / "cache")
    monkeypatch.setattr(settings, "data_dir", tmp_path / "data")
    forget_default_gazetteer()
    yield tmp_path
    forget_default_gazetteer()


def write_csv(path: Path, columns: list[str], rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, restval="")
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.mark.parametrize(
    ("written", "names", "feature_class"),
    [
        ("Teir Maaleh village", ["Teir Maaleh"], "city"),
        ("Aleppo city", ["Aleppo"], "city"),
        ("Ar Rastan district", ["Ar Rastan"], "admin_region"),
        ("Homs Governorate", ["Homs"], "admin_region"),
        ("Umm Ashba/Barqah village", ["Umm Ashba", "Barqah"], "city"),
        ("Tiyas Military Airbase (T4)", ["Tiyas Military Airbase", "T4"], "military_base"),
        ("Tishrin Dam", ["Tishrin Dam"], "facility"),
        ("Town", ["Town"], "city"),  # nothing but a generic word: a name
        ("Jabal al-Akrad", ["Jabal al-Akrad"], "city"),
    ],
)
def test_split_name(written: str, names: list[str], feature_class: str) -> None:
    assert split_name(written) == (names, feature_class)


def ucdp_row(n: int, where: str, lat: float, lon: float, prec: str = "1") -> dict[str, str]:
    return {
        "id": str(n),
        "where_prec": prec,
        "where_coordinates": where,
        "adm_1": "Homs Governorate",
        "adm_2": "Ar Rastan district",
        "latitude": str(lat),
        "longitude": str(lon),
        "country": "Syria",
    }


def test_ucdp_places_are_learned_merged_and_imprecise_rows_skipped(tmp_path: Path) -> None:
    rows = [
        ucdp_row(1, "Teir Maaleh village", 34.802462, 36.707602),
        ucdp_row(2, "Teir Maaleh village", 34.802462, 36.707602),
        ucdp_row(3, "Tair Maala village", 34.81, 36.71, prec="2"),  # a spelling of it, 1 km away
        ucdp_row(4, "Teir Maaleh village", 35.5, 36.7),  # a namesake 77 km away
        ucdp_row(5, "Homs Governorate", 34.7, 37.5, prec="4"),  # imprecise: skipped
        ucdp_row(6, "Hamah town", 35.13, 36.75),
    ]
    learned = learn_places(write_csv(tmp_path / "ged.csv", UCDP_COLUMNS, rows))
    assert (learned.rows, learned.precise, len(learned.places)) == (6, 5, 3)
    teir, namesake, hamah = learned.places
    assert (teir.name, teir.alternate_names, teir.lon, teir.lat) == (
        "Teir Maaleh",
        ("Tair Maala",),
        36.707602,
        34.802462,
    )
    assert (teir.country, teir.admin1, teir.admin2, teir.feature_class) == (
        "SY",
        "Homs Governorate",
        "Ar Rastan district",
        "city",
    )
    assert namesake.lat == 35.5
    assert MERGE_KM < 77
    assert hamah.name == "Hamah"
    bad = write_csv(tmp_path / "bad.csv", UCDP_COLUMNS, [*rows, ucdp_row(7, "X village", 95.0, 36.0)])
    with pytest.raises(InputError, match=r"bad.csv line 8: latitude/longitude '95.0', '36.0'"):
        learn_places(bad)


def test_acled_and_geo_events_are_learned(tmp_path: Path) -> None:
    rows = [
        {
            "country": "Iraq",
            "admin1": "Ninewa",
            "admin2": "Mosul",
            "location": "Bartella",
            "latitude": "36.35",
            "longitude": "43.38",
            "geo_precision": "1",
        },
        {
            "country": "Iraq",
            "admin1": "Ninewa",
            "admin2": "Mosul",
            "location": "Ninewa",
            "latitude": "36.0",
            "longitude": "42.5",
            "geo_precision": "3",
        },
    ]
    learned = learn_places(write_csv(tmp_path / "acled.csv", ACLED_COLUMNS, rows))
    assert [(p.name, p.country, p.admin1, p.admin2) for p in learned.places] == [
        ("Bartella", "IQ", "Ninewa", "Mosul")
    ]
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [43.95, 33.80]},
        "properties": {
            "name": "Camp Taji",
            "place": "Taji Base",
            "feature_class": "military_base",
            "country": "IQ",
            "geo_precision": 1,
        },
    }
    path = tmp_path / "events.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), encoding="utf-8")
    (place,) = learn_places(path).places
    assert (place.name, place.alternate_names, place.feature_class) == (
        "Taji Base",
        ("Camp Taji",),
        "military_base",
    )
    with pytest.raises(InputError, match="neither UCDP GED"):
        learn_places(write_csv(tmp_path / "other.csv", ["a", "b"], [{"a": "1", "b": "2"}]))


def test_cli_from_events_adds_a_layer(folders: Path) -> None:
    rows = [ucdp_row(1, "Teir Maaleh village", 34.802462, 36.707602)]
    path = write_csv(folders / "ged.csv", UCDP_COLUMNS, rows)
    result = CliRunner().invoke(cli, ["gazetteer", "add", "--from-events", str(path), "--name", "ged"])
    assert result.exit_code == 0, result.output
    assert "learned 1 places from 1 precise rows of 1" in result.output
    with Gazetteer.open() as gazetteer:
        best = gazetteer.lookup("Teir Maaleh", country="SY", fuzzy=False)[0]
    assert (best.id, best.admin1) == ("user:ged:teir-maaleh", "SY.11")


# ------------------------------------------------------------------------------------------- GeoNames
def geonames_row(
    ident: int,
    name: str,
    ascii_name: str,
    alternates: str,
    lat: float,
    lon: float,
    feature: str,
    code: str,
    cc: str,
    admin1: str = "",
    admin2: str = "",
    population: int = 0,
) -> str:
    cols = [
        str(ident),
        name,
        ascii_name,
        alternates,
        f"{lat:.5f}",
        f"{lon:.5f}",
        feature,
        code,
        cc,
        "",
        admin1,
        admin2,
        "",
        "",
        str(population),
        "",
        "250",
        "Asia/Damascus",
        "2023-01-01",
    ]
    assert len(cols) == 19
    return "\t".join(cols) + "\n"


def alternate_row(n: int, ident: int, language: str, name: str, colloquial: str = "") -> str:
    return "\t".join([str(n), str(ident), language, name, "", "", colloquial, "", "", ""]) + "\n"


def zipped(path: Path, member: str, text: str) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, text)
        archive.writestr("readme.txt", "GeoNames readme\n")
    return path


def test_geonames_dumps_are_compiled_into_a_layer(folders: Path) -> None:
    dump = (
        geonames_row(
            90000001, "تل معلا", "Tall Maala", "Tell Maala,Tel Maala", 34.8, 36.7, "P", "PPL", "SY", "11"
        )
        + geonames_row(90000002, "Wadi Zulu", "Wadi Zulu", "", 34.9, 36.8, "H", "WAD", "SY", "11")
        + geonames_row(
            90000003, "Zulu Air Base", "Zulu Air Base", "", 34.5, 36.5, "S", "AIRB", "SY", "11", "4"
        )
        + geonames_row(90000004, "Route Zulu", "Route Zulu", "", 34.5, 36.5, "R", "RD", "SY")
        + geonames_row(
            170063, "Aleppo", "Aleppo", "", 36.2, 37.16, "P", "PPLA", "SY", "09", population=1602264
        )
    )
    first = zipped(folders / "SY.zip", "SY.txt", dump)
    second = folders / "cities.txt"  # a second dump repeating a row
    second.write_text(geonames_row(90000001, "Tall Maala", "Tall Maala", "", 1.0, 1.0, "P", "PPL", "SY"))
    alternates = zipped(
        folders / "alternateNamesV2.zip",
        "alternateNamesV2.txt",
        alternate_row(1, 90000001, "en", "Teir Maaleh")
        + alternate_row(2, 90000001, "link", "https://en.wikipedia.org/wiki/Tall_Maala")
        + alternate_row(3, 90000001, "", "Maala Hill", colloquial="1")
        + alternate_row(4, 90000003, "abbr", "ZAB")
        + alternate_row(5, 99999999, "en", "Nowhere"),
    )
    lines: list[str] = []
    info = build_geonames_layer([first, second], alternate_names=alternates, progress=lines.append)
    assert (info.kind, info.places) == ("geonames", 4)
    assert lines[0].startswith("geonames: reading SY.zip")
    assert "rows/s" in lines[-1]
    with Gazetteer(layer_path("geonames")) as layer:  # a layer is an index in geo's format
        tall = layer.lookup("Teir Maaleh", fuzzy=False)[0]
        assert (tall.id, tall.name, tall.lat, tall.admin1, tall.importance) == (
            "geonames:90000001",
            "Tall Maala",
            34.8,
            "SY.11",
            0.25,
        )
        assert layer.lookup("Tel Maala", fuzzy=False)[0].id == "geonames:90000001"
        assert not layer.lookup("Maala Hill", fuzzy=False)
        assert not layer.lookup("Route Zulu", fuzzy=False)
        base = layer.lookup("ZAB", fuzzy=False)[0]
        assert (base.feature_class, base.match, base.admin2) == ("military_base", "alias", "SY.11.4")
    with Gazetteer.open() as gazetteer:  # merged: new places added, packaged ones kept as they were
        assert gazetteer.lookup("Teir Maaleh", country="SY", fuzzy=False)[0].id == "geonames:90000001"
        aleppo = gazetteer.get("geonames:170063")
        assert aleppo.source == "geonames"
        assert aleppo.lat != 36.2


def test_a_bad_geonames_row_names_its_line_and_writes_nothing(folders: Path) -> None:
    good = geonames_row(90000001, "Tall Maala", "Tall Maala", "", 34.8, 36.7, "P", "PPL", "SY")
    path = folders / "XX.txt"
    path.write_text(good + "90000002\tShort row\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"XX\.txt line 2: 2 columns, expected GeoNames' 19"):
        build_geonames_layer([path])
    assert not list_layers()
    result = CliRunner().invoke(cli, ["gazetteer", "build", "--geonames", str(path)])
    assert result.exit_code == 1
    assert "line 2" in result.output


def test_classify() -> None:
    assert classify("A", "PCLI", 0) == ("country", 1.0)
    assert classify("A", "ADM1", 0) == ("admin_region", 0.75)
    assert classify("A", "ADM3", 0) == ("admin_region", 0.4)
    assert classify("P", "PPL", 0) == ("city", 0.25)
    city = classify("P", "PPLC", 10_000_000)
    assert city is not None
    assert city[0] == "city"
    assert city[1] == pytest.approx(7.0 / 7.2)
    assert classify("S", "AIRP", 0) == ("airport", 0.35)
    assert classify("V", "FRST", 0) is None


def test_variants_of_learned_names() -> None:
    from geo.gazetteer.learn import variants

    assert variants("Jisr ash Shughur") == ["Jisr al Shughur"]
    assert variants("Tall Tamr") == ["Tal Tamr", "Tell Tamr", "Tel Tamr"]
    assert variants("Aleppo") == []
    assert len(variants("Tall Dayr Kafr Ayn")) == 8


def test_cli_build_says_what_it_did(folders: Path) -> None:
    result = CliRunner().invoke(cli, ["gazetteer", "build"])
    assert result.exit_code == 0, result.output
    assert " places, " in result.output
    assert result.output.strip().endswith("MB")
