"""``geo.extract(...)``: geoparse a text, an article file or an :class:`~geo.model.article.Article`.

>>> import geo                                                            # doctest: +SKIP
>>> fc = geo.extract("Dutch troops left Erbil.", published="2020-01-06")  # doctest: +SKIP
>>> fc = geo.extract("articles/nos.txt")                                  # doctest: +SKIP
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from geo.extract.pipeline import extract
from geo.model.article import Article
from geo.model.feature import EventFeatureCollection
from geo.readers.source import as_article

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

__all__ = ["as_article", "extract_any"]


def extract_any(
    source: str | os.PathLike[str] | Article,
    *,
    published: str | None = None,
    id: str | None = None,
    gazetteer: Gazetteer | None = None,
    min_confidence: float = 0.0,
) -> EventFeatureCollection:
    """Geoparse a text, an article file or an :class:`Article` into an event collection.

    ``source``, ``published`` and ``id`` are read by :func:`as_article`; ``gazetteer`` and
    ``min_confidence`` are those of :func:`geo.extract.extract`. Without a date in the text or a
    publication date, an event gets the unknown date ``XXXX`` (with a warning): give ``published``.

    Returns
    -------
    EventFeatureCollection
        One feature per place, event type and date; mention offsets index into the text.
    """
    article = as_article(source, published=published, id=id)
    return extract(article, gazetteer=gazetteer, min_confidence=min_confidence)
