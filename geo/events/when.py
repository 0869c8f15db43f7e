"""When an event happened: the date rules of :meth:`geo.events.document.Document.date`.

The time expression of the event's own clause first, then of the sentence (a reporting date yields to any
other), then the dates of the event just told, of a neighbouring sentence or of the story's lead; else the
publication date. The rules on single dates and clauses are in :mod:`geo.events.dating`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Final

from geo.events.antecedent import in_antecedent, retold_day
from geo.events.context import PRESENT
from geo.events.cues import Cue
from geo.events.dating import (
    ahead_of,
    clause_time,
    close_interval,
    date_clause,
    end_of_state,
    in_other_relative,
    in_relative_clause,
    narrower_day,
    own_dates,
    previous_occurrence,
    since_phrase_event,
    usable_elsewhere,
)
from geo.events.filing import in_dateline
from geo.events.foreground import DEFINITE, SINCE_OPEN, after_lapse, foreground, fronted_when
from geo.events.intent import statement_dates
from geo.events.lapse import appositive, cause_date, ended_state_dates, lapse_before
from geo.events.narrative import after_story, around
from geo.events.published import ANNIVERSARY, counted_back, going_on, news_lag, open_start_from, running_toll
from geo.events.retold import day_before, refers_back, reported, told_at_place
from geo.events.series import begun_series, onset_since, series_since
from geo.model.spans import Resolved
from geo.temporal import TemporalExpression

if TYPE_CHECKING:
    from geo.events.document import Document

__all__ = ["VIOLENT", "event_date", "told"]

#: Event types whose perpetrator may be named elsewhere (the next sentence, an earlier mention).
VIOLENT: Final = frozenset({"strike", "rocket_attack", "attack", "abduction"})


#: Event types (and acts among presence sub types, :data:`_ACTS`) reported on the day they happened or
#: the next (:func:`geo.events.published.news_lag`).
_LAGGED: Final = VIOLENT | {"protest", "inspection", "interception"}

#: Sub types of presence that are acts done at a time, dated like events ("the ship was boarded and
#: inspected"), not states that hold at publication (the news_events conventions type inspections as
#: presence).
_ACTS: Final = frozenset({"inspection", "interception"})


def event_date(
    doc: Document, number: int, cue: Cue | None, place: Resolved
) -> tuple[TemporalExpression | None, str]:
    """The date of the event the ``cue`` of sentence ``number`` tells at ``place``, and its source.

    The time expression of the sentence that governs the cue's clause (``"sentence"``); without one,
    the date of the event just told or of a neighbouring sentence (not a bound with an open start, "until
    July 2025": a state's end, no time of an event), or the story's lead day for a
    violent event (``"neighbour"``); else the publication date (``"publication"``, or ``"none"``). An
    event named right after "N weeks after" lies that long before that time
    (:func:`geo.events.lapse.lapse_before`), unless its clause took its time from another clause
    ("20 years after the first troops arrived, the last left on Friday", :func:`clause_time`).
    """
    found, source, counted = _event_date(doc, number, cue, place)
    if cue is None or counted:
        return found, source
    if source == "sentence" and found is not None and in_antecedent(doc.text, found, cue):
        # "gathered on Wednesday after an explosion at X" + "The blast hit X on Tuesday evening": Tuesday
        kinds = VIOLENT if cue.event_type in VIOLENT else {cue.event_type}
        own = retold_day(doc, number, cue, found, kinds=kinds, told=functools.partial(told, doc))
        if own is not None:
            return own, "neighbour"
    later = source == "sentence" and found is not None and found.start > cue.start
    if later and found is not None and "," not in doc.text[cue.end : found.start]:
        # "a day after militants bombed X on Sunday": Sunday is the bombing's own; not past the comma that
        # ends a fronted "a week after ..." phrase, whose main clause's time it is
        return found, source
    return lapse_before(doc.text, cue.start, found), source


def _event_date(
    doc: Document, number: int, cue: Cue | None, place: Resolved
) -> tuple[TemporalExpression | None, str, bool]:
    """:func:`event_date` before "N weeks after", and whether the time was counted from another clause."""
    found, text, clauses = doc.dates[number], doc.text, doc.clauses
    if cue is not None and cue.sub_event_type == ANNIVERSARY:  # "turns six": the deployment six years back
        years_back = counted_back(text, cue.start, cue.end, doc.publication())
        if years_back is not None:
            return years_back, "sentence", True
    cues = doc.cues[number]
    cued = [c.start for c in cues]
    state = cue is not None and cue.event_type == "presence" and cue.sub_event_type not in _ACTS
    if state and cue is not None and found:
        ended = ended_state_dates(text, found, cue.end) if _past_state(doc, number, cue) else []
        found = own_dates(text, clauses, found, cue.start, cued) or fronted_when(doc, number, found, cue)
        found = found or ended  # a state: its own clause, the adverbial, (past) the time it ended; else now
        if found and appositive(text, cue) and any(ahead_of(d, doc.publication()) for d in found):
            # "the unit, based at X, will rotate in November": the plan's time; the state holds now
            return doc.publication(), "publication", False
    if state and cue is not None and not found and (host := _host(doc, number, cue)) is not None:
        hosted = _event_date(doc, number, host, place)
        if hosted[1] != "publication":
            return hosted  # "struck a camp on Sunday where troops are stationed": stationed on Sunday
    if found:
        pivot = cue.start if cue is not None else place.toponym.start
        # a date qualifying a noun after the cue ("left the 2015 agreement over the weekend") dates it
        # only when the sentence has no time of its own
        plain = any(not d.attributive for d in found)
        eligible = [
            d
            for d in found
            if (
                not d.attributive
                or (
                    cue is not None
                    and not text[d.end : cue.start].strip()
                    # "recent attacks" (a relative adjective) only right before its noun
                    and (d.end <= cue.start or (not plain and not d.relative))
                )
                or _TIME_PHRASE.search(text, max(0, d.start - 16), d.start) is not None
            )
            and not in_dateline(text, d)
            and not previous_occurrence(text, d)
            and not cause_date(text, d, cue)  # "is being reinforced after a clash last month"
            and not _baseline(text, d, cue)  # "the first deaths since the raids began in November"
            and (cue is None or not in_other_relative(text, clauses, d, cue.start, dates=found))
            and not (cue is not None and cue.event_type in VIOLENT and ahead_of(d, doc.publication()))
        ]
        eligible = statement_dates(cue, eligible, text)  # "said in May it would leave by June": May
        if eligible:
            when = None if cue is None else clause_time(text, clauses, cue.start, eligible)
            governing = _governing(doc, eligible, cue)
            chosen = when or min(_own_phrase(governing, cue, place), key=lambda d: _gap(d, pivot))
            if cue is not None:  # "since the attack on X in January": the attack is in January
                chosen = since_phrase_event(text, chosen, cue.start)
                # "have intensified their attacks following the events of 7 October": from then on
                chosen = onset_since(text, series_since(text, chosen, cue, doc.publication()), cue)
                chosen = begun_series(text, chosen, cue, doc.publication())  # "began in May to shell X"
            chosen = end_of_state(
                text, clauses, narrower_day(text, clauses, chosen, eligible, cued), cue, cues
            )
            reported_only = cue is not None and cue.event_type in VIOLENT and _reported(doc, chosen, cue)
            if reported_only and (day := _day_after(doc, number, chosen)) is not None:
                return day, "neighbour", False  # "..., officials said Monday." + "The attack on Sunday ..."
            # "X said yesterday that the attacks on Y ...": the day of the report, of events told before
            told_again = cue is not None and DEFINITE.search(text, max(0, cue.start - 8), cue.start)
            if not (reported_only and len(eligible) == 1 and told_again):
                closed = open_start_from(close_interval(chosen, eligible), doc.publication())
                return closed, "sentence", when is not None
    publication = doc.publication()
    if (
        cue is not None
        and cue.event_type in VIOLENT
        and publication is not None
        and (running_toll(text, doc.sentences[number]) or going_on(text, cue.start))
    ):
        # "the fighting has killed 109": dead up to today; "gunmen continue to shell X": as it is written
        return publication, "publication", False
    if not doc.words(number) & PRESENT and (not state or _past_state(doc, number, cue)):
        back = cue is not None and refers_back(doc.text, doc.sentences[number].start, cue.start)
        if back and cue is not None and (earlier := _told_before(doc, number, cue)):
            return earlier[-1], "neighbour", False  # "The strikes targeted ...": the strikes just told
        # up to three sentences back while the story goes on (geo.events.narrative), then the next one
        for other in [] if back else around(doc, number):
            if state and other > number:
                break  # a past state goes on from the story told before it, not the event after
            usable = [d for d in told(doc, other) if not d.edtf.startswith("../")]  # "until X": no time
            usable = usable if other < number else foreground(doc, usable)
            violent = cue is not None and cue.event_type in VIOLENT
            if usable and other > number and violent and after_story(usable[0], doc.lead_date()):
                break  # told before a later day: the story's own day (below), not the day after it
            if usable:
                return (usable[-1] if other < number else usable[0]), "neighbour", False
        if (same_kind := _same_kind_before(doc, number, cue)) is not None:
            # "... its first inspection last Thursday." + "The ship was inspected"
            return same_kind, "neighbour", False
        if cue is not None and cue.event_type in VIOLENT:
            same = told_at_place(doc, number, place, functools.partial(told, doc), kinds={cue.event_type})
            if same is not None:
                return same, "neighbour", False  # the same kind of event just told at this very place
            if (lead := doc.lead_date()) is not None:
                return lead, "neighbour", False  # the story's own day, told in its lead
    if cue is not None and publication is not None and {cue.event_type, cue.sub_event_type} & _LAGGED:
        return news_lag(publication), "publication", False  # reported on the day it happened or the next
    return publication, "publication" if publication is not None else "none", False


def _baseline(text: str, date: TemporalExpression, cue: Cue | None) -> bool:
    """Whether ``date`` lies in a "since" phrase after the cue that measures the event against an
    earlier time ("were killed, the first deaths since the raids began in November", "the worst attack
    since 2019"): that time is the comparison's start, before the event, not the event's own time."""
    if cue is None or date.start <= cue.end:
        return False
    match = SINCE_OPEN.search(text, cue.end, date.start)
    return match is not None and _RECORD.search(text, max(0, match.start() - 40), match.start()) is not None


#: Words that make a "since" phrase a comparison with the past ("the first ... since", "the worst ... since").
_RECORD: Final = re.compile(
    r"\b(?:first|deadliest|worst|largest|biggest|heaviest|bloodiest|most\s+\w+)\b[^,;.]*\Z", re.IGNORECASE
)


def _host(doc: Document, number: int, cue: Cue) -> Cue | None:
    """For a state told in a "where" clause ("struck a camp where troops are stationed"): the nearest
    cue of an event before it in the sentence, whose time the relative clause describes."""
    clause = doc.clause(cue.start)
    if not clause or _WHERE.match(doc.text, doc.clauses[clause - 1]) is None:
        return None
    before = [c for c in doc.cues[number] if c.end <= doc.clauses[clause - 1] and c.event_type != "presence"]
    return before[-1] if before else None


#: A locative relative clause: "where" right after the mark that opens it.
_WHERE: Final = re.compile(r"[,\s]*where\b", re.IGNORECASE)


def _past_state(doc: Document, number: int, cue: Cue | None) -> bool:
    """Whether a state is told in the past tense ("the mission operated from four bases", "troops were
    stationed there"): it held at some time the text tells around it, not at publication. The cue's
    verb is a past form ("-ed", or after "was"/"were") and the sentence has no present or future
    auxiliary (is, are, has, have, will). An "-ed" form followed by "was", "were" or "had" is a
    participle inside the subject ("the troops stationed at the base were unharmed"), not the verb."""
    if cue is None or doc.words(number) & _PRESENT_AUX:
        return False
    text = doc.text
    word = _WORD.match(text, cue.start)
    if word is None:
        return False
    sentence = doc.sentences[number]
    before = text[sentence.start : cue.start].split()
    if before and before[-1].lower() in _PAST_AUX:
        return True
    after = {w.strip(".,;:!?\"”’'").lower() for w in text[word.end() : sentence.end].split()}
    return word.group(0).lower().endswith("ed") and not after & (_PAST_AUX | {"had"})


_WORD: Final = re.compile(r"[A-Za-z]+")

#: Auxiliaries of the present and future: a state told with one holds at publication (or is planned).
_PRESENT_AUX: Final = frozenset({"is", "are", "am", "has", "have", "will"})
#: Auxiliaries of the past tense right before a state's participle ("were stationed").
_PAST_AUX: Final = frozenset({"was", "were"})


def _told_before(doc: Document, number: int, cue: Cue) -> list[TemporalExpression]:
    """For a sentence that opens with its cue as a definite noun ("The strikes targeted ...", "This
    attack ..."): the dates of the nearest of the three sentences before (also across paragraph
    breaks) that tells an event of the same type (any violent type for a violent cue: "killing four
    fighters" before "The strikes") with a date. Without one, the sentence after is no source (it
    tells another event): a violent event takes its lead's day."""
    kinds = {cue.event_type} | (VIOLENT if cue.event_type in VIOLENT else set())
    for other in range(number - 1, max(-1, number - 4), -1):
        if any(c.event_type in kinds for c in doc.cues[other]) and (dates := told(doc, other)):
            return dates
    return []


def _same_kind_before(doc: Document, number: int, cue: Cue | None) -> TemporalExpression | None:
    """For a cue of a specific kind (a sub type: an inspection, a drone strike): the last date of the
    sentence right before, also across a paragraph break, when it tells the same kind on a day (or a
    few days: a year or a month there may be a mandate's or a campaign's)."""
    before = number - 1
    if cue is None or cue.sub_event_type is None or before < 0:
        return None
    if not any(c.sub_event_type == cue.sub_event_type for c in doc.cues[before]):
        return None
    dates = [d for d in told(doc, before) if d.date_start and d.date_end and _days(d) <= _FEW_DAYS]
    return dates[-1] if dates else None


#: How many days a date may span to count as the day of an event told again.
_FEW_DAYS: Final = 7


def _days(date: TemporalExpression) -> int:
    assert date.date_start is not None
    assert date.date_end is not None
    return (dt.date.fromisoformat(date.date_end) - dt.date.fromisoformat(date.date_start)).days + 1


def _day_after(doc: Document, number: int, report: TemporalExpression) -> TemporalExpression | None:
    """The day the next sentence tells a violent event on, within the week up to ``report``."""
    after = number + 1
    if after >= len(doc.sentences) or not any(c.event_type in VIOLENT for c in doc.cues[after]):
        return None
    dates = [d for d in told(doc, after) if not _reported(doc, d, None) and not after_lapse(doc, d)]
    return day_before(report, dates)  # not "Two days earlier, on Friday, ...": that is another act's day


def told(doc: Document, number: int) -> list[TemporalExpression]:
    """The dates of a sentence that may date an event of another: not adjectives, not a dateline's."""
    text = doc.text
    return [d for d in doc.dates[number] if usable_elsewhere(text, d) and not in_dateline(text, d)]


def _governing(doc: Document, dates: list[TemporalExpression], cue: Cue | None) -> list[TemporalExpression]:
    """The dates that may govern the cue's event: those of its own clause if any, else all; a date
    that only says when something was reported ("said on Monday") yields to any other, also to one of
    another clause ("said on Wednesday that ten were killed when gunmen attacked on Monday")."""
    pool = dates
    if cue is not None and len(dates) > 1:
        clause = doc.clause(cue.start)
        pool = (
            [d for d in dates if date_clause(doc.text, doc.clauses, d) == clause]
            or [d for d in dates if not in_relative_clause(doc.text, doc.clauses, d)]
            or dates
        )
    if cue is not None and len(pool) > 1:
        pool = _attached(doc, pool, cue)
    unreported = [d for d in pool if not _reported(doc, d, cue)] or [
        d for d in dates if not _reported(doc, d, cue)
    ]
    return unreported or pool


def _attached(doc: Document, dates: list[TemporalExpression], cue: Cue) -> list[TemporalExpression]:
    """The dates among ``dates`` (of one clause) that follow ``cue`` with no other cue of the sentence
    between them, as an adverbial follows its verb ("arrived in Mosul in 2014 and left Kirkuk on
    Friday": Friday is the leaving's) or stand right before it ("a 2016 bombing"; not the adverbial of a
    cue before: "who took X in 2014 attacked Y on Monday"); else those before
    any cue (a fronted adverbial: "On Friday, ..."); else all. A date that opens a relative clause of
    the next cue ("one in May that killed 5 and one in June that killed 3") is that cue's; one in a
    clause joined on after the cue's ("In 2011 the troops left X; they came back in 2014") is the
    adverbial of that clause's own verb, though no cue stands there."""
    starts = sorted({cue.start} | {c.start for c in doc.cues[doc.index(cue.start)]})  # the cue, also moved

    def verb(date: TemporalExpression) -> int:
        at = bisect.bisect_left(starts, date.start)
        return starts[at - 1] if at else -1

    def leads(date: TemporalExpression) -> int:
        at = bisect.bisect_left(starts, date.end)
        ahead = starts[at] if at < len(starts) else -1
        return ahead if ahead >= 0 and _RELATIVE_OPENER.fullmatch(text, date.end, ahead) else -1

    text = doc.text
    own = [
        d
        for d in dates
        if (
            verb(d) == cue.start
            and leads(d) in (-1, cue.start)
            and not _COORDINATED.search(text, cue.end, d.start)
        )
        or leads(d) == cue.start
        or (d.end <= cue.start and not text[d.end : cue.start].strip() and (d.attributive or verb(d) < 0))
    ]
    return own or [d for d in dates if verb(d) < 0] or dates


#: A clause joined on after the cue's ("...; they", ", and in 2014 they", ", but"): a date in it is its own
#: verb's adverbial, not one of the cue before.
_COORDINATED: Final = re.compile(r";|,\s+(?:and|but|while|whereas|yet)\b", re.IGNORECASE)

#: A preposition of time and an article before a date that qualifies a noun ("at a July 2016 summit",
#: "during the 2006 war"): the phrase places the clause in that time, as "in July 2016" would.
_TIME_PHRASE: Final = re.compile(r"\b(?:at|during|in|after|following)\s+(?:a|an|the)\s+$", re.IGNORECASE)

#: A relative pronoun between a date and the cue it dates ("one in May that killed five").
_RELATIVE_OPENER: Final = re.compile(r"\s*,?\s*(?:that|which|when)\s+")


def _own_phrase(
    dates: list[TemporalExpression], cue: Cue | None, place: Resolved
) -> list[TemporalExpression]:
    """The ``dates`` after ``place`` when the place follows a date that follows the cue: the cue's own
    time came before it, so the place is told in a later phrase with a time of its own ("attacked X on
    Monday and then moved on to Y on Wednesday": Y's is Wednesday); else ``dates``."""
    if cue is None or place.toponym.start < cue.end:
        return dates
    between = [d for d in dates if cue.end <= d.start and d.end <= place.toponym.start]
    after = [d for d in dates if d.start >= place.toponym.end]
    return after if between and after else dates


def _reported(doc: Document, date: TemporalExpression, cue: Cue | None) -> bool:
    """Whether a reporting verb other than the cue stands right before the date (:func:`reported`)."""
    span = None if cue is None else (cue.start, cue.end)
    return reported(doc.tokens, doc.sentences[doc.index(date.start)].start, date, cue=span)


def _gap(date: TemporalExpression, pivot: int) -> int:
    return min(abs(date.start - pivot), abs(date.end - pivot))
