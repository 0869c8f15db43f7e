"""Speed of the event stage: geo.temporal.find_dates and geo.events.tag_events on one core.

Feeds the two source articles (../shared/articles) with their curated place mentions (so recognition and
resolution are not timed) and prints milliseconds per article, per 4 KB of text, and articles per second
for 4 KB articles. Best and median of several repeats, because the machine is shared.

    python benchmarks/events_tagging.py [--repeats 7] [--loops 50]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from geo.curation import load_curation
from geo.events import tag_events
from geo.gazetteer import default_gazetteer
from geo.temporal import find_dates
from geo.toponyms import Resolved, Toponym

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "articles"


def _load() -> list[tuple[str, list[Resolved], str]]:
    gazetteer = default_gazetteer()
    meta = json.loads((SHARED / "articles.json").read_text("utf-8"))
    out = []
    for article in meta:
        text = (SHARED / article["file"]).read_text("utf-8")
        curation = load_curation(REPO / "data" / "curation" / f"{article['id']}.yaml")
        places = [
            Resolved(Toponym(s, e, text[s:e], spec.query), gazetteer.get(spec.gazetteer_id or ""), 1.0)
            for spec in curation.places.values()
            for s, e in spec.mentions
        ]
        out.append((text, sorted(places, key=lambda p: p.toponym.start), article["published"]))
    return out


def _time(run: Callable[[], object], loops: int, repeats: int, clock: Callable[[], float]) -> list[float]:
    run()
    out = []
    for _ in range(repeats):
        start = clock()
        for _ in range(loops):
            run()
        out.append((clock() - start) / loops)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--loops", type=int, default=50)
    args = parser.parse_args()
    articles = _load()
    chars = sum(len(text) for text, _, _ in articles)

    def dates() -> None:
        for text, _, published in articles:
            find_dates(text, published=published)

    def tagging() -> None:
        for text, places, published in articles:
            tag_events(text, places, published=published)

    print(f"{len(articles)} articles, {chars} characters, {sum(len(p) for _, p, _ in articles)} place mentions")
    # CPU time of this process is less disturbed by other processes on a shared machine than wall time.
    for clock_name, clock in (("wall", time.perf_counter), ("cpu", time.process_time)):
        for label, run in (("find_dates", dates), ("tag_events", tagging)):
            times = _time(run, args.loops, args.repeats, clock)
            for name, seconds in (("best", min(times)), ("median", statistics.median(times))):
                per_4kb = seconds / chars * 4096
                print(
                    f"{clock_name:4} {label:11} {name:6} {seconds / len(articles) * 1000:7.3f} ms/article  "
                    f"{per_4kb * 1000:7.3f} ms per 4 KB  {1 / per_4kb:8.0f} 4-KB articles/s"
                )


if __name__ == "__main__":
    main()
