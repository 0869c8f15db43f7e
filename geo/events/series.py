"""A series of events told in the present perfect after a time: from that time to publication.

"Militias have intensified their attacks on bases following the events of 7 October": the attacks are a
series going on from 7 October up to the report (the present perfect speaks of a period up to now, the
"following"/"after" phrase gives its start), not one event on 7 October. Only a plural event noun ("attacks",
"strikes") is a series: "a soldier has been killed after an attack on Monday" is one event on Monday.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from geo.events.cues import Cue
from geo.events.dating import since_start
from geo.temporal import TemporalExpression

__all__ = ["begun_series", "onset_since", "series_since"]

#: A present perfect auxiliary up to three words before the cue in its clause ("have intensified their").
_PERFECT: Final = re.compile(r"\b(?:has|have)(?:\s+[\w'’-]+){1,3}\s+\Z", re.IGNORECASE)
#: "following" or "after" up to four words before the time ("following the events of").
_AFTER: Final = re.compile(r"\b(?:following|after)\s+(?:[\w'’-]+\s+){0,4}\Z", re.IGNORECASE)
#: A plural noun: the cue's last word ends in "s" (not "ss": "mass").
_PLURAL: Final = re.compile(r"[a-z]*[^s\W]s\Z", re.IGNORECASE)


def _up_to(chosen: TemporalExpression, publication: TemporalExpression) -> TemporalExpression:
    """``chosen`` widened into a range from its start up to ``publication`` (an activity still going on)."""
    return replace(
        chosen,
        edtf=f"{chosen.edtf}/{publication.edtf}",
        date_end=publication.date_end,
        precision="range",
        relative=True,
    )


def series_since(
    text: str, chosen: TemporalExpression, cue: Cue, publication: TemporalExpression | None
) -> TemporalExpression:
    """``chosen`` as the start of a series up to ``publication`` when the plural cue is told in the present
    perfect and the time follows it after "following"/"after" (see the module docstring); else ``chosen``.
    """
    if (
        publication is None
        or publication.date_end is None
        or "/" in publication.edtf
        or "/" in chosen.edtf
        or chosen.date_start is None
        or chosen.date_end is None
        or chosen.date_end >= publication.date_end
        or chosen.start < cue.end
        or _PLURAL.search(text, cue.start, cue.end) is None
    ):
        return chosen
    window = text[max(0, cue.start - 60) : cue.start]
    if any(mark in window for mark in ".;:!?") or _PERFECT.search(window) is None:
        return chosen
    between = text[cue.end : chosen.start]
    if (
        any(mark in between for mark in ".;:!?")
        or _AFTER.search(text, max(0, chosen.start - 50), chosen.start) is None
    ):
        return chosen
    return _up_to(chosen, publication)


#: Acts whose result is a state ("established", "closed"): told in the perfect passive with "since X",
#: the state began at X, so the act is at X.
_ONSET_ACTS: Final = frozenset({"deployment", "withdrawal"})
#: A perfect passive auxiliary right before the cue ("has been", "have now been").
_BEEN: Final = re.compile(r"\b(?:has|have|had)\s+(?:(?:already|now|officially)\s+)?been\s+\Z", re.IGNORECASE)
#: A locative phrase between such a cue and "since" ("has been set up near the town since June"): a
#: preposition of place and up to five words, no punctuation (English grammar: an adverbial of place).
_WHERE_BETWEEN: Final = re.compile(
    r"\s+(?:in|at|near|outside|around|inside|on|off)\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+\s+", re.IGNORECASE
)


def onset_since(text: str, chosen: TemporalExpression, cue: Cue) -> TemporalExpression:
    """The time of an act told in the perfect passive right before "since X" ("a new camp has been set
    up since June", "the base has been closed since March"; a phrase of place may stand between: "set up
    near the town since June"), or by a cue that names the state
    since a time itself ("a member state since 2009": the accession): X, the start of the state the act
    left, not the span up to publication. Else ``chosen``."""
    if chosen.surface[:5].lower() != "since" or chosen.surface[5:6].isalnum() or "/" not in chosen.edtf:
        return chosen
    if text[cue.start : cue.end].lower().endswith("since") and chosen.start < cue.end:
        return since_start(chosen)
    between = text[cue.end : chosen.start]
    if cue.event_type not in _ONSET_ACTS or (between.strip() and _WHERE_BETWEEN.fullmatch(between) is None):
        return chosen
    verb = max(cue.start, text.rfind(" ", cue.start, cue.end) + 1)  # a frame cue ends with its verb
    for at in {verb, cue.start}:  # or opens with it, a verb and its particle ("set up", "pulled out")
        if _BEEN.search(text, max(0, at - 40), at) is not None:
            return since_start(chosen)
    return chosen


#: A verb of beginning before a violent cue of its clause, the activity begun given by "to" + verb or a
#: gerund ("began in March to fire rockets", "started shelling the town in May").
_BEGAN: Final = re.compile(
    r"\b(?:began|begun|started)\b(?P<rest>[^.;:!?()]{0,100})\Z",
    re.IGNORECASE,
)
_ACTIVITY: Final = re.compile(r"\bto\s+[a-z]+\b|\A\s+[a-z]{3,}ing\b")
#: Between a fronted time and the verb of beginning: a comma and the subject, up to four words ("In May,
#: the rebels began shelling").
_FRONTED: Final = re.compile(r"\s*,\s*(?:[\w'’-]+\s+){1,4}", re.IGNORECASE)
#: Violent event types (:data:`geo.events.when.VIOLENT`), as a repeated activity.
_REPEATED: Final = frozenset({"strike", "rocket_attack", "attack", "abduction"})


def begun_series(
    text: str, chosen: TemporalExpression, cue: Cue, publication: TemporalExpression | None
) -> TemporalExpression:
    """A violent activity told as begun at a time ("the group began in March to fire rockets at
    ships", "the army started shelling the town in May"): from that time up to ``publication``, as the
    activity goes on (the verb of beginning tells its start, not the whole of it). Only a closed time
    before publication, after the verb of beginning or fronted before its subject ("In May, the army
    began shelling"); else ``chosen``."""
    if (
        cue.event_type not in _REPEATED
        or publication is None
        or publication.date_start is None
        or "/" in chosen.edtf
        or chosen.date_end is None
        or chosen.date_end >= publication.date_start
    ):
        return chosen
    began = _BEGAN.search(text, max(0, cue.start - 110), cue.start)
    if began is None:
        return chosen
    if chosen.start < began.start() and _FRONTED.fullmatch(text, chosen.end, began.start()) is None:
        return chosen
    if _ACTIVITY.search(began["rest"] + text[cue.start : cue.end]) is None:  # the cue may be the gerund
        return chosen
    return _up_to(chosen, publication)
