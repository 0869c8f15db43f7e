"""Event frames: the cue of a clause that names no place is an event of the place it is told of.

A sentence may tell several events of one place in different clauses ("The base, which hosts coalition
troops, was hit by a rocket on June 20"; "X was the headquarters from 2003 until 2011, when it was handed
over"). The cue of a place's own clause makes its first event (:mod:`geo.events.tagger`); each other
clause with a physical cue and no place of its own makes one more event, of the nearest place named
before it in the sentence (the antecedent of "which", "when it", "after which"; a town or site before a
country), else of the nearest named after it unless that place has an event of its own clause and the
clause has no time expression of its own ("attacks on bases, mainly those hosting troops, have grown
since X was hit": the bases hosting troops are not X), and never of a town or site when the cue is told
of "the country" ("the presence of foreign troops in the country"), nor when it tells an earlier event
with a subject of its own ("after the militia had taken control of the region's main town": its own
object) or names an event as what its authors did ("the perpetrators of the 2001 attacks"); but a violent
clause without a time expression of its own next to a violent event of the same place (its own, or one an
earlier such clause gave it) is that event told on ("struck the market, killing 11"; "repelled an assault,
killing ten, destroying four vehicles").
A clause whose only places are actors makes such an event too when it is violent, has a time
expression of its own and names its actor before the cue ("Israel again invaded in 1982, only withdrawing
from Lebanon in 2000": an earlier event of the place, with its own date); not when the state follows the
cue ("which has targeted forces of the US since October": whom, not where). Each such event keeps its
own cue, so its type, date (the clause's own time expression) and numbers are read from its clause. A
cue right after "<noun> that (was ...)" or "<noun> that X classified as" whose noun is no place makes
none: the restrictive relative clause tells what that noun is ("an alliance that was established in
2015", "a tanker that coastguards counted as hijacked"), not an event of a place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Final

from geo.events.cues import Cue
from geo.events.sites import conjuncts
from geo.model.spans import Resolved

__all__ = ["attributed", "clause_frames", "of_other_noun"]

#: Violent event types: a violent clause next to a violent event of the same place, without a date of
#: its own, tells that event on (its toll, its means), not another one.
VIOLENT: Final = frozenset({"strike", "rocket_attack", "attack", "abduction"})


#: Classes of places that locate finer ones (a region, a sea): a clause told of "it", "where" or "which"
#: after a finer place and its region is told of the finer place.
_WIDE: Final = frozenset({"admin_region", "region", "water_body"})


def _subject(group: Sequence[Resolved], place_clause: Sequence[int], clause: int, cue: Cue) -> bool:
    """Whether an actor of the clause is named before its cue (its subject: "Israel invaded in 1982")."""
    return any(
        where == clause and p.toponym.end <= cue.start for p, where in zip(group, place_clause, strict=True)
    )


#: A restrictive relative clause right before a cue: "<noun> that (was|has been ...) <cue>".
_THAT: Final = re.compile(
    r"(?P<noun>[^\W\d_][\w-]*)\s+that\s+(?:(?:was|were|is|are|has|have|had)\s+(?:been\s+)?"
    r"|(?:[\w-]+\s+){1,2}(?:classified|described|listed|counted|recorded|considered|regarded)\s+as\s+)?\Z"
)


#: Right before a cue, a clause of an earlier event with its own subject ("after the RSF had seized ..."):
#: its place is its own object, not a place of the main clause.
_EARLIER: Final = re.compile(
    r"\b(?:after|before|once)\s+(?:[\w'’-]+\s+){1,4}?had\s+(?:(?:already|just|been)\s+)?\Z", re.IGNORECASE
)
#: Right after a cue, the place it is told of as "the country" ("the presence of forces in the country").
_IN_THE_COUNTRY: Final = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:in|from|of|across|throughout)\s+the\s+country\b", re.IGNORECASE
)


#: Right before a cue, a word of attributing an event to its authors ("the perpetrators of the 2001
#: attacks", "claimed responsibility for the attack", "blamed for the bombing"): the event is named as
#: a reference, told elsewhere.
_ATTRIBUTED: Final = re.compile(
    r"\b(?:perpetrators?\s+of|culprits?\s+(?:of|behind)|responsibility\s+for|blamed\s+for|accused\s+of)"
    r"\s+(?:the\s+|an?\s+)?(?:[\w,'’-]+\s+){0,4}?\Z",
    re.IGNORECASE,
)


def attributed(text: str, cue: Cue) -> bool:
    """Whether the cue names an event as what someone is held to have done ("track down the perpetrators
    of the 2008 bombings"): a reference to an event told elsewhere, no event of a place of
    another clause."""
    return _ATTRIBUTED.search(text, max(0, cue.start - 70), cue.start) is not None


def _earlier(text: str, cue: Cue) -> bool:
    """Whether the cue tells an earlier event in a clause with a subject of its own, in the past perfect
    ("after the militia had taken control of the region's main town"): its place is its own object, not
    a place named in another clause of the sentence."""
    return _EARLIER.search(text, max(0, cue.start - 60), cue.start) is not None


def of_other_noun(text: str, cue: Cue, group: Sequence[Resolved]) -> bool:
    """Whether the cue opens a restrictive relative clause of a noun that is no place ("the coalition that
    was established in 2014"): it tells what that noun is, not an event of a place named nearby."""
    found = _THAT.search(text, max(0, cue.start - 60), cue.start)
    if found is None:
        return False
    end = found.end("noun")
    return not any(p.toponym.start < end <= p.toponym.end for p in group)


def _family(event_type: str) -> str:
    return "violent" if event_type in VIOLENT else event_type


def clause_frames(
    cues: Sequence[Cue],
    cue_clause: Sequence[int],
    group: Sequence[Resolved],
    place_clause: Sequence[int],
    *,
    hosts: Collection[int],
    used: Mapping[int, tuple[Cue | None, str]],
    physical: Collection[str],
    dated: Callable[[int], bool],
    best: Callable[[Sequence[Cue], Resolved], Cue],
    text: str = "",
) -> list[tuple[Resolved, Cue]]:
    """The events told of the sentence's places in clauses that name no place.

    Parameters
    ----------
    cues, cue_clause
        The sentence's usable cues and the clause number of each.
    group, place_clause
        The sentence's places in text order and the clause number of each.
    hosts
        Starts of the places that may carry an event (not actors).
    used
        The cue and event type each place already took, by the place's start.
    physical
        Event types that happen at a place (others, such as political acts, make no frame).
    dated
        Whether a clause (by number) has a time expression of its own.
    best
        Picks the cue of a clause for a place (:func:`geo.events.tagger._best`).
    text
        The article text (for :func:`of_other_noun`; empty skips that test).

    Returns
    -------
    list[tuple[Resolved, Cue]]
        Each extra event as its place and cue, in clause order.
    """
    named = set(place_clause)
    # a clause whose only places are actors names no site of its own for the movements of forces ("the
    # last US soldiers left"); a state's strike told with its actor alone ("a US drone strike") may have
    # been made anywhere
    hosted = {clause for p, clause in zip(group, place_clause, strict=True) if p.toponym.start in hosts}
    by_clause: dict[int, list[Cue]] = {}
    for cue, clause in zip(cues, cue_clause, strict=True):
        unnamed = clause not in named or (
            clause not in hosted
            and (
                cue.event_type not in VIOLENT
                or (_subject(group, place_clause, clause, cue) and dated(clause))  # "X invaded in 1982"
            )
        )
        if unnamed and cue.event_type in physical and cue.tier >= 2 and not of_other_noun(text, cue, group):
            by_clause.setdefault(clause, []).append(cue)
    candidates = [p for p in group if p.toponym.start in hosts]
    if not by_clause or not candidates:
        return []
    out: list[tuple[Resolved, Cue]] = []
    for in_clause in by_clause.values():
        start = in_clause[0].start
        before = [p for p in candidates if p.toponym.end <= start]
        sites = [p for p in before if p.candidate.feature_class != "country"]
        # "the X base in Y province, where forces are stationed": the site, not the region locating it
        finest = [p for p in sites if p.candidate.feature_class not in _WIDE] or sites
        host = finest[-1] if finest else before[-1] if before else candidates[0]
        cue = best(in_clause, host)
        if host.candidate.feature_class != "country" and _IN_THE_COUNTRY.match(text, cue.end):
            continue  # "the presence of foreign troops in the country": a country's, not a town's
        taken, kind = used.get(host.toponym.start, (None, "mention"))
        if taken is not None and taken.start == cue.start:
            continue
        if _earlier(text, cue) or attributed(text, cue):
            continue  # "X became the capital after the militia had taken control of the region's main town"
        if not before and taken is not None and taken.frame and not dated(cue_clause[cues.index(cue)]):
            continue  # "bases hosting troops were hit since ... in X": X has its own event; not told of it
        told = {_family(kind)} | {_family(c.event_type) for p, c in out if p is host}
        if _family(cue.event_type) in told and not dated(cue_clause[cues.index(cue)]):
            continue  # "struck X, killing three": the same event told on, not another one
        out.append((host, cue))
        # "which troops left, after the X base, which lies near the border, and Y": Y too
        for other in conjuncts(text, group, host):
            start = other.toponym.start
            if start in hosts and used.get(start, (None, "mention"))[1] == "mention":
                out.append((other, cue))
    return out
