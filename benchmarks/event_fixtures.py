"""Event tables in geo's schema from the real data sets in ../shared/eval/events (benchmarks only).

Licences and columns: ../shared/eval/events/README.md. Nothing here is copied into the repository;
the frames are built in memory each run.

* :func:`iraq_sigact` - Iraq significant-activity reports 2006-2008 (MIT, R package ``geocausal``):
  ``date, longitude, latitude, type``. IED, SAF (small-arms fire) and other insurgent activity
  become ``attack`` events (sub-types ``ied``, ``small_arms_fire``, ``other``), Airstrike becomes
  ``strike``/``air_strike`` and SOF (show of force) ``presence``/``show_of_force``. Day precision.
* :func:`ucdp_syria` - UCDP GED Syria 2016-2019 (CC BY 4.0): date ranges with their precision,
  places (``where_coordinates``), actors, deaths.
* :func:`replicate` - n events made from real ones (see its docstring for how).

Run ``python benchmarks/event_fixtures.py`` to print the sizes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval" / "events"
SIGACT = SHARED / "geocausal_iraq_sigact"
UCDP = SHARED / "ucdp_ged_syria_2016_2019" / "ged_syria_652_1601_1911.csv"

_SIGACT_FILES = ("insurgencies_2006.csv", "airstrikes_2006.csv", "insurgencies.csv", "airstrikes.csv")
_SIGACT_TYPES = {
    "IED": ("attack", "ied"),
    "SAF": ("attack", "small_arms_fire"),
    "other": ("attack", "other"),
    "Airstrike": ("strike", "air_strike"),
    "SOF": ("presence", "show_of_force"),
}
_SIGACT_SOURCE = {
    "article_id": "geocausal-iraq-sigact",
    "title": "Iraq significant activity reports (geocausal R package)",
    "publisher": "geocausal (MIT licence)",
    "url": "https://github.com/mmukaigawara/geocausal",
}


def _frame(columns: dict[str, Any], lon: Any, lat: Any) -> Any:
    import geopandas

    return geopandas.GeoDataFrame(columns, geometry=geopandas.points_from_xy(lon, lat), crs="EPSG:4326")


def iraq_sigact(limit: int | None = None) -> Any:
    """The Iraq SIGACT points as a GeoDataFrame of events, sorted by date (2006 files first).

    The four files do not overlap in time (2006-01 to 2006-09, then 2007-02 to 2008-07), so all
    112,313 rows are distinct reports; ``limit`` keeps the first ``limit`` by date.
    """
    parts = [pd.read_csv(SIGACT / name) for name in _SIGACT_FILES]
    raw = pd.concat(parts, ignore_index=True)
    raw = raw.sort_values("date", kind="stable").reset_index(drop=True)
    if limit is not None:
        raw = raw.iloc[:limit]
    kinds = raw["type"].map(_SIGACT_TYPES)
    if kinds.isna().any():
        unknown = sorted(set(raw.loc[kinds.isna(), "type"]))
        raise ValueError(f"unknown SIGACT type(s) {unknown!r}")
    n = len(raw)
    columns = {
        "id": [f"sigact-{i}" for i in range(n)],
        "name": None,
        "place": None,
        "event_type": [k[0] for k in kinds],
        "sub_event_type": [k[1] for k in kinds],
        "mission": None,
        "actors": None,
        "date": raw["date"].to_numpy(),
        "date_start": raw["date"].to_numpy(),
        "date_end": raw["date"].to_numpy(),
        "time_precision": "day",
        "geo_precision": 1,
        "source": [_SIGACT_SOURCE] * n,
        "notes": None,
        "confidence": None,
    }
    return _frame(columns, raw["longitude"].to_numpy(), raw["latitude"].to_numpy())


def ucdp_syria() -> Any:
    """UCDP GED Syria as a GeoDataFrame of events (ranges and precisions kept)."""
    raw = pd.read_csv(UCDP, low_memory=False)
    precision = {1: "day", 2: "range", 3: "week", 4: "month", 5: "year"}
    violence = {1: "state_based", 2: "non_state", 3: "one_sided"}
    start = raw["date_start"].str.slice(0, 10)
    end = raw["date_end"].str.slice(0, 10)
    date = np.where(start == end, start, start + "/" + end)
    columns = {
        "id": [f"ucdp-{i}" for i in raw["id"]],
        "name": raw["where_coordinates"],
        "place": raw["where_coordinates"],
        "event_type": "attack",
        "sub_event_type": raw["type_of_violence"].map(violence),
        "mission": None,
        "actors": [[a, b] for a, b in zip(raw["side_a"], raw["side_b"], strict=True)],
        "date": date,
        "date_start": start,
        "date_end": end,
        "time_precision": np.where(start == end, "day", raw["date_prec"].map(precision).fillna("range")),
        "geo_precision": raw["where_prec"].clip(upper=4),
        "fatalities": raw["best"],
        "source": [
            {"article_id": f"ucdp-ged-{i}", "publisher": "UCDP GED 19.1 (CC BY 4.0)"} for i in raw["id"]
        ],
        "notes": raw["dyad_name"],
        "confidence": None,
    }
    return _frame(columns, raw["longitude"].to_numpy(), raw["latitude"].to_numpy())


def replicate(frame: Any, n: int, *, seed: int = 4, jitter_deg: float = 0.02, shift_days: int = 7) -> Any:
    """``n`` events made from ``frame``'s: each copy after the first is moved a little.

    Row ``i`` is a copy of real event ``i % len(frame)``; copy ``k = i // len(frame)`` (k >= 1) has
    its point moved by a normal jitter of ``jitter_deg`` degrees (about 2 km) in each axis and its
    dates shifted by a random whole number of days in ``[-shift_days, shift_days]``; ``seed`` makes
    it repeatable. Types, sub-types and sources are kept.
    """
    rng = np.random.default_rng(seed)
    index = np.arange(n) % len(frame)
    out = frame.iloc[index].reset_index(drop=True)
    copy = np.arange(n) // len(frame)
    moved = copy > 0
    lon = out.geometry.x.to_numpy() + np.where(moved, rng.normal(0, jitter_deg, n), 0.0)
    lat = out.geometry.y.to_numpy() + np.where(moved, rng.normal(0, jitter_deg, n), 0.0)
    shift = np.where(moved, rng.integers(-shift_days, shift_days + 1, n), 0)
    import geopandas

    out = out.set_geometry(geopandas.points_from_xy(lon, lat), crs="EPSG:4326")
    for column in ("date_start", "date_end"):
        days = pd.to_datetime(out[column]) + pd.to_timedelta(shift, unit="D")
        out[column] = days.dt.strftime("%Y-%m-%d")
    out["date"] = np.where(
        out["date_start"] == out["date_end"], out["date_start"], out["date_start"] + "/" + out["date_end"]
    )
    out["id"] = [f"{fid}-{k}" for fid, k in zip(out["id"], copy, strict=True)]
    return out


if __name__ == "__main__":
    sig = iraq_sigact()
    print(f"iraq_sigact: {len(sig):,} events, {sig['event_type'].value_counts().to_dict()}")
    ged = ucdp_syria()
    print(f"ucdp_syria: {len(ged):,} events, {ged['time_precision'].value_counts().to_dict()}")
