"""Self-contained map pages: every script, stylesheet and stylesheet image inlined from the npm cache.

:func:`inline_assets` turns a rendered map page into one that asks the network for nothing while
it opens: each ``<script src>`` and ``<link rel="stylesheet">`` pointing at an npm package file on
a CDN (jsDelivr, unpkg, cdnjs) is replaced by the file's text from the local npm cache (see
:mod:`geo.maps.assets` and ``geo assets fetch``); images and fonts that stylesheets reference
with ``url(…)`` become ``data:`` URIs; source-map comments are dropped; and an empty ``data:``
favicon stops the browser from asking for ``/favicon.ico``. Nothing is fetched here: a missing
package is an error that names the ``geo assets fetch`` command to run once while online.

:func:`make_offline` prepares a map for such a page: the country-outline basemap of
:mod:`geo.maps.basemap` becomes the base layer shown at opening, the tile layers stay selectable,
and the place names of :mod:`geo.maps.labels` are shown at opening.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

import folium

from geo.errors import GeoIOError, InputError
from geo.maps.assets import (
    TAG_PATTERN,
    CdnAsset,
    NpmPackage,
    asset_for_url,
    cached_asset,
    npm_cache_dir,
    package_dir,
    tag_attributes,
)
from geo.maps.leaflet import data_uri, script_text, style_text

__all__ = ["OfflineAssetsMissingError", "inline_assets", "make_offline", "missing_packages"]

logger = logging.getLogger(__name__)


class OfflineAssetsMissingError(GeoIOError):
    """The npm packages an offline page needs are not in the local cache."""

    def __init__(self, packages: list[NpmPackage], cache: Path) -> None:
        self.packages = packages
        specs = " ".join(str(p) for p in packages)
        super().__init__(
            f"the offline page needs npm package(s) not in the cache {str(cache)!r}: {specs!r}; "
            f"run 'geo assets fetch {specs}' once on a machine that reaches the npm registry"
        )


_CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)""", re.IGNORECASE)
_CSS_IMPORT = re.compile(r"""@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?\s*\)?[^;]*;""", re.IGNORECASE)
#: A favicon that needs no request.
_FAVICON = '<link rel="icon" href="data:,">'


class _Inliner:
    """Resolves URLs of one page against the npm cache, remembering what is missing."""

    def __init__(self, cache: Path) -> None:
        self.cache = cache
        self.missing: dict[NpmPackage, None] = {}
        self.inlined: list[str] = []

    def file_for(self, url: str, *, what: str) -> tuple[CdnAsset, Path] | None:
        asset = asset_for_url(url)
        if asset is None:
            raise InputError(
                f"cannot inline the {what} {url!r}: it is not a file of an exactly versioned npm "
                "package on jsDelivr (/npm/name@version/…), unpkg or cdnjs"
            )
        path = cached_asset(asset, self.cache)
        if path is None:
            package = NpmPackage(asset.name, asset.version)
            if (package_dir(asset.name, asset.version, self.cache) / "package.json").is_file():
                raise GeoIOError(f"npm package {str(package)!r} has no file {asset.path!r} for {url!r}")
            self.missing.setdefault(package, None)
            return None
        self.inlined.append(url)
        return asset, path

    def css(self, css: str, base: tuple[CdnAsset, Path] | None) -> str:
        """Inline ``@import`` and ``url(…)`` references of ``css`` (relative to ``base``)."""

        def resolve(ref: str) -> tuple[CdnAsset, Path] | str | None:
            ref = ref.strip()
            if not ref or ref.startswith(("data:", "#")):
                return ref
            if re.match(r"^[a-z][a-z0-9+.-]*:|^//", ref, re.IGNORECASE):
                url = "https:" + ref if ref.startswith("//") else ref
                return self.file_for(url, what="stylesheet reference")
            if base is None:
                raise InputError(
                    f"cannot inline the relative stylesheet reference {ref!r} of an inline style"
                )
            asset, path = base
            package = package_dir(asset.name, asset.version, self.cache).resolve()
            target = (path.parent / unquote(ref.split("#")[0].split("?")[0])).resolve()
            if not target.is_file() or not target.is_relative_to(package):
                logger.warning("%s has no file %r (from %r); left out", asset.name, ref, asset.path)
                return "data:,"
            return CdnAsset(asset.name, asset.version, target.relative_to(package).as_posix()), target

        def replace_import(match: re.Match[str]) -> str:
            found = resolve(match[1])
            if isinstance(found, str):
                return match[0]
            if found is None:
                return ""
            return self.css(found[1].read_text(encoding="utf-8"), found)

        def replace_url(match: re.Match[str]) -> str:
            ref = next(g for g in match.groups() if g is not None)
            found = resolve(ref)
            if isinstance(found, str):
                return f'url("{found}")' if found != ref.strip() else match[0]
            if found is None:
                return match[0]
            return f'url("{data_uri(found[1])}")'

        return _CSS_URL.sub(replace_url, _CSS_IMPORT.sub(replace_import, css))


def _replace_tags(html: str, handle: Callable[[str], str | None]) -> str:
    """Replace each script/style/link tag by ``handle(tag)`` (None keeps it); skip comments."""
    out: list[str] = []
    last = 0
    for match in TAG_PATTERN.finditer(html):
        text = match[0]
        if text.startswith("<!--"):
            continue
        new = handle(text)
        if new is not None:
            out.append(html[last : match.start()])
            out.append(new)
            last = match.end()
    out.append(html[last:])
    return "".join(out)


def inline_assets(html: str, *, cache: str | Path | None = None) -> str:
    """Return ``html`` with every external script and stylesheet inlined from the npm cache.

    Parameters
    ----------
    html
        A rendered page or fragment (``geo.maps.render_html``, :mod:`geo.maps.embed`).
    cache
        The npm cache folder (default ``settings.cache_dir / "npm"``, filled by
        ``geo assets fetch``).

    Returns
    -------
    str
        The page with ``<script>…</script>`` and ``<style>…</style>`` in place of the CDN links,
        stylesheet images and fonts as ``data:`` URIs, source-map comments dropped, other
        ``<link>``\\ s to remote resources (preloads, icons) removed and an empty favicon added
        to a page's ``<head>``.

    Raises
    ------
    OfflineAssetsMissingError
        If a package the page needs is not in the cache (the message names the command that
        fetches it); nothing is fetched here.
    InputError
        If the page loads a script or stylesheet that is not an npm package file on a known CDN.
    """
    root = Path(cache) if cache is not None else npm_cache_dir()
    inliner = _Inliner(root)

    def handle(tag: str) -> str | None:
        lower = tag[:7].lower()
        attrs = tag_attributes(tag)
        if lower.startswith("<script"):
            src = attrs.get("src")
            if not src:
                return None
            found = inliner.file_for(src, what="script")
            if found is None:
                return tag
            kind = attrs.get("type")
            opening = f'<script type="{kind}">' if kind and kind != "text/javascript" else "<script>"
            return f"{opening}{script_text(found[1].read_text(encoding='utf-8'))}</script>"
        if lower.startswith("<style"):
            body_start = tag.find(">") + 1
            body_end = tag.lower().rfind("</style")
            css = tag[body_start:body_end]
            if "url(" not in css.lower() and "@import" not in css.lower():
                return None
            return tag[:body_start] + style_text(inliner.css(css, None)) + tag[body_end:]
        # <link>
        href = attrs.get("href", "")
        rels = attrs.get("rel", "").lower().split()
        if "stylesheet" in rels and href:
            found = inliner.file_for(href, what="stylesheet")
            if found is None:
                return tag
            css = inliner.css(found[1].read_text(encoding="utf-8"), found)
            return f"<style>{style_text(css)}</style>"
        if href and not href.startswith("data:") and re.match(r"^(https?:)?//", href, re.IGNORECASE):
            logger.info("dropped %r from the offline page", tag)
            return ""
        return None

    result = _replace_tags(html, handle)
    if inliner.missing:
        raise OfflineAssetsMissingError(list(inliner.missing), root)
    head = re.search(r"<head\b[^>]*>", result, re.IGNORECASE)
    if head is not None and not re.search(
        r"<link\b[^>]*\brel=[\"']?(?:shortcut )?icon", result, re.IGNORECASE
    ):
        result = result[: head.end()] + "\n" + _FAVICON + result[head.end() :]
    logger.debug("inlined %d files: %s", len(inliner.inlined), inliner.inlined)
    return result


def missing_packages(html: str, *, cache: str | Path | None = None) -> list[NpmPackage]:
    """Return the npm packages ``html`` loads that are not in the cache (empty when all are)."""
    try:
        inline_assets(html, cache=cache)
    except OfflineAssetsMissingError as exc:
        return exc.packages
    return []


def make_offline(m: folium.Map) -> folium.Map:
    """Return a copy of ``m`` whose opening base layer is the offline country-outline basemap.

    The tile layers stay in the layer control as alternatives (named "… (needs internet)");
    if one is chosen and its tiles fail, the page goes back to the outlines. ``m`` is not changed.

    Parameters
    ----------
    m
        A map, usually from :func:`geo.maps.build_map`.
    """
    from geo.maps.basemap import add_outline_basemap
    from geo.maps.labels import PlaceLabels

    offline: folium.Map = copy.deepcopy(m)
    labels = [child for child in offline._children.values() if isinstance(child, PlaceLabels)]
    for layer in labels:
        layer.show = True  # the outlines carry no names
    # The detailed layers cover where most events are.
    add_outline_basemap(offline, show=True, extent=labels[0].core if labels else None)
    return offline
