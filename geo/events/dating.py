"""Date rules of the event tagger: the clause a date belongs to; join an open start and an open end; was a
mission active at a date."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Final

from geo.events.cues import Cue
from geo.model.catalog import Catalogue
from geo.temporal import TemporalExpression
from geo.temporal import _calendar as cal
from geo.temporal import _patterns as pat

__all__ = [
    "ahead_of",
    "clause_time",
    "close_interval",
    "date_clause",
    "elapsed_from",
    "end_of_state",
    "in_other_relative",
    "in_participial_aside",
    "in_relative_clause",
    "mission_active_at",
    "narrower_day",
    "own_dates",
    "previous_occurrence",
    "since_phrase_event",
    "since_start",
    "usable_elsewhere",
    "when_antecedent",
]


def ahead_of(found: TemporalExpression, publication: TemporalExpression | None) -> bool:
    """Whether ``found`` begins more than :data:`_LEEWAY` days after the ``publication`` date ("by the end
    of this year" in May): it dates what is planned, not a violent event, which is told once it happened
    (plans28). A day or two later may be a publication date given in another time zone or too early."""
    if publication is None or found.date_start is None or publication.date_end is None:
        return False
    last = date.fromisoformat(publication.date_end) + timedelta(days=_LEEWAY)
    return found.date_start > last.isoformat()


#: Days after the publication date that an event's date may still begin (time zones, a publication date
#: given before a late update).
_LEEWAY: Final = 7


def date_clause(text: str, clauses: Sequence[int], date: TemporalExpression) -> int:
    """Clause number of ``date`` among the clause starts ``clauses``
    (:func:`geo.events.sentences.clause_starts`) of ``text``.

    A date whose own preposition opened a clause ("since November", "until 2011", "after 2014": these
    words also open subordinate clauses) right after a word is an adverbial of the clause before it:
    "have launched attacks on shipping since November" is one clause. After punctuation or at a
    sentence's start ("Since last Friday, ...") it keeps a clause of its own.
    """
    at = bisect.bisect_right(clauses, date.start)
    if at and clauses[at - 1] == date.start:
        before = text[: date.start].rstrip()[-1:]
        if before.isalnum():
            return bisect.bisect_right(clauses, date.start - 1)
    return at


def close_interval(chosen: TemporalExpression, found: Sequence[TemporalExpression]) -> TemporalExpression:
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


#: The start of a relative clause (after the clause mark that opens it).
_RELATIVE: Final = re.compile(r"[,\s]*(?:which|who|whom|whose)\b", re.IGNORECASE)
#: The end of a sentence: a full stop, question or exclamation mark (and a closing quote) before a space.
_SENTENCE_END: Final = re.compile(r"[.!?][\"”’)]?\s")


#: A concessive clause: "though", "although", "even though" right after the mark that opens it.
_CONCESSIVE: Final = re.compile(r"[.,;:\s]*(?:even\s+)?(?:though|although)\b", re.IGNORECASE)


def in_concessive_clause(text: str, clauses: Sequence[int], date: TemporalExpression) -> bool:
    """Whether ``date`` stands in a concessive clause ("Though the group was defeated in 2019, its
    remnants hold out in X"): it dates what that clause concedes, not the state of the main clause."""
    clause = date_clause(text, clauses, date)
    return clause > 0 and _CONCESSIVE.match(text, clauses[clause - 1]) is not None


def in_relative_clause(text: str, clauses: Sequence[int], date: TemporalExpression) -> bool:
    """Whether ``date`` stands in a relative clause ("ISIS, which in 2014 seized large areas"): it dates
    what that clause tells of its antecedent, not the clause the relative clause hangs on."""
    clause = date_clause(text, clauses, date)
    if clause == 0 or _RELATIVE.match(text, clauses[clause - 1]) is None:
        return False
    # clause starts are marks inside sentences: a sentence's end between the relative word and the date
    # leaves the date in a sentence of its own ("..., which demands that X stop. On May 2, ...") (art31c)
    return _SENTENCE_END.search(text, clauses[clause - 1], date.start) is None


#: A reduced relative set off by commas right before a date: ", revised in", ", signed on", ", first
#: deployed in" (a past participle, maybe after an adverb, then "in"/"on").
_PARTICIPIAL_ASIDE: Final = re.compile(r",\s+(?:[a-z]+ly\s+|first\s+)?[a-z]+ed\s+(?:(?:in|on)\s+)?\Z")
_ASIDE_END: Final = re.compile(r"\s*(?:,|\)|\s-\s|\s[–—]\s)")


def in_participial_aside(
    text: str, date: TemporalExpression, cue_start: int, dates: Sequence[TemporalExpression]
) -> bool:
    """Whether ``date`` stands in a reduced relative set off by commas after the cue at ``cue_start``
    ("was terminating the accord, revised in 2019, so that ..."), with another date of the sentence
    (``dates``) to date the event: it dates the noun it describes, not the event told by the cue (general
    English: a participial phrase in commas is a non-restrictive modifier of the noun before it)."""
    return (
        date.start > cue_start
        and any(d is not date and not d.attributive for d in dates)
        and _PARTICIPIAL_ASIDE.search(text, max(0, date.start - 40), date.start) is not None
        and _ASIDE_END.match(text, date.end) is not None
    )


def in_other_relative(
    text: str,
    clauses: Sequence[int],
    date: TemporalExpression,
    cue_start: int,
    *,
    dates: Sequence[TemporalExpression] = (),
) -> bool:
    """Whether ``date`` stands in a relative clause that is not the clause of the cue at ``cue_start``:
    it dates only that clause's cues; or, with the sentence's ``dates``, in a participial aside after the
    cue while another date may date it (:func:`in_participial_aside`)."""
    clause = date_clause(text, clauses, date)
    return (
        clause != bisect.bisect_right(clauses, cue_start) and in_relative_clause(text, clauses, date)
    ) or (bool(dates) and in_participial_aside(text, date, cue_start, dates))


def own_dates(
    text: str,
    clauses: Sequence[int],
    dates: Sequence[TemporalExpression],
    cue_start: int,
    cue_starts: Sequence[int],
) -> list[TemporalExpression]:
    """The dates that may date a state (a presence) told by the cue at ``cue_start``: those of its own
    clause, else those of clauses without a cue (``cue_starts``: the sentence's cues) and outside relative
    and concessive clauses (an adverbial such as "On Monday," or "From January,"), else none. A state
    told in a relative clause of its own ("On Monday, drones hit the X base, which hosts US troops")
    describes its antecedent now: only its own clause dates it."""
    clause = bisect.bisect_right(clauses, cue_start)
    own = [d for d in dates if date_clause(text, clauses, d) == clause]
    if own or (clause > 0 and _RELATIVE.match(text, clauses[clause - 1]) is not None):
        return own
    cued = {bisect.bisect_right(clauses, c) for c in cue_starts}
    return [
        d
        for d in dates
        if date_clause(text, clauses, d) not in cued
        and not in_relative_clause(text, clauses, d)
        and not in_concessive_clause(text, clauses, d)
    ]


#: "the first ... since", "the deadliest ... since", "for the first time since": an ordinal or superlative
#: noun phrase before "since" in the same clause (no clause mark between them).
_FIRST_SINCE: Final = re.compile(r"(?i:\bthe\s+(?:first|last|\w{2,}est|most\s+\w+)\b[^,;:.!?()\n]{0,80})$")


def previous_occurrence(text: str, date: TemporalExpression) -> bool:
    """Whether ``date`` is a "since X" after an ordinal or superlative ("These were the first attacks
    since October", "the deadliest strike since 2019"): X is when the like last happened, not the time
    of the event told, which the text gives elsewhere; or a period after an ordinal count ("the third such
    flight this year"), which counts the like."""
    if date.surface.lower().startswith(("this ", "last ")) and _NTH_SUCH.search(
        text, max(0, date.start - 60), date.start
    ):
        return True  # "the third such flight this year": a count of occurrences over the period
    if not date.surface[:6].lower().startswith("since") or date.surface[5:6].isalnum():
        return False
    return _FIRST_SINCE.search(text, max(0, date.start - 100), date.start) is not None


#: An ordinal and "such" or a noun right before a period ("the third such flight this year", "the fifth
#: attack this month"): the period counts the like, it does not date the event told.
_NTH_SUCH: Final = re.compile(
    r"\bthe\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:such\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+\Z",
    re.IGNORECASE,
)


#: A verb of beginning: what began goes on from then ("fighting broke out", "the war began").
_ONSET: Final = re.compile(r"\b(?:broke\s+out|began|begun|started|erupted)\b", re.IGNORECASE)


def since_phrase_event(text: str, date: TemporalExpression, cue_start: int) -> TemporalExpression:
    """The time of an event told inside a "since" phrase or clause, dated by its "in X" ("since the
    attack on X in January", "since the army withdrew from X in August 2021"): X itself, not the span from
    X to publication that the clause's main event takes (:data:`geo.temporal._patterns.SINCE_CLAUSE`).
    Not an event that began then and goes on ("since clashes erupted in May 2019"). Else ``date``."""
    if "/" not in date.edtf:
        return date
    if date.surface[:3].lower().startswith("in"):
        found = pat.SINCE_CLAUSE.search(text, max(0, date.start - 80), date.start + 3)
    else:  # "since the army left X last week": a time without preposition (geo.temporal)
        found = pat.SINCE_OPENED.search(text, max(0, date.start - 110), date.start)
    if found is None or not found.start() < cue_start < date.start:
        return date
    if _ONSET.search(text, cue_start, date.start):
        return date  # "since clashes erupted in May 2019": the clashes go on since their onset
    return since_start(date)


def since_start(date: TemporalExpression) -> TemporalExpression:
    """The time a "since X" span starts from: X itself ("since May" -> ``2022-05``; "since last week" ->
    its Monday to Sunday). ``date`` itself when its start is open."""
    lo = date.edtf.split("/")[0]
    if lo in {"", ".."}:
        return date
    if "week" in date.surface.lower() and len(lo) == 10:  # "last week": its Monday to Sunday
        last = min(date.date_end or "", (cal.first_day(lo) + timedelta(days=6)).isoformat())
        return replace(date, edtf=f"{lo}/{last}", date_end=last, precision="week")
    last = cal.last_day(lo).isoformat()
    return replace(date, edtf=lo, date_end=last, precision=cal.precision_of(lo))


def usable_elsewhere(text: str, date: TemporalExpression) -> bool:
    """Whether ``date`` may date an event of another sentence: not an adjective of a noun ("the 2015
    deal") nor the last time the like happened (:func:`previous_occurrence`)."""
    return not date.attributive and not previous_occurrence(text, date)


#: What may stand between a date and a relative "when" after it ("until 2011 when", "in 2014, when").
_BEFORE_WHEN: Final = re.compile(r"[,\s]*")
#: Words that make an expression a span between two times, whose end (or start after "since") a "when"
#: clause after it means ("from 2005 until 2012 when"); a period named as a whole ("last week", "over the
#: weekend", "late October") is all of it.
_BOUNDED: Final = re.compile(r"(?i:\b(?:since|from|until|till|through|to|between|and)\b|\d\s*[-\u2013]\s*\d)")


def when_antecedent(
    text: str, clauses: Sequence[int], cue_start: int, dates: Sequence[TemporalExpression]
) -> TemporalExpression | None:
    """The time a relative "when" clause refers to, when the cue at ``cue_start`` stands in one.

    "headquarters from 2003 until 2011 when it was handed over": the handover is at the last time named
    right before "when" (an interval's end: ``2011``; the start after "since"), not the whole interval.
    None when the cue's clause does not open with "when" right after a date, has a date of its own, or
    that date's end is open.
    """
    clause = bisect.bisect_right(clauses, cue_start)
    if clause == 0 or any(date_clause(text, clauses, d) == clause for d in dates):
        return None
    opens = clauses[clause - 1]
    if text[opens : opens + 4].lower() != "when" or text[opens + 4 : opens + 5].isalnum():
        return None
    before = [d for d in dates if d.end <= opens and _BEFORE_WHEN.fullmatch(text, d.end, opens)]
    if not before or before[-1].date_end is None:
        return None
    found = before[-1]
    if "/" not in found.edtf or _BOUNDED.search(found.surface) is None:
        return found  # one period named as a whole ("over the weekend when"): all of it
    lo, hi = found.edtf.split("/")
    if found.surface[:5].lower() == "since" and lo != "..":  # "since 2014, when they were deployed": 2014
        return replace(found, edtf=lo, date_end=cal.last_day(lo).isoformat(), precision=cal.precision_of(lo))
    return replace(found, edtf=hi, date_start=cal.first_day(hi).isoformat(), precision=cal.precision_of(hi))


#: "20 years after", "six months before" right before the clause it opens: a span between two events.
_ELAPSED: Final = re.compile(
    r"(?i:(?P<n>\d{1,3}|"
    + "|".join(sorted((w.replace(" ", r"\s+") for w in pat.NUMBER_WORDS), key=len, reverse=True))
    + r")\s+(?P<unit>year|month|day)s?\s+)$"
)


def elapsed_from(
    text: str, clauses: Sequence[int], cue_start: int, dates: Sequence[TemporalExpression]
) -> TemporalExpression | None:
    """The time of an event told in a clause that "N years after" or "N months before" opens, counted
    from the date of the sentence's other clause.

    "Nearly 20 years after the first troops arrived at the base, the last soldiers left on Friday": the
    arrival is 20 years before that Friday, at the precision of the unit (a year; a month; a day). None
    when the cue's clause is no such clause, has a date of its own, or no other clause has a day, month
    or year to count from.
    """
    clause = bisect.bisect_right(clauses, cue_start)
    if clause == 0 or any(date_clause(text, clauses, d) == clause for d in dates):
        return None
    opens = clauses[clause - 1]
    word = text[opens : opens + 6].lower()
    sign = -1 if word.startswith("after") else 1 if word.startswith("before") else 0
    found = _ELAPSED.search(text, max(0, opens - 30), opens) if sign else None
    others = [d for d in dates if d.date_start is not None and "/" not in d.edtf and d.edtf != cal.UNKNOWN]
    if found is None or not others or others[0].date_start is None:
        return None
    raw = " ".join(found["n"].lower().split())
    count = sign * (int(raw) if raw.isdigit() else pat.NUMBER_WORDS[raw])
    day = date.fromisoformat(others[0].date_start)
    unit = found["unit"].lower()
    if unit == "day":
        part = (day + timedelta(days=count)).isoformat()
    elif unit == "month":
        year, month = cal.add_months(day.year, day.month, count)
        part = f"{year:04d}-{month:02d}"
    else:
        part = f"{day.year + count:04d}"
    start, end = found.start(), opens + (5 if sign < 0 else 6)
    return TemporalExpression(
        start,
        end,
        text[start:end],
        part,
        cal.first_day(part).isoformat(),
        cal.last_day(part).isoformat(),
        cal.precision_of(part),
        relative=True,
    )


def narrower_day(
    text: str,
    clauses: Sequence[int],
    chosen: TemporalExpression,
    dates: Sequence[TemporalExpression],
    cue_starts: Sequence[int],
) -> TemporalExpression:
    """A day inside the chosen year, month or week ("for the second time this week on Tuesday"), told in
    the chosen date's clause or in a clause without a cue (an adverbial: "On 3 May, the course run by
    the mission in 2015 ended"): the same time, told more precisely. Else ``chosen``."""
    if chosen.date_start is None or chosen.date_end is None:
        return chosen
    first, last = date.fromisoformat(chosen.date_start), date.fromisoformat(chosen.date_end)
    if chosen.precision not in {"year", "month"} and not 1 < (last - first).days < 7:
        return chosen
    cued = {bisect.bisect_right(clauses, c) for c in cue_starts}
    own = date_clause(text, clauses, chosen)
    for d in dates:
        if (
            d.precision == "day"
            and d.date_start is not None
            and chosen.date_start <= d.date_start <= chosen.date_end
            and (date_clause(text, clauses, d) == own or date_clause(text, clauses, d) not in cued)
        ):
            return d
    return chosen


#: Event types that hold over a time (a withdrawal told after one ends it).
_STATES: Final = frozenset({"presence", "training", "deployment"})


def end_of_state(
    text: str, clauses: Sequence[int], chosen: TemporalExpression, cue: Cue | None, cues: Sequence[Cue]
) -> TemporalExpression:
    """A withdrawal told after a state over a closed interval, in a clause without a date of its own
    ("From 2007 to 2011 NATO ran a training mission there, but left when ..."): the withdrawal ends the
    state, at the interval's last part (``2011``). Else ``chosen``.

    ``cues`` are the sentence's cues; a state cue must come before the withdrawal's. A withdrawal with
    no state told before it ("Between 2014 and 2016, the troops withdrew") keeps its interval."""
    if (
        cue is None
        or cue.event_type != "withdrawal"
        or "/" not in chosen.edtf
        or chosen.date_end is None
        or date_clause(text, clauses, chosen) == bisect.bisect_right(clauses, cue.start)
        or not any(c.event_type in _STATES and c.end <= cue.start for c in cues)
    ):
        return chosen
    hi = chosen.edtf.split("/")[1]
    return replace(chosen, edtf=hi, date_start=cal.first_day(hi).isoformat(), precision=cal.precision_of(hi))


def clause_time(
    text: str, clauses: Sequence[int], cue_start: int, dates: Sequence[TemporalExpression]
) -> TemporalExpression | None:
    """The time a cue's clause takes from another clause of its sentence: a relative "when" clause's
    (:func:`when_antecedent`), else one opened by "N years after" (:func:`elapsed_from`); else None."""
    return when_antecedent(text, clauses, cue_start, dates) or elapsed_from(text, clauses, cue_start, dates)


def mission_active_at(catalogue: Catalogue, mission: str, date: TemporalExpression) -> bool:
    """Whether ``mission`` was active at ``date`` (its catalogue ``active`` interval overlaps the date)."""
    entry = catalogue.entry(mission)
    if entry.active is None:
        return True
    lo, _, hi = entry.active.partition("/")
    start = None if lo in {"", ".."} else cal.first_day(lo).isoformat()
    end = None if hi in {"", ".."} else cal.last_day(hi).isoformat()
    if end is not None and date.date_start is not None and date.date_start > end:
        return False
    return not (start is not None and date.date_end is not None and date.date_end < start)
