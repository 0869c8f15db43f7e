"""The ``geo`` command: one click group, each subcommand in its own module."""

from __future__ import annotations

import logging

import click

from geo import __version__
from geo.errors import GeoError


class _Group(click.Group):
    """A group that reports :class:`GeoError` as a one-line message with exit code 1."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except GeoError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="geo")
@click.option("-v", "--verbose", count=True, help="More log output (repeatable).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
def cli(verbose: int, quiet: bool) -> None:
    """Offline geoparsing of mission news into GeoJSON events and layered maps.

    The documentation ships with geo: `geo docs` lists its topics, `geo docs extract` prints one.
    """
    level = (
        logging.ERROR
        if quiet
        else (logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    )
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


from geo.cli import (  # noqa: E402 - the subcommands register on the group defined above
    assets,
    chart,
    curate,
    docs,
    eval,
    export,
    extract,
    figure,
    gazetteer,
    geocode,
    import_,
    map,
    review,
    validate,
)

for _module in (
    assets,
    chart,
    curate,
    docs,
    eval,
    export,
    extract,
    figure,
    geocode,
    import_,
    map,
    review,
    validate,
):
    cli.add_command(_module.command)
cli.add_command(gazetteer.command)


def main() -> None:
    """Entry point of the ``geo`` console script."""
    cli(prog_name="geo")
