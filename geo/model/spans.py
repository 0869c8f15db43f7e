"""Plain data passed between the geoparsing stages: recognised toponyms and resolved places.

The flow is ``text -> recognize -> list[Toponym] -> resolve -> list[Resolved] -> events``. Each stage is a
pure function over these frozen dataclasses, so it can be tested and evaluated on its own (resolution on gold
spans, recognition without resolution).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from geo.model.fastinit import fast_init
from geo.model.place import Candidate

__all__ = ["TOPONYM_KINDS", "Resolved", "Toponym", "ToponymKind"]

#: ``place``: a named place to put on the map. ``demonym``: an adjective or people name ("Iraqi",
#: "Dutch", "Kurdish") that is context for resolution and actors but is not emitted as a place.
ToponymKind = Literal["place", "demonym"]
TOPONYM_KINDS: Final[tuple[str, ...]] = ("place", "demonym")


@fast_init
@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name recognised in a text.

    Attributes
    ----------
    start, end
        Code-point offsets ``[start, end)`` into the text; ``text[start:end] == surface``.
    surface
        The name as written ("Iraq's" is recognised as the span "Iraq", "Arbar province" as written).
    query
        The name to look up in the gazetteer (generic words and possessives removed where that helps).
    kind
        ``"place"`` or ``"demonym"``.
    feature_hint
        A feature class suggested by the wording around the name ("X province" -> ``admin_region``,
        "the airport of X" -> ``airport``), or None.
    country
        ISO 3166-1 alpha-2 code the span itself implies (a demonym's country, a dateline's country), or None.
    score
        Recogniser confidence in 0..1.
    role
        Where the mention stands when that is not the article's running text: ``"dateline"`` (the
        place an article was filed from, "MOGADISHU (Reuters) -") or ``"boilerplate"`` (page chrome:
        "Read also: ...", bylines, image credits, share buttons). Such a mention is a place on record but
        never the site of an event; None for running text.
    """

    start: int
    end: int
    surface: str
    query: str
    kind: ToponymKind = "place"
    feature_hint: str | None = None
    country: str | None = None
    score: float = 1.0
    role: str | None = None


@fast_init
@dataclass(frozen=True, slots=True)
class Resolved:
    """A toponym with the gazetteer entry chosen for it.

    Attributes
    ----------
    toponym
        The recognised span.
    candidate
        The chosen gazetteer entry (coordinates, class, country, id).
    score
        Resolver confidence in 0..1 that ``candidate`` is the place meant.
    """

    toponym: Toponym
    candidate: Candidate
    score: float
