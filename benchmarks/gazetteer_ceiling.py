"""How far the gazetteer alone can take resolution on the gold corpora (dev halves).

For every gold toponym with coordinates in ../shared/eval/corpora/<corpus>/dev.jsonl this prints the share
for which some candidate lies within 161 km of the gold point when candidates are

- ``exact``: entries having a name (or alias) equal to the written name, ignoring case;
- ``normalised``: every candidate of a lookup without the fuzzy fallback (normalised keys, skeletons);
- ``top``: only the best-ranked candidate of a full lookup (a population/importance baseline).

Run: ``PYTHONPATH=. python benchmarks/gazetteer_ceiling.py [--limit-docs N]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from functools import cache
from pathlib import Path

from geo.gazetteer import Candidate, Gazetteer, haversine_km

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "corpora"
NAMES = ("lgl", "geowebnews", "tr_news", "geovirus", "wiktor")
REFERENCE_EXACT = {"geowebnews": 0.68, "wiktor": 0.74, "geovirus": 0.83, "tr_news": 0.86, "lgl": 0.91}
KM = 161.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit-docs", type=int, default=0, help="First N documents only.")
    parser.add_argument("--misses", type=int, default=0, help="Show N frequent misses.")
    args = parser.parse_args()
    if not CORPORA.is_dir():
        print(f"gold corpora not found at {CORPORA}", file=sys.stderr)
        return 2
    gazetteer = Gazetteer.open()

    @cache
    def candidates(name: str) -> tuple[Candidate, ...]:
        try:
            return tuple(gazetteer.lookup(name, fuzzy=False, limit=5000))
        except ValueError:
            return ()

    @cache
    def top(name: str) -> Candidate | None:
        try:
            found = gazetteer.lookup(name, limit=1)
        except ValueError:
            return None
        return found[0] if found else None

    print(f"{'corpus':<11} {'toponyms':>8} {'exact':>6} {'(ref)':>6} {'normalised':>10} {'top':>6} {'s':>6}")
    for corpus in NAMES:
        path = CORPORA / corpus / "dev.jsonl"
        if not path.exists():
            continue
        started = time.perf_counter()
        total = exact = normalised = best = 0
        misses: dict[str, int] = {}
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle):
                if args.limit_docs and number >= args.limit_docs:
                    break
                for toponym in json.loads(line)["toponyms"]:
                    if toponym.get("lat") is None or toponym.get("lon") is None:
                        continue
                    total += 1
                    gold = (float(toponym["lon"]), float(toponym["lat"]))
                    name = toponym["name"]
                    near = [c for c in candidates(name) if haversine_km((c.lon, c.lat), gold) <= KM]
                    folded = name.casefold()
                    exact += any(c.matched_name.casefold() == folded for c in near)
                    normalised += bool(near)
                    if not near:
                        misses[name] = misses.get(name, 0) + 1
                    first = top(name)
                    best += first is not None and haversine_km((first.lon, first.lat), gold) <= KM
        if not total:
            continue
        print(
            f"{corpus:<11} {total:>8} {exact / total:>6.3f} {REFERENCE_EXACT[corpus]:>6.2f} "
            f"{normalised / total:>10.3f} {best / total:>6.3f} {time.perf_counter() - started:>6.1f}"
        )
        if args.misses:
            worst = sorted(misses.items(), key=lambda item: -item[1])[: args.misses]
            print("   misses:", ", ".join(f"{name} ({count})" for name, count in worst))
    return 0


if __name__ == "__main__":
    sys.exit(main())
