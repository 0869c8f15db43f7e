"""Score the candidates of each name of a document against the document's context.

Every candidate gets a weighted sum of features (:data:`WEIGHTS`), each in -1..1:

``prior``
    the gazetteer's own score: how well the name matched and how important the entry is.
``country``, ``country_any``
    share of the document's country evidence in the candidate's country, and whether there is any:
    countries, regions and demonyms named in the text, and the countries of the other names' choices.
``admin1``, ``admin2``
    the candidate lies in a first-level region (state, province) or second-level region (county) that
    the document names or that another chosen place lies in.
``near``
    closeness to the places chosen for the other names (``exp(-d / NEAR_KM)`` to the nearest).
``within``
    the name is followed by a container ("Paris, Texas", "Springfield, Ill."): +1 inside it, -1 outside.
``hint``
    a generic word around the name ("Anbar province", "the airport of Erbil"): +1 when the class fits,
    -1 when not.

Resolution runs in passes: the first uses only what the text names, the next ones add the choices of the
other names (weighted by their confidence), so confident names settle the ambiguous ones.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Final

from geo.gazetteer import Candidate
from geo.resolve.context import Container, Mention

__all__ = ["NEAR_KM", "WEIGHTS", "Evidence", "Group", "document_evidence", "score_group"]

WEIGHTS: Final[dict[str, float]] = {
    "prior": 1.0,
    "country": 0.3,
    "country_any": 0.1,
    "admin1": 0.3,
    "admin2": 0.2,
    "near": 0.2,
    "within": 0.6,
    "hint": 0.3,
}
#: Distance scale of the ``near`` feature.
NEAR_KM: Final = 200.0
#: Softmax temperature turning scores into a confidence.
TEMPERATURE: Final = 0.08
#: Candidates re-scored with the ``near`` feature (the best of the previous pass).
NEAR_TOP: Final = 15
_HINT_FITS: Final[dict[str, frozenset[str]]] = {
    "airport": frozenset({"airport", "military_base"}),
    "military_base": frozenset({"military_base", "airport"}),
    "admin_region": frozenset({"admin_region", "region"}),
    "city": frozenset({"city"}),
    "country": frozenset({"country"}),
    "facility": frozenset({"facility"}),
}
_POINT_CLASSES: Final = frozenset({"city", "airport", "military_base", "facility"})


@dataclass(slots=True)
class Group:
    """All mentions of one name in a document, resolved together (one sense per document)."""

    key: str
    spans: list[tuple[int, int]]
    candidates: tuple[Candidate, ...]
    hint: str | None = None
    within: tuple[Container, ...] = ()
    pick: int = 0
    confidence: float = 0.0
    scores: list[float] = field(default_factory=list)

    @property
    def chosen(self) -> Candidate:
        """The candidate picked so far."""
        return self.candidates[self.pick]

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps one of the group's spans."""
        return any(start < span_end and span_start < end for span_start, span_end in self.spans)


@dataclass(slots=True)
class Evidence:
    """Weighted mentions of countries and regions (and points of chosen places), with who added them."""

    country: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    admin1: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    admin2: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    points: list[tuple[float, float, int]] = field(default_factory=list)
    owners: defaultdict[int, list[tuple[str, str, float]]] = field(default_factory=lambda: defaultdict(list))

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
        self.add("country", container.country, weight, owner)
        self.add("admin1", container.admin1, weight, owner)

    def add_candidate(self, candidate: Candidate, weight: float, owner: int) -> None:
        """Count a chosen place: its country, regions and (for point-like places) its point."""
        self.add("country", candidate.country, weight, owner)
        self.add("admin1", candidate.admin1, weight, owner)
        self.add("admin2", candidate.admin2, weight, owner)
        if candidate.feature_class in _POINT_CLASSES or candidate.admin2 is not None:
            self.points.append((candidate.lon, candidate.lat, owner))

    def without(self, owner: int) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
        """Country, admin1 and admin2 tables without what ``owner`` added."""
        tables = (dict(self.country), dict(self.admin1), dict(self.admin2))
        for level, code, weight in self.owners.get(owner, ()):
            table = tables[("country", "admin1", "admin2").index(level)]
            table[code] -= weight
        return tables


def document_evidence(
    mentions: list[Mention], groups: list[Group], *, choices: bool, demonyms: dict[str, float]
) -> Evidence:
    """Collect the evidence of a document for one pass.

    Parameters
    ----------
    mentions
        Containers named in the text.
    groups
        The names being resolved; a mention overlapping a group is owned by it (left out when that group
        is scored). With ``choices``, such mentions are replaced by the group's current choice, weighted by
        its confidence and number of mentions.
    demonyms
        Country evidence from demonym toponyms ("Iraqi") by ISO code.
    """
    evidence = Evidence()
    for code, weight in demonyms.items():
        evidence.add("country", code, weight)
    for mention in mentions:
        owners = [index for index, group in enumerate(groups) if group.overlaps(mention.start, mention.end)]
        if choices and owners:
            continue
        weight = 1.0 / len(mention.containers)
        for container in mention.containers:
            evidence.add_container(container, weight, owners[0] if owners else -1)
    if choices:
        for index, group in enumerate(groups):
            if group.candidates:
                evidence.add_candidate(group.chosen, group.confidence * math.sqrt(len(group.spans)), index)
    return evidence


def score_group(group: Group, evidence: Evidence, owner: int) -> None:
    """Score the candidates of ``group`` and set its pick and confidence.

    Parameters
    ----------
    group
        The name to resolve.
    evidence
        The document's evidence; what ``owner`` added is left out.
    owner
        Index of ``group`` among the document's groups.
    """
    country, admin1, admin2 = evidence.without(owner)
    points = [(lon, lat) for lon, lat, who in evidence.points if who != owner]
    country_total = sum(weight for weight in country.values() if weight > 0)
    within_countries = {container.country for container in group.within if container.admin1 is None}
    within_admin1 = {container.admin1 for container in group.within if container.admin1 is not None}
    fits = _HINT_FITS.get(group.hint or "", frozenset())
    scores = []
    for candidate in group.candidates:
        score = WEIGHTS["prior"] * candidate.score
        code = candidate.country
        if code is not None and country_total > 0:
            share = max(0.0, country.get(code, 0.0))
            score += WEIGHTS["country"] * share / country_total
            score += WEIGHTS["country_any"] * (share > 0.05)
        if candidate.admin1 is not None:
            score += WEIGHTS["admin1"] * min(1.0, max(0.0, admin1.get(candidate.admin1, 0.0)))
        if candidate.admin2 is not None:
            score += WEIGHTS["admin2"] * min(1.0, max(0.0, admin2.get(candidate.admin2, 0.0)))
        if group.within:
            inside = (candidate.admin1 is not None and candidate.admin1 in within_admin1) or (
                code in within_countries
            )
            score += WEIGHTS["within"] * (1.0 if inside else -1.0)
        if group.hint is not None:
            score += WEIGHTS["hint"] * (1.0 if candidate.feature_class in fits else -1.0)
        scores.append(score)
    if points:
        order = sorted(range(len(scores)), key=lambda index: -scores[index])[:NEAR_TOP]
        for index in order:
            candidate = group.candidates[index]
            nearest = min(_km(candidate.lon, candidate.lat, lon, lat) for lon, lat in points)
            scores[index] += WEIGHTS["near"] * math.exp(-nearest / NEAR_KM)
    best = max(range(len(scores)), key=lambda index: scores[index])
    top = scores[best]
    total = sum(math.exp((value - top) / TEMPERATURE) for value in scores)
    group.pick, group.confidence, group.scores = best, 1.0 / total, scores


def _km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance in km (haversine, inlined for speed)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 12742.0176 * math.asin(min(1.0, math.sqrt(h)))
