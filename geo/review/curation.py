"""Reviewed events as curation files: what geo review saves for ``geo curate`` (``--curation DIR``).

One YAML file per reviewed article, in the format of ``docs/curation.md``: the article's metadata with
its fingerprint and length, one place per gazetteer entry (pinned by ``gazetteer_id``; a point
dropped on the map keeps its ``coordinates`` and says where they come from), and the events a person
accepted, corrected or added, with their mentions; the written forms are read from the text at the
mentions, so ``geo curate`` checks them like any curation file. Rejected and unreviewed events are
left out. ``geo curate DIR`` then builds the same events (confidence 1; an accepted event with a
sub-type gets the curated id, which includes the sub-type).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from geo.io import atomic_write_text
from geo.model.article import Article
from geo.model.feature import EventFeature
from geo.model.vocab import GEO_PRECISION_BY_CLASS
from geo.review.apply import Applied, event_fields
from geo.review.decisions import dump_yaml

__all__ = ["curation_documents", "write_curation"]


def _slug(gazetteer_id: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", gazetteer_id.lower()).strip("-")[:60] or "place"
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    return slug


def _place(feature: EventFeature, text: str) -> dict[str, Any]:
    props = feature.properties
    spans = [[m.start, m.end] for m in props.mentions]
    place: dict[str, Any] = {
        "query": props.place,
        "country": props.country,
        "feature_class": props.feature_class,
        "gazetteer_id": props.gazetteer_id,
    }
    if props.gazetteer_id.startswith("point:"):
        place["coordinates"] = list(feature.geometry.coordinates)
        place["coordinates_origin"] = f"dropped on the geo review map (precision {props.geo_precision})"
    if props.geo_precision != GEO_PRECISION_BY_CLASS[props.feature_class]:
        place["geo_precision"] = props.geo_precision
    place["written"] = list(dict.fromkeys(text[s:e] for s, e in spans))
    place["mentions"] = spans
    return place


def curation_documents(applied: Applied, articles: Mapping[str, Article]) -> dict[str, str]:
    """One curation YAML text per reviewed article, by article id.

    Parameters
    ----------
    applied
        The reviewed collection (:func:`geo.review.apply.apply_decisions`).
    articles
        The articles by text SHA-256; events of other articles are left out.
    """
    reviewed = set(applied.reviewed)
    grouped: dict[str, list[EventFeature]] = {}
    for feature in applied.collection.features:
        sha = feature.properties.source.sha256 or ""
        if feature.id in reviewed and sha in articles:
            grouped.setdefault(sha, []).append(feature)
    documents: dict[str, str] = {}
    for sha, features in grouped.items():
        article = articles[sha]
        places: dict[str, dict[str, Any]] = {}
        keys: dict[tuple[Any, ...], str] = {}
        taken: set[str] = set()
        events = []
        for feature in features:
            props = feature.properties
            place = _place(feature, article.text)
            identity = (props.gazetteer_id, props.place, props.feature_class, props.geo_precision)
            key = keys.get(identity)
            if key is None:
                key = keys[identity] = _slug(props.gazetteer_id, taken)
                places[key] = place
            else:
                known = places[key]
                known["written"] = list(dict.fromkeys([*known["written"], *place["written"]]))
                known["mentions"] = sorted({tuple(s) for s in [*known["mentions"], *place["mentions"]]})
                known["mentions"] = [list(s) for s in known["mentions"]]
            events.append({"place": key, **event_fields(feature)})
        source = article.source()
        meta = {k: source[k] for k in ("title", "publisher", "url", "published")}
        head = {"id": article.id, **meta, "sha256": article.sha256, "length": len(article.text)}
        documents[article.id] = dump_yaml({"article": head, "places": places, "events": events})
    return documents


def write_curation(folder: Path, applied: Applied, articles: Mapping[str, Article]) -> list[Path]:
    """Write :func:`curation_documents` as ``folder/<article id>.yaml``; return the paths written."""
    written = []
    for article_id, text in curation_documents(applied, articles).items():
        name = re.sub(r"[^A-Za-z0-9._-]+", "-", article_id).lstrip(".") or "article"  # never a path
        written.append(atomic_write_text(folder / f"{name}.yaml", text))
    return written
