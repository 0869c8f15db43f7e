"""Places the text itself says lie in another ("X in Y", "the X area of southern Y", "Y's X"): a violent
event at the holding place with the same toll restates the one event at the place it holds.

:func:`geo.events.identity.fold_contained` folds a restatement at a region into the event at a town of it
by the gazetteer's admin codes. News often names the region by a name that the gazetteer also gives to
its chief town ("X city in Idlib", "the X area of southern Gaza"), and the region is then resolved to the
town: no admin code says that it holds the other. The text does: a place written right after "in", after
"area of", "district of" (a direction word allowed: "of southern Y"), or before "'s" and the other place,
locates that other place, whatever the gazetteer calls it. The same number of dead told at both places
makes them one event (a different toll, or none, may be another event at the wider place: the base in Y
and Y are both sites of a campaign of attacks).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Final

from geo.events.merge import absorb, agree, overlap, set_apart
from geo.events.regions import family
from geo.events.tag import EventTag
from geo.model.spans import Resolved

__all__ = ["fold_stated_holders", "stated_holders"]

#: Place nouns that may follow the held place's name ("X city in Y", "the X district of Y").
_NOUN: Final = r"(?:city|town|village|district|area|region|province|governorate|camp|neighbou?rhood)"
#: A direction word before the holding place ("in northern Y", "of south-eastern Y").
_DIRECTION: Final = r"(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?\s+"
#: Between the held place and the holding place: "in" ("X in Y", "X city in northern Y"), or a place noun
#: and "of" ("the X area of southern Y"), each with an optional article and direction word.
_HELD_IN: Final = re.compile(
    rf"(?:\s+{_NOUN})?\s+in\s+(?:the\s+)?(?:{_DIRECTION})?|\s+{_NOUN}\s+of\s+(?:the\s+)?(?:{_DIRECTION})?"
)
#: Between the holding place and the held one: "Y's X", "Y province's X".
_HOLDER_OF: Final = re.compile(rf"(?:\s+{_NOUN})?['’]s\s+")
#: Classes of places the text may say hold another here (a country is left to
#: :func:`geo.events.countries.fold_country_restatements`).
_HOLDERS: Final = frozenset({"admin_region", "city"})
#: Classes of places that may lie in such a holder.
_HELD: Final = frozenset({"city", "admin_region", "facility", "military_base", "airport", "port", "landmark"})


def stated_holders(text: str, spots: Sequence[Resolved]) -> set[tuple[str, str]]:
    """Pairs (held, holder) of place ids that the text says lie one in the other: two places of the same
    country written "X in Y", "X area of Y" or "Y's X" (see the module docstring)."""
    ordered = sorted(spots, key=lambda p: p.toponym.start)
    pairs: set[tuple[str, str]] = set()
    for first, second in itertools.pairwise(ordered):
        one, two = first.candidate, second.candidate
        if one.id == two.id or one.country is None or one.country != two.country:
            continue
        gap = text[first.toponym.end : second.toponym.start]
        if _HELD_IN.fullmatch(gap) and one.feature_class in _HELD and two.feature_class in _HOLDERS:
            pairs.add((one.id, two.id))
        elif _HOLDER_OF.fullmatch(gap) and two.feature_class in _HELD and one.feature_class in _HOLDERS:
            pairs.add((two.id, one.id))
    return pairs


def fold_stated_holders(tags: list[EventTag], *, text: str, spots: Sequence[Resolved]) -> list[EventTag]:
    """Fold a violent event at a place the text says holds another into the one violent event with the
    same number of dead at a place it holds (:func:`stated_holders`), on overlapping days: "jets hit the X
    area of southern Y, killing 20" is a strike at X, not a second one at Y. Not when the holding place
    holds several such events, nor when the two state different numbers, nor an event whose sentence
    opens by setting it apart ("Separately, ...")."""
    pairs = stated_holders(text, spots)
    if not pairs:
        return tags
    holds: dict[str, set[str]] = {}
    for held, holder in pairs:
        holds.setdefault(holder, set()).add(held)
    out = list(tags)
    dropped: set[int] = set()
    for i, tag in enumerate(tags):
        inner = holds.get(tag.place.candidate.id)
        if not inner or not tag.fatalities or family(tag.event_type) != "violent" or set_apart(text, tag):
            continue
        finer = [
            j
            for j, other in enumerate(out)
            if j != i
            and j not in dropped
            and other.place.candidate.id in inner
            and family(other.event_type) == "violent"
            and other.fatalities == tag.fatalities
            and overlap(tag, other)
        ]
        if len(finer) != 1 or not agree(out[finer[0]], tag):
            continue
        kept = out[finer[0]]
        out[finer[0]] = absorb(kept, tag, actors=tuple(dict.fromkeys([*kept.actors, *tag.actors])))
        dropped.add(i)
    return [tag for i, tag in enumerate(out) if i not in dropped]
