"""Who is where in a sentence: which of its places are the site of the event chosen for them, and which
only name an actor or hold a finer site of the same event (their choice becomes a mention)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import Final

from geo.events.background import in_motive
from geo.events.building import MENTION, Choice, about
from geo.events.bystanders import attribute, possessor, recipient
from geo.events.context import TITLES, modifies
from geo.events.governing import governing
from geo.events.regions import between_ends, coordinated, family, locates_base, overarching, within
from geo.model.spans import Resolved

__all__ = ["outrank"]

#: Between a place X and a place Y that an apposition uses to say where X lies ("X, a town to the north of
#: Y", "X, the base some 40 km east of Y", "X, a village near Y"): Y only locates X (general English).
_LOCATED_BY: Final = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:(?:some|about)\s+)?\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)|outside|near"
    r"|on\s+the\s+(?:edges?|outskirts|fringes?)\s+of)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
#: Between a place X and a place Y that a bare direction right after X uses to say where X lies ("in
#: Hawija west of Y", "Tarmiyah, north of Y", "X, some 40 km south of the city of Y"): Y only locates X, as
#: in the apposition above (general English; art35b). Not "northern"/"eastern" (an adjective of Y's part).
_BEARING_OF: Final = re.compile(
    r",?[ \t]+(?:(?:some|about|around|roughly|nearly)[ \t]+)?"
    r"(?:\d+[ \t]*(?:km|kilometres|kilometers|miles)[ \t]+)?"
    r"(?:to[ \t]+the[ \t]+)?(?:north|south|east|west)(?:-?(?:east|west))?[ \t]+of[ \t]+"
    r"(?:the[ \t]+(?:(?:provincial|regional)[ \t]+)?(?:city|town|capital)[ \t]+of[ \t]+)?\Z",
    re.IGNORECASE,
)
#: After Y of :data:`_BEARING_OF`: "and" goes on to another locus ("at X, east of Y, and with staff in the
#: capital"): Y may be a site too.
_ALSO_SITE: Final = re.compile(r"[ \t]*,?[ \t]+and\b", re.IGNORECASE)
#: The same apposition after a name of two or more capitalised words or numbers that the gazetteer lacks
#: ("Air Base 201, a drone hub on the edge of Y"): Y still only locates that site (fix32).
_UNKNOWN_LOCATED_BY: Final = re.compile(
    r"(?-i:[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|\d+))+)" + _LOCATED_BY.pattern, re.IGNORECASE
)

#: An oil or gas field the gazetteer lacks, named, then "in" and the region around it ("near the Omar oil
#: field in eastern Y"): the event is at that field, Y only locates it (fix32; bases and garrisons "in Y"
#: keep their region as a site, the convention of tests/test_events_rules and the core paraphrases).
_UNKNOWN_SITE_IN: Final = re.compile(
    r"\b(?i:the)\s+(?-i:[A-Z][a-z][\w'’-]*)(?:[ \t]+(?-i:[A-Z][a-z][\w'’-]*))*[ \t]+"
    r"(?:oil|gas|oil[ \t]+and[ \t]+gas)[ \t]+fields?[ \t]+in[ \t]+"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?[ \t]+)?\Z",
    re.IGNORECASE,
)


def _located_by(text: str, place: Resolved, group: Sequence[Resolved]) -> bool:
    """Whether ``place`` is the Y of "X, a town north of Y" or "X north of Y" for another place X of
    ``group``, or of "X, a town north of Y" for a capitalised name X the gazetteer lacks."""
    start = place.toponym.start
    if any(
        0 < start - other.toponym.end <= 80
        and (
            _LOCATED_BY.match(text, other.toponym.end, start) is not None
            or (
                _BEARING_OF.match(text, other.toponym.end, start) is not None
                and not _ALSO_SITE.match(text, place.toponym.end)
            )
        )
        for other in group
        if other is not place
    ):
        return True
    return (
        _UNKNOWN_LOCATED_BY.search(text, max(0, start - 100), start) is not None
        or _UNKNOWN_SITE_IN.search(text, max(0, start - 100), start) is not None
    )


def outrank(
    text: str,
    group: Sequence[Resolved],
    choices: dict[int, Choice],
    locative: AbstractSet[int],
    clause_of: Mapping[int, int],
    *,
    physical: AbstractSet[str],
    why: Sequence[tuple[int, int]] = (),
) -> set[int]:
    """Set to a mention the choice of each place of ``group`` that is no site of its event, and return the
    starts of the regions that only hold the site of the event (no host of a frame either).

    A country named as subject or modifier is an actor, not the site of a physical event (``physical``:
    the event types that happen at a place), and is not the site either when a more precise place of it
    takes part in the same event. ``choices`` maps each place's start to its choice (changed in place),
    ``locative`` holds the starts of places named as locations and ``clause_of`` the clause of each place.
    A place in one of the motive spans ``why`` (:func:`geo.events.background.motives`) outranks no other:
    "marched through X chanting slogans against Y" is a protest at X, Y being what it is against.
    """
    locative = {start for start in locative if not in_motive(start, why)}
    # the other party of a bond ("recalled its envoys from X") locates no act of the sentence's actor
    parties = {p.toponym.start for p in group if _counterpart(text, p, group)}
    has_locative = bool(locative - parties)
    # nor is a political act about that party ("X's junta revoked an accord with Washington"; type35)
    acting = [p for p in group if p.toponym.start not in parties]
    placed = {clause_of[start] for start in locative if start in clause_of}
    held: set[int] = set()  # regions that only hold the site of the event: no host of a frame either
    for place in group:
        choice = choices[place.toponym.start]
        is_country = place.candidate.feature_class == "country"
        if choice.event_type not in physical:
            if choice.event_type != "mention" and (
                # "visited the US troops", "the Kurdistan Region President welcomed the decision"
                (
                    modifies(text, place.toponym.end, nouns=None if is_country else TITLES)
                    and not (is_country and governing(text, place.toponym.end))  # "X's parliament voted"
                )
                or recipient(text, place.toponym.end)  # "X received the request": asked, not asking
                or _counterpart(text, place, group)  # "cut ties with X": the other party
                or (
                    is_country
                    and place.toponym.start not in locative
                    and (has_locative or about(acting, choices, choice))  # an actor deciding on X
                )
            ):
                choices[place.toponym.start] = MENTION
            if _located_by(text, place, group):  # "X, a hub on the edge of Y": Y hosts no frame (fix32)
                held.add(place.toponym.start)
            continue
        outranked = is_country and any(
            other.candidate.country == place.candidate.country
            and other.candidate.feature_class != "country"
            and choices[other.toponym.start].event_type == choice.event_type
            and not attribute(text, other.toponym.start)  # "X, located in the Y region": Y only locates X
            # "1,500 soldiers in X, based in A and B": a located country with a cue of its own stays a site
            and (place.toponym.start not in locative or choices[other.toponym.start].cue is choice.cue)
            for other in group
        )
        # "X was the forces' headquarters in Iraq": a country that only locates the base a site of it was
        outranked = outranked or (choice.cue is not None and locates_base(text, place, choice.cue, group))
        # "operations off Africa ... hijacked off Somalia": a region of several countries yields
        same_cue = [
            o for o in group if o.toponym.start in locative and choices[o.toponym.start].cue is choice.cue
        ]
        outranked = outranked or overarching(text, place, same_cue)
        if _located_by(text, place, group):  # "X, a town north of Y": Y only locates X, hosts nothing
            held.add(place.toponym.start)
            outranked = True
        # "the villages of X and Y in Z province": the event is at the finer places the region holds
        if any(
            within(other, place)
            and family(choices[other.toponym.start].event_type) == family(choice.event_type)
            and not coordinated(text, other, place)
            and not between_ends(text, other)  # "the area between A and B" in the region: still the region
            and not _apart(place, other, choices, clause_of)
            for other in group
        ):
            held.add(place.toponym.start)
            outranked = True
        # a place typed by a cue of its own clause yields only to the located places of that clause
        yields = clause_of[place.toponym.start] in placed if choice.how == "clause" else has_locative
        yields = yields or (choice.how == "sentence" and possessor(text, place))
        if outranked or (place.toponym.start not in locative and (is_country or yields)):
            choices[place.toponym.start] = MENTION
    return held


#: The noun of a bond between two parties, then "with" right before the second party's name ("cut ties
#: with X", "a defence agreement with X"); envoys and the state they are posted to ("recalled its
#: diplomats from X").
_WITH_PARTY: Final = re.compile(
    r"\b(?:(?:ties|relations|agreements?|accords?|pacts?|treat(?:y|ies)|cooperation|deals?)\s+with"
    r"|(?:ambassadors?|envoys?|diplomats?)\s+(?:from|to|in))\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)


#: The verbs of breaking a bond (not of making one: "signed an agreement with X" is an act of both).
_BREAKING: Final = re.compile(
    r"(?i)(?:revok|cut|sever|br(?:eak|oke)|terminat|suspend|scrap|tor|tear|end|recall|expel)"
)


def _counterpart(text: str, place: Resolved, group: Sequence[Resolved]) -> bool:
    """Whether ``place`` is the other party of a bond a political act breaks ("Niamey revoked a
    defence agreement with Washington", "X cut diplomatic ties with Y", "recalled its envoy to Y": a verb
    of breaking up to 60 characters before, in the same clause) while another place of the sentence may
    be the actor: the act happens where the actor decides it, not at its partner."""
    start = place.toponym.start
    before = text[max(0, start - 60) : start]
    return (
        _WITH_PARTY.search(before) is not None
        and _BREAKING.search(re.split(r"[.;:!?]", before)[-1]) is not None
        and any(other.toponym.start != start for other in group)
    )


def _apart(
    region: Resolved, finer: Resolved, choices: Mapping[int, Choice], clause_of: Mapping[int, int]
) -> bool:
    """Whether ``region`` and the ``finer`` place inside it are sites of two acts told by cues of their own
    clauses ("jets bombed a depot in X province, and days later aircraft struck a camp near Y", Y in X):
    the region is then the site of the first act, not a container of the second's site."""
    mine, theirs = choices[region.toponym.start].cue, choices[finer.toponym.start].cue
    return (
        mine is not None
        and theirs is not None
        and mine is not theirs
        and clause_of.get(region.toponym.start) != clause_of.get(finer.toponym.start)
    )
