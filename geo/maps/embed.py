"""Maps inside other pages: an HTML fragment to paste, and a Jupyter display object.

:func:`to_fragment` turns a rendered map page into one ``<div class="geo-embed">`` holding the
map's stylesheets, scripts and elements, with no ``<html>``, ``<head>`` or ``<body>``: paste it
into the HTML source of another page (a CMS block, a static site template). Page-wide rules of
the full page (``html, body`` sizes, ``#map``) are left out, and the title and legend are placed
inside the box instead of over the whole window. Its scripts run where the fragment stands, so
it must be part of the page source: content inserted later with ``innerHTML`` does not run
scripts (use :func:`iframe_html` for that).

:class:`MapView` and :func:`show` display a map in Jupyter: ``_repr_html_`` returns an
``<iframe srcdoc="…">`` holding the whole page (escaped), like folium's own notebook display, so
the map's scripts run isolated from the notebook's; with ``offline=True`` the page carries its
scripts and the offline basemap and needs no network.
"""

from __future__ import annotations

import hashlib
import os
import re
from html import escape
from pathlib import Path
from typing import Any

import folium

from geo.errors import InputError
from geo.io import atomic_write_text
from geo.maps.assets import TAG_PATTERN

__all__ = ["MapView", "iframe_html", "render_page", "show", "to_fragment"]

_SIZE = re.compile(r"^\d+(?:\.\d+)?(?:px|%|em|rem|vh|vw)\Z")
#: Page-wide rules of folium's full page that must not reach a host page.
_PAGE_RULES = re.compile(r"^\s*(?:html\s*,\s*body|#map)\s*\{", re.IGNORECASE)
#: The map's boxes are placed in the fragment's box rather than the window.
_FRAGMENT_CSS = (
    ".geo-embed { position: relative; overflow: hidden; } "
    ".geo-embed .geo-legend, .geo-embed .geo-title { position: absolute; }"
)


def _check_size(value: str, what: str) -> str:
    if not _SIZE.match(value):
        raise InputError(f"{what} must be a CSS length such as '600px' or '100%', not {value!r}")
    return value


def _section(html: str, tag: str) -> str:
    match = re.search(rf"<{tag}\b[^>]*>(.*)</{tag}\s*>", html, re.IGNORECASE | re.DOTALL)
    if match is None:
        raise InputError(f"not a complete HTML page: no <{tag}> element in {html[:80]!r}")
    return match[1]


def to_fragment(html: str, *, height: str = "600px", width: str = "100%") -> str:
    """Return the map page ``html`` as a fragment to paste into another page.

    Parameters
    ----------
    html
        A full page from :func:`geo.maps.render_html` (offline or not; run
        :func:`geo.maps.offline.inline_assets` before or after, both work).
    height, width
        CSS size of the map's box in the host page.

    Returns
    -------
    str
        ``<div class="geo-embed" …>`` with the map's stylesheets, scripts and elements in page
        order, followed by its closing ``</div>``; no ``<html>``, ``<head>``, ``<body>``,
        ``<meta>`` or ``<title>``.

    Raises
    ------
    InputError
        If ``html`` is not a complete page or a size is not a CSS length.
    """
    height = _check_size(height, "height")
    width = _check_size(width, "width")
    head = _section(html, "head")
    body = _section(html, "body")
    after_body = html[html.lower().rfind("</body") :]
    parts = [f"<style>{_FRAGMENT_CSS}</style>"]
    for match in TAG_PATTERN.finditer(head):
        text = match[0]
        if text.startswith("<!--"):
            continue
        if text[:6].lower() == "<style":
            inner = text[text.find(">") + 1 : text.lower().rfind("</style")]
            if _PAGE_RULES.match(inner):
                continue
        if text[:5].lower() == "<link" and re.search(r"\brel=[\"']?(?:shortcut )?icon", text, re.IGNORECASE):
            continue
        parts.append(text)
    parts.append(body.strip())
    parts.extend(m[0] for m in TAG_PATTERN.finditer(after_body) if m[0][:7].lower() == "<script")
    digest = hashlib.blake2b(html.encode("utf-8"), digest_size=8).hexdigest()
    style = f"position:relative;width:{width};height:{height};"
    return (
        f'<div class="geo-embed" id="geo-embed-{digest}" style="{style}">\n' + "\n".join(parts) + "\n</div>\n"
    )


def iframe_html(html: str, *, height: str = "600px", width: str = "100%") -> str:
    """Return an ``<iframe srcdoc="…">`` showing the page ``html`` (escaped for the attribute).

    Parameters
    ----------
    html
        A full map page.
    height, width
        CSS size of the frame.
    """
    height = _check_size(height, "height")
    width = _check_size(width, "width")
    return (
        f'<iframe srcdoc="{escape(html, quote=True)}" '
        f'style="width:{width};height:{height};border:none;" '
        'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
        'allowfullscreen loading="lazy"></iframe>'
    )


def render_page(m: folium.Map, *, offline: bool = False, embed: bool = False, height: str = "600px") -> str:
    """Return the HTML of ``m``: a full page or a fragment, with CDN links or self-contained.

    Parameters
    ----------
    m
        A map, usually from :func:`geo.maps.build_map`.
    offline
        Open on the country-outline basemap and inline every script and stylesheet from the
        npm cache (:mod:`geo.maps.offline`); raises if the cache lacks a package.
    embed
        Return a fragment (:func:`to_fragment`) instead of a page.
    height
        Height of the fragment's box (with ``embed``).
    """
    from geo.maps.builder import render_html
    from geo.maps.offline import inline_assets, make_offline

    html = render_html(make_offline(m) if offline else m)
    if offline:
        html = inline_assets(html)
    if embed:
        html = to_fragment(html, height=height)
    return html


class MapView:
    """A map shown by Jupyter (``_repr_html_``) and savable as a page or fragment.

    Parameters
    ----------
    m
        The map.
    offline
        Show it self-contained, on the offline basemap (needs the npm cache, see
        ``geo assets fetch``).
    height
        CSS height of the notebook frame.
    """

    def __init__(self, m: folium.Map, *, offline: bool = False, height: str = "500px") -> None:
        self.map = m
        self.offline = offline
        self.height = _check_size(height, "height")

    @property
    def html(self) -> str:
        """The full page of the map."""
        return render_page(self.map, offline=self.offline)

    def _repr_html_(self) -> str:
        return iframe_html(self.html, height=self.height)

    def save(self, path: str | os.PathLike[str], *, embed: bool = False) -> Path:
        """Write the page (or, with ``embed``, the fragment) to ``path`` atomically."""
        return atomic_write_text(
            path, render_page(self.map, offline=self.offline, embed=embed, height=self.height)
        )

    def __repr__(self) -> str:
        return f"MapView(offline={self.offline!r}, height={self.height!r})"


def show(
    data: Any,
    *,
    title: str | None = None,
    offline: bool = False,
    height: str = "500px",
    **options: Any,
) -> MapView:
    """Draw ``data`` on a layered map for display in a Jupyter notebook.

    Parameters
    ----------
    data
        Anything :func:`geo.maps.build_map` accepts (FeatureCollection, features, GeoDataFrame),
        or an existing :class:`folium.Map`.
    title
        Title over the map.
    offline
        Self-contained page on the offline basemap (no network needed to display it).
    height
        CSS height of the frame.
    **options
        Further keyword options of :func:`geo.maps.build_map`.

    Returns
    -------
    MapView
        Displayed by Jupyter when it is the value of a cell.
    """
    if isinstance(data, folium.Map):
        m = data
    else:
        from geo.maps.builder import build_map

        m = build_map(data, title=title, **options)
    return MapView(m, offline=offline, height=height)
