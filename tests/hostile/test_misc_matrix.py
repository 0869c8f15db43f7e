"""``geo curate``, ``geocode``, ``eval``, ``docs`` and the export options over hostile inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hostile.kinds import BAD_DATES, BROKEN_JSON, UNDECODABLE
from hostile.matrix import Case, Dir, Fifo, check, collection, feature

CURATION = sorted((Path(__file__).resolve().parents[2] / "data" / "curation").glob("*.yaml"))[0]
YAML = CURATION.read_text(encoding="utf-8")
OUT = ("-o", "{d}/out.geojson")


def _curate_cases() -> list[Case]:
    args = ("curate", "{d}/c.yaml", *OUT)
    published = "published: '2020-01-06'"
    event_date = "date: 2020-01-03/2020-01-06"
    mention = "mentions: [[63, 72]]"
    assert published in YAML
    assert event_date in YAML
    assert mention in YAML
    edits: dict[str, str | bytes] = {
        **{f"file-{kind}": data for kind, data in UNDECODABLE.items()},
        "file-empty": "",
        "file-whitespace": "  \n",
        "file-list": "- a\n- b\n",
        "file-truncated": YAML[: len(YAML) // 3] + "\n  - [unclosed",
        "file-nul": YAML.replace("Iraq", "Ir\x00aq", 1),
        **{
            f"published-{kind}": YAML.replace(published, f"published: '{v}'") for kind, v in BAD_DATES.items()
        },
        **{
            f"event-date-{kind}": YAML.replace(event_date, f"date: '{v}'", 1) for kind, v in BAD_DATES.items()
        },
        "mention-reversed": YAML.replace(mention, "mentions: [[72, 63]]"),
        "mention-huge": YAML.replace(mention, f"mentions: [[63, {2**64}]]"),
        "mention-float-inf": YAML.replace(mention, "mentions: [[63, .inf]]"),
        "mention-strings": YAML.replace(mention, "mentions: [['a', 'b']]"),
        "country-number": YAML.replace("country: NL", "country: 5", 1),
        "event-type-unknown": YAML.replace("event_type: training", "event_type: party", 1),
        "event-place-unknown": YAML.replace("- place: iraq", "- place: atlantis", 1),
        "no-article": YAML.replace("\narticle:\n", "\narticel:\n", 1),
        "python-tag": YAML.replace("title: ", "title: !!python/name:os.system ", 1),
    }
    # The article's date is checked when its features are built: the message names the article, not the file.
    cases = [
        Case(
            f"curate-{kind}", args, {"c.yaml": data}, says="published" if kind.startswith("pub") else "c.yaml"
        )
        for kind, data in edits.items()
    ]
    cases += [
        Case("curate-missing", ("curate", "{d}/nope.yaml", *OUT), says="does not exist"),
        Case("curate-under-fifo", ("curate", "{d}/p/c.yaml", *OUT), {"p": Fifo()}, says="does not exist"),
        Case("curate-empty-folder", ("curate", "{d}/f", *OUT), {"f": Dir()}, says="f"),
        Case("curate-articles-missing", (*args, "--articles", "{d}/nope"), {"c.yaml": YAML}, code=2),
        Case(
            "curate-articles-other-text",
            (*args, "--articles", "{d}/texts"),
            {"c.yaml": YAML, "texts/cn-2020-01-06-netherlands-stops-training-mission.txt": "Other text.\n"},
            says="differs from the curated fingerprint",
            lines=4,
        ),
        Case(
            "curate-out-is-input",
            ("curate", "{d}/c.yaml", "-o", "{d}/c.yaml"),
            {"c.yaml": YAML},
            says="is also an input",
        ),
        Case(
            "curate-out-read-only",
            ("curate", "{d}/c.yaml", "-o", "/sys/c.geojson"),
            {"c.yaml": YAML},
            says="c.geojson",
        ),
        Case("curate-ok-crlf", args, {"c.yaml": YAML.replace("\n", "\r\n")}, code=0, output="out.geojson"),
        Case("curate-ok-bom", args, {"c.yaml": "\ufeff" + YAML}, code=0, output="out.geojson"),
        Case(
            "curate-ok-unicode-name",
            ("curate", "{d}/cúrate ✓;.yaml", "-o", "{d}/é.geojson"),
            {"cúrate ✓;.yaml": YAML},
            code=0,
            output="é.geojson",
        ),
    ]
    return cases


def _geocode_cases() -> list[Case]:
    return [
        Case("geocode-empty-name", ("geocode", ""), says="non-empty"),
        Case("geocode-whitespace-name", ("geocode", "  \t "), says="non-empty"),
        Case("geocode-ok-nul-in-name", ("geocode", "Erbil\x00"), code=0, says="Erbil"),
        Case("geocode-long-name", ("geocode", "Erbil " * 20_000), says="no gazetteer entry"),
        Case("geocode-path-name", ("geocode", "../../etc/passwd")),
        Case("geocode-bad-country", ("geocode", "Erbil", "--country", "ZZZ"), says="ZZZ"),
        Case("geocode-limit-zero", ("geocode", "Erbil", "--limit", "0"), code=2),
        Case("geocode-limit-huge", ("geocode", "Erbil", "--limit", str(2**64)), code=0),
        Case("geocode-ok-unicode", ("geocode", "أربيل"), code=0),
        Case("geocode-ok-diacritics", ("geocode", "Bagdād", "--json"), code=0),
    ]


def _eval_cases() -> list[Case]:
    gold = json.dumps({"text": "Erbil", "toponyms": [{"start": 0, "end": 5, "name": "Erbil"}]})
    args = ("eval", "{d}/dev.jsonl", "--no-peer")
    lines = {kind: data for kind, data in BROKEN_JSON.items() if kind not in ("empty", "whitespace", "deep")}
    cases = [
        Case(f"eval-corpus-{kind}", args, {"dev.jsonl": data}, says="dev.jsonl")
        for kind, data in lines.items()
    ]
    bad = {
        "offsets-huge": {"start": 0, "end": 2**64, "name": "Erbil"},
        "offsets-negative": {"start": -3, "end": 2, "name": "Er"},
        "offsets-float": {"start": 0.5, "end": 5, "name": "Erbil"},
        "lat-nan": {"start": 0, "end": 5, "name": "Erbil", "lat": float("nan"), "lon": 44.0},
        "lat-out-of-range": {"start": 0, "end": 5, "name": "Erbil", "lat": 95.0, "lon": 44.0},
    }
    cases += [
        Case(
            f"eval-corpus-{kind}",
            args,
            {"dev.jsonl": json.dumps({"text": "Erbil", "toponyms": [top]}) + "\n"},
            says="dev.jsonl",
        )
        for kind, top in bad.items()
    ]
    cases += [
        Case(
            "eval-against-missing",
            ("eval", "{d}/x.geojson", "--against", "{d}/nope.geojson"),
            {"x.geojson": collection()},
            code=2,
        ),
        Case(
            "eval-against-broken",
            ("eval", "{d}/x.geojson", "--against", "{d}/gold.geojson"),
            {"x.geojson": collection(), "gold.geojson": "{"},
            says="gold.geojson",
            lines=3,
        ),
        Case(
            "eval-events-broken",
            ("eval", "--events", "{d}/gold.jsonl", "--no-peer"),
            {"gold.jsonl": "{\n"},
            says="gold.jsonl",
        ),
        Case(
            "eval-ok-unknown-corpus-is-a-label",
            (*args, "--corpus", "atlantis"),
            {"dev.jsonl": gold + "\n"},
            code=0,
        ),
        Case("eval-limit-zero", (*args, "--limit", "0"), {"dev.jsonl": gold + "\n"}, code=2),
        Case("eval-ok-crlf", args, {"dev.jsonl": gold + "\r\n"}, code=0),
    ]
    return cases


def _docs_cases() -> list[Case]:
    return [
        Case("docs-unknown-topic", ("docs", "atlantis"), says="atlantis"),
        Case("docs-path-topic", ("docs", "../../../etc/passwd"), says="passwd"),
        Case("docs-nul-topic", ("docs", "ex\x00ports"), says="no documentation topic"),
        Case("docs-empty-topic", ("docs", ""), says="no documentation topic"),
        Case("docs-ok-list", ("docs",), code=0, says="exports"),
        Case("docs-ok-upper-case", ("docs", "exports"), code=0, says="Exports"),
    ]


def _export_option_cases() -> list[Case]:
    good = {"in.geojson": collection(feature(), feature(1))}
    base = ("export", "{d}/in.geojson")
    return [
        Case("export-unknown-ending", (*base, "-o", "{d}/out.xyz"), good, says="out.xyz"),
        Case("export-unknown-format", (*base, "-o", "{d}/out", "-f", "pdf"), good, code=2),
        Case("export-layer-empty", (*base, "-o", "{d}/out.gpkg", "--layer", ""), good, says="layer"),
        Case("export-layer-nul", (*base, "-o", "{d}/out.gpkg", "--layer", "a\x00b"), good, says="layer"),
        Case("export-ok-layer-long", (*base, "-o", "{d}/out.gpkg", "--layer", "x" * 5000), good, code=0),
        Case("export-shp-read-only", (*base, "-o", "/sys/out.shp"), good, says="out.shp"),
        Case("export-kmz-under-file", (*base, "-o", "{d}/in.geojson/out.kmz"), good, says="out.kmz"),
        Case(
            "export-ok-layer-odd",
            (*base, "-o", "{d}/out.gpkg", "--layer", "a;b ✓ -x"),
            good,
            code=0,
            output="out.gpkg",
        ),
        Case(
            "export-ok-dash-output",
            ("export", "-o", "{d}/-out.fgb", "--", "{d}/in.geojson"),
            good,
            code=0,
            output="-out.fgb",
        ),
        Case(
            "export-parquet-in-missing-folder",  # geo creates no folder unasked (issue 12)
            (*base, "-o", "{d}/new/out.parquet"),
            good,
            says="output folder",
        ),
        Case(
            "figure-unknown-ending", ("figure", "{d}/in.geojson", "-o", "{d}/out.gif"), good, says="out.gif"
        ),
        Case(
            "figure-too-many-pixels",
            (
                "figure",
                "{d}/in.geojson",
                "-o",
                "{d}/o.png",
                "--width",
                "100",
                "--height",
                "100",
                "--dpi",
                "1200",
            ),
            good,
            says="megapixels",
        ),
        Case("figure-dpi-nan", ("figure", "{d}/in.geojson", "-o", "{d}/o.png", "--dpi", "nan"), good, code=2),
        Case(
            "map-ok-odd-tile-template",  # passed to Leaflet as it is, credited to its host
            ("map", "{d}/in.geojson", "-o", "{d}/o.html", "--tiles", "ftp://x/{q}"),
            good,
            code=0,
            output="o.html",
        ),
        Case("map-unknown-mode", ("map", "{d}/in.geojson", "-o", "{d}/o.html", "--mode", "x"), good, code=2),
        Case("unknown-command", ("frobnicate",), code=2),
    ]


CASES = [*_curate_cases(), *_geocode_cases(), *_eval_cases(), *_docs_cases(), *_export_option_cases()]


@pytest.mark.parametrize("case", [case.param() for case in CASES])
def test_misc(case: Case, tmp_path: Path) -> None:
    check(case, tmp_path)
