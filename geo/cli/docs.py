"""``geo docs [TOPIC]``: the documentation that ships with geo, readable offline.

A wheel carries the repository's ``docs/`` folder as ``geo/_docs``; a source checkout reads ``docs/`` in
place. Help texts point here (``geo docs exports``) instead of to a web site, since many users work on
machines without network.
"""

from __future__ import annotations

from pathlib import Path

import click

from geo.errors import InputError

__all__ = ["command", "docs_dir", "topics"]

_PACKAGE_DIR = Path(__file__).resolve().parents[1]


def docs_dir() -> Path:
    """Return the folder of the shipped documentation (wheel or source checkout).

    Raises
    ------
    InputError
        If neither ``geo/_docs`` nor the checkout's ``docs/`` exists.
    """
    for candidate in (_PACKAGE_DIR / "_docs", _PACKAGE_DIR.parent / "docs"):
        if candidate.is_dir() and any(candidate.glob("*.md")):
            return candidate
    raise InputError("the documentation is missing from this installation (no geo/_docs folder)")


def topics() -> dict[str, str]:
    """Return topic name -> first heading of each shipped document, sorted by name."""
    found: dict[str, str] = {}
    for path in sorted(docs_dir().glob("*.md")):
        first = next((line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()), "")
        found[path.stem] = first.lstrip("# ").strip()
    return found


@click.command("docs")
@click.argument("topic", required=False)
def command(topic: str | None) -> None:
    """Print the documentation on TOPIC (for example `geo docs exports`), or list the topics."""
    known = topics()
    if topic is None:
        width = max(len(name) for name in known)
        for name, heading in known.items():
            click.echo(f"{name.ljust(width)}  {heading}")
        click.echo(f"\n{docs_dir()}")
        return
    if topic not in known:
        raise InputError(f"no documentation topic {topic!r}; topics: {', '.join(known)}")
    click.echo((docs_dir() / f"{topic}.md").read_text(encoding="utf-8"), nl=False)
