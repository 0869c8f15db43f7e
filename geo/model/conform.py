"""The event builder's fast path (:mod:`geo.model.build`): the contract's checks, then trusted models.

Full pydantic validation of every feature costs about as much as the rest of the feature. The values the
builder assembles come from the stages, so the checks here test the same constraints as
:class:`geo.model.feature.EventProperties` (types, patterns, vocabularies, ranges and
:func:`geo.model.checks.check_properties`) directly, and :func:`construct` makes the models without
validating again. The checks of values that repeat across features and articles (a place's gazetteer
entry, a date with its bounds) are answered once and remembered in bounded tables; the article's source
is checked once per article. Anything not vouched for goes through the models' own validation, which
raises the contract's error. ``tests/test_extract_build_fast.py`` checks that both paths agree.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any, Final, TypeVar

from pydantic import BaseModel

from geo.model.checks import check_properties
from geo.model.feature import EventFeature, EventProperties, Mention, Point
from geo.model.vocab import EVENT_TYPES, FEATURE_CLASSES, TIME_PRECISIONS

__all__ = [
    "construct",
    "date_conforms",
    "event_conforms",
    "mentions_or_none",
    "place_conforms",
    "point_or_none",
    "source_conforms",
]

_M = TypeVar("_M", bound=BaseModel)

# The patterns of :class:`geo.model.feature.EventProperties`, matched whole (``fullmatch``).
_ID: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]*")
_GAZETTEER_ID: Final = re.compile(r"[a-z0-9_]+:.+")
_COUNTRY: Final = re.compile(r"[A-Z]{2}")
_SUB_EVENT_TYPE: Final = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")
_EDTF: Final = re.compile(r"[0-9./~?%X-]+")
_ISO_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_EVENT_TYPES: Final = frozenset(EVENT_TYPES)
_FEATURE_CLASSES: Final = frozenset(FEATURE_CLASSES)
_TIME_PRECISIONS: Final = frozenset(TIME_PRECISIONS)

#: Remembered answers per place and per date; a table is emptied when it reaches this size.
_TABLE_LIMIT: Final = 4096
_PLACES: Final[dict[tuple[Any, ...], bool]] = {}
_DATES: Final[dict[tuple[Any, ...], bool]] = {}

_set: Final = object.__setattr__


def _trusted(model: type[BaseModel]) -> bool:
    """Whether :func:`construct` may fill ``model`` directly (no post-init hook, private or extra fields)."""
    return (
        model.__pydantic_post_init__ is None
        and not model.__private_attributes__
        and model.model_config.get("extra") != "allow"
        and not model.__pydantic_root_model__
    )


#: The models :func:`construct` fills directly, with their field names (each instance gets a copy: a set
#: copied is cheaper than one built from the keys, and it is the same set when every field is given).
_DIRECT: Final[dict[type[BaseModel], frozenset[str]]] = {
    m: frozenset(m.model_fields)
    for m in (EventFeature, EventProperties, Mention, Point)
    if _trusted(m) and m.__new__ is object.__new__
}
_new: Final = object.__new__
#: The slots pydantic's models keep their state in, set through their descriptors.
_FIELDS_SET: Final = BaseModel.__dict__["__pydantic_fields_set__"]
_EXTRA: Final = BaseModel.__dict__["__pydantic_extra__"]
_PRIVATE: Final = BaseModel.__dict__["__pydantic_private__"]


def construct(model: type[_M], values: dict[str, Any]) -> _M:
    """``model.model_construct(**values)`` for ``values`` that hold every field of ``model`` in field order.

    The same instance state as pydantic's ``model_construct`` (``__dict__``, the set fields, no extra or
    private values) without its per-field alias and default handling. No validation: the caller vouches
    for the values.
    """
    fields = _DIRECT.get(model)
    if fields is None:
        return model.model_construct(**values)
    obj = _new(model)
    _set(obj, "__dict__", values)
    _FIELDS_SET.__set__(obj, set(fields) if len(values) == len(fields) else set(values))
    _EXTRA.__set__(obj, None)
    _PRIVATE.__set__(obj, None)
    return obj


def _remember(table: dict[tuple[Any, ...], bool], key: tuple[Any, ...], answer: bool) -> bool:
    if len(table) >= _TABLE_LIMIT:
        table.clear()
    table[key] = answer
    return answer


def _text(value: Any) -> bool:
    return type(value) is str and bool(value)


def place_conforms(
    gazetteer_id: Any, place: Any, feature_class: Any, country: Any, geo_precision: Any
) -> bool:
    """True when a place's ``gazetteer_id``, ``place``, ``feature_class``, ``country`` and
    ``geo_precision`` meet the contract (remembered per combination)."""
    key = (gazetteer_id, place, feature_class, country, geo_precision, type(geo_precision))  # True == 1
    try:
        found = _PLACES.get(key)
    except TypeError:  # an unhashable value cannot be a valid one
        return False
    if found is not None:
        return found
    answer = (
        _text(gazetteer_id)
        and _GAZETTEER_ID.fullmatch(gazetteer_id) is not None
        and _text(place)
        and type(feature_class) is str
        and feature_class in _FEATURE_CLASSES
        and (country is None or (type(country) is str and _COUNTRY.fullmatch(country) is not None))
        and type(geo_precision) is int
        and 1 <= geo_precision <= 4
        and not check_properties(
            {"feature_class": feature_class, "country": country, "geo_precision": geo_precision}
        )
    )
    return _remember(_PLACES, key, answer)


def date_conforms(date: Any, date_start: Any, date_end: Any, time_precision: Any) -> bool:
    """True when ``date`` is supported EDTF and the bounds and precision agree with it (remembered)."""
    key = (date, date_start, date_end, time_precision)
    try:
        found = _DATES.get(key)
    except TypeError:
        return False
    if found is not None:
        return found
    answer = (
        _text(date)
        and _EDTF.fullmatch(date) is not None
        and (date_start is None or (type(date_start) is str and _ISO_DATE.fullmatch(date_start) is not None))
        and (date_end is None or (type(date_end) is str and _ISO_DATE.fullmatch(date_end) is not None))
        and type(time_precision) is str
        and time_precision in _TIME_PRECISIONS
        and not check_properties(
            {"date": date, "date_start": date_start, "date_end": date_end, "time_precision": time_precision}
        )
    )
    return _remember(_DATES, key, answer)


def source_conforms(source: Mapping[str, Any]) -> bool:
    """True when the source's publication date passes :func:`check_properties` (the rest of the source is
    validated by :class:`geo.model.feature.Source`)."""
    return not check_properties({"source": source})


def event_conforms(props: dict[str, Any]) -> bool:
    """True when the per-event values of ``props`` meet the contract: ``id``, ``name``, ``event_type``,
    ``sub_event_type``, ``mission``, ``actors``, ``troops``, ``fatalities``, ``notes`` and ``confidence``
    (place, date, source and mentions have their own checks)."""
    fid, sub, notes, confidence = props["id"], props["sub_event_type"], props["notes"], props["confidence"]
    actors, name, mission = props["actors"], props["name"], props["mission"]
    troops, fatalities = props["troops"], props["fatalities"]
    # (the helpers' tests written out: this runs once per feature)
    return (
        type(fid) is str
        and _ID.fullmatch(fid) is not None  # (not empty)
        and type(name) is str
        and name != ""
        and props["event_type"] in _EVENT_TYPES
        and (sub is None or (type(sub) is str and _SUB_EVENT_TYPE.fullmatch(sub) is not None))
        and (mission is None or (type(mission) is str and mission != ""))
        and type(actors) is list
        and (not actors or all(type(actor) is str and actor for actor in actors))
        and (troops is None or (type(troops) is int and troops >= 0))
        and (fatalities is None or (type(fatalities) is int and fatalities >= 0))
        and (notes is None or type(notes) is str)
        and type(confidence) is float
        and 0.0 <= confidence <= 1.0
    )


def mentions_or_none(spans: Sequence[Any]) -> list[Mention] | None:
    """The spans as :class:`Mention` models when each is a ``(start, end)`` tuple of plain ints with
    ``0 <= start < end``, else None."""
    out = []
    for span in spans:
        if type(span) is not tuple or len(span) != 2:
            return None
        start, end = span
        if type(start) is not int or type(end) is not int or not 0 <= start < end:
            return None
        out.append(construct(Mention, {"start": start, "end": end}))
    return out


def point_or_none(lon: Any, lat: Any) -> Point | None:
    """A :class:`Point` at finite float ``lon``, ``lat`` within range, else None."""
    if (
        type(lon) is not float
        or type(lat) is not float
        or not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0)
        or not (math.isfinite(lon) and math.isfinite(lat))
    ):
        return None
    return construct(Point, {"type": "Point", "coordinates": (lon, lat)})
