"""The ``geo`` command: one click group, each subcommand in its own module."""

from __future__ import annotations

import logging
import sys

import click

from geo import __version__
from geo.errors import GeoError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="geo")
@click.option("-v", "--verbose", count=True, help="More log output (repeatable).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
def cli(verbose: int, quiet: bool) -> None:
    """Offline geoparsing of mission news into GeoJSON events and layered maps."""
    level = logging.ERROR if quiet else (logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


def _register() -> None:
    from geo.cli import curate, geocode, map, validate

    for module in (curate, geocode, map, validate):
        cli.add_command(module.command)


_register()


def main() -> None:
    """Run the CLI, turning :class:`GeoError` into a one-line message and exit code 1."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except GeoError as exc:
        click.echo(f"geo: error: {exc}", err=True)
        sys.exit(1)
