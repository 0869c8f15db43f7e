"""Read articles from files: plain text, Markdown, HTML, and JSON-lines batches.

Single files
------------
``.txt``/``.text``, ``.md``/``.markdown`` and ``.html``/``.htm`` files are read as UTF-8. HTML is reduced
to text (:mod:`geo.readers.html`); mention offsets always refer to the text geo works on, that is the
reduced text for HTML and the body after the front matter for text and Markdown.

Metadata (``id``, ``title``, ``publisher``, ``url``, ``published``) comes from, later sources winning:

1. the page's own ``<title>``/``<meta>`` tags (HTML only);
2. a folder index ``articles.json`` beside the file: a JSON list of objects, the one whose ``file`` is
   the file's name;
3. YAML front matter between ``---`` lines at the very start of a text or Markdown file;
4. a sidecar ``<stem>.json`` object beside the file;
5. the ``published`` argument (``--published``) only fills a date none of the above gives.

The id defaults to the file stem. Dates must be EDTF of the supported subset (``2020-01-06``,
``2023-07``, ``2023``) or timestamps, which are cut to their day.

Batches
-------
A ``.jsonl`` file holds one JSON object per line: ``{"id": ..., "text": ..., "published": ..., ...}``
(``doc_id`` is accepted for ``id``; ``title``, ``publisher``, ``url`` are optional; other keys are
ignored). Blank lines are skipped. Errors name the file and line number.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Final

from geo.errors import GeoIOError, InputError
from geo.model.article import Article
from geo.readers.html import html_to_text
from geo.readers.jsonlines import iter_json_objects
from geo.readers.meta import clean_meta, index_entry, normalize_published, read_json_meta, split_front_matter

__all__ = ["ARTICLE_SUFFIXES", "iter_jsonl", "read_article", "read_articles", "read_text_file"]

log = logging.getLogger(__name__)

TEXT_SUFFIXES: Final = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES: Final = frozenset({".html", ".htm", ".xhtml"})
ARTICLE_SUFFIXES: Final[tuple[str, ...]] = tuple(sorted(TEXT_SUFFIXES | HTML_SUFFIXES | {".jsonl"}))
FOLDER_INDEX: Final = "articles.json"


def read_text_file(path: Path) -> str:
    """Read a UTF-8 text file (a leading byte-order mark is dropped, line ends become ``\\n``).

    Raises
    ------
    GeoIOError
        If the file is missing, unreadable, not UTF-8, or holds a NUL character (binary data, or UTF-16
        text without a byte-order mark, which decodes as UTF-8 with a NUL after each ASCII letter).
    """
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise GeoIOError(
            f"cannot read {str(path)!r}: not UTF-8 text ({exc.reason} at byte {exc.start})"
        ) from exc
    except IsADirectoryError as exc:
        raise GeoIOError(f"cannot read {str(path)!r}: it is a folder") from exc
    except OSError as exc:
        raise GeoIOError(f"cannot read {str(path)!r}: {exc.strerror or exc}") from exc
    if (nul := text.find("\x00")) >= 0:
        raise GeoIOError(
            f"cannot read {str(path)!r}: not text (NUL character at offset {nul}; binary or UTF-16 data?)"
        )
    return text.removeprefix("\ufeff")


def read_article(path: str | Path, *, published: str | None = None) -> Article:
    """Read one article file with its metadata.

    Parameters
    ----------
    path
        A ``.txt``, ``.md`` or ``.html`` file.
    published
        Publication date (EDTF) used when the file's metadata gives none.

    Returns
    -------
    Article
        Its ``text`` is what mention offsets refer to.

    Raises
    ------
    InputError
        For an unsupported suffix, bad front matter or sidecar, or an invalid date or URL.
    GeoIOError
        If the file cannot be read.
    """
    file = Path(path)
    suffix = file.suffix.lower()
    where = str(file)
    if suffix not in TEXT_SUFFIXES and suffix not in HTML_SUFFIXES:
        raise InputError(
            f"unsupported article file {where!r}: expected one of {sorted(TEXT_SUFFIXES | HTML_SUFFIXES)!r} "
            "(or a .jsonl batch)"
        )
    raw = read_text_file(file)
    meta: dict[str, str | None] = {}
    front: dict[str, Any] = {}
    if suffix in HTML_SUFFIXES:
        reduced = html_to_text(raw)
        text = reduced.text
        meta.update(_html_meta(reduced.meta, where=where))
    else:
        front, text = split_front_matter(raw, where=where)
    index = file.parent / FOLDER_INDEX
    if index.is_file() and file.name != FOLDER_INDEX:
        entry = index_entry(index, file.name)
        if entry is not None:
            meta.update(clean_meta(entry, where=f"{index}[{file.name!r}]"))
    if front:
        meta.update(clean_meta(front, where=f"{where} front matter"))
    sidecar = file.with_suffix(".json")
    if sidecar.is_file():
        meta.update(clean_meta(read_json_meta(sidecar), where=str(sidecar)))
    if meta.get("published") is None and published is not None:
        meta["published"] = normalize_published(published, where="--published")
    if not text.strip():
        log.warning("article %s has no text", where)
    return Article(
        id=meta.get("id") or file.stem,
        text=text,
        title=meta.get("title"),
        publisher=meta.get("publisher"),
        url=meta.get("url"),
        published=meta.get("published"),
    )


def _html_meta(found: dict[str, str], *, where: str) -> dict[str, str | None]:
    """Keep the HTML metadata that validates; a page's odd date or URL is skipped, not fatal."""
    out: dict[str, str | None] = {}
    for key, value in found.items():
        try:
            out.update(clean_meta({key: value}, where=where))
        except InputError as exc:
            log.warning("ignoring page metadata: %s", exc)
    return out


def iter_jsonl(path: str | Path, *, published: str | None = None) -> Iterator[Article]:
    """Yield the articles of a JSON-lines batch, one object per line.

    Parameters
    ----------
    path
        The ``.jsonl`` file.
    published
        Publication date used for lines that give none.

    Raises
    ------
    InputError
        For a line that is not a JSON object, lacks a string ``text``, or carries invalid metadata;
        the message gives the file and line number.
    GeoIOError
        If the file cannot be read.
    """
    file = Path(path)
    default = None if published is None else normalize_published(published, where="--published")
    for lineno, where, data in iter_json_objects(file):
        yield _jsonl_article(data, where=where, stem=file.stem, lineno=lineno, default=default)


#: A lone UTF-16 surrogate: valid in a JSON string ("\\ud800"), not encodable as UTF-8.
_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def _scrubbed(value: Any, *, where: str) -> Any:
    """``value`` with each lone surrogate of its strings replaced by U+FFFD (one code point for one, so
    offsets into the text hold); a warning names the line."""
    if isinstance(value, str) and _SURROGATE.search(value):
        log.warning("%s: lone surrogate code points replaced by U+FFFD", where)
        return _SURROGATE.sub("\ufffd", value)
    return value


def _jsonl_article(
    data: dict[str, Any], *, where: str, stem: str, lineno: int, default: str | None
) -> Article:
    data = {key: _scrubbed(value, where=where) for key, value in data.items()}
    text = data.get("text")
    if not isinstance(text, str):
        raise InputError(f"{where}: 'text' must be a string, got {text!r}")
    raw = dict(data)
    if raw.get("id") is None and raw.get("doc_id") is not None:
        raw["id"] = raw["doc_id"]
    meta = clean_meta(raw, where=where)
    published = meta.get("published") or default
    return Article(
        id=meta.get("id") or f"{stem}-{lineno}",
        text=text,
        title=meta.get("title"),
        publisher=meta.get("publisher"),
        url=meta.get("url"),
        published=published,
    )


def read_articles(
    paths: Iterable[str | Path], *, published: str | None = None, jsonl: Iterable[str | Path] = ()
) -> list[Article]:
    """Read article files and JSON-lines batches; article ids must be unique across all of them.

    Parameters
    ----------
    paths
        Article files; a ``.jsonl`` path is read as a batch.
    published
        Publication date for articles whose metadata gives none.
    jsonl
        Further JSON-lines batches.

    Raises
    ------
    InputError
        For any unreadable input (see :func:`read_article`, :func:`iter_jsonl`) or a repeated id.
    """
    articles: list[Article] = []
    batches = [Path(p) for p in jsonl]
    for path in map(Path, paths):
        if path.suffix.lower() == ".jsonl":
            batches.append(path)
        else:
            articles.append(read_article(path, published=published))
    for batch in batches:
        articles.extend(iter_jsonl(batch, published=published))
    seen: set[str] = set()
    for article in articles:
        if article.id in seen:
            raise InputError(f"article id {article.id!r} is used by more than one input; ids must be unique")
        seen.add(article.id)
    return articles
