"""Merging the tags of one event told twice, and the ``mention`` tags of places where nothing happens."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from geo.events.document import Document, unique
from geo.events.notes import describe_event
from geo.events.tag import EventTag
from geo.model.spans import Resolved

__all__ = ["mention_tags", "merge_tags"]


def merge_tags(tags: list[EventTag]) -> list[EventTag]:
    """Merge tags of the same place, type, sub type and date (the same event reported twice), unless they
    state different numbers of troops or dead (two contingents, two attacks)."""
    out: list[EventTag] = []
    index: dict[tuple[str, str, str | None, str | None], list[int]] = {}
    for tag in tags:
        key = (tag.place.candidate.id, tag.event_type, tag.sub_event_type, tag.date)
        same = next((i for i in index.get(key, ()) if _agree(out[i], tag)), None)
        if same is None:
            index.setdefault(key, []).append(len(out))
            out.append(tag)
            continue
        first = out[same]
        mission = first.mission or tag.mission
        actors = unique([*first.actors, *tag.actors])
        troops = first.troops if first.troops is not None else tag.troops
        fatalities = first.fatalities if first.fatalities is not None else tag.fatalities
        out[same] = replace(
            first,
            mission=mission,
            actors=actors,
            troops=troops,
            fatalities=fatalities,
            confidence=max(first.confidence, tag.confidence),
            mentions=(*first.mentions, *tag.mentions),
            notes=describe_event(
                first.place.candidate.name,
                first.event_type,
                first.sub_event_type,
                actors=actors,
                mission=mission,
                troops=troops,
                fatalities=fatalities,
                date_source=first.date_source,
            ),
        )
    return out


def _agree(first: EventTag, other: EventTag) -> bool:
    """Whether two tags state no different numbers of troops or of dead."""
    return all(
        a is None or b is None or a == b
        for a, b in ((first.troops, other.troops), (first.fatalities, other.fatalities))
    )


def mention_tags(doc: Document, spots: Sequence[Resolved], events: Sequence[EventTag]) -> list[EventTag]:
    """One ``mention`` tag per place that takes part in no event, with all its mentions."""
    busy = {tag.place.candidate.id for tag in events}
    grouped: dict[str, list[Resolved]] = {}
    for place in spots:
        if place.candidate.id not in busy:
            grouped.setdefault(place.candidate.id, []).append(place)
    publication = doc.publication()
    date = date_start = date_end = precision = None
    source = "none"
    if publication is not None:
        date, date_start, date_end = publication.edtf, publication.date_start, publication.date_end
        precision, source = publication.precision, "publication"
    text, sentences = doc.text, doc.sentences
    out = []
    for members in grouped.values():
        first = members[0]
        start, end = first.toponym.start, first.toponym.end
        sentence = sentences[doc.index(start)]
        score = max([p.score for p in members])
        tag = EventTag(
            place=first,
            name=text[start:end],
            event_type="mention",
            sub_event_type=None,
            mission=None,
            actors=(),
            troops=None,
            fatalities=None,
            date=date,
            date_start=date_start,
            date_end=date_end,
            time_precision=precision,
            date_source=source,
            confidence=round(0.8 * min(1.0, max(0.0, score)), 3),
            mentions=tuple([(p.toponym.start, p.toponym.end) for p in members]),
            sentence=(sentence.start, sentence.end),
            notes=describe_event(first.candidate.name, "mention", None),
        )
        out.append(tag)
    return out
