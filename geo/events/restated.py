"""A violent event told again as "this attack": it takes the means of the event it points back to.

News names an event by its means first ("a ballistic missile strike targeted the port of X on
Wednesday") and later points back to it in general words at a finer or other place of the story ("This
attack on the port of Y marks the third in four days"). A generic attack (no sub type) whose sentence
names it with a demonstrative or definite article ("this attack", "the attack", "that assault") and no
other means is that event: it takes the type and sub type of the latest violent event of a known means
told before it in the same country on the same date (ACLED types an event by its means), and its toll
when it states none (one toll for a strike told at several places: news_events' shared toll). An attack
by missiles without a state's means told in or after the sentence of a rocket attack of the same country
and date is that rocket attack told again (news calls the same Katyushas rockets and missiles: "rockets
were launched at X, with two missiles striking inside Y").

An attack or rocket attack whose means and their state are told in the sentences after it is a strike
(ACLED: a state's missile or drone attack from afar): a later sentence points back to it ("the attack was
carried out with guided missiles") and that sentence, or the next one naming the same weapons again ("the
missiles were fired from an Xian submarine"), names a state (:func:`means_told_after`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from geo.events import actors as act
from geo.events.cues import KEEP_SUBS
from geo.events.merge import GENERIC_ATTACK
from geo.events.notes import retyped
from geo.events.tag import EventTag

if TYPE_CHECKING:
    from geo.events.document import Document

__all__ = ["means_of_restated", "means_told_after"]

#: The generic event pointed back to: "this attack", "the attack", "that assault", "the latest strike",
#: "the raid", "the bombing", "the second attack" (the one just told, counted among others).
_POINTED: Final = re.compile(
    r"\b(?:[Tt]his|[Tt]hat|[Tt]he)\s+(?:(?:latest|last|most\s+recent|second|third|fourth|fifth)\s+)?"
    r"(?:attack|assault|strike|raid|bombing)\b"
)
#: Another event of the kind just told, counted on ("a second raid", "another strike", "a further
#: bombing"): words of English. Of the same means, not the same event: it takes the type, not the toll.
#: Not "another attack" or "assault", which news uses of any means and of any side.
_ANOTHER: Final = re.compile(
    r"\b(?:[Aa]\s+(?:second|third|fourth|fifth|further|new)|[Aa]nother)\s+(?:strike|raid|bombing)\b"
)
#: Types of violence of a known means a restated attack may take.
_MEANS: Final = frozenset({"strike", "rocket_attack"})


def means_of_restated(text: str, tags: Sequence[EventTag]) -> list[EventTag]:
    """``tags`` with each generic attack told as "this attack" retyped by the event it points back to.

    Parameters
    ----------
    text
        The article text.
    tags
        Event tags, in the order the tagger read them.

    Returns
    -------
    list[EventTag]
        The same tags; a generic attack whose sentence points back with "this/the attack" and that
        follows a strike or rocket attack of the same country and date takes that one's type and sub
        type.
    """
    out = list(tags)
    for i, tag in enumerate(tags):
        if tag.event_type != "attack" or tag.date is None:
            continue
        # missiles of an attack without a state told with rockets of the same day: the same salvo
        missile = tag.sub_event_type == "missile"
        generic = tag.sub_event_type in GENERIC_ATTACK
        pointed = generic and _POINTED.search(text, *tag.sentence) is not None
        counted = generic and not pointed and _ANOTHER.search(text, *tag.sentence) is not None
        if counted and any(a not in act.COUNTRY_ACTORS for a in tag.actors):
            continue  # an armed group's raid stays its own, whatever struck before
        if not (missile or pointed or counted):
            continue
        country = tag.place.candidate.country
        earlier = [
            t
            for t in tags
            if t.event_type in _MEANS
            and t.sub_event_type is not None
            and (t.sentence[1] <= tag.sentence[0] or (missile and t.sentence[0] <= tag.sentence[0]))
            and t.place.candidate.country == country
            and t.date == tag.date
            and (not missile or t.event_type == "rocket_attack")
        ]
        if earlier and country is not None:
            source = max(earlier, key=lambda t: t.sentence[0])
            out[i] = retyped(tag, source.event_type, source.sub_event_type)
            if counted:
                continue  # another event of that means: its own toll
            if tag.fatalities is None and source.fatalities is not None:  # the one toll, shared
                out[i] = replace(out[i], fatalities=source.fatalities)
    return out


#: Weapons fired from afar (ACLED: air/drone strike, missile attack), named as the means of an attack.
_WEAPONS: Final = frozenset(
    {"missile", "missiles", "drone", "drones", "warplane", "warplanes", "jet", "jets", "aircraft"}
)
#: Nouns after a demonym that make it a place, not a state that fires ("from Xian territory").
#: Right before a country that is the agent of a passive: "by" (English grammar).
_AGENT: Final = re.compile(r"\bby\s+\Z", re.IGNORECASE)
_PLACE_NOUN: Final = re.compile(r"\s+(?:territory|territorial|waters|soil|airspace|side|border)\b")
#: Violent types a state's weapons told after them make a strike.
_RETYPED: Final = frozenset({"attack", "rocket_attack"})
#: How many sentences after the event the sentence pointing back to it may stand.
_REACH: Final = 3


def means_told_after(doc: Document, tags: Sequence[EventTag]) -> list[EventTag]:
    """``tags`` with each attack or rocket attack whose means and state are told after it a strike.

    A later sentence (within :data:`_REACH`, no other violent event's sentence between) points back to
    the event ("the attack", "this assault") and names weapons fired from afar ("was carried out with
    missiles"); that sentence, or the next one naming the same weapon with a definite article ("The
    missiles were fired from an Xian ship"), names a state (a country or its demonym; not "Xian territory").
    Not an event of a named armed group.

    Parameters
    ----------
    doc
        The prepared document.
    tags
        Event tags, in the order the tagger read them.

    Returns
    -------
    list[EventTag]
        The same tags, those attacks retyped as strikes (their sub type kept).
    """
    violent = {doc.index(t.sentence[0]) for t in tags if t.event_type in _MEANS or t.event_type == "attack"}
    out = list(tags)
    for i, tag in enumerate(tags):
        if tag.event_type not in _RETYPED or tag.sub_event_type in KEEP_SUBS:
            continue
        if any(a not in act.COUNTRY_ACTORS for a in tag.actors):
            continue  # an armed group's attack stays one, whatever state its weapons came from
        number = doc.index(tag.sentence[0])
        for later in range(number + 1, min(number + 1 + _REACH, len(doc.sentences))):
            if _state_weapons(doc, later):  # it points back, so a tag of its own (at the state) is the same
                out[i] = retyped(tag, "strike", tag.sub_event_type)
                break
            if later in violent:
                break
    return out


def _state_weapons(doc: Document, number: int) -> bool:
    """Whether sentence ``number`` points back to an attack told with weapons fired from afar, and it or
    the next sentence naming the same weapon after "the" names a state after the weapon in its clause."""
    sentence = doc.sentences[number]
    weapons = doc.words(number) & _WEAPONS
    if not weapons or _POINTED.search(doc.text, sentence.start, sentence.end) is None:
        return False
    named = re.compile(r"\b(?:" + "|".join(sorted(weapons)) + r")\b", re.IGNORECASE)
    if _fired_by_state(doc, number, named):
        return True
    following = number + 1
    if following >= len(doc.sentences):
        return False
    after = doc.sentences[following]
    again = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:" + "|".join(sorted(weapons)) + r")\b")
    named_again = again.search(doc.text, after.start, after.end) is not None
    return named_again and _fired_by_state(doc, following, named)


def _fired_by_state(doc: Document, number: int, named: re.Pattern[str]) -> bool:
    """Whether sentence ``number`` names a state (a country or its demonym) after a weapon ``named`` in
    the same clause ("missiles fired from an Xian ship", "missiles fired by X"; not "Xian-made drones",
    not "drones, Xian officials said", not "missiles fired at X")."""
    sentence = doc.sentences[number]
    weapon = named.search(doc.text, sentence.start, sentence.end)
    if weapon is None:
        return False
    clause = doc.clause(weapon.start())
    if any(  # a country as the agent of a passive after the weapon ("missiles fired by X")
        place.candidate.feature_class == "country"
        and place.toponym.start > weapon.start()
        and doc.clause(place.toponym.start) == clause
        and _AGENT.search(doc.text, max(0, place.toponym.start - 8), place.toponym.start) is not None
        for place in doc.places
    ):
        return True
    return any(
        m.name in act.COUNTRY_ACTORS
        and m.start > weapon.start()
        and doc.clause(m.start) == clause
        and not doc.text.startswith("-", m.end)
        and _PLACE_NOUN.match(doc.text, m.end) is None
        for m in doc.actors[number]
    )
