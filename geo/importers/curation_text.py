"""What a curation file may leave to the article text: fingerprint, length and character offsets.

An analyst writes the words, not the numbers: with the article text at hand (``geo curate --articles
DIR``), :func:`complete_from_text` fills in ``article.sha256`` and ``article.length`` when they are
absent, turns a mention written as words (``mentions: [Arbar province]``) into the offsets of every
whole-word occurrence of those words, gives a place without ``mentions`` the occurrences of its
``written`` forms, and an event without ``mentions`` the place's mentions that read as the event's
``name`` (all of the place's mentions when none does). Given offsets are kept as they are; the
fingerprint check of :func:`geo.importers.curation.check_article_text` still applies.

:func:`text_value` reads the values YAML types on its own (an unquoted ``2023-07-12`` is a date, an
unquoted ``2015`` a number) back as the EDTF text they were written as. :func:`point_candidate` stands
for a place the analyst placed on the map (``gazetteer_id: point:LON,LAT`` with ``coordinates``), which
no gazetteer holds.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

from geo.errors import CurationError
from geo.io import read_bounded
from geo.model.article import sha256_text
from geo.model.place import Candidate

__all__ = [
    "complete_from_text",
    "missing_hint",
    "occurrences",
    "point_candidate",
    "read_article_text",
    "text_value",
]


def text_value(value: object) -> object:
    """An unquoted YAML date or year as its text (``2023-07-12``, ``2015``); other values unchanged."""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def read_article_text(article_id: object, articles_dir: str | Path) -> str | None:
    """The text of ``<articles_dir>/<article_id>.txt`` (line ends read as ``\\n``), or None if absent.

    Raises
    ------
    CurationError
        If the file is not UTF-8.
    GeoIOError
        If it cannot be read.
    """
    if not isinstance(article_id, str) or not article_id or "/" in article_id or "\\" in article_id:
        return None
    path = Path(articles_dir) / f"{article_id}.txt"
    if not path.is_file():
        return None  # geo curate names the missing text
    try:
        text = read_bounded(path).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CurationError(f"article text {str(path)!r} is not UTF-8: {exc}") from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")  # as Path.read_text reads it


def missing_hint(raw: dict[str, Any], text: str | None) -> str:
    """A hint for a file without a fingerprint, length or mentions read without its article text."""
    if text is not None:
        return ""
    article = raw.get("article")
    places = raw.get("places")
    events = raw.get("events")
    items = [*(places.values() if isinstance(places, dict) else [])]
    items += events if isinstance(events, list) else []
    lacking = (isinstance(article, dict) and not {"sha256", "length"} <= article.keys()) or any(
        isinstance(item, dict) and "mentions" not in item for item in items
    )
    return (
        " (with --articles DIR, geo curate computes fingerprints and offsets from the texts)"
        if lacking
        else ""
    )


def occurrences(text: str, words: str) -> list[list[int]]:
    """``[start, end]`` code-point offsets of every whole-word occurrence of ``words`` in ``text``."""
    if not words.strip():
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(words)}(?!\w)")
    return [[m.start(), m.end()] for m in pattern.finditer(text)]


def _spans(items: Any, text: str, where: str, article: str) -> Any:
    if not isinstance(items, list):
        return items  # the model reports the wrong type
    spans: list[Any] = []
    for item in items:
        if isinstance(item, str):
            found = occurrences(text, item)
            if not found:
                raise CurationError(f"{where}: {item!r} does not occur in article {article!r}")
            spans.extend(found)
        else:
            spans.append(item)
    return _unique(spans)


def _unique(spans: list[Any]) -> list[Any]:
    plain = [s for s in spans if isinstance(s, list) and len(s) == 2]
    if len(plain) != len(spans):
        return spans
    return sorted({(s[0], s[1]): s for s in plain}.values(), key=lambda s: (s[0], s[1]))


def complete_from_text(raw: dict[str, Any], text: str, *, name: str) -> dict[str, Any]:
    """Return a copy of the curation mapping ``raw`` with what ``text`` tells filled in (see the module).

    Raises
    ------
    CurationError
        If words given as a mention, or every written form of a place without mentions, do not
        occur in the text (the message names ``name`` and the entry).
    """
    raw = dict(raw)
    article = raw.get("article")
    if isinstance(article, dict):
        article = dict(article)
        article.setdefault("sha256", sha256_text(text))
        article.setdefault("length", len(text))
        raw["article"] = article
    article_id = str(article.get("id")) if isinstance(article, dict) else "?"
    places = raw.get("places")
    if isinstance(places, dict):
        places = {key: dict(p) if isinstance(p, dict) else p for key, p in places.items()}
        for key, place in places.items():
            if not isinstance(place, dict):
                continue
            where = f"{name}: places.{key}.mentions"
            if "mentions" in place:
                place["mentions"] = _spans(place["mentions"], text, where, article_id)
            elif isinstance(place.get("written"), list):
                found = _unique([s for form in place["written"] for s in occurrences(text, str(form))])
                if not found:
                    forms = place["written"]
                    raise CurationError(f"{where}: none of {forms!r} occurs in article {article_id!r}")
                place["mentions"] = found
        raw["places"] = places
    events = raw.get("events")
    if isinstance(events, list):
        raw["events"] = [
            _event(dict(e), i, places, text, name, article_id) if isinstance(e, dict) else e
            for i, e in enumerate(events)
        ]
    return raw


def _event(
    event: dict[str, Any], index: int, places: Any, text: str, name: str, article_id: str
) -> dict[str, Any]:
    where = f"{name}: events[{index}].mentions"
    if "mentions" in event:
        event["mentions"] = _spans(event["mentions"], text, where, article_id)
        return event
    place = places.get(event.get("place")) if isinstance(places, dict) else None
    if not isinstance(place, dict) or not isinstance(place.get("mentions"), list):
        return event  # the model reports the missing mentions or the unknown place
    written = place.get("written")
    label = event.get("name") or (written[0] if isinstance(written, list) and written else None)
    spans = [s for s in place["mentions"] if isinstance(s, list) and len(s) == 2]
    reading = [s for s in spans if isinstance(s[0], int) and text[s[0] : s[1]] == label]
    event["mentions"] = reading or spans
    return event


def point_candidate(
    gazetteer_id: str, name: str, feature_class: str | None, country: str | None, lonlat: tuple[float, float]
) -> Candidate:
    """The place of a ``point:`` id with the coordinates the analyst gave (class ``city`` unless stated)."""
    lon, lat = lonlat
    cls = feature_class or "city"
    return Candidate(gazetteer_id, name, cls, country, lon, lat, 0, 1.0, "exact", name, "point")
