"""Country events that restate an event at a place of that country: folded into it (issue 11: "a drone
strike in Iraq" in a headline is the strike the story places in a district of Iraq)."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from geo.events.document import unique
from geo.events.merge import GENERIC_ATTACK, MOVEMENTS, OCCURRENCES, absorb, agree, fold_into, set_apart
from geo.events.notes import retyped
from geo.events.tag import EventTag

__all__ = ["fold_country_restatements"]

# Events that a country event of the same type and date restates at a place of that country.
_RESTATED = OCCURRENCES | MOVEMENTS
# Violent events of a known remote means: a generic attack at their country on their date restates them
# ("the US struck targets in X" told again as "the attack in X").
_REMOTE = frozenset({"strike", "rocket_attack"})

# Classes of places too wide to stand for a site the gazetteer lacks (the story's country or region).
_WIDE: Final = frozenset({"country", "region", "water_body"})
# Kinds of site a name may be recognised as ("X base", "X airport"): placed on a province whose name it
# does not name, it is a site the gazetteer lacks, not that province.
_SITES: Final = frozenset({"military_base", "airport", "facility", "port"})
_WORD: Final = re.compile(r"[^\W_]+")
# Sub types of a deployment that say what it is for (geo.events.cues.refine), not what moved: such a
# deployment at a country restates a plain one at a town of it.
_PURPOSES: Final = frozenset({"force_protection", "maritime_security"})


def fold_country_restatements(tags: list[EventTag], *, text: str = "") -> list[EventTag]:
    """Fold a violent event or protest at a country into the event of the same type and date at a place
    of that country (a town, a base, a province): "a drone strike in Iraq" in the headline is the strike
    the story places in a district of Iraq; a deployment or withdrawal too, when the two are the same
    kind of movement (:func:`_restates`); not an event whose sentence of ``text`` opens by setting it
    apart ("Separately, ...", "In another incident, ..."); an attack of no specific sub type at a country
    restates a strike or rocket attack at a place of that country on the same date too ("US strikes groups
    in X, site of fighting" over the air strikes the story places in a province of X), and one that kills
    no one restates a protest at a place of that country on the same date (clashes in X that are the
    violent demonstration the story places in a town of X).
    Not when the two state different numbers.

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
        if set_apart(text, tag):
            continue  # "Separately, the group said it shot down a drone over X": another event
        key = (tag.place.candidate.country or "", tag.event_type, tag.date)
        target = next((j for j in finer.get(key, ()) if agree(out[j], tag) and _restates(out[j], tag)), None)
        if target is None and tag.event_type == "attack" and tag.sub_event_type in GENERIC_ATTACK:
            target = next(
                (
                    j
                    for j in remote.get(key[::2], ())
                    if agree(out[j], tag) and (out[j].event_type != "protest" or not tag.fatalities)
                ),
                None,
            )
        if target is None:  # "the pursuit in X", dated by the news lag, restates the pursuit of today at Y
            days = _two_days(tag)
            target = next(
                (
                    j
                    for d in days
                    for j in finer.get((key[0], key[1], d), ())
                    if agree(out[j], tag) and _restates(out[j], tag)
                ),
                None,
            )
        if target is None:
            continue
        out[target] = absorb(out[target], tag, actors=unique([*out[target].actors, *tag.actors]))
        dropped.add(i)
    return [tag for i, tag in enumerate(out) if i not in dropped]


#: Two days in a row ("2024-05-27/2024-05-28"): the news lag of an undated violent event
#: (:func:`geo.events.published.news_lag`).
_TWO_DAYS: Final = re.compile(r"(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)")


def _two_days(tag: EventTag) -> tuple[str, ...]:
    """The two days of a tag dated by two days in a row (the report's day or the day before), else none:
    an event at a place of the country on either day may be the one the country event restates."""
    found = _TWO_DAYS.fullmatch(tag.date or "")
    if found is None:
        return ()
    first, last = found.groups()
    if (date.fromisoformat(last) - date.fromisoformat(first)).days != 1:
        return ()
    return (last, first)


def _restates(finer: EventTag, country: EventTag) -> bool:
    """Whether the country event restates the event at a finer place: any violent event or protest of the
    same type and date; a movement of forces of the same kind too ("tanks will arrive in X" and "their
    deployment to Y"), but not a country-wide drawdown beside the handover or closure of a base; a
    deployment described by its purpose at the country ("arrived in X to reinforce ...", sub types
    force_protection, maritime_security) restates a plain one at a town of it (the sub type says why,
    not what moved)."""
    return (
        country.event_type not in MOVEMENTS
        or finer.sub_event_type == country.sub_event_type
        or (country.sub_event_type in _PURPOSES and finer.sub_event_type is None)
    )


#: Most characters between the sentence of a country's event and the next one (white space).
_NEXT_SENTENCE = 3


def _means_from_country(tags: list[EventTag]) -> list[EventTag]:
    """Give a generic attack (no sub type) the type and sub type of a violent event of a known means at
    its country, on the same date, told in the sentence right before (see
    :func:`fold_country_restatements`)."""
    out = list(tags)
    for country in tags:
        if country.place.candidate.feature_class != "country" or country.event_type not in OCCURRENCES:
            continue
        if country.event_type == "attack" and country.sub_event_type in GENERIC_ATTACK:
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
    return fold_into(
        tags,
        folds=lambda tag: tag.event_type in MOVEMENTS and tag.time_precision != "day" and _within_week(tag),
        into=lambda other, tag: (
            other.event_type == tag.event_type
            and other.place.candidate.id == tag.place.candidate.id
            and other.time_precision == "day"
            and str(tag.date_start) <= str(other.date_start) <= str(tag.date_end)
            and agree(other, tag)
        ),
    )


def _within_week(tag: EventTag) -> bool:
    """Whether the tag's dates span a week or less (from a weekday to the same weekday a week on, "since
    last Friday" told on a Friday, is a week)."""
    if tag.date_start is None or tag.date_end is None:
        return False
    days = date.fromisoformat(str(tag.date_end)) - date.fromisoformat(str(tag.date_start))
    return days.days <= 7


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
