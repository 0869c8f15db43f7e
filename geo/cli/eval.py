"""``geo eval``: score geo (and the geotext peer) on gold corpora, or extracted events on curated ones."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("eval")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N documents of each corpus.")
@click.option("--no-peer", is_flag=True, help="Do not run the geotext peer.")
@click.option(
    "--resolution-only/--end-to-end",
    "resolution_only",
    default=None,
    help="Resolve the gold spans instead of recognising [default: resolution only for WikToR].",
)
@click.option(
    "--count-demonyms/--no-count-demonyms",
    "count_demonyms",
    default=None,
    help="Count demonym predictions as toponyms [default: yes for LGL, GeoWebNews, TR-News; "
    "see `geo docs recognition`].",
)
@click.option(
    "--corpus",
    "corpus_option",
    metavar="NAME",
    help="Corpus name (lgl, geowebnews, tr_news, geovirus, wiktor) [default: from the folder name].",
)
@click.option(
    "--against",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Curated GeoJSON to score INPUTS (extracted GeoJSON files) against, e.g. data/locations.geojson.",
)
@click.option(
    "--events",
    is_flag=True,
    help="Score event extraction: INPUTS are gold files in the news_events format (geo and a baseline), "
    "or, with --against, extracted GeoJSON scored with the event rules. See `geo docs extract`.",
)
def command(
    inputs: tuple[Path, ...],
    as_json: bool,
    limit: int | None,
    no_peer: bool,
    resolution_only: bool | None,
    count_demonyms: bool | None,
    corpus_option: str | None,
    against: Path | None,
    events: bool,
) -> None:
    """Score geoparsing on gold corpora INPUTS (JSON lines), or, with --against, extracted events.

    Corpus mode prints recognition precision, recall and F1 (span overlap), resolution accuracy within
    161 km and median error on the recognised toponyms, end-to-end accuracy within 161 km and documents
    per second, for geo and for the geotext peer.

    With --events, prints place and event precision, recall and F1, type accuracy and confusion, date
    exactness, number and mission accuracy, for geo and the baseline (--no-peer: geo only), on all, odd
    and even documents.
    """
    if events:
        _events(inputs, as_json=as_json, limit=limit, no_peer=no_peer, against=against)
        return
    if against is not None:
        # deferred: loads the heavy stack (pandas, pyarrow, folium) only for this command
        from geo.evaluation import compare_collections, format_against
        from geo.model.coerce import merge_collections
        from geo.model.geojson import load_feature_collection

        curated = load_feature_collection(against)
        extracted = merge_collections(load_feature_collection(path) for path in inputs)
        report = compare_collections(curated, extracted)
        if as_json:
            click.echo(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
        else:
            click.echo(format_against(report), nl=False)
        return

    # deferred: loads the heavy stack (pandas, pyarrow, folium) only for this command
    from geo.evaluation import (
        GeotextSystem,
        OurSystem,
        System,
        corpus_name,
        evaluate_corpus,
        format_scores,
        read_corpus,
    )
    from geo.gazetteer import default_gazetteer

    corpora = [(path, corpus_option or corpus_name(path), read_corpus(path, limit=limit)) for path in inputs]
    gazetteer = default_gazetteer()
    systems: list[System] = [OurSystem(gazetteer)]
    if not no_peer:
        systems.append(GeotextSystem(gazetteer))
    for system in systems:  # warm up: load lazily built indexes before the clock runs
        system.parse("Paris, France and Springfield, Illinois.")
    results = []
    for _, name, docs in corpora:
        results.extend(
            evaluate_corpus(
                docs, systems, corpus=name, resolution_only=resolution_only, count_demonyms=count_demonyms
            )
        )
    if as_json:
        click.echo(json.dumps([r.as_dict() for r in results], indent=2))
    else:
        click.echo(format_scores(results), nl=False)


def _events(
    inputs: tuple[Path, ...], *, as_json: bool, limit: int | None, no_peer: bool, against: Path | None
) -> None:
    """``geo eval --events``: score event extraction on gold files or against a curated collection."""
    # deferred: loads the heavy stack (pandas, pyarrow, folium) only for this command
    from geo.evaluation import format_events, read_event_gold, run_against, run_events
    from geo.gazetteer import default_gazetteer
    from geo.model.coerce import merge_collections
    from geo.model.geojson import load_feature_collection

    if against is not None:
        curated = load_feature_collection(against)
        extracted = merge_collections(load_feature_collection(path) for path in inputs)
        reports = [run_against(curated, extracted, gold=str(against))]
    else:
        gazetteer = default_gazetteer()
        reports = [
            run_events(
                read_event_gold(path, limit=limit), gold=str(path), gazetteer=gazetteer, baseline=not no_peer
            )
            for path in inputs
        ]
    if as_json:
        data = [r.as_dict() for r in reports]
        click.echo(json.dumps(data[0] if against is not None else data, indent=2, ensure_ascii=False))
    else:
        click.echo("\n".join(format_events(r) for r in reports), nl=False)
