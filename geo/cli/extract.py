"""``geo extract``: geoparse articles (files, folders, patterns, JSON lines, standard input) into events."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import NoReturn

import click

from geo import interrupts
from geo.cli._exit import skip_teardown
from geo.cli._outputs import is_stdio
from geo.cli._types import FiniteFloatRange
from geo.errors import InputError
from geo.io import atomic_write_text, refuse_input_as_output

#: Exit status when some articles were skipped (the others' features are written).
_SKIPPED_EXIT = 1
#: Exit status after Ctrl-C (128 + SIGINT), as shells report it.
_INTERRUPTED_EXIT = 130


@click.command("extract")
@click.argument("paths", nargs=-1, metavar="[INPUT]...")
@click.option(
    "--published",
    metavar="DATE",
    help="Publication date (EDTF: 2020-01-06, 2023-07) for articles whose metadata gives none.",
)
@click.option(
    "--jsonl",
    "batches",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help='JSON-lines batch, one {"id", "text", "published", ...} per line (repeatable).',
)
@click.option(
    "--ext",
    "suffixes",
    multiple=True,
    metavar="SUFFIX",
    help="File endings read from folders (repeatable) [default: .txt .text .md .markdown .html .htm "
    ".xhtml .jsonl].",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
    help="File to write (default, or -: standard output).",
)
@click.option(
    "--lines/--collection",
    "lines",
    default=None,
    help="Write GeoJSON lines (one feature per line, as articles finish) or one FeatureCollection "
    "[default: lines for batches, folders, patterns and standard input, else a collection].",
)
@click.option(
    "--min-confidence",
    type=FiniteFloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Leave out features with a lower confidence.",
)
@click.option(
    "--resume", is_flag=True, help="Continue an interrupted run into the same -o file (GeoJSON lines)."
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(0, 512),
    default=1,
    show_default=True,
    help="Worker processes (0: one per CPU core); the output does not depend on it.",
)
@click.option(
    "--dask",
    metavar="ADDRESS",
    help="Run on a dask.distributed cluster: a scheduler address (tcp://host:8786) or 'local' "
    "(a local cluster of -j worker processes). Needs geo-missions[dask].",
)
@click.option(
    "--demonym-countries",
    is_flag=True,
    help="Also map, as a mention, a country the article names only through a demonym ('Syrian officials').",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, summary or warnings (errors only).")
def command(
    paths: tuple[str, ...],
    published: str | None,
    batches: tuple[Path, ...],
    suffixes: tuple[str, ...],
    output: Path | None,
    lines: bool | None,
    min_confidence: float,
    resume: bool,
    jobs: int,
    dask: str | None,
    demonym_countries: bool,
    quiet: bool,
) -> None:
    """Find the places in articles and write dated, tagged event features.

    Each INPUT is an article file (.txt, .md, .html), a JSON-lines batch (.jsonl), a folder (read
    recursively: files ending in --ext), a quoted glob pattern ('news/**/*.md') or - (JSON lines on
    standard input). Metadata comes from YAML front matter, a sidecar <stem>.json or an articles.json
    index beside the file; the article id is the file stem unless the metadata gives one.

    Articles are read and geoparsed one at a time; GeoJSON lines are written as each article finishes,
    so memory stays flat however large the archive. An article that cannot be read or processed is
    named on standard error and skipped; the others are written and the exit status is 1. A progress
    bar shows on a terminal (not with -q) and a summary line ends the run.
    """
    try:  # deferred: loads the pipeline (pydantic, the gazetteer, the lexicon) only for this command
        from geo.cli._extract_run import RunOptions, run_extract
        from geo.extract.sources import STDIN, is_pattern
        from geo.readers.meta import normalize_published
    except KeyboardInterrupt:  # Ctrl-C while the models are built: the same stop as during the run
        _interrupted(None)
    except Exception as exc:  # ... also when the interrupt comes wrapped (geo.interrupts.caused)
        if interrupts.stops(exc):
            _interrupted(None)
        raise

    inputs = [*paths, *(str(batch) for batch in batches)]
    if not inputs:
        raise InputError("give at least one article file, folder, pattern, --jsonl batch or - (stdin)")
    if inputs.count(STDIN) > 1:
        raise InputError("standard input (-) can be read only once")
    streamed = [p for p in inputs if p == STDIN or is_pattern(p) or os.path.isdir(p) or p.endswith(".jsonl")]
    as_lines = bool(streamed) if lines is None else lines
    files = [p for p in inputs if p != STDIN and not is_pattern(p) and not os.path.isdir(p)]
    if output is not None and is_stdio(output):
        output = None  # "-o -": standard output, as geo export and geo map read it
    refuse_input_as_output(output, files)
    if resume and (output is None or not as_lines):
        raise InputError("--resume continues an -o file of GeoJSON lines: give -o FILE, not --collection")
    default = None if published is None else normalize_published(published, where="--published")
    options = RunOptions(
        inputs=tuple(inputs),
        published=default,
        suffixes=tuple(s if s.startswith(".") else f".{s}" for s in suffixes),
        output=output,
        lines=as_lines,
        min_confidence=min_confidence,
        resume=resume,
        jobs=jobs,
        dask=dask,
        quiet=quiet,
        demonym_countries=demonym_countries,
    )
    started = time.perf_counter()
    root = logging.getLogger()
    level = root.level
    if quiet:
        root.setLevel(logging.ERROR)  # for this command only (restored below)
    try:
        report = run_extract(options)
    except KeyboardInterrupt:
        _interrupted(output if as_lines else None)
    except Exception as exc:  # an error that Ctrl-C left behind is a stop too
        if interrupts.stops(exc):
            _interrupted(output if as_lines else None)
        raise
    finally:
        root.setLevel(level)
    if report.collection is not None:
        text = report.collection
        if output is None:
            click.echo(text, nl=False)
        elif report.written:
            atomic_write_text(output, text)
    if not quiet and report.written:
        seconds = time.perf_counter() - started
        click.echo(report.summary(seconds, output=output), err=True)
    skip_teardown()  # everything is written and closed: the process may end without freeing the run
    if report.skipped:
        raise click.exceptions.Exit(_SKIPPED_EXIT)


def _interrupted(output: Path | None) -> NoReturn:
    """End after Ctrl-C: one line on standard error (naming ``output``, the GeoJSON lines written so
    far, if given) and exit status 130."""
    where = f"; {output} holds the finished articles, continue with --resume" if output else ""
    click.echo(f"interrupted{where}", err=True)
    raise click.exceptions.Exit(_INTERRUPTED_EXIT) from None
