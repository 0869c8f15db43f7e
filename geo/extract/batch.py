"""Whole archives: geoparse a stream of articles in this process, in worker processes or on Dask.

:func:`run` takes the items of :func:`geo.extract.sources.iter_items` and yields one :class:`Outcome`
per item **in input order**, whatever the number of workers: the features of an article as GeoJSON
lines (the same bytes in every process: each line depends only on the article and the parser's
configuration), or the reason it was skipped. At most a few chunks of articles are in flight at once,
so memory does not grow with the archive.

Workers: ``jobs > 1`` starts that many processes (``spawn``); :mod:`geo.extract.distributed` sends the
same chunks to a ``dask.distributed`` cluster. Each
worker process builds one :class:`~geo.extract.parser.Geoparser` from the pickled configuration on
its first chunk and keeps it (:func:`_worker_parser`); its gazetteer is the compiled index on disk,
opened read-only, and the recogniser's lexicon files are memory-mapped, so workers share their pages
through the operating system's page cache instead of holding copies.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import json
import os
import pickle
import re
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Final, Protocol

from geo import interrupts, settings
from geo.extract.parser import Geoparser
from geo.extract.sources import Unread
from geo.model.article import Article
from geo.model.feature import EventFeature
from geo.resolve.candidates import Learned

__all__ = [
    "Lesson",
    "Outcome",
    "Sharing",
    "chunks_of",
    "content_key",
    "feature_line",
    "in_order",
    "merge",
    "process_chunk",
    "remote_chunk",
    "run",
    "shared_chunk",
]

#: Articles per task sent to a worker (fewer round trips; small enough to keep workers balanced).
CHUNK = 16


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input item.

    Attributes
    ----------
    id
        The article id (or what names an unreadable input).
    key
        SHA-256 of the article's content (id, text, metadata): the resume key; None if unreadable.
    lines
        Its features as GeoJSON lines, one compact feature per line, each ending in a newline.
    events
        Number of features.
    places
        Gazetteer ids of the places of its features.
    error
        ``Type: reason`` when the article was skipped, else None.
    """

    id: str
    key: str | None
    lines: str = ""
    events: int = 0
    places: tuple[str, ...] = ()
    error: str | None = None


def content_key(article: Article) -> str:
    """The SHA-256 (hex) of an article's id, text and metadata: equal keys give equal features."""
    data = json.dumps(dataclasses.asdict(article), ensure_ascii=False, sort_keys=True)
    # "surrogatepass": an article built in Python may hold lone surrogates; its key must not raise
    # outside the per-article error handling (:func:`_one` names and skips it).
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()


#: What pydantic writes otherwise than :func:`json.dumps`: a float below 1e-4 ("0.00001", "2.5e-7" for
#: "1e-05", "2.5e-07"); the strings and the other numbers come out the same.
_OTHER_FLOAT: Final = re.compile(r"0\.0000|e-\d(?!\d)")


def feature_line(feature: EventFeature) -> str:
    """The GeoJSON line of one feature: ``json.dumps`` of its JSON-mode dump (compact, UTF-8 kept).

    Written by pydantic's own serialiser (a third of the time), unless the text holds a number it writes
    otherwise (:data:`_OTHER_FLOAT`, or anything it refuses): then by ``json.dumps``, so the line is the
    same either way.
    """
    try:
        text = feature.model_dump_json()
    except ValueError:  # pydantic's serialisation error (a lone surrogate ...): json.dumps decides
        text = None
    if text is None or _OTHER_FLOAT.search(text):
        text = json.dumps(feature.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))
    return text + "\n"


def _one(parser: Geoparser, article: Article, key: str, min_confidence: float) -> Outcome:
    interrupts.check()  # a safe point: Ctrl-C that something swallowed stops the run before the article
    try:
        features = parser.extract_features(article, min_confidence=min_confidence)
        lines = "".join(feature_line(f) for f in features)
    except Exception as exc:  # one bad article never sinks the run: it is named and skipped
        if interrupts.stops(exc):  # ... unless the error is what Ctrl-C left behind: stop, skip nothing
            raise KeyboardInterrupt from exc
        text = str(exc).strip()
        reason = text.splitlines()[0] if text else type(exc).__name__
        return Outcome(article.id, key, error=f"{type(exc).__name__}: {reason}")
    places = tuple(sorted({f.properties.gazetteer_id for f in features}))
    return Outcome(article.id, key, lines=lines, events=len(features), places=places)


def process_chunk(
    parser: Geoparser, articles: list[tuple[Article, str]], min_confidence: float
) -> list[Outcome]:
    """Geoparse ``(article, key)`` pairs with ``parser``, in order (the task every worker runs)."""
    return [_one(parser, article, key, min_confidence) for article, key in articles]


_WORKER_PARSERS: dict[bytes, Geoparser] = {}
#: Collector thresholds in a worker process of :func:`run`'s pool (as ``geo.cli._exit.THRESHOLDS``):
#: the young generation collected every 10,000 allocations, what the parser loaded frozen.
_WORKER_GC: Final = (10_000, 20, 10)
#: Whether this process is a worker of :func:`run`'s pool (its collector is ours to tune; a Dask
#: worker's is not).
_POOL_WORKER: list[bool] = [False]


def _worker_parser(config: bytes, cache_dir: str | None) -> Geoparser:
    """The parser of a worker process for a pickled configuration, built once and kept; ``cache_dir``
    (the parent's, on the same machine) points the worker at the parent's index and lexicon files."""
    parser = _WORKER_PARSERS.get(config)
    if parser is None:
        if cache_dir is not None:
            settings.cache_dir = Path(cache_dir)
        parser = _WORKER_PARSERS[config] = pickle.loads(config)  # our own configuration, from the parent
        if _POOL_WORKER[0]:
            _ = parser.gazetteer  # load the lexicon and tables, then keep the collector off them
            gc.freeze()
    return parser


def remote_chunk(
    config: bytes, cache_dir: str | None, articles: list[tuple[Article, str]], min_confidence: float
) -> list[Outcome]:
    """:func:`process_chunk` in a worker process, with the worker's kept parser."""
    return process_chunk(_worker_parser(config, cache_dir), articles, min_confidence)


#: What one worker learned, as it travels: the worker's process id and its pickled lookups
#: (:class:`~geo.resolve.candidates.Learned`); the parent passes it on without unpickling it.
Lesson = tuple[int, bytes]


def shared_chunk(
    config: bytes,
    cache_dir: str | None,
    articles: list[tuple[Article, str]],
    min_confidence: float,
    lessons: list[Lesson],
) -> tuple[list[Outcome], Lesson | None]:
    """:func:`remote_chunk` that shares gazetteer lookups between workers: the worker's candidate cache
    first learns the ``lessons`` of the other workers (its own, which come back to it too, are not
    unpickled), and the lookups it made itself are returned with the outcomes, for the parent to pass
    on. A lookup's answer depends only on the name and the gazetteer, so this changes no output; it
    saves each worker repeating the others' lookups (SQLite and fuzzy matching are most of a cold
    worker's time)."""
    parser = _worker_parser(config, cache_dir)
    cache = parser.candidate_cache
    me = os.getpid()
    for sender, blob in lessons:
        if sender != me:
            learned: Learned = pickle.loads(blob)  # from a worker of this run, through our parent
            cache.teach(learned)
    outcomes = process_chunk(parser, articles, min_confidence)
    new = cache.learned()
    return outcomes, ((me, pickle.dumps(new, pickle.HIGHEST_PROTOCOL)) if new else None)


class Sharing:
    """The parent's side of :func:`shared_chunk`: what the workers learned, passed on with the next
    ``copies`` tasks (a task goes to whichever worker is free, so each lesson rides on as many tasks as
    there are workers, to reach them all), then forgotten: the parent's memory stays bounded.

    Parameters
    ----------
    copies
        Tasks that carry each lesson (the number of workers).
    """

    def __init__(self, copies: int) -> None:
        self._copies = max(1, copies)
        self._lessons: deque[tuple[int, Lesson]] = deque()

    def heard(self, lesson: Lesson | None) -> None:
        """Keep what a finished task learned, to pass it on."""
        if lesson is not None:
            self._lessons.append((self._copies, lesson))

    def lessons(self) -> list[Lesson]:
        """What the next task carries."""
        out: list[Lesson] = []
        for _ in range(len(self._lessons)):
            left, lesson = self._lessons.popleft()
            out.append(lesson)
            if left > 1:
                self._lessons.append((left - 1, lesson))
        return out


class _Task(Protocol):
    """A submitted task: a ``concurrent.futures`` or ``dask.distributed`` future."""

    def result(self) -> tuple[list[Outcome], Lesson | None]: ...

    def cancel(self) -> Any: ...


Chunks = Iterator[tuple[list[Outcome | None], list[tuple[Article, str]]]]


def in_order(
    chunks: Chunks,
    submit: Callable[[list[tuple[Article, str]], list[Lesson]], _Task],
    *,
    window: int,
    sharing: Sharing,
) -> Iterator[Outcome]:
    """Submit each chunk (``submit(work, lessons)``) with at most ``window`` tasks in flight and yield the
    outcomes in input order, passing on what each finished task learned; on exit (done, error or the
    consumer stopping) the tasks still pending are cancelled."""
    pending: deque[tuple[list[Outcome | None], _Task]] = deque()

    def take() -> Iterator[Outcome]:
        done_slots, task = pending.popleft()
        outcomes, learned = task.result()
        sharing.heard(learned)
        yield from merge(done_slots, outcomes)

    try:
        for slots, work in chunks:
            pending.append((slots, submit(work, sharing.lessons())))
            while len(pending) > window:
                yield from take()
        while pending:
            yield from take()
    finally:
        for _, task in pending:
            task.cancel()


def _chunks(
    items: Iterable[Article | Unread], size: int
) -> Iterator[tuple[list[Outcome | None], list[tuple[Article, str]]]]:
    """Cut items into chunks: a slot per item (the Outcome of an unreadable one, None for an article to
    geoparse) and the ``(article, key)`` pairs to send."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        slots: list[Outcome | None] = []
        work: list[tuple[Article, str]] = []
        for item in batch:
            if isinstance(item, Unread):
                slots.append(Outcome(item.id, None, error=item.reason))
            else:
                slots.append(None)
                work.append((item, content_key(item)))
        yield slots, work


def merge(slots: list[Outcome | None], done: list[Outcome]) -> Iterator[Outcome]:
    results = iter(done)
    for slot in slots:
        yield slot if slot is not None else next(results)


def chunks_of(
    items: Iterable[Article | Unread], *, skip: Callable[[str], bool] | None = None, chunk: int = CHUNK
) -> Iterator[tuple[list[Outcome | None], list[tuple[Article, str]]]]:
    """Cut items into chunks of ``chunk`` articles for workers (see :func:`run`; ``skip`` is called with
    each article's content key, True leaves the article out)."""
    if skip is not None:
        items = (i for i in items if isinstance(i, Unread) or not skip(content_key(i)))
    return _chunks(items, chunk)


def run(
    items: Iterable[Article | Unread],
    *,
    parser: Geoparser,
    min_confidence: float = 0.0,
    jobs: int = 1,
    skip: Callable[[str], bool] | None = None,
    chunk: int = CHUNK,
) -> Iterator[Outcome]:
    """Yield the outcome of each item, in input order, geoparsing in this process or in ``jobs`` worker
    processes (:func:`geo.extract.distributed.run_dask` does the same on a Dask cluster).

    Parameters
    ----------
    items
        Articles and unreadable inputs (:func:`geo.extract.sources.iter_items`).
    parser
        The parser (worker processes receive its configuration, a few hundred bytes, and build their
        own once).
    min_confidence
        Drop features whose confidence is lower.
    jobs
        Worker processes (1: this process).
    skip
        Called with each article's content key; True leaves the article out (``--resume``).
    chunk
        Articles per task.
    """
    chunks = chunks_of(items, skip=skip, chunk=chunk)
    if jobs <= 1:
        for slots, work in chunks:
            yield from merge(slots, process_chunk(parser, work, min_confidence))
    else:
        yield from _run_processes(chunks, parser=parser, min_confidence=min_confidence, jobs=jobs)


def _run_processes(
    chunks: Iterator[tuple[list[Outcome | None], list[tuple[Article, str]]]],
    *,
    parser: Geoparser,
    min_confidence: float,
    jobs: int,
) -> Iterator[Outcome]:
    """Chunks on a pool of ``jobs`` processes, a bounded number in flight, results in order."""
    import multiprocessing  # deferred: only -j N starts processes
    from concurrent.futures import ProcessPoolExecutor

    config = pickle.dumps(parser)
    cache_dir = str(settings.cache_dir)
    context = multiprocessing.get_context("spawn")  # no fork of a process holding SQLite and threads
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_init) as pool:

        def submit(work: list[tuple[Article, str]], lessons: list[Lesson]) -> _Task:
            return pool.submit(shared_chunk, config, cache_dir, work, min_confidence, lessons)

        yield from in_order(chunks, submit, window=4 * jobs, sharing=Sharing(jobs))


def _worker_init() -> None:
    """In a worker: leave Ctrl-C to the parent (which stops the run and closes its output), and end
    when the parent is gone (killed with SIGKILL, it cannot stop its workers); collect less often."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _POOL_WORKER[0] = True
    gc.set_threshold(*_WORKER_GC)
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="geo-parent-watch", daemon=True).start()


def worker_count(jobs: int) -> int:
    """``jobs`` itself when positive, else the number of usable CPU cores (``-j 0``)."""
    if jobs > 0:
        return jobs
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
