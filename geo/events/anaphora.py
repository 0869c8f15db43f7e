"""Places a sentence refers back to: "there", "the city", "the base" after a sentence that named them.

An event is often told in the sentence after the one that names its place ("Northampton is a town in Fulton
County. Two soldiers were killed there on Friday."). A sentence with a physical event cue and no place of its
own is linked to the place its back-reference means, in the nearest of the one or two sentences before it in
the same paragraph that names a place of a fitting class: "the city", "the town" and "the village" a city;
"the base" (also "the air base", "the airbase", "the military base", "the airfield") and "the camp" a military
base or airport; "the airport" an airport; "there" any place but a country or a sea; "their camp", "its base",
"their positions" (a possessive: the camp of forces told just before) a town, site or airport named in the
sentence or two before in the paragraph ("Peacekeepers are based in X. Their camp was shelled"); "its
outskirts", "its suburbs", "its centre", "its (northern) districts" a town named so (a part of the town just
named: "X is the largest city of the north. Gunmen attacked its outskirts"). In that sentence the first town
or site named is taken, else the first place (the one the sentence is about: "X is a town in Y County, Z"),
but not a capital that acts ("Moscow has been targeting the ports around X"); "the region" and "the province"
a province or region named in the sentence or two before, or else the one province the article has named
before, however far, when it names no wider region (a unique antecedent); "the area" only a place named "the X
area" before (the same head noun: "farms in the X area ... gunmen in the area"); "the capital" the city the
text called the capital before, however far ("the capital X", "X, the Yian capital"), not one it did not (the
capital of which country is not read from the gazetteer); "the vessel", "the ship" and "the tanker" the place
a vessel was located by at sea in a sentence before, however far back in the last dozen ("a freighter some 40
nautical miles off the X coast", "a tanker off X": maritime incident reports tell the position first and the
hit later). Not the "there" of "there was", nor vaguer words such as a bare "the area" or "the country", which
name a neighbourhood or a nation as often as the place. A sentence that names other places links a
back-reference too when it is the subject of a clause with an event cue and no named place ("After X entered Y
in 1982, the airstrip served as its chief base"; "Built in the 1980s, the base was taken over in 2003"), and a
"there" after the cue when the only places the sentence names are countries before the cue in its clause (its
subject: "X and Y deployed troops there in 1960"). "On the Israeli side, ten were killed" tells a violent
event of the country of the demonym, when the article names that country. The event keeps the place's own
mention and adds the back-reference's offsets, so its mentions point at what the text says. "The state" (not
"the state media") is "the province"; a "there" after a sentence that referred back means that place; an
opening "It" means the place the sentence before was about; a passive one ("It was last targeted in May") the
place of the nearest of the two sentences before that names a place, past a sentence naming none or a
paragraph break; in "X's Y" the place is Y (X only locates it). "The city" also means an airport or base the
gazetteer read for a bare town name ("the airport in X": the text named the town X). "The strait" and "the
gulf" mean a water body, "the port" a city, "the outpost", "the garrison" and "the post" a base; "near the
strait" after the cue of a clause naming no place is where that clause's event happened. A city followed by a
speech verb ("Kyiv announced") is a government, not a place; "the (same) district" a district or its town.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final

from geo.events.actors import country_name
from geo.events.context import modifies
from geo.events.document import VIOLENT, Document
from geo.model.spans import Resolved

__all__ = ["LOOKBACK", "ReferredPlace", "referred_place", "referring_sentences"]

#: Sentences before the one with the back-reference searched for the place it means.
LOOKBACK: Final = 2
#: How much less sure a place reached through a back-reference is.
REFERENCE_FACTOR: Final = 0.8
#: Nouns "the state" modifies when it means the government, not a province ("the state media").
_STATE_NOUNS: Final = (
    r"(?:of|media|news|television|tv|radio|department|broadcaster|agency|security|forces|run|owned|governor"
    r"|government|legislature|capital|house|council|prosecutors?|attorney|level|visit|funeral|budget|oil|firm"
    r"|company|bank|employees|workers|officials|authorities|institutions|apparatus|sector|schools?|police|army"
    r"|troops|militia|actors?|sponsors?|terrorism|violence|repression|assembly|elections?|parliament|party)"
)
_REFERENCE: Final = re.compile(
    r"\b(?:(?P<any>there)(?!\s+(?:is|are|was|were|has|have|had|will|would|seem|seems|seemed|may|might"
    r"|must|could|should|remain|remains|remained|appear|appears|appeared|exist|exists|existed)\b)(?!['’])"
    r"|[Tt]he (?:(?P<city>city|town|village|port(?!\s+(?:of|city|authority|authorities)\b))"
    r"|(?P<base>(?:air\s?|military\s)?base|airfield|camp|outpost|garrison|post(?!\s+(?:of|office)\b)(?!-))"
    r"|(?P<water>strait|gulf)(?!\s+of\b)(?!\s+[A-Z])"
    rf"|(?P<airport>airport)|(?P<region>region|province|state(?!\s+{_STATE_NOUNS}\b)(?![-’']))|(?P<area>area)"
    r"|(?P<district>(?:same\s+)?(?:district|governorate|county)(?!\s+(?:of|council|court|chief|officials?)\b))"
    r"|(?P<capital>capital)(?!\s+(?:of|city)\b)(?!,?\s+[A-Z])|(?P<vessel>vessel|ship|tanker)))\b"
    r"|\b(?:[Tt]heir|[Ii]ts)\s+(?P<own>(?:military\s)?(?:bases?|camps?|positions))\b"
    r"|\b[Ii]ts\s+(?:(?:northern|southern|eastern|western)\s+)?"
    r"(?P<part>outskirts|suburbs?|cent(?:re|er)|districts|neighbou?rhoods)\b"
)
#: The words one of which each back-reference of :data:`_REFERENCE` ends with (the pattern is case-sensitive
#: and lower-case there): a sentence without one holds none.
_REFERENCE_WORDS: Final = frozenset(
    {"there", "city", "town", "village", "base", "airbase", "airfield", "camp", "airport", "region"}
    | {"province", "state", "area", "capital", "vessel", "ship", "tanker", "bases", "camps", "positions"}
    | {"port", "outpost", "garrison", "post", "strait", "gulf", "district", "governorate", "county"}
    | {"outskirts", "suburb", "suburbs", "centre", "center", "districts", "neighbourhoods", "neighborhoods"}
)
#: Right before a city the text calls the capital: "the capital X", "the Xian capital, X".
_CAPITAL_BEFORE: Final = re.compile(r"\b(?:the|its)\s+(?:[A-Z][\w'’-]*\s+){0,2}capital,?\s+\Z")
#: Right after one: "X, the capital", "X, the Xian capital", "X, capital of Y".
_CAPITAL_AFTER: Final = re.compile(r",\s+(?:the\s+|its\s+)?(?:[A-Z][\w'’-]*\s+){0,2}capital\b")
#: A sentence that opens with "It was/has/is..." speaks of what the sentence before was about.
_IT: Final = re.compile(r"(?P<it>It)\s+(?:was|has|had|is|came|comes|continues|continued|remains|remained)\b")
#: "It" as the patient of a passive: "It was last targeted", "It had been hit", "It was struck again".
_IT_PASSIVE: Final = re.compile(
    r"It\s+(?:was|had\s+been|has\s+been)\s+(?:(?:also|last|again|first|already|repeatedly)\s+)*"
    r"(?:[a-z]+ed|hit|struck|shot|overrun)\b"
)
#: Words that name a site rather than the town it is named after ("X Airport", "X Air Base").
_SITE_WORDS: Final = re.compile(r"(?i)\b(?:air\s?port|air\s?base|base|air\s?field|field|camp|port|station)\b")
#: A "there" that says where (not "there was").
_THERE: Final = re.compile(_REFERENCE.pattern.split("|[Tt]he ")[0] + ")")
#: A possessive right after a name: "X's Y" (X locates Y).
_OWNS: Final = frozenset({"'s", "’s"})
#: A verb right after a name: the name is the subject of the clause ("Moscow has said", "Kyiv will").
_SUBJECT_VERB: Final = re.compile(
    r"\s+(?:has|have|had|is|was|will|would|says|said|claims|claimed|announced|accused|denied)\b"
)
#: A speech verb right after a city: the government of the capital speaks ("Kyiv announced", "Moscow said").
_SPEAKS: Final = re.compile(
    r"\s+(?:(?:has|had)\s+)?(?:announced|said|says|claimed|claims|denied|insisted|reported)\b"
)
#: "on the <demonym> side": a party of a conflict, told by its country.
_SIDE_BEFORE: Final = re.compile(r"\b[Oo]n\s+the\s+\Z")
_SIDE_AFTER: Final = re.compile(r"\s+side\b")
#: What may open a clause before a back-reference that is its subject.
_CLAUSE_OPENERS: Final = frozenset({"", "and", "but"})
#: Right before a water body a clause's event happened at: "near the strait", "in the gulf".
_WATER_AT: Final = re.compile(r"\b(?:near|in|through|off|at|into|across|crossing)\s+\Z")
#: "X area": the words a later "the area" repeats.
_AREA: Final = re.compile(r"\s+area\b")
#: Sentences searched back for the place "the base", "the city" or "the airport" means.
LOOKBACK_NAMED: Final = 12
_POINTS: Final = frozenset({"city", "airport", "military_base", "facility"})
#: Feature classes each back-reference can mean.
_FITS: Final[dict[str, frozenset[str]]] = {
    "any": frozenset({"city", "airport", "military_base", "facility", "admin_region", "region"}),
    "city": frozenset({"city"}),
    "base": frozenset({"military_base", "airport"}),
    "airport": frozenset({"airport"}),
    "water": frozenset({"water_body"}),
    "it": frozenset({"city", "airport", "military_base", "facility"}),
    "own": frozenset({"city", "airport", "military_base", "facility"}),
    "part": frozenset({"city"}),
    "region": frozenset({"admin_region", "region"}),
    "district": frozenset({"admin_region", "city"}),
    "area": frozenset({"city", "admin_region", "region", "facility", "military_base", "airport"}),
    "capital": frozenset({"city"}),
    "vessel": frozenset({"city", "airport", "facility", "admin_region", "region"}),
}
#: Right before a place a vessel at sea is located by: "off X", "off the coast of X", "60 nautical miles
#: southwest of X", "40 km off X" (maritime incident reports).
_OFF_BEFORE: Final = re.compile(
    r"(?:\boff\s+(?:the\s+(?:[\w-]+\s+)?(?:coast|port|shores?)\s+of\s+)?(?:the\s+)?"
    r"|\b(?:miles|km|kilometres|kilometers)\s+(?:\([^)]*\)\s+)?(?:off|(?:[a-z-]+\s+)?(?:of|from))\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+){0,3}?)\Z"
)
#: Sentences searched back for the place a vessel was named at ("the vessel" of a maritime report).
_VESSEL_NOUNS: Final = frozenset({"vessel", "ship", "tanker", "boat", "dhow", "freighter", "carrier"})


@dataclass(frozen=True, slots=True)
class ReferredPlace:
    """A back-reference and the place it means: ``place`` is a synthetic mention on the reference's
    words (name and candidate of the antecedent), ``antecedent`` the mention it was taken from."""

    place: Resolved
    antecedent: Resolved


def referred_place(
    doc: Document, number: int, spots: list[Resolved], physical: frozenset[str], *, it: bool = True
) -> ReferredPlace | None:
    """The place sentence ``number`` refers back to, when it has a physical cue and a back-reference.

    Parameters
    ----------
    doc
        The prepared document.
    number
        Index of a sentence that names no place itself.
    spots
        The document's place mentions in text order (nested ones left out).
    physical
        Event types that happen at a place.
    """
    if not any(cue.event_type in physical for cue in doc.cues[number]):
        return None
    sentence = doc.sentences[number]
    found = _IT.match(doc.text, sentence.start, sentence.end) if it else None
    if found is None and not _REFERENCE_WORDS.isdisjoint(doc.words(number)):
        found = _REFERENCE.search(doc.text, sentence.start, sentence.end)
    if found is None or found.lastgroup is None:
        return None
    fits = _FITS[found.lastgroup]
    # "there" and "it" look at the sentence or two before in the paragraph; "the base" further back
    named = found.lastgroup not in {"any", "it", "region", "own", "part"}
    low = max(0, number - (LOOKBACK_NAMED if named else LOOKBACK))
    if found.lastgroup == "capital":
        low = 0  # the city the text called the capital, however far back
    paragraph = sentence.paragraph
    # "It was last targeted in May": the place a passive "It" suffers an event at is the one the nearest
    # sentence naming a place was about, past a sentence naming none or a paragraph break
    it = found.lastgroup == "it" and _IT_PASSIVE.match(doc.text, found.start(), sentence.end) is not None
    if found.lastgroup == "it" and not it:
        low = max(low, number - 1)
    by_sentence: dict[int, list[Resolved]] = {}
    for place in reversed(spots):
        where = doc.index(place.toponym.start)
        if where >= number:
            continue
        if where < low or (not named and doc.sentences[where].paragraph != paragraph and not it):
            break
        if it and by_sentence.keys() - {where}:
            break  # "It" means what the nearest sentence naming a place was about
        if it:
            by_sentence.setdefault(where, [])
        # "the airport in X" read as the airport: the text named the town X, which "the city" means
        town_site = (
            found.lastgroup == "city"
            and place.candidate.feature_class in {"airport", "military_base"}
            and _SITE_WORDS.search(place.toponym.surface) is None
        )
        if found.lastgroup == "area" and not _AREA.match(doc.text, place.toponym.end):
            continue  # "the area" repeats a place named "the X area" before
        if found.lastgroup == "capital" and not _called_capital(doc.text, place):
            continue  # "the capital" is the city the text called the capital before
        if found.lastgroup == "vessel" and not _vessel_at(doc, place):
            continue  # "the vessel" is where a vessel was named at sea before ("a ship off X")
        if place.candidate.feature_class in fits or place.toponym.feature_hint in fits or town_site:
            by_sentence.setdefault(where, []).insert(0, place)
    by_sentence = {k: v for k, v in by_sentence.items() if v}
    if not by_sentence and found.lastgroup == "region":
        by_sentence = _only_province(doc, number, spots)
    if not by_sentence:
        return None
    # The nearest sentence that names a fitting place; in it, the first point (town, site) named, else
    # the first place: the one that sentence is about ("X is a town in Y County, Z"). When it lists
    # several sites, "the base" or "the airport" is the one the story has named most so far (its topic).
    nearest = by_sentence[max(by_sentence)]
    # a capital that acts ("Moscow has been targeting X") stands for its government, not for a place
    nearest = [p for p in nearest if not _SUBJECT_VERB.match(doc.text, p.toponym.end)] or nearest
    # "X's Y": X only locates Y, the place the sentence is about
    nearest = [p for p in nearest if doc.text[p.toponym.end : p.toponym.end + 2] not in _OWNS] or nearest
    points = [p for p in nearest if p.candidate.feature_class in _POINTS] or nearest[:1]
    if found.lastgroup in {"base", "airport"} and len(points) > 1:
        told = Counter(p.candidate.id for p in spots if p.toponym.start < sentence.start)
        points = [max(points, key=lambda p: told[p.candidate.id])]  # the first of equals
    antecedent = points[0]
    start, end = found.span()
    toponym = replace(antecedent.toponym, start=start, end=end, surface=doc.text[start:end])
    synthetic = Resolved(toponym, antecedent.candidate, round(REFERENCE_FACTOR * antecedent.score, 4))
    return ReferredPlace(synthetic, antecedent)


def _vessel_at(doc: Document, place: Resolved) -> bool:
    """Whether the mention locates a vessel at sea: "off X", "60 nautical miles southwest of X", in a
    sentence that names a vessel."""
    start = place.toponym.start
    if not _OFF_BEFORE.search(doc.text[max(0, start - 60) : start]):
        return False
    return not _VESSEL_NOUNS.isdisjoint(doc.words(doc.index(start)))


def _called_capital(text: str, place: Resolved) -> bool:
    """Whether the text calls the city of this mention the capital right around it ("the capital X",
    "X, the Xian capital")."""
    start, end = place.toponym.start, place.toponym.end
    return bool(_CAPITAL_BEFORE.search(text[max(0, start - 40) : start]) or _CAPITAL_AFTER.match(text, end))


def _only_province(doc: Document, number: int, spots: Sequence[Resolved]) -> dict[int, list[Resolved]]:
    """The one province or region of a country (``admin_region``) the article has named before sentence
    ``number``, by the sentence of its last mention: "the region" far from its name still means it when
    the article names no other (a unique antecedent). Empty when it names none or several, or names a
    wider region ("the Middle East", "the Sahel"), which "the region" may as well mean."""
    start = doc.sentences[number].start
    before = [p for p in spots if p.toponym.start < start]
    if any(p.candidate.feature_class == "region" for p in before):
        return {}
    before = [p for p in before if p.candidate.feature_class == "admin_region"]
    if not before or len({p.candidate.id for p in before}) > 1:
        return {}
    last = before[-1]
    return {doc.index(last.toponym.start): [last]}


def referring_sentences(
    doc: Document,
    spots: Sequence[Resolved],
    nested: set[tuple[int, int]],
    by_sentence: dict[int, list[Resolved]],
    physical: frozenset[str],
) -> dict[int, ReferredPlace]:
    """Sentences that refer back to a place ("killed there"; "the base was taken over" in a clause naming
    no place), with the place they mean."""
    plain = [p for p in spots if (p.toponym.start, p.toponym.end) not in nested]
    out: dict[int, ReferredPlace] = {}
    for number in range(1, len(doc.sentences)):
        if not doc.cues[number]:
            continue  # a sentence without cue words refers to no place
        named = [p for p in by_sentence.get(number, ()) if not _actor(doc.text, p)]
        if _subjects(doc, number, named, physical):
            named = []  # "X and Y deployed troops there": the countries act, "there" says where
        if named:
            # "After X entered Y in 1982, the airstrip served as its chief base": a clause of its own
            found = referred_place(doc, number, plain, physical)
            if found is not None and _own_clause(doc, found.place, named, physical):
                out[number] = found
            continue
        found = referred_place(doc, number, plain, physical)
        if found is None and _IT.match(doc.text, doc.sentences[number].start):
            found = referred_place(doc, number, plain, physical, it=False)  # "It was ... in the state"
        earlier = out.get(number - 1)
        if found is None and earlier is not None and (there := _THERE.search(doc.text, *_span(doc, number))):
            # "... in the state this month. On May 3, gunmen seized 27 pupils there": the place just meant
            found = _refer(doc, number, earlier.antecedent, physical, there.span("any"))
        if found is None and earlier is not None and _IT.match(doc.text, doc.sentences[number].start):
            # "The base ... was shelled on May 3. It was also struck in April.": the same place again
            found = _refer(doc, number, earlier.antecedent, physical)
        if found is None:
            found = _side(doc, number, plain)
        if found is not None:
            out[number] = found
    return out


def _span(doc: Document, number: int) -> tuple[int, int]:
    """Where sentence ``number`` starts and ends."""
    sentence = doc.sentences[number]
    return sentence.start, sentence.end


def _side(doc: Document, number: int, spots: Sequence[Resolved]) -> ReferredPlace | None:
    """ "On the Israeli side, ten were killed": a violent event of the country of the demonym, when the
    article names that country (its first mention is the antecedent)."""
    if not any(cue.event_type in VIOLENT for cue in doc.cues[number]):
        return None
    text = doc.text
    for mention in doc.actors[number]:
        if not _SIDE_BEFORE.search(text, max(0, mention.start - 12), mention.start) or not _SIDE_AFTER.match(
            text, mention.end
        ):
            continue
        country = next(
            (
                p
                for p in spots
                if p.candidate.feature_class == "country"
                and country_name(p.candidate.country) == mention.name
            ),
            None,
        )
        if country is not None:
            toponym = replace(
                country.toponym,
                start=mention.start,
                end=mention.end,
                surface=text[mention.start : mention.end],
            )
            synthetic = Resolved(toponym, country.candidate, round(REFERENCE_FACTOR * country.score, 4))
            return ReferredPlace(synthetic, country)
    return None


def _own_clause(doc: Document, place: Resolved, named: Sequence[Resolved], physical: frozenset[str]) -> bool:
    """Whether the back-reference ``place`` stands in a clause with a physical cue and no named place."""
    start = place.toponym.start
    clause, number = doc.clause(start), doc.index(start)
    if any(doc.clause(p.toponym.start) == clause for p in named):
        return False
    opening = max(doc.clauses[clause - 1] if clause > 0 else 0, doc.sentences[number].start)
    before = doc.text[opening:start]
    if place.candidate.feature_class == "water_body" and _WATER_AT.search(before):
        # "... and a year later commandos boarded a ship near the strait": where the clause's cue happened
        cues = [c for c in doc.cues[number] if c.event_type in physical and c.end <= start]
        return any(doc.clause(c.start) == clause for c in cues)
    if before.strip(" ,;:-–—").lower() not in _CLAUSE_OPENERS:
        return False  # not the subject of its clause ("the withdrawal from the airfield")
    return any(doc.clause(c.start) == clause and c.event_type in physical for c in doc.cues[number])


def _subjects(doc: Document, number: int, named: Sequence[Resolved], physical: frozenset[str]) -> bool:
    """Whether the places sentence ``number`` names are all countries before its first physical cue, in
    the clause of that cue, and a "there" follows the cue in that clause: the countries are its subject
    ("X and Y deployed troops there in 1960"), "there" the place."""
    cues = [c for c in doc.cues[number] if c.event_type in physical]
    if not named or not cues:
        return False
    first = min(cues, key=lambda c: c.start)
    clause = doc.clause(first.start)
    if not all(
        p.candidate.feature_class == "country"
        and p.toponym.end <= first.start
        and doc.clause(p.toponym.start) == clause
        for p in named
    ):
        return False
    found = _REFERENCE.search(doc.text, first.end, doc.sentences[number].end)
    return found is not None and found.lastgroup == "any" and doc.clause(found.start()) == clause


def _actor(text: str, place: Resolved) -> bool:
    """Whether a place only qualifies a noun ("US-led coalition personnel", "pro-Iran militias", "anti-US
    protests": a name in a hyphenated compound): a sentence naming no other place may still refer back to
    one."""
    start = place.toponym.start
    compound = start > 1 and text[start - 1] == "-" and text[start - 2].isalpha()
    if place.candidate.feature_class == "city" and _SPEAKS.match(text, place.toponym.end):
        return True  # "Kyiv announced that its troops had withdrawn from the town": the government speaks
    return place.candidate.feature_class == "country" and (compound or modifies(text, place.toponym.end))


def _refer(
    doc: Document,
    number: int,
    antecedent: Resolved,
    physical: frozenset[str],
    span: tuple[int, int] | None = None,
) -> ReferredPlace | None:
    """Sentence ``number``'s opening "It" (or the words at ``span``) as a mention of ``antecedent`` (when it
    has a physical cue)."""
    if not any(cue.event_type in physical for cue in doc.cues[number]):
        return None
    start = doc.sentences[number].start
    start, end = span or (start, start + 2)
    toponym = replace(antecedent.toponym, start=start, end=end, surface=doc.text[start:end])
    return ReferredPlace(
        Resolved(toponym, antecedent.candidate, round(REFERENCE_FACTOR * antecedent.score, 4)), antecedent
    )
