"""EDTF parsing: the subset geo supports and the calendar bounds of each form."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.errors import InputError
from geo.temporal.edtf import DateBounds, parse_edtf


@pytest.mark.parametrize(
    ("value", "start", "end", "precision"),
    [
        ("2020-01-03", dt.date(2020, 1, 3), dt.date(2020, 1, 3), "day"),
        ("2023-07", dt.date(2023, 7, 1), dt.date(2023, 7, 31), "month"),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29), "month"),
        ("2015", dt.date(2015, 1, 1), dt.date(2015, 12, 31), "year"),
        ("2015~", dt.date(2015, 1, 1), dt.date(2015, 12, 31), "year"),
        ("2024-01-01/2025-07", dt.date(2024, 1, 1), dt.date(2025, 7, 31), "range"),
        ("2014/2017", dt.date(2014, 1, 1), dt.date(2017, 12, 31), "range"),
        ("2020-01-03/2020-01-06", dt.date(2020, 1, 3), dt.date(2020, 1, 6), "range"),
        ("2003/..", dt.date(2003, 1, 1), None, "range"),
        ("2003/", dt.date(2003, 1, 1), None, "range"),
        ("../2019", None, dt.date(2019, 12, 31), "range"),
        ("2020/2020", dt.date(2020, 1, 1), dt.date(2020, 12, 31), "range"),
    ],
)
def test_bounds(value: str, start: dt.date | None, end: dt.date | None, precision: str) -> None:
    bounds = parse_edtf(value)
    assert bounds == DateBounds(value, start, end, precision)


def test_iso_helpers() -> None:
    bounds = parse_edtf("2003/..")
    assert (bounds.iso_start, bounds.iso_end) == ("2003-01-01", None)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2023-02-30", "2023-02-30"),
        ("2021-02-29", "no day 29"),
        ("2020-13", "2020-13"),
        ("garbage", "not an EDTF string"),
        ("", "empty"),
        (" 2020", "whitespace"),
        ("2020-01-06/2020-01-03", "starts after it ends"),
        ("2018/2017", "starts after it ends"),
        ("../..", "at least one known bound"),
        ("2020-XX", "unsupported"),
        ("2020-21", "unsupported"),
        ("2020-01-03T10:00:00", "unsupported"),
        ("0000", "four digits"),
        ("03/01/2020", "not an EDTF string"),
    ],
)
def test_rejects(value: str, reason: str) -> None:
    with pytest.raises(InputError, match="EDTF") as info:
        parse_edtf(value)
    assert reason in str(info.value)
    assert repr(value) in str(info.value)


def test_rejects_non_string() -> None:
    with pytest.raises(InputError, match="20200103"):
        parse_edtf(20200103)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="EDTF"):  # InputError is a ValueError
        parse_edtf("nope")
