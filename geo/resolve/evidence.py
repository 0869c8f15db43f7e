"""The state resolution works on: the names of a document (:class:`Group`) and the evidence they are
scored against (:class:`Evidence`: countries and regions the text names, and the other names' choices).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from geo.gazetteer import Candidate
from geo.gazetteer.normalize import normalize_name
from geo.resolve.context import Container, Mention

__all__ = [
    "POINT_CLASSES",
    "SITE_HINTS",
    "Evidence",
    "Group",
    "Positions",
    "is_primary",
    "text_evidence",
    "unit",
]

POINT_CLASSES: Final = frozenset({"city", "airport", "military_base", "facility"})
#: Hints that name a site rather than the place itself ("Erbil airport" is not Erbil).
SITE_HINTS: Final = frozenset({"airport", "military_base", "facility"})
#: Weight, as context for the other names, of a site the gazetteer lacks placed at a town of its name
#: ("the Green Village base" at Green Village, New Jersey): the town is a guess, not what the text names.
SITE_TOWN_EVIDENCE: Final = 0.0
#: Where the candidates lie: their positions by country, first- and second-level region code (read only).
Positions = tuple[dict[str, list[int]], dict[str, list[int]], dict[str, list[int]]]
#: Unit vectors of points kept.
_UNITS_SIZE: Final = 50_000


@dataclass(slots=True)
class Group:
    """All mentions of one name in a document, resolved together (one sense per document).

    ``partial``: the candidates are those of a name inside an unknown name. ``hidden``: a county named in
    the text but not given as a toponym, resolved only as context. ``spare``: candidates of the name that
    a site word left out ("Harir" the town, for "Harir air base"), for :mod:`geo.resolve.support`.
    """

    key: str
    surface: str
    spans: list[tuple[int, int]]
    candidates: tuple[Candidate, ...]
    hint: str | None = None
    spare: tuple[Candidate, ...] = ()
    withins: list[tuple[Container, ...]] = field(default_factory=list)
    local: tuple[Container, ...] = ()
    local_admin2: tuple[Candidate, ...] = ()
    local_own: frozenset[str] = frozenset()
    partial: bool = False
    part: bool = False
    hidden: bool = False
    shared: bool = False
    static: list[float] = field(default_factory=list)
    positions: Positions = ({}, {}, {})
    units: dict[int, tuple[float, float, float]] = field(default_factory=dict)
    pick: int = 0
    confidence: float = 0.0
    scores: list[float] = field(default_factory=list)
    greater: tuple[int, ...] | None = None  # regions with a much more important namesake city (namesakes)

    @property
    def chosen(self) -> Candidate:
        """The candidate picked so far."""
        return self.candidates[self.pick]

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps one of the group's spans."""
        return any(start < span_end and span_start < end for span_start, span_end in self.spans)


#: A capitalised word and a comma right before a name: the name is the container of another ("Buffalo, ").
_AFTER_NAME: Final = re.compile(r"\b[A-Z][\w'.-]*,\s*$")


@dataclass(slots=True)
class Evidence:
    """Weighted mentions of countries and regions (and points of chosen places), with who added them."""

    country: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    admin1: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    admin2: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    #: The points of the chosen places by owner (one each: :meth:`choose` replaces it), in the order added.
    points: dict[int, tuple[float, float, float, str | None, str | None, int]] = field(default_factory=dict)
    owners: defaultdict[int, list[tuple[str, str, float]]] = field(default_factory=lambda: defaultdict(list))
    chosen: dict[int, tuple[int, float, str]] = field(default_factory=dict)
    #: The text writes the Arabic article with a hyphen ("al-Bab"): its names are likely Arabic
    #: (:mod:`geo.resolve.arabic`).
    arabic: bool = False
    #: The text names one place only (:mod:`geo.resolve.known`).
    alone: bool = False
    #: First-level regions written after another name ("Buffalo, New York"): the text uses their name for
    #: the region (:func:`geo.resolve.namesakes.foreign_regions`).
    regions_after: frozenset[str] = frozenset()

    def add(self, level: str, code: str | None, weight: float, owner: int = -1) -> None:
        """Count ``weight`` for ``code`` at ``level`` ("country", "admin1", "admin2")."""
        if code is None:
            return
        table: defaultdict[str, float] = getattr(self, level)
        table[code] += weight
        if owner >= 0:
            self.owners[owner].append((level, code, weight))

    def add_container(self, container: Container, weight: float, owner: int = -1) -> None:
        """Count a mention of a country or first-level region."""
        self.country[container.country] += weight
        if owner >= 0:
            self.owners[owner].append(("country", container.country, weight))
        if container.admin1 is not None:
            self.admin1[container.admin1] += weight
            if owner >= 0:
                self.owners[owner].append(("admin1", container.admin1, weight))

    def add_candidate(self, candidate: Candidate, weight: float, owner: int) -> None:
        """Count a chosen place: its country, regions and (for point-like places) its point."""
        added = self.owners[owner] if owner >= 0 else []
        if candidate.country is not None:
            self.country[candidate.country] += weight
            added.append(("country", candidate.country, weight))
        if candidate.admin1 is not None:
            self.admin1[candidate.admin1] += weight
            added.append(("admin1", candidate.admin1, weight))
        if candidate.admin2 is not None:
            self.admin2[candidate.admin2] += weight
            added.append(("admin2", candidate.admin2, weight))
        if candidate.feature_class in POINT_CLASSES or candidate.admin2 is not None:
            key = owner if owner >= 0 else min([0, *self.points]) - 1  # no owner: a key of its own
            self.points.pop(key, None)  # the owner's point before, if any, goes (one point per owner)
            self.points[key] = (*unit(candidate), candidate.country, candidate.admin1, owner)

    def choose(self, owner: int, group: Group) -> None:
        """Replace what ``owner`` added by its current choice, weighted by confidence and mentions."""
        state = (group.pick, group.confidence, group.candidates[group.pick].id)
        if self.chosen.get(owner) == state:
            return  # the same choice as last time: nothing to replace
        self.chosen[owner] = state
        for level, code, weight in self.owners.pop(owner, ()):
            table: defaultdict[str, float] = getattr(self, level)
            left = table[code] - weight
            if abs(left) < 1e-9:
                del table[code]  # keep the tables small: they are read for every name scored
            else:
                table[code] = left
        self.points.pop(owner, None)
        factor = 0.0 if group.part else 0.5 if group.partial else 1.0
        if group.hint in SITE_HINTS and group.chosen.feature_class not in SITE_HINTS:
            factor *= SITE_TOWN_EVIDENCE  # "the X base" the gazetteer lacks, at a town named X: weak context
        self.add_candidate(group.chosen, factor * group.confidence * math.sqrt(len(group.spans)), owner)

    def points_without(
        self, owner: int
    ) -> Collection[tuple[float, float, float, str | None, str | None, int]]:
        """The points of the chosen places but ``owner``'s (read only)."""
        points = self.points
        if owner not in points:
            return points.values()
        rest = points.copy()
        del rest[owner]
        return rest.values()

    def without(self, owner: int) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
        """Country, admin1 and admin2 tables without what ``owner`` added (read only: a table ``owner``
        added nothing to is the evidence's own)."""
        own = self.owners.get(owner)
        if not own:
            return self.country, self.admin1, self.admin2
        copies: dict[str, dict[str, float]] = {}
        for level, code, weight in own:
            table = copies.get(level)
            if table is None:
                table = copies[level] = dict(getattr(self, level))
            table[code] -= weight
        return (
            copies.get("country", self.country),
            copies.get("admin1", self.admin1),
            copies.get("admin2", self.admin2),
        )


def text_evidence(
    mentions: list[Mention], groups: list[Group], *, demonyms: dict[str, float], text: str = ""
) -> Evidence:
    """Collect what the text names: container mentions and demonyms.

    Parameters
    ----------
    mentions
        Containers named in the text. A mention overlapping a group, or of the same name, is owned by it:
        left out when that group is scored, and replaced by the group's choice once it has one
        (:meth:`Evidence.choose`).
    groups
        The names being resolved.
    demonyms
        Country evidence from demonym toponyms ("Iraqi") by ISO code.
    text
        The document, for the regions written after another name (:attr:`Evidence.regions_after`).
    """
    evidence = Evidence()
    for code, weight in demonyms.items():
        evidence.add("country", code, weight)
    keys = {group.key: index for index, group in enumerate(groups)}
    spans = sorted((start, end, index) for index, group in enumerate(groups) for start, end in group.spans)
    starts = [start for start, _, _ in spans]
    longest = max((end - start for start, end, _ in spans), default=0)
    for mention in mentions:
        # The first group (in order) with a span overlapping the mention, else the group of that name.
        overlapping = []
        position = bisect_left(starts, mention.end) - 1
        while position >= 0 and starts[position] > mention.start - longest:
            start, end, index = spans[position]
            if start < mention.end and mention.start < end:
                overlapping.append(index)
            position -= 1
        owner = min(overlapping) if overlapping else keys.get(mention.key, -1)
        weight = 1.0 / len(mention.containers)
        for container in mention.containers:
            evidence.add_container(container, weight, owner)
    evidence.regions_after = frozenset(
        container.admin1
        for mention in mentions
        if _after_name(text, mention.start)
        for container in mention.containers
        if container.admin1 is not None
    )
    return evidence


def _after_name(text: str, start: int) -> bool:
    """Whether a capitalised word and a comma stand right before ``start`` (:data:`_AFTER_NAME` in the 40
    characters before it), asked only when a comma is the last character before ``start`` that is no white
    space (``\\s`` is what ``str.isspace`` takes): every match ends so."""
    low = max(0, start - 40)
    return text[low:start].rstrip().endswith(",") and _AFTER_NAME.search(text, low, start) is not None


def is_primary(candidate: Candidate) -> bool:
    """True when the name matched is the entry's own name ("Washington" for "Washington, D.C.")."""
    matched = candidate.matched_name.casefold()
    name = candidate.name.casefold()
    if matched == name or matched == name.split(",")[0]:
        return True
    # its own name without the diacritics, matched exactly ("Rafah" for "Rafaḩ"): no alternate name (a
    # normalised match, "Harar" for "Ḩarir", stays one)
    return (
        candidate.match == "exact" and not name.isascii() and _folded(matched) == _folded(name.split(",")[0])
    )


@lru_cache(maxsize=8192)
def _folded(name: str) -> str:
    """The name without diacritics, case or punctuation (:func:`geo.gazetteer.normalize.normalize_name`)."""
    return normalize_name(name)


def unit(candidate: Candidate) -> tuple[float, float, float]:
    """The candidate's point as a unit vector (x, y, z)."""
    return _unit_vector(candidate.lon, candidate.lat)


@lru_cache(maxsize=_UNITS_SIZE)
def _unit_vector(lon: float, lat: float) -> tuple[float, float, float]:
    """The point (degrees) as a unit vector (x, y, z); cached: news name the same places."""
    lon, lat = math.radians(lon), math.radians(lat)
    return (math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat))
