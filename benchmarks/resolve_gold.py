"""Resolution on gold spans: accuracy within 161 km, median error and speed per corpus (dev halves).

For every document of ../shared/eval/corpora/<corpus>/dev.jsonl the gold spans become toponyms
(``query`` = the gold name), :func:`geo.resolve.resolve` chooses a place for each, and the chosen point is
compared with the gold point of every span that has one. A span left unresolved counts as a miss.

Also printed, per corpus:

- ``ceiling``: share of gold toponyms for which some candidate the resolver considers lies within 161 km
  (the lookup's candidates, else those of a place named inside an unknown name);
- ``no cand``: share with no candidate at all (resolved, if at all, by the document's main place);
- ``ms/top``: resolution time per toponym, candidate cache warm from earlier documents of the run, as in
  a batch (the first documents pay for their lookups). Timings on a shared machine are noisy: run twice.

Run: ``PYTHONPATH=. python benchmarks/resolve_gold.py [CORPUS ...] [--limit-docs N] [--misses FILE]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from geo.gazetteer import Gazetteer, haversine_km
from geo.model.spans import Toponym
from geo.resolve import ResolverCaches, resolve
from geo.resolve.fallback import partial_names, strong_partial

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "corpora"
NAMES = ("lgl", "geowebnews", "tr_news", "geovirus", "wiktor")
KM = 161.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", default=list(NAMES), help="Corpus folders (default: all).")
    parser.add_argument("--limit-docs", type=int, default=0, help="First N documents only.")
    parser.add_argument("--misses", type=Path, help="Write every miss as a TSV line here.")
    args = parser.parse_args()
    if not CORPORA.is_dir():
        print(f"gold corpora not found at {CORPORA}", file=sys.stderr)
        return 2
    gazetteer = Gazetteer.open()
    caches = ResolverCaches(gazetteer)  # one for the whole run, as a Geoparser keeps
    cache = caches.candidates
    warm_up = [Toponym(11, 16, "Paris", "Paris")]
    resolve("Warm-up in Paris, Texas.", warm_up, gazetteer=gazetteer, caches=caches)
    misses = args.misses.open("w", encoding="utf-8") if args.misses else None
    header = ("corpus", "toponyms", "acc@161", "median km", "ceiling", "no cand", "ms/top")
    print(f"{header[0]:<11} " + " ".join(f"{name:>{max(7, len(name))}}" for name in header[1:]))
    for corpus in args.corpora:
        path = CORPORA / corpus / "dev.jsonl"
        docs = [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
        if args.limit_docs:
            docs = docs[: args.limit_docs]
        errors: list[float] = []
        ceiling = orphans = spans = 0
        elapsed = 0.0
        for doc in docs:
            text = doc["text"]
            toponyms = [
                Toponym(t["start"], t["end"], text[t["start"] : t["end"]], t["name"]) for t in doc["toponyms"]
            ]
            started = time.perf_counter()
            chosen = {
                (r.toponym.start, r.toponym.end): r
                for r in resolve(text, toponyms, gazetteer=gazetteer, caches=caches)
            }
            elapsed += time.perf_counter() - started
            spans += len(toponyms)
            for gold in doc["toponyms"]:
                if gold.get("lat") is None or gold.get("lon") is None:
                    continue
                point = (float(gold["lon"]), float(gold["lat"]))
                found = cache.candidates(gold["name"], gold["name"])
                if not found:
                    for name in partial_names(gold["name"]):
                        found = strong_partial(cache.lookup(name))
                        if found:
                            break
                orphans += not found
                ceiling += any(haversine_km((c.lon, c.lat), point) <= KM for c in found)
                result = chosen.get((gold["start"], gold["end"]))
                error = (
                    20037.5
                    if result is None
                    else haversine_km((result.candidate.lon, result.candidate.lat), point)
                )
                errors.append(error)
                if misses is not None and error > KM:
                    picked = "-" if result is None else f"{result.candidate.id}\t{result.candidate.name}"
                    misses.write(f"{corpus}\t{doc['doc_id']}\t{gold['name']}\t{error:.0f}\t{picked}\n")
        if not errors:
            continue
        total = len(errors)
        accuracy = sum(error <= KM for error in errors) / total
        print(
            f"{corpus:<11} {total:>8} {accuracy:>7.3f} {statistics.median(errors):>9.1f} "
            f"{ceiling / total:>7.3f} {orphans / total:>7.3f} {1000 * elapsed / max(spans, 1):>6.3f}",
            flush=True,
        )
    if misses is not None:
        misses.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
