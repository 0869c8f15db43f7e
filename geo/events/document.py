"""One article prepared for tagging, and the rules that fill an event's date, mission, actors and numbers.

Every finder runs once over the whole text (sharing one tokenisation); results are bucketed by sentence
so that each place only looks at its sentence and the neighbours.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final, Protocol, TypeVar

from geo.catalog import Catalogue
from geo.events import actors as act
from geo.events.context import ATTRIBUTION, PRESENT, PRONOUNS, has_prefix
from geo.events.cues import Cue, find_cues
from geo.events.numbers import Count, find_counts
from geo.events.sentences import Sentence, clause_starts, split_sentences
from geo.temporal import TemporalExpression, Tokens, find_dates, parse_published
from geo.temporal import _calendar as cal
from geo.toponyms import Resolved

__all__ = ["MILITARY", "VIOLENT", "Document"]

#: Event types that missions run (a mission named nearby applies to them).
MILITARY: Final = frozenset({"deployment", "withdrawal", "training", "presence", "strike"})
#: Event types (and air strikes) that take the article's only active mission when none is named nearby.
_DOCUMENT_MISSION: Final = frozenset({"deployment", "withdrawal", "training", "presence", "air_strike"})
#: Event types whose perpetrator may be named elsewhere (the next sentence, an earlier mention).
VIOLENT: Final = frozenset({"strike", "rocket_attack", "attack", "abduction"})
_COUNTRY_ACTORS: Final = frozenset(act.COUNTRY_NAMES.values())


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...


_T = TypeVar("_T", bound=_Spanned)


@dataclass(slots=True)
class Document:
    """The text, its sentences and everything the finders found, bucketed by sentence."""

    text: str
    published: str | None
    missions_catalogue: Catalogue
    tokens: Tokens
    sentences: list[Sentence]
    clauses: list[int]
    dates: list[list[TemporalExpression]] = field(default_factory=list)
    cues: list[list[Cue]] = field(default_factory=list)
    counts: list[list[Count]] = field(default_factory=list)
    missions: list[list[act.Mention]] = field(default_factory=list)
    actors: list[list[act.Mention]] = field(default_factory=list)
    first_actors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)
    _words: dict[int, set[str]] = field(default_factory=dict)

    @classmethod
    def prepare(
        cls,
        text: str,
        places: Sequence[Resolved],
        *,
        published: str | None,
        missions: Catalogue,
        actors: Catalogue,
    ) -> Document:
        """Run every finder once over ``text``."""
        tokens = Tokens(text)
        doc = cls(text, published, missions, tokens, split_sentences(text), clause_starts(text, tokens))
        doc._starts = [s.start for s in doc.sentences]
        doc.dates = doc._bucket(find_dates(text, published=published, tokens=tokens))
        doc.cues = doc._bucket(find_cues(text, tokens=tokens))
        doc.counts = doc._bucket(find_counts(text, tokens=tokens))
        named_missions, named_actors = act.find_names(text, missions, actors, tokens=tokens)
        doc.missions = doc._bucket(named_missions)
        extra = [
            act.Mention(p.toponym.start, p.toponym.end, name)
            for p in places
            if p.toponym.kind == "demonym"
            and (name := act.country_name(p.toponym.country or p.candidate.country))
        ]
        found = [*named_actors, *extra]
        doc.actors = doc._bucket(sorted(found, key=lambda m: m.start))
        return doc

    def index(self, offset: int) -> int:
        """Index of the sentence that contains ``offset``."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def clause(self, offset: int) -> int:
        """Clause number of ``offset`` (equal numbers within a sentence mean the same clause)."""
        return bisect.bisect_right(self.clauses, offset)

    def words(self, number: int) -> set[str]:
        """Lower-cased words of sentence ``number`` (cached)."""
        found = self._words.get(number)
        if found is None:
            sentence = self.sentences[number]
            found = self._words[number] = self.tokens.words_in(sentence.start, sentence.end)
        return found

    def neighbours(self, number: int, *, back: int = 1) -> list[int]:
        """Previous ``back`` sentences (nearest first) and the next one, within the same paragraph."""
        paragraph = self.sentences[number].paragraph
        out = [n for n in range(number - 1, number - 1 - back, -1) if n >= 0]
        out = [n for n in out if self.sentences[n].paragraph == paragraph]
        if number + 1 < len(self.sentences) and self.sentences[number + 1].paragraph == paragraph:
            out.append(number + 1)
        return out

    def _bucket(self, items: Sequence[_T]) -> list[list[_T]]:
        out: list[list[_T]] = [[] for _ in self.sentences]
        for item in items:
            out[self.index(item.start)].append(item)
        return out

    # -- dates -----------------------------------------------------------------------------------------

    def publication(self) -> TemporalExpression | None:
        """The publication date as an expression, keeping its precision."""
        anchor = parse_published(self.published)
        if anchor is None:
            return None
        edtf = cal.fmt(anchor.first, anchor.granularity)
        return TemporalExpression(
            0, 0, "", edtf, anchor.first.isoformat(), anchor.last.isoformat(), anchor.granularity
        )

    def date(self, number: int, cue: Cue | None, place: Resolved) -> tuple[TemporalExpression | None, str]:
        """The date in the sentence nearest the cue, else a neighbour's, else the publication date."""
        found = self.dates[number]
        if found:
            pivot = cue.start if cue is not None else place.toponym.start
            eligible = [
                d
                for d in found
                if not d.attributive or (cue is not None and not self.text[d.end : cue.start].strip())
            ]
            if eligible:
                chosen = min(eligible, key=lambda d: min(abs(d.start - pivot), abs(d.end - pivot)))
                return _close_interval(chosen, eligible), "sentence"
        if not self.words(number) & PRESENT:
            for other in self.neighbours(number):
                usable = [d for d in self.dates[other] if not d.attributive]
                if usable:
                    return (usable[-1] if other < number else usable[0]), "neighbour"
        publication = self.publication()
        return publication, "publication" if publication is not None else "none"

    # -- missions ---------------------------------------------------------------------------------------

    def mission(
        self, number: int, event_type: str, sub: str | None, date: TemporalExpression | None, place: Resolved
    ) -> str | None:
        """The mission for an event.

        Named in the sentence; for deployments, training, withdrawals and presence also in the two
        sentences before or the one after; else the only mission whose area is the place (when the sentence
        speaks of a mission or operation); else the only mission the article names that was active at the
        date (not for strikes other than air strikes: a drone strike in a mission's country is often no part
        of it). A mission whose active years miss the date is never used."""
        here = [m.name for m in self.missions[number] if self._active(m.name, date)]
        if here:
            return here[0]
        if event_type not in MILITARY:
            return None
        for other in (number - 1, number - 2, number + 1) if event_type != "strike" else ():
            if 0 <= other < len(self.sentences):
                near = [m.name for m in self.missions[other] if self._active(m.name, date)]
                if near:
                    return near[-1] if other < number else near[0]
        if "mission" in self.words(number) or "operation" in self.words(number):
            by_area = [
                e.name
                for e in self.missions_catalogue.entries
                if place.candidate.id in e.areas and self._active(e.name, date)
            ]
            if len(by_area) == 1:
                return by_area[0]
        if event_type not in _DOCUMENT_MISSION and sub not in _DOCUMENT_MISSION:
            return None
        named = {m.name for ms in self.missions for m in ms if self._active(m.name, date)}
        return named.pop() if len(named) == 1 else None

    def _active(self, mission: str, date: TemporalExpression | None) -> bool:
        entry = self.missions_catalogue.entry(mission)
        if entry.active is None or date is None:
            return True
        lo, _, hi = entry.active.partition("/")
        start = None if lo in {"", ".."} else cal.first_day(lo).isoformat()
        end = None if hi in {"", ".."} else cal.last_day(hi).isoformat()
        if end is not None and date.date_start is not None and date.date_start > end:
            return False
        return not (start is not None and date.date_end is not None and date.date_end < start)

    # -- actors -----------------------------------------------------------------------------------------

    def actors_for(
        self,
        number: int,
        cue: Cue | None,
        countries: Sequence[act.Mention],
        locative: set[int],
        place: Resolved | None = None,
    ) -> tuple[str, ...]:
        """Actors of the sentence: named before the cue in its clause, after it behind "by", or inside the
        place's own name ("the U.S. embassy")."""
        text = self.text
        sentence = self.sentences[number]
        mentions = sorted([*self.actors[number], *countries], key=lambda m: m.start)
        if cue is None:
            return unique(m.name for m in mentions if m.start not in locative)
        clause = self.clause(cue.start)
        out = []
        for m in mentions:
            if m.start in locative:
                continue
            if (
                (place is not None and place.toponym.start <= m.start < place.toponym.end)
                or (
                    m.start < cue.start
                    and (self.clause(m.start) == clause or self.clause(m.end - 1) == clause)
                )
                or (
                    text[max(sentence.start, m.start - 12) : m.start]
                    .rstrip()
                    .lower()
                    .endswith(("by", "by the"))
                )
            ):
                out.append(m.name)
        return unique(out)

    def remember_first_actors(self) -> None:
        """Actors of the first occurrence of each violent sub type (for later mentions of the same event)."""
        for number, cues in enumerate(self.cues):
            for cue in cues:
                key = cue.sub_event_type or cue.event_type
                if cue.event_type in VIOLENT and key not in self.first_actors:
                    found = self.actors_for(number, cue, [], set())
                    if found:
                        self.first_actors[key] = found

    def complete_actors(
        self, number: int, event_type: str, sub: str | None, actors: tuple[str, ...]
    ) -> tuple[str, ...]:
        """Fill in actors named elsewhere: the culprit named in the next sentence, the same kind of event
        named earlier with its actor, or the previous sentence's actors for "they"/"their"."""
        if event_type in VIOLENT and not any(a not in _COUNTRY_ACTORS for a in actors):
            actors = unique([*actors, *self._attributed(number)])
            if not actors:
                actors = self.first_actors.get(sub or event_type, ())
        if not actors and number > 0 and self.words(number) & PRONOUNS:
            actors = self.actors_for(number - 1, None, [], set())
        if not actors and event_type in MILITARY:
            for other in (number - 1, number - 2):
                if other >= 0 and (
                    found := unique(m.name for m in self.actors[other] if m.name in _COUNTRY_ACTORS)
                ):
                    return found
        return actors

    def _attributed(self, number: int) -> tuple[str, ...]:
        following = number + 1
        if following >= len(self.sentences) or not has_prefix(self.words(following), ATTRIBUTION):
            return ()
        return unique(m.name for m in self.actors[following] if m.name not in _COUNTRY_ACTORS)

    # -- numbers ----------------------------------------------------------------------------------------

    def troops(self, number: int, place: Resolved) -> int | None:
        """The troop count nearest before the name in its sentence, else the first one after it."""
        usable: list[Count] = []
        for count in self.counts[number]:
            if count.kind == "troops" or (count.kind == "ellipsis" and usable):
                usable.append(count)
        if not usable:
            return None
        before = [c for c in usable if c.start < place.toponym.start]
        return before[-1].value if before else usable[0].value

    def fatalities(self, number: int, place: Resolved) -> int | None:
        """The death toll in the sentence nearest the name."""
        dead = [c for c in self.counts[number] if c.kind == "fatalities"]
        if not dead:
            return None
        return min(dead, key=lambda c: abs(c.start - place.toponym.start)).value


def unique(names: Iterable[str]) -> tuple[str, ...]:
    """Names in first-seen order without repeats."""
    return tuple(dict.fromkeys(names))


def _close_interval(chosen: TemporalExpression, found: Sequence[TemporalExpression]) -> TemporalExpression:
    """ "from X ... until Y" in one sentence: join an open start and an open end into X/Y."""
    if chosen.date_end is None and chosen.date_start is not None:
        for other in found:
            if (
                other.date_start is None
                and other.date_end is not None
                and other.date_end >= chosen.date_start
            ):
                lo, hi = chosen.edtf.split("/")[0], other.edtf.split("/")[1]
                return TemporalExpression(
                    chosen.start,
                    chosen.end,
                    chosen.surface,
                    f"{lo}/{hi}",
                    chosen.date_start,
                    other.date_end,
                    "range",
                    chosen.relative or other.relative,
                )
    return chosen
