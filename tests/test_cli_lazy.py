"""The ``geo`` group loads a subcommand's module only when that command runs or help lists them."""

from __future__ import annotations

import subprocess
import sys

import click
from click.testing import CliRunner

from geo.cli import _COMMANDS, cli

_PROBE = """
import sys
from click.testing import CliRunner
from geo.cli import cli
result = CliRunner().invoke(cli, ["extract", "--help"])
assert result.exit_code == 0, result.output
loaded = sorted(name for name in sys.modules if name.startswith("geo.cli."))
print(" ".join(loaded))
"""


def test_extract_loads_no_other_subcommand() -> None:
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True).stdout
    loaded = set(out.split())
    assert "geo.cli.extract" in loaded
    others = {"geo.cli.map", "geo.cli.figure", "geo.cli.export", "geo.cli.aggregate", "geo.cli.review"}
    assert not loaded & others


def test_help_lists_every_subcommand() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in _COMMANDS:
        assert f"  {name} " in result.output


def test_loaded_subcommands_take_quiet_after_their_name() -> None:
    for name in ("geocode", "review"):
        command = cli.get_command(click_context(), name)
        assert command is not None
        assert command.name == name
    review = cli.get_command(click_context(), "review")
    assert review is not None
    apply = review.get_command(click_context(), "apply")  # type: ignore[attr-defined]
    assert any("-q" in param.opts for param in apply.params)


def click_context() -> click.Context:
    return click.Context(cli)


def test_the_extract_pipeline_loads_yaml_only_to_read_yaml() -> None:
    probe = (
        "import sys, geo.cli._extract_run, geo.readers.meta, geo.io\n"
        "assert 'yaml' not in sys.modules, 'yaml loaded at import'\n"
        "meta, body = geo.readers.meta.split_front_matter('---\\ntitle: A\\n---\\nText.\\n', where='x')\n"
        "assert meta == {'title': 'A'} and body == 'Text.\\n'\n"
        "assert 'yaml' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)


def test_a_mistyped_command_is_told_the_nearest_one() -> None:
    result = CliRunner().invoke(cli, ["extrac"])
    assert result.exit_code == 2
    assert "No such command 'extrac'. Did you mean 'extract'?" in result.output


def test_the_extract_pipeline_loads_the_validators_only_to_read_geojson() -> None:
    probe = (
        "import sys, json, tempfile, pathlib, geo.cli._extract_run\n"
        "assert 'geo.model.validate' not in sys.modules, 'validators loaded at import'\n"
        "assert 'geo.model.fastcheck' not in sys.modules\n"
        "from geo.model.geojson import load_feature_collection\n"
        "path = pathlib.Path(tempfile.mkdtemp()) / 'empty.geojson'\n"
        "path.write_text(json.dumps({'type': 'FeatureCollection', 'features': []}))\n"
        "assert load_feature_collection(path)['features'] == []\n"
        "assert 'geo.model.validate' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)
