"""An event named after "N days/weeks/months/years after" or "before": it lies that long before (or after)
the time of the clause the phrase hangs on.

"Militants attacked X on Monday, two weeks after an assault on Y": the assault on Y was two weeks before
Monday ("less than a week after": within the week before); "attacks continue on X, two weeks after an
assault on Y" (no date: the report's time) two weeks before publication. A count of weeks is rough: the
week around that day. A bare plural ("days after", "months before") counts a few units: the span from two
to several of them away.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from geo.events.cues import Cue
from geo.temporal import TemporalExpression
from geo.temporal import _calendar as cal
from geo.temporal import _patterns as pat

__all__ = ["appositive", "cause_date", "ended_state_dates", "lapse_before"]

#: "two weeks after an assault on", "a month before the": a span, then the event noun phrase (up to six
#: words before the cue: "a week after bombers hit more than 80 targets", fix32).
_LAPSE: Final = re.compile(
    r"(?i:\b(?:(?P<less>less\s+than\s+|under\s+|within\s+)?(?P<n>\d{1,3}|an?|"
    + "|".join(sorted((w.replace(" ", r"\s+") for w in pat.NUMBER_WORDS), key=len, reverse=True))
    + r")\s+(?P<unit>day|week|month|year)s?|(?P<some>day|week|month|year)s)"
    + r"\s+(?P<way>after|before)\s+(?:[\w'’-]+\s+){0,6})$"
)
#: Counts a bare plural stands for ("days after": two to six days; "weeks after": two to eight weeks).
_SOME: Final[dict[str, tuple[int, int]]] = {"day": (2, 6), "week": (2, 8), "month": (2, 11), "year": (2, 9)}
#: Days either side of a day counted in weeks ("two weeks after": give or take half a week).
_WEEK_SLACK: Final = 3


def lapse_before(text: str, cue_start: int, date: TemporalExpression | None) -> TemporalExpression | None:
    """The time of the event whose cue starts at ``cue_start`` when an "N units after/before" phrase
    stands right before it, counted from ``date`` (the time the sentence's clause takes); else ``date``."""
    if date is None or date.date_start is None or date.date_end is None:
        return date
    window = text[max(0, cue_start - 80) : cue_start].lower()
    if "after" not in window and "before" not in window:
        return date  # the pattern needs one of the two words (no scan of the window)
    found = _LAPSE.search(text, max(0, cue_start - 80), cue_start)
    if found is None:
        return date
    sign = -1 if found["way"].lower() == "after" else 1
    lo, hi = dt.date.fromisoformat(date.date_start), dt.date.fromisoformat(date.date_end)
    if found["some"]:
        return _some(date, found["some"].lower(), sign, lo, hi)
    raw = " ".join(found["n"].lower().split())
    count = int(raw) if raw.isdigit() else 1 if raw in {"a", "an"} else pat.NUMBER_WORDS[raw]
    unit = found["unit"].lower()
    if unit in {"day", "week"} and found["less"]:  # "less than a week after": within that span before
        days = count * (7 if unit == "week" else 1)
        lo, hi = (lo - dt.timedelta(days=days), hi) if sign < 0 else (lo, hi + dt.timedelta(days=days))
        first, last = lo.isoformat(), hi.isoformat()
        edtf = first if first == last else f"{first}/{last}"
    elif unit in {"day", "week"}:
        days = count * (7 if unit == "week" else 1)
        slack = _WEEK_SLACK if unit == "week" else 0
        lo = lo + dt.timedelta(days=sign * days - slack)
        hi = hi + dt.timedelta(days=sign * days + slack)
        first, last = lo.isoformat(), hi.isoformat()
        edtf = first if first == last else f"{first}/{last}"
    else:
        months = count * (12 if unit == "year" else 1) * sign
        parts = []
        for day in (lo, hi):
            year, month = cal.add_months(day.year, day.month, months)
            parts.append(f"{year:04d}" if unit == "year" else f"{year:04d}-{month:02d}")
        edtf = parts[0] if parts[0] == parts[1] else f"{parts[0]}/{parts[1]}"
        first, last = cal.first_day(parts[0]).isoformat(), cal.last_day(parts[1]).isoformat()
    return replace(
        date,
        edtf=edtf,
        date_start=first,
        date_end=last,
        precision="range" if "/" in edtf else cal.precision_of(edtf),
        relative=True,
    )


def _some(date: TemporalExpression, unit: str, sign: int, lo: dt.date, hi: dt.date) -> TemporalExpression:
    """ "days after", "weeks before": a few units (:data:`_SOME`) away from ``lo``..``hi``."""
    least, most = _SOME[unit]
    if unit in {"day", "week"}:
        size = 7 if unit == "week" else 1
        near, far = least * size, most * size
        first, last = (
            (lo - dt.timedelta(days=far), hi - dt.timedelta(days=near))
            if sign < 0
            else (
                lo + dt.timedelta(days=near),
                hi + dt.timedelta(days=far),
            )
        )
        edtf = f"{first.isoformat()}/{last.isoformat()}"
        start, end = first.isoformat(), last.isoformat()
    else:
        months = 12 if unit == "year" else 1
        steps = (-most, -least) if sign < 0 else (least, most)
        (y1, m1), (y2, m2) = (
            cal.add_months(lo.year, lo.month, steps[0] * months),
            cal.add_months(hi.year, hi.month, steps[1] * months),
        )
        parts = (f"{y1:04d}", f"{y2:04d}") if unit == "year" else (f"{y1:04d}-{m1:02d}", f"{y2:04d}-{m2:02d}")
        edtf = f"{parts[0]}/{parts[1]}"
        start, end = cal.first_day(parts[0]).isoformat(), cal.last_day(parts[1]).isoformat()
    return replace(date, edtf=edtf, date_start=start, date_end=end, precision="range", relative=True)


#: "after"/"following" and an article opening a noun phrase, up to the date that ends it, with no clause
#: mark between ("after a deadly gunfight in the north of the country last month").
_CAUSE: Final = re.compile(r"\b(?:after|following)\s+(?:an?|the)\s+[^,;:.!?()\n]*\Z", re.IGNORECASE)
#: A present or present-perfect (progressive) right before a cue ("is being reinforced", "are arriving",
#: "has been deployed"): the act is told as now.
_NOW: Final = re.compile(r"\b(?:(?:is|are)(?:\s+being)?|(?:has|have)\s+been)\s+\Z", re.IGNORECASE)


def cause_date(text: str, date: TemporalExpression, cue: Cue | None) -> bool:
    """Whether ``date`` closes an "after"/"following" noun phrase told after a cue in the present ("the
    force is being reinforced after a gunfight in X last month"): it dates the cause, not the act told
    now (English grammar: the time adverb inside the prepositional phrase modifies its noun)."""
    if cue is None or date.start <= cue.start or _NOW.search(text, max(0, cue.start - 24), cue.start) is None:
        return False
    return _CAUSE.search(text, cue.start, date.start) is not None


#: "before" or "until" opening the clause that ends a past state ("were deployed in X before the army
#: seized power in July 2023"), with no sentence or clause end up to the date.
_STATE_ENDED: Final = re.compile(r"\b(?:before|until|till)\b[^.;:!?\n]*\Z", re.IGNORECASE)


def ended_state_dates(
    text: str, dates: Sequence[TemporalExpression], cue_end: int
) -> list[TemporalExpression]:
    """The dates of a "before/until ..." clause after a past state's cue: the state held up to that time
    ("1,000 troops were deployed in X before the coup in July 2023": there in July 2023), so it is dated
    by them rather than by publication (fix32)."""
    return [
        d
        for d in dates
        if d.start > cue_end
        and not d.edtf.startswith("../")
        and _STATE_ENDED.search(text, cue_end, d.start) is not None
    ]


def appositive(text: str, cue: Cue) -> bool:
    """Whether a state's cue opens with a past participle set off by a comma after its noun ("the brigade,
    based at X, ...", "its contingent, mostly stationed in Y, ..."): a reduced relative clause that describes
    the noun, not the verb of the sentence (English grammar), so a time the sentence gives to a later plan
    ("..., will rotate in November") is not the state's."""
    return (
        _PARTICIPLE.match(text, cue.start) is not None
        and _AFTER_COMMA.search(text, max(0, cue.start - 24), cue.start) is not None
    )


#: A past participle in "-ed" ("based", "stationed", "deployed").
_PARTICIPLE: Final = re.compile(r"[A-Za-z]+ed\b")
#: A comma right before a word, or before an adverb in "-ly" and a word ("..., mostly stationed").
_AFTER_COMMA: Final = re.compile(r",\s+(?:[a-z]+ly\s+)?\Z")
