"""The resolver's and the recogniser's weights and thresholds: one frozen object, read from data.

The values, a one-line rationale for each and where each comes from (fitted on the dev halves of the gold
corpora by ``benchmarks/fit_weights.py``, or set by hand for a stated reason) live in
``geo/lexicon/data/weights.yaml``; :func:`default_weights` reads them once. The resolver and the recogniser
take a :class:`Weights` (keyword ``weights``, the packaged ones by default), so two configurations can run
side by side:

>>> from dataclasses import replace
>>> weights = default_weights()
>>> bolder = replace(weights, resolver=replace(weights.resolver, near=0.4))
>>> (weights.resolver.near, bolder.resolver.near)
(0.2, 0.4)
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any, Final

from geo.errors import InputError
from geo.lexicon import Lexicon, load

__all__ = ["Note", "RecogniserWeights", "ResolverWeights", "Weights", "default_weights", "weights_from"]

#: The features whose weights bound what the context can add to a candidate's score, in summing order.
CONTEXT_FEATURES: Final = ("country", "country_any", "admin1", "admin1_any", "admin2", "admin2_any", "near")
#: Candidates further below the best than this many temperatures leave the softmax (share below e^-30).
SOFTMAX_TEMPERATURES: Final = 30


@dataclass(frozen=True, slots=True)
class ResolverWeights:
    """Weights of the candidate score's features and the resolver's scales (see ``geo.resolve.scoring``).

    Each feature is in -1..1 and enters the score times its weight; ``near_km`` and ``county_km`` are
    distance scales, ``temperature`` the softmax temperature of the confidence. ``context_span`` (the
    most the context features can add) and ``softmax_span`` are derived.
    """

    prior: float
    primary: float
    importance: float
    country_class: float
    acronym: float
    within: float
    local: float
    local_admin2: float
    hint: float
    country: float
    country_any: float
    admin1: float
    admin1_any: float
    admin2: float
    admin2_any: float
    near: float
    near_km: float
    county_km: float
    temperature: float
    context_span: float = field(init=False, repr=False, compare=False)
    softmax_span: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for item in fields(self):
            if item.init and not math.isfinite(getattr(self, item.name)):
                raise InputError(f"resolver weight {item.name} must be a finite number")
        if self.temperature <= 0 or self.near_km <= 0 or self.county_km <= 0:
            raise InputError("resolver temperature, near_km and county_km must be positive")
        object.__setattr__(self, "context_span", sum(getattr(self, name) for name in CONTEXT_FEATURES))
        object.__setattr__(self, "softmax_span", SOFTMAX_TEMPERATURES * self.temperature)


@dataclass(frozen=True, slots=True)
class RecogniserWeights:
    """Thresholds of the recogniser's decision and the scores it gives (see ``geo.recognize.recognizer``).

    ``weight`` is a lexicon entry's importance (0..1), ``zipf`` its English word frequency (Zipf scale).
    """

    common_zipf: float
    common_min_weight: float
    name_min_weight: float
    strong_max_zipf: float
    strong_min_weight: float
    initial_min_weight: float
    score_base: float
    score_slope: float
    locative_bonus: float
    pattern_score: float
    place_acronym_score: float
    abbreviation_score: float
    weak_position_score: float
    weak_word_score: float


@dataclass(frozen=True, slots=True)
class Note:
    """What the data file says of one weight: its value, why, and where it comes from."""

    name: str
    value: float
    rationale: str
    source: str


@dataclass(frozen=True, slots=True)
class Weights:
    """All weights of a configuration: the resolver's, the recogniser's, and a note on each.

    ``notes`` describe the packaged values (a :func:`dataclasses.replace` of a part keeps them as read).
    """

    resolver: ResolverWeights
    recogniser: RecogniserWeights
    notes: tuple[Note, ...] = ()

    def note(self, name: str) -> Note:
        """Return the note of ``name`` (``"resolver.near"``).

        Raises
        ------
        InputError
            When there is no weight of that name.
        """
        for note in self.notes:
            if note.name == name:
                return note
        raise InputError(f"no weight named {name!r}")

    def values(self) -> dict[str, float]:
        """Every weight by its ``part.field`` name, in declaration order."""
        out: dict[str, float] = {}
        for part, obj in (("resolver", self.resolver), ("recogniser", self.recogniser)):
            for item in fields(obj):
                if item.init:
                    out[f"{part}.{item.name}"] = getattr(obj, item.name)
        return out

    def with_values(self, values: Mapping[str, float]) -> Weights:
        """Return a copy with the weights of ``values`` (``part.field`` names) changed.

        Raises
        ------
        InputError
            When a name is not a weight.
        """
        known = self.values()
        changes: dict[str, dict[str, float]] = {"resolver": {}, "recogniser": {}}
        for name, value in values.items():
            if name not in known:
                raise InputError(f"no weight named {name!r}")
            part, _, key = name.partition(".")
            changes[part][key] = float(value)
        return replace(
            self,
            resolver=replace(self.resolver, **changes["resolver"]),
            recogniser=replace(self.recogniser, **changes["recogniser"]),
        )


def weights_from(lexicon: Lexicon) -> Weights:
    """Build :class:`Weights` from a parsed weights file (see ``data/weights.yaml``).

    Raises
    ------
    InputError
        When a weight is missing, unknown, repeated, not a number or without a rationale.
    """
    parts: dict[str, type[Any]] = {"resolver": ResolverWeights, "recogniser": RecogniserWeights}
    expected = {f"{part}.{item.name}" for part, cls in parts.items() for item in fields(cls) if item.init}
    found: dict[str, Note] = {}
    for entry in lexicon:
        name, value, rationale = entry.get("name"), entry.get("value"), entry.get("rationale")
        if name not in expected:
            raise InputError(f"weights file {lexicon.name!r}: unknown weight {name!r}")
        if name in found:
            raise InputError(f"weights file {lexicon.name!r}: {name!r} given twice")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InputError(f"weights file {lexicon.name!r}: {name!r} has no numeric value")
        if not isinstance(rationale, str) or not rationale.strip():
            raise InputError(f"weights file {lexicon.name!r}: {name!r} has no rationale")
        found[name] = Note(name, float(value), rationale.strip(), str(entry["source"]))
    missing = sorted(expected - found.keys())
    if missing:
        raise InputError(f"weights file {lexicon.name!r}: missing {', '.join(missing)}")
    built = {
        part: cls(**{item.name: found[f"{part}.{item.name}"].value for item in fields(cls) if item.init})
        for part, cls in parts.items()
    }
    return Weights(resolver=built["resolver"], recogniser=built["recogniser"], notes=tuple(found.values()))


@functools.cache
def default_weights() -> Weights:
    """Return the packaged weights (``geo/lexicon/data/weights.yaml``), read once.

    Raises
    ------
    InputError
        When the packaged file is malformed.
    """
    return weights_from(load("weights"))
