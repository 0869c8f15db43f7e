"""The ``geo`` command: one click group, each subcommand in its own module."""

from __future__ import annotations

import importlib
import logging
from typing import Any

import click

from geo import __version__, interrupts
from geo.cli._exit import begin, end
from geo.errors import GeoError


class _Group(click.Group):
    """A group that reports :class:`GeoError` as a one-line message with exit code 1 (and an error an
    interrupt caused as click reports Ctrl-C) and loads each subcommand's module on first use
    (:data:`_COMMANDS`)."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except GeoError as exc:
            raise click.ClickException(str(exc)) from exc
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except Exception as exc:  # Ctrl-C that came wrapped (geo.interrupts.caused): click's own stop
            if interrupts.caused(exc):
                raise click.exceptions.Abort() from None
            raise

    def list_commands(self, ctx: click.Context) -> list[str]:
        """All subcommand names, sorted (without importing their modules)."""
        return sorted({*_COMMANDS, *self.commands})

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """As click's, with "Did you mean" taken from every subcommand, loaded or not."""
        try:
            return super().resolve_command(ctx, args)
        except click.exceptions.NoSuchCommand as exc:
            raise click.exceptions.NoSuchCommand(
                exc.command_name, possibilities=self.list_commands(ctx), ctx=ctx
            ) from None

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """The subcommand ``cmd_name``, its module imported (and its ``-q``/``-v`` added) the first time."""
        if cmd_name not in self.commands and cmd_name in _COMMANDS:
            module = importlib.import_module(f"geo.cli.{_COMMANDS[cmd_name]}")
            command: click.Command = module.command
            # a group's subcommands take -q/-v after their name ("geo review apply -q ...")
            for sub in command.commands.values() if isinstance(command, click.Group) else (command,):
                _add_verbosity(sub)
            self.add_command(command, cmd_name)
        return self.commands.get(cmd_name)


def _set_verbosity(verbose: int, quiet: bool) -> None:
    """Set the log level (``-q``: errors only; ``-v`` info, ``-vv`` debug) and remember ``-q``."""
    level = (
        logging.ERROR
        if quiet
        else (logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    )
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger().setLevel(level)
    context = click.get_current_context(silent=True)
    if context is not None:
        context.find_root().meta["geo.quiet"] = quiet


def _after_subcommand(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """``-q``/``-v`` given after the subcommand: add to what the group got, then set the level again."""
    if value:
        meta = ctx.find_root().meta
        verbose = meta.get("geo.verbose", 0) + (value if param.name == "verbose" else 0)
        quiet = bool(meta.get("geo.quiet")) or (param.name == "quiet" and bool(value))
        meta["geo.verbose"] = verbose
        _set_verbosity(verbose, quiet)
    return value


def _add_verbosity(command: click.Command) -> None:
    """Give ``command`` the group's ``-v``/``-q`` unless it has options of those names itself."""
    taken = {opt for param in command.params for opt in param.opts}
    if not taken & {"-v", "--verbose"}:
        command.params.append(
            click.Option(
                ["-v", "--verbose"],
                count=True,
                expose_value=False,
                callback=_after_subcommand,
                help="More log output (repeatable; as before the command).",
            )
        )
    if not taken & {"-q", "--quiet"}:
        command.params.append(
            click.Option(
                ["-q", "--quiet"],
                is_flag=True,
                expose_value=False,
                callback=_after_subcommand,
                help="Only errors (as before the command).",
            )
        )


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="geo")
@click.option("-v", "--verbose", count=True, help="More log output (repeatable).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
def cli(verbose: int, quiet: bool) -> None:
    """Offline geoparsing of mission news into GeoJSON events and layered maps.

    The documentation ships with geo: `geo docs` lists its topics, `geo docs extract` prints one.
    """
    click.get_current_context().find_root().meta["geo.verbose"] = verbose
    _set_verbosity(verbose, quiet)


#: The subcommands: name -> module of geo.cli defining it as ``command``. Each module is imported when its
#: command runs (or help lists the commands): ``geo extract`` never loads the map, figure or export code.
_COMMANDS: dict[str, str] = {
    "aggregate": "aggregate",
    "assets": "assets",
    "chart": "chart",
    "curate": "curate",
    "docs": "docs",
    "eval": "eval",
    "export": "export",
    "extract": "extract",
    "figure": "figure",
    "gazetteer": "gazetteer",
    "geocode": "geocode",
    "import": "import_",
    "map": "map",
    "review": "review",
    "validate": "validate",
}


def main() -> None:
    """Entry point of the ``geo`` console script."""
    begin()
    interrupts.install()  # Ctrl-C is remembered, so no library can lose it (geo.interrupts)
    try:
        cli(prog_name="geo")
    except SystemExit as exc:
        if exc.code is None or isinstance(exc.code, int):
            end(exc.code or 0)  # no teardown after a command that allows it (geo.cli._exit)
        raise
