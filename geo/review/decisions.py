"""Review decisions: what an analyst decided about each extracted event, keyed so it outlives the run.

A decision names its event by the article's content hash (SHA-256 of the text) and the event's
mention offsets, and records a fingerprint of the event as it was reviewed. A later extraction of
the same articles gives the same hashes and offsets, so :func:`geo.review.apply.apply_decisions`
finds the events again; an event whose fingerprint differs was changed by the extractor and waits
for a new look. See ``docs/review.md``.

The file is YAML, written in one deterministic layout by :func:`dumps_decisions`::

    geo_review: 1
    articles:
    - sha256: 9d3b…
      id: alpha
      length: 260
      source: {article_id: alpha, title: …, publisher: …, url: null, published: '2023-07-12', sha256: 9d3b…}
      decisions:
      - action: edit                     # accept | reject | edit | add
        mentions: [[45, 50]]             # [start, end) in code points of the article text
        was: {id: mention-2023-07-12-…, fingerprint: 3f1c…}   # absent for add
        set: {event_type: deployment, troops: 40}             # edit and add only
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Annotated, Any, Literal

import pydantic
import yaml
from pydantic import BaseModel, ConfigDict, Field

from geo.errors import InputError
from geo.importers.curation_text import text_value
from geo.io import load_yaml_text, read_bounded
from geo.model.feature import EventFeature
from geo.model.vocab import EventType, FeatureClass

__all__ = [
    "ArticleDecisions",
    "Decision",
    "DecisionsFile",
    "EventFields",
    "PlaceFields",
    "Was",
    "dump_yaml",
    "dumps_decisions",
    "fingerprint",
    "load_decisions",
    "parse_decisions",
]

_STRICT = ConfigDict(extra="forbid", frozen=True)
Span = tuple[Annotated[int, Field(ge=0)], Annotated[int, Field(ge=1)]]
Action = Literal["accept", "reject", "edit", "add"]


class PlaceFields(BaseModel):
    """A place chosen in review: a gazetteer entry, or a point dropped on the map (``point:`` id)."""

    model_config = _STRICT
    place: str = Field(min_length=1, description="Canonical name (the gazetteer's, or the analyst's).")
    gazetteer_id: str = Field(pattern=r"^[a-z0-9_]+:.+$")
    feature_class: FeatureClass
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    geo_precision: int = Field(ge=1, le=4)
    lon: float = Field(ge=-180, le=180)
    lat: float = Field(ge=-90, le=90)


class EventFields(BaseModel):
    """Properties set in review; a field left out keeps the extracted value (``add`` needs the first 3)."""

    model_config = _STRICT
    event_type: EventType | None = None
    date: str | None = Field(default=None, min_length=1)
    place: PlaceFields | None = None
    name: str | None = Field(default=None, min_length=1)
    sub_event_type: str | None = Field(default=None, pattern=r"^[a-z][a-z0-9_]*$")
    mission: str | None = Field(default=None, min_length=1)
    actors: list[Annotated[str, Field(min_length=1)]] | None = None
    troops: int | None = Field(default=None, ge=0)
    fatalities: int | None = Field(default=None, ge=0)
    notes: str | None = Field(default=None, min_length=1)
    mentions: list[Span] | None = Field(default=None, min_length=1, description="Evidence linked in review.")

    @pydantic.field_validator("date", mode="before")
    @classmethod
    def _date_as_text(cls, value: object) -> object:
        # YAML reads an unquoted 2023 or 2023-07-12 as a number or a date: the EDTF text is meant.
        return text_value(value)


class Was(BaseModel):
    """The extracted event a decision was made on: its id and :func:`fingerprint`."""

    model_config = _STRICT
    id: str = Field(min_length=1)
    fingerprint: str = Field(pattern=r"^[0-9a-f]{16}$")


class Decision(BaseModel):
    """One decision on one event of an article."""

    model_config = _STRICT
    action: Action
    mentions: list[Span] = Field(min_length=1)
    was: Was | None = None
    set: EventFields | None = None

    @pydantic.model_validator(mode="after")
    def _complete(self) -> Decision:
        if (self.action == "add") != (self.was is None):
            raise ValueError("'was' names the reviewed event of accept, reject and edit, and only those")
        if self.action in ("edit", "add") and self.set is None:
            raise ValueError(f"{self.action!r} needs 'set'")
        if self.action in ("accept", "reject") and self.set is not None:
            raise ValueError(f"{self.action!r} takes no 'set'")
        if self.action == "add" and self.set is not None:
            missing = [k for k in ("event_type", "date", "place") if getattr(self.set, k) is None]
            if missing:
                raise ValueError(f"an added event needs {', '.join(missing)}")
        if any(start >= end for start, end in self.mentions):
            raise ValueError(f"a mention must end after it starts: {self.mentions!r}")
        return self


class ArticleDecisions(BaseModel):
    """The decisions on the events of one article, with the source the added events cite."""

    model_config = _STRICT
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    id: str = Field(min_length=1)
    length: int = Field(ge=0)
    source: dict[str, str | None]
    decisions: list[Decision]

    @pydantic.model_validator(mode="after")
    def _inside(self) -> ArticleDecisions:
        for decision in self.decisions:
            for start, end in decision.mentions:
                if end > self.length:
                    raise ValueError(f"span [{start}, {end}] is outside the article (length {self.length})")
        return self


class DecisionsFile(BaseModel):
    """A review decisions file."""

    model_config = _STRICT
    geo_review: Literal[1]
    articles: list[ArticleDecisions]


def fingerprint(feature: EventFeature | dict[str, Any]) -> str:
    """Return 16 hex digits of the SHA-256 of the feature's JSON (keys sorted): any change shows."""
    plain = feature.model_dump(mode="json") if isinstance(feature, EventFeature) else feature
    text = json.dumps(plain, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _problems(exc: pydantic.ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"])
        parts.append((f"{where}: {err['msg']}" if where else err["msg"]).replace("\n", " "))
    return "; ".join(parts)


def parse_decisions(raw: object, *, name: str) -> DecisionsFile:
    """Check plain data (from YAML or the review page) as a decisions file.

    Raises
    ------
    InputError
        Naming ``name`` and every problem, on one line.
    """
    try:
        return DecisionsFile.model_validate(raw)
    except pydantic.ValidationError as exc:
        raise InputError(f"{name}: not a review decisions file: {_problems(exc)}") from exc


def load_decisions(path: str | Path) -> DecisionsFile:
    """Read a decisions file written by ``geo review``.

    Raises
    ------
    GeoIOError
        If it cannot be read.
    InputError
        If it is not YAML or not a decisions file.
    """
    path = Path(path)
    name = repr(str(path))
    try:
        text = read_bounded(path).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name} is not UTF-8: {exc}") from exc
    return parse_decisions(load_yaml_text(text, name=name), name=name)


class _Dumper(yaml.SafeDumper):
    """Block style at the top, flow style for spans and small mappings."""


def _represent_list(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.Node:
    flat = all(not isinstance(v, dict | list) or _is_span(v) for v in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flat)


def _is_span(value: object) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value)


_Dumper.add_representer(list, _represent_list)


def dump_yaml(plain: Any) -> str:
    """YAML text of plain data in the layout of geo's review files (keys in the given order, spans and
    lists of plain values on one line), stable bytes."""
    return yaml.dump(plain, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=110)


def dumps_decisions(decisions: DecisionsFile) -> str:
    """The YAML text of ``decisions``: keys in model order, fields never set left out, stable bytes."""
    plain = decisions.model_dump(mode="json", exclude_unset=True)
    for article in plain["articles"]:
        for decision in article["decisions"]:
            decision["mentions"] = [list(span) for span in decision["mentions"]]
    return dump_yaml(plain)
