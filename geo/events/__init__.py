"""Event tagging: what happened at each resolved place, when, under which mission, who and how many.

``tag_events(text, places, published=...)`` reads each place's sentence (and its neighbours) with
precompiled cue patterns; see ``docs/events.md`` for the rules. The parts are usable on their own:
:func:`split_sentences`, :func:`find_cues`, :func:`find_counts`, :func:`parse_number`.
"""

from __future__ import annotations

from geo.events.cues import Cue, find_cues
from geo.events.numbers import Count, find_counts, parse_number
from geo.events.sentences import Sentence, split_sentences
from geo.events.tagger import EventTag, tag_events

__all__ = [
    "Count",
    "Cue",
    "EventTag",
    "Sentence",
    "find_counts",
    "find_cues",
    "parse_number",
    "split_sentences",
    "tag_events",
]
