"""The systems ``geo eval`` compares: geo's own pipeline and the geotext peer.

A system has a ``name`` and two methods:

- ``parse(text)`` -> :class:`~geo.evaluation.metrics.Prediction` list: recognise the toponyms of a text
  and resolve each to a point (end-to-end run);
- ``resolve_spans(text, spans)`` -> one point or None per given ``(start, end, name)``: resolution on
  gold spans (WikToR).

The peer
--------
``geotext`` (PyPI) finds capitalised words that are GeoNames city names (cities over 15,000 people),
country names or nationalities; it gives names, not offsets, so the peer puts each name it returns on
the next occurrence of that word in the text, in order. Nationalities are ``demonym`` predictions and
count like ours (docs/recognition.md). Its resolution is the usual *population baseline*, a GeoNames
lookup by population in geo's offline gazetteer: the exact-name matches (no fuzzy matching) among
GeoNames entries (``geonames:*`` ids) and country entries, highest population first; a country name
is looked up among countries, a nationality gives its country.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from geo.errors import GeoError, PlaceNotFoundError
from geo.evaluation.metrics import Prediction
from geo.extract.parser import Geoparser
from geo.model.spans import Toponym

if TYPE_CHECKING:
    from geo.gazetteer import Candidate, Gazetteer

__all__ = ["GeotextSystem", "OurSystem", "System", "population_lookup"]

Span = tuple[int, int, str]


class System(Protocol):
    """What ``geo eval`` runs on each document."""

    name: str

    def parse(self, text: str) -> list[Prediction]:
        """Recognise and resolve the toponyms of ``text``."""
        ...

    def resolve_spans(self, text: str, spans: Sequence[Span]) -> list[tuple[float, float] | None]:
        """Resolve given spans ``(start, end, name)`` to ``(lon, lat)`` or None."""
        ...


class OurSystem:
    """geo's pipeline: :meth:`geo.Geoparser.recognize` then :meth:`geo.Geoparser.resolve`, with one
    parser of ``gazetteer`` (its caches last as long as the system)."""

    name = "geo"

    def __init__(self, gazetteer: Gazetteer) -> None:

        self.gazetteer = gazetteer
        self.parser = Geoparser(gazetteer=gazetteer)

    def parse(self, text: str) -> list[Prediction]:
        """Recognise and resolve with geo."""
        toponyms = self.parser.recognize(text)
        resolved = self.parser.resolve(text, toponyms, demonyms=True)
        points = {(r.toponym.start, r.toponym.end): (r.candidate.lon, r.candidate.lat) for r in resolved}
        return [Prediction(t.start, t.end, t.kind, points.get((t.start, t.end))) for t in toponyms]

    def resolve_spans(self, text: str, spans: Sequence[Span]) -> list[tuple[float, float] | None]:
        """Resolve gold spans with geo's resolver (document context included)."""

        toponyms = [Toponym(start=s, end=e, surface=text[s:e], query=name) for s, e, name in spans]
        resolved = self.parser.resolve(text, toponyms)
        points = {(r.toponym.start, r.toponym.end): (r.candidate.lon, r.candidate.lat) for r in resolved}
        return [points.get((s, e)) for s, e, _ in spans]


def population_lookup(gazetteer: Gazetteer, name: str, *, countries_only: bool = False) -> Candidate | None:
    """Return the most populous GeoNames or country entry named exactly ``name`` (no fuzzy matching)."""
    if not name.strip():
        return None
    found = gazetteer.lookup(
        name, feature_class="country" if countries_only else None, limit=100, fuzzy=False
    )
    pool = [
        c
        for c in found
        if c.match in ("exact", "normalized", "alias")
        and (c.feature_class == "country" or c.id.startswith("geonames:"))
    ]
    if not pool:
        return None
    return max(pool, key=lambda c: (c.population, c.score))


class GeotextSystem:
    """The ``geotext`` peer with a GeoNames population lookup (see the module docstring)."""

    name = "geotext"

    def __init__(self, gazetteer: Gazetteer) -> None:
        try:
            from geotext import GeoText
        except ImportError as exc:  # pragma: no cover - geotext is a dependency
            raise GeoError("the geotext peer needs the 'geotext' package (pip install geotext)") from exc
        self.gazetteer = gazetteer
        self._geotext = GeoText
        self._point = functools.lru_cache(maxsize=65536)(self._point_uncached)

    def _point_uncached(self, name: str, kind: str) -> tuple[float, float] | None:
        if kind == "nationality":
            code = self._geotext.index.nationalities.get(name.lower())
            if not code:
                return None

            try:
                hit: Candidate | None = self.gazetteer.get(f"iso:{code}")
            except PlaceNotFoundError:
                hit = None
        else:
            hit = population_lookup(self.gazetteer, name, countries_only=kind == "country")
        return None if hit is None else (hit.lon, hit.lat)

    def parse(self, text: str) -> list[Prediction]:
        """Run geotext and place each returned name on its next occurrence in the text."""
        found = self._geotext(text)
        out: list[Prediction] = []
        taken: set[tuple[int, int]] = set()
        for kind, names in (
            ("country", found.countries),
            ("city", found.cities),
            ("nationality", found.nationalities),
        ):
            cursor: dict[str, int] = {}
            for name in names:
                span = _next_occurrence(text, name, cursor.get(name, 0))
                if span is None:
                    continue
                cursor[name] = span[1]
                if span in taken:
                    continue
                taken.add(span)
                out.append(
                    Prediction(
                        span[0],
                        span[1],
                        "demonym" if kind == "nationality" else "place",
                        self._point(name, kind),
                    )
                )
        return sorted(out, key=lambda p: (p.start, p.end))

    def resolve_spans(self, text: str, spans: Sequence[Span]) -> list[tuple[float, float] | None]:
        """Population baseline on given spans."""
        return [self._point(name, "any") for _, _, name in spans]


def _next_occurrence(text: str, name: str, start: int) -> tuple[int, int] | None:
    match = re.compile(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])").search(text, start)
    return None if match is None else (match.start(), match.end())
