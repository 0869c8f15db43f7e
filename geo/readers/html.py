"""HTML reduced to plain text with the standard library's :mod:`html.parser`.

Rules (a small subset of what a browser's ``innerText`` does):

- ``<script>``, ``<style>``, ``<noscript>``, ``<template>``, ``<svg>``, ``<head>`` content (except
  ``<title>``) and comments are dropped;
- block elements (``p``, ``div``, ``h1``–``h6``, ``li``, ``tr``, ``article``, ``section``, ``blockquote``,
  ``pre``, ``table`` ...) start and end a line, ``<br>`` breaks the line, paragraphs and headings are
  separated by an empty line;
- inside a line every run of white space becomes one space; lines are stripped and at most one empty
  line separates two blocks; character references (``&amp;``, ``&#8211;``) are decoded.

Offsets of mentions refer to the returned text. Metadata found on the way is returned too: ``<title>``,
``<link rel="canonical">``, and the ``og:title``, ``og:url``, ``og:site_name``,
``article:published_time`` (or ``date``/``pubdate``) ``<meta>`` tags.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

__all__ = ["HtmlText", "html_to_text"]

_DROP = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "canvas"})
_PARAGRAPH = frozenset(
    {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "table",
        "ul",
        "ol",
        "dl",
        "figure",
        "header",
        "footer",
        "article",
        "section",
        "main",
        "aside",
        "nav",
        "address",
        "hr",
        "form",
    }
)
_LINE = frozenset(
    {
        "div",
        "li",
        "tr",
        "dt",
        "dd",
        "figcaption",
        "caption",
        "td",
        "th",
        "body",
        "html",
        "fieldset",
        "legend",
        "details",
        "summary",
        "option",
        "center",
        "title",
    }
)
_VOID = frozenset(
    {
        "br",
        "hr",
        "img",
        "meta",
        "link",
        "input",
        "wbr",
        "area",
        "base",
        "col",
        "embed",
        "source",
        "track",
        "param",
    }
)
_SPACE = re.compile(r"[ \t\n\r\f\v\u00a0]+")

#: Break markers inside the collected stream (never in decoded text: they are C0 controls).
_BR = "\x01"
_PARA = "\x02"


@dataclass(slots=True)
class HtmlText:
    """Text and metadata of an HTML document.

    Attributes
    ----------
    text
        The reduced text.
    meta
        ``title``, ``url``, ``publisher`` and ``published`` when the page declares them.
    """

    text: str
    meta: dict[str, str] = field(default_factory=dict)


class _Reducer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self._drop_depth = 0
        self._in_head = False
        self._in_title = False
        self._title: list[str] = []
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP:
            self._drop_depth += 1
            return
        if tag == "head":
            self._in_head = True
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            self._meta(dict(attrs))
        elif tag == "link":
            values = dict(attrs)
            if (values.get("rel") or "").lower() == "canonical" and values.get("href"):
                self.meta.setdefault("url", str(values["href"]).strip())
        elif tag == "br":
            self.parts.append(_BR)
        elif tag == "pre":
            self._pre += 1
        if tag in _PARAGRAPH:
            self.parts.append(_PARA)
        elif tag in _LINE:
            self.parts.append(_BR)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP:
            self._drop_depth = max(0, self._drop_depth - 1)
            return
        if tag == "head":
            self._in_head = False
        elif tag == "title":
            self._in_title = False
        elif tag == "pre":
            self._pre = max(0, self._pre - 1)
        if tag in _PARAGRAPH:
            self.parts.append(_PARA)
        elif tag in _LINE:
            self.parts.append(_BR)

    def handle_data(self, data: str) -> None:
        if self._drop_depth:
            return
        if self._in_title:
            self._title.append(data)
            return
        if self._in_head:
            return
        if self._pre:
            # keep the lines of preformatted text; spaces inside a line are still collapsed below
            data = data.replace("\r\n", "\n").replace("\n", _BR)
        self.parts.append(data.replace(_BR, " ").replace(_PARA, " ") if not self._pre else data)

    def _meta(self, values: dict[str, str | None]) -> None:
        key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
        content = (values.get("content") or "").strip()
        if not content:
            return
        target = {
            "og:title": "title",
            "og:url": "url",
            "og:site_name": "publisher",
            "article:published_time": "published",
            "datepublished": "published",
            "pubdate": "published",
            "date": "published",
        }.get(key)
        if target is not None:
            self.meta.setdefault(target, content)


def html_to_text(html: str) -> HtmlText:
    """Reduce an HTML document to its text; see the module docstring for the rules.

    Parameters
    ----------
    html
        The document.

    Returns
    -------
    HtmlText
        The text (offsets of mentions refer to it) and the metadata the page declares.
    """
    reducer = _Reducer()
    reducer.feed(html)
    reducer.close()
    title = _SPACE.sub(" ", "".join(reducer._title)).strip()
    if title:
        reducer.meta.setdefault("title", title)
    return HtmlText(_assemble("".join(reducer.parts)), reducer.meta)


def _assemble(stream: str) -> str:
    """Turn the marked stream into lines: collapse spaces, strip lines, keep at most one empty line."""
    blocks: list[str] = []
    pending = ""  # the strongest break seen since the last text: "", "\n" or "\n\n"
    for piece in re.split(f"([{_BR}{_PARA}])", stream):
        if piece == _BR:
            pending = pending or "\n"
            continue
        if piece == _PARA:
            pending = "\n\n"
            continue
        line = _SPACE.sub(" ", piece)
        if not line.strip():
            if blocks and not blocks[-1].endswith(" ") and line:
                blocks.append(" ")
            continue
        if pending and blocks:
            while blocks and blocks[-1] == " ":
                blocks.pop()
            blocks.append(pending)
            line = line.lstrip()
        elif not blocks:
            line = line.lstrip()
        pending = ""
        blocks.append(line)
    text = "".join(blocks)
    return "\n".join(part.strip(" ") for part in text.split("\n")).strip("\n")
