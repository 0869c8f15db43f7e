"""File-photo captions: a sentence that shows an old scene, not the news.

Wire photos carry a caption that ends with the day the photo was taken and the agency's credit right after
it ("Soldiers patrol a street in X, March 3, 2016. (Reuters)"; "..., 3 March 2016. Photo: AFP"). A story
reuses archive photos, so a caption whose day is over a year before publication shows an older scene (a
file photo): it reports no event of the story, and its place is only mentioned. A caption of a recent day
still tells the story's event ("Smoke rises over X after the strike, Jan. 5, 2024. (AP)") and is kept.
"""

from __future__ import annotations

import datetime
import re
from typing import Final, TypeVar

from geo.events.document import Document

__all__ = ["FILE_PHOTO_DAYS", "file_photo", "no_file_photos"]

#: How many days before publication a caption's day must end to be a file photo (as the lead rule's one
#: year: older first dates tell background).
FILE_PHOTO_DAYS: Final = 365
#: What follows a caption's closing day: an agency credit in parentheses ("(Reuters)", "(AP Photo/X)") or
#: "Photo:"/"Photograph:"/"Credit:"/"Image:" (news photo conventions).
_CREDIT: Final = re.compile(r"\s*(?:\([A-Z][\w .,&'’/-]{0,40}\)|(?:Photo(?:graph)?|Credit|Image)\s*:)")
#: How far before and after the sentence end a credit that closes it may lie (a credit is at most 45
#: characters and ends at or after the sentence end): the cheap test before the dates are read.
_TAIL: Final = 64
_AFTER: Final = 16
#: Between the closing day and the sentence end: only a full stop.
_CLOSE: Final = re.compile(r"\s*\.?\s*")


def file_photo(doc: Document, number: int) -> bool:
    """Whether sentence ``number`` is a photo caption of a day over :data:`FILE_PHOTO_DAYS` before a
    day-precise publication date: it ends with a day told after a comma ("..., March 10, 2015.") and an
    agency credit follows it."""
    publication = doc.publication()
    if publication is None or publication.precision != "day" or publication.date_end is None:
        return False
    sentence = doc.sentences[number]
    text = doc.text
    start = max(sentence.start, sentence.end - _TAIL)
    end = sentence.end + _AFTER
    if text.find("(", start, end) < 0 and text.find(":", start, end) < 0:
        return False  # every credit holds a parenthesis or a colon: most sentences need no scan
    if not any(m.end() >= sentence.end for m in _CREDIT.finditer(text, start, end)):
        return False  # no credit closes the sentence: its dates need not be read
    dates = doc.dates[number]
    if not dates:
        return False
    last = dates[-1]
    if last.precision != "day" or last.date_end is None:
        return False
    if not text[max(sentence.start, last.start - 2) : last.start].startswith(","):
        return False  # the day closes the caption after a comma, not a clause's "on March 10, 2015"
    close = _CLOSE.match(text, last.end)
    assert close is not None  # the pattern matches the empty string
    credit = _CREDIT.match(text, close.end())
    if credit is None or credit.end() < sentence.end:
        return False  # the sentence goes on after the day and its credit
    age = date_gap(publication.date_end, last.date_end)
    return age > FILE_PHOTO_DAYS


_T = TypeVar("_T")


def no_file_photos(doc: Document, by_sentence: dict[int, _T]) -> dict[int, _T]:
    """``by_sentence`` (places by sentence index) without the sentences that are file-photo captions
    (:func:`file_photo`): their places are only mentioned."""
    return {number: value for number, value in by_sentence.items() if not file_photo(doc, number)}


def date_gap(later: str, earlier: str) -> int:
    """Days from ISO day ``earlier`` to ISO day ``later``."""
    return (datetime.date.fromisoformat(later) - datetime.date.fromisoformat(earlier)).days
