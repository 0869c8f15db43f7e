"""``geo curate``: build event features from curation files."""

from __future__ import annotations

from pathlib import Path

import click

from geo.errors import CurationError
from geo.io import atomic_write_text, refuse_input_as_output


@click.command("curate")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="GeoJSON file to write (default: standard output).",
)
@click.option(
    "--articles",
    "articles_dir",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    help="Folder with the article texts (<article id>.txt): fingerprints and offsets the files leave out "
    "or give as words are computed from them, the others are checked against them.",
)
def command(inputs: tuple[Path, ...], output: Path | None, articles_dir: Path | None) -> None:
    """Build event features from curation YAML files or folders INPUTS."""
    # deferred: loads the heavy stack (pandas, pyarrow, folium) only for this command
    from geo.importers.curation import build_features, check_article_text, curation_paths, load_curation
    from geo.importers.curation_text import read_article_text
    from geo.model.geojson import dumps

    sources = curation_paths(inputs)
    refuse_input_as_output(output, sources)
    curations = [load_curation(path, articles_dir=articles_dir) for path in sources]
    if articles_dir is not None:
        problems = []
        for curation in curations:
            text = read_article_text(curation.article.id, articles_dir)
            if text is None:
                missing = articles_dir / f"{curation.article.id}.txt"
                problems.append(f"article text {str(missing)!r} is missing")
                continue
            problems.extend(check_article_text(curation, text))
        if problems:
            raise CurationError("; ".join(problems))
    collection = build_features(curations)
    text = dumps(collection)
    if output is None:
        click.echo(text, nl=False)
    else:
        atomic_write_text(output, text)
        click.echo(f"wrote {len(collection.features)} features to {output}", err=True)
