"""Fuzzing (hypothesis) of the date grammar, the bounded readers, the JSON-lines article reader, the CSV
importer and the GeoJSON validator: bad input raises a :class:`GeoError` (or is reported), nothing else."""

from __future__ import annotations

import contextlib
import csv
import datetime
import io
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.errors import GeoError
from geo.importers import import_csv
from geo.io import load_json_text, load_yaml_text
from geo.readers import iter_jsonl
from geo.temporal import find_dates
from geo.temporal.edtf import parse_edtf
from geo.validation import validate_bytes
from hostile.matrix import collection, feature

FAST = settings(max_examples=150, deadline=None, database=None)  # no .hypothesis folder in the repo
SLOW = settings(max_examples=40, deadline=None, database=None)

DAYS = st.dates(min_value=datetime.date(1, 1, 1), max_value=datetime.date(9999, 12, 31))
#: Strings near the EDTF grammar: digits, separators and the qualifier characters, plus any text.
EDTF_LIKE = st.one_of(
    st.text(alphabet="0123456789-/.?~%XuE ", max_size=24),
    st.builds("{}/{}".format, st.text("0123456789-.X", max_size=10), st.text("0123456789-.X", max_size=10)),
    st.text(max_size=24),
)
WORDS = st.sampled_from(
    [
        "on",
        "in",
        "since",
        "until",
        "last",
        "next",
        "Friday",
        "March",
        "2019",
        "2020-01-06",
        "the",
        "week",
        "year",
        "ago",
        "days",
        "3",
        "31",
        "early",
        "late",
        "between",
        "and",
        "to",
        "-",
        ",",
        ".",
        "mid",
        "1999s",
    ]
)
TEXTS = st.one_of(st.lists(WORDS, max_size=30).map(" ".join), st.text(max_size=200))


@FAST
@given(EDTF_LIKE)
def test_parse_edtf_raises_only_input_errors(value: str) -> None:
    try:
        bounds = parse_edtf(value)
    except GeoError:
        return
    assert parse_edtf(bounds.edtf) == bounds  # the normal form parses to itself
    if bounds.start is not None and bounds.end is not None:
        assert bounds.start <= bounds.end


@FAST
@given(DAYS, DAYS)
def test_edtf_days_and_intervals_round_trip(first: datetime.date, second: datetime.date) -> None:
    day = parse_edtf(first.isoformat())
    assert (day.start, day.end, day.precision, day.edtf) == (first, first, "day", first.isoformat())
    month = parse_edtf(first.isoformat()[:7])
    assert month.start == first.replace(day=1)
    assert month.end is not None
    assert month.end.month == first.month
    low, high = sorted([first, second])
    span = parse_edtf(f"{low.isoformat()}/{high.isoformat()}")
    assert (span.start, span.end) == (low, high)
    if low != high:
        try:
            parse_edtf(f"{high.isoformat()}/{low.isoformat()}")
        except GeoError:
            pass
        else:
            raise AssertionError("an interval that ends before it starts was accepted")


@FAST
@given(TEXTS, st.one_of(st.none(), DAYS.map(datetime.date.isoformat), EDTF_LIKE))
def test_find_dates_spans_and_values(text: str, published: str | None) -> None:
    try:
        found = find_dates(text, published=published)
    except GeoError:
        return
    for expression in found:
        assert text[expression.start : expression.end] == expression.surface
        parse_edtf(expression.edtf)  # every value found is a valid EDTF date


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20,
)


@FAST
@given(st.one_of(st.text(max_size=200), st.binary(max_size=200), JSON_VALUES.map(json.dumps)))
def test_bounded_readers_raise_only_geo_errors(text: str | bytes) -> None:
    with contextlib.suppress(GeoError):
        load_json_text(text, name="fuzz")
    if isinstance(text, str):  # load_yaml_text takes text only
        with contextlib.suppress(GeoError):
            load_yaml_text(text, name="fuzz")


@contextlib.contextmanager
def _written(data: bytes, name: str) -> Iterator[Path]:
    """``data`` in a file ``name`` of a temporary folder, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="geo-fuzz-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        yield path


LINES = st.lists(
    st.one_of(
        JSON_VALUES.map(json.dumps),
        st.fixed_dictionaries(
            {"id": st.one_of(st.text(max_size=5), st.integers(), st.none()), "text": st.text(max_size=30)},
            optional={"published": st.one_of(EDTF_LIKE, st.integers()), "title": JSON_VALUES},
        ).map(json.dumps),
        st.text(max_size=30),
    ),
    max_size=5,
)


@SLOW
@given(st.one_of(LINES.map(lambda lines: "\n".join(lines).encode("utf-8")), st.binary(max_size=100)))
def test_jsonl_article_reader_raises_only_geo_errors(data: bytes) -> None:
    with _written(data, "batch.jsonl") as path, contextlib.suppress(GeoError):
        for article in iter_jsonl(path):
            assert isinstance(article.text, str)


CELLS = st.one_of(
    st.sampled_from(
        [
            "",
            "nan",
            "1e400",
            "-Infinity",
            str(2**64),
            "44.0",
            "33.0",
            "2020-13-01",
            "2020-01-05",
            "strike",
            "IQ",
            "=1+1",
            "city",
            "[1",
            "[]",
            "yesterday",
            "../..",
        ]
    ),
    st.text(max_size=8),
)
HEADERS = st.lists(
    st.sampled_from(
        [
            "date",
            "lon",
            "lat",
            "event_type",
            "country",
            "feature_class",
            "geo_precision",
            "name",
            "fatalities",
            "actors",
            "date_start",
            "date_end",
            "id",
            "wkt",
            "x",
        ]
    ),
    min_size=1,
    max_size=8,
)


@SLOW
@given(HEADERS, st.lists(st.lists(CELLS, max_size=9), max_size=4))
def test_csv_importer_reports_rows(header: list[str], rows: list[list[str]]) -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    with _written(out.getvalue().encode("utf-8"), "in.csv") as path:
        try:
            result = import_csv(path)
        except GeoError:
            return
    assert result.read == len(result.features) + len(result.errors)


def _mutations() -> st.SearchStrategy[Any]:
    good = json.loads(collection())
    keys = st.sampled_from(list(feature()["properties"]))
    return st.one_of(
        JSON_VALUES,
        st.tuples(keys, JSON_VALUES).map(
            lambda change: {**good, "features": [feature(**{change[0]: change[1]})]}
        ),
        st.tuples(JSON_VALUES, JSON_VALUES).map(
            lambda xy: {
                **good,
                "features": [feature() | {"geometry": {"type": "Point", "coordinates": list(xy)}}],
            }
        ),
    )


@FAST
@given(st.one_of(st.binary(max_size=300), _mutations().map(lambda v: json.dumps(v).encode("utf-8"))))
def test_validate_bytes_never_raises(data: bytes) -> None:
    problems = validate_bytes(data)
    assert isinstance(problems, list)
