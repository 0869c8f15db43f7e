"""One review session: the events under review, their articles, and what the page is shown and sends back.

:class:`ReviewSession` pairs each event with the article whose text it cites (by the text's SHA-256),
turns them into the page's state (:meth:`ReviewSession.state`) and turns what the page saves into a
decisions file and the reviewed collection (:meth:`ReviewSession.save`), through the same
:func:`geo.review.apply.apply_decisions` that ``geo review apply`` uses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geo.errors import InputError
from geo.io import atomic_write_text
from geo.model.article import Article
from geo.model.catalog import ACTORS, MISSIONS
from geo.model.feature import EventFeatureCollection
from geo.model.geojson import dumps
from geo.model.vocab import EVENT_STYLES, EVENT_TYPES, FEATURE_CLASSES, GEO_PRECISION_BY_CLASS
from geo.review.apply import Applied, apply_decisions, event_key
from geo.review.curation import write_curation
from geo.review.decisions import ArticleDecisions, DecisionsFile, dumps_decisions, parse_decisions
from geo.review.places import remember_points

__all__ = ["ReviewSession", "Saved"]


@dataclass
class Saved:
    """What a save wrote."""

    events_path: Path
    decisions_path: Path
    applied: Applied


@dataclass
class ReviewSession:
    """Events, the articles they cite and the decisions loaded at start.

    Parameters
    ----------
    collection
        The events to review (as extracted).
    articles
        The articles' texts; events of other articles pass through unreviewed.
    output, decisions_path
        Where a save writes the reviewed GeoJSON and the decisions file.
    previous
        Decisions of an earlier review, shown as already made.
    curation
        Folder where a save also writes the reviewed events as curation files (``geo curate``).
    places_layer
        User gazetteer layer where a save adds the named points dropped on the map
        (:func:`geo.review.places.remember_points`); None adds nothing.
    """

    collection: EventFeatureCollection
    articles: Sequence[Article]
    output: Path
    decisions_path: Path
    previous: DecisionsFile | None = None
    curation: Path | None = None
    places_layer: str | None = None
    by_sha: dict[str, Article] = field(init=False)

    def __post_init__(self) -> None:
        self.by_sha = {}
        for article in self.articles:
            self.by_sha.setdefault(article.sha256, article)

    def reviewable(self) -> list[Article]:
        """Articles in review order: first cited first, then the others in the order given."""
        order: dict[str, Article] = {}
        for feature in self.collection.features:
            sha = feature.properties.source.sha256 or ""
            if sha in self.by_sha:
                order.setdefault(sha, self.by_sha[sha])
        for article in self.articles:
            order.setdefault(article.sha256, article)
        return list(order.values())

    def state(self) -> dict[str, Any]:
        """The page's data: articles with their events and earlier decisions, and the vocabularies."""
        known: dict[tuple[str, tuple[tuple[int, int], ...], str], dict[str, Any]] = {}
        added: dict[str, list[dict[str, Any]]] = {}
        for art in self.previous.articles if self.previous else []:
            for decision in art.decisions:
                plain = decision.model_dump(mode="json", exclude_unset=True)
                if decision.action == "add":
                    added.setdefault(art.sha256, []).append(plain)
                else:
                    spans = tuple((s, e) for s, e in decision.mentions)
                    fp = decision.was.fingerprint if decision.was else ""
                    known[(art.sha256, spans, fp)] = plain
        events: dict[str, list[dict[str, Any]]] = {}
        skipped = 0
        for index, feature in enumerate(self.collection.features):
            key = event_key(feature)
            if key[0] not in self.by_sha:
                skipped += 1
                continue
            lon, lat = feature.geometry.coordinates
            events.setdefault(key[0], []).append(
                {
                    "key": f"e{index}",
                    "id": feature.id,
                    "fingerprint": key[2],
                    "mentions": [list(span) for span in key[1]],
                    "properties": feature.properties.model_dump(mode="json"),
                    "lon": lon,
                    "lat": lat,
                    "decision": known.get(key),
                }
            )
        articles = [
            {
                "sha256": art.sha256,
                "id": art.id,
                "title": art.title,
                "publisher": art.publisher,
                "url": art.url,
                "published": art.published,
                "text": art.text,
                "events": events.get(art.sha256, []),
                "added": added.get(art.sha256, []),
            }
            for art in self.reviewable()
        ]
        return {
            "articles": articles,
            "unreviewable": skipped,
            "output": str(self.output),
            "decisions": str(self.decisions_path),
            "vocab": {
                "event_types": list(EVENT_TYPES),
                "colors": {name: style.color for name, style in EVENT_STYLES.items()},
                "labels": {name: style.label for name, style in EVENT_STYLES.items()},
                "feature_classes": list(FEATURE_CLASSES),
                "precision_by_class": dict(GEO_PRECISION_BY_CLASS),
                "missions": MISSIONS.names(),
                "actors": ACTORS.names(),
            },
        }

    def decisions_from_page(self, payload: object) -> DecisionsFile:
        """The decisions file for what the page sent: ``{"articles": [{"sha256", "decisions"}]}``.

        Article ids, lengths and sources come from the texts here, not from the page. Decisions of
        articles not in this session, loaded at start, are kept.

        Raises
        ------
        InputError
            If the payload is not of that shape or names an article not under review.
        """
        if not isinstance(payload, dict) or not isinstance(payload.get("articles"), list):
            raise InputError("the page sent no list of articles")
        articles: list[dict[str, Any]] = []
        for item in payload["articles"]:
            sha = item.get("sha256") if isinstance(item, dict) else None
            article = self.by_sha.get(sha) if isinstance(sha, str) else None
            if article is None:
                raise InputError(f"the page sent decisions for an article not under review: {sha!r:.80}")
            if not item.get("decisions"):
                continue
            source = article.source()
            articles.append(
                {
                    "sha256": article.sha256,
                    "id": article.id,
                    "length": len(article.text),
                    "source": {k: source[k] for k in ("title", "publisher", "url", "published")},
                    "decisions": item["decisions"],
                }
            )
        carried: list[ArticleDecisions] = [
            art for art in (self.previous.articles if self.previous else []) if art.sha256 not in self.by_sha
        ]
        checked = parse_decisions({"geo_review": 1, "articles": articles}, name="the page's decisions")
        return DecisionsFile(geo_review=1, articles=[*checked.articles, *carried])

    def save(self, payload: object) -> Saved:
        """Check and apply what the page sent, then write the reviewed events and the decisions.

        Raises
        ------
        InputError
            If a decision is malformed or makes an event that breaks the contract; nothing is written.
        GeoIOError
            If a file cannot be written.
        """
        decisions = self.decisions_from_page(payload)
        applied = apply_decisions(self.collection, decisions)
        atomic_write_text(self.output, dumps(applied.collection))
        atomic_write_text(self.decisions_path, dumps_decisions(decisions))
        if self.curation is not None:
            write_curation(self.curation, applied, self.by_sha)
        if self.places_layer is not None:
            remember_points(applied.collection, layer=self.places_layer)
        self.previous = decisions
        return Saved(self.output, self.decisions_path, applied)
