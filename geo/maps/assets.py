"""The web assets a map page references, and local copies of them from the npm registry.

A map page loads Leaflet's JavaScript and CSS (the version folium pins) and possibly plugins from
CDN addresses of an npm package file: ``https://cdn.jsdelivr.net/npm/<name>@<version>/<path>``,
``https://unpkg.com/<name>@<version>/<path>`` or cdnjs's
``https://cdnjs.cloudflare.com/ajax/libs/<name>/<version>/<file>``. :func:`fetch_npm_package`
installs the same files with the ``npm`` client (``npm pack``) into the user cache
(:func:`npm_cache_dir`), so that tests can serve them to a browser with the network off and
offline maps can inline them (:mod:`geo.maps.offline`); :func:`geo.maps.packages.required_packages`
lists the packages a map page loads. Only ``geo assets fetch`` and the tests reach the network;
nothing here does at import.
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

from geo import settings
from geo.errors import GeoIOError, InputError

__all__ = [
    "TAG_PATTERN",
    "CdnAsset",
    "NpmPackage",
    "asset_for_url",
    "cached_asset",
    "fetch_npm_package",
    "leaflet_links",
    "leaflet_version",
    "npm_cache_dir",
    "package_dir",
    "page_assets",
    "page_urls",
    "parse_cdn_url",
    "parse_package_spec",
    "tag_attributes",
]

logger = logging.getLogger(__name__)

_NPM_NAME = re.compile(r"^(?:@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*\Z")
_NPM_VERSION = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.+-]*\Z")
_CDN_PATH = re.compile(r"^/npm/(?P<name>(?:@[^/@]+/)?[^/@]+)@(?P<version>[^/]+)/(?P<path>.+)\Z")


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
    target = package_dir(name, version, root)
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


class NpmPackage(NamedTuple):
    """An npm package at an exact version."""

    name: str
    version: str

    def __str__(self) -> str:
        return f"{self.name}@{self.version}"


_UNPKG_PATH = re.compile(r"^/(?P<name>(?:@[^/@]+/)?[^/@]+)@(?P<version>[^/]+)/(?P<path>.+)\Z")
_CDNJS_PATH = re.compile(r"^/ajax/libs/(?P<name>[^/]+)/(?P<version>[^/]+)/(?P<path>.+)\Z")
#: cdnjs library names that differ from the npm package name (lower-cased otherwise).
_CDNJS_NPM_NAMES = {"moment.js": "moment", "jqueryui": "jquery-ui"}
#: Where a file addressed by a CDN path may sit in the npm package (cdnjs flattens ``dist/``).
_PACKAGE_FOLDERS = ("", "dist/", "src/")


def npm_cache_dir() -> Path:
    """Return the folder holding fetched npm packages: ``settings.cache_dir / "npm"``."""
    return Path(settings.cache_dir) / "npm"


def package_dir(name: str, version: str, cache: str | Path | None = None) -> Path:
    """Return the folder of ``name@version`` in ``cache`` (default :func:`npm_cache_dir`)."""
    root = Path(cache) if cache is not None else npm_cache_dir()
    return root / f"{name.replace('/', '+')}@{version}"


def parse_package_spec(spec: str) -> NpmPackage:
    """Split ``"name@version"`` (``"@scope/name@version"``) into an :class:`NpmPackage`.

    Raises
    ------
    InputError
        If ``spec`` has no exact version or an invalid name.
    """
    name, at, version = spec.rpartition("@")
    if not at or not name or not _NPM_NAME.match(name) or not _NPM_VERSION.match(version):
        raise InputError(f"not an npm package spec of the form name@version: {spec!r}")
    return NpmPackage(name, version)


def asset_for_url(url: str) -> CdnAsset | None:
    """Return the npm package file behind a jsDelivr, unpkg or cdnjs URL, or None.

    Parameters
    ----------
    url
        An absolute ``http(s)`` URL from a ``<script src>`` or ``<link href>``.

    Returns
    -------
    CdnAsset or None
        None when the URL is not a file of an exactly versioned npm package on one of those CDNs.
    """
    asset = parse_cdn_url(url)
    if asset is not None:
        return asset
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        return None
    host = (parts.hostname or "").lower()
    if host == "unpkg.com":
        match = _UNPKG_PATH.match(parts.path)
        name = match["name"] if match else ""
    elif host == "cdnjs.cloudflare.com":
        match = _CDNJS_PATH.match(parts.path)
        name = _CDNJS_NPM_NAMES.get(match["name"].lower(), match["name"].lower()) if match else ""
    else:
        return None
    if match is None or ".." in match["path"].split("/"):
        return None
    if not _NPM_NAME.match(name) or not _NPM_VERSION.match(match["version"]):
        return None
    return CdnAsset(name, match["version"], match["path"])


def cached_asset(asset: CdnAsset, cache: str | Path | None = None) -> Path | None:
    """Return the cached file of ``asset`` (trying ``dist/`` and ``src/`` too), or None.

    Parameters
    ----------
    asset
        The package file, usually from :func:`asset_for_url`.
    cache
        The npm cache folder (default :func:`npm_cache_dir`).
    """
    folder = package_dir(asset.name, asset.version, cache).resolve()
    for prefix in _PACKAGE_FOLDERS:
        path = (folder / (prefix + asset.path)).resolve()
        if path.is_file() and path.is_relative_to(folder):
            return path
    return None


#: Script, style and link elements and comments of a page (inline script and style bodies whole,
#: so that text inside them is never taken for a tag).
TAG_PATTERN = re.compile(
    r"<script\b[^>]*>.*?</script\s*>|<style\b[^>]*>.*?</style\s*>|<link\b[^>]*>|<!--.*?-->",
    re.IGNORECASE | re.DOTALL,
)
_ATTR = re.compile(r"""([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")


def tag_attributes(tag: str) -> dict[str, str]:
    """Return the attributes of the opening tag at the start of ``tag`` (names lower-cased)."""
    from html import unescape

    end = tag.find(">")
    inner = tag[1:end] if end > 0 else tag[1:]
    inner = re.sub(r"^[A-Za-z]+", "", inner).rstrip("/")
    attrs: dict[str, str] = {}
    for match in _ATTR.finditer(inner):
        value = next((v for v in match.groups()[1:] if v is not None), "")
        attrs.setdefault(match[1].lower(), unescape(value))
    return attrs


def page_urls(html: str) -> list[str]:
    """Return the URLs of the page's external scripts and stylesheets, in page order.

    ``<script src>`` and ``<link rel="stylesheet" href>`` count; text inside inline scripts,
    styles and comments is skipped.
    """
    urls = []
    for match in TAG_PATTERN.finditer(html):
        text = match[0]
        if text.startswith("<!--"):
            continue
        attrs = tag_attributes(text)
        if text[:7].lower() == "<script" and attrs.get("src"):
            urls.append(attrs["src"])
        elif (
            text[:5].lower() == "<link"
            and "stylesheet" in attrs.get("rel", "").lower().split()
            and attrs.get("href")
        ):
            urls.append(attrs["href"])
    return urls
