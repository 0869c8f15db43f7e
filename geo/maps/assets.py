"""The web assets a map page references, and local copies of them from the npm registry.

A map page loads Leaflet's JavaScript and CSS (the version folium pins) from a CDN address of the
form ``https://<cdn>/npm/<name>@<version>/<path>``. :func:`fetch_npm_package` installs the same
files with the ``npm`` client (``npm pack``) into a cache folder, so that tests can serve them to a
browser with the network off, and offline maps can inline them.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

import folium

from geo.errors import GeoIOError, InputError

__all__ = [
    "CdnAsset",
    "fetch_npm_package",
    "leaflet_links",
    "leaflet_version",
    "page_assets",
    "parse_cdn_url",
]

logger = logging.getLogger(__name__)

_NPM_NAME = re.compile(r"^(?:@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*$")
_NPM_VERSION = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.+-]*$")
_CDN_PATH = re.compile(r"^/npm/(?P<name>(?:@[^/@]+/)?[^/@]+)@(?P<version>[^/]+)/(?P<path>.+)$")


class CdnAsset(NamedTuple):
    """A file of an npm package addressed through a CDN URL."""

    name: str
    version: str
    path: str


def parse_cdn_url(url: str) -> CdnAsset | None:
    """Split an npm CDN URL (``…/npm/leaflet@1.9.3/dist/leaflet.js``) into package, version and path.

    Parameters
    ----------
    url
        An absolute URL.

    Returns
    -------
    CdnAsset or None
        None when the URL does not address an npm package file.
    """
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        return None
    match = _CDN_PATH.match(parts.path)
    if match is None or ".." in match["path"].split("/"):
        return None
    return CdnAsset(match["name"], match["version"], match["path"])


def leaflet_links(links: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Keep only Leaflet's own JS and CSS from folium-style ``(name, url)`` resource lists."""
    return [(name, url) for name, url in links if name in {"leaflet", "leaflet_css"}]


def page_assets(links: Iterable[tuple[str, str]] | None = None) -> list[CdnAsset]:
    """Return the npm files behind ``links`` (default: the Leaflet JS and CSS a geo map loads)."""
    if links is None:
        links = leaflet_links([*folium.Map.default_js, *folium.Map.default_css])
    return [asset for _, url in links if (asset := parse_cdn_url(url)) is not None]


def leaflet_version() -> str:
    """Return the Leaflet version the installed folium references (for example ``"1.9.3"``)."""
    for asset in page_assets():
        if asset.name == "leaflet":
            return asset.version
    raise GeoIOError(f"folium references no Leaflet package in {folium.Map.default_js!r}")


def fetch_npm_package(name: str, version: str, dest: str | Path, *, timeout: float = 300.0) -> Path:
    """Install the files of npm package ``name@version`` under ``dest`` and return their folder.

    The package tarball is fetched with ``npm pack`` (npm's own registry settings and cache apply)
    and extracted with :mod:`tarfile`'s ``data`` filter. A complete earlier copy is reused, so
    only the first call needs the network.

    Parameters
    ----------
    name
        Package name, e.g. ``"leaflet"`` or ``"@scope/pkg"``.
    version
        Exact version, e.g. ``"1.9.3"``.
    dest
        Cache folder; the files go to ``dest/<name>@<version>/`` (the tarball's ``package/`` folder).
    timeout
        Seconds to wait for npm.

    Returns
    -------
    Path
        The folder holding the package files (``package.json``, ``dist/`` …).

    Raises
    ------
    InputError
        If ``name`` or ``version`` is not a valid npm package name or exact version.
    GeoIOError
        If npm is not installed, fails, or the tarball cannot be extracted.
    """
    if not _NPM_NAME.match(name):
        raise InputError(f"not an npm package name: {name!r}")
    if not _NPM_VERSION.match(version):
        raise InputError(f"not an exact npm version: {version!r}")
    root = Path(dest)
    target = root / f"{name.replace('/', '+')}@{version}"
    if (target / "package.json").is_file():
        return target
    npm = shutil.which("npm")
    if npm is None:
        raise GeoIOError(
            f"cannot fetch {name + '@' + version!r}: the 'npm' command is not installed "
            "(Debian: apt-get install npm)"
        )
    root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=root, prefix=".fetch-") as tmp:
        tarball = _npm_pack(npm, f"{name}@{version}", Path(tmp), timeout=timeout)
        unpacked = Path(tmp) / "unpacked"
        try:
            with tarfile.open(tarball, "r:gz") as archive:
                archive.extractall(unpacked, filter="data")
        except (tarfile.TarError, OSError) as exc:
            raise GeoIOError(f"cannot extract {str(tarball)!r}: {exc}") from exc
        package = unpacked / "package"
        if not (package / "package.json").is_file():
            raise GeoIOError(f"{str(tarball)!r} has no package/package.json")
        try:
            package.replace(target)
        except OSError:
            if not (target / "package.json").is_file():  # not merely lost a race with another process
                raise
    logger.info("fetched npm package %s@%s into %s", name, version, target)
    return target


def _npm_pack(npm: str, spec: str, folder: Path, *, timeout: float) -> Path:
    command = [npm, "pack", spec, "--json", "--pack-destination", str(folder)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise GeoIOError(f"npm pack {spec!r} failed: {exc}") from exc
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise GeoIOError(f"npm pack {spec!r} failed (exit {done.returncode}): {' | '.join(tail)!r}")
    try:
        filename = json.loads(done.stdout)[0]["filename"]
    except (ValueError, LookupError, TypeError):
        tarballs = sorted(folder.glob("*.tgz"))
        if len(tarballs) != 1:
            raise GeoIOError(f"npm pack {spec!r} produced no tarball in {str(folder)!r}") from None
        return tarballs[0]
    # Scoped packages are packed as "scope-name-1.0.0.tgz" while --json may report "@scope/…".
    path = folder / Path(filename.replace("@", "").replace("/", "-")).name
    if not path.is_file():
        tarballs = sorted(folder.glob("*.tgz"))
        if len(tarballs) != 1:
            raise GeoIOError(f"npm pack {spec!r} produced no tarball in {str(folder)!r}")
        path = tarballs[0]
    return path
