"""Any article source as an :class:`~geo.model.article.Article`: a text, a file path or an Article."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Final

from geo.errors import InputError
from geo.model.article import Article, sha256_text
from geo.readers import ARTICLE_SUFFIXES, read_article

__all__ = ["as_article"]

#: A ``str`` longer than this is always text, never a file name.
_LONGEST_PATH: Final = 4096


def as_article(
    source: str | os.PathLike[str] | Article, *, published: str | None = None, id: str | None = None
) -> Article:
    """Return the article of ``source``.

    Parameters
    ----------
    source
        An :class:`Article`; a path (``os.PathLike``) of a ``.txt``, ``.md`` or ``.html`` article; or a
        ``str``, which is read as such a path when it is one line ending in one of those suffixes and
        names an existing file, and is the article text otherwise.
    published
        Publication date (EDTF) when the article's metadata gives none.
    id
        Article id of a text (default ``text-`` and the first 12 hex digits of its SHA-256); for a file
        or an :class:`Article`, a new id replaces theirs.

    Raises
    ------
    InputError
        For an empty text, an unsupported file, or an invalid date.
    GeoIOError
        If a file cannot be read.
    """
    if isinstance(source, Article):
        article = source
        if published is not None and article.published is None:
            article = dataclasses.replace(article, published=published)
    elif isinstance(source, os.PathLike) or _names_a_file(source):
        article = read_article(Path(source), published=published)
    elif isinstance(source, str):
        if not source.strip():
            raise InputError("nothing to geoparse: the text is empty")
        article = Article(id=f"text-{sha256_text(source)[:12]}", text=source, published=published)
    else:
        raise InputError(f"cannot geoparse a {type(source).__name__!r}: give a text, a path or an Article")
    return article if id is None else dataclasses.replace(article, id=id)


def _names_a_file(text: object) -> bool:
    if not isinstance(text, str) or len(text) > _LONGEST_PATH or "\n" in text:
        return False
    suffix = Path(text).suffix.lower()
    return suffix in ARTICLE_SUFFIXES and suffix != ".jsonl" and Path(text).is_file()
