"""Places learned from event data: do they let geo place short conflict reports it could not place?

UCDP GED Syria 2016-2019 (../shared/eval/events/ucdp_ged_syria_2016_2019). The rows are split in two
parts (``--split date``: events before 2018-01-01 teach, the later ones are tested; ``--split parity``:
even ids teach, odd ids are tested). From the teaching part, ``geo.gazetteer.learn`` learns the named
places of the precise rows (where_prec 1-2) into a user layer. From the tested part, the one-source rows
(``number_of_sources == 1``) with a headline are sampled (500, seeded, sorted by id) and each headline is
extracted as an article (text = source_headline, published = source_date). A report is *placed* when one
of its extracted features lies within the tolerance of the row's point for its where_prec: 1 -> 25 km,
2 -> 50 km, 3 (second-order admin unit) -> 100 km, 4 (first-order admin unit) -> 150 km, 5 -> 250 km,
6 (country) -> 500 km. The share is reported without and with the learned layer, over all features and
over event features only (``event_type`` other than ``mention``), and in even/odd halves of the sample.

    PYTHONPATH=. nice python3 benchmarks/gazetteer_from_events.py [--split date|parity] [--sample 500]

Uses a temporary ``GEO_DATA_DIR``; the merged index and its lexicon are built in the cache (about a
minute the first time).
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from geo import settings
from geo.gazetteer import haversine_km
from geo.gazetteer.index import Gazetteer, forget_default_gazetteer
from geo.gazetteer.learn import _UCDP, learn_from_rows
from geo.gazetteer.user import add_places

UCDP = (
    Path(__file__).resolve().parents[1].parent
    / "shared/eval/events/ucdp_ged_syria_2016_2019/ged_syria_652_1601_1911.csv"
)
TOLERANCE_KM = {"1": 25.0, "2": 50.0, "3": 100.0, "4": 150.0, "5": 250.0, "6": 500.0}
CUTOFF = "2018-01-01"
NEWS = UCDP.parents[2] / "news_events/dev.jsonl"


def news_places(gazetteer: Gazetteer) -> tuple[int, int]:
    """Held-out check on another dataset: of the gold events in Syria of the news_events dev set, how many
    have an extracted feature within the gold place's tolerance (``tol_km``)? Returns (placed, events)."""
    import json

    from geo.extract.parser import Geoparser  # the pipeline (heavy)

    parser = Geoparser(gazetteer=gazetteer)
    placed = total = 0
    for line in NEWS.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        places = {p["name"]: p for p in doc["places"] if p.get("country") == "SY"}
        wanted = [places[e["place"]] for e in doc["events"] if e["place"] in places]
        if not wanted:
            continue
        features = parser.extract(doc["text"], published=doc["published"]).features
        points = [(f.geometry.coordinates[0], f.geometry.coordinates[1]) for f in features]
        for place in wanted:
            total += 1
            gold = (place["coord"][0], place["coord"][1])
            placed += any(haversine_km(point, gold) <= place["tol_km"] for point in points)
    return placed, total


def split(rows: Sequence[dict[str, str]], how: str) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Teaching and tested parts of the rows."""
    if how == "date":
        teach = [r for r in rows if r["date_start"] < CUTOFF]
        test = [r for r in rows if r["date_start"] >= CUTOFF]
    else:
        teach = [r for r in rows if int(r["id"]) % 2 == 0]
        test = [r for r in rows if int(r["id"]) % 2 == 1]
    return teach, test


def sample(rows: Sequence[dict[str, str]], size: int, seed: int) -> list[dict[str, str]]:
    """The deterministic sample of one-source reports with a headline, sorted by id."""
    pool = [
        r
        for r in rows
        if r["number_of_sources"] == "1" and r["source_headline"].strip() and r["where_prec"] in TOLERANCE_KM
    ]
    pool.sort(key=lambda r: int(r["id"]))
    chosen = random.Random(seed).sample(pool, min(size, len(pool)))
    return sorted(chosen, key=lambda r: int(r["id"]))


def placed(rows: Sequence[dict[str, str]], gazetteer: Gazetteer) -> list[tuple[bool, bool]]:
    """For each row: (some feature within tolerance, some non-mention feature within tolerance)."""
    from geo.extract.parser import Geoparser  # the pipeline (heavy)

    parser = Geoparser(gazetteer=gazetteer)
    result = []
    for row in rows:
        point = (float(row["longitude"]), float(row["latitude"]))
        tolerance = TOLERANCE_KM[row["where_prec"]]
        features = parser.extract(row["source_headline"], published=row["source_date"][:10]).features
        near = [
            f
            for f in features
            if haversine_km((f.geometry.coordinates[0], f.geometry.coordinates[1]), point) <= tolerance
        ]
        result.append((bool(near), any(f.properties.event_type != "mention" for f in near)))
    return result


def ceiling(rows: Sequence[dict[str, str]], gazetteer: Gazetteer) -> float:
    """Share of rows whose headline holds a name (1-3 words, normalised, looked up without fuzzy matching)
    of some non-country entry within the row's tolerance: what placing could reach with this gazetteer."""
    from geo.gazetteer.normalize import normalize_name

    hits = 0
    for row in rows:
        point = (float(row["longitude"]), float(row["latitude"]))
        tolerance = TOLERANCE_KM[row["where_prec"]]
        words = normalize_name(row["source_headline"]).split()
        grams = {" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)}
        hits += any(
            c.feature_class != "country" and haversine_km((c.lon, c.lat), point) <= tolerance
            for gram in grams
            for c in gazetteer.lookup(gram, fuzzy=False, limit=20)
        )
    return hits / max(1, len(rows))


def report(label: str, marks: list[tuple[bool, bool]]) -> None:
    """Print the placed shares (all, events only) overall and in even/odd halves."""
    n = len(marks)

    def share(items: list[tuple[bool, bool]], k: int) -> str:
        return f"{sum(m[k] for m in items) / max(1, len(items)):.3f}"

    even, odd = marks[0::2], marks[1::2]
    print(
        f"{label:<34} n={n}  placed {share(marks, 0)} (even {share(even, 0)} / odd {share(odd, 0)})"
        f"  as event {share(marks, 1)} (even {share(even, 1)} / odd {share(odd, 1)})"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the measurement and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("date", "parity"), default="date")
    parser.add_argument("--sample", type=int, default=500)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--news",
        action="store_true",
        help="also: learn from the whole file, measure news_events' Syrian events",
    )
    args = parser.parse_args(argv)
    if not UCDP.is_file():
        print(f"missing {UCDP}", file=sys.stderr)
        return 1
    with UCDP.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    teach, test = split(rows, args.split)
    chosen = sample(test, args.sample, args.seed)
    print(f"split {args.split}: {len(teach):,} teaching rows, {len(test):,} tested, sample {len(chosen)}")
    with tempfile.TemporaryDirectory() as folder:
        settings.data_dir = Path(folder)
        forget_default_gazetteer()
        with Gazetteer.open() as gazetteer:
            report("packaged index", placed(chosen, gazetteer))
            print(
                "  headline ceiling (a name in the headline matches an entry within tolerance)",
                f"{ceiling(chosen, gazetteer):.3f}",
            )
        started = time.perf_counter()
        learned = learn_from_rows(((f"row {r['id']}", r) for r in teach), columns=_UCDP)
        add_places(learned.places, layer="ucdp", replace_layer=True, source=UCDP.name)
        with Gazetteer.open() as gazetteer:
            print(f"{learned.summary}; layer added and merged in {time.perf_counter() - started:.1f} s")
            report("packaged + learned UCDP layer", placed(chosen, gazetteer))
            print(f"  headline ceiling {ceiling(chosen, gazetteer):.3f}")
        if args.news:
            settings.data_dir = Path(folder) / "all"  # no layer yet
            with Gazetteer.open() as gazetteer:
                before = news_places(gazetteer)
            learned = learn_from_rows(((f"row {r['id']}", r) for r in rows), columns=_UCDP)
            add_places(learned.places, layer="ucdp", replace_layer=True, source=UCDP.name)
            with Gazetteer.open() as gazetteer:
                after = news_places(gazetteer)
            print(
                f"news_events dev, gold events in Syria: placed {before[0]}/{before[1]} without, "
                f"{after[0]}/{after[1]} with the layer learned from all of UCDP GED Syria ({learned.summary})"
            )
        forget_default_gazetteer()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
