"""Curated events: human-readable YAML files turned into event features.

A curation file describes one article: its metadata, every named place (the query that finds it in
the gazetteer, or a pinned gazetteer id, the forms as written and their character offsets) and every
event (place, type, mission, actors, EDTF date, numbers, our own note, evidence offsets). See
``docs/curation.md`` for the format. Places that no event uses become ``mention`` features.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Annotated, Any

import pydantic
from pydantic import BaseModel, ConfigDict, Field

from geo import settings
from geo.errors import CurationError, GeoError, GeoIOError, InputError
from geo.gazetteer import Candidate, Gazetteer, default_gazetteer, haversine_km
from geo.importers import curation_text as ct
from geo.io import load_yaml_text, read_bounded
from geo.model.build import Draft, EventPlace, When, build_event
from geo.model.catalog import ACTORS, MISSIONS, Catalogue
from geo.model.feature import EventFeature, EventFeatureCollection, event_id
from geo.model.vocab import GEO_PRECISION_BY_CLASS, EventType, FeatureClass
from geo.temporal.edtf import parse_edtf

__all__ = [
    "CurationFile",
    "build_features",
    "check_article_text",
    "curation_paths",
    "load_curation",
    "resolve_places",
]

log = logging.getLogger(__name__)

_STRICT = ConfigDict(extra="forbid", frozen=True)
Span = tuple[Annotated[int, Field(ge=0)], Annotated[int, Field(ge=1)]]


class ArticleMeta(BaseModel):
    """Metadata of the curated article (as in ``articles.json``) and its text fingerprint."""

    model_config = _STRICT
    id: str = Field(min_length=1)
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    length: int = Field(ge=0)

    @pydantic.field_validator("published", mode="before")
    @classmethod
    def _date_as_text(cls, value: object) -> object:
        # YAML reads an unquoted 2023-07-12 as a date and 2015 as a number: the EDTF text is meant.
        return ct.text_value(value)


class PlaceSpec(BaseModel):
    """A place the article names."""

    model_config = _STRICT
    query: str = Field(min_length=1, description="Name looked up in the gazetteer.")
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    feature_class: FeatureClass | None = None
    gazetteer_id: str | None = Field(default=None, description="Pinned gazetteer entry; wins over query.")
    coordinates: tuple[float, float] | None = Field(default=None, description="Override [lon, lat].")
    coordinates_origin: str | None = None
    written: list[str] = Field(min_length=1, description="Forms as written in the article.")
    mentions: list[Span] = Field(min_length=1)
    geo_precision: int | None = Field(default=None, ge=1, le=4, description="Default: the class's.")


class EventSpec(BaseModel):
    """An event at one place."""

    model_config = _STRICT
    place: str
    name: str | None = Field(
        default=None, description="Place as written for this event; default the first form."
    )
    event_type: EventType
    sub_event_type: str | None = None
    mission: str | None = None
    actors: list[str] = Field(default_factory=list)
    date: str
    troops: int | None = Field(default=None, ge=0)
    fatalities: int | None = Field(default=None, ge=0)
    notes: str | None = Field(default=None, min_length=1)
    mentions: list[Span] = Field(min_length=1)

    @pydantic.field_validator("date", mode="before")
    @classmethod
    def _date_as_text(cls, value: object) -> object:
        # YAML reads an unquoted 2023-07-12 as a date and 2015 as a number: the EDTF text is meant.
        return ct.text_value(value)


class CurationFile(BaseModel):
    """The content of one ``data/curation/*.yaml`` file."""

    model_config = _STRICT
    article: ArticleMeta
    places: dict[str, PlaceSpec]
    events: list[EventSpec]


def curation_paths(inputs: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders into the sorted list of curation files (``*.yaml``, ``*.yml``).

    Raises
    ------
    GeoIOError
        If an input does not exist or a folder holds no curation file.
    """
    paths: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted([*path.glob("*.yaml"), *path.glob("*.yml")])
            if not found:
                raise GeoIOError(f"no curation files (*.yaml) in {str(path)!r}")
            paths.extend(found)
        elif path.is_file():
            paths.append(path)
        else:
            raise GeoIOError(f"curation input {str(path)!r} does not exist")
    return sorted(dict.fromkeys(paths), key=lambda p: (p.name, str(p)))


def load_curation(path: str | Path, *, articles_dir: str | Path | None = None) -> CurationFile:
    """Read and check one curation file.

    With ``articles_dir``, the article text ``<articles_dir>/<article id>.txt`` (when it exists) fills
    in the fingerprint, the length and the mentions the file leaves out or gives as words
    (:func:`geo.importers.curation_text.complete_from_text`).

    Raises
    ------
    GeoIOError
        If the file cannot be read.
    CurationError
        If it is not valid YAML or breaks the curation format (every problem is listed).
    """
    path = Path(path)
    try:
        text = read_bounded(path).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CurationError(f"{str(path)!r} is not valid UTF-8 YAML: {exc}") from exc
    try:
        raw = load_yaml_text(text, name=repr(str(path)))
    except InputError as exc:
        raise CurationError(str(exc)) from exc
    if not isinstance(raw, dict):
        raise CurationError(
            f"{str(path)!r}: expected a mapping with article, places and events, got {raw!r:.60}"
        )
    article = raw.get("article")
    article_id = article.get("id") if isinstance(article, dict) else None
    article_text = ct.read_article_text(article_id, articles_dir) if articles_dir is not None else None
    if article_text is not None:
        raw = ct.complete_from_text(raw, article_text, name=repr(str(path)))
    try:
        curation = CurationFile.model_validate(raw)
    except pydantic.ValidationError as exc:
        raise CurationError(f"{str(path)!r}: {_problems(exc)}{ct.missing_hint(raw, article_text)}") from exc
    _check_consistency(curation, path)
    return curation


def _problems(exc: pydantic.ValidationError) -> str:
    """The errors of ``exc`` on one line: ``LOCATION: MESSAGE; ...`` (no input dump, no help link)."""
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"])
        parts.append((f"{where}: {err['msg']}" if where else err["msg"]).replace("\n", " "))
    return "; ".join(parts)


def _check_consistency(curation: CurationFile, path: Path) -> None:
    problems: list[str] = []
    length = curation.article.length
    spans: list[tuple[str, Span]] = [
        (f"places.{key}", span) for key, place in curation.places.items() for span in place.mentions
    ]
    for index, event in enumerate(curation.events):
        where = f"events[{index}]"
        if event.place not in curation.places:
            problems.append(f"{where}.place: unknown place key {event.place!r}")
        if event.mission is not None and event.mission not in MISSIONS:
            problems.append(f"{where}.mission: {event.mission!r} is not in the mission catalogue")
        problems.extend(_unknown_actors(event.actors, ACTORS, where))
        try:
            parse_edtf(event.date)
        except InputError as exc:
            problems.append(f"{where}.date: {exc}")
        spans.extend((f"{where}.mentions", span) for span in event.mentions)
    for key, place in curation.places.items():
        if place.coordinates is not None and not (place.coordinates_origin and place.gazetteer_id):
            problems.append(f"places.{key}: a coordinate override needs gazetteer_id and coordinates_origin")
    for where, (start, end) in spans:
        if not start < end <= length:
            problems.append(f"{where}: span [{start}, {end}] is outside the article (length {length})")
    if problems:
        raise CurationError(f"{str(path)!r}: " + "; ".join(problems))


def _unknown_actors(actors: Sequence[str], catalogue: Catalogue, where: str) -> list[str]:
    # Countries are actors too; anything else must be in the actor catalogue.
    import pycountry

    problems = []
    for actor in actors:
        if actor in catalogue:
            continue
        try:
            pycountry.countries.lookup(actor)
        except LookupError:
            problems.append(f"{where}.actors: {actor!r} is neither a country nor in the actor catalogue")
    return problems


def check_article_text(curation: CurationFile, text: str) -> list[str]:
    """Compare a curation file with the article text it describes.

    Returns
    -------
    list of str
        Problems: a different fingerprint or length, or place mentions whose text is not one of the
        place's written forms. Empty when everything agrees.
    """
    from geo.model.article import sha256_text

    problems = []
    if sha256_text(text) != curation.article.sha256 or len(text) != curation.article.length:
        problems.append(f"article {curation.article.id!r}: text differs from the curated fingerprint")
        return problems
    for key, place in curation.places.items():
        for start, end in place.mentions:
            if text[start:end] not in place.written:
                seen, forms = text[start:end], place.written
                problems.append(f"places.{key}: span [{start}, {end}] reads {seen!r}, not one of {forms!r}")
    return problems


def resolve_places(curation: CurationFile, *, gazetteer: Gazetteer | None = None) -> dict[str, Candidate]:
    """Resolve every place of a curation file to its gazetteer entry.

    Returns
    -------
    dict
        Place key to :class:`~geo.gazetteer.Candidate`, in file order.

    Raises
    ------
    CurationError
        If a pinned id is unknown or a query finds nothing.
    """
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    return {key: _resolve(key, place, gaz) for key, place in curation.places.items()}


def _resolve(key: str, place: PlaceSpec, gazetteer: Gazetteer) -> Candidate:
    if place.coordinates is not None and place.gazetteer_id and place.gazetteer_id.startswith("point:"):
        # a point the analyst placed (geo review's map): no gazetteer entry to find
        return ct.point_candidate(
            place.gazetteer_id, place.query, place.feature_class, place.country, place.coordinates
        )
    try:
        if place.gazetteer_id is not None and place.coordinates is None:
            return gazetteer.get(place.gazetteer_id)
        found = gazetteer.lookup(
            place.query, country=place.country, feature_class=place.feature_class, limit=1
        )
    except GeoError as exc:
        raise CurationError(f"place {key!r}: {exc}") from exc
    if not found:
        raise CurationError(f"place {key!r}: the gazetteer has no match for {place.query!r}")
    candidate = found[0]
    if place.coordinates is not None:
        lon, lat = place.coordinates
        distance = haversine_km((lon, lat), (candidate.lon, candidate.lat))
        if distance > settings.override_tolerance_km:
            log.warning(
                "place %r: override is %.0f km from the gazetteer's %r", key, distance, candidate.name
            )
    return candidate


def build_features(
    curations: Sequence[CurationFile], *, gazetteer: Gazetteer | None = None
) -> EventFeatureCollection:
    """Turn curation files into a collection of event features (made by :func:`geo.model.build.build_event`).

    Order is deterministic: articles in the given order, then events in file order, then ``mention``
    features for places without events in place order.

    Parameters
    ----------
    curations
        Loaded curation files.
    gazetteer
        Gazetteer to resolve places with; the default offline gazetteer when omitted.

    Raises
    ------
    CurationError
        If a place cannot be resolved or two events get the same id.
    """
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    features: list[EventFeature] = []
    seen: dict[str, str] = {}
    for curation in curations:
        art = curation.article
        source = {k: getattr(art, k) for k in ("title", "publisher", "url", "published", "sha256")}
        source["article_id"] = art.id
        resolved = resolve_places(curation, gazetteer=gaz)
        used = {event.place for event in curation.events}
        rows: list[tuple[str, PlaceSpec, dict[str, Any]]] = []
        for event in curation.events:
            place = curation.places[event.place]
            rows.append(
                (
                    event.place,
                    place,
                    {
                        "name": event.name or place.written[0],
                        "event_type": event.event_type,
                        "sub_event_type": event.sub_event_type,
                        "mission": MISSIONS.canonical(event.mission) if event.mission else None,
                        "actors": list(event.actors),
                        "date": event.date,
                        "troops": event.troops,
                        "fatalities": event.fatalities,
                        "mentions": event.mentions,
                        "notes": event.notes,
                    },
                )
            )
        for key, place in curation.places.items():
            if key not in used:
                rows.append(
                    (
                        key,
                        place,
                        {
                            "name": place.written[0],
                            "event_type": "mention",
                            "sub_event_type": None,
                            "mission": None,
                            "actors": [],
                            "date": art.published,
                            "troops": None,
                            "fatalities": None,
                            "mentions": place.mentions,
                            "notes": "Named in the article; no event reported there.",
                        },
                    )
                )
        for key, place, row in rows:
            candidate = resolved[key]
            gazetteer_id = place.gazetteer_id or candidate.id
            fid = event_id(
                article_id=art.id,
                place_id=gazetteer_id,
                event_type=_id_type(row["event_type"], row["sub_event_type"]),
                date=row["date"],
            )
            if fid in seen:
                raise CurationError(
                    f"article {art.id!r}: two events share id {fid!r} ({seen[fid]} and {key})"
                )
            seen[fid] = key
            lon, lat = place.coordinates if place.coordinates is not None else (candidate.lon, candidate.lat)
            feature_class = place.feature_class or candidate.feature_class
            where = EventPlace(
                name=row["name"],
                place=candidate.name,
                gazetteer_id=gazetteer_id,
                feature_class=feature_class,
                country=candidate.country if candidate.country else place.country,
                geo_precision=place.geo_precision or GEO_PRECISION_BY_CLASS[feature_class],
                lon=lon,
                lat=lat,
            )
            draft = Draft(
                event_type=row["event_type"],
                when=When.of(row["date"]),
                sub_event_type=row["sub_event_type"],
                mission=row["mission"],
                actors=row["actors"],
                troops=row["troops"],
                fatalities=row["fatalities"],
                mentions=[(s, e) for s, e in row["mentions"]],
                notes=row["notes"],
                confidence=1.0,
            )
            try:
                features.append(build_event(where, draft, source, id=fid))
            except pydantic.ValidationError as exc:
                raise CurationError(f"article {art.id!r}, place {key!r}: {_problems(exc)}") from exc
    return EventFeatureCollection(type="FeatureCollection", features=features)


def _id_type(event_type: str, sub_event_type: str | None) -> str:
    # Two events of one type on one day at one place differ by their sub-type.
    return f"{event_type}.{sub_event_type}" if sub_event_type else event_type
