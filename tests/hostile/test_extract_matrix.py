"""``geo extract`` over hostile article files, front matter, sidecars, indexes, batches and paths."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hostile.kinds import BAD_DATES, BROKEN_JSON, ODD_NAMES, TEXT, UNDECODABLE
from hostile.matrix import Case, Dir, Fifo, Link, check

OUT = ("-o", "{d}/out.geojson")
DATED = ("--published", "2020-01-06")


def _text_cases() -> list[Case]:
    cases = [
        Case(f"txt-{kind}", ("extract", "{d}/a.txt", *DATED, *OUT), {"a.txt": data}, says="a.txt")
        for kind, data in UNDECODABLE.items()
    ]
    ok = {
        "empty": "",
        "whitespace": " \n\t \n",
        "utf8-bom": "\ufeff" + TEXT,
        "crlf": TEXT.replace("\n", "\r\n") * 2,
        "cr-only": TEXT.replace("\n", "\r") * 2,
        "unicode": "Les troupes à Bagdād et Erbīl, 5 janvier 2020 — ✓\n",
        "rtl-and-emoji": "\u202eIraq\u202c 🚁 Erbil\n",
        "one-long-line": "Erbil, Iraq. " * 2000,
        "format-chars": "Er\u200bbil\ufeff, Iraq\u2028Syria\n",
    }
    cases += [
        Case(
            f"txt-ok-{kind}",
            ("extract", "{d}/a.txt", *DATED, *OUT),
            {"a.txt": data},
            code=0,
            output="out.geojson",
        )
        for kind, data in ok.items()
    ]
    html = {
        "empty": ("", 0),
        "script-only": ("<html><script>alert('Iraq')</script></html>", 0),
        "unclosed": ("<html><body><p>Erbil, Iraq<div><b>", 0),
        "entities": ("<p>Erbil &amp; Mosul &#x49;raq &bogus; &#99999999;</p>", 0),
        "latin1": ("<p>Bogot\xe1</p>".encode("latin-1"), 1),
        "utf16": ("<p>Erbil</p>".encode("utf-16"), 1),
    }
    cases += [
        Case(
            f"html-{kind}",
            ("extract", "{d}/a.html", *DATED, *OUT),
            {"a.html": data},
            code=code,
            output="out.geojson",
        )
        for kind, (data, code) in html.items()
    ]
    return cases


def _front_matter_cases() -> list[Case]:
    bad = {
        "unclosed-flow": "title: [unclosed\n",
        "tab-indent": "title:\n\t- x\n",
        "not-a-mapping": "- a\n- b\n",
        "scalar": "just text\n",
        "published-list": "published: [2020, 1]\n",
        "published-mapping": "published: {year: 2020}\n",
        "published-huge": "published: 1e400\n",
        "published-nan": "published: .nan\n",
        "id-mapping": "id: {a: 1}\n",
        "python-tag": "title: !!python/object/apply:os.system ['true']\n",
        **{f"published-{kind}": f"published: '{value}'\n" for kind, value in BAD_DATES.items()},
    }
    cases = [
        Case(f"front-{kind}", ("extract", "{d}/a.md", *OUT), {"a.md": f"---\n{yaml}---\n{TEXT}"}, says="a.md")
        for kind, yaml in bad.items()
    ]
    cases.append(
        Case(
            "front-duplicate-key",
            ("extract", "{d}/a.md", *OUT),
            {"a.md": f"---\nid: a\nid: b\n---\n{TEXT}"},
            says="a.md",
        )
    )
    good = {
        "extra-fields": "published: 2020-01-06\nflavour: {a: [1, 2]}\n",
        "unicode-title": "published: 2020-01-06\ntitle: 'Bagdād — ✓'\n",
        "month-only": "published: 2020-01\n",
        "bom-before-dashes": None,
    }
    for kind, yaml in good.items():
        content = (
            "\ufeff---\npublished: 2020-01-06\n---\n" + TEXT if yaml is None else f"---\n{yaml}---\n{TEXT}"
        )
        cases.append(
            Case(
                f"front-ok-{kind}",
                ("extract", "{d}/a.md", *OUT),
                {"a.md": content},
                code=0,
                output="out.geojson",
            )
        )
    return cases


def _sidecar_cases() -> list[Case]:
    cases = [
        Case(
            f"sidecar-{kind}",
            ("extract", "{d}/a.txt", *DATED, *OUT),
            {"a.txt": TEXT, "a.json": data},
            says="a.json",
        )
        for kind, data in BROKEN_JSON.items()
    ]
    bad = {
        "id-list": {"id": ["a"]},
        "title-object": {"title": {"a": 1}},
        "id-path": {"id": "../../etc/passwd"},
        "published-infinity": {"published": float("inf")},
        **{f"published-{kind}": {"published": value} for kind, value in BAD_DATES.items()},
    }
    cases += [
        Case(
            f"sidecar-{kind}",
            ("extract", "{d}/a.txt", *OUT),
            {"a.txt": TEXT, "a.json": json.dumps(meta)},
            says="a.json",
        )
        for kind, meta in bad.items()
    ]
    lenient = {"id-number": {"id": 5}, "published-year-number": {"published": 2020}}
    cases += [
        Case(
            f"sidecar-ok-{kind}",
            ("extract", "{d}/a.txt", *OUT),
            {"a.txt": TEXT, "a.json": json.dumps(meta)},
            code=0,
            output="out.geojson",
        )
        for kind, meta in lenient.items()
    ]
    cases.append(
        Case(
            "sidecar-ok-extra-fields",
            ("extract", "{d}/a.txt", *OUT),
            {"a.txt": TEXT, "a.json": json.dumps({"published": "2020-01-06", "x": [1e300]})},
            code=0,
            output="out.geojson",
        )
    )
    return cases


def _batch_cases() -> list[Case]:
    good = json.dumps({"id": "a", "text": TEXT, "published": "2020-01-06"})
    cases = [
        Case(
            f"jsonl-{kind}",
            ("extract", "--jsonl", "{d}/b.jsonl", *OUT),
            {"b.jsonl": data},
            says="" if kind in ("empty", "whitespace") else "b.jsonl",
            code=0 if kind in ("empty", "whitespace") else 1,
            output="out.geojson",
        )
        for kind, data in BROKEN_JSON.items()
        if kind != "deep"  # tests/test_hardening.py
    ]
    bad = {
        "no-text": {"id": "a", "published": "2020-01-06"},
        "text-number": {"id": "a", "text": 5, "published": "2020-01-06"},
        "text-list": {"id": "a", "text": ["x"], "published": "2020-01-06"},
        **{f"published-{kind}": {"id": "a", "text": TEXT, "published": v} for kind, v in BAD_DATES.items()},
    }
    cases += [
        Case(
            f"jsonl-{kind}",
            ("extract", "--jsonl", "{d}/b.jsonl", *OUT),
            {"b.jsonl": json.dumps(row) + "\n"},
            says="b.jsonl",
        )
        for kind, row in bad.items()
    ]
    cases += [
        # a repeated id is skipped and the first article kept: tests/test_extract_archive.py
        Case(
            "jsonl-ok-no-id",
            ("extract", "--jsonl", "{d}/b.jsonl", *OUT),
            {"b.jsonl": json.dumps({"text": TEXT, "published": "2020-01-06"}) + "\n"},
            code=0,
            output="out.geojson",
        ),
        Case(
            "jsonl-ok-id-null",
            ("extract", "--jsonl", "{d}/b.jsonl", *OUT),
            {"b.jsonl": json.dumps({"id": None, "text": TEXT, "published": "2020-01-06"}) + "\n"},
            code=0,
            output="out.geojson",
        ),
        Case(
            "jsonl-ok-crlf-and-blank-lines",
            ("extract", "--jsonl", "{d}/b.jsonl", *OUT),
            {"b.jsonl": f"\r\n{good}\r\n\r\n"},
            code=0,
            output="out.geojson",
        ),
        Case(
            "jsonl-ok-bom",
            ("extract", "--jsonl", "{d}/b.jsonl", *OUT),
            {"b.jsonl": f"\ufeff{good}\n"},
            code=0,
            output="out.geojson",
        ),
        Case(
            "jsonl-ok-no-final-newline",
            ("extract", "--jsonl", "{d}/b.jsonl", *OUT),
            {"b.jsonl": good},
            code=0,
            output="out.geojson",
        ),
    ]
    return cases


def _index_cases() -> list[Case]:
    # An unusable articles.json is ignored like a missing one (tests/test_hardening.py): the run succeeds.
    return [
        Case(
            f"index-ignored-{kind}",
            ("extract", "{d}/a.txt", *DATED, *OUT),
            {"a.txt": TEXT, "articles.json": data},
            code=0,
            output="out.geojson",
        )
        for kind, data in BROKEN_JSON.items()
        if kind in ("empty", "truncated", "nan", "top-string", "latin1")
    ]


def _path_cases() -> list[Case]:
    args = ("extract", "{d}/a.txt", *DATED)
    cases = [
        Case("path-missing", ("extract", "{d}/nope.txt", *DATED, *OUT), says="No such file"),
        Case(
            "path-dangling-link",
            ("extract", "{d}/a.txt", *DATED, *OUT),
            {"a.txt": Link("gone.txt")},
            says="No such file",
        ),
        Case(
            "path-under-fifo", ("extract", "{d}/p/a.txt", *DATED, *OUT), {"p": Fifo()}, says="Not a directory"
        ),
        # folders are read recursively (GeoJSON lines); an empty one gives an empty output
        Case(
            "path-folder", ("extract", "{d}/f", *DATED, *OUT), {"f/a.txt": TEXT}, code=0, output="out.geojson"
        ),
        Case(
            "path-empty-folder",
            ("extract", "{d}/f", *DATED, *OUT),
            {"f": Dir()},
            code=0,
            output="out.geojson",
        ),
        Case(
            "path-unknown-suffix",
            ("extract", "{d}/a.pdf", *DATED, *OUT),
            {"a.pdf": b"%PDF-1.4"},
            says="a.pdf",
        ),
        Case("jsonl-is-folder", ("extract", "--jsonl", "{d}/f", *OUT), {"f": Dir()}, code=2),
        Case("jsonl-missing", ("extract", "--jsonl", "{d}/nope.jsonl", *OUT), says="nope.jsonl"),
        Case("out-is-input", ("extract", *args, "-o", "{d}/a.txt"), {"a.txt": TEXT}, says="is also an input"),
        Case("out-is-folder", (*args, "-o", "{d}/f"), {"a.txt": TEXT, "f": Dir()}, code=2),
        Case("out-under-file", (*args, "-o", "{d}/a.txt/out.geojson"), {"a.txt": TEXT}, says="out.geojson"),
        Case(
            "out-ok-in-missing-folder",
            (*args, "-o", "{d}/no/such/out.geojson"),
            {"a.txt": TEXT},
            code=0,
            output="no/such/out.geojson",
        ),  # the folders are made, as for every output
        Case("out-read-only-folder", (*args, "-o", "/sys/geo-out.geojson"), {"a.txt": TEXT}, says="geo-out"),
        Case(
            "option-bad-published",
            ("extract", "{d}/a.txt", "--published", "2020-13-01", *OUT),
            {"a.txt": TEXT},
            says="--published",
        ),
        Case(
            "option-published-word",
            ("extract", "{d}/a.txt", "--published", "yesterday", *OUT),
            {"a.txt": TEXT},
            says="--published",
        ),
        Case(
            "option-confidence-nan",
            ("extract", "{d}/a.txt", "--min-confidence", "nan", *DATED, *OUT),
            {"a.txt": TEXT},
            code=2,
        ),
        Case(
            "option-confidence-huge",
            ("extract", "{d}/a.txt", "--min-confidence", "1e400", *DATED, *OUT),
            {"a.txt": TEXT},
            code=2,
        ),
        Case("no-input", ("extract", *OUT), says="at least one"),
    ]
    cases += [
        Case(
            f"name-ok-{kind}",
            ("extract", *DATED, "-o", f"{{d}}/{name}.geojson", "--", f"{{d}}/{name}"),
            {name: TEXT},
            code=0,
            output=f"{name}.geojson",
        )
        for kind, name in ODD_NAMES.items()
    ]
    return cases


CASES = [
    *_text_cases(),
    *_front_matter_cases(),
    *_sidecar_cases(),
    *_batch_cases(),
    *_index_cases(),
    *_path_cases(),
]


@pytest.mark.parametrize("case", [case.param() for case in CASES])
def test_extract(case: Case, tmp_path: Path) -> None:
    check(case, tmp_path)
