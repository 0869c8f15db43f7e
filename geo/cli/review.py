"""``geo review``: review and correct events in the browser; ``geo review apply``: re-apply the decisions."""

from __future__ import annotations

from pathlib import Path

import click

from geo.io import atomic_write_text, refuse_input_as_output


class _ReviewGroup(click.Group):
    """``geo review EVENTS …`` opens the page; ``geo review apply …`` is the subcommand."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["open", *args]
        return super().parse_args(ctx, args)


@click.group("review", cls=_ReviewGroup)
def command() -> None:
    """Review extracted events in the browser (geo review EVENTS --articles PATH...), or re-apply the
    saved decisions to a later extraction (geo review apply DECISIONS EVENTS -o OUT)."""


def _default(events: Path, suffix: str) -> Path:
    name = events.name.removesuffix(".geojson").removesuffix(".json")
    return events.with_name(f"{name}{suffix}")


_ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")


def _article_files(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in _ARTICLE_SUFFIXES))
        else:
            found.append(path)
    return found


@command.command("open")
@click.argument("events", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.argument("more", nargs=-1, type=click.Path(path_type=Path, exists=True))
@click.option(
    "--articles",
    "articles",
    multiple=True,
    required=True,
    type=click.Path(path_type=Path, exists=True),
    help="Article files or folders the events cite (.txt, .md, .html, .jsonl); the paths after it count too.",
)
@click.option("--published", metavar="DATE", help="Publication date for articles whose metadata gives none.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Reviewed GeoJSON to write on save [default: EVENTS with .reviewed.geojson].",
)
@click.option(
    "--decisions",
    "decisions_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Decisions file to write on save; read first when it exists [default: EVENTS with .review.yaml].",
)
@click.option(
    "--curation",
    "curation_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder where saves also write the reviewed events as curation files (geo curate reads them).",
)
@click.option(
    "--add-places",
    "places_layer",
    metavar="LAYER",
    help="On save, add the named points dropped on the map (site or town precision) to this user "
    "gazetteer layer (geo gazetteer list), so later extractions find them.",
)
@click.option("--port", type=click.IntRange(0, 65535), default=0, help="TCP port [default: a free one].")
@click.option("--no-browser", is_flag=True, help="Print the address only; do not open a browser.")
def open_(
    events: Path,
    more: tuple[Path, ...],
    articles: tuple[Path, ...],
    published: str | None,
    output: Path | None,
    decisions_path: Path | None,
    curation_dir: Path | None,
    places_layer: str | None,
    port: int,
    no_browser: bool,
) -> None:
    """Open the review page for EVENTS (served on 127.0.0.1 until Ctrl-C).

    geo review EVENTS --articles A.txt B.txt ... : the paths after --articles are articles too.
    """
    # deferred: the server's libraries (flask, the model) load only for this command
    import webbrowser

    from geo.model.coerce import as_collection
    from geo.readers import read_articles
    from geo.review.decisions import load_decisions
    from geo.review.server import ReviewServer
    from geo.review.session import ReviewSession

    output = output or _default(events, ".reviewed.geojson")
    decisions_path = decisions_path or _default(events, ".review.yaml")
    sources = _article_files([*articles, *more])
    refuse_input_as_output(output, [events, *sources])
    refuse_input_as_output(decisions_path, [events, *sources, output])
    collection = as_collection(events)
    texts = read_articles(sources, published=published)
    previous = load_decisions(decisions_path) if decisions_path.is_file() else None
    session = ReviewSession(collection, texts, output, decisions_path, previous, curation_dir, places_layer)
    server = ReviewServer(session, port=port)
    try:
        click.echo(f"review page: {server.url}")
        click.echo(f"saves go to {output} and {decisions_path}; Ctrl-C stops the server", err=True)
        if not no_browser:
            webbrowser.open(server.url)
        server.serve_forever()  # werkzeug returns on Ctrl-C
    except KeyboardInterrupt:
        pass  # Ctrl-C before serving started
    finally:
        server.stop()
    click.echo("review server stopped", err=True)


@command.command("apply")
@click.argument("decisions", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.argument("events", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Reviewed GeoJSON to write [default: standard output].",
)
def apply(decisions: Path, events: Path, output: Path | None) -> None:
    """Apply the review DECISIONS to the extracted EVENTS; events without a decision are kept and counted."""
    # deferred: the model loads only for this command
    from geo.model.coerce import as_collection
    from geo.model.geojson import dumps
    from geo.review.apply import apply_decisions
    from geo.review.decisions import load_decisions

    refuse_input_as_output(output, [decisions, events])
    loaded = load_decisions(decisions)
    applied = apply_decisions(as_collection(events), loaded)
    text = dumps(applied.collection)
    if output is None:
        click.echo(text, nl=False)
    else:
        atomic_write_text(output, text)
    click.echo(
        f"applied {applied.decided} decisions; {len(applied.pending)} events need a look "
        f"(new or changed); {len(applied.stale)} decisions found no event"
        + (f"; wrote {len(applied.collection.features)} features to {output}" if output else ""),
        err=True,
    )
