"""One article prepared for tagging, and the rules that fill an event's date, mission, actors and numbers.

Every finder runs once over the whole text (sharing one tokenisation); results are bucketed by sentence
so that each place only looks at its sentence and the neighbours.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Concatenate, Final, ParamSpec, Protocol, TypeVar

from geo.events import actors as act
from geo.events.context import ATTRIBUTION, HELD, PRONOUNS, has_prefix, modifies
from geo.events.cues import TROOP_COUNT, Cue, find_cues, phrases_in
from geo.events.dating import date_clause
from geo.events.filing import filed_day
from geo.events.numbers import Count, find_counts
from geo.events.possessors import group_of
from geo.events.published import lead_day, publication_date
from geo.events.sentences import Sentence, clause_starts, split_sentences
from geo.events.when import VIOLENT, event_date, told
from geo.model.catalog import Catalogue
from geo.model.spans import Resolved
from geo.temporal import TemporalExpression, Tokens, find_dates
from geo.temporal._ahead import span_ahead

__all__ = ["MILITARY", "VIOLENT", "Document", "per_document"]

#: Event types that missions run (a mission named nearby applies to them).
MILITARY: Final = frozenset({"deployment", "withdrawal", "training", "presence", "strike"})
_COUNTRY_ACTORS: Final = act.COUNTRY_ACTORS


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...


_T = TypeVar("_T", bound=_Spanned)
#: Characters that case-insensitive patterns match to an ASCII letter, whose lower case is none.
_ODD_CASE: Final = ("\u017f", "\u212a", "\u0130", "\u0131")
_P = ParamSpec("_P")
_R = TypeVar("_R")


@dataclass(slots=True)
class Document:
    """The text, its sentences and everything the finders found, bucketed by sentence.

    Cue words are found at once; clauses, dates, numbers and names on first use (an article whose places
    never meet a cue needs none of them).
    """

    text: str
    published: str | None
    missions_catalogue: Catalogue
    actors_catalogue: Catalogue
    places: Sequence[Resolved]
    tokens: Tokens
    sentences: list[Sentence]
    names: act.CatalogueNames
    cues: list[list[Cue]] = field(default_factory=list)
    _clauses: list[int] | None = None
    _dates: list[list[TemporalExpression]] | None = None
    _counts: list[list[Count]] | None = None
    _missions: list[list[act.Mention]] | None = None
    _actors: list[list[act.Mention]] | None = None
    _named_missions: list[str] = field(default_factory=list)
    _first_actors: dict[str, tuple[str, ...]] | None = None
    _starts: list[int] = field(default_factory=list)
    _words: dict[int, set[str]] = field(default_factory=dict)
    _publication: list[TemporalExpression | None] = field(default_factory=list)
    _lead: list[TemporalExpression | None] = field(default_factory=list)
    active_cache: dict[tuple[str, str | None, str | None], bool] = field(default_factory=dict)
    _mention_info: dict[tuple[int, int], tuple[int, int, bool]] = field(default_factory=dict)
    #: Answers of :func:`per_document` functions, by function and arguments.
    memo: dict[tuple[Hashable, ...], object] = field(default_factory=dict)
    _vocabulary: frozenset[str] | None = None
    _odd: bool | None = None

    @classmethod
    def prepare(
        cls,
        text: str,
        places: Sequence[Resolved],
        *,
        published: str | None,
        names: act.CatalogueNames,
    ) -> Document:
        """Split ``text`` into tokens and sentences and find its cue words (the rest is found on use).

        ``names`` holds the mission and actor catalogues and their name table.
        """
        tokens = Tokens(text)
        sentences = split_sentences(text)
        # the story's own day is its dateline's when it tells one ("GAO, March 3 (Reuters) -" published
        # later): its "on Sunday", "overnight" count back from that day
        published = filed_day(text, published) or published
        doc = cls(text, published, names.missions, names.actors, places, tokens, sentences, names)
        doc._starts = [s.start for s in doc.sentences]
        counts = find_counts(text, tokens=tokens)
        doc._counts = doc._bucket(counts)
        # a number of troops at a place says that they are there ("has 900 troops in X"); a verb of
        # sending or leaving in the clause says more and outranks it (nearer, or more specific)
        sent = [Cue(c.start, c.end, "presence", TROOP_COUNT, 2) for c in counts if c.kind == "troops"]
        cues = find_cues(text, tokens=tokens)
        doc.cues = doc._bucket(sorted([*cues, *sent], key=lambda cue: cue.start) if sent else cues)
        return doc

    @property
    def clauses(self) -> list[int]:
        """Clause starts (:func:`geo.events.sentences.clause_starts`), and each sentence's start: a clause
        never runs on into the next sentence ("..., which stretches to X. In May, ...": May is no time of
        the relative clause)."""
        if self._clauses is None:
            starts = {sentence.start for sentence in self.sentences[1:]}
            self._clauses = sorted(starts.union(clause_starts(self.text, self.tokens)))
        return self._clauses

    @property
    def dates(self) -> list[list[TemporalExpression]]:
        """Temporal expressions by sentence, without the spans ahead of publication ("within a month", "in
        the coming weeks": :func:`geo.temporal._ahead.span_ahead`), which the events leave out as measured
        on the dev set (docs/events.md, plans28)."""
        if self._dates is None:
            found = find_dates(self.text, published=self.published, tokens=self.tokens)
            self._dates = self._bucket([d for d in found if not span_ahead(d.surface)])
        return self._dates

    @property
    def counts(self) -> list[list[Count]]:
        """Troop counts and death tolls by sentence."""
        if self._counts is None:
            self._counts = self._bucket(find_counts(self.text, tokens=self.tokens))
        return self._counts

    @property
    def missions(self) -> list[list[act.Mention]]:
        """Missions named, by sentence."""
        if self._missions is None:
            self._find_names()
        assert self._missions is not None
        return self._missions

    @property
    def actors(self) -> list[list[act.Mention]]:
        """Actors named (catalogue entries, demonyms, demonym places), by sentence."""
        if self._actors is None:
            self._find_names()
        assert self._actors is not None
        return self._actors

    def _find_names(self) -> None:
        named_missions, named_actors = act.find_names(self.text, self.names, tokens=self.tokens)
        self._missions = self._bucket(named_missions)
        self._named_missions = [m.name for m in named_missions]
        extra = [
            act.Mention(p.toponym.start, p.toponym.end, name)
            for p in self.places
            if p.toponym.kind == "demonym"
            and (name := act.country_name(p.toponym.country or p.candidate.country))
        ]
        found = [*named_actors, *extra]
        self._actors = self._bucket(sorted(found, key=lambda m: m.start))

    @property
    def named_missions(self) -> list[str]:
        """Canonical names of the missions the article names, in text order."""
        if self._missions is None:
            self._find_names()
        return self._named_missions

    def index(self, offset: int) -> int:
        """Index of the sentence that contains ``offset``."""
        found = bisect.bisect_right(self._starts, offset)
        return found - 1 if found else 0

    def clause(self, offset: int) -> int:
        """Clause number of ``offset`` (equal numbers within a sentence mean the same clause)."""
        return bisect.bisect_right(self.clauses, offset)

    def may_hold(self, words: frozenset[str], *, number: int | None = None) -> bool:
        """Whether the text (sentence ``number`` when given) may hold one of the lower-case ``words`` for a
        case-insensitive pattern: one of its words is one of them, or the text has a character such a
        pattern takes for an ASCII letter ("ſ" for "s", the Kelvin sign for "k", dotted and dotless "i").
        False spares a scan of the text or sentence."""
        odd = self.odd_case
        if number is not None:
            return odd or not words.isdisjoint(self.words(number))
        if self._vocabulary is None:
            self._vocabulary = frozenset(self.tokens.words)
        return odd or not self._vocabulary.isdisjoint(words)

    @property
    def odd_case(self) -> bool:
        """Whether the text has a character a case-insensitive pattern takes for an ASCII letter ("ſ" for
        "s", the Kelvin sign for "k", dotted and dotless "i"): then no word test rules such a pattern out."""
        if self._odd is None:
            self._odd = any(odd in self.text for odd in _ODD_CASE)
        return self._odd

    def words(self, number: int) -> set[str]:
        """Lower-cased words of sentence ``number`` (cached)."""
        found = self._words.get(number)
        if found is None:
            sentence = self.sentences[number]
            found = self.tokens.words_in(sentence.start, sentence.end)
            # the context phrases whose words stand in a row here ("heart attack"), for the cue context tests
            found |= phrases_in(self.text, sentence.start, sentence.end, found)
            self._words[number] = found
        return found

    def neighbours(self, number: int, *, back: int = 1) -> list[int]:
        """Previous ``back`` sentences (nearest first; none with ``back=0``) and the next one, within the same
        paragraph."""
        paragraph = self.sentences[number].paragraph
        out = [n for n in range(number - 1, number - 1 - back, -1) if n >= 0]
        out = [n for n in out if self.sentences[n].paragraph == paragraph]
        if number + 1 < len(self.sentences) and self.sentences[number + 1].paragraph == paragraph:
            out.append(number + 1)
        return out

    def _bucket(self, items: Sequence[_T]) -> list[list[_T]]:
        """Items by the sentence that contains their start (items come mostly in text order)."""
        out: list[list[_T]] = [[] for _ in self.sentences]
        starts = self._starts
        size = len(starts)
        number = 0
        for item in items:
            start = item.start
            if start < starts[number] or (number + 1 < size and starts[number + 1] <= start):
                number = max(0, bisect.bisect_right(starts, start) - 1)
            out[number].append(item)
        return out

    # -- dates -----------------------------------------------------------------------------------------

    def publication(self) -> TemporalExpression | None:
        """The publication date as an expression (:func:`geo.events.published.publication_date`), computed
        once."""
        if not self._publication:
            self._publication.append(publication_date(self.published))
        return self._publication[0]

    def date(self, number: int, cue: Cue | None, place: Resolved) -> tuple[TemporalExpression | None, str]:
        """The date in the sentence nearest the cue, else a neighbour's, else the publication date
        (:func:`geo.events.when.event_date`), and where it came from. Remembered: asked for a place's group
        and again for its tag (the rules read only the place's offset and gazetteer entry)."""
        key = (event_date, number, cue, place.toponym.start, place.candidate.id)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = event_date(self, number, cue, place)
        return found  # type: ignore[return-value]

    def dated_clause(self, number: int, clause: int) -> bool:
        """Whether clause ``clause`` of sentence ``number`` has a time expression of its own."""
        return any(date_clause(self.text, self.clauses, d) == clause for d in self.dates[number])

    def lead_date(self) -> TemporalExpression | None:
        """The day the story's lead tells (:func:`geo.events.published.lead_day`), computed once: the date of
        a violent event told without one of its own. Only sentences that tell an event count: a photo
        caption or a line of page furniture with a date is no lead."""
        if not self._lead:
            self._lead.append(
                lead_day(
                    self.publication(),
                    (told(self, n) if self.cues[n] else [] for n in range(len(self.sentences))),
                )
            )
        return self._lead[0]

    # -- actors -----------------------------------------------------------------------------------------

    def sentence_mentions(self, number: int, countries: Sequence[act.Mention]) -> list[act.Mention]:
        """Actor mentions of sentence ``number`` and the given country mentions, in text order."""
        if not countries:
            return self.actors[number]
        return sorted([*self.actors[number], *countries], key=_start)

    def actors_for(
        self,
        number: int,
        cue: Cue | None,
        mentions: Sequence[act.Mention],
        locative: set[int],
        place: Resolved | None = None,
    ) -> tuple[str, ...]:
        """Actors of the sentence among ``mentions`` (:meth:`sentence_mentions`): named before the cue in
        its clause, after it behind "by", or inside the place's own name ("the U.S. embassy"). Before a
        violent cue, a name of whose the target is ("US bases in X came under attack") acts not."""
        if cue is None:
            return unique(m.name for m in mentions if m.start not in locative)
        clauses = self.clauses
        clause = bisect.bisect_right(clauses, cue.start)
        low, high = (place.toponym.start, place.toponym.end) if place is not None else (-1, -1)
        out = []
        for m in mentions:
            if m.start in locative or group_of(self.text, m, mentions):
                continue
            info = self._mention_info.get((m.start, m.end))
            if info is None:
                info = self._mention_info[m.start, m.end] = self._describe_mention(number, m)
            if (
                (low <= m.start < high)
                or (
                    m.start < cue.start
                    and (info[0] == clause or info[1] == clause)
                    and not (cue.event_type in VIOLENT and modifies(self.text, m.end, nouns=HELD))
                )
                or info[2]
            ):
                out.append(m.name)
        return unique(out)

    def _describe_mention(self, number: int, mention: act.Mention) -> tuple[int, int, bool]:
        """Clause of the mention's first and last character, and whether "by (the)" comes right before it."""
        start = self.sentences[number].start
        before = self.text[max(start, mention.start - 12) : mention.start].rstrip().lower()
        return (
            bisect.bisect_right(self.clauses, mention.start),
            bisect.bisect_right(self.clauses, mention.end - 1),
            before.endswith(("by", "by the")),
        )

    @property
    def first_actors(self) -> dict[str, tuple[str, ...]]:
        """Actors of the first occurrence of each violent sub type (for later mentions of the same event),
        found on first use."""
        if self._first_actors is None:
            found: dict[str, tuple[str, ...]] = {}
            for number, cues in enumerate(self.cues):
                for cue in cues:
                    key = cue.sub_event_type or cue.event_type
                    if cue.event_type in VIOLENT and key not in found:
                        actors = self.actors_for(number, cue, self.actors[number], set())
                        if actors:
                            found[key] = actors
            self._first_actors = found
        return self._first_actors

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
            actors = unique(m.name for m in self.actors[number - 1])
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


def unique(names: Iterable[str]) -> tuple[str, ...]:
    """Names in first-seen order without repeats."""
    return tuple(dict.fromkeys(names))


def _start(mention: act.Mention) -> int:
    return mention.start


def per_document(
    function: Callable[Concatenate[Document, _P], _R],
) -> Callable[Concatenate[Document, _P], _R]:
    """Remember ``function(doc, *args)`` on ``doc`` (:attr:`Document.memo`): asked again with the same
    positional arguments (hashable: sentence numbers, cues, offsets) it answers without running again.

    For functions of the document alone whose answer the caller does not change (a bool, a tuple, a list
    only read): several rules ask the same of a sentence or cue, once per place or per pass.
    """

    @functools.wraps(function)
    def remembered(doc: Document, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        if kwargs:
            return function(doc, *args, **kwargs)
        key = (function, *args)
        memo = doc.memo
        if key in memo:
            return memo[key]  # type: ignore[return-value]
        value = memo[key] = function(doc, *args, **kwargs)
        return value

    return remembered
