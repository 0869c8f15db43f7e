"""Place and fatalities on 500 one-event conflict reports: UCDP GED Syria headlines through ``geo extract``.

Each UCDP GED row codes one event from its sources; rows with ``number_of_sources == 1`` code one report,
whose headline (``source_headline``) is a short real text about that one event. This benchmark takes a
deterministic sample of them (every k-th such row in file order, k = rows // N, the first N; rows with
``where_prec`` 7, international waters, are left out), extracts each headline with ``published =
source_date``, and scores:

placed
    some event feature (``event_type`` other than ``mention``) lies within the tolerance of the row's
    ``latitude``/``longitude``. The tolerance follows UCDP's ``where_prec``: 1 (exact place) 25 km, 2 (within
    about 25 km of a known point) 50 km, 3 (second-order admin unit) 100 km, 4 (first-order admin unit)
    200 km, 5 and 6 (larger area, country) 300 km (the news_events gold's tolerance for a country of
    Syria's size). ``placed (any)`` counts mention features too.
fatalities right
    among reports whose headline states the row's ``best`` death estimate as a number (digits, or an English
    number word from one to twenty: "IS shells kill 7 civilians"), some event feature has ``fatalities``
    equal to it. ``with number`` is how many reports that is (a headline's other numbers, "14 shells", do
    not count).

named (``--ceiling``)
    the headline holds a name (1-3 normalised words, looked up without fuzzy matching) of some gazetteer
    entry other than a country within the tolerance: what placing could reach with this gazetteer. The
    reports named but not placed as an event are listed with the names found, to tell why one by one.

Figures are printed for all reports and for the odd and even halves of the sample (so that a rule fitted
to one half shows). Run from the repository::

    python benchmarks/ucdp_reports.py [--n 500] [--csv PATH] [--json] [--list] [--ceiling] [--outside]

``--outside`` scores other headlines of the file instead (every third single-source row outside the
sample, one per distinct headline, none the sample holds: about 2,400), to check that a rule found on the
sample generalises; its odd/even halves are alternate headlines.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.extract import Geoparser  # noqa: E402
from geo.gazetteer import Gazetteer, default_gazetteer  # noqa: E402
from geo.gazetteer.normalize import normalize_name  # noqa: E402
from geo.model.article import Article  # noqa: E402

DEFAULT = ROOT.parent / "shared/eval/events/ucdp_ged_syria_2016_2019/ged_syria_652_1601_1911.csv"
#: UCDP ``where_prec`` -> tolerance in km (see the module docstring).
TOLERANCE_KM = {1: 25.0, 2: 50.0, 3: 100.0, 4: 200.0, 5: 300.0, 6: 300.0}
#: ``--outside`` takes every this-many-th row outside the sample (about 2,400 distinct headlines).
OUTSIDE_EVERY = 3
#: English number words up to twenty, by value.
_WORDS = (  # noqa: SIM905 (one string reads better than 21 items)
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty"
).split()
#: A number stated in a headline: digits (with thousands commas), or an English number word up to twenty.
_NUMBER = re.compile(rf"\b(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{'|'.join(_WORDS[1:])})\b", re.IGNORECASE)


def stated_numbers(headline: str) -> set[int]:
    """The numbers a headline states."""
    out = set()
    for match in _NUMBER.finditer(headline):
        word = match.group(0).casefold()
        out.add(_WORDS.index(word) if word in _WORDS else int(word.replace(",", "")))
    return out


@dataclass(slots=True)
class Report:
    """One sampled row and what geo made of it."""

    row_id: str
    headline: str
    published: str | None
    lon: float
    lat: float
    tolerance: float
    best: int
    stated: bool
    placed: bool = False
    placed_any: bool = False
    fatalities_right: bool = False
    nearest_km: float | None = None
    named: tuple[str, ...] | None = None


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lon, lat) points in km."""
    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def _rows(path: Path) -> list[dict[str, str]]:
    """The single-source rows of ``path`` with a headline and a known precision, in file order."""
    with path.open(newline="", encoding="utf-8") as handle:
        return [
            row
            for row in csv.DictReader(handle)
            if row["number_of_sources"] == "1"
            and row["source_headline"].strip()
            and int(row["where_prec"]) in TOLERANCE_KM
        ]


def _report(row: dict[str, str]) -> Report:
    headline = " ".join(row["source_headline"].split())
    return Report(
        row_id=row["id"],
        headline=headline,
        published=row["source_date"] or None,
        lon=float(row["longitude"]),
        lat=float(row["latitude"]),
        tolerance=TOLERANCE_KM[int(row["where_prec"])],
        best=int(row["best"]),
        stated=int(row["best"]) > 0 and int(row["best"]) in stated_numbers(headline),
    )


def sample(path: Path, n: int) -> list[Report]:
    """Every k-th single-source row of ``path`` with a known precision, the first ``n`` of them."""
    rows = _rows(path)
    step = max(1, len(rows) // n)
    return [_report(row) for row in rows[::step][:n]]


def outside(path: Path, n: int, *, every: int = OUTSIDE_EVERY) -> list[Report]:
    """Headlines to check that a rule generalises: every ``every``-th single-source row of ``path`` that is
    not in :func:`sample` (``n``), keeping one row per headline and none whose headline the sample holds."""
    chosen = sample(path, n)
    ids = {report.row_id for report in chosen}
    seen = {report.headline for report in chosen}
    out = []
    for row in [row for row in _rows(path) if row["id"] not in ids][::every]:
        report = _report(row)
        if report.headline not in seen:
            seen.add(report.headline)
            out.append(report)
    return out


def score(reports: list[Report], parser: Geoparser) -> float:
    """Extract every report's headline and mark it placed / fatalities right; return the seconds taken."""
    articles = [Article(id=f"ucdp-{r.row_id}", text=r.headline, published=r.published) for r in reports]
    began = time.perf_counter()
    for report, (_, features) in zip(reports, parser.iter_extract(articles), strict=True):
        point = (report.lon, report.lat)
        for feature in features:
            lon, lat = feature.geometry.coordinates[0], feature.geometry.coordinates[1]
            distance = haversine_km(point, (float(lon), float(lat)))
            props = feature.properties
            within = distance <= report.tolerance
            report.placed_any |= within
            if props.event_type == "mention":
                continue
            if report.nearest_km is None or distance < report.nearest_km:
                report.nearest_km = distance
            report.placed |= within
            report.fatalities_right |= report.stated and props.fatalities == report.best
    return time.perf_counter() - began


def grams(headline: str) -> set[str]:
    """The 1-3 word sequences of a headline, normalised as the gazetteer's names are."""
    words = normalize_name(headline).split()
    return {" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)}


def mark_named(reports: list[Report], gazetteer: Gazetteer) -> None:
    """Set each report's ``named``: the headline's names of non-country entries within its tolerance."""
    point_of = {}
    for report in reports:
        found = set()
        for gram in grams(report.headline):
            if gram not in point_of:
                point_of[gram] = [
                    (c.lon, c.lat)
                    for c in gazetteer.lookup(gram, fuzzy=False, limit=20)
                    if c.feature_class != "country"
                ]
            if any(haversine_km((report.lon, report.lat), p) <= report.tolerance for p in point_of[gram]):
                found.add(gram)
        report.named = tuple(sorted(found))


def figures(reports: list[Report]) -> dict[str, float | int]:
    """Counts and shares of one set of reports."""
    stated = [r for r in reports if r.stated]
    total = len(reports) or 1
    return {
        "reports": len(reports),
        "placed": sum(r.placed for r in reports) / total,
        "placed_any": sum(r.placed_any for r in reports) / total,
        "stated": len(stated),
        "fatalities_right": sum(r.fatalities_right for r in stated) / (len(stated) or 1),
        **(
            {"named": sum(bool(r.named) for r in reports) / total}
            if reports and reports[0].named is not None
            else {}
        ),
    }


def main() -> None:
    """Sample, extract, score and print."""
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--n", type=int, default=500, help="reports to sample (default 500)")
    options.add_argument("--csv", type=Path, default=DEFAULT, help="UCDP GED CSV file")
    options.add_argument("--json", action="store_true", help="print JSON")
    options.add_argument("--list", action="store_true", help="also list the reports not placed")
    options.add_argument(
        "--outside",
        action="store_true",
        help="score every third row outside the sample instead (distinct headlines): does a rule generalise?",
    )
    options.add_argument(
        "--ceiling",
        action="store_true",
        help="also count the headlines naming a gazetteer place within tolerance, and list those not placed",
    )
    args = options.parse_args()
    reports = outside(args.csv, args.n) if args.outside else sample(args.csv, args.n)
    seconds = score(reports, Geoparser())
    if args.ceiling:
        mark_named(reports, default_gazetteer())
    table = {
        "all": figures(reports),
        "odd": figures(reports[1::2]),
        "even": figures(reports[0::2]),
    }
    if args.json:
        print(json.dumps({"csv": str(args.csv), "seconds": seconds, "figures": table}, indent=2))
        return
    what = "outside the sample" if args.outside else "sampled"
    print(f"UCDP GED one-source reports: {args.csv.name}, {len(reports)} {what}, {seconds:.1f} s to extract")
    header = ("split", "reports", "placed", "placed (any)", "with number", "fatalities right")
    print(f"{header[0]:<6} {header[1]:>7} {header[2]:>7} {header[3]:>13} {header[4]:>12} {header[5]:>17}")
    for split, row in table.items():
        print(
            f"{split:<6} {row['reports']:>7} {row['placed']:>7.3f} {row['placed_any']:>13.3f} "
            f"{row['stated']:>12} {row['fatalities_right']:>17.3f}"
        )
    if args.ceiling:
        print("named (ceiling): " + ", ".join(f"{split} {row['named']:.3f}" for split, row in table.items()))
    print("targets (issue 11): placed >= 0.60, fatalities right >= 0.80")
    if args.ceiling:
        unplaced = [r for r in reports if r.named and not r.placed]
        print(f"named within tolerance but not placed as an event: {len(unplaced)}")
        for report in unplaced:
            near = "none" if report.nearest_km is None else f"{report.nearest_km:.0f} km"
            names = ", ".join(report.named or ())
            print(f"  {report.row_id} tol {report.tolerance:.0f} nearest {near} [{names}]: {report.headline}")
    if args.list:
        for report in reports:
            if not report.placed:
                near = "none" if report.nearest_km is None else f"{report.nearest_km:.0f} km"
                print(f"  {report.row_id} tol {report.tolerance:.0f} nearest {near}: {report.headline}")


if __name__ == "__main__":
    main()
