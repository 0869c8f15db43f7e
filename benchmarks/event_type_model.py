"""A learned second opinion on the event type of each event feature (an experiment; not in the product).

The cue rules of :mod:`geo.events.tagger` type each event. :func:`retype` reads, for each event feature
(not ``mention``), a bag of words (:func:`feature_words`):

- ``rule=<type>``: the rules' type;
- ``s:<word>``: the lowercased words of the sentences that hold the feature's mentions (its evidence);
- ``w:<word>``: the words within :data:`WINDOW` words of a mention, inside its sentence;

and a multinomial logistic regression over those words (only words seen in at least two sets of
articles are kept when fitting) gives a probability per type. The feature takes the model's top type
only when its probability exceeds the probability of the rules' type by more than the model's
``margin``; then its sub type is dropped (it belonged to the old type) and its id is made anew; a
retyped feature whose new id another feature of the article already has is left out (that one holds the
place). Plain Python over a JSON file: deterministic, offline.

Measured by ``benchmarks/fit_event_types.py`` (leave one set out over our ten annotated sets), this
component did not beat the rules on held-out sets, so it is not part of the product: it lives here, with
its fitting script, and ``geo/events`` keeps the rules' types (``docs/events.md``, "Sixteenth pass,
learn35"). :func:`load_type_model` reads a weights file that ``fit_event_types.py --write --force``
writes, for a later try.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from geo.model.feature import EventFeature, event_id

__all__ = ["WEIGHTS_FILE", "WINDOW", "TypeModel", "feature_words", "load_type_model", "retype"]

#: Where ``fit_event_types.py --write`` puts the weights (the package's events folder).
WEIGHTS_FILE: Final = Path(__file__).resolve().parent.parent / "geo" / "events" / "type_weights.json"
#: Words either side of a mention that also count as its window.
WINDOW: Final = 4

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_END = re.compile(r"[.!?](?=\s)|\n")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max((m.end() for m in _END.finditer(text, 0, start)), default=0)
    stop = _END.search(text, end)
    return lo, len(text) if stop is None else stop.end()


def feature_words(text: str, feature: EventFeature) -> list[str]:
    """The sorted distinct words of one event feature (see the module docstring)."""
    props = feature.properties
    words = {f"rule={props.event_type}"}
    for mention in props.mentions:
        if not 0 <= mention.start < mention.end <= len(text):
            continue
        lo, hi = _sentence(text, mention.start, mention.end)
        tokens = list(_WORD.finditer(text, lo, hi))
        words.update(f"s:{t.group(0).casefold()}" for t in tokens)
        before = [t for t in tokens if t.end() <= mention.start][-WINDOW:]
        after = [t for t in tokens if t.start() >= mention.end][:WINDOW]
        words.update(f"w:{t.group(0).casefold()}" for t in (*before, *after))
    return sorted(words)


@dataclass(frozen=True, slots=True)
class TypeModel:
    """Classes, per-class intercepts and word weights, and the margin of the decision rule."""

    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    weights: Mapping[str, Sequence[float]]
    margin: float | None

    def probabilities(self, words: Iterable[str]) -> dict[str, float]:
        """Softmax of the linear scores of ``words`` (words the model lacks weigh nothing)."""
        scores = list(self.intercepts)
        for word in words:
            row = self.weights.get(word)
            if row is not None:
                scores = [s + w for s, w in zip(scores, row, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = math.fsum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def decide(self, rule: str, probabilities: Mapping[str, float]) -> str:
        """The model's top type when it beats the rules' type by more than the margin, else ``rule``."""
        if self.margin is None:
            return rule
        best = max(self.classes, key=lambda c: (probabilities[c], c == rule))
        if best != rule and probabilities[best] - probabilities.get(rule, 0.0) > self.margin:
            return best
        return rule


def model_from_dict(data: Mapping[str, Any]) -> TypeModel:
    """A :class:`TypeModel` from the content of a weights file."""
    margin = data.get("margin")
    return TypeModel(
        classes=tuple(data["classes"]),
        intercepts=tuple(float(b) for b in data["intercepts"]),
        weights={w: tuple(float(x) for x in row) for w, row in data["weights"].items()},
        margin=None if margin is None else float(margin),
    )


@functools.cache
def load_type_model() -> TypeModel:
    """The model of :data:`WEIGHTS_FILE`."""
    return model_from_dict(json.loads(WEIGHTS_FILE.read_text("utf-8")))


def retype(
    article_id: str, text: str, features: Sequence[EventFeature], *, model: TypeModel | None = None
) -> list[EventFeature]:
    """Return ``features`` with the learned type decision applied (see the module docstring).

    Parameters
    ----------
    article_id
        The article's id (a retyped feature's new id is made from it).
    text
        The article's text (the mentions' offsets point into it).
    features
        The features of the article.
    model
        The weights; those of :func:`load_type_model` by default.
    """
    model = load_type_model() if model is None else model
    if model.margin is None:
        return list(features)
    ids = {f.id for f in features}
    out: list[EventFeature] = []
    for feature in features:
        props = feature.properties
        if props.event_type == "mention":
            out.append(feature)
            continue
        new = model.decide(props.event_type, model.probabilities(feature_words(text, feature)))
        if new == props.event_type:
            out.append(feature)
            continue
        fid = event_id(article_id=article_id, place_id=props.gazetteer_id, event_type=new, date=props.date)
        if fid in ids:
            continue
        ids.add(fid)
        values = props.model_dump()
        values.update(id=fid, event_type=new, sub_event_type=None)
        out.append(
            EventFeature.model_validate(
                {
                    "type": "Feature",
                    "id": fid,
                    "geometry": feature.geometry.model_dump(),
                    "properties": values,
                }
            )
        )
    return out
