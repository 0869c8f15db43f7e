"""ACLED import (current, 2019–2023 and pre-2019 layouts) and the way back through acled_rows."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.codebooks.acled import acled_rows
from geo.errors import InputError
from geo.importers import import_acled
from geo.importers.acled import parse_acled_date
from geo.validation import validate_file

DATA = Path(__file__).parent / "data" / "importers"


def _props(name: str) -> dict[str, dict[str, Any]]:
    result = import_acled(DATA / name)
    assert result.errors == []
    return {f.id: f.model_dump(mode="json")["properties"] for f in result.features}


def test_current_layout() -> None:
    events = _props("acled_current.csv")
    assert list(events) == [
        "acled:SYR90001",
        "acled:IRQ90002",
        "acled:IRQ90003",
        "acled:SYR90004",
        "acled:IRQ90005",
    ]
    strike = events["acled:SYR90001"]
    assert (strike["event_type"], strike["sub_event_type"]) == ("strike", "air_drone_strike")
    assert (strike["date"], strike["time_precision"]) == ("2019-03-15", "day")
    assert (strike["geo_precision"], strike["feature_class"]) == (2, "city")
    assert strike["country"] == "SY"
    assert strike["fatalities"] == 4
    assert strike["source"] == {
        "article_id": "acled:SYR90001",
        "title": None,
        "publisher": "Example Monitor",
        "url": None,
        "published": None,
        "sha256": None,
    }
    assert strike["notes"] == "Air strikes hit the town; four people were killed. (source scale: National)"
    assert strike["gazetteer_id"] == "acled:Maarrat an Nu'man"


def test_week_month_precisions_and_actors() -> None:
    events = _props("acled_current.csv")
    week = events["acled:IRQ90002"]
    # time_precision 2: the coded day is the middle of the week
    assert (week["date"], week["time_precision"]) == ("2019-04-07/2019-04-13", "week")
    assert (week["geo_precision"], week["feature_class"]) == (3, "city")  # geo_precision 2: near a town
    assert week["actors"] == [
        "Military Forces of Iraq (2014-)",
        "Islamic State (Iraq)",
        "Tribal Militia (Iraq)",
        "Popular Mobilization Forces",
    ]
    assert week["fatalities"] is None  # empty stays unknown
    month = events["acled:IRQ90003"]
    assert (month["date"], month["date_start"], month["date_end"]) == ("2019-10", "2019-10-01", "2019-10-31")
    assert (month["geo_precision"], month["feature_class"]) == (3, "region")
    assert "\n" in month["notes"]  # a quoted multi-line note stays whole
    abduction = events["acled:IRQ90005"]
    assert abduction["event_type"] == "abduction"
    assert abduction["actors"] == [
        "Unidentified Armed Group (Iraq)",
        "Civilians (Iraq)",
        "Journalists (Iraq)",
    ]


def test_2019_layout_with_written_out_dates() -> None:
    events = _props("acled_2019.csv")
    shelling = events["acled:SYR90011"]
    assert (shelling["event_type"], shelling["date"]) == ("rocket_attack", "2019-03-15")
    arrests = events["acled:IRQ90012"]
    assert (arrests["event_type"], arrests["sub_event_type"]) == ("political", "arrests")
    assert arrests["date"] == "2019-03-30/2019-04-05"
    assert arrests["country"] == "IQ"


def test_pre_2019_layout_upper_case_headers_and_old_event_types() -> None:
    events = _props("acled_2018.csv")
    clash = events["acled:MLI9001"]
    assert (clash["event_type"], clash["sub_event_type"]) == ("attack", "armed_clash")
    assert clash["country"] == "ML"
    assert clash["actors"][2].startswith("MINUSMA")  # ALLY_ACTOR_1 read as assoc_actor_1
    remote = events["acled:MLI9002"]
    assert (remote["sub_event_type"], remote["date"]) == ("remote_violence", "2017-04")


@pytest.mark.parametrize(
    "text",
    ["2019-03-15", "15 March 2019", "15-March-2019", "15-Mar-2019", "15/03/2019", "15 march 2019"],
)
def test_acled_date_forms(text: str) -> None:
    assert parse_acled_date(text) == datetime.date(2019, 3, 15)


@pytest.mark.parametrize("text", ["31 February 2019", "March 15 2019", "2019/13/01", ""])
def test_bad_acled_dates(text: str) -> None:
    with pytest.raises(InputError, match="event_date"):
        parse_acled_date(text)


def test_round_trip_back_to_acled_codes() -> None:
    """ACLED → our features → ACLED-style rows gives back the codebook values."""
    source = import_acled(DATA / "acled_current.csv")
    rows, lossy = acled_rows(source.features)
    by_id = {row["event_id_cnty"]: row for row in rows}
    week = by_id["IRQ90002"]
    assert (week["event_type"], week["sub_event_type"]) == ("Battles", "Armed clash")
    assert (week["event_date"], week["time_precision"], week["geo_precision"]) == ("2019-04-10", 2, 2)
    assert week["source_scale"] == "Subnational"
    assert week["notes"] == "Clashes during the week near the town."
    month = by_id["IRQ90003"]
    assert (month["event_date"], month["time_precision"], month["geo_precision"]) == ("2019-10-15", 3, 3)
    strike = by_id["SYR90001"]
    assert (strike["country"], strike["iso"], strike["fatalities"]) == ("Syria", 760, 4)
    base = by_id["SYR90004"]
    assert (base["event_type"], base["sub_event_type"]) == (
        "Strategic developments",
        "Headquarters or base established",
    )
    # only what ACLED itself cannot hold is lossy: the unknown fatality count and the extra actors
    assert {(p.feature_id, p.field) for p in lossy} == {
        ("acled:IRQ90002", "fatalities"),
        ("acled:IRQ90002", "actors"),
        ("acled:IRQ90005", "actors"),
    }


def _write(tmp_path: Path, header: str, *rows: str) -> Path:
    path = tmp_path / "acled.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


HEADER = (
    "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,country,location,"
    "latitude,longitude,geo_precision,fatalities"
)


def test_malformed_acled_rows(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        HEADER,
        "IRQ1,2019-03-15,2019,1,Battles,Armed clash,Iraq,Mosul,36.335,43.119,1,0",
        "IRQ2,2019-03-15,2018,1,Battles,Armed clash,Iraq,Mosul,36.335,43.119,1,0",
        "IRQ3,2019-03-15,2019,4,Battles,Armed clash,Iraq,Mosul,36.335,43.119,1,0",
        "IRQ4,2019-03-15,2019,1,Battles,Dance-off,Iraq,Mosul,36.335,43.119,1,0",
        "IRQ5,2019-03-15,2019,1,Battles,Armed clash,Atlantis,Mosul,36.335,43.119,1,0",
        "IRQ6,2019-03-15,2019,1,Battles,Armed clash,Iraq,Mosul,43.119,36.335,1,0",
        "IRQ7,2019-03-15,2019,1,Battles,Armed clash,Iraq,Mosul,36.335,43.119,5,0",
        "IRQ8,2019-03-15,2019,1,Battles,Armed clash,Iraq,Mosul,36.335,43.119,1,many",
    )
    result = import_acled(path)
    assert (result.read, result.imported, result.skipped) == (8, 1, 7)
    messages = {error.line: error.message for error in result.errors}
    assert messages[3] == "year 2018 disagrees with event_date '2019-03-15'"
    assert messages[4] == "ACLED time_precision must be 1, 2 or 3, got 4"
    assert "'Dance-off'" in messages[5]
    assert messages[6] == "unknown country 'Atlantis'"
    assert "coordinates look swapped" in messages[7]
    assert "geo_precision must be 1, 2 or 3, got 5" in messages[8]
    assert messages[9] == "fatalities 'many' is not a whole number"


def test_file_without_id_column(tmp_path: Path) -> None:
    path = _write(tmp_path, "event_date,event_type,latitude,longitude,geo_precision")
    with pytest.raises(InputError, match="no event id column"):
        import_acled(path)


def test_byte_order_mark_and_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    text = (
        HEADER.replace(",", ";")
        + "\n"
        + "IRQ1;15/03/2019;2019;1;Battles;Armed clash;Iraq;Mosul;36.335;43.119;1;0\n"
    )
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    result = import_acled(path)
    assert result.errors == []
    assert result.features[0].id == "acled:IRQ1"


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes(
        (HEADER + "\nIRQ1,2019-03-15,2019,1,Battles,Armed clash,Iraq,Mosul\xe9,1,2,1,0\n").encode("latin-1")
    )
    with pytest.raises(InputError, match=r"not UTF-8.*line 2"):
        import_acled(path)


def test_cli_acled(tmp_path: Path) -> None:
    out = tmp_path / "acled.geojson"
    result = CliRunner().invoke(cli, ["import", "acled", str(DATA / "acled_2019.csv"), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "read 2 rows, imported 2, skipped 0" in result.stderr
    assert validate_file(out).ok
