"""The states a sentence names as possible actors: its countries, and a capital that acts for its state.

"Washington hit over 85 targets in X and Y on Friday": a capital named as the subject of a verb of a state's
act (the ``acting`` class, :func:`geo.events.subjects.acts`) stands for its government (metonymy, as
:mod:`geo.events.subjects` already reads it: no site of the sentence's events). It is then that state as an
actor too, as "the US hit targets in X" names it, so a state's act from afar is typed by its doer (a strike,
:func:`geo.events.cues.by_state`) whether the text names the country or its capital. The capital is GeoNames'
(:func:`geo.resolve.capitals.capital_name`); other cities that act ("Kyiv-based", "the city council") are
left as they are.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from geo.events import actors as act
from geo.events.subjects import acts
from geo.model.spans import Resolved
from geo.resolve.capitals import capital_name

__all__ = ["state_mentions"]


def state_mentions(text: str, group: Sequence[Resolved], locative: Collection[int]) -> list[act.Mention]:
    """Mentions of the states that ``group`` (a sentence's places) may name as actors: each country not
    named as a location (``locative``: starts), and each capital that is the subject of a verb of acting."""
    out = []
    for place in group:
        candidate, span = place.candidate, (place.toponym.start, place.toponym.end)
        if span[0] in locative or candidate.country is None:
            continue
        if candidate.feature_class != "country" and not _acting_capital(text, place):
            continue
        name = act.country_name(candidate.country)
        if name is not None:
            out.append(act.Mention(span[0], span[1], name))
    return out


def _acting_capital(text: str, place: Resolved) -> bool:
    """Whether ``place`` is its country's capital (GeoNames) named as the subject of a verb of acting."""
    candidate = place.candidate
    if candidate.feature_class != "city" or candidate.country is None:
        return False
    capital = capital_name(candidate.country)
    surface = text[place.toponym.start : place.toponym.end]
    return (
        capital is not None
        and capital.casefold() in {candidate.name.casefold(), surface.casefold()}
        and acts(text, (place.toponym.start, place.toponym.end), acting=True)
    )
