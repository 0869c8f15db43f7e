"""Tag each resolved place with the event its sentence reports."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final

from geo.errors import InputError
from geo.events import actors as act
from geo.events import identity, merge
from geo.events.amounts import event_fatalities, event_troops
from geo.events.anaphora import referring_sentences
from geo.events.bystanders import no_host, no_own_site, not_site, possessor, recipient
from geo.events.choice import aimed, best_cue, scene, troops_moving
from geo.events.context import SOURCE, TITLES, is_locative, modifies
from geo.events.continued import continued_tags
from geo.events.cues import TROOP_COUNT, Cue, by_state, refine, sharpen
from geo.events.document import VIOLENT, Document
from geo.events.enumeration import enumerated
from geo.events.frames import attributed, clause_frames
from geo.events.governed import described, in_motive, motives, usable_cues
from geo.events.missions import event_mission
from geo.events.notes import describe_event
from geo.events.regions import coordinated, family, locates_base, overarching, within
from geo.events.sites import containers, datelines, in_names, nested, place_clauses
from geo.events.starts import mission_starts
from geo.events.subplaces import subplace_tags
from geo.events.tag import EventTag
from geo.model.catalog import ACTORS, MISSIONS, Catalogue
from geo.model.spans import Resolved
from geo.model.vocab import EVENT_TYPES
from geo.temporal import parse_published

__all__ = ["EventTag", "tag_events"]

#: Event types that happen at a place (political acts may be done by a country anywhere).
PHYSICAL: Final = frozenset(EVENT_TYPES) - {"political", "mention"}
_TYPE_CONFIDENCE: Final = {"clause": 0.9, "sentence": 0.75, "enumerated": 0.75, "inherited": 0.5}
_DATE_CONFIDENCE: Final = {"sentence": 1.0, "neighbour": 0.85, "publication": 0.7, "none": 0.6}
_SITES: Final = frozenset({"military_base", "airport", "facility"})
#: Events of weapons fired or attacks launched: the place they came "from" is no site of them.
_FIRED: Final = frozenset({"strike", "rocket_attack", "attack"})


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
    spots = sorted((p for p in places if p.toponym.kind == "place"), key=lambda p: p.toponym.start)
    if not spots:
        return []  # demonyms alone make no tag
    if names is None:
        names = act.CatalogueNames(missions, actors)
    doc = Document.prepare(text, places, published=published, names=names)
    in_name = in_names(doc, spots)
    inside = nested(spots) | in_name | datelines(text, spots)
    by_sentence: dict[int, list[Resolved]] = {}
    for place in spots:
        if (place.toponym.start, place.toponym.end) not in inside and place.toponym.role is None:
            by_sentence.setdefault(doc.index(place.toponym.start), []).append(place)
    referred = referring_sentences(doc, spots, inside, by_sentence, PHYSICAL)
    tags: list[EventTag] = []
    jobs = [(n, g, False) for n, g in by_sentence.items()] + [
        (n, [r.place], True) for n, r in referred.items()
    ]
    for number, group, referring in sorted(jobs, key=lambda job: (job[0], job[2])):
        found = _tag_sentence(doc, number, group)
        if referring:  # the place it means, typed and dated by the referring sentence
            antecedent = referred[number].antecedent
            span = (antecedent.toponym.start, antecedent.toponym.end)
            found = [
                replace(tag, place=antecedent, name=text[span[0] : span[1]], mentions=(span, *tag.mentions))
                for tag in found
            ]
        tags.extend(found)
    placed = {t.sentence for t in tags if t.event_type == "deployment"}
    for number, place, cue in mission_starts(doc, spots, placed=placed):  # "The X mission began in May"
        choice = _Choice(cue, "deployment", None, "clause")
        tags.append(_build(doc, number, [place], place, choice, doc.sentence_mentions(number, []), set()))
    tags.extend(continued_tags(doc, tags, spots, PHYSICAL, build=_told_on))  # told on without the place
    merged = merge.fold_undated_restatements(merge.fold_generic_attacks(merge.merge_tags(tags)))
    merged = identity.fold_same_toll(identity.fold_contained(merge.fold_country_restatements(merged)))
    merged = identity.fold_inspections(identity.fold_riots(merged))
    merged.extend(subplace_tags(doc, merged, places, PHYSICAL))  # "the villages of X and Y" at the town
    if include_mentions:
        # a place named only inside organisation or mission names ("Operation Prosperity Guardian") is none
        named = [p for p in spots if (p.toponym.start, p.toponym.end) not in in_name]
        kept = {p.candidate.id for p in named}
        merged.extend(merge.mention_tags(doc, [p for p in spots if p.candidate.id in kept], merged))
    return merged


def _tag_sentence(doc: Document, number: int, group: list[Resolved]) -> list[EventTag]:
    cues = usable_cues(doc, number, group)
    listing = enumerated(doc, number, PHYSICAL)
    enumerated_choice = None if listing is None else _Choice(*listing, "enumerated")
    if not cues and enumerated_choice is None and not any(_inherit(doc, number, p) for p in group):
        return []  # every place is only named here
    text, tokens, clauses = doc.text, doc.tokens, doc.clauses
    locative = {p.toponym.start for p in group if is_locative(text, tokens, p.toponym.start, p.toponym.end)}
    for place in group:  # "attacks on US bases": the country says whose, not where
        if place.candidate.feature_class == "country" and modifies(text, place.toponym.end):
            locative.discard(place.toponym.start)
    listed_after, place_clause = place_clauses(text, group, clauses, locative)
    cue_clause = [bisect.bisect_right(clauses, c.start) for c in cues]
    placed_with_cue = any(
        clause in cue_clause
        for p, clause in zip(group, place_clause, strict=True)
        if p.toponym.start in locative or p.candidate.feature_class != "country"
    )

    choices: dict[int, _Choice] = {}
    refined: dict[int, tuple[str, str | None]] = {}
    for place, clause in zip(group, place_clause, strict=True):
        in_clause = aimed(
            [c for c, where in zip(cues, cue_clause, strict=True) if where == clause], text, place
        )
        if enumerated_choice is not None and not any(c.frame for c in in_clause):
            choices[place.toponym.start] = enumerated_choice  # "These include 12 on X": the events before
            continue
        if in_clause:
            cue, how = best_cue(in_clause, place), "clause"
        elif (first := listed_after.get(place.toponym.start)) in choices and choices[first].cue is not None:
            choices[place.toponym.start] = choices[first]
            continue
        elif (lent := [c for c in cues if not attributed(text, c)]) and not placed_with_cue:
            cue, how = best_cue(lent, place), "sentence"
            if cue.event_type == "political" and not scene(doc, number, place, locative):
                # a decision is tied to the places of its own clause, or to the scene set before it
                choices[place.toponym.start] = _inherit(doc, number, place) or _MENTION
                continue
        else:
            choices[place.toponym.start] = _inherit(doc, number, place) or _MENTION
            continue
        found = refined.get(cue.start)
        if found is None:
            found = refined[cue.start] = refine(sharpen(cue, cues), doc.words(number))
        choices[place.toponym.start] = _Choice(cue, found[0], found[1], how)

    for place in group:  # "withdrew from X", "pulled out of X": where a withdrawal happens
        start = place.toponym.start
        choice = choices[start]
        if (
            choice.cue is not None
            and choice.cue.event_type == "withdrawal"
            and choice.sub is None
            and choice.event_type in {"withdrawal", "political"}
            and start not in locative
            and is_locative(text, tokens, start, place.toponym.end, locatives=SOURCE)
        ):
            locative.add(start)
            choices[start] = _Choice(choice.cue, "withdrawal", None, choice.how)
        elif choice.cue is not None and (moved := troops_moving(text, tokens, place, choice.cue)) is not None:
            choices[start] = _Choice(choice.cue, moved, None, choice.how)
    # Who is where: a country named as subject or modifier is an actor, not the site of a physical event,
    # and is not the site either when a more precise place of it takes part in the same event.
    has_locative = bool(locative)
    clause_of = {p.toponym.start: clause for p, clause in zip(group, place_clause, strict=True)}
    placed = {clause_of[start] for start in locative if start in clause_of}
    held: set[int] = set()  # regions that only hold the site of the event: no host of a frame either
    for place in group:
        choice = choices[place.toponym.start]
        is_country = place.candidate.feature_class == "country"
        if choice.event_type not in PHYSICAL:
            if choice.event_type != "mention" and (
                # "visited the US troops", "the Kurdistan Region President welcomed the decision"
                modifies(text, place.toponym.end, nouns=None if is_country else TITLES)
                or recipient(text, place.toponym.end)  # "X received the request": asked, not asking
                or (
                    is_country
                    and place.toponym.start not in locative
                    and (has_locative or _about(group, choices, choice))  # an actor deciding on X
                )
            ):
                choices[place.toponym.start] = _MENTION
            continue
        outranked = is_country and any(
            other.candidate.country == place.candidate.country
            and other.candidate.feature_class != "country"
            and choices[other.toponym.start].event_type == choice.event_type
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
        # "the villages of X and Y in Z province": the event is at the finer places the region holds
        if any(
            within(other, place)
            and family(choices[other.toponym.start].event_type) == family(choice.event_type)
            and not coordinated(text, other, place)
            for other in group
        ):
            held.add(place.toponym.start)
            outranked = True
        # a place typed by a cue of its own clause yields only to the located places of that clause
        yields = clause_of[place.toponym.start] in placed if choice.how == "clause" else has_locative
        yields = yields or (choice.how == "sentence" and possessor(text, place))
        if outranked or (place.toponym.start not in locative and (is_country or yields)):
            choices[place.toponym.start] = _MENTION
    starts = {p.toponym.start for p in group}
    for place in group:  # "the Group in X said ...", "Moscow has been targeting ...", "X's consulate in Y"
        choice, span = choices[place.toponym.start], (place.toponym.start, place.toponym.end)
        # a country deciding is where the decision is: only a physical event's subject is no site
        agentive = span[0] not in locative and choice.event_type in PHYSICAL
        if choice.cue is not None and (
            not_site(text, tokens, span, choice.cue, agentive=agentive, starts=starts)
            or no_own_site(text, span, fired=choice.event_type in _FIRED)
        ):
            choices[place.toponym.start] = _MENTION
    for start in containers(text, group, {start: choice.event_type for start, choice in choices.items()}):
        choices[start] = _MENTION  # "X in Y province": the event is at X
        held.add(start)
    # "to protest the war in X": X is why, not where; "fighters who are deployed in X": who, not where
    reasons = motives(doc, number) + described(doc, number)
    for start in [s for s in choices if in_motive(s, reasons)]:
        choices[start] = _MENTION

    countries = [
        act.Mention(p.toponym.start, p.toponym.end, name)
        for p in group
        if p.candidate.feature_class == "country"
        and p.toponym.start not in locative
        and (name := act.country_name(p.candidate.country)) is not None
    ]
    hosts = {
        p.toponym.start
        for p in group
        if (choices[p.toponym.start].event_type != "mention" or p.candidate.feature_class != "country")
        and not in_motive(p.toponym.start, reasons)
        and p.toponym.start not in held
        and not no_host(text, (p.toponym.start, p.toponym.end))
        # "Iraq's parliament voted ..., following the killing of X": the state whose body acts
        and not (p.candidate.feature_class == "country" and possessor(text, p))
    }
    extra = []
    framing = [k for k, c in enumerate(cues) if c.frame and c.sub_event_type != TROOP_COUNT]
    for host, cue in clause_frames(
        [cues[k] for k in framing],
        [cue_clause[k] for k in framing],
        group,
        place_clause,
        hosts=hosts,
        used={start: (choice.cue, choice.event_type) for start, choice in choices.items()},
        physical=PHYSICAL,
        dated=lambda clause: doc.dated_clause(number, clause),
        best=best_cue,
        text=text,
    ):
        found = refined.get(cue.start)
        if found is None:
            found = refined[cue.start] = refine(sharpen(cue, cues), doc.words(number))
        if found[0] not in PHYSICAL:
            continue  # a frame tells where something happens, not a decision ("withdrew from the deal")
        extra.append((host, _Choice(cue, found[0], found[1], "clause")))
    grouped: dict[tuple[str, str, str | None], list[Resolved]] = {}
    for place in group:
        choice = choices[place.toponym.start]
        if choice.event_type != "mention":
            grouped.setdefault((place.candidate.id, choice.event_type, choice.sub), []).append(place)
    if not grouped and not extra:
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
    for host, choice in extra:
        out.append(_build(doc, number, [host], host, choice, mentions, locative, frame=True))
    return out


def _about(group: Sequence[Resolved], choices: dict[int, _Choice], choice: _Choice) -> bool:
    """Whether a place other than a country takes the same political act ("Turkey and Russia agreed to
    turn Idlib into a zone": the act is about Idlib, the countries are its actors)."""
    return any(
        p.candidate.feature_class != "country" and choices[p.toponym.start].cue is choice.cue for p in group
    )


def _inherit(doc: Document, number: int, place: Resolved) -> _Choice | None:
    """A site named right after a sentence about presence or deployment, in the same paragraph, takes part."""
    if place.candidate.feature_class not in _SITES or number == 0:
        return None
    if doc.sentences[number - 1].paragraph != doc.sentences[number].paragraph:
        return None
    cues = [c for c in doc.cues[number - 1] if c.event_type in {"presence", "deployment"} and c.frame]
    if not cues:
        return None
    event_type, sub = refine(cues[-1], doc.words(number - 1))
    return _Choice(cues[-1], event_type, sub, "inherited")


def _told_on(doc: Document, number: int, place: Resolved, cue: Cue, kind: str, sub: str | None) -> EventTag:
    return _build(doc, number, [place], place, _Choice(cue, kind, sub, "sentence"), [], set())


def _build(
    doc: Document,
    number: int,
    members: list[Resolved],
    best: Resolved,
    choice: _Choice,
    mentions: list[act.Mention],
    locative: set[int],
    *,
    frame: bool = False,
) -> EventTag:
    """The tag of one event; a ``frame`` (an event told in a clause without a place) reads its numbers
    from its own clause first."""
    sentence = doc.sentences[number]
    event_type = choice.event_type
    cue = choice.cue if choice.how != "inherited" else None
    date, date_source = doc.date(number, cue, best)
    actors = doc.actors_for(number, cue, mentions, locative, best)
    sub = choice.sub
    if actors and all(a in act.COUNTRY_ACTORS for a in actors):  # a state's attack from afar: a strike
        event_type, sub = by_state(event_type, sub, doc.words(number))
    actors = doc.complete_actors(number, event_type, sub, actors)
    troops = fatalities = None
    if event_type in {"deployment", "withdrawal", "training", "presence"}:
        troops = event_troops(doc, number, best, cue=cue if frame else None)
    elif event_type in VIOLENT or event_type == "protest":
        fatalities = event_fatalities(doc, number, best, cue=cue if frame else None)
    confidence = _TYPE_CONFIDENCE[choice.how] * _DATE_CONFIDENCE[date_source] * min(1.0, max(0.0, best.score))
    mission = event_mission(doc, number, event_type, sub, date, best)
    return EventTag(
        place=best,
        name=doc.text[best.toponym.start : best.toponym.end],
        event_type=event_type,
        sub_event_type=sub,
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
            sub,
            actors=actors,
            mission=mission,
            troops=troops,
            fatalities=fatalities,
            date_source=date_source,
        ),
    )
