"""Where the per-article work runs: in this process, in N local processes, or on a Dask cluster.

The unit of work is a chunk of articles. For the NLP, a worker loads the pipeline once and
turns each chunk into annotations plus the articles it had to skip; one article that breaks
the NLP, or kills the worker process running it, is skipped alone, never its whole chunk.
Where workers fork (Linux), this process loads and warms up the pipeline once before starting
them, so they inherit it instead of each loading its own. After resolution, ``run_tasks`` sends
chunks of resolved articles out the same ways to be mapped, checked and flattened
(``kg.article_graphs``), a few at a time so memory stays bounded.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager

from kg.errors import KgError
from kg.processes import worker_pool
from kg.records import AnnotatedArticle, Article, Skipped

ChunkResult = tuple[list[AnnotatedArticle], list[Skipped]]

_worker_nlp = None  # the pipeline of this worker process, loaded once (or inherited, see run_processes)

# A short text that goes through every rule, so what the rules load on first use (word lists, the
# region and city indexes, the known-bodies matcher) is in memory before the workers fork.
WARM_UP_TEXT = (
    "Presiden Joko Widodo bertemu Menteri Luar Negeri Retno Marsudi di Jakarta, Senin (13/9/2023).\n"
    "JAKARTA, Kompas.com - \"Kami siap,\" kata Kepala Desa Sukamaju, Kabupaten Bandung, Jawa Barat, "
    "seperti dikutip Antara. Kapolda Metro Jaya Irjen Pol Karyoto hadir bersama Dinas Perhubungan (Dishub).\n"
)


def annotate_chunk(articles: Sequence[Article], nlp=None) -> ChunkResult:
    """Annotate a chunk; if the batch fails, retry one article at a time and skip the bad one."""
    from kg.nlp import annotate

    nlp = nlp or _pipeline()
    try:
        return list(annotate(articles, nlp)), []
    except (KeyboardInterrupt, MemoryError):
        raise
    except Exception:  # noqa: BLE001 - narrowed down below, article by article
        pass
    annotated, skipped = [], []
    for article in articles:
        try:
            annotated.extend(annotate([article], nlp))
        except (KeyboardInterrupt, MemoryError):
            raise
        except Exception as error:  # noqa: BLE001 - reported per article, never silently
            message = f"{article.source}: the NLP failed on this article ({type(error).__name__}: {error})"
            skipped.append(Skipped(article.source, "nlp error", message))
    return annotated, skipped


def _pipeline():
    global _worker_nlp
    if _worker_nlp is None:
        from kg.nlp import load_pipeline
        from kg.resources import model_dir

        _worker_nlp = load_pipeline(model_dir())
    return _worker_nlp


def chunked(items: Sequence[Article], size: int) -> list[list[Article]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def run_serial(chunks: list[list[Article]], nlp=None) -> Iterator[ChunkResult]:
    for chunk in chunks:
        yield annotate_chunk(chunk, nlp)


def run_processes(chunks: list[list[Article]], jobs: int) -> Iterator[ChunkResult]:
    """Chunks over ``jobs`` worker processes, results as chunks finish.

    A worker that dies (killed by the system, out of memory, a crash in native code) takes the
    chunks it was running down with it, so those chunks are retried one article at a time in a
    fresh worker; an article that kills that worker too is skipped as ``nlp crash``. The other
    chunks go on in a new pool. Workers exit by themselves if this process is killed.
    """
    if not chunks:
        return  # nothing to run: no pipeline to load
    with _loaded_for_workers():
        todo = deque(chunks)
        crashes: list[str] = []  # articles that killed a fresh worker since the last that did not
        while todo:
            lost = yield from _run_until_a_worker_dies(todo, jobs)
            for chunk in lost:
                yield _retry_article_by_article(chunk, crashes)


@contextmanager
def _loaded_for_workers() -> Iterator[None]:
    """The pipeline loaded and warmed up in this process while its forked workers run, then dropped.

    Workers forked from here inherit it, warm, instead of each importing spaCy, loading the model
    and building the rules' resources on its own (~5 s each, half the CPU of two loads in
    parallel); elsewhere (spawned workers, Dask) each worker still loads its own. A pipeline that
    is already here (``_worker_nlp`` set) is used as it is and kept.
    """
    global _worker_nlp
    if _worker_nlp is not None or multiprocessing.get_context().get_start_method() != "fork":
        yield
        return
    try:
        nlp = _pipeline()  # a model that cannot load stops the build here, as it would in a worker
        try:
            nlp(WARM_UP_TEXT)
        except Exception:  # noqa: BLE001 - only a warm-up: the articles' own runs report their errors
            pass
        yield
    finally:
        _worker_nlp = None
        gc.collect()  # the model's arrays go back before the mapping workers fork from this process


def _run_until_a_worker_dies(todo: deque[list[Article]], jobs: int) -> Generator[ChunkResult, None, list]:
    """Run the chunks of ``todo``, at most ``jobs`` at a time so a dead worker can only have
    been running one of those few.

    RETURNS (list[list[Article]]): the chunks lost with a dead worker; empty when none died.
    """
    pool = worker_pool(jobs, _limit_threads)
    running: dict[Future, list[Article]] = {}

    def fill() -> None:
        while todo and len(running) < jobs:
            chunk = todo.popleft()
            running[pool.submit(annotate_chunk, chunk)] = chunk

    try:
        while todo or running:
            fill()
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            if any(isinstance(future.exception(), BrokenProcessPool) for future in finished):
                break
            for future in finished:
                del running[future]
            fill()  # the free workers start their next chunk before the caller takes these results
            for future in finished:
                yield future.result()
        lost = []
        for future, chunk in running.items():  # each is finished now, one way or another
            if isinstance(future.exception(), BrokenProcessPool):
                lost.append(chunk)
            else:
                yield future.result()
        return lost
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# A fresh worker dying on this many articles in a row is not one bad article: it is the machine.
MAX_CRASHES_IN_A_ROW = 3


def _retry_article_by_article(chunk: list[Article], crashes: list[str]) -> ChunkResult:
    """Each article of a chunk whose worker died, alone, in a fresh worker of its own.

    ``crashes`` names the articles that killed their fresh worker in a row, across chunks; too
    many in a row and the build stops.
    """
    annotated: list[AnnotatedArticle] = []
    skipped: list[Skipped] = []
    pool = None
    try:
        for article in chunk:
            pool = pool or worker_pool(1, _limit_threads)
            try:
                done, failed = pool.submit(annotate_chunk, [article]).result()
            except BrokenProcessPool:
                pool.shutdown(wait=True)
                pool = None
                crashes.append(article.source)
                if len(crashes) >= MAX_CRASHES_IN_A_ROW:
                    raise KgError(
                        f"NLP worker processes keep dying ({', '.join(crashes)}): out of memory? "
                        "try fewer --jobs or free some memory"
                    ) from None
                message = (f"{article.source}: the NLP worker process died on this article twice "
                           "(killed by the system, out of memory, or a crash in native code)")
                skipped.append(Skipped(article.source, "nlp crash", message))
                continue
            crashes.clear()
            annotated.extend(done)
            skipped.extend(failed)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    return annotated, skipped


def run_dask(chunks: list[list[Article]], scheduler: str) -> Iterator[ChunkResult]:
    """Chunks on an existing Dask cluster (``scheduler`` is its address), results in input order.

    A build that stops early (an error, ``--strict``, Ctrl-C) cancels the chunks still queued on
    the cluster; one that is killed loses its connection, and the scheduler then releases every
    chunk this client asked for, so a cluster never works for a build that is gone.
    """
    client = _dask_client(scheduler)
    futures = []
    try:
        futures = client.map(annotate_chunk, chunks, pure=False)
        for future in futures:
            yield future.result()
    finally:
        unfinished = [future for future in futures if not future.done()]
        if unfinished:
            client.cancel(unfinished)
        client.close()


def _dask_client(scheduler: str):
    """A client of the Dask cluster at ``scheduler``; one-line errors when Dask or the cluster is missing."""
    try:
        from distributed import Client
    except ImportError:
        raise KgError("--dask-scheduler needs Dask: pip install 'kg[dask]'") from None
    from kg.errors import StoreError

    try:
        return Client(scheduler, timeout="10s")
    except OSError as error:
        raise StoreError(f"could not reach the Dask scheduler at {scheduler}: {error}") from None


def _limit_threads() -> None:
    """One BLAS thread per worker: the workers are the parallelism."""
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ImportError:
        pass


def run_tasks(tasks: Iterator[tuple], jobs: int = 1, scheduler: str | None = None) -> Iterator:
    """``function(*args)`` for each task ``(function, *args)``, results as they finish (in any order).

    In this process (``jobs`` 1), in ``jobs`` worker processes with at most two tasks each in
    flight, or on a Dask cluster with as many in flight as it has worker threads, twice over:
    tasks are made only as they are sent, so neither side ever holds them all.
    """
    if scheduler:
        yield from _dask_tasks(tasks, scheduler)
        return
    if jobs == 1:
        for function, *args in tasks:
            yield function(*args)
        return
    pool = worker_pool(jobs, _limit_threads)
    running: set[Future] = set()
    try:
        for function, *args in tasks:
            running.add(pool.submit(function, *args))
            if len(running) >= 2 * jobs:
                finished, running = wait(running, return_when=FIRST_COMPLETED)
                yield from (_result(future) for future in finished)
        while running:
            finished, running = wait(running, return_when=FIRST_COMPLETED)
            yield from (_result(future) for future in finished)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _result(future: Future):
    try:
        return future.result()
    except BrokenProcessPool:
        raise KgError("a worker process died while mapping the articles (out of memory? "
                      "try fewer --jobs or free some memory)") from None


def _dask_tasks(tasks: Iterator[tuple], scheduler: str) -> Iterator:
    from distributed import as_completed

    client = _dask_client(scheduler)
    limit = 2 * max(1, sum(client.nthreads().values()))
    running = as_completed()
    try:
        for function, *args in tasks:
            running.add(client.submit(function, *args, pure=False))
            if running.count() >= limit:
                future = next(running)
                yield future.result()
                future.release()
        for future in running:
            yield future.result()
            future.release()
    finally:
        client.close()


def runner(jobs: int = 1, scheduler: str | None = None, nlp=None) -> Callable[[list[list[Article]]], Iterator[ChunkResult]]:
    """The way to run chunks that the options ask for."""
    if scheduler:
        return lambda chunks: run_dask(chunks, scheduler)
    if jobs > 1:
        return lambda chunks: run_processes(chunks, jobs)
    return lambda chunks: run_serial(chunks, nlp)
