"""UCDP Georeferenced Event Dataset (GED) CSV files → event features.

One GED row is one event: a day or span of days (``date_start``..``date_end``, ``date_prec``), a
place (``latitude``/``longitude``, ``where_coordinates``, ``where_prec``), two sides, death counts and
the sources. ``docs/importers.md`` documents the mapping; in short:

- id ``ucdp:<id>``; ``gazetteer_id`` ``ucdp:<where_coordinates>``; name ``where_coordinates`` (or
  ``adm_2``, ``adm_1``, ``country`` when it is empty); place the same without the generic word the dataset
  adds to a precise place ("Aleppo town" → Aleppo; geo.gazetteer.learn.split_name);
- ``where_prec`` → ``geo_precision`` and ``feature_class`` (:data:`WHERE_PREC`);
- ``date_start``/``date_end`` → EDTF: the day, the whole month or year when the span is one, else the
  interval ``start/end`` (``week`` when at most 7 days, else ``range``);
- ``type_of_violence`` 1/2/3 → event type ``attack`` with sub-event type ``state_based_violence``,
  ``non_state_violence`` or ``one_sided_violence``;
- actors ``side_a`` and ``side_b``; fatalities ``best``; ``event_clarity`` 2 (low) → confidence 0.5;
- source: ``source_office`` (publisher), ``source_headline`` (title), the earliest ``source_date``
  (published); notes name the dyad, the deaths per side, the low–high estimate and ``source_article``.
"""

from __future__ import annotations

import datetime
import functools
import logging
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Final

from geo import lexicon
from geo.codebooks.countries import country_code
from geo.gazetteer.learn import split_name
from geo.importers._rows import (
    ImportResult,
    RowError,
    RowValueError,
    build_feature,
    convert_rows,
    count,
    edtf_between,
    gather,
    integer,
    iso_day,
    need,
    number,
    place_id,
    read_csv,
    split_list,
    text,
    unique,
)
from geo.model.build import Draft, EventPlace, When
from geo.model.feature import EventFeature

__all__ = ["REQUIRED_COLUMNS", "VIOLENCE_TYPES", "WHERE_PREC", "import_ucdp", "ucdp_feature"]

log = logging.getLogger(__name__)

#: Columns without which no row can be imported.
REQUIRED_COLUMNS: Final[tuple[str, ...]] = (
    "id", "type_of_violence", "where_prec", "latitude", "longitude", "date_start", "date_end",
)  # fmt: skip

_CODING: Final = lexicon.load("codebooks_ucdp")

#: UCDP ``where_prec`` → our ``(geo_precision, feature_class)`` (the codes' meaning: the data file).
WHERE_PREC: Final[dict[int, tuple[int, str]]] = {
    entry["where_prec"]: (entry["geo_precision"], entry["feature_class"])
    for entry in _CODING
    if "where_prec" in entry
}

#: UCDP ``type_of_violence`` → our ``sub_event_type`` (the event type is ``attack``).
VIOLENCE_TYPES: Final[dict[int, str]] = {
    entry["type_of_violence"]: entry["geo_sub"] for entry in _CODING if "type_of_violence" in entry
}

#: Words at the end of a precise UCDP place name that tell a more specific feature class.
_CLASS_WORDS: Final[dict[str, str]] = {
    entry["term"]: entry["class"] for entry in lexicon.load("codebooks_ucdp_class_words")
}


def import_ucdp(path: str | Path) -> ImportResult:
    """Import a UCDP GED CSV file.

    Returns
    -------
    ImportResult
        The features and one :class:`~geo.importers.RowError` (with its line) per bad row.

    Raises
    ------
    InputError
        If the file is not a UTF-8 CSV or lacks one of :data:`REQUIRED_COLUMNS`.
    """
    return gather(iter_ucdp(path))


def iter_ucdp(path: str | Path) -> Iterator[EventFeature | RowError]:
    """Yield a feature or a :class:`~geo.importers.RowError` per row of a UCDP GED CSV file, reading one
    row at a time (see :func:`import_ucdp`; the header is checked before this returns)."""
    _, rows = read_csv(path, normalise=_column, required=REQUIRED_COLUMNS)
    return convert_rows(rows, _convert)


def _column(name: str) -> str:
    return name.strip().lower()


def ucdp_feature(values: Mapping[str, str]) -> EventFeature:
    """Build the event feature of one GED row (column names lower-case).

    Raises
    ------
    RowValueError
        If a value is missing or malformed, or the result breaks the contract.
    """
    ged_id = need(values, "id")
    violence = integer(values, "type_of_violence", required=True)
    if violence not in VIOLENCE_TYPES:
        raise RowValueError(f"type_of_violence {values['type_of_violence'].strip()!r} is not 1, 2 or 3")
    where_prec = integer(values, "where_prec", required=True)
    if where_prec not in WHERE_PREC:
        raise RowValueError(f"where_prec {values['where_prec'].strip()!r} is not 1 to 7")
    geo_precision, feature_class = WHERE_PREC[where_prec]
    lon, lat = number(values, "longitude"), number(values, "latitude")
    date, time_precision = edtf_between(iso_day(values, "date_start"), iso_day(values, "date_end"))

    where = text(values, "where_coordinates")
    name = where or text(values, "adm_2") or text(values, "adm_1") or text(values, "country")
    if name is None:
        raise RowValueError("where_coordinates, adm_2, adm_1 and country are all empty")
    if where_prec <= 2:
        feature_class = _class_from_name(name) or feature_class
    country = None if where_prec == 7 else _country(text(values, "country"))

    clarity = integer(values, "event_clarity")
    place = EventPlace(
        name=name,  # as the dataset writes it
        place=_label(name) if where_prec <= 2 else name,
        gazetteer_id=place_id("ucdp", name),
        feature_class=feature_class,
        country=country,
        geo_precision=geo_precision,
        lon=lon,
        lat=lat,
    )
    actors = unique([text(values, "side_a"), text(values, "side_b")])
    start, end = iso_day(values, "date_start").isoformat(), iso_day(values, "date_end").isoformat()
    fatalities = count(values, "best")
    source = {
        "article_id": f"ucdp:{ged_id}",
        "title": text(values, "source_headline"),
        "publisher": text(values, "source_office"),
        "published": _earliest(text(values, "source_date")),
    }
    draft = Draft(
        event_type="attack",
        when=When(date, start, end, time_precision),
        sub_event_type=VIOLENCE_TYPES[violence],
        actors=actors,
        fatalities=fatalities,
        notes=_notes(values, ged_id),
        confidence=0.5 if clarity == 2 else 1.0,
    )
    return build_feature(place, draft, source, id=f"ucdp:{ged_id}")


def _label(written: str) -> str:
    """The place's name without the generic word the dataset adds ("Aleppo town" → Aleppo), for labels
    and popups; kept as written when it names several places ("X/Y village") or nothing is left."""
    names, _ = split_name(written)
    return names[0] if len(names) == 1 else written


def _class_from_name(name: str) -> str | None:
    folded = name.casefold().rstrip(" )")
    for word, feature_class in _CLASS_WORDS.items():
        if folded.endswith(word) or f"{word} (" in folded:
            return feature_class
    return None


@functools.cache
def _country(name: str | None) -> str | None:
    if name is None:
        return None
    code = country_code(name.split("(")[0])
    if code is None:
        log.warning("unknown country %r: country left empty", name)
    return code


def _earliest(value: str | None) -> str | None:
    """The earliest valid ``YYYY-MM-DD`` of a ``;``-separated list (UCDP lists one per source)."""
    days = []
    for part in split_list(value):
        try:
            days.append(datetime.date.fromisoformat(part[:10]))
        except ValueError:
            continue
    return min(days).isoformat() if days else None


def _notes(values: Mapping[str, str], ged_id: str) -> str:
    parts = [f"UCDP GED event {ged_id}"]
    dyad = text(values, "dyad_name")
    conflict = text(values, "conflict_name")
    if dyad or conflict:
        parts.append(" in ".join(item for item in (dyad, conflict) if item))
    deaths = [
        f"{label} {text(values, column)}"
        for label, column in (
            ("side A", "deaths_a"),
            ("side B", "deaths_b"),
            ("civilians", "deaths_civilians"),
            ("unknown", "deaths_unknown"),
        )
        if text(values, column) is not None
    ]
    if deaths:
        parts.append("deaths: " + ", ".join(deaths))
    low, best, high = text(values, "low"), text(values, "best"), text(values, "high")
    if low is not None and high is not None:
        parts.append(f"estimate {best} (low {low}, high {high})")
    sources = text(values, "source_article")
    if sources:
        parts.append(f"sources: {sources}")
    return "; ".join(parts) + "."


def _convert(values: Mapping[str, str], _line: int) -> EventFeature:
    return ucdp_feature(values)
