"""The event feature contract as pydantic models, its JSON Schema, ids and JSON text.

An event is a GeoJSON Feature (RFC 7946) with a Point geometry ``[lon, lat]`` and the properties of
:class:`EventProperties`; a file holds a FeatureCollection of them. ``docs/schema.md`` describes every
property. The JSON Schema shipped as ``geo/schema/event-feature-collection.schema.json`` is generated
from these models (``python -m geo.features`` rewrites it) and is what :mod:`geo.validate` checks
files against.

In Python, the nullable properties, ``actors``, ``mentions`` and ``confidence`` have defaults; in a
file every property must be present (``null`` where unknown), and :func:`dumps` always writes all.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from geo import settings
from geo.errors import GeoIOError, SchemaError
from geo.validation.checks import check_properties
from geo.vocab import EventType, FeatureClass, TimePrecision

if TYPE_CHECKING:
    pass

__all__ = [
    "PROPERTY_ORDER",
    "EventFeature",
    "EventFeatureCollection",
    "EventProperties",
    "Mention",
    "Point",
    "Source",
    "dumps",
    "event_id",
    "feature_collection",
    "load_feature_collection",
]

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
        description="Stable id, see geo.features.event_id; equals the feature's id."
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
    return "-".join(part for part in (_slug(event_type), date_slug, place_slug, digest[:10]) if part)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def feature_collection(features: Iterable[EventFeature | Mapping[str, Any]]) -> dict[str, Any]:
    """Return ``{"type": "FeatureCollection", "features": [...]}`` with each feature as plain JSON.

    Mappings are validated through :class:`EventFeature` first.
    """
    items = [f if isinstance(f, EventFeature) else EventFeature.model_validate(f) for f in features]
    return {"type": "FeatureCollection", "features": [f.model_dump(mode="json") for f in items]}


_KEY_ORDER: dict[str, tuple[str, ...]] = {
    "collection": ("type", "features"),
    "feature": ("type", "id", "geometry", "properties"),
    "geometry": ("type", "coordinates"),
    "properties": PROPERTY_ORDER,
    "source": tuple(Source.model_fields),
    "mention": tuple(Mention.model_fields),
}


def _ordered(value: Mapping[str, Any], kind: str) -> dict[str, Any]:
    order = _KEY_ORDER[kind]
    keys = [k for k in order if k in value] + sorted(k for k in value if k not in order)
    return {k: value[k] for k in keys}


def _normalise(fc: Mapping[str, Any]) -> dict[str, Any]:
    """Return ``fc`` (a collection or a feature) with keys in contract order at every level."""

    def feature(f: Any) -> Any:
        if not isinstance(f, Mapping):
            return f
        out = _ordered(f, "feature")
        if isinstance(out.get("geometry"), Mapping):
            out["geometry"] = _ordered(out["geometry"], "geometry")
        props = out.get("properties")
        if isinstance(props, Mapping):
            props = _ordered(props, "properties")
            if isinstance(props.get("source"), Mapping):
                props["source"] = _ordered(props["source"], "source")
            if isinstance(props.get("mentions"), list):
                props["mentions"] = [
                    _ordered(m, "mention") if isinstance(m, Mapping) else m for m in props["mentions"]
                ]
            out["properties"] = props
        return out

    if fc.get("type") == "Feature":
        return dict(feature(fc))
    out = _ordered(fc, "collection")
    if isinstance(out.get("features"), list):
        out["features"] = [feature(f) for f in out["features"]]
    return out


def dumps(fc: Mapping[str, Any]) -> str:
    """Return deterministic GeoJSON text for a collection (or a single feature).

    Keys follow the contract order (unknown keys sorted after the known ones), indentation is two
    spaces, lists of plain values (coordinates, actors) and objects of at most two plain values
    (mentions) stay on one line, non-ASCII characters are
    written as they are, and the text ends with a newline: identical input gives identical bytes.

    Raises
    ------
    SchemaError
        If a number is NaN or infinite, or a value is not JSON-serialisable.
    """
    parts: list[str] = []
    try:
        _write(_normalise(fc), 0, parts)
    except (TypeError, ValueError) as exc:
        raise SchemaError(f"cannot write GeoJSON: {exc}") from exc
    return "".join(parts) + "\n"


def _scalar(value: Any) -> str:
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"number {value!r} is not allowed in JSON")
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _key(key: Any) -> str:
    if not isinstance(key, str):
        raise TypeError(f"object key {key!r} is not a string")
    return key


def _write(value: Any, level: int, out: list[str]) -> None:
    pad, inner = "  " * level, "  " * (level + 1)
    if isinstance(value, Mapping):
        if len(value) <= 2 and all(not isinstance(item, Mapping | list | tuple) for item in value.values()):
            members = (f"{_scalar(_key(k))}: {_scalar(v)}" for k, v in value.items())
            out.append("{" + ", ".join(members) + "}")
            return
        out.append("{\n")
        for i, (key, item) in enumerate(value.items()):
            out.append(f"{inner}{_scalar(_key(key))}: ")
            _write(item, level + 1, out)
            out.append(",\n" if i < len(value) - 1 else "\n")
        out.append(f"{pad}}}")
    elif isinstance(value, list | tuple):
        if all(not isinstance(item, Mapping | list | tuple) for item in value):
            out.append("[" + ", ".join(_scalar(item) for item in value) + "]")
            return
        out.append("[\n")
        for i, item in enumerate(value):
            out.append(inner)
            _write(item, level + 1, out)
            out.append(",\n" if i < len(value) - 1 else "\n")
        out.append(f"{pad}]")
    else:
        out.append(_scalar(value))


def load_feature_collection(path: str | Path) -> dict[str, Any]:
    """Read, parse and validate a GeoJSON file of events.

    Parameters
    ----------
    path
        A file holding a FeatureCollection (or a single Feature, which is wrapped in one).

    Returns
    -------
    dict
        The FeatureCollection as plain JSON values.

    Raises
    ------
    GeoIOError
        If the file cannot be read.
    SchemaError
        If the content breaks the contract; the message lists the problems.
    """
    from geo.validate import validate_bytes

    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise GeoIOError(f"cannot read {str(file)!r}: {exc.strerror or exc}") from exc
    problems = validate_bytes(data)
    if problems:
        shown = "\n".join(f"  {p}" for p in problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise SchemaError(f"{str(file)!r} breaks the event feature contract:\n{shown}{more}")
    obj: dict[str, Any] = json.loads(data.decode("utf-8"))
    if obj.get("type") == "Feature":
        obj = {"type": "FeatureCollection", "features": [obj]}
    return obj


if __name__ == "__main__":  # pragma: no cover - regenerate the shipped schema
    from geo.schema import write_schema

    sys.stdout.write(f"wrote {write_schema()}\n")
