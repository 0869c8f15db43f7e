"""Controlled vocabularies of the event feature contract, shared by every stage.

The colours follow the Okabe–Ito palette, which stays distinguishable for the common forms of
colour blindness; each event type also has its own symbol so that colour is never the only cue.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

EventType = Literal[
    "deployment",
    "withdrawal",
    "training",
    "strike",
    "rocket_attack",
    "attack",
    "abduction",
    "protest",
    "political",
    "presence",
    "mention",
]
FeatureClass = Literal[
    "city",
    "airport",
    "military_base",
    "facility",
    "admin_region",
    "country",
    "water_body",
    "region",
]
TimePrecision = Literal["day", "week", "month", "year", "range", "unknown"]

EVENT_TYPES: Final[tuple[str, ...]] = EventType.__args__  # type: ignore[attr-defined]
FEATURE_CLASSES: Final[tuple[str, ...]] = FeatureClass.__args__  # type: ignore[attr-defined]
TIME_PRECISIONS: Final[tuple[str, ...]] = TimePrecision.__args__  # type: ignore[attr-defined]

#: geo_precision codes: 1 exact site, 2 town/city, 3 admin region or part of a country, 4 country or sea.
GEO_PRECISIONS: Final[dict[int, str]] = {
    1: "exact site",
    2: "town or city",
    3: "admin region or part of a country",
    4: "country or sea",
}

#: Default geo_precision for each feature class.
GEO_PRECISION_BY_CLASS: Final[dict[str, int]] = {
    "airport": 1,
    "military_base": 1,
    "facility": 1,
    "city": 2,
    "admin_region": 3,
    "region": 3,
    "country": 4,
    "water_body": 4,
}


@dataclass(frozen=True, slots=True)
class EventStyle:
    """How one event type is grouped and drawn.

    Attributes
    ----------
    layer
        Name of the map layer (event family) the type belongs to.
    label
        Human-readable name of the type.
    color
        Fill colour, a CSS hex string.
    symbol
        A single character drawn inside the marker.
    """

    layer: str
    label: str
    color: str
    symbol: str


#: Map layers in drawing order, and whether each is visible when the map opens.
LAYERS: Final[tuple[tuple[str, bool], ...]] = (
    ("Deployments", True),
    ("Strikes", True),
    ("Rocket attacks", True),
    ("Training", True),
    ("Withdrawals", True),
    ("Other events", True),
    ("Places mentioned", False),
)

EVENT_STYLES: Final[dict[str, EventStyle]] = {
    "deployment": EventStyle("Deployments", "Deployment", "#0072B2", "▲"),
    "presence": EventStyle("Deployments", "Military presence", "#56B4E9", "■"),
    "strike": EventStyle("Strikes", "Strike (air, drone, bombing)", "#D55E00", "✸"),
    "rocket_attack": EventStyle("Rocket attacks", "Rocket or missile attack", "#E69F00", "➶"),
    "training": EventStyle("Training", "Training", "#009E73", "✚"),
    "withdrawal": EventStyle("Withdrawals", "Withdrawal", "#CC79A7", "▼"),
    "attack": EventStyle("Other events", "Attack", "#000000", "✖"),
    "abduction": EventStyle("Other events", "Abduction", "#882255", "⚑"),
    "protest": EventStyle("Other events", "Protest", "#F0E442", "!"),
    "political": EventStyle("Other events", "Political decision", "#332288", "⚖"),
    "mention": EventStyle("Places mentioned", "Place mentioned", "#BBBBBB", "●"),
}

assert set(EVENT_STYLES) == set(EVENT_TYPES)
assert {style.layer for style in EVENT_STYLES.values()} == {name for name, _ in LAYERS}
