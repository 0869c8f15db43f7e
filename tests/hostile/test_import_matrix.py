"""``geo import csv|acled|ucdp`` over hostile tables, cells, mapping files, options and paths."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from hostile.kinds import BAD_DATES, BROKEN_JSON, UNDECODABLE
from hostile.matrix import Case, Dir, Fifo, Link, check

DATA = Path(__file__).resolve().parents[1] / "data" / "importers"
OUT = ("-o", "{d}/out.geojson")
REJECT = ("--on-error", "reject")

OURS = {
    "date": "2020-01-05",
    "lon": "44.0",
    "lat": "33.0",
    "event_type": "strike",
    "sub_event_type": "air_strike",
    "country": "IQ",
    "feature_class": "city",
    "geo_precision": "2",
}
ACLED = {
    "event_id_cnty": "IRQ1",
    "event_date": "2019-03-15",
    "year": "2019",
    "time_precision": "1",
    "event_type": "Battles",
    "sub_event_type": "Armed clash",
    "country": "Iraq",
    "location": "Mosul",
    "latitude": "36.335",
    "longitude": "43.119",
    "geo_precision": "1",
    "fatalities": "0",
}
UCDP = next(csv.DictReader(io.StringIO((DATA / "ucdp_ged.csv").read_text(encoding="utf-8"))))

#: Per kind: the template row, its date, latitude and longitude columns.
KINDS = {
    "csv": (OURS, "date", "lat", "lon"),
    "acled": (ACLED, "event_date", "latitude", "longitude"),
    "ucdp": (UCDP, "date_start", "latitude", "longitude"),
}


def table(rows: list[dict[str, str]], *, header: list[str] | None = None) -> str:
    """Rows as CSV text (header from the first row unless given)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header or list(rows[0]))
    for row in rows:
        writer.writerow(list(row.values()))
    return out.getvalue()


def _file_cases(kind: str) -> list[Case]:
    row = KINDS[kind][0]
    args = ("import", kind, "{d}/in.csv", *OUT)
    content = table([row])
    cases = [
        Case(f"{kind}-file-{name}", args, {"in.csv": data}, says="in.csv")
        for name, data in UNDECODABLE.items()
    ]
    cases += [
        Case(f"{kind}-file-empty", args, {"in.csv": ""}, says="in.csv"),
        Case(f"{kind}-file-whitespace", args, {"in.csv": " \n\n"}, says="in.csv"),
        Case(f"{kind}-file-missing", ("import", kind, "{d}/nope.csv", *OUT), says="No such file"),
        Case(f"{kind}-file-folder", ("import", kind, "{d}/f", *OUT), {"f": Dir()}, code=2),
        Case(f"{kind}-file-dangling-link", args, {"in.csv": Link("gone.csv")}, says="No such file"),
        Case(
            f"{kind}-file-under-fifo",
            ("import", kind, "{d}/p/in.csv", *OUT),
            {"p": Fifo()},
            says="Not a directory",
        ),
        Case(
            f"{kind}-out-is-input",
            ("import", kind, "{d}/in.csv", "-o", "{d}/in.csv"),
            {"in.csv": content},
            says="is also an input",
        ),
        Case(
            f"{kind}-out-read-only",
            ("import", kind, "{d}/in.csv", "-o", "/sys/geo.geojson"),
            {"in.csv": content},
            says="geo.geojson",
        ),
        Case(
            f"{kind}-out-under-file",
            ("import", kind, "{d}/in.csv", "-o", "{d}/in.csv/x.geojson"),
            {"in.csv": content},
            says="x.geojson",
        ),
        Case(f"{kind}-ok-utf8-bom", args, {"in.csv": "\ufeff" + content}, code=0, output="out.geojson"),
        Case(
            f"{kind}-ok-crlf", args, {"in.csv": content.replace("\n", "\r\n")}, code=0, output="out.geojson"
        ),
        Case(
            f"{kind}-header-only",
            (*args, *REJECT),
            {"in.csv": content.splitlines()[0] + "\n"},
            code=0,
            output="out.geojson",
        ),
    ]
    return cases


def _row_cases(kind: str) -> list[Case]:
    row, date, lat, lon = KINDS[kind]
    args = ("import", kind, "{d}/in.csv", *OUT, *REJECT)
    changes: dict[str, dict[str, str]] = {
        **{f"date-{name}": {date: value} for name, value in BAD_DATES.items()},
        "lat-huge": {lat: "1e400"},
        "lat-nan": {lat: "nan"},
        "lon-infinity": {lon: "-Infinity"},
        "lon-2-64": {lon: str(2**64)},
        "lat-out-of-range": {lat: "95.0"},
        "lon-out-of-range": {lon: "200.5"},
        "lat-word": {lat: "north"},
        "lat-empty": {lat: ""},
    }
    if kind != "ucdp":  # UCDP gives the point twice (latitude/longitude and geom_wkt)
        changes["swapped"] = {lat: row[lon], lon: "-170.0"} if kind == "csv" else {lat: "143.1", lon: "36.3"}
    cases = [
        Case(f"{kind}-row-{name}", args, {"in.csv": table([{**row, **change}])}, lines=2, says="line 2")
        for name, change in changes.items()
    ]
    header = list(row)
    text = table([row])
    cells = text.splitlines()[1].split(",")
    cases += [
        Case(
            f"{kind}-row-ragged-short",
            args,
            {"in.csv": f"{','.join(header)}\n{','.join(cells[:3])}\n"},
            lines=2,
            says="line 2",
        ),
        Case(
            f"{kind}-row-ragged-long",
            args,
            {"in.csv": f"{text}{','.join(cells)},extra,cells\n"},
            lines=2,
            says="line 3",
        ),
        Case(
            f"{kind}-row-skipped",
            ("import", kind, "{d}/in.csv", *OUT),
            {"in.csv": table([row, {**row, lat: "nan"}])},
            code=0,
            output="out.geojson",
            says="line 3",
        ),
        Case(
            f"{kind}-row-nul-cell",
            args,
            {"in.csv": text + text.splitlines()[1].replace(cells[0], "x\x00y") + "\n"},
            lines=2,
            says="line 3",
        ),
    ]
    text_cell = {"csv": "name", "acled": "location", "ucdp": "source_headline"}[kind]
    cases += [
        Case(
            f"{kind}-ok-quoted-newline",
            args,
            {"in.csv": table([{**row, text_cell: 'two\nlines, "quoted"'}])},
            code=0,
            output="out.geojson",
        ),
        Case(  # a quoted cell that never closes swallows the rest of the file
            f"{kind}-row-unclosed-quote",
            args,
            {"in.csv": text + text.splitlines()[1].replace(cells[0], '"unclosed', 1) + "\n"},
            lines=2,
            says="line 3",
        ),
        Case(
            f"{kind}-duplicate-rows",
            ("import", kind, "{d}/in.csv", *OUT),
            {"in.csv": table([row, row])},
            code=0,
            output="out.geojson",
        ),
    ]
    cases.append(
        Case(
            f"{kind}-ok-formula-like",
            args[:-2] if kind != "csv" else args,
            {"in.csv": table([{**row, "location" if kind != "csv" else "name": '=HYPERLINK("x")'}])},
            code=0,
            output="out.geojson",
        )
    )
    return cases


def _csv_only_cases() -> list[Case]:
    args = ("import", "csv", "{d}/in.csv", *OUT, *REJECT)
    good = table([OURS])
    mapping = ("import", "csv", "{d}/in.csv", "--mapping", "{d}/m.yaml", *OUT, *REJECT)
    bad_mappings = {
        "empty": "",
        "list": "- a\n- b\n",
        "truncated": "columns: {lon: x\n",
        "columns-list": "columns: [a, b]\n",
        "utf16": "columns: {lon: lon}\n".encode("utf-16"),
        "nul": b"columns: {lon: \x00}\n",
    }
    cases = [
        Case(f"csv-mapping-{name}", mapping, {"in.csv": good, "m.yaml": data}, says="m.yaml", lines=2)
        for name, data in bad_mappings.items()
    ]
    cases += [
        Case(
            f"csv-mapping-json-{name}",
            (*mapping[:4], "{d}/m.json", *OUT),
            {"in.csv": good, "m.json": data},
            says="m.json",
        )
        for name, data in BROKEN_JSON.items()
        if name in ("truncated", "nan", "top-list", "utf16-bom", "latin1")
    ]
    cases += [
        Case(
            "csv-mapping-missing", (*mapping[:4], "{d}/nope.yaml", *OUT), {"in.csv": good}, says="nope.yaml"
        ),
        Case(
            "csv-mapping-unknown-property",
            mapping,
            {"in.csv": good, "m.yaml": "columns: {flavour: a}\n"},
            says="unknown property 'flavour'",
        ),
        Case("csv-mapping-folder", (*mapping[:4], "{d}/f", *OUT), {"in.csv": good, "f": Dir()}, code=2),
        Case("csv-option-column-no-equals", (*args, "--column", "lon"), {"in.csv": good}, says="--column"),
        Case("csv-option-set-bad-yaml", (*args, "--set", "fatalities=[unclosed"), {"in.csv": good}, lines=2),
        Case(
            "csv-option-date-format-odd",
            (*args, "--date-format", "%Q%%"),
            {"in.csv": good},
            lines=2,
            says="line 2",
        ),
        Case("csv-option-column-unknown", (*args, "--column", "lon=nope"), {"in.csv": good}, lines=2),
        Case("csv-no-coordinates-column", args, {"in.csv": "date,event_type\n2020-01-05,strike\n"}, lines=2),
        Case("csv-duplicate-header", args, {"in.csv": "lon,lon,lat\n1,2,3\n"}, says="lon"),
        Case(
            "csv-bad-event-type",
            args,
            {"in.csv": table([{**OURS, "event_type": "party"}])},
            lines=2,
            says="line 2",
        ),
        Case(
            "csv-bad-country",
            args,
            {"in.csv": table([{**OURS, "country": "Narnia"}])},
            lines=2,
            says="line 2",
        ),
        Case(
            "csv-precision-huge",
            args,
            {"in.csv": table([{**OURS, "geo_precision": str(2**64)}])},
            lines=2,
            says="line 2",
        ),
        Case(
            "csv-json-list-cell-bad",
            args,
            {"in.csv": table([{**OURS, "actors": '["a", '}])},
            lines=2,
            says="line 2",
        ),
        Case(
            "csv-geojson-truncated",
            ("import", "csv", "{d}/in.geojson", *OUT),
            {"in.geojson": '{"type": "FeatureCollection", "features": ['},
            says="in.geojson",
        ),
        Case("csv-unknown-kind", ("import", "sigact", "{d}/in.csv", *OUT), {"in.csv": good}, code=2),
        Case(
            "csv-ok-unicode-names",
            ("import", "csv", "{d}/données ✓.csv", "-o", "{d}/sortie ✓.geojson"),
            {"données ✓.csv": table([{**OURS, "name": "Bagdād — بغداد"}])},
            code=0,
            output="sortie ✓.geojson",
        ),
        Case(
            "csv-ok-dash-name",
            ("import", "csv", "-o", "{d}/-out.geojson", "--", "{d}/-in.csv"),
            {"-in.csv": good},
            code=0,
            output="-out.geojson",
        ),
    ]
    return cases


CASES = [
    *(case for kind in KINDS for case in _file_cases(kind)),
    *(case for kind in KINDS for case in _row_cases(kind)),
    *_csv_only_cases(),
]


@pytest.mark.parametrize("case", [case.param() for case in CASES])
def test_import(case: Case, tmp_path: Path) -> None:
    check(case, tmp_path)
