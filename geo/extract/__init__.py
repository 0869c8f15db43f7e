"""From article text to event features: recognise, resolve, tag events, build the contract's features.

>>> from geo.readers import read_article                      # doctest: +SKIP
>>> from geo.extract import extract                            # doctest: +SKIP
>>> fc = extract(read_article("article.txt", published="2020-01-06"))  # doctest: +SKIP

:class:`Geoparser` owns a configuration (gazetteer, catalogues) and every cache of the stages; the free
functions use a default one. See ``docs/extract.md``.
"""

from __future__ import annotations

from geo.extract.build import EventDraft, build_features
from geo.extract.parser import Geoparser, default_parser
from geo.extract.pipeline import extract, extract_features, extract_many, iter_extract

__all__ = [
    "EventDraft",
    "Geoparser",
    "build_features",
    "default_parser",
    "extract",
    "extract_features",
    "extract_many",
    "iter_extract",
]
