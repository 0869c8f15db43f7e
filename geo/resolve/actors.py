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

__all__ = ["actor_countries"]

#: Weight of one actor named (shared among its countries): a demonym's ("Syrian") weight.
ACTOR_WEIGHT: Final = 1.0


@lru_cache(maxsize=1)
def _actors() -> tuple[re.Pattern[str], dict[str, tuple[str, tuple[str, ...]]]]:
    """One expression over the names and aliases of the actors with countries, and name -> (canonical
    name, countries)."""
    countries: dict[str, tuple[str, tuple[str, ...]]] = {}
    for entry in lexicon.load("catalog_actors"):
        codes = tuple(str(code) for code in entry.get("countries") or ())
        if not codes:
            continue
        for name in (entry["name"], *(entry.get("aliases") or ())):
            countries[str(name)] = (str(entry["name"]), codes)
    names = sorted(countries, key=lambda name: (-len(name), name))
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w'’-])")
    return pattern, countries


def actor_countries(text: str) -> dict[str, float]:
    """Country evidence (ISO code -> weight) from the catalogue's actors named in ``text`` (each once;
    names are matched as written, case included: "IS" is the group, "is" no name)."""
    pattern, countries = _actors()
    seen: set[str] = set()
    out: dict[str, float] = {}
    for match in pattern.finditer(text):
        actor, codes = countries[match.group(0)]
        if actor in seen:
            continue
        seen.add(actor)
        for code in codes:
            out[code] = out.get(code, 0.0) + ACTOR_WEIGHT / len(codes)
    return out
