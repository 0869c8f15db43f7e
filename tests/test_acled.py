"""The ACLED mapping tables and the ACLED-style rows of the exporter."""

from __future__ import annotations

import csv
import datetime
from pathlib import Path
from typing import Any

import pytest

from geo.codebooks import acled
from geo.errors import InputError
from geo.model.feature import EventFeature
from geo.model.vocab import EVENT_TYPES
from tests.examples import strike


def _feature(**changes: Any) -> dict[str, Any]:
    props = {**strike()["properties"], **changes}
    return EventFeature.from_lonlat(44.2346, 33.2625, props).model_dump(mode="json")


def test_every_codebook_pair_maps_to_one_of_our_types_and_back() -> None:
    assert len(acled.ACLED_CATEGORIES) == 25
    assert len({sub for _, sub in acled.FROM_ACLED.values()}) == 25  # distinct sub-event types
    for (acled_type, acled_sub), (ours, our_sub) in acled.FROM_ACLED.items():
        assert ours in EVENT_TYPES
        assert acled.to_acled_event(ours, our_sub) == (acled_type, acled_sub, None)


def test_acled_event_names_are_case_insensitive_and_accept_old_spellings() -> None:
    assert acled.from_acled_event("battles", "ARMED CLASH") == ("attack", "armed_clash")
    assert acled.from_acled_event("Strategic Developments", "Arrests") == ("political", "arrests")
    assert acled.from_acled_event("Protests", "Excessive force against protestors") == (
        "protest",
        "excessive_force_against_protesters",
    )
    with pytest.raises(InputError, match=r"'Battles'.*'Drone strike'"):
        acled.from_acled_event("Battles", "Drone strike")


def test_our_types_without_acled_equivalent_are_reported_lossy() -> None:
    assert acled.to_acled_event("strike", "drone_strike") == (
        "Explosions/Remote violence",
        "Air/drone strike",
        "sub_event_type 'drone_strike' written as 'Air/drone strike'",
    )
    assert acled.to_acled_event("strike", None)[2] is None
    acled_type, acled_sub, lost = acled.to_acled_event("training", None)
    assert (acled_type, acled_sub) == ("Strategic developments", "Other")
    assert lost is not None
    assert "'training'" in lost
    for event_type in EVENT_TYPES:  # every type of ours has a row
        assert acled.to_acled_event(event_type, None)[0] in {t for t, _ in acled.ACLED_CATEGORIES}


@pytest.mark.shared
def test_codebook_reference_table_matches(shared_dir: Path) -> None:
    """Our table has exactly the pairs of ACLED's published category table."""
    path = shared_dir / "eval/events/_reference/acledR_acled_event_categories.csv"
    with path.open(newline="", encoding="utf-8") as handle:
        pairs = {(row["event_type"], row["sub_event_type"]) for row in csv.DictReader(handle)}
    assert pairs == set(acled.ACLED_CATEGORIES)


def test_disorder_type() -> None:
    assert acled.disorder_type("Battles", "Armed clash") == "Political violence"
    assert acled.disorder_type("Protests", "Peaceful protest") == "Demonstrations"
    assert acled.disorder_type("Riots", "Mob violence") == "Political violence"
    assert (
        acled.disorder_type("Protests", "Excessive force against protesters")
        == "Political violence; Demonstrations"
    )
    assert acled.disorder_type("Strategic developments", "Agreement") == "Strategic developments"


@pytest.mark.parametrize("code", [1, 2, 3])
def test_geo_precision_round_trips_from_acled(code: int) -> None:
    ours, feature_class = acled.from_acled_geo_precision(code)
    assert acled.to_acled_geo_precision(ours, feature_class) == (code, None)


def test_geo_precision_to_acled() -> None:
    assert acled.to_acled_geo_precision(1, "airport")[0] == 1
    assert acled.to_acled_geo_precision(1, "airport")[1] is not None  # exact site is lossy
    assert acled.to_acled_geo_precision(4, "country") == (
        3,
        "geo_precision 4 (country or sea) written as ACLED 3 (a larger region)",
    )
    with pytest.raises(InputError, match="4"):
        acled.from_acled_geo_precision(4)


@pytest.mark.parametrize(
    ("code", "edtf", "precision", "start", "end"),
    [
        (1, "2019-03-15", "day", "2019-03-15", "2019-03-15"),
        (2, "2019-03-12/2019-03-18", "week", "2019-03-12", "2019-03-18"),
        (3, "2019-03", "month", "2019-03-01", "2019-03-31"),
    ],
)
def test_time_precision_round_trips_from_acled(
    code: int, edtf: str, precision: str, start: str, end: str
) -> None:
    day = datetime.date(2019, 3, 15)
    assert acled.from_acled_date(day, code) == (edtf, precision)
    assert acled.to_acled_date(start, end, precision) == (day, code, None)


def test_time_precision_to_acled_lossy_cases() -> None:
    day, code, lost = acled.to_acled_date("2019-01-01", "2019-12-31", "year")
    assert (day, code) == (datetime.date(2019, 7, 2), 3)
    assert lost is not None
    day, code, lost = acled.to_acled_date("2020-01-03", "2020-01-06", "week")
    assert (day, code) == (datetime.date(2020, 1, 4), 2)
    assert lost is not None
    day, code, lost = acled.to_acled_date("2003-01-01", None, "range")
    assert (day, code) == (datetime.date(2003, 1, 1), 3)
    assert "open" in (lost or "")


def test_country_names_both_ways() -> None:
    assert acled.country_code("Syria") == "SY"
    assert acled.country_code("Democratic Republic of Congo") == "CD"
    assert acled.country_code("Iraq") == "IQ"
    assert acled.country_code("368") == "IQ"
    assert acled.country_code("SYR") == "SY"
    assert acled.country_code("Atlantis") is None
    assert acled.acled_country_name("SY") == ("Syria", 760)
    assert acled.acled_country_name("IQ") == ("Iraq", 368)


def test_acled_rows_columns_and_values() -> None:
    feature = _feature(actors=["United States", "Kataib Hezbollah", "Iran", "PMF"], fatalities=None)
    rows, lossy = acled.acled_rows([feature])
    (row,) = rows
    assert tuple(row) == acled.ACLED_COLUMNS
    props = feature["properties"]
    assert row["event_id_cnty"] == props["id"]
    assert row["event_date"] == props["date_start"]
    assert (row["longitude"], row["latitude"]) == (44.2346, 33.2625)
    assert (row["actor1"], row["actor2"], row["assoc_actor_1"]) == (
        "United States",
        "Kataib Hezbollah",
        "Iran; PMF",
    )
    assert row["fatalities"] == 0
    assert row["country"] == "Iraq"
    assert row["iso"] == 368
    assert all(row[column] is None for column in acled.EMPTY_COLUMNS)
    fields = {point.field for point in lossy}
    assert {"actors", "fatalities"} <= fields
    assert all(point.feature_id == props["id"] for point in lossy)


def test_acled_rows_accepts_models() -> None:
    model = EventFeature.model_validate(_feature())
    rows, _ = acled.acled_rows([model])
    assert rows[0]["event_id_cnty"] == model.id
