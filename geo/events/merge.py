"""Merging the tags of one event told twice, and the ``mention`` tags of places where nothing happens."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Final

from geo.events.document import Document, unique
from geo.events.notes import describe_event, retyped
from geo.events.tag import EventTag
from geo.model.spans import Resolved

__all__ = [
    "absorb",
    "agree",
    "fold_country_restatements",
    "fold_generic_attacks",
    "fold_undated_restatements",
    "fold_undated_strikes",
    "mention_tags",
    "merge_tags",
    "overlap",
]

# Event types of one occurrence (not a state that holds for a while): told again without a date at the
# same place, they are the occurrence the article dates elsewhere (a headline, a summary sentence).
_OCCURRENCES = frozenset({"strike", "rocket_attack", "attack", "abduction", "protest"})
# Movements of forces happen once too ("the last soldiers left on Friday"; "the base was handed over"): told
# again without a date at the same place, they are the movement the article dates.
_MOVEMENTS = frozenset({"deployment", "withdrawal"})

# Sub types of an ``attack`` that say nothing about how it was carried out: such an attack at the place and
# on the date of a ``strike`` is that strike told again in general words ("the attack hit the market").
_GENERIC_ATTACK = frozenset({None, "explosion"})

# Events that a country event of the same type and date restates at a place of that country.
_RESTATED = _OCCURRENCES | _MOVEMENTS
# Violent events of a known remote means: a generic attack at their country on their date restates them
# ("the US struck targets in X" told again as "the attack in X").
_REMOTE = frozenset({"strike", "rocket_attack"})

# Date sources of a tag whose own sentence tells no date: taken from the publication day or a neighbour.
_UNDATED = frozenset({"publication", "neighbour"})

# Classes of places too wide to stand for a site the gazetteer lacks (the story's country or region).
_WIDE: Final = frozenset({"country", "region", "water_body"})
# Kinds of site a name may be recognised as ("X base", "X airport"): placed on a province whose name it
# does not name, it is a site the gazetteer lacks, not that province.
_SITES: Final = frozenset({"military_base", "airport", "facility", "port"})
_WORD: Final = re.compile(r"[^\W_]+")

# How a date was found, the surest first (:meth:`geo.events.document.Document.date`).
_SOURCE_RANK = ("sentence", "neighbour", "publication", "none")


def merge_tags(tags: list[EventTag]) -> list[EventTag]:
    """Merge tags of the same place, type, sub type and date (the same event reported twice), unless they
    state different numbers of troops or dead (two contingents, two attacks)."""
    out: list[EventTag] = []
    index: dict[tuple[str, str, str | None, str | None], list[int]] = {}
    for tag in tags:
        key = (tag.place.candidate.id, tag.event_type, tag.sub_event_type, tag.date)
        same = next((i for i in index.get(key, ()) if agree(out[i], tag)), None)
        if same is None:
            index.setdefault(key, []).append(len(out))
            out.append(tag)
            continue
        first = out[same]
        out[same] = absorb(first, tag, actors=unique([*first.actors, *tag.actors]))
    return out


def fold_generic_attacks(tags: list[EventTag]) -> list[EventTag]:
    """Fold an ``attack`` of no specific sub type into a ``strike`` of a known kind (air, drone, missile...),
    or told in the same sentence, at the same place and date.

    An air or drone strike is a kind of attack (ACLED files both under political violence, the strike
    as remote violence), and news tells one strike again in general words: "drones struck X ... the
    attack killed five". The attack is kept as an event of its own when the two state different
    numbers of troops or dead, or when it names an actor the strike does not (another side's attack) and
    is told in another sentence (in the strike's own sentence, "12 were killed when jets struck X", an
    actor it has was lent by another sentence); a strike that names no actor takes the attack's. A strike
    of no known kind ("raids struck X") takes only an attack of its own sentence.
    """
    strikes: dict[tuple[str, str | None], list[int]] = {}
    for i, tag in enumerate(tags):
        if tag.event_type == "strike":
            strikes.setdefault((tag.place.candidate.id, tag.date), []).append(i)
    if not strikes:
        return tags
    out = list(tags)
    dropped: set[int] = set()
    for i, tag in enumerate(tags):
        if tag.event_type != "attack" or tag.sub_event_type not in _GENERIC_ATTACK:
            continue
        target = next(
            (
                j
                for j in strikes.get((tag.place.candidate.id, tag.date), ())
                if agree(out[j], tag)
                and (out[j].sub_event_type is not None or out[j].sentence == tag.sentence)
                and (
                    not out[j].actors
                    or set(tag.actors) <= set(out[j].actors)
                    or out[j].sentence == tag.sentence
                )
            ),
            None,
        )
        if target is None:
            continue
        out[target] = absorb(out[target], tag, actors=out[target].actors or tag.actors)
        dropped.add(i)
    return [tag for i, tag in enumerate(out) if i not in dropped]


def fold_undated_strikes(tags: list[EventTag]) -> list[EventTag]:
    """Fold a strike of a known kind that its own sentence does not date into an ``attack`` of no specific
    sub type that its sentence dates at the same place: one strike, told first in general words with its
    day ("killed a commander in X on Wednesday") and then with its means ("in a precise air strike on
    X"). The strike keeps its kind and takes the attack's date; not when the two state different numbers
    or the attack names an actor the strike does not."""
    attacks: dict[str, list[int]] = {}
    for i, tag in enumerate(tags):
        generic = tag.event_type == "attack" and tag.sub_event_type in _GENERIC_ATTACK
        if generic and tag.date_source == "sentence":
            attacks.setdefault(tag.place.candidate.id, []).append(i)
    if not attacks:
        return tags
    out = list(tags)
    dropped: set[int] = set()
    for i, tag in enumerate(tags):
        if tag.event_type != "strike" or tag.sub_event_type is None or tag.date_source == "sentence":
            continue
        target = next(
            (
                j
                for j in attacks.get(tag.place.candidate.id, ())
                if j not in dropped and agree(out[j], tag) and set(out[j].actors) <= set(tag.actors)
            ),
            None,
        )
        if target is None:
            continue
        attack = out[target]
        dated = replace(
            tag,
            date=attack.date,
            date_start=attack.date_start,
            date_end=attack.date_end,
            time_precision=attack.time_precision,
            date_source=attack.date_source,
        )
        out[i] = absorb(dated, attack, actors=tag.actors or attack.actors)
        dropped.add(target)
    return [tag for i, tag in enumerate(out) if i not in dropped]


def fold_undated_restatements(tags: list[EventTag]) -> list[EventTag]:
    """Fold a violent event, protest, deployment or withdrawal dated only by the publication date or a
    neighbouring sentence into the event of the same place and type that its own sentence dates (the
    first such in the text).

    A headline ("Gunmen kidnap six in X") or a summary sentence tells in the present the event that the
    story dates ("on Friday"); taking the publication date it would be a second event on another day.
    A movement of forces told again ("the last soldiers left X on Friday ... X had been handed over")
    is likewise the dated one. So is one that only a neighbouring sentence dates, on days that overlap the
    dated event's ("the attacks went on": the story's event told again). Not when the two state
    different numbers of troops or dead. Then :func:`fold_undated_strikes`.
    """
    dated: dict[tuple[str, str], list[int]] = {}
    for i, tag in enumerate(tags):
        if tag.event_type in _OCCURRENCES | _MOVEMENTS and tag.date_source == "sentence":
            dated.setdefault((tag.place.candidate.id, tag.event_type), []).append(i)
    if not dated:
        return fold_undated_strikes(tags)
    out = list(tags)
    dropped: set[int] = set()
    for i, tag in enumerate(tags):
        if tag.event_type not in _OCCURRENCES | _MOVEMENTS or tag.date_source not in _UNDATED:
            continue
        key = (tag.place.candidate.id, tag.event_type)
        target = next(
            (
                j
                for j in dated.get(key, ())
                if j not in dropped
                and agree(out[j], tag)
                and (tag.date_source == "publication" or overlap(out[j], tag))
            ),
            None,
        )
        if target is None:
            continue
        out[target] = absorb(out[target], tag, actors=unique([*out[target].actors, *tag.actors]))
        dropped.add(i)
    return fold_undated_strikes([tag for i, tag in enumerate(out) if i not in dropped])


def fold_country_restatements(tags: list[EventTag]) -> list[EventTag]:
    """Fold a violent event or protest at a country into the event of the same type and date at a place
    of that country (a town, a base, a province): "a drone strike in Iraq" in the headline is the strike
    the story places in a district of Iraq; a deployment or withdrawal too, when the two are the same
    kind of movement (:func:`_restates`); an attack of no specific sub type at a country restates a strike
    or rocket attack at a place of that country on the same date too ("US strikes groups in X, site of
    fighting" over the air strikes the story places in a province of X), and one that kills no one
    restates a protest at a place of that country on the same date (clashes in X that are the violent
    demonstration the story places in a town of X). Not when the two state different numbers.

    First, an event whose place the text names as something finer than a country ("a US base", "the US
    Embassy", "Camp X", "the village of X": a site or town the gazetteer lacks) but that was placed on a
    country point is no event there: the place stays a mention. Nor is one whose name the gazetteer lacks,
    placed on a country, wide region or sea that its name does not name (:func:`_unnamed_wide`). Then a
    generic attack at a place of a country, told in the sentence right after an attack of a known means in
    that country on the same date, takes that means ("killed in Syria in a rocket attack. The militants
    attacked a village in X": the rocket attack placed), so the two fold. A movement of forces told over a
    few days folds into the same movement on a day inside them (:func:`_fold_movements`)."""
    tags = _fold_movements(
        _means_from_country([tag for tag in tags if not _finer_on_country(tag) and not _unnamed_wide(tag)])
    )
    finer: dict[tuple[str, str, str | None], list[int]] = {}
    remote: dict[tuple[str, str | None], list[int]] = {}
    for i, tag in enumerate(tags):
        country = tag.place.candidate.country
        if tag.event_type in _RESTATED and tag.place.candidate.feature_class != "country" and country:
            finer.setdefault((country, tag.event_type, tag.date), []).append(i)
            if tag.event_type in _REMOTE or tag.event_type == "protest":
                remote.setdefault((country, tag.date), []).append(i)
    if not finer:
        return tags
    out = list(tags)
    dropped: set[int] = set()
    for i, tag in enumerate(tags):
        if tag.event_type not in _RESTATED or tag.place.candidate.feature_class != "country":
            continue
        key = (tag.place.candidate.country or "", tag.event_type, tag.date)
        target = next((j for j in finer.get(key, ()) if agree(out[j], tag) and _restates(out[j], tag)), None)
        if target is None and tag.event_type == "attack" and tag.sub_event_type in _GENERIC_ATTACK:
            target = next(
                (
                    j
                    for j in remote.get(key[::2], ())
                    if agree(out[j], tag) and (out[j].event_type != "protest" or not tag.fatalities)
                ),
                None,
            )
        if target is None:
            continue
        out[target] = absorb(out[target], tag, actors=unique([*out[target].actors, *tag.actors]))
        dropped.add(i)
    return [tag for i, tag in enumerate(out) if i not in dropped]


def _restates(finer: EventTag, country: EventTag) -> bool:
    """Whether the country event restates the event at a finer place: any violent event or protest of the
    same type and date; a movement of forces of the same kind too ("tanks will arrive in X" and "their
    deployment to Y"), but not a country-wide drawdown beside the handover or closure of a base."""
    return country.event_type not in _MOVEMENTS or finer.sub_event_type == country.sub_event_type


#: Most characters between the sentence of a country's event and the next one (white space).
_NEXT_SENTENCE = 3


def _means_from_country(tags: list[EventTag]) -> list[EventTag]:
    """Give a generic attack (no sub type) the type and sub type of a violent event of a known means at
    its country, on the same date, told in the sentence right before (see
    :func:`fold_country_restatements`)."""
    out = list(tags)
    for country in tags:
        if country.place.candidate.feature_class != "country" or country.event_type not in _OCCURRENCES:
            continue
        if country.event_type == "attack" and country.sub_event_type in _GENERIC_ATTACK:
            continue
        for j, tag in enumerate(out):
            if (
                tag.event_type == "attack"
                and tag.sub_event_type is None
                and tag.place.candidate.feature_class != "country"
                and tag.place.candidate.country == country.place.candidate.country
                and tag.date == country.date
                and 0 <= tag.sentence[0] - country.sentence[1] <= _NEXT_SENTENCE
            ):
                out[j] = retyped(tag, country.event_type, country.sub_event_type)
    return out


def _finer_on_country(tag: EventTag) -> bool:
    """Whether the tag's place is named as a site, town or region but stands on a country point."""
    hint = tag.place.toponym.feature_hint
    return tag.place.candidate.feature_class == "country" and hint is not None and hint != "country"


def _fold_movements(tags: list[EventTag]) -> list[EventTag]:
    """Fold a deployment or withdrawal over a week or less into the same movement at the same place on a
    day inside it told elsewhere ("since Friday ... the withdrawal from X" after "left X on Friday"): a
    movement of forces happens once. Not when the two state different numbers."""
    out = list(tags)
    dropped: set[int] = set()
    for i, tag in enumerate(tags):
        if tag.event_type not in _MOVEMENTS or tag.time_precision == "day" or not _within_week(tag):
            continue
        target = next(
            (
                j
                for j, other in enumerate(out)
                if j != i
                and j not in dropped
                and other.event_type == tag.event_type
                and other.place.candidate.id == tag.place.candidate.id
                and other.time_precision == "day"
                and str(tag.date_start) <= str(other.date_start) <= str(tag.date_end)
                and agree(other, tag)
            ),
            None,
        )
        if target is not None:
            out[target] = absorb(out[target], tag, actors=unique([*out[target].actors, *tag.actors]))
            dropped.add(i)
    return [tag for i, tag in enumerate(out) if i not in dropped]


def _within_week(tag: EventTag) -> bool:
    """Whether the tag's dates span a week or less."""
    if tag.date_start is None or tag.date_end is None:
        return False
    days = date.fromisoformat(str(tag.date_end)) - date.fromisoformat(str(tag.date_start))
    return days.days < 7


def _unnamed_wide(tag: EventTag) -> bool:
    """Whether the tag's place is a country, wide region or sea that its name does not name (no word in
    common with the gazetteer name that matched, nor with the canonical one): a name the gazetteer lacks,
    placed on the place the story is mostly about, which need not be where this event happened; or a site
    ("a X base", "X airport") placed on a province that its name does not name."""
    candidate = tag.place.candidate
    hint = tag.place.toponym.feature_hint
    site = candidate.feature_class == "admin_region" and hint in _SITES
    if candidate.feature_class not in _WIDE and not site:
        return False
    surface = tag.place.toponym.surface.casefold()
    matched = candidate.matched_name.casefold()
    if "".join(_WORD.findall(surface)) == "".join(_WORD.findall(matched)):
        return False  # "DRC" for "D.R.C."
    named = {*_WORD.findall(matched), *_WORD.findall(candidate.name.casefold())}
    return named.isdisjoint(_WORD.findall(surface))


def absorb(first: EventTag, other: EventTag, *, actors: tuple[str, ...]) -> EventTag:
    """``first`` with the mentions, numbers and mission of ``other`` (one event told twice); a date that
    one of them read in its own sentence stays so read (a headline dated by the publication day and the
    lead that names that day are one event dated by the text)."""
    mission = first.mission or other.mission
    source = min(first.date_source, other.date_source, key=_SOURCE_RANK.index)
    if first.date != other.date:
        source = first.date_source
    troops = first.troops if first.troops is not None else other.troops
    fatalities = first.fatalities if first.fatalities is not None else other.fatalities
    return replace(
        first,
        mission=mission,
        actors=actors,
        troops=troops,
        fatalities=fatalities,
        confidence=max(first.confidence, other.confidence),
        date_source=source,
        mentions=(*first.mentions, *other.mentions),
        notes=describe_event(
            first.place.candidate.name,
            first.event_type,
            first.sub_event_type,
            actors=actors,
            mission=mission,
            troops=troops,
            fatalities=fatalities,
            date_source=source,
        ),
    )


def overlap(first: EventTag, other: EventTag) -> bool:
    """Whether the days of two tags overlap."""
    if None in (first.date_start, first.date_end, other.date_start, other.date_end):
        return False
    return str(first.date_start) <= str(other.date_end) and str(other.date_start) <= str(first.date_end)


def agree(first: EventTag, other: EventTag) -> bool:
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
