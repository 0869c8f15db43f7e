"""Troops contributed to "the mission" just told of: one presence per count, at the mission's place.

A story about a mission goes on with its strength without naming its place again ("Some 900 X troops serve
with the UN force in Y. About 30 countries contribute 10,000 troops to the mission, led by A with around
1,000 troops and B with more than 700."). A sentence whose only places are contributing countries ("A with
1,000 troops", "1,000 from A", "A contributes 1,000 troops": a country right before "with" and a number,
after a number and "from", or the subject of a verb of giving or having and a number)
or none, that refers to "the mission" (or "the force", "the operation", "the coalition") and counts
troops, tells the presence of each count at the place of the last presence or deployment of a named
mission told in the one or two sentences before it: the whole force (its actor none) and each
contributor's share (its actor the country, or the one country a count names: "1,000 Italian soldiers").
When the sentences just before name the mission without its place ("the Council renewed the X mandate"),
the place is that of its last presence or deployment told earlier at one of its catalogue areas (its
country, not the town of its headquarters). Not when the sentence names another place ("the mission in
Z"), nor when no mission was named just before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from geo.events.actors import COUNTRY_ACTORS, country_name
from geo.events.continued import Builder
from geo.events.cues import TROOP_COUNT, Cue
from geo.events.document import Document
from geo.events.notes import described
from geo.events.numbers import Count
from geo.events.tag import EventTag
from geo.model.spans import Resolved

__all__ = ["contributed_tags"]

#: "the mission", "the force": the mission just told of (not "the mission in X", which names its place).
#: One word of the kind of mission may stand between ("the peacekeeping mission", "the UN force").
_MISSION: Final = re.compile(
    r"\b[Tt]he\s+(?:(?:peacekeeping|peace|UN|U\.N\.|international|multinational|training|observer|monitoring"
    r"|stabili[sz]ation|naval|military)\s+)?(?:mission|force|operation|coalition)\b(?!\s+(?:in|of|to|at)\b)"
)
#: After a contributing country: "with (around) 1,000 (troops)".
_SHARE: Final = re.compile(
    r"\s+with\s+(?:(?:some|about|around|nearly|almost|roughly|more\s+than|over|up\s+to|at\s+least)\s+)?"
    r"(?P<value>\d{1,3}(?:,\d{3})+|\d+)(?!\s*(?:%|percent|per\s+cent))\b"
)
#: After a contributing country that is the subject of a verb of giving or having: "A contributes
#: (around) 1,000", "A, which provides 1,000", "A has 1,000" (general English verbs of troop contribution).
_GIVES: Final = re.compile(
    r",?\s+(?:which\s+)?(?:contribut(?:es|ed)|provid(?:es|ed)|suppl(?:ies|ied)|sends|sent|has|had|fields|fielded)"
    r"\s+(?:(?:some|about|around|nearly|almost|roughly|more\s+than|over|up\s+to|at\s+least)\s+)?"
    r"(?P<value>\d{1,3}(?:,\d{3})+|\d+)(?!\s*(?:%|percent|per\s+cent))\b"
)
#: Before a contributing country: "1,000 (troops) from".
_FROM: Final = re.compile(
    r"(?P<value>\d{1,3}(?:,\d{3})+|\d+)\s+(?:(?:troops|soldiers|personnel|peacekeepers)\s+)?from\s+(?:the\s+)?\Z"
)
#: Event types that place a named mission's forces.
_FORCES: Final = frozenset({"presence", "deployment"})
#: Sentences before searched for the mission's place.
_LOOKBACK: Final = 2


def contributed_tags(
    doc: Document, tags: Sequence[EventTag], spots: Sequence[Resolved], *, build: Builder
) -> list[EventTag]:
    """The presence of each troop count a sentence gives "the mission", at the mission's place.

    Parameters
    ----------
    doc
        The prepared document.
    tags
        The event tags read so far.
    spots
        Every place mention of the document, in text order.
    build
        Makes the tag of one event (the tagger's).

    Returns
    -------
    list[EventTag]
        The new tags, one per count, in text order.
    """
    out: list[EventTag] = []
    if not doc.may_hold(frozenset({"mission", "force", "operation", "coalition"})):
        return out
    told = {t.sentence for t in tags}
    for number, sentence in enumerate(doc.sentences):
        if number == 0 or (sentence.start, sentence.end) in told:
            continue
        counts = [c for c in doc.counts[number] if c.kind == "troops"]  # found already: tested first
        if not counts or _MISSION.search(doc.text, sentence.start, sentence.end) is None:
            continue
        shares = _shares(doc, number, spots)
        if shares is None:
            continue
        antecedent = _mission_place(doc, number, tags)
        if antecedent is None:
            continue
        found: dict[int, tuple[int, int, int, str | None]] = {}  # start -> (start, end, value, actor)
        for count in counts:
            found[count.start] = (count.start, count.end, count.value, _demonym(doc, number, count))
        for start, end, value, actor in shares:
            owned = [s for s, (_, e, v, _) in found.items() if s >= start and e <= end + 20 and v == value]
            for s in owned:
                del found[s]
            found[start] = (start, end, value, actor)
        for start, end, value, actor in sorted(found.values()):
            cue = Cue(start, end, "presence", TROOP_COUNT, 2)
            tag = build(doc, number, antecedent.place, cue, "presence", TROOP_COUNT)
            actors = (actor,) if actor is not None else ()
            tag = replace(tag, troops=value, actors=actors, mission=tag.mission or antecedent.mission)
            out.append(described(tag))
    return out


def _shares(
    doc: Document, number: int, spots: Sequence[Resolved]
) -> list[tuple[int, int, int, str | None]] | None:
    """The contributors' counts of sentence ``number`` ("A with 1,000 troops": start, end, value, actor);
    None when it names a place that is no contributor."""
    sentence = doc.sentences[number]
    shares = []
    for place in spots:
        if not sentence.start <= place.toponym.start < sentence.end:
            continue
        if place.candidate.feature_class != "country":
            return None
        name = country_name(place.candidate.country)
        share = _SHARE.match(doc.text, place.toponym.end, sentence.end) or _GIVES.match(
            doc.text, place.toponym.end, sentence.end
        )
        if share is not None:
            value = int(share.group("value").replace(",", ""))
            shares.append((place.toponym.start, share.end(), value, name))
            continue
        lead = _FROM.search(doc.text[max(sentence.start, place.toponym.start - 40) : place.toponym.start])
        if lead is None:
            return None
        start = place.toponym.start - len(lead.group(0))
        shares.append((start, place.toponym.end, int(lead.group("value").replace(",", "")), name))
    return shares


def _demonym(doc: Document, number: int, count: Count) -> str | None:
    """The one country named inside the phrase of ``count`` ("1,000 Italian soldiers": Italy), or None."""
    names = {
        m.name
        for m in doc.actors[number]
        if count.start <= m.start and m.end <= count.end and m.name in COUNTRY_ACTORS
    }
    return next(iter(names)) if len(names) == 1 else None


def _mission_place(doc: Document, number: int, tags: Sequence[EventTag]) -> EventTag | None:
    """The last presence or deployment of a named mission told in the sentences just before ``number``;
    else, when the sentences just before name a mission of the catalogue without telling where it is ("the
    Council extended the X mandate. The mission has 9,000 troops"), the last presence or deployment of
    that mission told earlier at one of its catalogue areas (its country, not its headquarters town)."""
    low = doc.sentences[max(0, number - _LOOKBACK)].start
    before = doc.sentences[number].start
    near = [
        t for t in tags if t.event_type in _FORCES and t.mission is not None and low <= t.sentence[0] < before
    ]
    if near:
        return max(near, key=lambda t: t.sentence[0])
    named = [m.name for n in range(max(0, number - _LOOKBACK), number + 1) for m in doc.missions[n]]
    if not named or named[-1] not in doc.missions_catalogue:
        return None
    mission = named[-1]  # the mission named last
    areas = doc.missions_catalogue.entry(mission).areas
    told = [
        t
        for t in tags
        if t.event_type in _FORCES
        and t.mission == mission
        and t.place.candidate.id in areas
        and t.sentence[0] < before
    ]
    return max(told, key=lambda t: t.sentence[0]) if told else None
