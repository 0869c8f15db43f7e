"""Export speed: 1,000,000 events to GeoJSON, GeoPackage, GeoParquet and FlatGeobuf.

Run: ``python benchmarks/export_speed.py`` (defaults: 1,000,000 features, 3 runs per format, the
four formats plus ``fgb-noindex``, FlatGeobuf without its spatial index). Options: ``--count N``,
``--runs R``, ``--formats geojson,gpkg,parquet,fgb,fgb-noindex,fgb-disktemp,csv,geojsonl,shapefile``
(``fgb-disktemp``: FlatGeobuf with its index, GDAL's temporary file on disk as when it does not fit
in memory), ``--dir FOLDER`` (where the files go; ``/dev/shm`` takes the disk out of the figure).

How the data is made: one event table (:data:`geo.exports.table.EVENT_SCHEMA`) built column by
column with numpy and pyarrow, no Python loop per feature: random points inside Iraq (country
``IQ``), event types, feature classes with their default ``geo_precision``, one-day dates between
2014 and 2023 (``date_start`` = ``date_end``), ids built from type, date, place and row number, one
or two actors, a source struct from a pool of 1,000 articles, one mention each, some troop counts,
fatalities and notes. The first 2,000 rows are checked with ``geo validate``'s checks before timing,
so the data is schema-valid, not just the right shape.

How it is measured: each format and run in a fresh child process (the machine is shared, so a run
is noisy: the best and the median are printed). The child builds the table, then times
``geo.exports.export(table, path)`` alone (the table is what a FeatureCollection or GeoDataFrame
turns into first) and reports features per second (wall clock), the CPU seconds of the export
(user + system of the process; GDAL's threads included), the peak resident memory of the whole child
(``ru_maxrss``) and the memory already in use before the export started.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DEFAULT_FORMATS = ("geojson", "gpkg", "parquet", "fgb", "fgb-noindex")
ENDINGS = {
    "geojson": ".geojson",
    "gpkg": ".gpkg",
    "parquet": ".parquet",
    "fgb": ".fgb",
    "fgb-noindex": ".fgb",
    "fgb-disktemp": ".fgb",
    "csv": ".csv",
    "geojsonl": ".geojsonl",
    "shapefile": ".shp",
}


def synthetic_table(count: int, *, seed: int = 7) -> Any:
    """Return an event table of ``count`` schema-valid synthetic events, built vectorised."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    from geo.exports.table import EVENT_SCHEMA
    from geo.model.vocab import EVENT_TYPES, GEO_PRECISION_BY_CLASS

    rng = np.random.default_rng(seed)
    rows = np.arange(count, dtype=np.int64)

    def pick(pool: list[str], index: Any) -> Any:
        return pa.array(pool, type=pa.string()).take(pa.array(index))

    lon = np.round(rng.uniform(39.0, 48.0, count), 6)
    lat = np.round(rng.uniform(29.5, 37.0, count), 6)
    event_type = pick(list(EVENT_TYPES), rng.integers(0, len(EVENT_TYPES), count))
    classes = ["city", "airport", "military_base", "admin_region"]
    class_index = rng.integers(0, len(classes), count)
    feature_class = pick(classes, class_index)
    geo_precision = pa.array(
        np.array([GEO_PRECISION_BY_CLASS[c] for c in classes], dtype=np.int32)[class_index]
    )
    place_index = rng.integers(0, 5000, count)
    places = [f"Synthetic place {i:04d}" for i in range(5000)]
    place = pick(places, place_index)
    gazetteer_id = pc.binary_join_element_wise(
        "geonames:", pc.cast(pa.array(place_index + 100000), pa.string()), ""
    )
    days = rng.integers(16071, 16071 + 3650, count).astype(np.int32)  # 2014-01-01 + up to ten years
    day = pa.array(days, type=pa.int32()).cast(pa.date32())
    date = pc.cast(day, pa.string())
    type_slug = pc.replace_substring(event_type, "_", "-")
    event_id = pc.binary_join_element_wise(
        type_slug,
        date,
        pc.replace_substring(gazetteer_id, ":", "-"),
        pc.cast(pa.array(rows), pa.string()),
        "-",
    )
    sub_event_type = pc.if_else(pc.equal(event_type, "strike"), "drone_strike", pa.scalar(None, pa.string()))
    missions = ["Operation Inherent Resolve", "NATO Mission Iraq", "Operation Shader"]
    mission_index = rng.integers(0, len(missions) + 1, count)
    mission = pc.if_else(
        pa.array(mission_index == len(missions)),
        pa.scalar(None, pa.string()),
        pick(missions, np.minimum(mission_index, len(missions) - 1)),
    )
    actor_pool = ["United States", "Netherlands", "Iraq", "Kataib Hezbollah", "CJTF-OIR", "United Kingdom"]
    lengths = rng.integers(1, 3, count)
    offsets = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int32)
    actor_values = pick(actor_pool, rng.integers(0, len(actor_pool), int(offsets[-1])))
    actors = pa.ListArray.from_arrays(pa.array(offsets), actor_values).cast(EVENT_SCHEMA.field("actors").type)
    troops = pa.array(rng.integers(50, 5000, count), mask=rng.random(count) > 0.1)
    fatalities = pa.array(rng.integers(0, 40, count), mask=rng.random(count) > 0.3)
    article = rng.integers(0, 1000, count)
    article_text = pc.cast(pa.array(article), pa.string())
    source = pa.StructArray.from_arrays(
        [
            pc.binary_join_element_wise("synthetic-article-", article_text, ""),
            pc.binary_join_element_wise("Synthetic report ", article_text, ""),
            pick(["Example News", "Daily Example", "Example Wire"], article % 3),
            pc.binary_join_element_wise("https://news.example.org/a/", article_text, ""),
            date,
            pa.nulls(count, pa.string()),
        ],
        fields=list(EVENT_SCHEMA.field("source").type),
    )
    start = rng.integers(0, 10_000, count)
    mention = pa.StructArray.from_arrays(
        [pa.array(start), pa.array(start + rng.integers(1, 40, count))],
        fields=list(EVENT_SCHEMA.field("mentions").type.value_type),
    )
    mentions = pa.ListArray.from_arrays(pa.array(np.arange(count + 1, dtype=np.int32)), mention)
    notes = pc.if_else(
        pa.array(rng.random(count) < 0.5),
        "Synthetic event for the export benchmark.",
        pa.scalar(None, pa.string()),
    )
    columns = {
        "id": event_id,
        "name": place,
        "place": place,
        "gazetteer_id": gazetteer_id,
        "feature_class": feature_class,
        "country": pa.array(np.full(count, "IQ")),
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "mission": mission,
        "actors": actors,
        "date": date,
        "date_start": day,
        "date_end": day,
        "time_precision": pa.array(np.full(count, "day")),
        "geo_precision": geo_precision,
        "troops": troops,
        "fatalities": fatalities,
        "source": source,
        "mentions": mentions.cast(EVENT_SCHEMA.field("mentions").type),
        "notes": notes,
        "confidence": pa.array(np.round(rng.uniform(0.5, 1.0, count), 3)),
        "lon": pa.array(lon),
        "lat": pa.array(lat),
    }
    return pa.Table.from_arrays([columns[name] for name in EVENT_SCHEMA.names], schema=EVENT_SCHEMA)


def check_sample(count: int = 2000) -> None:
    """Fail loudly unless the synthetic events pass the contract checks of ``geo validate``."""
    from geo.exports.table import collection_from_table
    from geo.model.validate import validate_object

    problems = validate_object(collection_from_table(synthetic_table(count)))
    if problems:
        raise SystemExit(f"synthetic data breaks the contract: {problems[:3]}")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child(format_name: str, count: int, folder: Path) -> dict[str, Any]:
    """Build the table and time one export (runs in a fresh process)."""
    import geo.exports.ogr
    from geo.exports import export

    if format_name == "fgb-disktemp":  # as on a machine without the memory to spare
        geo.exports.ogr.fgb_memory_budget = lambda: 0  # type: ignore[assignment]
    started = time.perf_counter()
    table = synthetic_table(count)
    built = time.perf_counter() - started
    before = _rss_mb()
    out = folder / f"events{ENDINGS[format_name]}"
    cpu = time.process_time()
    started = time.perf_counter()
    result = export(table, out, spatial_index=format_name != "fgb-noindex")
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu
    size = sum(p.stat().st_size for p in result.files)
    return {
        "format": format_name,
        "features": result.features,
        "build_s": built,
        "export_s": seconds,
        "features_per_s": result.features / seconds,
        "cpu_s": cpu,
        "rss_before_mb": before,
        "peak_rss_mb": _rss_mb(),
        "size_mb": size / 1e6,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--formats", default=",".join(DEFAULT_FORMATS))
    parser.add_argument("--dir", default=None, help="where to write (default: the system temp folder)")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--folder", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.count, Path(args.folder))))
        return
    check_sample()
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    print(f"{args.count:,} synthetic events; {args.runs} run(s) per format, each in a fresh process")
    heads = ("best f/s", "median f/s", "export s", "CPU s", "peak RSS MB", "RSS before", "file MB")
    print(f"{'format':<12}" + "".join(f"{h:>13}" for h in heads))
    for format_name in formats:
        runs = []
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory(prefix="geo-export-bench-", dir=args.dir) as folder:
                done = subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--child",
                        format_name,
                        "--count",
                        str(args.count),
                        "--folder",
                        folder,
                    ],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
        rates = [r["features_per_s"] for r in runs]
        best = max(runs, key=lambda r: r["features_per_s"])
        peak = max(r["peak_rss_mb"] for r in runs)
        cells = (f"{max(rates):,.0f}", f"{statistics.median(rates):,.0f}", f"{best['export_s']:.2f}")
        cells += (f"{best['cpu_s']:.2f}",)
        cells += (f"{peak:,.0f}", f"{best['rss_before_mb']:,.0f}", f"{best['size_mb']:.1f}")
        print(f"{format_name:<12}" + "".join(f"{c:>13}" for c in cells), flush=True)
    print("table build (vectorised synthetic data) takes", f"{runs[0]['build_s']:.2f} s per child")


if __name__ == "__main__":
    main()
