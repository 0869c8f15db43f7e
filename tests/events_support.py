"""Event tagging on hand-resolved places, shared by the event test files (each keeps its own place table)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from geo.events import EventTag, tag_events
from geo.gazetteer.index import Candidate
from geo.model.spans import Resolved, Toponym

#: name -> (gazetteer id, feature class, country), optionally followed by (admin1, admin2)
PlaceTable = Mapping[str, tuple[str, str, str | None] | tuple[str, str, str | None, str | None, str | None]]
Tagger = Callable[..., list[EventTag]]
Events = Callable[..., set[tuple[str, str, str | None]]]


def resolved(text: str, places: PlaceTable, *names: str) -> list[Resolved]:
    """Every occurrence of ``names`` in ``text`` as a resolved mention of its ``places`` entry, in text
    order; an occurrence inside one already taken ("Kirkuk" in "Kirkuk province") is left out."""
    found: list[Resolved] = []
    for name in names:
        gid, feature_class, country, *admin = places[name]
        candidate = Candidate(
            gid, name, feature_class, country, 0.0, 0.0, 0, 1.0, "exact", name, "test", *admin
        )
        start = text.find(name)
        assert start >= 0, name
        while start >= 0:
            if not any(r.toponym.start <= start < r.toponym.end for r in found):
                found.append(Resolved(Toponym(start, start + len(name), name, name), candidate, 1.0))
            start = text.find(name, start + 1)
    return sorted(found, key=lambda r: r.toponym.start)


def taggers(places: PlaceTable) -> tuple[Tagger, Events]:
    """``tags(text, *names, published=..., **options)``: all event tags (mentions included) of ``text``;
    ``events(text, *names, published=...)``: the (place, type, date) of those that are events."""

    def tags(text: str, *names: str, published: str | None = "2021-03-15", **options: Any) -> list[EventTag]:
        return tag_events(text, resolved(text, places, *names), published=published, **options)

    def events(
        text: str, *names: str, published: str | None = "2021-03-15"
    ) -> set[tuple[str, str, str | None]]:
        return {
            (t.place.candidate.name, t.event_type, t.date)
            for t in tags(text, *names, published=published)
            if t.event_type != "mention"
        }

    return tags, events


def named_types(tags: Tagger, text: str, names: Iterable[str], *, published: str) -> set[tuple[str, str]]:
    """The (place, type) of the events of ``text``, tagging those of ``names`` that it holds."""
    found = [name for name in names if name in text]
    return {
        (t.place.candidate.name, t.event_type)
        for t in tags(text, *found, published=published)
        if t.event_type != "mention"
    }


def fold(text: str) -> str:
    """``text`` without accents, case-folded (for comparing place names as tests write them)."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def events_at(parser: Any, text: str, *, published: str, kind: str, place: str) -> list[Any]:
    """The properties of the features of type ``kind`` that ``parser`` extracts from ``text`` whose name
    or place contains ``place`` (folded); fails, listing what was found, when there is none."""
    from geo.model.article import Article

    collection = parser.extract(Article(id="t", text=text, published=published))
    found = [
        f.properties
        for f in collection.features
        if f.properties.event_type == kind
        and any(fold(place) in fold(named or "") for named in (f.properties.name, f.properties.place))
    ]
    assert found, [(f.properties.event_type, f.properties.name) for f in collection.features]
    return found


def set_falls_short(path: Path, floors: Mapping[str, float]) -> list[tuple[str, float, float]]:
    """geo's figures on all documents of the gold article set at ``path`` (the news_events format) that fall
    below their ``floors`` (event_precision, event_recall, place_f1 ...), as (figure, score, floor)."""
    from geo.evaluation.events_gold import read_event_gold
    from geo.evaluation.events_run import run_events
    from geo.gazetteer import default_gazetteer

    docs = read_event_gold(path)
    report = run_events(docs, gold=str(path), gazetteer=default_gazetteer(), baseline=False)
    scores = next(s for s in report.as_dict()["scores"] if s["system"] == "geo" and s["split"] == "all")
    return [(key, scores[key], floor) for key, floor in floors.items() if scores[key] < floor]


def event_triples(parser: Any, text: str, published: str) -> set[tuple[str, str, str]]:
    """(name, event type, date) of every event feature ``parser`` extracts from ``text`` (no mentions)."""
    from geo.model.article import Article

    return {
        (f.properties.name, f.properties.event_type, str(f.properties.date))
        for f in parser.extract_features(Article("t", text, published=published))
        if f.properties.event_type != "mention"
    }


def named_kinds(parser: Any, text: str, *, published: str) -> set[tuple[str, str]]:
    """(name, event type) of every feature ``parser`` extracts from ``text``, mentions too."""
    from geo.model.article import Article

    collection = parser.extract(Article(id="t", text=text, published=published))
    return {(f.properties.name or "", f.properties.event_type) for f in collection.features}
