"""The geoparser object: one configuration and everything the stages remember, owned in one place.

>>> from geo.extract.parser import Geoparser                  # doctest: +SKIP
>>> parser = Geoparser(catalogues=["missions.yaml"])           # doctest: +SKIP
>>> parser.extract(article).features                          # doctest: +SKIP

A :class:`Geoparser` holds its configuration (the gazetteer index, catalogue files) and, built on first
use, the heavy state of the stages: the open gazetteer, the recogniser's lexicon, the resolver's caches,
the catalogues' name table and the country entries of demonyms. No stage opens the default gazetteer or
keeps a module-level cache keyed by gazetteer or configuration; the free functions of
:mod:`geo.extract` use the one default parser of :func:`default_parser`. A parser pickles to its
configuration only (a few hundred bytes) and rebuilds its state lazily where it is unpickled, so a worker
process receives one cheaply. See ``docs/extract.md`` (The Geoparser).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geo import settings
from geo.errors import InputError
from geo.events import EventTag, tag_events
from geo.events.actors import CatalogueNames
from geo.events.confidence import calibrate
from geo.extract.build import EventDraft, build_features
from geo.extract.chunks import shift_drafts, windows
from geo.extract.drafts import demonym_mentions, tag_draft
from geo.gazetteer import Candidate, Gazetteer, default_gazetteer
from geo.lexicon.weights import Weights, default_weights
from geo.model.article import Article
from geo.model.catalog import ACTORS, MISSIONS, Catalogue, load_catalogues
from geo.model.feature import EventFeature, EventFeatureCollection
from geo.model.spans import Resolved, Toponym
from geo.readers.source import as_article
from geo.recognize import recognize
from geo.recognize.lexicon import Lexicon, load_lexicon
from geo.resolve import ResolverCaches, resolve
from geo.resolve.candidates import CandidateCache

__all__ = ["Geoparser", "default_parser"]


@dataclass(slots=True)
class _State:
    """What a parser builds on first use and drops when pickled, cleared or closed."""

    gazetteer: Gazetteer
    owned: bool  # opened by the parser (closed by :meth:`Geoparser.close`)
    lexicon: Lexicon
    resolver: ResolverCaches
    names: CatalogueNames
    countries: dict[str, Candidate | None] = field(default_factory=dict)


class Geoparser:
    """Geoparse articles with one gazetteer and one pair of catalogues, owning every cache.

    Parameters
    ----------
    gazetteer
        The gazetteer: an open :class:`~geo.gazetteer.Gazetteer` (shared with the caller, who closes
        it), the path of a compiled index (opened on first use, built when missing), or None for the
        index of the current ``settings.cache_dir`` (opened on first use).
    catalogues
        YAML files extending the built-in mission and actor catalogues, in order
        (:func:`geo.model.catalog.load_catalogues`); read now, so an error shows at once.
    weights
        The recogniser's and resolver's weights and thresholds; by default the packaged ones
        (:func:`geo.lexicon.weights.default_weights`, fitted by ``benchmarks/fit_weights.py``).
    demonym_countries
        Also give a ``mention`` feature to a country the article names only through demonyms ("Syrian
        officials", :func:`geo.extract.drafts.demonym_mentions`). Off by default: a demonym says who,
        not where (the news gold convention, docs/extract.md), and such countries are still actors and
        resolution context.

    Notes
    -----
    The state built on first use (see :attr:`loaded`): the open gazetteer (SQLite; its fuzzy-match keys
    load on the first fuzzy lookup, about 20 MB), the recogniser's lexicon (memory-mapped files, with
    bounded lookup caches), the resolver's caches (:class:`geo.resolve.ResolverCaches`: candidate
    lookups, container names, pruned scores), the catalogues' name table and the demonyms' country
    entries. :meth:`clear` drops it; pickling leaves it out.

    A parser may be used from several threads (the caches take locks; the gazetteer serialises its
    queries). Methods give the same results as the free functions of :mod:`geo.recognize`,
    :mod:`geo.resolve`, :mod:`geo.events` and :mod:`geo.extract` with the same gazetteer and catalogues.
    """

    def __init__(
        self,
        *,
        gazetteer: Gazetteer | str | os.PathLike[str] | None = None,
        catalogues: Sequence[str | os.PathLike[str]] = (),
        weights: Weights | None = None,
        demonym_countries: bool = False,
    ) -> None:
        self._demonym_countries = bool(demonym_countries)
        self._weights = weights if weights is not None else default_weights()
        self._given: Gazetteer | None = None
        self._path: Path | None = None
        if isinstance(gazetteer, Gazetteer):
            self._given = gazetteer
        elif gazetteer is not None:
            self._path = Path(gazetteer)
        self._default = False  # True only for the parser of :func:`default_parser`
        self._files = tuple(Path(path) for path in catalogues)
        missions, actors = MISSIONS, ACTORS
        for path in self._files:
            missions, actors = load_catalogues(path, missions=missions, actors=actors)
        self._missions = missions
        self._actors = actors
        self._state: _State | None = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------------------------ configuration
    @property
    def catalogue_files(self) -> tuple[Path, ...]:
        """The catalogue files, in the order they extend the built-in catalogues."""
        return self._files

    @property
    def demonym_countries(self) -> bool:
        """Whether countries named only through demonyms get a ``mention`` feature."""
        return self._demonym_countries

    @property
    def weights(self) -> Weights:
        """The recogniser's and resolver's weights (frozen)."""
        return self._weights

    @property
    def missions(self) -> Catalogue:
        """The mission catalogue (built-in entries and those of :attr:`catalogue_files`)."""
        return self._missions

    @property
    def actors(self) -> Catalogue:
        """The actor catalogue (built-in entries and those of :attr:`catalogue_files`)."""
        return self._actors

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer, opened on first use."""
        return self._loaded_state().gazetteer

    @property
    def candidate_cache(self) -> CandidateCache:
        """The resolver's cache of gazetteer lookups (workers of one run share what they learn)."""
        return self._loaded_state().resolver.candidates

    @property
    def loaded(self) -> bool:
        """Whether the heavy state is built (it is on first use, and dropped by :meth:`clear`)."""
        return self._state is not None

    def __repr__(self) -> str:
        where = self._given.path if self._given is not None else self._path
        files = ", ".join(str(path) for path in self._files)
        return f"Geoparser(gazetteer={str(where) if where else 'default'!r}, catalogues=[{files}])"

    # ------------------------------------------------------------------------------------- stages
    def recognize(self, text: str) -> list[Toponym]:
        """Return the place names and demonyms of ``text`` (:func:`geo.recognize.recognize`).

        Parameters
        ----------
        text
            The article text; offsets of the result index into it.

        Returns
        -------
        list[Toponym]
            Spans sorted by start, without overlaps.
        """
        state = self._loaded_state()
        return recognize(text, gazetteer=state.gazetteer, lexicon=state.lexicon, weights=self._weights)

    def resolve(self, text: str, toponyms: Sequence[Toponym], *, demonyms: bool = False) -> list[Resolved]:
        """Return the gazetteer entry of each place toponym of ``text`` (:func:`geo.resolve.resolve`).

        Parameters
        ----------
        text
            The document text the toponym offsets refer to.
        toponyms
            Recognised toponyms; ``kind="demonym"`` ones count as context.
        demonyms
            Also return each demonym's country entry.

        Returns
        -------
        list[Resolved]
            One entry per place toponym (and demonym, see ``demonyms``), in the order given.
        """
        state = self._loaded_state()
        return resolve(
            text,
            toponyms,
            gazetteer=state.gazetteer,
            caches=state.resolver,
            demonyms=demonyms,
            weights=self._weights,
        )

    def tag_events(
        self, text: str, places: Sequence[Resolved], *, published: str | None, include_mentions: bool = True
    ) -> list[EventTag]:
        """Return the event tags of the resolved places of ``text`` (:func:`geo.events.tag_events`), with
        this parser's catalogues.

        Parameters
        ----------
        text
            The article text the offsets refer to.
        places
            Resolved mentions.
        published
            Publication date, the anchor of relative dates and the fallback date.
        include_mentions
            Also return a ``mention`` tag for each place that takes part in no event.

        Returns
        -------
        list[EventTag]
            Event tags in text order, then mention tags.
        """
        names = self._loaded_state().names
        return tag_events(
            text,
            places,
            published=published,
            missions=self._missions,
            actors=self._actors,
            include_mentions=include_mentions,
            names=names,
        )

    def extract_features(self, article: Article, *, min_confidence: float = 0.0) -> list[EventFeature]:
        """Return the event features of one article (see :meth:`extract`): recognise, resolve, tag events,
        add the countries named only by demonyms, build the features, give the events their learned
        confidence (:func:`geo.events.confidence.calibrate`) and filter the features."""
        text = article.text
        if len(text) > settings.max_article_chars:
            limit = settings.max_article_chars
            raise InputError(
                f"article {article.id!r} has {len(text):,} characters, more than the {limit:,} geo extracts"
                " (geo.settings.max_article_chars); split it into smaller articles"
            )
        drafts: list[EventDraft] = []
        for start, end in windows(text, settings.chunk_chars):  # one window unless the text is very long
            window = text if (start, end) == (0, len(text)) else text[start:end]
            drafts += shift_drafts(self._drafts(window, published=article.published), start)
        features = calibrate(article.id, build_features(article, drafts))  # the learned event confidence
        return [f for f in features if f.properties.confidence >= min_confidence]

    def _drafts(self, text: str, *, published: str | None) -> list[EventDraft]:
        """The event drafts of one text (an article, or a window of a very long one), offsets into it."""
        state = self._loaded_state()
        toponyms = recognize(text, gazetteer=state.gazetteer, lexicon=state.lexicon, weights=self._weights)
        places = resolve(
            text, toponyms, gazetteer=state.gazetteer, caches=state.resolver, weights=self._weights
        )
        tags = self.tag_events(text, places, published=published, include_mentions=True)
        drafts = [tag_draft(tag) for tag in tags]
        if self._demonym_countries:
            covered = {d.place.candidate.id for d in drafts}
            drafts += demonym_mentions(
                toponyms, state.gazetteer, covered=covered, published=published, countries=state.countries
            )
        return drafts

    def extract(
        self,
        article: Article | str | os.PathLike[str],
        *,
        published: str | None = None,
        min_confidence: float = 0.0,
    ) -> EventFeatureCollection:
        """Geoparse one article into a FeatureCollection of event features.

        Parameters
        ----------
        article
            The article, an article file (.txt, .md, .html) or a text (:func:`geo.readers.source.as_article`,
            as ``geo.extract`` takes them); mention offsets in the output index into the article's text.
        published
            Publication date (EDTF) when the article's metadata gives none.
        min_confidence
            Drop features whose confidence is lower.

        Returns
        -------
        EventFeatureCollection
            One feature per place, event type and date, each with ``confidence``, ``source`` (its
            ``article_id`` is the article id) and ``mentions``; sorted by first mention, deterministic.
        """
        if not isinstance(article, Article) or published is not None:
            article = as_article(article, published=published)
        features = self.extract_features(article, min_confidence=min_confidence)
        return EventFeatureCollection(type="FeatureCollection", features=features)

    def iter_extract(
        self, articles: Iterable[Article], *, min_confidence: float = 0.0
    ) -> Iterator[tuple[Article, list[EventFeature]]]:
        """Yield each article with its features."""
        for article in articles:
            yield article, self.extract_features(article, min_confidence=min_confidence)

    def extract_many(
        self, articles: Iterable[Article], *, min_confidence: float = 0.0
    ) -> EventFeatureCollection:
        """Geoparse several articles into one FeatureCollection (features in article order)."""
        features = [
            f for _, found in self.iter_extract(articles, min_confidence=min_confidence) for f in found
        ]
        return EventFeatureCollection(type="FeatureCollection", features=features)

    # ---------------------------------------------------------------------------------- lifecycle
    def clear(self) -> None:
        """Drop the heavy state (caches, lexicon, and the gazetteer if the parser opened it).

        The next call rebuilds it; results do not change.
        """
        with self._lock:
            state, self._state = self._state, None
        if state is not None and state.owned:
            state.gazetteer.close()

    #: The same as :meth:`clear`: the parser stays usable and reopens what it needs.
    close = clear

    def __enter__(self) -> Geoparser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.clear()

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle the configuration only: the gazetteer's path (None: the default index of the receiving
        process), the catalogue files and the weights (None for the packaged ones). Caches, the lexicon
        and the SQLite connection stay behind; the unpickled parser reads the catalogue files again and
        builds its state on first use."""
        if self._given is not None:
            path: Path | None = self._given.path
        elif self._state is not None:
            path = self._state.gazetteer.path
        else:
            path = self._path
        files = tuple(str(p) for p in self._files)
        weights = None if self._weights == default_weights() else self._weights  # the packaged ones: by name
        return (_restore, (None if path is None else str(path), files, weights, self._demonym_countries))

    # ----------------------------------------------------------------------------------- internal
    def _loaded_state(self) -> _State:
        state = self._state
        if state is None:
            with self._lock:
                state = self._state
                if state is None:
                    state = self._state = self._build_state()
        return state

    def _build_state(self) -> _State:
        owned = False
        if self._given is not None:
            gazetteer = self._given
        elif self._default:
            gazetteer = default_gazetteer()
        else:
            gazetteer, owned = Gazetteer.open(self._path), True
        return _State(
            gazetteer=gazetteer,
            owned=owned,
            lexicon=load_lexicon(gazetteer.path),
            resolver=ResolverCaches(gazetteer),
            names=CatalogueNames(self._missions, self._actors),
        )


def _restore(
    gazetteer: str | None,
    catalogues: tuple[str, ...],
    weights: Weights | None = None,
    demonym_countries: bool = False,
) -> Geoparser:
    """A parser from the configuration :meth:`Geoparser.__reduce__` pickles."""
    return Geoparser(
        gazetteer=gazetteer, catalogues=catalogues, weights=weights, demonym_countries=demonym_countries
    )


_DEFAULT: dict[Path, Geoparser] = {}
_DEFAULT_LOCK = threading.Lock()


def default_parser() -> Geoparser:
    """Return the process's default parser: the default gazetteer of ``settings.cache_dir`` and the
    built-in catalogues, created on first use (one per cache folder, like
    :func:`geo.gazetteer.default_gazetteer`, which it is the only caller of in the pipeline)."""
    folder = Path(settings.cache_dir)
    found = _DEFAULT.get(folder)
    if found is None:
        with _DEFAULT_LOCK:
            found = _DEFAULT.get(folder)
            if found is None:
                found = Geoparser()
                found._default = True
                _DEFAULT[folder] = found
    return found
