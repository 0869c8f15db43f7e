"""Country evidence from the armed groups and forces a text names ("SDF fighters clashed with IS").

An actor of the built-in catalogue (``geo/lexicon/data/catalog_actors.yaml``) whose entry lists the
``countries`` it fights in (the location of its conflicts in the UCDP actor list) tells where a short
report's ambiguous names lie: "clashes between the SDF and IS in Tabaqa countryside" is about Syria, not
the Philippines. Each actor named counts once, its weight shared among its countries, like a demonym.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from geo import lexicon
from geo.lexicon.patterns import alternation_by_first
from geo.resolve.containers import Mention

__all__ = ["actor_countries", "actor_evidence", "not_actors"]

#: A character no actor's name may follow (the look-behind of the names' expression).
_NAME_CHARACTER: Final = re.compile(r"[\w'’-]").match

#: Weight of one actor named (shared among its countries): a demonym's ("Syrian") weight.
ACTOR_WEIGHT: Final = 1.0


@lru_cache(maxsize=1)
def _actors() -> tuple[re.Pattern[str], dict[str, tuple[str, tuple[str, ...]]]]:
    """One expression over the names and aliases of the actors with countries (longest first, grouped by
    first character; the name must not stand right after a word character, which :func:`actor_evidence`
    tests: a look-behind at the start would make ``re`` try it at every character), and name ->
    (canonical name, countries)."""
    countries: dict[str, tuple[str, tuple[str, ...]]] = {}
    for entry in lexicon.load("catalog_actors"):
        codes = tuple(str(code) for code in entry.get("countries") or ())
        if not codes:
            continue
        for name in (entry["name"], *(entry.get("aliases") or ())):
            countries[str(name)] = (str(entry["name"]), codes)
    names = sorted(countries, key=lambda name: (-len(name), name))
    pattern = re.compile(r"(?:" + alternation_by_first(names) + r")(?![\w'’-])")
    return pattern, countries


def actor_countries(text: str) -> dict[str, float]:
    """Country evidence (ISO code -> weight) from the catalogue's actors named in ``text`` (each once;
    names are matched as written, case included: "IS" is the group, "is" no name)."""
    return actor_evidence(text)[0]


def actor_evidence(text: str) -> tuple[dict[str, float], list[tuple[int, int]]]:
    """:func:`actor_countries` and the spans of the actors' names: a name of an armed group is no country
    or region code ("IS" is the Islamic State, not Iceland)."""
    pattern, countries = _actors()
    search = pattern.search
    seen: set[str] = set()
    out: dict[str, float] = {}
    spans = []
    at = 0
    while (match := search(text, at)) is not None:
        start = match.start()
        if start and _NAME_CHARACTER(text, start - 1):
            at = start + 1  # inside a word: a name may still start after this character
            continue
        at = match.end()
        spans.append(match.span())
        actor, codes = countries[match.group(0)]
        if actor in seen:
            continue
        seen.add(actor)
        for code in codes:
            out[code] = out.get(code, 0.0) + ACTOR_WEIGHT / len(codes)
    return out, spans


def not_actors(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The container mentions that overlap no actor's name (``spans`` from :func:`actor_evidence`)."""
    if not spans:
        return mentions
    return [m for m in mentions if not any(m.start < end and start < m.end for start, end in spans)]
