"""Deterministic element ids, so that the same map renders to the same bytes.

branca gives every element a random id (``Element._id``, 16 random bytes) that ends up in the
JavaScript variable and DOM id names of the page. :func:`freeze_ids` replaces them by ids derived
from each element's position in the tree, so rebuilding a map from the same input gives a
byte-identical HTML file (and a committed map only changes when its content does).
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict

from branca.element import Element, Figure

__all__ = ["freeze_ids"]


def _derived_id(path: str) -> str:
    return hashlib.blake2b(path.encode("utf-8"), digest_size=16).hexdigest()


def _freeze(element: Element, path: str) -> None:
    children: OrderedDict[str, Element] = OrderedDict()
    for index, (key, child) in enumerate(element._children.items()):
        old_name = child.get_name()
        child_path = f"{path}/{index}:{child._name}"
        child._id = _derived_id(child_path)
        # Children added without an explicit name are keyed by their (old) name: re-key them.
        children[child.get_name() if key == old_name else key] = child
        _freeze(child, child_path)
    element._children = children


def freeze_ids(root: Element) -> None:
    """Give ``root`` and every element below it an id derived from its place in the tree.

    Parameters
    ----------
    root
        Usually ``m.get_root()``, the :class:`branca.element.Figure` of a map. The ids of its
        ``header``, ``html`` and ``script`` parts are frozen too.

    Notes
    -----
    Ids stay unique because two elements never share a path. Elements added after the call get
    random ids again; call it once more (as :func:`geo.maps.render_html` does) before rendering.
    """
    root._id = _derived_id(root._name)
    _freeze(root, root._name)
    if isinstance(root, Figure):
        for part in ("header", "html", "script"):
            element = getattr(root, part)
            element._id = _derived_id(f"{root._name}.{part}")
            _freeze(element, f"{root._name}.{part}")
