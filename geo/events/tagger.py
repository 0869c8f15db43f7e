"""Tag each resolved place with the event its sentence reports."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final

from geo.errors import InputError
from geo.events import actors as act
from geo.events.anaphora import referring_sentences
from geo.events.context import HYPOTHETICAL, HYPOTHETICAL_STEMS, is_locative
from geo.events.cues import Cue, refine, unarmed
from geo.events.document import VIOLENT, Document
from geo.events.merge import mention_tags, merge_tags
from geo.events.notes import describe_event
from geo.events.tag import EventTag
from geo.model.catalog import ACTORS, MISSIONS, Catalogue
from geo.model.spans import Resolved
from geo.model.vocab import EVENT_TYPES
from geo.temporal import parse_published

__all__ = ["EventTag", "tag_events"]

#: Event types that happen at a place (political acts may be done by a country anywhere).
PHYSICAL: Final = frozenset(EVENT_TYPES) - {"political", "mention"}
_TYPE_CONFIDENCE: Final = {"clause": 0.9, "sentence": 0.75, "inherited": 0.5}
_DATE_CONFIDENCE: Final = {"sentence": 1.0, "neighbour": 0.85, "publication": 0.7, "none": 0.6}
_SITES: Final = frozenset({"military_base", "airport", "facility"})
#: How generic a cue without sub type is (a bare "attacked" yields to "struck", which yields to "a missile").
_GENERIC: Final = {"strike": 1, "attack": 2}


@dataclass(slots=True)
class _Choice:
    cue: Cue | None
    event_type: str
    sub: str | None
    how: str


_MENTION: Final = _Choice(None, "mention", None, "none")


def tag_events(
    text: str,
    places: Sequence[Resolved],
    *,
    published: str | None,
    missions: Catalogue = MISSIONS,
    actors: Catalogue = ACTORS,
    include_mentions: bool = True,
    names: act.CatalogueNames | None = None,
) -> list[EventTag]:
    """Tag every resolved place mention with the event its sentence reports.

    Parameters
    ----------
    text
        The article text the offsets refer to.
    places
        Resolved mentions; those whose toponym kind is ``demonym`` only add actors.
    published
        Publication date (``2020-01-06``, ``2023-07``...), the anchor of relative dates and the fallback
        date; None leaves undated events without a date.
    missions, actors
        Catalogues to look missions and actors up in (:func:`geo.model.catalog.load_catalogues` extends them).
    include_mentions
        Also return one ``mention`` tag for each place that takes part in no event.
    names
        The name table of ``missions`` and ``actors`` (:class:`geo.events.actors.CatalogueNames`): pass
        the same one to every call, as :class:`geo.Geoparser` does. None compiles one for this call (the
        same result, about 0.1 s slower).

    Returns
    -------
    list[EventTag]
        Event tags in text order, then mention tags. Tags of the same place, type, sub type and date are
        merged (mentions, actors and numbers united), so each is one event.

    Raises
    ------
    InputError
        If ``published`` is not a date, or ``names`` belongs to other catalogues.
    """
    parse_published(published)
    if names is not None and (names.missions is not missions or names.actors is not actors):
        raise InputError("names were made for other catalogues than missions and actors")
    spots = sorted((p for p in places if p.toponym.kind == "place"), key=_start)
    if not spots:
        return []  # demonyms alone make no tag
    if names is None:
        names = act.CatalogueNames(missions, actors)
    doc = Document.prepare(text, places, published=published, names=names)
    nested = _nested(spots)
    by_sentence: dict[int, list[Resolved]] = {}
    for place in spots:
        if (place.toponym.start, place.toponym.end) not in nested and place.toponym.role is None:
            by_sentence.setdefault(doc.index(place.toponym.start), []).append(place)
    referred = referring_sentences(doc, spots, nested, by_sentence, PHYSICAL)
    tags: list[EventTag] = []
    for number, group in sorted([*by_sentence.items(), *((n, [r.place]) for n, r in referred.items())]):
        found = _tag_sentence(doc, number, group)
        if number in referred:  # the place it means, typed and dated by the referring sentence
            antecedent = referred[number].antecedent
            span = (antecedent.toponym.start, antecedent.toponym.end)
            found = [
                replace(tag, place=antecedent, name=text[span[0] : span[1]], mentions=(span, *tag.mentions))
                for tag in found
            ]
        tags.extend(found)
    merged = merge_tags(tags)
    if include_mentions:
        merged.extend(mention_tags(doc, spots, merged))
    return merged


def _nested(spots: Sequence[Resolved]) -> set[tuple[int, int]]:
    """Spans of mentions that lie inside a longer mention (part of its name)."""
    out = set()
    starts = [p.toponym.start for p in spots]
    ends = [p.toponym.end for p in spots]
    size = len(spots)
    for index, inner in enumerate(spots):
        a, b = inner.toponym.start, inner.toponym.end
        # spots are sorted by start: only an earlier one ending at or after b, or a later one starting at a,
        # can contain this one
        if max(ends[max(0, index - 4) : index], default=-1) < b and (
            index + 1 >= size or starts[index + 1] != a
        ):
            continue
        for outer in spots[max(0, index - 4) : index + 4]:
            c, d = outer.toponym.start, outer.toponym.end
            if c <= a and b <= d and (d - c) > (b - a):
                out.add((a, b))
                break
    return out


def _tag_sentence(doc: Document, number: int, group: list[Resolved]) -> list[EventTag]:
    sentence_start = doc.sentences[number].start
    cues = [
        c
        for c in doc.cues[number]
        if not _hypothetical(doc, c, sentence_start) and not unarmed(c, doc.text, doc.words(number))
    ]
    if not cues and not any(_inherit(doc, number, p) for p in group):
        return []  # every place is only named here
    text, tokens, clauses = doc.text, doc.tokens, doc.clauses
    locative = {p.toponym.start for p in group if is_locative(text, tokens, p.toponym.start, p.toponym.end)}
    cue_clause = [bisect.bisect_right(clauses, c.start) for c in cues]
    place_clause = [bisect.bisect_right(clauses, p.toponym.start) for p in group]
    placed_with_cue = any(
        clause in cue_clause
        for p, clause in zip(group, place_clause, strict=True)
        if p.toponym.start in locative or p.candidate.feature_class != "country"
    )

    choices: dict[int, _Choice] = {}
    refined: dict[int, tuple[str, str | None]] = {}
    for place, clause in zip(group, place_clause, strict=True):
        in_clause = [c for c, where in zip(cues, cue_clause, strict=True) if where == clause]
        if in_clause:
            cue, how = _best(in_clause, place), "clause"
        elif cues and not placed_with_cue:
            cue, how = _best(cues, place), "sentence"
        else:
            choices[place.toponym.start] = _inherit(doc, number, place) or _MENTION
            continue
        found = refined.get(cue.start)
        if found is None:
            found = refined[cue.start] = refine(cue, doc.words(number))
        choices[place.toponym.start] = _Choice(cue, found[0], found[1], how)

    # Who is where: a country named as subject or modifier is an actor, not the site of a physical event,
    # and is not the site either when a more precise place of it takes part in the same event.
    has_locative = bool(locative)
    for place in group:
        choice = choices[place.toponym.start]
        if choice.event_type not in PHYSICAL:
            continue
        is_country = place.candidate.feature_class == "country"
        outranked = is_country and any(
            other.candidate.country == place.candidate.country
            and other.candidate.feature_class != "country"
            and choices[other.toponym.start].event_type == choice.event_type
            for other in group
        )
        if outranked or (place.toponym.start not in locative and (is_country or has_locative)):
            choices[place.toponym.start] = _MENTION

    countries = [
        act.Mention(p.toponym.start, p.toponym.end, name)
        for p in group
        if p.candidate.feature_class == "country"
        and p.toponym.start not in locative
        and (name := act.country_name(p.candidate.country)) is not None
    ]
    grouped: dict[tuple[str, str, str | None], list[Resolved]] = {}
    for place in group:
        choice = choices[place.toponym.start]
        if choice.event_type != "mention":
            grouped.setdefault((place.candidate.id, choice.event_type, choice.sub), []).append(place)
    if not grouped:
        return []
    for place in group:  # other mentions of a place with an event here belong to that event
        if choices[place.toponym.start].event_type == "mention":
            for (gid, _, _), members in grouped.items():
                if gid == place.candidate.id:
                    members.append(place)
                    break
    mentions = doc.sentence_mentions(number, countries)
    out = []
    for members in grouped.values():
        best = max(
            (p for p in members if choices[p.toponym.start].event_type != "mention"),
            key=lambda p: (p.toponym.start in locative, -p.toponym.start),
        )
        members.sort(key=lambda p: p.toponym.start)
        out.append(_build(doc, number, members, best, choices[best.toponym.start], mentions, locative))
    return out


def _hypothetical(doc: Document, cue: Cue, sentence_start: int) -> bool:
    if cue.event_type == "political":
        return False
    words, starts = doc.tokens.words, doc.tokens.starts
    index = doc.tokens.before(cue.start)
    for k in range(index, max(index - 4, -1), -1):
        if starts[k] < sentence_start:
            break
        if words[k] in HYPOTHETICAL or words[k].startswith(HYPOTHETICAL_STEMS):
            return True
    return False


def _best(cues: Sequence[Cue], place: Resolved) -> Cue:
    """Highest tier, then most specific (a bare "strike", then a bare "attack" last), then nearest to the
    name (a cue after the name counts double distance)."""
    if len(cues) == 1:
        return cues[0]
    start, end = place.toponym.start, place.toponym.end

    def key(cue: Cue) -> tuple[int, int, int]:
        distance = start - cue.end if cue.end <= start else 2 * max(0, cue.start - end)
        generic = _GENERIC.get(cue.event_type, 0) if cue.sub_event_type is None else 0
        return -cue.tier, generic, distance

    return min(cues, key=key)


def _inherit(doc: Document, number: int, place: Resolved) -> _Choice | None:
    """A site named right after a sentence about presence or deployment, in the same paragraph, takes part."""
    if place.candidate.feature_class not in _SITES or number == 0:
        return None
    if doc.sentences[number - 1].paragraph != doc.sentences[number].paragraph:
        return None
    cues = [c for c in doc.cues[number - 1] if c.event_type in {"presence", "deployment"}]
    if not cues:
        return None
    event_type, sub = refine(cues[-1], doc.words(number - 1))
    return _Choice(cues[-1], event_type, sub, "inherited")


def _build(
    doc: Document,
    number: int,
    members: list[Resolved],
    best: Resolved,
    choice: _Choice,
    mentions: list[act.Mention],
    locative: set[int],
) -> EventTag:
    sentence = doc.sentences[number]
    event_type = choice.event_type
    cue = choice.cue if choice.how != "inherited" else None
    date, date_source = doc.date(number, cue, best)
    actors = doc.actors_for(number, cue, mentions, locative, best)
    actors = doc.complete_actors(number, event_type, choice.sub, actors)
    troops = fatalities = None
    if event_type in {"deployment", "withdrawal", "training", "presence"}:
        troops = doc.troops(number, best)
    elif event_type in VIOLENT or event_type == "protest":
        fatalities = doc.fatalities(number, best)
    confidence = _TYPE_CONFIDENCE[choice.how] * _DATE_CONFIDENCE[date_source] * min(1.0, max(0.0, best.score))
    mission = doc.mission(number, event_type, choice.sub, date, best)
    return EventTag(
        place=best,
        name=doc.text[best.toponym.start : best.toponym.end],
        event_type=event_type,
        sub_event_type=choice.sub,
        mission=mission,
        actors=actors,
        troops=troops,
        fatalities=fatalities,
        date=None if date is None else date.edtf,
        date_start=None if date is None else date.date_start,
        date_end=None if date is None else date.date_end,
        time_precision=None if date is None else date.precision,
        date_source=date_source,
        confidence=round(confidence, 3),
        mentions=tuple((p.toponym.start, p.toponym.end) for p in members),
        sentence=(sentence.start, sentence.end),
        notes=describe_event(
            best.candidate.name,
            event_type,
            choice.sub,
            actors=actors,
            mission=mission,
            troops=troops,
            fatalities=fatalities,
            date_source=date_source,
        ),
    )


def _start(place: Resolved) -> int:
    return place.toponym.start
