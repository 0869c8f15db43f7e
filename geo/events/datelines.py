"""Places of a dateline: where a story was filed, not where its events happened.

A dateline opens a story with the place of filing, often with its region and an agency, and a dash
("BAGHDAD —", "Erbil, Iraq (AP) -"): the news style-guide meaning of a dateline. It opens a line, or,
when a text joins a headline and its story on one line, follows the headline's last sentence, written in
capitals ("Title. CITY -- Story").

The seat of a source that tells the story is no place of its events either: "a ministry spokesman in X
said", "a spokesman for the ministry in X said (that) the town was shelled" (an attribution: the source
speaks from X of what happened elsewhere).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from geo.model.spans import Resolved

__all__ = ["datelines", "source_seats"]

_NAME_WORDS: Final = r"[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3}"
#: The day of filing a wire dateline may give between its place and its agency ("BAMAKO, June 4 (AFP) -",
#: "KABUL, Nov. 2 (Reuters) -"): a month of English, in full or cut short, and a day of the month.
_MONTH: Final = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_FILED: Final = rf"(?P<day>,[ \t]+{_MONTH}[ \t]+\d{{1,2}})?"
#: The rest of a dateline after its first place: ", Region" words, "(Agency)", then a dash
#: ("BAGHDAD —", "ERBIL, Kurdistan Region -", "NIAMEY (Reuters) -").
_DATELINE_TAIL: Final = re.compile(
    rf"(?P<region>,[ \t]+(?!{_MONTH}[ \t]+\d){_NAME_WORDS})?"
    + _FILED
    + r"(?P<agency>,?[ \t]+\([^()\n]{1,40}\))?[ \t]*(?:[–—][ \t]?|--?[ \t])"
)
#: A sentence's end right before a name: a dateline in capitals may follow a headline on its line when a
#: text joins them ("Title. CITY -- Story").
_RUN_ON: Final = re.compile(r"[.!?][\"”’']?[ \t]+\Z")
#: What may stand before the region of a dateline on its line: the city and a comma.
_DATELINE_CITY: Final = re.compile(rf"[ \t]*{_NAME_WORDS},[ \t]+")


def datelines(text: str, spots: Sequence[Resolved]) -> set[tuple[int, int]]:
    """Spans of place mentions that open a line as a dateline ("BAGHDAD —", "Erbil, Iraq (AP) -"), or are
    the region of one: where the story was filed, not where its events happened (the news style-guide
    meaning of a dateline)."""
    out = set()
    for place in spots:
        start, end = place.toponym.start, place.toponym.end
        tail = _DATELINE_TAIL.match(text, end)
        if tail is None:
            continue  # no dash (or agency and dash) after it: no dateline (most places; tested first)
        head = text[text.rfind("\n", 0, start) + 1 : start]
        if _RUN_ON.search(head) and place.toponym.surface.isupper():
            head = ""  # "... a headline. BAGHDAD -- ...": a dateline in capitals run on after a headline
        if head.strip() and _DATELINE_CITY.fullmatch(head) is None:
            continue  # only the region after the city of a dateline may follow other words on its line
        # "Paris - " alone heads a section as often as a dateline: capitals, a region or an agency say which
        if head.strip() or place.toponym.surface.isupper() or tail["region"] or tail["agency"]:
            out.add((start, end))
    return out


#: A source right before the name of its seat: "a (ministry) spokesman in", "officials in", "a spokeswoman
#: for the ministry in" (the nouns of news attribution, in the lower case of a common noun).
_SOURCE_BEFORE: Final = re.compile(
    r"\b(?:spokes(?:man|woman|person|people)|officials?|sources?|ministry)"
    r"(?:\s+for\s+(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)?\s+in\s+\Z"
)
#: The venue of a statement right before the name: "told reporters at", "said at a news conference in",
#: "speaking to journalists in" (general English attribution): where the source spoke, not where the
#: events it tells happened.
_VENUE_BEFORE: Final = re.compile(
    r"\b(?:told|telling|briefed|briefing|speaking\s+to|spoke\s+to|said\s+to)\s+(?:reporters|journalists|the\s+press)"
    r"\s+(?:at|in)\s+(?:the\s+)?\Z"
    r"|\b(?:said|says|told|speaking|spoke)\s+(?:[a-z]+\s+)?(?:at|during)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?"
    r"(?:news|press)\s+(?:conference|briefing)\s+(?:in|at)\s+(?:the\s+)?\Z"
)
#: Words one of which every match of :data:`_VENUE_BEFORE` holds: a window without any needs no search
#: (sp36c; the pattern is case-sensitive, as these words are).
_VENUE_WORDS: Final = ("reporters", "journalists", "press", "conference", "briefing")
#: A verb of saying right after the seat: the source is the subject of an attribution.
_SAID_AFTER: Final = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|told|added|confirmed)\b")


def source_seats(text: str, spots: Sequence[Resolved]) -> set[tuple[int, int]]:
    """Spans of place mentions that seat the source of an attribution ("a spokesman in X said", "officials
    in X told reporters") or the venue of a statement ("told reporters at X"): where the source speaks
    from, not where the events it tells happened. A seat the text named before is kept (the place of the
    story told again)."""
    out, seen = set(), set()
    for place in spots:
        start, end = place.toponym.start, place.toponym.end
        if place.candidate.id in seen:
            continue  # the place of the story named again as the seat: still a mention of it
        seen.add(place.candidate.id)
        if _SAID_AFTER.match(text, end) and _SOURCE_BEFORE.search(text, max(0, start - 70), start):
            out.add((start, end))
        elif _venue_before(text, start):
            out.add((start, end))  # "told reporters at X": where the source spoke
    return out


def _venue_before(text: str, start: int) -> bool:
    """Whether :data:`_VENUE_BEFORE` ends at ``start`` within 70 characters (searched only when the window
    holds one of :data:`_VENUE_WORDS`)."""
    low = max(0, start - 70)
    return any(text.find(word, low, start) >= 0 for word in _VENUE_WORDS) and (
        _VENUE_BEFORE.search(text, low, start) is not None
    )
