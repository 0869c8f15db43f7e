"""The geoparsing pipeline as free functions: article -> toponyms -> places -> event tags -> features.

Each function runs a :class:`~geo.extract.parser.Geoparser`: without ``gazetteer`` (or with the default
gazetteer itself, :func:`geo.gazetteer.default_gazetteer`'s), the default parser
(:func:`~geo.extract.parser.default_parser`, created once, whose caches every call shares); with another
gazetteer, a parser of that gazetteer for this call only. For many calls with another gazetteer or other
catalogues, make a :class:`~geo.extract.parser.Geoparser` and use its methods.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from geo.extract.drafts import demonym_mentions
from geo.extract.parser import Geoparser, default_parser
from geo.gazetteer.index import opened_default_gazetteer
from geo.model.article import Article
from geo.model.feature import EventFeature, EventFeatureCollection

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

__all__ = ["demonym_mentions", "extract", "extract_features", "extract_many", "iter_extract"]


def _parser(gazetteer: Gazetteer | None) -> Geoparser:
    """The default parser for no gazetteer or the default one (open already), else one of ``gazetteer``."""
    if gazetteer is None or gazetteer is opened_default_gazetteer():
        return default_parser()
    return Geoparser(gazetteer=gazetteer)


def extract_features(
    article: Article, *, gazetteer: Gazetteer | None = None, min_confidence: float = 0.0
) -> list[EventFeature]:
    """Return the event features of one article (see :func:`extract`)."""
    return _parser(gazetteer).extract_features(article, min_confidence=min_confidence)


def extract(
    article: Article, *, gazetteer: Gazetteer | None = None, min_confidence: float = 0.0
) -> EventFeatureCollection:
    """Geoparse one article into a FeatureCollection of event features.

    Parameters
    ----------
    article
        The article; mention offsets in the output index into ``article.text``.
    gazetteer
        The gazetteer to use. None or the default gazetteer (:func:`geo.gazetteer.default_gazetteer`):
        the default parser (:func:`geo.extract.parser.default_parser`), whose caches last. Another one:
        a parser of it for this call only (its caches are built and dropped with the call); for many
        articles, make a :class:`~geo.extract.parser.Geoparser` and call its ``extract``.
    min_confidence
        Drop features whose confidence is lower.

    Returns
    -------
    EventFeatureCollection
        One feature per place, event type and date, each with ``confidence``, ``source`` (its
        ``article_id`` is the article id) and ``mentions``; sorted by first mention, deterministic.
    """
    return _parser(gazetteer).extract(article, min_confidence=min_confidence)


def iter_extract(
    articles: Iterable[Article], *, gazetteer: Gazetteer | None = None, min_confidence: float = 0.0
) -> Iterator[tuple[Article, list[EventFeature]]]:
    """Yield each article with its features, with one parser for all of them (see :func:`extract`)."""
    return _parser(gazetteer).iter_extract(articles, min_confidence=min_confidence)


def extract_many(
    articles: Iterable[Article], *, gazetteer: Gazetteer | None = None, min_confidence: float = 0.0
) -> EventFeatureCollection:
    """Geoparse several articles into one FeatureCollection (features in article order)."""
    return _parser(gazetteer).extract_many(articles, min_confidence=min_confidence)
