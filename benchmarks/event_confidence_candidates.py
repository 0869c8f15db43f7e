"""Candidate features of the learned event confidence that the dev set did not support (fitting only).

``benchmarks/fit_event_confidence.py --candidates`` fits logistic regressions on these vectors (all of
them, and a greedy forward selection) to show why the shipped model (:mod:`geo.events.confidence`) uses
only the tagger's confidence and the breadth of the place: with about 180 events per half, the richer
models rank the held-out half's events worse than the tagger's confidence alone (docs/events.md,
"Learned confidence"). Every feature is general and article-independent: the event type, the date's
precision and distance from the publication date, the kind of place, the numbers and actors the
feature states, where and how often the place is named, what else its sentence holds, and whether the
place is told as a speaker, an owner or a dateline.
"""

from __future__ import annotations

import datetime
import functools
import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

from geo.events.sentences import Sentence, split_sentences
from geo.lexicon import load
from geo.model.feature import EventFeature, Mention
from geo.model.vocab import EVENT_TYPES

__all__ = ["FEATURE_NAMES", "feature_vectors"]

_TYPES: Final = tuple(t for t in EVENT_TYPES if t != "mention")
_PRECISIONS: Final = ("day", "month", "year", "range", "unknown")  # week counts as range
_PLACES: Final = {
    "airport": "site",
    "military_base": "site",
    "facility": "site",
    "city": "city",
    "admin_region": "region",
    "region": "region",
    "country": "country",
    "water_body": "water",
}
_PLACE_KINDS: Final = ("site", "city", "region", "country", "water")
#: English modal auxiliaries (a closed grammatical class): the sentence tells a possibility, intention
#: or obligation rather than a fact.
_MODAL: Final = re.compile(r"\b(?:would|could|might|may|should|must|will|shall)\b", re.IGNORECASE)
_DIGIT: Final = re.compile(r"\d")
#: What follows a place named as a speaker ("X said", "X has told") or as an owner ("X's army").
_AFTER: Final = re.compile(r"[ \t]*(?:(?:has|have|had)[ \t]+)?([A-Za-z]+)")
_POSSESSIVE: Final = ("'s", "’s")


@functools.cache
def _speech_verbs() -> frozenset[str]:
    return frozenset(str(t).casefold() for t in load("recognize_speech_verbs").terms())


#: The names of the entries of a feature vector, in order (the weights file lists them too).
FEATURE_NAMES: Final[tuple[str, ...]] = (
    "bias",
    "tagger_confidence",
    *(f"type_{t}" for t in _TYPES),
    "has_sub_type",
    *(f"precision_{p}" for p in _PRECISIONS),
    "dated_by_publication",
    "date_age",
    "date_after_publication",
    *(f"place_{k}" for k in _PLACE_KINDS),
    "place_breadth",
    "mentions",
    "first_position",
    "in_first_sentence",
    "has_actors",
    "has_fatalities",
    "has_troops",
    "has_mission",
    "events_in_article",
    "other_events_at_place",
    "same_type_in_article",
    "sentence_has_number",
    "sentence_places",
    "sentence_events",
    "sentence_modal",
    "speaker_share",
    "possessive_share",
    "dateline",
)


def _day(text: str | None) -> datetime.date | None:
    if text is None or len(text) < 10:
        return None
    try:
        return datetime.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _sentence_of(sentences: Sequence[Sentence], at: int) -> tuple[int, int]:
    """The bounds of the sentence holding offset ``at`` (the whole text's start when none does)."""
    lo, hi = 0, len(sentences)
    while lo < hi:  # the last sentence starting at or before ``at``
        mid = (lo + hi) // 2
        if sentences[mid].start <= at:
            lo = mid + 1
        else:
            hi = mid
    if lo == 0:
        return (0, 0)
    s = sentences[lo - 1]
    return (s.start, s.end)


def feature_vectors(
    text: str, features: Sequence[EventFeature], *, published: str | None
) -> list[list[float] | None]:
    """Describe each event feature of one article by the numbers of :data:`FEATURE_NAMES`.

    Parameters
    ----------
    text
        The article text the features' mention offsets index into.
    features
        All features of the article (``mention`` ones included: they count as places named).
    published
        The publication date (EDTF), the reference for the date's age.

    Returns
    -------
    list
        One vector per feature, None for ``mention`` features.
    """
    sentences = split_sentences(text)
    first_end = sentences[0].end if sentences else 0
    length = max(1, len(text))
    events = [f for f in features if f.properties.event_type != "mention"]
    at_place = Counter(f.properties.gazetteer_id for f in events)
    of_type = Counter(f.properties.event_type for f in events)
    # Which places and which events each sentence names (by sentence start).
    places_in: dict[int, set[str]] = {}
    events_in: Counter[int] = Counter()
    for f in features:
        p = f.properties
        starts = {_sentence_of(sentences, m.start)[0] for m in p.mentions}
        for s in starts:
            places_in.setdefault(s, set()).add(p.gazetteer_id)
            if p.event_type != "mention":
                events_in[s] += 1
    reference = _day(published)
    out: list[list[float] | None] = []
    for f in features:
        p = f.properties
        if p.event_type == "mention":
            out.append(None)
            continue
        first = min((m.start for m in p.mentions), default=0)
        s_start, s_end = _sentence_of(sentences, first)
        sentence = text[s_start:s_end]
        precision = "range" if p.time_precision == "week" else p.time_precision
        start = _day(p.date_start)
        age = 0.0
        after = 0.0
        if start is not None and reference is not None:
            days = (reference - start).days
            age = min(1.0, math.log1p(max(0, days)) / math.log1p(3650))
            after = float(days < 0)
        kind = _PLACES.get(p.feature_class, "city")
        vector = [
            1.0,
            float(p.confidence),
            *(float(p.event_type == t) for t in _TYPES),
            float(p.sub_event_type is not None),
            *(float(precision == q) for q in _PRECISIONS),
            float(published is not None and p.date == published),
            age,
            after,
            *(float(kind == k) for k in _PLACE_KINDS),
            (p.geo_precision - 1) / 3,
            math.log1p(len(p.mentions)) / math.log1p(10),
            first / length,
            float(first < first_end),
            float(bool(p.actors)),
            float(p.fatalities is not None),
            float(p.troops is not None),
            float(p.mission is not None),
            math.log1p(len(events)) / math.log1p(30),
            math.log1p(at_place[p.gazetteer_id] - 1) / math.log1p(10),
            math.log1p(of_type[p.event_type] - 1) / math.log1p(10),
            float(_DIGIT.search(sentence) is not None),
            math.log1p(max(0, len(places_in.get(s_start, ())) - 1)) / math.log1p(10),
            math.log1p(max(0, events_in[s_start] - 1)) / math.log1p(10),
            float(_MODAL.search(sentence) is not None),
        ]
        vector += _uses(text, p.mentions)
        out.append(vector)
    return out


def _uses(text: str, mentions: Sequence[Mention]) -> list[float]:
    """The share of the mentions told as a speaker and as an owner, and whether one is a dateline (at the
    start of a line, followed by a comma or a dash)."""
    if not mentions:
        return [0.0, 0.0, 0.0]
    speech = _speech_verbs()
    speaker = owner = 0
    dateline = False
    for m in mentions:
        after = text[m.end : m.end + 30]
        owner += after.startswith(_POSSESSIVE)
        word = _AFTER.match(after)
        speaker += word is not None and word.group(1).casefold() in speech
        at_line_start = m.start == 0 or text[m.start - 1] == "\n"
        if at_line_start and after[:3].lstrip(" ").startswith((",", "—", "–", "-")):
            dateline = True
    return [speaker / len(mentions), owner / len(mentions), float(dateline)]
