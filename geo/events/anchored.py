"""An earlier or later act told as the anchor of a relative time: "troops retook X in May 2021, a year
after rebels had seized it", "fire has been traded since 8 October, the day after the raid on Y".

The time expression before the comma dates the main act; the clause "<so long> after|before <act>" tells
a second act whose day is that date moved by the stated length (back for "after", forward for
"before"). The tagger dates every act of the sentence by the one time expression, so the second act
either takes the main act's date (an act at a place the clause names: re-dated here) or, told of the
same place by a pronoun ("seized it"), is folded into the main act (added here as an act of its own: the
news_events convention counts each occurrence at a place). English grammar of relative time; no word
list of any source.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from typing import Final

from geo.events.document import Document
from geo.events.merge import MOVEMENTS, OCCURRENCES
from geo.events.notes import retyped
from geo.events.tag import EventTag, on_date
from geo.events.when import told
from geo.temporal import TemporalExpression
from geo.temporal import _calendar as cal
from geo.temporal._patterns import NUMBER_WORDS

__all__ = ["anchored_tags", "shifted"]

#: The lengths of :data:`_ANCHOR`'s number words: the time-word lexicon's quantities, and "the" ("the day
#: after") as one.
_NUMBERS: Final = {**NUMBER_WORDS, "the": 1}

#: Right after a time expression: ", a year after", ", just two days before", ", the day after".
_ANCHOR: Final = re.compile(
    r"\s*,\s*(?:just\s+|only\s+|some\s+|about\s+|nearly\s+|almost\s+|barely\s+)?"
    r"(?P<n>an?|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?P<unit>day|week|month|year)s?\s+(?P<way>after|before)\s+",
    re.IGNORECASE,
)

#: Where the anchoring clause ends: a semicolon, a dash or the sentence's end.
_CLAUSE_END: Final = re.compile(r";|\s[-\u2013\u2014]\s|[.!?](?:\s|$)")

#: Right after a cue, the place told again by a pronoun: "seized it", "overran them", "attacked it again".
_PRONOUN: Final = re.compile(r"\s+(?:it|them|there)\b", re.IGNORECASE)

#: Land taken, its place told by a pronoun ("had seized it", "overran them"): the cue table wants the place
#: or a word for land after the verb (ACLED: non-state actor overtakes territory).
_TAKEN: Final = re.compile(
    r"\b(?:seized|captured|overran|overrun|took|taken|stormed)(?=\s+(?:it|them)\b)", re.IGNORECASE
)


def shifted(when: TemporalExpression, match: re.Match[str]) -> TemporalExpression | None:
    """``when`` (or the first day of a "since" span) moved by the length ``match`` states: back for
    "after", forward for "before"; None when the length is finer than the date ("a day after" a month)."""
    n = int(match["n"]) if match["n"].isdigit() else _NUMBERS[match["n"].lower()]
    if match["n"].lower() == "the" and match["unit"].lower() != "day":
        return None  # "the year before" names a year, not a length
    sign = -1 if match["way"].lower() == "after" else 1
    unit = match["unit"].lower()
    precision = when.precision
    start = when.date_start
    if precision == "range":
        if not when.surface.lower().startswith("since") or start is None:
            return None
        precision = "day"
    if start is None or precision not in {"day", "month", "year"}:
        return None
    day = datetime.date.fromisoformat(start)
    if unit in {"day", "week"}:
        if precision != "day":
            return None
        day += datetime.timedelta(days=sign * n * (7 if unit == "week" else 1))
    else:
        months = sign * n * (12 if unit == "year" else 1)
        if unit == "month" and precision == "year":
            return None
        year, month = cal.add_months(day.year, day.month, months)
        day = datetime.date(year, month, min(day.day, cal.month_end(year, month).day))
    granularity: cal.Granularity = "day"
    if precision in {"month", "year"}:
        granularity = "year" if precision == "year" else "month"
    if granularity == "day" and unit in {"month", "year"}:  # "three years after Monday": that year or month
        granularity = "year" if unit == "year" else "month"
    edtf = cal.fmt(day, granularity)
    lo, hi = cal.first_day(edtf).isoformat(), cal.last_day(edtf).isoformat()
    return TemporalExpression(
        start=match.start("n"),
        end=match.end(),
        surface=match.group(0).strip(" ,"),
        edtf=edtf,
        date_start=lo,
        date_end=hi,
        precision=granularity,
        relative=True,
        attributive=False,
    )


def anchored_tags(doc: Document, tags: Sequence[EventTag]) -> list[EventTag]:
    """``tags`` with each act of an anchoring clause dated by the shifted time (a place the clause names),
    and a second act added for a tag whose place the clause tells again by a pronoun ("retook X in May
    2021, a year after rebels seized it": the seizure in May 2020).

    Parameters
    ----------
    doc
        The prepared document.
    tags
        The tags of the document so far.

    Returns
    -------
    list[EventTag]
        The tags, re-dated where their place and cue lie in an anchoring clause, then the added acts.
    """
    text = doc.text
    kinds = OCCURRENCES | MOVEMENTS
    out = list(tags)
    added: list[EventTag] = []
    for number in sorted({doc.index(tag.sentence[0]) for tag in tags}):
        times = told(doc, number)
        end_of_sentence = doc.sentences[number].end
        for when in times:
            match = _ANCHOR.match(text, when.end)
            if match is None:
                continue
            moved = shifted(when, match)
            if moved is None:
                continue
            stop = _CLAUSE_END.search(text, match.end())
            close = stop.start() if stop is not None else len(text)
            close = min(close, end_of_sentence)
            if any(match.end() <= t.start < close for t in times):
                continue  # the clause has a time of its own
            cues = [c for c in doc.cues[number] if match.end() <= c.start < close and c.event_type in kinds]
            taken = _TAKEN.search(text, match.end(), close)
            if not cues and taken is None:
                continue
            inside = [
                i
                for i, tag in enumerate(out)
                if doc.index(tag.sentence[0]) == number
                and any(match.end() <= s < close for s, _ in tag.mentions)
            ]
            opening = doc.sentences[number].start
            both: set[tuple[str, str]] = set()  # a place named in both clauses: the main act and the clause's
            for i in inside:  # an act at a place the clause names: the clause's time
                tag = out[i]
                key = (tag.place.candidate.id, tag.event_type)
                if tag.date_source != "sentence" or not any(c.event_type == tag.event_type for c in cues):
                    continue
                spread = when.precision == "range" and tag.date_start == moved.date_start != tag.date_end
                if tag.date != when.edtf and not spread:  # "since" moved whole is still a span: the act's day
                    continue  # dated by the clause already ("two weeks after an assault on X": that week)
                if any(
                    doc.index(t.sentence[0]) == number
                    and (t.place.candidate.id, t.event_type) == key
                    and any(opening <= s < match.start() for s, _ in t.mentions)
                    for t in out
                ):
                    dated = any(  # a tag of the sentence already begins on the clause's day
                        doc.index(t.sentence[0]) == number
                        and (t.place.candidate.id, t.event_type) == key
                        and t.date_start == moved.date_start
                        for t in out
                    )
                    if key not in both and not dated:
                        added.append(on_date(tag, moved))
                    both.add(key)
                else:
                    out[i] = on_date(tag, moved)
            if inside:
                continue
            told_again = [(c.event_type, c.sub_event_type) for c in cues if _PRONOUN.match(text, c.end)]
            if taken is not None:
                told_again.append(("attack", "territorial_control"))
            if not told_again:
                continue
            kind, sub = told_again[0]
            for tag in tags:
                if (
                    doc.index(tag.sentence[0]) == number
                    and tag.event_type in kinds
                    and tag.date == when.edtf
                    and tag.date_source == "sentence"
                    and all(s < when.start for s, _ in tag.mentions)
                ):
                    second = retyped(tag, kind, sub)
                    added.append(on_date(second, moved))
                    break
    return out + added
