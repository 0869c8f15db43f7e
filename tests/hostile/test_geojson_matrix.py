"""``geo validate``, ``export``, ``map`` and ``figure`` over hostile GeoJSON, GeoJSON lines and read-backs."""

from __future__ import annotations

import json
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from geo.cli import cli
from hostile.kinds import BAD_DATES, BROKEN_JSON, UNDECODABLE
from hostile.matrix import Case, Dir, Fifo, Link, check, collection, feature

#: Per command: its arguments after the input, and the output it writes.
COMMANDS: dict[str, tuple[str, ...]] = {
    "validate": (),
    "export": ("-o", "{d}/out.gpkg"),
    "map": ("-o", "{d}/out.html", "--tiles", "none"),
    "figure": ("-o", "{d}/out.png", "--width", "2", "--height", "2", "--dpi", "20"),
}
OUTPUT = {"validate": None, "export": "out.gpkg", "map": "out.html", "figure": "out.png"}


def _geometry(coordinates: Any) -> dict[str, Any]:
    return feature() | {"geometry": {"type": "Point", "coordinates": coordinates}}


def _bad_features() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {
        "lon-out-of-range": _geometry([200.0, 33.0]),
        "lat-out-of-range": _geometry([44.0, 95.0]),
        "swapped-order": _geometry([33.0, 144.0]),
        "coordinates-strings": _geometry(["44", "33"]),
        "coordinates-one": _geometry([44.0]),
        "geometry-null": feature() | {"geometry": None},
        "geometry-unknown-type": feature() | {"geometry": {"type": "Blob", "coordinates": [1, 2]}},
        "properties-null": feature() | {"properties": None},
        "no-type": {k: v for k, v in feature().items() if k != "type"},
        "event-type-number": feature(event_type=5),
        "event-type-unknown": feature(event_type="party"),
        "country-unknown": feature(country="ZZZ"),
        "geo-precision-huge": feature(geo_precision=2**64),
        "fatalities-negative": feature(fatalities=-3),
        "actors-string": feature(actors="Netherlands"),
        "name-nul": feature(name="Bag\x00dad"),
        "extra-property": feature(flavour="salty"),
        **{f"date-{kind}": feature(date=value) for kind, value in BAD_DATES.items()},
    }
    return out


def _raw_texts() -> dict[str, str | bytes]:
    base = collection()
    return {
        **{f"file-{kind}": data for kind, data in BROKEN_JSON.items() if kind != "deep"},
        "file-utf16-no-bom": UNDECODABLE["utf16-no-bom"],
        "coordinates-nan": base.replace("[44.0, 33.0]", "[NaN, 33.0]", 1),
        "coordinates-infinity": base.replace("[44.0, 33.0]", "[Infinity, 33.0]", 1),
        "coordinates-1e400": base.replace("[44.0, 33.0]", "[1e400, 33.0]", 1),
        "coordinates-2-64": base.replace("[44.0, 33.0]", f"[{2**64}, 33.0]", 1),
        "not-a-collection": json.dumps({"type": "Point", "coordinates": [1, 2]}),
        "features-object": json.dumps({"type": "FeatureCollection", "features": {"a": 1}}),
        "features-missing": json.dumps({"type": "FeatureCollection"}),
        "duplicate-ids": collection(feature(), feature()),
        "truncated-collection": base[: len(base) // 2],
        "trailing-garbage": base + "\n{",
        **{f"feature-{kind}": collection(item) for kind, item in _bad_features().items()},
    }


def _cases(command: str) -> list[Case]:
    extra = COMMANDS[command]
    cases = [
        Case(
            f"{command}-{kind}",
            (command, "{d}/in.geojson", *extra),
            {"in.geojson": data},
            lines=8,
            says="in.geojson",
        )
        for kind, data in _raw_texts().items()
        # map and figure draw an extra property with a warning (issue 12); see below
        if not (kind == "feature-extra-property" and command in ("map", "figure"))
    ]
    if command in ("map", "figure"):
        cases.append(
            Case(
                f"{command}-ok-feature-extra-property",
                (command, "{d}/in.geojson", *extra),
                {"in.geojson": _raw_texts()["feature-extra-property"]},
                code=0,
                output=OUTPUT[command],
            )
        )
    good = collection()
    cases += [
        Case(f"{command}-missing", (command, "{d}/nope.geojson", *extra), says="cannot read"),
        Case(
            f"{command}-folder",
            (command, "{d}/f", *extra),
            {"f": Dir()},
            code=1 if command == "validate" else 2,
        ),
        Case(
            f"{command}-dangling-link",
            (command, "{d}/in.geojson", *extra),
            {"in.geojson": Link("x")},
            says="cannot read",
        ),
        Case(
            f"{command}-under-fifo", (command, "{d}/p/in.geojson", *extra), {"p": Fifo()}, says="cannot read"
        ),
        # RFC 8259 forbids a byte-order mark in JSON; geo refuses it with a message saying so.
        Case(
            f"{command}-bom-refused",
            (command, "{d}/in.geojson", *extra),
            {"in.geojson": "\ufeff" + good},
            lines=2,
            says="byte order mark",
        ),
        Case(
            f"{command}-ok-crlf-indented",
            (command, "{d}/in.geojson", *extra),
            {"in.geojson": json.dumps(json.loads(good), indent=1).replace("\n", "\r\n")},
            code=0,
            output=OUTPUT[command],
        ),
        Case(
            f"{command}-ok-unicode-path",
            (command, "{d}/évé ✓;?.geojson", *extra),
            {"évé ✓;?.geojson": good},
            code=0,
            output=OUTPUT[command],
        ),
    ]
    if command != "validate":
        out = extra[1]
        rest = extra[2:]
        cases += [
            Case(
                f"{command}-out-is-input",
                (command, "{d}/in.geojson", "-o", "{d}/in.geojson", *rest),
                {"in.geojson": good},
                says="is also an input",
            ),
            Case(
                f"{command}-out-read-only",
                (command, "{d}/in.geojson", "-o", "/sys/" + out[4:], *rest),
                {"in.geojson": good},
                says=out[4:],
            ),
            Case(
                f"{command}-out-under-file",
                (command, "{d}/in.geojson", "-o", "{d}/in.geojson/" + out[4:], *rest),
                {"in.geojson": good},
                says=out[4:],
            ),
            Case(
                f"{command}-out-is-folder",
                (command, "{d}/in.geojson", "-o", "{d}/f", *rest),
                {"in.geojson": good, "f": Dir()},
                code=2,
            ),
            Case(
                f"{command}-second-input-bad",
                (command, "{d}/in.geojson", "{d}/bad.geojson", *extra),
                {"in.geojson": good, "bad.geojson": "{"},
                lines=2,
                says="bad.geojson",
            ),
        ]
    return cases


@cache
def _export(ending: str) -> bytes:
    """One valid feature exported to ``ending`` (made once per run, in a temporary folder)."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.geojson"
        source.write_text(collection(), encoding="utf-8")
        out = Path(folder) / f"out{ending}"
        result = CliRunner().invoke(cli, ["export", str(source), "-o", str(out)])
        assert result.exit_code == 0, result.output
        return out.read_bytes()


def _readback_cases() -> list[Case]:
    endings = [".gpkg", ".fgb", ".parquet", ".kml", ".kmz", ".shp.zip", ".geojsonl", ".csv"]
    cases: list[Case] = []
    for ending in endings:
        name = f"in{ending}"
        kind = ending.strip(".").replace(".", "-")
        cases += [
            Case(
                f"validate-{kind}-empty",
                ("validate", f"{{d}}/{name}"),
                {name: b""},
                says=name if kind != "geojsonl" else "ok: 0 features",  # no lines: no features
                code=0 if kind == "geojsonl" else 1,
            ),
            Case(
                f"validate-{kind}-garbage",
                ("validate", f"{{d}}/{name}"),
                {name: b"\x00garbage\xff" * 40},
                says=name,
            ),
            Case(
                f"validate-{kind}-truncated",
                ("validate", f"{{d}}/{name}"),
                {name: lambda e=ending: _export(e)[: len(_export(e)) // 2]},
                says=name,
                lines=8,
            ),
            Case(
                f"validate-ok-{kind}",
                ("validate", f"{{d}}/{name}"),
                {name: lambda e=ending: _export(e)},
                code=0,
            ),
        ]
    lines = [json.dumps(feature()), "{", json.dumps(feature(event_type=7))]
    cases += [
        Case(
            "validate-geojsonl-bad-line",
            ("validate", "{d}/in.geojsonl"),
            {"in.geojsonl": "\n".join(lines)},
            says="in.geojsonl",
            lines=8,
        ),
        Case(
            "validate-geojsonl-blank-lines-ok",
            ("validate", "{d}/in.geojsonl"),
            {"in.geojsonl": f"\n{lines[0]}\r\n\n"},
            code=0,
        ),
        Case(
            "validate-ok-unknown-ending-read-as-geojson",
            ("validate", "{d}/in.xyz"),
            {"in.xyz": collection()},
            code=0,
        ),
        Case(
            "validate-ok-renamed-shp-zip",
            ("validate", "{d}/renamed.shp.zip"),
            {"renamed.shp.zip": lambda: _export(".shp.zip")},
            code=0,
        ),
        Case("validate-no-files", ("validate",), code=2),
    ]
    return cases


CASES = [*(case for command in COMMANDS for case in _cases(command)), *_readback_cases()]


@pytest.mark.parametrize("case", [case.param() for case in CASES])
def test_geojson_inputs(case: Case, tmp_path: Path) -> None:
    check(case, tmp_path)
