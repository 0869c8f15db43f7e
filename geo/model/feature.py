"""The event feature contract as pydantic models, its JSON Schema and stable ids.

An event is a GeoJSON Feature (RFC 7946) with a Point geometry ``[lon, lat]`` and the properties of
:class:`EventProperties`; a file holds a FeatureCollection of them. ``docs/schema.md`` describes every
property. The JSON Schema shipped as ``geo/model/event-feature-collection.schema.json`` is generated
from these models (``python -m geo.model.schema`` rewrites it) and is what :mod:`geo.model.validate` checks
files against.

In Python, the nullable properties, ``actors``, ``mentions`` and ``confidence`` have defaults; in a
file every property must be present (``null`` where unknown), and :func:`dumps` always writes all.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from geo import settings
from geo.errors import GeoError
from geo.model.checks import check_properties
from geo.model.vocab import EventType, FeatureClass, TimePrecision

if TYPE_CHECKING:
    pass

__all__ = [
    "MODELS",
    "PROPERTY_ORDER",
    "EventFeature",
    "EventFeatureCollection",
    "EventProperties",
    "Mention",
    "Point",
    "Source",
    "ensure_built",
    "event_id",
    "feature_collection",
]

log = logging.getLogger(__name__)

_STRICT = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False, frozen=True)

NonEmpty = Annotated[str, Field(min_length=1)]
EDTFString = Annotated[str, Field(min_length=1, pattern=r"^[0-9./~?%X-]+$", description="EDTF date")]
ISODate = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")]
Count = Annotated[int, Field(ge=0)]


class Source(BaseModel):
    """The article an event comes from."""

    model_config = _STRICT

    article_id: NonEmpty = Field(description="Id of the article in the corpus.")
    title: str | None = Field(default=None, description="Headline.")
    publisher: str | None = Field(default=None, description="Outlet that published the article.")
    url: Annotated[str, Field(pattern=r"^https?://[^\s]+$")] | None = Field(
        default=None, description="Web address of the article (http or https)."
    )
    published: EDTFString | None = Field(default=None, description="Publication date, EDTF.")
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")] | None = Field(
        default=None, description="SHA-256 of the article text (UTF-8), lower-case hex."
    )


class Mention(BaseModel):
    """Character offsets ``[start, end)`` of a supporting mention in the article text."""

    model_config = _STRICT

    start: Count = Field(description="Offset of the first character.")
    end: Annotated[int, Field(ge=1)] = Field(description="Offset after the last character; > start.")

    @model_validator(mode="after")
    def _ordered(self) -> Mention:
        if self.end <= self.start:
            raise ValueError(f"mention ends at {self.end!r}, not after its start {self.start!r}")
        return self


class EventProperties(BaseModel):
    """The properties of an event feature, in contract order."""

    model_config = _STRICT

    id: Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")] = Field(
        description="Stable id, see geo.model.feature.event_id; equals the feature's id."
    )
    name: NonEmpty = Field(description="The place as written in the article.")
    place: NonEmpty = Field(description="Canonical gazetteer name of the place.")
    gazetteer_id: Annotated[str, Field(pattern=r"^[a-z0-9_]+:.+$")] = Field(
        description="Source-qualified gazetteer id: geonames:98182, icao:ORBI, geo:strait-of-hormuz."
    )
    feature_class: FeatureClass = Field(description="Kind of place.")
    country: Annotated[str, Field(pattern=r"^[A-Z]{2}$")] | None = Field(
        default=None, description="ISO 3166-1 alpha-2 code of the place's country; null for seas."
    )
    event_type: EventType = Field(description="What happened there ('mention': named only).")
    sub_event_type: Annotated[str, Field(pattern=r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")] | None = Field(
        default=None, description="Finer kind in snake_case: drone_strike, air_strike, rocket..."
    )
    mission: NonEmpty | None = Field(default=None, description="Canonical mission name.")
    actors: list[NonEmpty] = Field(default_factory=list, description="Actors involved.")
    date: EDTFString = Field(description="When, as EDTF keeping the article's precision.")
    date_start: ISODate | None = Field(default=None, description="First day covered by date.")
    date_end: ISODate | None = Field(default=None, description="Last day covered by date; null if open.")
    time_precision: TimePrecision = Field(description="Precision of date.")
    geo_precision: Annotated[int, Field(ge=1, le=4)] = Field(
        description="1 exact site, 2 town/city, 3 admin region or part of a country, 4 country or sea."
    )
    troops: Count | None = Field(default=None, description="Number of troops, when the text gives it.")
    fatalities: Count | None = Field(default=None, description="Number of people killed, when given.")
    source: Source = Field(description="The article.")
    mentions: list[Mention] = Field(default_factory=list, description="Evidence offsets in the article.")
    notes: str | None = Field(default=None, description="Short description in our own words.")
    confidence: Annotated[float, Field(ge=0, le=1)] = Field(
        default=1.0, description="0-1; curated facts are 1.0."
    )

    @model_validator(mode="after")
    def _consistent(self) -> EventProperties:
        found = check_properties(self.model_dump(mode="json"))
        if found:
            raise ValueError("; ".join(f"{field}: {message}" for field, message in found))
        return self


#: Property names in contract order (the order :func:`dumps` writes them).
PROPERTY_ORDER: tuple[str, ...] = tuple(EventProperties.model_fields)

Longitude = Annotated[float, Field(ge=-180, le=180)]
Latitude = Annotated[float, Field(ge=-90, le=90)]


class Point(BaseModel):
    """A GeoJSON Point in WGS84, ``coordinates`` = ``[longitude, latitude]``."""

    model_config = _STRICT

    type: Literal["Point"]
    coordinates: tuple[Longitude, Latitude] = Field(description="[longitude, latitude], at most 6 decimals.")

    @field_validator("coordinates", mode="before")
    @classmethod
    def _from_list(cls, value: Any) -> Any:
        return tuple(value) if isinstance(value, list) else value  # JSON arrays arrive as lists


class EventFeature(BaseModel):
    """One event at one place: a GeoJSON Feature with a Point and :class:`EventProperties`."""

    model_config = _STRICT

    type: Literal["Feature"]
    id: str = Field(description="Equals properties.id.")
    geometry: Point
    properties: EventProperties

    @model_validator(mode="after")
    def _same_id(self) -> EventFeature:
        if self.id != self.properties.id:
            raise ValueError(f"feature id {self.id!r} differs from properties.id {self.properties.id!r}")
        return self

    @classmethod
    def from_lonlat(
        cls, lon: float, lat: float, properties: EventProperties | Mapping[str, Any]
    ) -> EventFeature:
        """Build a feature at ``(lon, lat)``, rounded to :data:`geo.settings.coordinate_precision` decimals.

        Raises
        ------
        pydantic.ValidationError
            (a ``ValueError``) if the properties or coordinates break the contract.
        """
        props = properties if isinstance(properties, EventProperties) else EventProperties(**properties)
        digits = settings.coordinate_precision
        point = Point(type="Point", coordinates=(round(float(lon), digits), round(float(lat), digits)))
        return cls(type="Feature", id=props.id, geometry=point, properties=props)

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        """The feature as a GeoJSON mapping (read by GeoPandas, Shapely and Folium)."""
        return self.model_dump(mode="json")


class EventFeatureCollection(BaseModel):
    """A GeoJSON FeatureCollection of event features (the content of a geo GeoJSON file)."""

    model_config = _STRICT

    type: Literal["FeatureCollection"]
    features: list[EventFeature]

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        """The collection as a GeoJSON mapping (``geopandas.GeoDataFrame.from_features`` reads it)."""
        return self.model_dump(mode="json")


#: Every model of the contract, nested ones first.
MODELS: tuple[type[BaseModel], ...] = (
    Source,
    Mention,
    EventProperties,
    Point,
    EventFeature,
    EventFeatureCollection,
)


def ensure_built(*, models: Iterable[type[BaseModel]] = MODELS) -> None:
    """Make sure every model's validator and serialiser is built, before a run starts.

    pydantic builds them when the class is made, but a build cut short (Ctrl-C landing in it and lost
    there) can leave a model half-built, whose every use then fails with an ordinary error: a run would
    skip every article instead of stopping. A model not complete is built again here, so the run either
    starts whole or fails at once.

    Parameters
    ----------
    models
        The models to check (default: :data:`MODELS`).

    Raises
    ------
    GeoError
        If a model still cannot be built (the run fails instead of skipping every article).
    """
    for model in models:
        if not model.__pydantic_complete__:
            log.warning("the event model %s was not built; building it again", model.__name__)
            try:
                model.model_rebuild(force=True, raise_errors=True)
            except Exception as exc:  # pydantic's errors for an unbuildable model (NameError, TypeError)
                reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise GeoError(f"the event model {model.__name__} cannot be built: {reason}") from exc


def event_id(*, article_id: str, place_id: str, event_type: str, date: str) -> str:
    """Return the stable id of an event.

    Recipe: ``{event_type}-{date}-{place_id}-{hash}`` where ``event_type`` uses hyphens, ``date`` and
    ``place_id`` are lower-cased with every run of other characters than ``a-z0-9`` replaced by one
    hyphen (``..`` becomes ``open``, ``place_id`` is cut to 40 characters) and ``hash`` is the first
    10 hex digits of the SHA-1 of ``article_id``, ``place_id``, ``event_type`` and ``date`` joined by
    a newline (UTF-8). The same four values always give the same id.

    Examples
    --------
    >>> event_id(article_id="nos-2020", place_id="icao:ORBI", event_type="strike", date="2020-01-03")
    'strike-2020-01-03-icao-orbi-9b8c1d5bfb'
    """
    digest = hashlib.sha1("\n".join((article_id, place_id, event_type, date)).encode("utf-8")).hexdigest()
    date_slug = _slug(date.replace("..", "open"))
    place_slug = _slug(place_id)[:40].strip("-")
    return "-".join([part for part in (_slug(event_type), date_slug, place_slug, digest[:10]) if part])


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=8192)
def _slug(text: str) -> str:
    """``text`` lower-cased with every run of characters other than ``a-z0-9`` as one hyphen (remembered:
    event types, dates and place ids repeat)."""
    return _NOT_SLUG.sub("-", text.lower()).strip("-")


def feature_collection(features: Iterable[EventFeature | Mapping[str, Any]]) -> dict[str, Any]:
    """Return ``{"type": "FeatureCollection", "features": [...]}`` with each feature as plain JSON.

    Mappings are validated through :class:`EventFeature` first.
    """
    items = [f if isinstance(f, EventFeature) else EventFeature.model_validate(f) for f in features]
    return {"type": "FeatureCollection", "features": [f.model_dump(mode="json") for f in items]}

