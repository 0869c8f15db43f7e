"""Speed of the event stage: geo.temporal.find_dates and geo.events.tag_events on one core.

Two sets of articles, each timed apart:

- ``source``: the two source articles (../shared/articles) with their curated place mentions, dense in
  military events (about 20 events and 50 place mentions per article);
- ``news``: 50 ~4 KB news texts from the dev halves of the gold corpora (built as in
  ``benchmarks/extract_speed.py``), with the places ``geo.recognize`` + ``geo.resolve`` find in them
  (computed once, before timing).

Recognition and resolution are not timed. Prints milliseconds per article, per 4 KB of text and 4-KB
articles per second, wall and CPU time (``time.process_time``: on a shared, loaded machine the better
estimate of what an idle core does), best and median of several repeats.

    python benchmarks/events_tagging.py [--repeats 7] [--loops 20] [--news 50]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from geo.events import tag_events
from geo.events.actors import CatalogueNames
from geo.gazetteer import default_gazetteer
from geo.importers.curation import load_curation
from geo.model.catalog import ACTORS, MISSIONS
from geo.model.spans import Resolved, Toponym
from geo.temporal import find_dates

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


def _news(count: int) -> list[tuple[str, list[Resolved], str]]:
    """``count`` ~4 KB news texts with the places the pipeline recognises and resolves in them."""
    import sys

    from geo.extract.parser import Geoparser

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from extract_speed import news_articles

    parser = Geoparser(gazetteer=default_gazetteer())
    out = []
    for row in news_articles(count + 2)[2:]:  # the first two are the source articles
        text = row["text"]
        places = parser.resolve(text, parser.recognize(text))
        out.append((text, places, row["published"]))
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
    parser.add_argument("--loops", type=int, default=20)
    parser.add_argument("--news", type=int, default=50, help="number of ~4 KB news texts (0: none)")
    args = parser.parse_args()
    names = CatalogueNames(MISSIONS, ACTORS)  # the name table, compiled once as a Geoparser does
    sets = {"source": _load()}
    if args.news:
        sets["news"] = _news(args.news)
    for set_name, articles in sets.items():
        chars = sum(len(text) for text, _, _ in articles)
        places = sum(len(p) for _, p, _ in articles)
        print(f"{set_name}: {len(articles)} articles, {chars} characters, {places} place mentions")
        loops = max(1, args.loops * 2 // len(articles))

        def dates(articles: list[tuple[str, list[Resolved], str]] = articles) -> None:
            for text, _, published in articles:
                find_dates(text, published=published)

        def tagging(articles: list[tuple[str, list[Resolved], str]] = articles) -> None:
            for text, places, published in articles:
                tag_events(text, places, published=published, names=names)

        # CPU time of this process is less disturbed by other processes on a shared machine than wall time.
        for clock_name, clock in (("wall", time.perf_counter), ("cpu", time.process_time)):
            for label, run in (("find_dates", dates), ("tag_events", tagging)):
                times = _time(run, loops, args.repeats, clock)
                for name, seconds in (("best", min(times)), ("median", statistics.median(times))):
                    per_4kb = seconds / chars * 4096
                    per_article = seconds / len(articles) * 1000
                    print(
                        f"  {clock_name:4} {label:11} {name:6} {per_article:7.3f} ms/article"
                        f"  {per_4kb * 1000:7.3f} ms per 4 KB  {1 / per_4kb:8.0f} 4-KB articles/s"
                    )


if __name__ == "__main__":
    main()
