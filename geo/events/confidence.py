"""The learned confidence of event features: the probability that an extracted event is a true event.

The tagger's confidence (:mod:`geo.events.tagger`: how the type and the date were found, times the
resolver's score) is a product of hand-set factors. :func:`calibrate` replaces it, for each event
feature (not for ``mention`` features), by a logistic regression on what the feature already states:

``confidence = 1 / (1 + exp(-(w0 + w1 * tagger_confidence + w2 * place_breadth)))``

where ``place_breadth`` is ``(geo_precision - 1) / 3`` (0 for a site, 1 for a country or a sea: an event
put on a whole country or region is more often the frame of a report than the place of an event). The
result is rounded to 3 decimals. An event whose probability is under the model's ``threshold`` (when the
weights file sets one) is told as a ``mention`` of its place, or left out when another feature of the
article keeps that place.

The weights ship in ``geo/events/confidence_weights.json`` with their provenance: fitted by
``benchmarks/fit_event_confidence.py`` on our own annotations of the development set
(``news_events/dev.jsonl``), the label being whether ``geo eval --events`` matches the feature to a gold
event. ``docs/events.md`` ("Learned confidence") gives the held-out figures and why the model is this
small.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, Final

from geo.model.feature import EventFeature, EventProperties, event_id

__all__ = ["FEATURE_NAMES", "WEIGHTS_FILE", "Model", "calibrate", "feature_vector", "load_model"]

#: The weights file, in this package.
WEIGHTS_FILE: Final = "confidence_weights.json"

#: The entries of a feature vector, in order (the weights file lists them too).
FEATURE_NAMES: Final[tuple[str, ...]] = ("bias", "tagger_confidence", "place_breadth")


@dataclass(frozen=True, slots=True)
class Model:
    """Weights of :data:`FEATURE_NAMES` and the threshold under which an event becomes a mention."""

    weights: tuple[float, ...]
    threshold: float | None = None

    def probability(self, vector: Sequence[float]) -> float:
        """``1 / (1 + exp(-w·x))``."""
        z = math.fsum(w * x for w, x in zip(self.weights, vector, strict=True))
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


def feature_vector(properties: EventProperties) -> tuple[float, ...]:
    """The numbers of :data:`FEATURE_NAMES` for one event feature (before calibration)."""
    return (1.0, float(properties.confidence), (properties.geo_precision - 1) / 3)


@functools.cache
def load_model() -> Model:
    """The shipped model (``geo/events/confidence_weights.json``).

    Raises
    ------
    ValueError
        If the file was fitted for other features than :data:`FEATURE_NAMES`.
    """
    data: dict[str, Any] = json.loads(resources.files(__package__).joinpath(WEIGHTS_FILE).read_text("utf-8"))
    if tuple(data["features"]) != FEATURE_NAMES:
        raise ValueError(f"{WEIGHTS_FILE} was fitted for other features than {FEATURE_NAMES}: refit it")
    threshold = data.get("threshold")
    return Model(tuple(float(w) for w in data["weights"]), None if threshold is None else float(threshold))


def calibrate(
    article_id: str, features: Sequence[EventFeature], *, model: Model | None = None
) -> list[EventFeature]:
    """Return ``features`` with the learned confidence on each event feature (see the module docstring).

    Parameters
    ----------
    article_id
        The article's id (a demoted event's new id is made from it).
    features
        The features of one article as :func:`geo.extract.build_features` makes them.
    model
        The weights; the shipped ones (:func:`load_model`) by default.

    Returns
    -------
    list of EventFeature
        In the same order; ``mention`` features unchanged; an event under the threshold becomes a
        ``mention`` (no sub type, mission, actors or numbers), or is left out when another feature keeps
        its place.
    """
    model = load_model() if model is None else model
    scored: list[tuple[EventFeature, float | None]] = []
    for feature in features:
        props = feature.properties
        if props.event_type == "mention":
            scored.append((feature, None))
        else:
            scored.append((feature, round(model.probability(feature_vector(props)), 3)))
    threshold = model.threshold
    kept = {f.properties.gazetteer_id for f, p in scored if p is None or threshold is None or p >= threshold}
    out: list[EventFeature] = []
    for feature, probability in scored:
        props = feature.properties
        if probability is None:
            out.append(feature)
        elif threshold is None or probability >= threshold:
            new = props.model_copy(update={"confidence": probability})
            out.append(feature.model_copy(update={"properties": new}))
        elif props.gazetteer_id not in kept:
            kept.add(props.gazetteer_id)
            out.append(_mention(article_id, feature, probability, threshold))
    return out


def _mention(article_id: str, feature: EventFeature, probability: float, threshold: float) -> EventFeature:
    """``feature`` told as a mention of its place (an event of too low a confidence)."""
    props = feature.properties
    fid = event_id(article_id=article_id, place_id=props.gazetteer_id, event_type="mention", date=props.date)
    values = props.model_dump()
    values.update(
        id=fid,
        event_type="mention",
        sub_event_type=None,
        mission=None,
        actors=[],
        troops=None,
        fatalities=None,
        confidence=probability,
        notes=f"Told as a {props.event_type} with a learned confidence of {probability} (under {threshold}):"
        " kept as a mention of the place.",
    )
    return EventFeature.model_validate(
        {"type": "Feature", "id": fid, "geometry": feature.geometry.model_dump(), "properties": values}
    )
