"""The run loop of ``geo extract``: items in, outcomes out, lines written as they come, a summary."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import click

from geo import __version__, interrupts
from geo.cli._exit import settle
from geo.extract import default_parser
from geo.extract.batch import Outcome, run, worker_count
from geo.extract.parser import Geoparser
from geo.extract.sources import Unread, count_items, iter_items
from geo.extract.warmup import warm_up
from geo.io.progress import Progress, rate_text
from geo.io.resumable import ResumableLines
from geo.model.article import Article
from geo.model.geojson import dumps
from geo.readers import ARTICLE_SUFFIXES

__all__ = ["Report", "RunOptions", "run_extract"]


@dataclass(frozen=True, slots=True)
class RunOptions:
    """What ``geo extract`` was asked (see its options)."""

    inputs: tuple[str, ...]
    published: str | None
    suffixes: tuple[str, ...]
    output: Path | None
    lines: bool
    min_confidence: float
    resume: bool
    jobs: int
    dask: str | None
    quiet: bool
    demonym_countries: bool = False


@dataclass(slots=True)
class Report:
    """What a run did; ``collection`` is the FeatureCollection text (collection output only)."""

    articles: int = 0
    events: int = 0
    skipped: int = 0
    resumed: int = 0
    places: set[str] = field(default_factory=set)
    collection: str | None = None
    written: bool = False

    def summary(self, seconds: float, *, output: Path | None) -> str:
        """The closing line: articles, events, places, failures, time and rate."""
        done = self.articles + self.skipped
        parts = [
            f"extracted {_count(self.articles, 'article')}: {_count(self.events, 'event')} at "
            f"{_count(len(self.places), 'place')}",
            f"{self.skipped:,} failed",
            f"{seconds:.1f} s ({rate_text(done, seconds, 'articles')})",
        ]
        if self.resumed:
            parts.append(f"{self.resumed:,} done before (--resume)")
        where = f"; wrote to {output}" if output is not None else ""
        return ", ".join(parts) + where


def _count(number: int, word: str) -> str:
    return f"{number:,} {word}{'' if number == 1 else 's'}"


def run_extract(options: RunOptions) -> Report:
    """Run ``geo extract``: stream the items through the parser(s), write lines as they finish.

    Raises
    ------
    GeoError
        For a bad option, an unreachable cluster or an unwritable output (nothing is skipped for those).
    KeyboardInterrupt
        On Ctrl-C, after closing the output (its journal is kept for ``--resume``).
    """
    report = Report()
    suffixes = options.suffixes or ARTICLE_SUFFIXES
    skip_paths = [options.output] if options.output is not None else []
    sink = None
    if options.output is not None and options.lines:
        decides = f"min_confidence={options.min_confidence!r} published={options.published} geo={__version__}"
        if options.demonym_countries:
            decides += " demonym_countries=True"
        sink = ResumableLines(options.output, settings=decides, resume=options.resume)
    parser = Geoparser(demonym_countries=True) if options.demonym_countries else default_parser()
    echo = _echo(options.quiet)
    warm_up(parser, echo=echo)
    settle()  # the lexicon and tables loaded: collect less while the articles run (geo.cli._exit)
    show = not options.quiet
    total = None
    if show:
        total = count_items(options.inputs, suffixes=suffixes, skip=[str(p) for p in skip_paths])
    if total is not None and sink is not None and sink.done:
        total = max(0, total - len(sink.done))
    report.resumed = len(sink.done) if sink is not None else 0
    items = iter_items(options.inputs, published=options.published, suffixes=suffixes, skip=skip_paths)
    done = sink.done if sink is not None and sink.done else None
    skip = done.__contains__ if done is not None else None
    outcomes = _outcomes(items, parser=parser, options=options, skip=skip)
    chunks: list[str] = []
    seen: set[int] = set()
    try:
        with Progress(total=total, unit="articles", enabled=show) as progress:
            for outcome in outcomes:
                interrupts.check()  # Ctrl-C swallowed in a worker's result handling stops here too
                progress.update()
                if outcome.error is None and hash(outcome.id) in seen:
                    again = f"InputError: article id {outcome.id!r} is used by more than one input"
                    outcome = Outcome(outcome.id, None, error=again)
                if outcome.error is not None:
                    report.skipped += 1
                    progress.echo(f"skipped article {outcome.id!r}: {outcome.error}")
                    continue
                seen.add(hash(outcome.id))
                report.articles += 1
                report.events += outcome.events
                report.places.update(outcome.places)
                if sink is not None and outcome.key is not None:
                    sink.write(outcome.key, outcome.lines)
                elif options.lines:
                    click.echo(outcome.lines, nl=False)
                else:
                    chunks.append(outcome.lines)
    except BaseException:
        if sink is not None:
            sink.close()
        raise
    report.written = report.articles > 0 or report.skipped == 0 or report.resumed > 0
    if sink is not None:
        sink.finish(create=report.written)
    if not options.lines:
        features = [json.loads(line) for chunk in chunks for line in chunk.splitlines()]
        report.collection = dumps({"type": "FeatureCollection", "features": features})
    return report


def _outcomes(
    items: Iterator[Article | Unread],
    *,
    parser: Geoparser,
    options: RunOptions,
    skip: Callable[[str], bool] | None,
) -> Iterator[Outcome]:
    """The outcomes, from this process, worker processes or a Dask cluster."""
    jobs = worker_count(options.jobs)
    if options.dask is not None:
        from geo.extract.distributed import run_dask  # deferred: dask.distributed loads only for --dask

        return run_dask(
            items,
            parser=Geoparser(demonym_countries=options.demonym_countries),
            min_confidence=options.min_confidence,
            address=options.dask,
            jobs=jobs,
            skip=skip,
        )
    if jobs > 1:
        fresh = Geoparser(demonym_countries=options.demonym_countries)
        return run(items, parser=fresh, min_confidence=options.min_confidence, jobs=jobs, skip=skip)
    return run(items, parser=parser, min_confidence=options.min_confidence, skip=skip)


def _echo(quiet: bool) -> Callable[[str], None]:
    def echo(message: str) -> None:
        if not quiet:
            click.echo(message, err=True)

    return echo
