"""Tag each resolved place with the event its sentence reports."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from geo.errors import InputError
from geo.events import actors as act
from geo.events import countries, guesses, identity, merge, venues
from geo.events.anaphora import referring_sentences
from geo.events.background import described, in_motive, motives
from geo.events.bodies import in_body_names
from geo.events.building import MENTION as _MENTION
from geo.events.building import Choice as _Choice
from geo.events.building import build_tag as _build
from geo.events.building import told_on
from geo.events.bystanders import foreign_parties, no_host, no_own_site, not_site, possessor, prior_cue
from geo.events.captions import no_file_photos
from geo.events.choice import (
    aimed,
    best_cue,
    flown_from,
    governed_cue,
    inherited,
    more_events,
    scene,
    troops_moving,
)
from geo.events.context import SOURCE, is_locative, modifies
from geo.events.contingents import contingents
from geo.events.continued import continued_tags
from geo.events.contributors import contributed_tags
from geo.events.cues import RELOCATION, TROOP_COUNT, refine, sharpen
from geo.events.datelines import datelines, source_seats
from geo.events.districts import districts_apart, listed_apart, sites_apart
from geo.events.document import Document
from geo.events.domestic import domestic_tags
from geo.events.enumeration import enumerated
from geo.events.frames import VIOLENT, attributed, clause_frames
from geo.events.gapping import gapped, own_time
from geo.events.governed import usable_cues
from geo.events.intent import STATEMENT
from geo.events.metonyms import state_mentions
from geo.events.ongoing import at_publication, ongoing_events
from geo.events.outranked import outrank
from geo.events.pairs import pair_tags
from geo.events.records import record_tags
from geo.events.regions import may_hold
from geo.events.repeated import anchored_tags, pronoun_tags, repeated_tags, sequel_tags
from geo.events.residences import residences
from geo.events.restated import means_of_restated, means_told_after
from geo.events.seats import based_unit, official_seat
from geo.events.seizures import seizure_hosts
from geo.events.sequenced import act_type
from geo.events.sites import containers, in_names, listed_sources, nested, place_clauses
from geo.events.speaking import speaking_home
from geo.events.starts import mission_starts
from geo.events.stated import fold_stated_holders
from geo.events.subplaces import subplace_tags
from geo.events.tag import EventTag
from geo.events.titles import in_quoted_titles
from geo.model.catalog import ACTORS, MISSIONS, Catalogue
from geo.model.spans import Resolved
from geo.model.vocab import EVENT_TYPES
from geo.temporal import parse_published

__all__ = ["EventTag", "tag_events"]

#: Event types that happen at a place (political acts may be done by a country anywhere).
PHYSICAL: Final = frozenset(EVENT_TYPES) - {"political", "mention"}
#: States of forces that an absolute clause may repeat ("the others being in X").
_STATES: Final = frozenset({"presence", "deployment", "training"})
#: Events of weapons fired or attacks launched: the place they came "from" is no site of them.
_FIRED: Final = frozenset({"strike", "rocket_attack", "attack"})


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
    places = districts_apart(places)  # "the city of X and the X district": two places
    places = sites_apart(text, places)  # "the X base in Y": a site the gazetteer lacks, at Y, is no Y
    places = listed_apart(text, places)  # "struck X and Y", both put at one town: two places
    spots = sorted((p for p in places if p.toponym.kind == "place"), key=lambda p: p.toponym.start)
    if not spots:
        return []  # demonyms alone make no tag
    if names is None:
        names = act.CatalogueNames(missions, actors)
    doc = Document.prepare(text, places, published=published, names=names)
    in_name = in_names(doc, spots)
    inside = nested(spots) | in_name | datelines(text, spots) | residences(text, spots)
    inside |= in_body_names(text, spots) | source_seats(text, spots)  # "X Town Council"; "aides in X said"
    inside |= in_quoted_titles(text, spots)  # 'the "Stars Over X" show'
    by_sentence: dict[int, list[Resolved]] = {}
    for place in spots:
        if (place.toponym.start, place.toponym.end) not in inside and place.toponym.role is None:
            by_sentence.setdefault(doc.index(place.toponym.start), []).append(place)
    by_sentence = no_file_photos(doc, by_sentence)  # an archive photo's caption tells no event
    referred = referring_sentences(doc, spots, inside, by_sentence, PHYSICAL)
    tags: list[EventTag] = []
    far = guesses.guessed(places)  # places read by a like spelling far from every other place of the story
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
        tags.extend(venues.decided_at(text, guesses.unguessed(found, far)))  # "adopted in X"; a far guess
    placed = {t.sentence for t in tags if t.event_type == "deployment"}
    for number, place, cue in mission_starts(doc, spots, placed=placed):  # "The X mission began in May"
        choice = _Choice(cue, "deployment", None, "clause")
        tags.append(_build(doc, number, [place], place, choice, doc.sentence_mentions(number, []), set()))
    tags.extend(continued_tags(doc, tags, spots, PHYSICAL, build=told_on))  # told on without the place
    tags.extend(pair_tags(doc, tags, spots, PHYSICAL, build=told_on))  # an act told of "both countries"
    tags.extend(domestic_tags(doc, tags, spots, PHYSICAL, build=told_on))  # "the Xian army withdrew"
    tags.extend(contributed_tags(doc, tags, spots, build=told_on))  # "contribute 900 troops to the mission"
    tags.extend(record_tags(doc, tags, spots, PHYSICAL, build=told_on))  # "May 3rd: (K12) X, Y, Z": at X
    tags.extend(repeated_tags(doc, tags))  # "struck X on Monday and again on Wednesday": two strikes
    tags = anchored_tags(doc, [*tags, *sequel_tags(doc, tags)])  # "..., a year after X fell": two acts
    tags = means_told_after(doc, means_of_restated(text, tags))  # "this attack" after a strike: that strike
    merged = merge.fold_undated_restatements(merge.fold_generic_attacks(merge.merge_tags(tags)))
    merged = countries.fold_country_restatements(merge.date_by_naming(merged, text), text=text)
    merged = identity.fold_same_toll(identity.fold_contained(merged, text=text))
    merged = fold_stated_holders(merged, text=text, spots=spots)  # "X city in Y" and "strikes on Y"
    merged = identity.fold_indefinite_sites(identity.fold_site_kinds(identity.fold_riots(merged)), text)
    merged.extend(pronoun_tags(doc, tags, merged))  # "one in May that killed 5 and one in June": two
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
    for place in group:  # "attacks on US bases": the country says whose, not where ("X-based units": where,
        # when no other place is: "a Chad-based battalion was sent to Mali" tells where it went)
        if place.candidate.feature_class == "country" and based_unit(text, place.toponym.end):
            locative.update(() if locative - {place.toponym.start} else (place.toponym.start,))
        elif place.candidate.feature_class == "country" and modifies(text, place.toponym.end):
            locative.discard(place.toponym.start)
    gap = gapped(text, group, doc.actors[number])  # "X to A, Germany to B": Germany acts, B is a site
    locative.difference_update(gap.subjects)
    locative.update(start for start, lead in gap.sites.items() if lead in locative)
    listed_after, place_clause = place_clauses(
        text, group, clauses, locative, skip=gap.subjects, cued=[c.start for c in doc.cues[number]]
    )
    cue_clause = [bisect.bisect_right(clauses, c.start) for c in cues]
    placed_with_cue = any(
        clause in cue_clause
        for p, clause in zip(group, place_clause, strict=True)
        if p.toponym.start in locative or p.candidate.feature_class != "country"
    )

    choices: dict[int, _Choice] = {}
    refined: dict[int, tuple[str, str | None]] = {}
    for place, clause in zip(group, place_clause, strict=True):
        lead = gap.sites.get(place.toponym.start, gap.states.get(place.toponym.start))
        if (
            lead in choices
            and choices[lead].cue is not None
            and (place.toponym.start in gap.sites or choices[lead].event_type in _STATES)
        ):
            # the event of the full clause, at its place, dated by the conjunct's own time if it has one
            full = choices[lead]
            cue = own_time(place, full.cue, gap.tails, doc.dates[number]) if full.cue else None
            choices[place.toponym.start] = _Choice(cue, full.event_type, full.sub, full.how)
            continue
        in_clause = aimed(
            [c for c, where in zip(cues, cue_clause, strict=True) if where == clause], text, place
        )
        if enumerated_choice is not None and not any(c.frame for c in in_clause):
            choices[place.toponym.start] = enumerated_choice  # "These include 12 on X": the events before
            continue
        if in_clause:
            cue, how = best_cue(in_clause, place), "clause"
            cue = governed_cue(doc, number, in_clause, place, cue)  # "arrived in X in 2014 and left Y"
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
        found = act_type(doc, number, cue, cues, refined)  # "killed, after jets struck": not the jets' act
        choices[place.toponym.start] = _Choice(cue, found[0], found[1], how)

    sourced: dict[int, int] = {}  # the places a withdrawal leaves: the end of its cue, by the place's start
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
            # "the withdrawal of US troops from X": a country before the forces' noun says whose
            and not (place.candidate.feature_class == "country" and modifies(text, place.toponym.end))
        ):
            locative.add(start)
            sourced[start] = choice.cue.end
            choices[start] = _Choice(choice.cue, "withdrawal", None, choice.how)
        elif (
            choice.cue is not None
            and choice.cue.sub_event_type == STATEMENT
            and start not in locative
            and is_locative(text, tokens, start, place.toponym.end, locatives=SOURCE)
        ):
            locative.add(start)  # "said France would withdraw from X": X is where, France who
        elif choice.cue is not None and (moved := troops_moving(text, tokens, place, choice.cue)) is not None:
            choices[start] = _Choice(choice.cue, moved, None, choice.how)
            if choice.cue.sub_event_type == RELOCATION:  # "moved from X to Y": X is a site as Y is
                locative.add(start)
        elif choice.cue is not None and flown_from(text, place, choice.cue, choice.event_type):
            locative.add(start)  # "jets took off from X": where they are
    for start, first in (
        listed_sources(text, group, locative, sourced, skip=gap.subjects).items() if sourced else ()
    ):
        if choices[first].event_type == "withdrawal" and choices[start].cue in (None, choices[first].cue):
            choices[start] = choices[first]  # "withdrew from the X base and Y": Y is left too
    clause_of = {p.toponym.start: clause for p, clause in zip(group, place_clause, strict=True)}
    # who is where: a country that is an actor, or a region that holds a finer site, is no site
    locative.update(home := speaking_home(doc, number, group, choices))  # "X says its troops killed 10"
    held = outrank(text, group, choices, locative, clause_of, physical=PHYSICAL, why=motives(doc, number))
    starts = {p.toponym.start for p in group}
    for place in group:  # "the Group in X said ...", "Moscow has been targeting ...", "X's consulate in Y"
        choice, span = choices[place.toponym.start], (place.toponym.start, place.toponym.end)
        # a country deciding is where the decision is: only a physical event's subject is no site
        agentive = span[0] not in locative and choice.event_type in PHYSICAL
        # "in Y in X": the town X is a site unless Y is a place the text names in X's country; a sea unless Y
        # is a place the text names at all ("at the MV Y in the X Sea": a ship's name, the sea is the site)
        named = (
            {p.toponym.start for p in group if p.candidate.country == place.candidate.country}
            if place.candidate.feature_class == "city"
            else starts if place.candidate.feature_class == "water_body" else None
        )
        if choice.cue is not None and (
            (span[0] not in home and not_site(
                text, tokens, span, choice.cue, agentive=agentive, starts=starts, near=may_hold(place, group)
            ))
            or (  # "abducted the mayor of X": whose official, and where when nothing else is
                no_own_site(text, span, fired=choice.event_type in _FIRED, starts=named)
                and not official_seat(
                    text, span, choice.cue, choice.event_type, located=bool(locative), words=doc.words(number)
                )
            )
        ):
            own = [c for c, at in zip(cues, cue_clause, strict=True) if at == clause_of[span[0]]]
            prior = prior_cue(text, tokens, span, choice.cue, own, agentive=agentive, starts=starts)
            typed = None if prior is None else refine(sharpen(prior, cues), doc.words(number))
            choices[span[0]] = _MENTION if typed is None else _Choice(prior, *typed, choice.how)
    kinds = {start: choice.event_type for start, choice in choices.items()}
    for start in containers(text, group, kinds) | foreign_parties(text, group, kinds):
        choices[start] = _MENTION  # "X in Y province": the event is at X; "A and B agreed on C in B": at B
        held.add(start)
    # "to protest the war in X": X is why, not where; "fighters who are deployed in X": who, not where
    reasons = motives(doc, number) + described(doc, number)
    for start in [s for s in choices if in_motive(s, reasons)]:
        choices[start] = _MENTION

    countries = state_mentions(text, group, locative)  # "Washington hit X": the capital acts for its state
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
        found = act_type(doc, number, cue, cues, refined)
        if found[0] not in PHYSICAL:
            continue  # a frame tells where something happens, not a decision ("withdrew from the deal")
        extra.append((host, _Choice(cue, found[0], found[1], "clause")))
    # "X was attacked in 2012 and bombed in 2023": two events of X
    clausal = [(p, c.cue) for p in group if (c := choices[p.toponym.start]).how == "clause" and c.cue]
    for place, cue, kind, sub in more_events(doc, number, clausal, cues, cue_clause, clause_of, PHYSICAL):
        extra.append((place, _Choice(cue, kind, sub, "clause")))
    for place, cue in seizure_hosts(doc, number, group, cues, place_clause):  # "X, whose army seized power"
        extra.append((place, _Choice(cue, "political", None, "clause")))
    # one event per place, type and date: a place of two clauses dated apart takes part in two events
    grouped: dict[tuple[str, str, str | None, str | None], list[Resolved]] = {}
    for place in group:
        choice = choices[place.toponym.start]
        if choice.event_type != "mention":
            when = doc.date(number, choice.cue if choice.how != "inherited" else None, place)[0]
            key = (place.candidate.id, choice.event_type, choice.sub, None if when is None else when.edtf)
            grouped.setdefault(key, []).append(place)
    if not grouped and not extra:
        return []
    for place in group:  # other mentions of a place with an event here belong to that event
        if choices[place.toponym.start].event_type == "mention":
            for (gid, _, _, _), members in grouped.items():
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
        # "800 X troops and 300 Y troops in Z": one event per country's contingent
        tag = _build(doc, number, members, best, choices[best.toponym.start], mentions, locative)
        out.extend(contingents(doc, number, tag))
    for host, choice in extra:
        out.append(_build(doc, number, [host], host, choice, mentions, locative, frame=True))
    # "X, which is the scene of clashes": the fighting going on there too, at publication
    chosen = {start: choice.cue for start, choice in choices.items()}
    for place, cue, kind, sub in ongoing_events(doc, number, group, chosen, cues, VIOLENT):
        tag = _build(doc, number, [place], place, _Choice(cue, kind, sub, "clause"), mentions, locative)
        out.append(at_publication(tag, doc.publication()))
    return out


def _inherit(doc: Document, number: int, place: Resolved) -> _Choice | None:
    """A site named right after a sentence about presence or deployment takes part (:func:`inherited`)."""
    found = inherited(doc, number, place)
    return None if found is None else _Choice(*found, "inherited")
