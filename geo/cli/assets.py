"""``geo assets``: npm packages (plugins; Leaflet when XStatic-Leaflet lacks folium's version) in the cache.

Map pages carry Leaflet from the ``XStatic-Leaflet`` package (listed as ``packaged``); the npm
cache is only needed for pages that link other packages on a CDN.
"""

from __future__ import annotations

from pathlib import Path

import click


@click.group("assets")
def command() -> None:
    """Fetch and list the web assets that offline maps (geo map --offline) inline."""


@command.command("fetch")
@click.argument("specs", nargs=-1)
@click.option(
    "--page",
    "pages",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Also fetch what this map page loads (repeatable).",
)
@click.option("--timeout", default=300.0, show_default=True, type=float, help="Seconds to wait for npm.")
def fetch(specs: tuple[str, ...], pages: tuple[str, ...], timeout: float) -> None:
    """Fetch npm packages into the user cache with 'npm pack' (once; later runs reuse them).

    SPECS are name@version; without them, the packages geo maps load (any plugin they
    reference, and Leaflet at the version folium pins unless XStatic-Leaflet ships it).
    """
    # deferred: loads the heavy stack (pandas, pyarrow, folium) only for this command
    from geo.maps.assets import fetch_npm_package, npm_cache_dir, package_dir, parse_package_spec
    from geo.maps.leaflet import packaged_leaflet_dir
    from geo.maps.packages import required_packages

    texts = [Path(page).read_text(encoding="utf-8") for page in pages]
    packaged = packaged_leaflet_dir()
    packages = [parse_package_spec(spec) for spec in specs] or required_packages(texts)
    if specs and texts:
        packages += [p for p in required_packages(texts) if p not in packages]
    cache = npm_cache_dir()
    for package in packages:
        if not specs and packaged is not None and package.name == "leaflet":
            click.echo(f"{package}\tpackaged\t{packaged}")  # XStatic-Leaflet: nothing to fetch
            continue
        cached = (package_dir(package.name, package.version, cache) / "package.json").is_file()
        folder = fetch_npm_package(package.name, package.version, cache, timeout=timeout)
        click.echo(f"{package}\t{'cached' if cached else 'fetched'}\t{folder}")


@command.command("list")
def list_() -> None:
    """List the packages geo maps load and whether each is in the cache."""
    # deferred: loads the heavy stack (pandas, pyarrow, folium) only for this command
    from geo.maps.assets import npm_cache_dir, package_dir
    from geo.maps.leaflet import packaged_leaflet_dir
    from geo.maps.packages import required_packages

    cache = npm_cache_dir()
    packaged = packaged_leaflet_dir()
    missing = 0
    for package in required_packages():
        if packaged is not None and package.name == "leaflet":
            click.echo(f"{package}\tpackaged\t{packaged}")
            continue
        folder = package_dir(package.name, package.version, cache)
        present = (folder / "package.json").is_file()
        missing += not present
        click.echo(f"{package}\t{'cached' if present else 'missing'}\t{folder}")
    if missing:
        click.echo("run 'geo assets fetch' to fetch the missing packages", err=True)


@command.command("path")
def path() -> None:
    """Print the folder holding the fetched npm packages."""
    # deferred: loads the heavy stack (pandas, pyarrow, folium) only for this command
    from geo.maps.assets import npm_cache_dir

    click.echo(str(npm_cache_dir()))
