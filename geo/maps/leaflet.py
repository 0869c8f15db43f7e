"""Leaflet's JavaScript and CSS from the ``XStatic-Leaflet`` package, and how pages inline them.

Map pages run the Leaflet version that folium pins (:func:`geo.maps.assets.leaflet_version`).
The PyPI package ``XStatic-Leaflet`` (a core dependency; Leaflet is BSD-2-Clause) ships the same
release's ``leaflet.js``, ``leaflet.css`` and ``images/`` under ``xstatic/pkg/leaflet/data``, so
a page can carry Leaflet inline (about 160 kB) and open with no network and no npm at all.
:func:`packaged_leaflet` returns those files when the packaged version is the one folium pins;
when it is not (a newer folium, or the package missing), it logs a warning saying why and
returns None, and pages fall back to the CDN links (and ``--offline`` pages to the npm cache of
``geo assets fetch``).

The helpers :func:`script_text`, :func:`style_text` and :func:`data_uri` make a script or
stylesheet safe to put inside ``<script>`` / ``<style>`` (also used by :mod:`geo.maps.offline`).
"""

from __future__ import annotations

import base64
import functools
import logging
import mimetypes
import re
from pathlib import Path
from typing import Final, NamedTuple

from branca.element import Element, Figure

from geo.maps.assets import leaflet_version

try:
    from xstatic.pkg import leaflet as xstatic_leaflet  # XStatic-Leaflet, a core dependency
except ImportError:  # a broken install: pages fall back to Leaflet's CDN address
    xstatic_leaflet = None

__all__ = [
    "LeafletFiles",
    "add_packaged_leaflet",
    "data_uri",
    "inline_css_images",
    "packaged_leaflet",
    "packaged_leaflet_dir",
    "script_text",
    "style_text",
]

log = logging.getLogger(__name__)

#: The PyPI package that ships Leaflet's files.
PACKAGE: Final = "XStatic-Leaflet"

_JS_SOURCE_MAP = re.compile(r"^\s*//[#@]\s*sourceMappingURL=\S*\s*$", re.MULTILINE)
_CSS_SOURCE_MAP = re.compile(r"/\*[#@]\s*sourceMappingURL=[^*]*\*/")
_CSS_RELATIVE_URL = re.compile(
    r"""url\(\s*(["']?)(?![a-z][a-z0-9+.-]*:|/|#)([^)"'\s]+)\1\s*\)""", re.IGNORECASE
)
_EXTRA_TYPES: Final = {
    ".svg": "image/svg+xml",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".eot": "application/vnd.ms-fontobject",
    ".cur": "image/x-icon",
}


def _mime(path: Path) -> str:
    suffix = path.suffix.lower()
    return _EXTRA_TYPES.get(suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def data_uri(path: Path) -> str:
    """Return the file at ``path`` as a base64 ``data:`` URI with its media type."""
    return f"data:{_mime(path)};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def script_text(js: str) -> str:
    """Make JavaScript safe inside ``<script>``: no closing tag or comment opener can appear.

    Source-map comments are dropped (the map file is not on the page).
    """
    js = _JS_SOURCE_MAP.sub("", js)
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
    return js.replace("<!--", "<\\!--")


def style_text(css: str) -> str:
    """Make CSS safe inside ``<style>`` (no closing tag) and drop source-map comments."""
    return re.sub(r"</(style)", r"<\\/\1", _CSS_SOURCE_MAP.sub("", css), flags=re.IGNORECASE)


def inline_css_images(css: str, folder: Path) -> str:
    """Replace the relative ``url(…)`` references of ``css`` by ``data:`` URIs of files in ``folder``.

    A reference that leaves ``folder`` or names no file becomes ``data:,`` (an empty image), so the
    stylesheet never asks the network for anything.

    Parameters
    ----------
    css
        Stylesheet text whose relative URLs are relative to ``folder``.
    folder
        The stylesheet's folder.
    """
    root = folder.resolve()

    def replace(match: re.Match[str]) -> str:
        target = (root / match[2].split("#")[0].split("?")[0]).resolve()
        if not target.is_file() or not target.is_relative_to(root):
            log.warning("the stylesheet in %s has no file %r; left out", root, match[2])
            return 'url("data:,")'
        return f'url("{data_uri(target)}")'

    return _CSS_RELATIVE_URL.sub(replace, css)


class LeafletFiles(NamedTuple):
    """Leaflet's script and stylesheet, ready to inline."""

    version: str
    #: ``leaflet.js``, safe inside ``<script>`` (:func:`script_text`).
    script: str
    #: ``leaflet.css`` with its images as ``data:`` URIs, safe inside ``<style>``.
    style: str
    #: ``leaflet.js`` as shipped (for a server that sends it as a file).
    raw_script: bytes
    #: ``leaflet.css`` with its images as ``data:`` URIs (for a server).
    raw_style: bytes


def packaged_leaflet_dir() -> Path | None:
    """The data folder of ``XStatic-Leaflet`` when it holds the Leaflet folium pins, else None.

    Logs a warning saying why it is not used: the package is not installed, its version differs from
    folium's, or files are missing.
    """
    if xstatic_leaflet is None:
        log.warning("%s is not installed; map pages load Leaflet from its CDN address", PACKAGE)
        return None
    wanted = leaflet_version()
    shipped = str(getattr(xstatic_leaflet, "VERSION", ""))
    if shipped != wanted:
        log.warning(
            "%s ships Leaflet %s but folium pins %s; map pages load Leaflet from its CDN address "
            "(offline pages from the npm cache, 'geo assets fetch')",
            PACKAGE,
            shipped,
            wanted,
        )
        return None
    folder = Path(str(xstatic_leaflet.BASE_DIR))
    if not (folder / "leaflet.js").is_file() or not (folder / "leaflet.css").is_file():
        log.warning("%s at %s lacks leaflet.js or leaflet.css; pages link Leaflet's CDN", PACKAGE, folder)
        return None
    return folder


@functools.cache
def packaged_leaflet() -> LeafletFiles | None:
    """Leaflet's files from ``XStatic-Leaflet`` (read once), or None (see :func:`packaged_leaflet_dir`)."""
    folder = packaged_leaflet_dir()
    if folder is None:
        return None
    js = (folder / "leaflet.js").read_text(encoding="utf-8")
    css = inline_css_images((folder / "leaflet.css").read_text(encoding="utf-8"), folder)
    return LeafletFiles(
        version=leaflet_version(),
        script=script_text(js),
        style=style_text(css),
        raw_script=_JS_SOURCE_MAP.sub("", js).encode("utf-8"),
        raw_style=_CSS_SOURCE_MAP.sub("", css).encode("utf-8"),
    )


class _Raw(Element):
    """Text put on the page as it is (never compiled as a template: Leaflet's code has braces)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: object) -> str:
        """Return the text unchanged."""
        return self.text


def add_packaged_leaflet(figure: Figure | Element) -> bool:
    """Put Leaflet's script and stylesheet from ``XStatic-Leaflet`` inline in ``figure``'s header.

    They take the header places (``leaflet``, ``leaflet_css``) where folium puts its links, so
    a second render replaces rather than repeats them. Returns False (and adds nothing) when the
    packaged Leaflet is not the one folium pins.
    """
    files = packaged_leaflet()
    if files is None:
        return False
    if not isinstance(figure, Figure):
        raise TypeError(f"Leaflet goes into a page (branca Figure), not {type(figure).__name__!r}")
    figure.header.add_child(_Raw(f"<script>{files.script}</script>"), name="leaflet")
    figure.header.add_child(_Raw(f"<style>{files.style}</style>"), name="leaflet_css")
    return True
