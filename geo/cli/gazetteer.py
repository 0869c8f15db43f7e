"""``geo gazetteer build|add|list|remove``: the compiled index and the user's layers (docs/gazetteer.md)."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from geo import settings


@click.group("gazetteer")
def command() -> None:
    """Build the gazetteer index ahead of time and manage your own place layers."""


@contextmanager
def _ticking(what: str, *, quiet: bool) -> Iterator[None]:
    """Say what runs; on a terminal count the seconds on one line; at the end say how long it took."""
    if not quiet:
        click.echo(f"{what} ...", err=True)
    started = time.perf_counter()
    done = threading.Event()
    live = not quiet and sys.stderr.isatty()

    def tick() -> None:
        while not done.wait(1.0):
            click.echo(f"\r  {time.perf_counter() - started:4.0f} s", err=True, nl=False)

    thread = threading.Thread(target=tick, daemon=True)
    if live:
        thread.start()
    try:
        yield
    finally:
        done.set()
        if live:
            thread.join()
            click.echo("\r", err=True, nl=False)
    if not quiet:
        click.echo(f"  done in {time.perf_counter() - started:.1f} s", err=True)


def _quiet() -> bool:
    return bool(click.get_current_context().find_root().params.get("quiet"))


@command.command("build")
@click.option("--rebuild", is_flag=True, help="Build even if the index exists and is sound.")
@click.option(
    "--geonames",
    "geonames",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A GeoNames dump (allCountries.zip, XX.zip, cities1000.zip or its .txt); repeatable.",
)
@click.option(
    "--alternate-names",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="GeoNames alternateNamesV2.zip (or .txt) for the dumps given with --geonames.",
)
@click.option(
    "--name", "layer", default="geonames", show_default=True, help="Layer name of a GeoNames build."
)
@click.option("--no-merge", is_flag=True, help="Only compile the GeoNames layer; merge it on first use.")
def build(
    rebuild: bool, geonames: tuple[Path, ...], alternate_names: Path | None, layer: str, no_merge: bool
) -> None:
    """Build the compiled gazetteer index now (once; later runs open it), or compile GeoNames dumps into a
    layer with --geonames. Prints what it does and how long it took."""
    from geo.gazetteer.build import fingerprint  # deferred: the gazetteer loads only for this command
    from geo.gazetteer.index import Gazetteer, forget_default_gazetteer
    from geo.gazetteer.resources import data_dir

    quiet = _quiet()
    if alternate_names is not None and not geonames:
        raise click.UsageError("--alternate-names needs at least one --geonames dump")
    if geonames:
        from geo.gazetteer.geonames import build_geonames_layer  # deferred: only for GeoNames builds

        info = build_geonames_layer(
            geonames,
            alternate_names=alternate_names,
            layer=layer,
            quiet=quiet,
            progress=lambda line: click.echo(line, err=True),
        )
        click.echo(f"layer {info.name!r}: {info.places:,} places, {info.names:,} names ({info.path})")
        if no_merge:
            return
    base = Path(settings.cache_dir) / f"gazetteer-{fingerprint(data_dir('gazetteer'))}.sqlite"
    if rebuild or not base.exists():
        what = (
            f"building the gazetteer index from the packaged sources into {base} "
            "(about a minute of CPU time, longer on a busy machine; 150 MB)"
        )
        with _ticking(what, quiet=quiet):
            Gazetteer.open(base, rebuild=rebuild).close()
    from geo.gazetteer.layers import layered_index, list_layers

    layers = list_layers()
    if layers:
        names = ", ".join(layer.name for layer in layers)
        with _ticking(f"merging the layers ({names}) into a copy of the index", quiet=quiet):
            layered_index(base)
    forget_default_gazetteer()
    with Gazetteer.open() as gazetteer:
        stats = gazetteer.stats()
        size = gazetteer.path.stat().st_size
        click.echo(
            f"{gazetteer.path}: {stats['places']:,} places, {stats['names']:,} names, {size / 1e6:.0f} MB"
        )


@command.command("add")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--name", "layer", help="Layer name (default: the file's name without extension).")
@click.option(
    "--from-events",
    is_flag=True,
    help="FILE is event data (UCDP GED CSV, ACLED CSV, geo events GeoJSON): learn its named places.",
)
@click.option("--append", is_flag=True, help="Add to the layer's places instead of replacing them.")
def add(file: Path, layer: str | None, from_events: bool, append: bool) -> None:
    """Add the places of FILE (CSV, GeoJSON or GeoPackage) as a user layer of the gazetteer."""
    from geo.gazetteer.user import add_file, add_places  # deferred: the gazetteer loads only for this command

    if from_events:
        from geo.gazetteer.learn import learn_places  # deferred: the event readers

        learned = learn_places(file)
        name = layer or "events-" + "".join(ch if ch.isalnum() else "-" for ch in file.stem)[:50]
        info = add_places(learned.places, layer=name, replace_layer=not append, source=file.name)
        click.echo(learned.summary, err=True)
    else:
        info = add_file(file, layer=layer, replace_layer=not append)
    click.echo(f"layer {info.name!r}: {info.places:,} places, {info.names:,} names ({info.path})")


@command.command("list")
def list_() -> None:
    """List the layers (kind, places, names, source file)."""
    from geo.gazetteer.layers import layers_dir, list_layers  # deferred: the gazetteer

    layers = list_layers()
    if not layers:
        click.echo(f"no layers in {layers_dir()}", err=True)
    for info in layers:
        click.echo(
            f"{info.name:<24} {info.kind:<8} {info.places:>9,} places {info.names:>10,} names  {info.source}"
        )


@command.command("remove")
@click.argument("layer")
def remove(layer: str) -> None:
    """Remove the layer LAYER (its places leave the index on next use)."""
    from geo.gazetteer.index import forget_default_gazetteer  # deferred: the gazetteer
    from geo.gazetteer.layers import remove_layer

    info = remove_layer(layer)
    forget_default_gazetteer()
    click.echo(f"removed layer {info.name!r} ({info.places:,} places)")
