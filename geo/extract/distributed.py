"""The archive runner on a ``dask.distributed`` cluster (``geo extract --dask ADDRESS|local``).

Chunks of articles go to the cluster as tasks of :func:`geo.extract.batch.shared_chunk` with the
parser's pickled configuration; each worker process builds its parser once and keeps it, and the
gazetteer lookups one worker made ride along to the others with the next tasks. A bounded
number of tasks is in flight and results are taken in submission order, so the output is the same
bytes as in one process. ``dask[distributed]`` is the optional extra ``geo-missions[dask]``.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from geo import settings
from geo.errors import InputError
from geo.extract.batch import Lesson, Outcome, Sharing, chunks_of, in_order, shared_chunk
from geo.extract.parser import Geoparser
from geo.extract.sources import Unread
from geo.model.article import Article

__all__ = ["DASK_CHUNK", "LOCAL", "LOCAL_CONFIG", "run_dask"]

#: The ``--dask`` value that starts a local cluster of worker processes.
LOCAL = "local"


#: Articles per task on Dask: a task costs the scheduler and the messages more than a ``-j`` task costs
#: the process pool, so tasks are larger (measured in docs/archives.md).
DASK_CHUNK = 64

#: Settings of a local cluster (``--dask local``): the background work a long-lived shared cluster needs
#: and a run of one client does not, each measured as CPU time of the run (docs/archives.md).
LOCAL_CONFIG: dict[str, object] = {
    # the statistical profiler samples every thread each 10 ms
    "distributed.worker.profile.enabled": False,
    # event-loop health checks of every server (scheduler, nannies, workers), 20 ms by default
    "distributed.admin.tick.interval": "1s",
    # CPU/memory/network samples for the dashboard (none here), 500 ms by default; GIL contention polls
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.gil.enabled": False,
    # spilling, pausing and restarting workers by memory: a worker holds one parser and a few results
    "distributed.worker.memory.monitor-interval": "5s",
    "distributed.worker.memory.target": False,
    "distributed.worker.memory.spill": False,
    "distributed.worker.memory.pause": False,
    "distributed.worker.memory.terminate": False,
    # tasks of equal size in a bounded window: nothing to rebalance
    "distributed.scheduler.work-stealing": False,
    # Dask sets MALLOC_TRIM_THRESHOLD_=65536 in its workers, so glibc hands freed memory back to the
    # system at once and takes it again for the next article: system time and page faults
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
}


def _client(address: str, jobs: int) -> Any:
    try:
        # deferred: dask.distributed is an optional extra, loaded only for --dask
        import dask
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise InputError(
            "--dask needs dask.distributed; install it with pip install 'geo-missions[dask]'"
        ) from exc
    if address == LOCAL:
        logging.getLogger("distributed").setLevel(logging.ERROR)  # no cluster chatter on a geo run
        with dask.config.set(LOCAL_CONFIG):  # for this cluster only: its servers read them as they start
            cluster = LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=jobs,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            # results straight from the workers, not relayed through the scheduler
            client = Client(cluster, direct_to_workers=True)  # type: ignore[no-untyped-call]
        return client, cluster
    try:
        return Client(address, timeout="10s"), None  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError, ValueError) as exc:
        raise InputError(f"cannot reach the Dask scheduler {address!r}: {exc}") from exc


def run_dask(
    items: Iterable[Article | Unread],
    *,
    parser: Geoparser,
    min_confidence: float,
    address: str,
    jobs: int,
    skip: Callable[[str], bool] | None = None,
    chunk: int = DASK_CHUNK,
) -> Iterator[Outcome]:
    """Yield the outcomes of ``items`` (see :func:`geo.extract.batch.run`), in input order, computed on
    the Dask cluster at ``address`` (or ``"local"``: ``jobs`` local worker processes).

    Workers of a local cluster read the index and lexicon files of this process's cache folder;
    workers of a remote cluster use their own (``GEO_CACHE_DIR``, built by ``geo extract`` or the
    index build on each worker machine).

    Raises
    ------
    InputError
        If dask.distributed is missing or the scheduler cannot be reached.
    """
    client, cluster = _client(address, jobs)
    chunks = chunks_of(items, skip=skip, chunk=chunk)
    config = pickle.dumps(parser)
    cache_dir = str(settings.cache_dir) if address == LOCAL else None
    window = 4 * max(1, len(client.scheduler_info().get("workers", {})) or jobs)

    def submit(work: list[tuple[Article, str]], lessons: list[Lesson]) -> Any:
        return client.submit(shared_chunk, config, cache_dir, work, min_confidence, lessons, pure=False)

    try:
        yield from in_order(chunks, submit, window=window, sharing=Sharing(window // 4))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
