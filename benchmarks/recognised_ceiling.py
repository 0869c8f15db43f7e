"""How far resolution on the toponyms geo recognises could go with this gazetteer (dev halves).

``geo eval`` scores resolution (acc@161) over the gold toponyms that a prediction overlaps. For each of
those, this script asks whether *any* answer within reach was right: the point geo chose, or any
gazetteer candidate of the recognised name (the lookup the resolver starts from). The share of such
toponyms is the most a better choice among the same candidates could reach; what lies beyond it needs
places the offline gazetteer does not have (streets, venues, buildings) or other points for the same
place (a country at its capital).

Run: ``python benchmarks/recognised_ceiling.py [CORPUS ...]`` from the repository (needs ../shared).
Prints, per corpus: recognised gold toponyms, acc@161 of geo's choices, and the reachable share. A gold
toponym counts with the first prediction overlapping it (``geo eval`` pairs predictions and gold spans one
to one, so its acc@161 can differ in the third decimal).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from geo.evaluation.corpus import read_corpus
from geo.evaluation.systems import OurSystem
from geo.gazetteer import default_gazetteer, haversine_km
from geo.resolve.candidates import CandidateCache

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
KM = 161.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="*", default=["lgl", "geowebnews", "tr_news", "geovirus"])
    args = parser.parse_args()
    gazetteer = default_gazetteer()
    system = OurSystem(gazetteer)
    cache = CandidateCache(gazetteer)
    print(f"{'corpus':<11} {'recognised':>10} {'acc@161':>8} {'reachable':>9}")
    for corpus in args.corpora:
        total = right = reachable = 0
        for doc in read_corpus(SHARED / "eval" / "corpora" / corpus / "dev.jsonl"):
            predictions = system.parse(doc.text)
            for gold in doc.toponyms:
                if gold.point is None:
                    continue
                found = [p for p in predictions if p.start < gold.end and gold.start < p.end]
                if not found:
                    continue
                prediction = found[0]
                total += 1
                good = prediction.point is not None and haversine_km(prediction.point, gold.point) <= KM
                right += good
                surface = doc.text[prediction.start : prediction.end]
                candidates = cache.candidates(surface, surface) if prediction.kind == "place" else ()
                reachable += good or any(
                    haversine_km((c.lon, c.lat), gold.point) <= KM for c in candidates or ()
                )
        print(f"{corpus:<11} {total:>10} {right / total:>8.3f} {reachable / total:>9.3f}")


if __name__ == "__main__":
    main()
