"""Which place mentions can be the site of an event: mentions nested in a longer one or inside a mission's
or organisation's name are not, nor are the places of a dateline; places listed after a locative one are
("targeted X in Y, Z, and W")."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Collection, Mapping, Sequence
from typing import Final

from geo.events import actors as act
from geo.events.context import GAPPED, passive_conjuncts
from geo.events.document import Document
from geo.events.included import included
from geo.lexicon import load
from geo.model.spans import Resolved

__all__ = [
    "conjuncts",
    "containers",
    "in_names",
    "included",
    "listed",
    "listed_sources",
    "nested",
    "place_clauses",
]

#: Between two names of a list: a few words after the first ("district", "in western Iraq", "near the
#: Iraqi border"), a comma (or a semicolon before "and"/"or": "X at Y; and Z", the separator of a list whose
#: items hold commas), maybe "and"/"or" (after a name the recogniser missed: "X, Y and Z") and an
#: article, and maybe the transliterated Arabic article the recogniser leaves out of the next name ("Al-",
#: "Ash ": al- and its sun-letter forms).
#: The kind words a name may have after it ("X base", "Y province": ``recognize_generic_after``), which may
#: stand before "and" in a list ("from the X base and Y").
_KIND: Final = "|".join(
    sorted(
        (re.escape(str(t)).replace(r"\ ", r"\s+") for t in load("recognize_generic_after").terms()),
        key=len,
        reverse=True,
    )
)
_LIST_JOIN: Final = re.compile(
    r"(?:(?:\s+[\w'’-]+){0,4}\s*(?:,|(?P<semi>;))\s*(?P<conj>(?:(?-i:[A-Z])[\w'’-]*\s+)?(?:and|or)\s+)?(?:the\s+)?"
    # a non-restrictive relative clause between two items ("X, which lies near the border, and (to) Y")
    # or where an item lies, from a place the text names by a common noun ("X, south of the capital, and Y",
    # "X, near the border, and Y")
    r"|(?:\s+[\w'’-]+){0,2}\s*,\s*(?:(?:which|where)\b[^,;:.()\n]{1,80}|(?:(?:just|about|some)\s+)?"
    r"(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?\s+of|near|outside|close\s+to)\s+the\s+(?-i:[a-z])+)"
    r"\s*,\s*(?P<relative>and|or)\s+(?:(?:to|in|at|into)\s+)?(?:the\s+)?"
    # "and", "or", and the coordinators "as well as" and "(but) also" ("targeted X but also Y"), maybe after
    # a parenthesis between dashes ("X - hit twice before - but also Y")
    rf"|(?:\s+(?i:{_KIND}|area))?(?:\s*[–—]\s*[^–—\n]{{1,80}}?\s*[–—])?"
    r"\s*\s(?P<and>and|or|as\s+well\s+as|but\s+also|and\s+also)\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+)?)"
    r"(?:(?i:al|el|ad|an|ar|as|ash|at|az)[-\s])?"
)
#: Between a base or an airport and the town named right after it to say where it lies ("the X air base
#: north of Y", "the X airport near Y", "the X base in the south of Y").
_LOCATED_BY: Final = re.compile(
    r"(?:\s*,)?(?:\s+(?!(?:and|or|but)\b)[\w'’-]+){0,4}?\s+(?:in|of|near|outside|at)\s+(?:the\s+)?"
    r"(?:(?:town|city)\s+of\s+)?"
    r"(?:(?:north|south|east|west|central)(?:[- ]?(?:east|west))?(?:ern)?\s+)?"
)
#: Classes of the sites a town may locate.
_SITES: Final = frozenset({"airport", "military_base", "facility"})
#: The rest of a series whose items semicolons separate, up to its last item ("A in X; B in Y; and C"): the
#: series goes on in the same sentence to a semicolon and "and"/"or".
_SEMI_SERIES: Final = re.compile(r"[^.\n]*?;\s*(?:and|or)\s")
#: Between a place and the region that contains it: "X in (western) Y", "X, Y", "X, capital of Y",
#: "X in the Z area of Y" (up to six words, no other punctuation, no "and": "X and the provinces of Y"
#: is a list).
_WITHIN: Final = re.compile(
    r"(?:\s*,)?(?:\s+(?!(?:and|or|but)\b)[\w'’-]+){0,6}?\s+(?:in|of|within)\s+(?:the\s+)?"
    r"(?:(?!(?:and|or|but)\b)[\w'’-]+\s+){0,2}?|\s*,\s*"
)
#: Between a sea and the country it lies off: "off", "off the coast of".
_OFF: Final = re.compile(r"\s*,?\s+off\s+(?:the\s+)?(?:(?:coasts?|shores?)\s+of\s+)?(?:the\s+)?")
#: Classes a containing region may have, and classes of the finer places it contains.
_REGIONS: Final = frozenset({"admin_region", "region"})
_WIDE: Final = frozenset({"region", "country", "water_body"})
#: After a region: another name listed ("X, Y, and Z", "X, Y or Z").
_LIST_MORE: Final = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?[A-Z]")
#: Between the last item of a list and one more item with a locative word of its own: "and", one to three
#: lower-case words (a noun phrase: "military installations") and "in"/"at"/"near" ("bases in A, the B
#: district and military installations in C"); the last item may be located by a common noun ("the X air
#: base in the capital and at camps in C"), and the new item may repeat the preposition (ment33).
_ITEM_IN: Final = re.compile(
    r"(?:\s+(?i:district|province|region|area|(?:air\s*)?base|city|town))?(?:\s+(?:in|near|outside)\s+the\s+(?-i:[a-z])+)?"
    r"\s*,?\s+and\s+(?:(?:at|in)\s+)?(?:the\s+)?"
    r"(?P<words>(?:(?-i:[a-z])[\w-]*\s+){1,3})(?:in|at|near)\s+(?:the\s+)?"
)
#: Words that make "and <words> in" a clause of its own, not a noun phrase: auxiliaries, pronouns, adverbs
#: of time, verbs in -ed and participles in -ing ("and aircraft receiving aid in X").
_CLAUSE_WORD: Final = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|also|then|later|it|they|he|she|we|there|who"
    r"|which|that|not|now|\w+ed|\w+ing)\b"
)
#: Between a place and the region it lies in: "in", "of" or "within" and maybe an article ("the X district
#: in the Y province").
_IN_REGION: Final = re.compile(
    r"(?:\s+(?i:district|province|region|area|base|city|town))?\s+(?:in|of|within)\s+(?:the\s+)?"
)
#: What follows a name that is not the last of a list.
_LIST_NEXT: Final = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s*(?:,|\s(?:and|or)\s)")


def in_names(doc: Document, spots: Sequence[Resolved]) -> set[tuple[int, int]]:
    """Spans of place mentions inside a mission's or organisation's name of the catalogues ("Operation
    Prosperity Guardian", "Islamic Resistance in Iraq", "Atalanta"): the name is no place of an event."""
    names = sorted(
        (m.start, m.end)
        for bucket in (*doc.missions, *doc.actors)
        for m in bucket
        if m.name not in act.COUNTRY_ACTORS
    )
    if not names:
        return set()
    starts = [start for start, _ in names]
    out = set()
    for place in spots:
        a, b = place.toponym.start, place.toponym.end
        index = bisect.bisect_right(starts, a) - 1
        if index >= 0 and names[index][1] >= b:
            out.add((a, b))
    return out


def nested(spots: Sequence[Resolved]) -> set[tuple[int, int]]:
    """Spans of mentions that lie inside a longer mention (part of its name)."""
    out = set()
    starts = [p.toponym.start for p in spots]
    ends = [p.toponym.end for p in spots]
    size = len(spots)
    for index, inner in enumerate(spots):
        a, b = inner.toponym.start, inner.toponym.end
        # spots are sorted by start: only an earlier one ending at or after b, or a later one starting at a,
        # can contain this one
        if max(ends[max(0, index - 4) : index], default=-1) < b and (
            index + 1 >= size or starts[index + 1] != a
        ):
            continue
        for outer in spots[max(0, index - 4) : index + 4]:
            c, d = outer.toponym.start, outer.toponym.end
            if c <= a and b <= d and (d - c) > (b - a):
                out.add((a, b))
                break
    return out


def _joined(text: str, group: Sequence[Resolved], previous: Resolved, place: Resolved) -> bool:
    """Whether ``place`` is listed right after ``previous`` (see :func:`listed`); not the subject of a
    gapped clause ("to X and Y 60 to Z")."""
    if GAPPED.match(text, place.toponym.end):
        return False
    between = _LIST_JOIN.fullmatch(text, previous.toponym.end, place.toponym.start)
    if between is None:
        return False
    if between.group("semi") and not between.group("conj"):
        # "X; Y" is a list only in a series of semicolons ending "; and Z"
        return _SEMI_SERIES.match(text, place.toponym.end) is not None
    joined = between.group("conj") or between.group("and") or between.group("relative")
    return bool(joined) or _goes_on(text, group, place)


def conjuncts(text: str, group: Sequence[Resolved], place: Resolved) -> list[Resolved]:
    """The places listed right after ``place``, in order ("at the X base, which lies near the border, and
    Y": Y); a country after a place that is none only locates it, and ends the list."""
    out: list[Resolved] = []
    index = next(k for k, p in enumerate(group) if p is place)
    previous = place
    for after in group[index + 1 :]:
        if (after.candidate.feature_class == "country") != (
            previous.candidate.feature_class == "country"
        ) or not _joined(text, group, previous, after):
            break
        out.append(after)
        previous = after
    return out


def listed(
    text: str, group: Sequence[Resolved], locative: set[int], *, skip: Collection[int] = ()
) -> dict[int, int]:
    """Add to ``locative`` the places listed after a locative one ("targeted X in Y, Z, and W"): joined by
    a comma (with up to three words such as "district" or "in western Iraq" after the previous name) and
    either followed by one or joined by "and"/"or". Returns the start of each listed place's predecessor
    by the place's start: a listed place shares its predecessor's event. Places starting at ``skip``
    (the subjects of gapped clauses) are no items."""
    out: dict[int, int] = {}
    for previous, place in itertools.pairwise(group):
        if previous.toponym.start in locative and _narrowed(text, previous, place):
            out[place.toponym.start] = previous.toponym.start  # "in Mali, at Gao": the event of Mali
            continue
        if (
            previous.toponym.start not in locative
            or place.toponym.start in locative
            or place.toponym.start in skip
        ):
            continue
        if _joined(text, group, previous, place):
            locative.add(place.toponym.start)
            out[place.toponym.start] = previous.toponym.start
    return out


#: Between a country or region and a finer place set after it as an apposition: a comma and "at" ("its
#: last base in Mali, at Gao": the same site told more precisely, English apposition).
_NARROWED: Final = re.compile(r"\s*,\s*at\s+(?:the\s+)?")
#: Classes of a place an apposition narrows, and of the places that narrow it.
_NARROWED_WIDE: Final = frozenset({"country", "admin_region", "region"})
_FINE: Final = frozenset({"city", "military_base", "airport", "facility"})


def _narrowed(text: str, previous: Resolved, place: Resolved) -> bool:
    """Whether ``place`` narrows ``previous`` in an apposition ("in Mali, at Gao"): the event told at the
    country or region is at that town or site too."""
    return (
        previous.candidate.feature_class in _NARROWED_WIDE
        and place.candidate.feature_class in _FINE
        and _NARROWED.fullmatch(text, previous.toponym.end, place.toponym.start) is not None
    )


#: Most characters between a cue of withdrawal and the first place it leaves for the countries listed
#: after that place to be left too ("withdrew its troops from X, Y and Z").
_SOURCE_REACH: Final = 30


def listed_sources(
    text: str,
    group: Sequence[Resolved],
    locative: set[int],
    sources: Mapping[int, int],
    *,
    skip: Collection[int] = (),
) -> dict[int, int]:
    """:func:`listed` once the places a withdrawal leaves are in ``locative`` (``sources``: the end of
    the cue of each, by its start): "withdrew from the X base and Y" leaves Y too. Countries are listed
    only after a place right after its cue ("pulled its forces out of X, Y and Z"): "militias from X, Y and
    Z", far from the cue, name where fighters come from. Places starting at ``skip`` are no items."""
    direct = {start for start, end in sources.items() if 0 <= start - end <= _SOURCE_REACH}
    out = listed(text, [p for p in group if p.candidate.feature_class != "country"], locative, skip=skip)
    countries = [p for p in group if p.candidate.feature_class == "country"]
    for start, first in listed(text, countries, {s for s in locative if s in direct}, skip=skip).items():
        if first in direct or first in out:
            out[start] = first
            locative.add(start)
    return out


def _goes_on(text: str, group: Sequence[Resolved], place: Resolved) -> bool:
    """Whether the list goes on after ``place``: another item follows it, maybe after the region that
    locates it ("X, Y in the Z province and W": Z only says where Y lies)."""
    if _LIST_NEXT.match(text, place.toponym.end):
        return True
    after = [p for p in group if p.toponym.start >= place.toponym.end]
    if not after or after[0].candidate.feature_class not in _REGIONS:
        return False
    region = after[0].toponym
    return (
        _WITHIN.fullmatch(text, place.toponym.end, region.start) is not None
        and _LIST_NEXT.match(text, region.end) is not None
    )


def place_clauses(
    text: str,
    group: Sequence[Resolved],
    clauses: Sequence[int],
    locative: set[int],
    *,
    skip: Collection[int] = (),
    cued: Collection[int] = (),
) -> tuple[dict[int, int], list[int]]:
    """The places listed after another (:func:`listed`, which adds them to ``locative``) and the clause
    (index into ``clauses``) each place of ``group`` belongs to: its own; the clause before the comma for
    an example of what that clause names (:func:`included`, added to ``locative`` first); its
    predecessor's for a place listed after another ("bases in X, Y and Z") or named after it with a
    locative word of its own and no cue (``cued``: the starts of the sentence's cues) between ("bases in X,
    Y and depots in Z"); the clause of the verb for a name that heads a coordinated subject of a passive
    of attack ("X, Y and Z were shelled", :func:`geo.events.context.passive_conjuncts`). Places starting
    at ``skip`` are no items of a list (:func:`listed`)."""
    inclusion = included(text, group)
    locative.update(inclusion)
    listed_after = listed(text, group, locative, skip=skip)
    out = [bisect.bisect_right(clauses, inclusion.get(p.toponym.start, p.toponym.start)) for p in group]
    own = [bisect.bisect_right(clauses, p.toponym.start) for p in group]
    for k in range(1, len(group)):
        previous, place = group[k - 1], group[k]
        if listed_after.get(place.toponym.start) == previous.toponym.start or (  # "mostly in X and Y"
            out[k - 1] != own[k - 1] and own[k] == own[k - 1] and _joined(text, group, previous, place)
        ) or (
            previous.toponym.start in locative
            and place.toponym.start in locative
            and place.toponym.start not in skip
            and not any(previous.toponym.end <= c < place.toponym.start for c in cued)
            and _parallel(text, previous, place)
        ):
            out[k] = out[k - 1]
    for k in range(len(group) - 2, -1, -1):  # "X, Y and Z were shelled": X is in the clause of the verb
        run = passive_conjuncts(text, group[k].toponym.end)
        if run is not None and group[k].toponym.start in locative and group[k + 1].toponym.start < run:
            out[k] = out[k + 1]
    return listed_after, out


def _parallel(text: str, previous: Resolved, place: Resolved) -> bool:
    """Whether ``place`` is the next item of the list ``previous`` is in, with a locative word of its own:
    a region that says where ``previous`` lies ("the X district in the Y province"), or an item of the
    form "and <things> in Z" ("bases in A, the B district and military installations in C")."""
    gap = (previous.toponym.end, place.toponym.start)
    if place.candidate.feature_class in _REGIONS and _IN_REGION.fullmatch(text, *gap):
        return True
    item = _ITEM_IN.fullmatch(text, *gap)
    return item is not None and _CLAUSE_WORD.search(item.group("words")) is None


def containers(text: str, group: Sequence[Resolved], kinds: Mapping[int, str]) -> set[int]:
    """Starts of the regions named right after a finer place of the same event to say where that place
    lies ("Ain al-Asad airbase in Anbar province", "Dori, chief town of the Sahel region", "Gajiram in the
    Nganzai district of Borno State", a country and the world region of several states holding it: "Mali,
    West Africa"): the event is at the finer place, the region only locates it.

    ``kinds`` holds the event type each place takes, by its start (``mention`` for none). A region joined
    by a bare comma counts only when no other name is listed after it ("X, Y, and Z" is a list). A country
    after a sea "off" it locates the sea ("in the Red Sea off Yemen": the event is at sea).
    """
    out: set[int] = set()
    for index, place in enumerate(group):
        kind = kinds.get(place.toponym.start, "mention")
        if kind != "mention" and _off_coast(text, group[index - 1] if index else None, place, kinds):
            out.add(place.toponym.start)
            continue
        if kind != "mention" and _locates_site(text, group[index - 1] if index else None, place, kinds):
            out.add(place.toponym.start)
            continue
        if place.candidate.feature_class not in _REGIONS or kind == "mention":
            continue
        for finer in reversed(group[max(0, index - 3) : index]):
            if finer.candidate.id == place.candidate.id or (
                finer.candidate.feature_class in _WIDE and not _holds_country(place, finer)
            ):
                continue
            if kinds.get(finer.toponym.start) != kind:
                continue
            between = _WITHIN.fullmatch(text, finer.toponym.end, place.toponym.start)
            if between is None:
                continue
            if between.group(0).strip() == "," and _LIST_MORE.match(text, place.toponym.end) is not None:
                continue
            out.add(place.toponym.start)
            break
    return out


def _off_coast(text: str, sea: Resolved | None, place: Resolved, kinds: Mapping[int, str]) -> bool:
    """Whether ``place`` is a country named right after a sea of the same event with "off" ("the Red Sea
    off Yemen", "the Indian Ocean off the coast of Somalia")."""
    return (
        sea is not None
        and place.candidate.feature_class == "country"
        and sea.candidate.feature_class == "water_body"
        and kinds.get(sea.toponym.start) == kinds.get(place.toponym.start)
        and _OFF.fullmatch(text, sea.toponym.end, place.toponym.start) is not None
    )


def _locates_site(text: str, site: Resolved | None, town: Resolved, kinds: Mapping[int, str]) -> bool:
    """Whether ``town`` is named right after a site (base, airport, facility) of the same event to say
    where the site lies ("trained soldiers at the X air base north of Y")."""
    return (
        site is not None
        and town.candidate.feature_class == "city"
        and (
            site.candidate.feature_class in _SITES
            or site.candidate.id.startswith(f"near:{town.candidate.id}:")
            # a base the gazetteer lacks, placed at the town it is named after ("Harir air base north of Y")
            or site.toponym.feature_hint in _SITES
        )
        and kinds.get(site.toponym.start) == kinds.get(town.toponym.start)
        and _LOCATED_BY.fullmatch(text, site.toponym.end, town.toponym.start) is not None
    )


def _holds_country(region: Resolved, finer: Resolved) -> bool:
    """Whether ``region`` is a world region of several states (no country code: "West Africa", "the Middle
    East") that may hold the country ``finer`` ("X, West Africa")."""
    return (
        region.candidate.feature_class == "region"
        and region.candidate.country is None
        and finer.candidate.feature_class == "country"
    )
