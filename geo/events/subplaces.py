"""Small places the gazetteer does not know, placed at the town their sentence puts them in.

News names neighbourhoods, villages, camps and buildings that no gazetteer holds next to a town it does
("warplanes hit the town of X and the villages of Y and Z"; "explosions in the Y area and the Z
neighbourhood in X"). Each such name is a place of the event too, and a separate one: it gets its own
event, at the point of the town (its precision stays the town's), with the town's event type, date and
numbers. A name counts when it stands in one list with the town's mention (items joined by commas and
"and"), or when it is "in", "of", "near" or "on the outskirts of" the town's mention, and when a generic
word of a small place comes with it or with another unknown name of its list ("the villages of Y and Z",
"the Y area": :data:`HEADS`); a bare list of names ("bases in X and Y", "officers A and B") may join peers
far apart, or people. Names the recogniser took (places, demonyms), actors, missions, people (a title
before them), organisations (a head such as "Forces"), acronyms and kinds ("a mostly Alawite area": an
indefinite article) are left out. Only towns and sites carry such names: a region or a country is too wide
for a point. A kind before the first name heads the whole list ("the villages of X and Y", X the town), and
so does a kind of settlement ("the towns of X, Y and Z"). A list a kind of settlement heads in a sentence
whose event (a cue of the type) no town of its own carries ("the rebels also attacked the villages of Y and
Z") goes on in the scene a recent sentence set: it takes the event of that type at the town told last
within the three sentences before, unless the sentence dates its event to another day. A list that a kind
of settlement or a plural kind of small place heads ("camps in Y and Z") and that opens soon after a town
with an event in its sentence, no other place named between ("jets struck X and militia camps in Y and
Z"), takes that town's event when no town of its own does.

Measured on the news_events dev set: 4 such events, 3 gold (8, 7 gold, with the scene lists); on the
toponym corpora dev halves (568 texts) 3, all at the right town; on 2,000 UCDP headlines 5, all in the town
the headline names.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace
from typing import Final

from geo import lexicon
from geo.events.document import Document
from geo.events.governed import usable_cues
from geo.events.notes import describe_event
from geo.events.tag import EventTag
from geo.model.spans import Resolved

__all__ = ["HEADS", "subplace_tags"]

#: Generic words of small places (before a name with "of", or after it).
HEADS: Final = lexicon.load("events_subplace_heads").terms()
#: Classes of the places whose sentence may put unknown small places in them.
_TOWNS: Final = frozenset({"city", "facility", "military_base", "airport"})
#: What joins a name to the surroundings of the town, both hit ("X and the area near Y", "X and the
#: outskirts of Y"): the name is in or next to the town too.
_AROUND: Final = re.compile(
    r"\s*,?\s+and\s+(?:the\s+)?(?:areas?|vicinity|outskirts|surroundings|countryside)\s+(?:near|around|of)\s+"
    r"(?:the\s+(?:town|city)\s+of\s+)?"
)
#: A list of names that a kind of settlement heads ("the villages of", "the towns of").
_SETTLEMENTS: Final = re.compile(r"\b(?:villages|towns|settlements|localities)\s+of\s+(?:the\s+)?\Z")
#: The kinds of :data:`_SETTLEMENTS`: a text without one of them has no such list (no cues read per sentence).
_SETTLEMENT_KINDS: Final = frozenset({"villages", "towns", "settlements", "localities"})
#: A plural kind of small place before a list it locates ("attacks on bases in X and Y", "camps near X and
#: Y"): each name of the list is a place of that kind, not a person or a far peer ("FOBs": forward operating
#: bases, the military abbreviation of general use).
_PLURAL_SITES: Final = re.compile(
    r"\b(?:bases|camps|positions|outposts|posts|FOBs|villages|towns|neighbou?rhoods|areas)\s+(?:in|at|near|around)\s+"
    r"(?:the\s+)?\Z"
)
#: How far (characters) after a town's mention a list its sentence goes on with may open.
_AFTER_CHARS: Final = 80
#: Rank of a list told after a town behind any list put in or with a town (added to its distance).
_AFTER_RANK: Final = 10_000
#: How many sentences back the town of a list's scene may be told.
_SCENE_BACK: Final = 3
#: How much less sure a place only put at its town is.
SUBPLACE_FACTOR: Final = 0.6
_NEVER: Final = lexicon.load("recognize_never_places").terms()
_TITLES: Final = lexicon.load("recognize_person_titles").terms()
_ORGS: Final = lexicon.load("nonplace_heads").terms() | lexicon.load("recognize_org_after").terms()
_WORD: Final = r"(?:[A-Z][\w'’]*(?:-[\w'’]+)*|(?:al|el|ad|ar|as|ash|an|at|az|ez)-[A-Z][\w'’]*(?:-[\w'’]+)*)"
_HEAD: Final = "|".join(sorted((re.escape(h) for h in HEADS), key=len, reverse=True))
_ITEM: Final = re.compile(
    rf"(?:the\s+)?(?:(?P<kind>{_HEAD})\s+of\s+)?(?P<name>{_WORD}(?:\s+{_WORD})*)"
    rf"(?:\s+(?:displacement\s+|military\s+|refugee\s+)?(?P<head>{_HEAD})\b)?"
)
_INDEFINITE: Final = re.compile(r"\b[Aa]n?\s+(?:[a-z]+\s+)?\Z")
_SEPARATOR: Final = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
#: What puts a small place in the town that follows ("in", "near", "in western").
_IN: Final = re.compile(
    r"\s*,?\s+(?:in|of|near|outside|on\s+the\s+outskirts\s+of)\s+(?:(?:northern|southern|eastern|western|central)\s+)?"
    r"(?:the\s+(?:town|city)\s+of\s+)?"
)


def subplace_tags(
    doc: Document, tags: Sequence[EventTag], places: Sequence[Resolved], physical: Collection[str]
) -> list[EventTag]:
    """The events of unknown small places named with a town that has an event.

    Parameters
    ----------
    doc
        The prepared document.
    tags
        The event tags read (merged); those of towns and sites with a physical event lend theirs.
    places
        Every recognised span (places and demonyms): a name overlapping one is no unknown place.
    physical
        Event types that happen at a place (only they are lent).

    Returns
    -------
    list[EventTag]
        One tag per unknown name (with the event of one town), in text order.
    """
    if not any(t.event_type in physical and t.place.candidate.feature_class in _TOWNS for t in tags):
        return []  # no town or site with an event to lend (the scene lists need a city's)
    taken = sorted(
        [(p.toponym.start, p.toponym.end) for p in places]
        + [(m.start, m.end) for found in doc.actors for m in found]
        + [(m.start, m.end) for found in doc.missions for m in found]
    )
    named = [(p.toponym.start, p.toponym.end) for p in places if p.toponym.kind == "place"]
    # each unknown name takes one town's event: that of the event told in its sentence, else the nearest
    found: dict[tuple[int, int], list[tuple[bool, int, int, EventTag]]] = {}
    chains: dict[int, list[list[re.Match[str]]]] = {}  # the lists of names of each sentence, read once
    for order, tag in enumerate(tags):
        if tag.event_type not in physical or tag.place.candidate.feature_class not in _TOWNS:
            continue
        for start, end in tag.mentions:
            sentence = doc.sentences[doc.index(start)]
            if not sentence.start <= start < end <= sentence.end:
                continue
            here = tag.sentence == (sentence.start, sentence.end)
            if sentence.start not in chains:
                chains[sentence.start] = _chains(doc.text, sentence.start, sentence.end)
            for span in _unknown_with(doc.text, chains[sentence.start], (start, end), taken):
                found.setdefault(span, []).append((not here, abs(span[0] - start), order, tag))
            for span in _headed_after(doc.text, chains[sentence.start], (start, end), taken, named):
                # the last choice: a list put in or with a town of its own takes that town's event
                found.setdefault(span, []).append((True, _AFTER_RANK + span[0] - start, order, tag))
    for span, tag in _scene_lists(doc, tags, chains, taken, physical):
        found.setdefault(span, []).append((True, 0, 0, tag))
    out = [_tag(doc.text, min(options, key=lambda o: o[:3])[3], span) for span, options in found.items()]
    return sorted(out, key=lambda t: t.mentions[0])


def _scene_lists(
    doc: Document,
    tags: Sequence[EventTag],
    chains: dict[int, list[list[re.Match[str]]]],
    taken: Sequence[tuple[int, int]],
    physical: Collection[str],
) -> Iterator[tuple[tuple[int, int], EventTag]]:
    """Unknown names in a list headed by a kind of settlement ("attacked the villages of X and Y") in a
    sentence whose event, of the same type, no town of its own carries: the story goes on in the scene it
    set, so they take the event of the town a recent sentence (:data:`_SCENE_BACK`) put that event at."""
    towns = [t for t in tags if t.event_type in physical and t.place.candidate.feature_class == "city"]
    if not towns or not doc.may_hold(_SETTLEMENT_KINDS):
        return
    for number, sentence in enumerate(doc.sentences):
        if not doc.may_hold(_SETTLEMENT_KINDS, number=number):
            continue  # no kind of settlement to head a list here
        # the cues that report an event ("would protect the villages of X" reports none)
        kinds = [c for c in usable_cues(doc, number, ()) if c.event_type in physical]
        if not kinds or any(sentence.start <= t.mentions[0][0] < sentence.end for t in towns):
            continue
        if sentence.start not in chains:
            chains[sentence.start] = _chains(doc.text, sentence.start, sentence.end)
        for chain in chains[sentence.start]:
            opening = chain[0].start("name")
            if not _SETTLEMENTS.search(doc.text, max(sentence.start, opening - 40), opening):
                continue
            told = [c for c in kinds if c.end <= opening]
            recent = [
                t
                for t in towns
                if any(c.event_type == t.event_type for c in told)
                and number - _SCENE_BACK <= doc.index(t.mentions[0][0]) < number
            ]
            if not recent:
                continue
            town = max(recent, key=lambda t: t.mentions[0][0])
            cue = next(c for c in reversed(told) if c.event_type == town.event_type)
            date, source = doc.date(number, cue, town.place)
            if source == "sentence" and date is not None and date.edtf != town.date:
                continue  # "on Tuesday they also attacked the villages of ...": another day than the scene's
            for item in chain:
                span = item.span("name") if item.group("head") is None else (item.start("name"), item.end())
                if _plausible(doc.text, span, item.start(), taken):
                    yield span, town


def _chains(text: str, low: int, high: int) -> list[list[re.Match[str]]]:
    """The names of ``text[low:high]`` grouped into lists (names joined by commas and "and")."""
    chains: list[list[re.Match[str]]] = []
    for item in _ITEM.finditer(text, low, high):
        if chains and _SEPARATOR.fullmatch(text, chains[-1][-1].end(), item.start()):
            chains[-1].append(item)
        else:
            chains.append([item])
    return chains


def _unknown_with(
    text: str,
    chains: Sequence[Sequence[re.Match[str]]],
    anchor: tuple[int, int],
    taken: Sequence[tuple[int, int]],
) -> Iterator[tuple[int, int]]:
    """Spans of unknown place names listed with, or put in, the mention ``anchor`` (among ``chains``)."""
    for chain in chains:
        # a list ends with "and" ("X, Y and Z"); "X, Y television reported" is an apposition
        joined = any(
            "and" in text[first.end() : second.start()].split() for first, second in itertools.pairwise(chain)
        )
        listed = joined and any(_overlaps(m.span(), anchor) for m in chain)
        gap = _IN.match(text, chain[-1].end())
        inside = gap is not None and gap.end() == anchor[0]
        around = _AROUND.match(text, chain[-1].end())  # "X warehouses and the area near the airport"
        inside = inside or (around is not None and around.end() == anchor[0])
        if not listed and not inside:
            continue
        # "the villages of X and Y": a kind before the first name heads the whole list, the town's too
        opening = chain[0].start("name")
        settlements = any(
            kinds.search(text, max(0, opening - 40), opening) is not None
            for kinds in (_SETTLEMENTS, _PLURAL_SITES)
        )
        if (
            chain[0].group("kind") is None
            and not settlements
            and not any(_headed(item) for item in chain if not _overlaps(item.span(), anchor))
        ):
            continue  # "X and Y" alone may be peers far apart, or people ("officers A and B")
        for item in chain:
            if _overlaps(item.span(), anchor):
                continue
            span = item.span("name") if item.group("head") is None else (item.start("name"), item.end())
            if _plausible(text, span, item.start(), taken):
                yield span


def _headed_after(
    text: str,
    chains: Sequence[Sequence[re.Match[str]]],
    anchor: tuple[int, int],
    taken: Sequence[tuple[int, int]],
    named: Sequence[tuple[int, int]],
) -> Iterator[tuple[int, int]]:
    """Spans of unknown names in a list that a kind of settlement or a plural kind of small place heads,
    told right after the town's mention ``anchor`` with no other place named between ("struck X and
    militia camps in Y and Z"): the sentence goes on at the town's sites."""
    for chain in chains:
        opening = chain[0].start("name")
        if not anchor[1] < opening <= anchor[1] + _AFTER_CHARS:
            continue
        if any(anchor[1] <= start < chain[-1].end() for start, _ in named):
            continue  # "X and camps in Y": a place of its own between, the list is there
        low = max(0, opening - 40)
        if not any(kinds.search(text, low, opening) for kinds in (_SETTLEMENTS, _PLURAL_SITES)):
            continue
        for item in chain:
            span = item.span("name") if item.group("head") is None else (item.start("name"), item.end())
            if _plausible(text, span, item.start(), taken):
                yield span


def _headed(item: re.Match[str]) -> bool:
    """Whether a generic word of a small place comes with the name ("the villages of X", "the X area")."""
    last = item.group("name").split()[-1].casefold()
    return item.group("kind") is not None or item.group("head") is not None or last in HEADS


def _plausible(text: str, span: tuple[int, int], opening: int, taken: Sequence[tuple[int, int]]) -> bool:
    """Whether ``span`` may name a place: no recognised name, actor or mission in it, no person (a title
    before or in it), no organisation, no acronym, no word that never names a place."""
    if any(_overlaps(span, other) for other in taken):
        return False
    words = text[span[0] : span[1]].split()
    if words[0] in {"The", "A", "An"}:
        return False
    if any(w.casefold().strip("'’") in _NEVER or w in _ORGS or w.casefold() in _ORGS for w in words):
        return False
    if _INDEFINITE.search(text, max(0, opening - 30), opening):
        return False  # "a mostly Alawite area": a kind of area, not a name
    before = text[max(0, opening - 20) : opening].split()[-1:] + words[:1]
    if any(word.casefold().rstrip(".") in _TITLES for word in before):
        return False
    return not (len(words) == 1 and words[0].isupper())


def _overlaps(first: tuple[int, int], other: tuple[int, int]) -> bool:
    return first[0] < other[1] and other[0] < first[1]


def _tag(text: str, town: EventTag, span: tuple[int, int]) -> EventTag:
    """The event of the town's tag at the unknown place ``span``, on the town's point."""
    surface = text[span[0] : span[1]]
    slug = re.sub(r"[^a-z0-9]+", "-", surface.casefold()).strip("-")
    candidate = replace(
        town.place.candidate,
        id=f"near:{town.place.candidate.id}:{slug}",
        name=surface,
        matched_name=surface,
        population=0,
    )
    toponym = replace(town.place.toponym, start=span[0], end=span[1], surface=surface, query=surface)
    place = Resolved(toponym, candidate, round(SUBPLACE_FACTOR * town.place.score, 4))
    return replace(
        town,
        place=place,
        name=surface,
        mentions=(span,),
        confidence=round(SUBPLACE_FACTOR * town.confidence, 3),
        notes=describe_event(
            f"{surface} (at {town.place.candidate.name})",
            town.event_type,
            town.sub_event_type,
            actors=town.actors,
            mission=town.mission,
            troops=town.troops,
            fatalities=town.fatalities,
            date_source=town.date_source,
        ),
    )
