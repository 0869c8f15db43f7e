"""``geo extract``: geoparse articles into event features."""

from __future__ import annotations

import json
from pathlib import Path

import click

from geo.cli._types import FiniteFloatRange
from geo.errors import InputError
from geo.io import atomic_write_text, refuse_input_as_output

#: Exit status when some articles were skipped (the others' features are written).
_SKIPPED_EXIT = 1


@click.command("extract")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
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
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="File to write (default: standard output).",
)
@click.option(
    "--lines/--collection",
    "lines",
    default=None,
    help="Write GeoJSON lines (one feature per line) or one FeatureCollection "
    "[default: lines with --jsonl, else a collection].",
)
@click.option(
    "--min-confidence",
    type=FiniteFloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Leave out features with a lower confidence.",
)
def command(
    paths: tuple[Path, ...],
    published: str | None,
    batches: tuple[Path, ...],
    output: Path | None,
    lines: bool | None,
    min_confidence: float,
) -> None:
    """Find the places in articles PATHS (.txt, .md, .html) and write dated, tagged event features.

    Metadata comes from YAML front matter, a sidecar <stem>.json or an articles.json index beside the
    file; the article id is the file stem unless the metadata gives one. An article that cannot be
    processed is named on standard error and skipped; the others are written and the exit status is 1.
    """
    # deferred: loads the heavy stack (pandas, pyarrow, folium) only for this command
    from geo.extract import default_parser
    from geo.model.feature import EventFeature, feature_collection
    from geo.model.geojson import dumps
    from geo.readers import read_articles

    if not paths and not batches:
        raise InputError("give at least one article file or --jsonl batch")
    refuse_input_as_output(output, [*paths, *batches])
    articles = read_articles(paths, published=published, jsonl=batches)
    parser = default_parser()
    if articles:  # open the index and lexicon first: a cache problem stops the command with one line
        _ = parser.gazetteer
    features: list[EventFeature] = []
    skipped = 0
    for article in articles:
        try:
            features.extend(parser.extract_features(article, min_confidence=min_confidence))
        except Exception as exc:  # one bad article never sinks the batch: report it and go on
            skipped += 1
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            click.echo(f"skipped article {article.id!r}: {type(exc).__name__}: {reason}", err=True)
    as_lines = bool(batches) if lines is None else lines
    if as_lines:
        text = "".join(
            json.dumps(f.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":")) + "\n"
            for f in features
        )
    else:
        text = dumps(feature_collection(features))
    if output is None:
        click.echo(text, nl=False)
    else:
        atomic_write_text(output, text)
        click.echo(f"wrote {len(features)} features from {len(articles)} articles to {output}", err=True)
    if skipped:
        raise click.exceptions.Exit(_SKIPPED_EXIT)
