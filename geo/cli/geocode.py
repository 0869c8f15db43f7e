"""``geo geocode NAME``: ranked gazetteer candidates for a place name."""

from __future__ import annotations

import json
from dataclasses import asdict

import click

from geo.gazetteer import default_gazetteer


@click.command("geocode")
@click.argument("name")
@click.option("--country", metavar="CC", help="ISO 3166-1 alpha-2 code of the expected country.")
@click.option("--limit", type=click.IntRange(min=1), default=5, show_default=True, help="Maximum candidates.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of a table.")
@click.option("--no-fuzzy", is_flag=True, help="Do not fall back to approximate matching.")
def command(name: str, country: str | None, limit: int, as_json: bool, no_fuzzy: bool) -> None:
    """Print the gazetteer candidates for NAME, best first (exit 1 when nothing matches)."""
    candidates = default_gazetteer().lookup(name, country=country, limit=limit, fuzzy=not no_fuzzy)
    if as_json:
        payload = [asdict(candidate) | {"geo_precision": candidate.geo_precision} for candidate in candidates]
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        if candidates:
            header = f"{'id':<24} {'class':<13} {'cc':<3} {'lon':>11} {'lat':>10} {'score':>6} {'match':<10}"
            click.echo(f"{header} name")
        for c in candidates:
            click.echo(
                f"{c.id:<24} {c.feature_class:<13} {c.country or '-':<3} {c.lon:>11.5f} {c.lat:>10.5f} "
                f"{c.score:>6.3f} {c.match:<10} {c.name}"
            )
    if not candidates:
        shown = name if len(name) <= 80 else f"{name[:80]}…"  # a pasted page stays a one-line message
        raise click.ClickException(f"no gazetteer entry matches {shown!r}")
