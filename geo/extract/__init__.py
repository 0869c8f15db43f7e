"""From article text to event features: recognise, resolve, tag events, build the contract's features.

>>> from geo.readers import read_article                      # doctest: +SKIP
>>> from geo.extract import extract                            # doctest: +SKIP
>>> fc = extract(read_article("article.txt", published="2020-01-06"))  # doctest: +SKIP

:class:`Geoparser` owns a configuration (gazetteer, catalogues) and every cache of the stages; the free
functions use a default one.

The package itself is callable, as ``geo.extract``: a text with ``published=``, an article file or an
``Article`` (:func:`geo.extract.inputs.extract_any`):

>>> import geo                                                   # doctest: +SKIP
>>> fc = geo.extract("Dutch troops left Erbil.", published="2020-01-06")  # doctest: +SKIP

See ``docs/extract.md``.
"""

from __future__ import annotations

import os
import sys
import types
from typing import Any

from geo.extract.build import EventDraft, build_features
from geo.extract.inputs import as_article, extract_any
from geo.extract.parser import Geoparser, default_parser
from geo.extract.pipeline import extract, extract_features, extract_many, iter_extract
from geo.model.article import Article
from geo.model.feature import EventFeatureCollection

__all__ = [
    "EventDraft",
    "Geoparser",
    "as_article",
    "build_features",
    "default_parser",
    "extract",
    "extract_any",
    "extract_features",
    "extract_many",
    "iter_extract",
]


class _CallablePackage(types.ModuleType):
    """This package, callable: ``geo.extract(text, published=...)`` is :func:`extract_any` (the root
    package's ``geo.extract`` is this module once it is imported, so the module itself answers the call)."""

    def __call__(self, source: str | os.PathLike[str] | Article, /, **options: Any) -> EventFeatureCollection:
        return extract_any(source, **options)


sys.modules[__name__].__class__ = _CallablePackage
