"""Where the per-article NLP runs: in this process, in N local processes, or on a Dask cluster.

The unit of work is a chunk of articles; a worker loads the pipeline once and turns
each chunk into annotations plus the articles it had to skip. One article that
breaks the NLP is skipped alone, never its whole chunk.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from kg.records import AnnotatedArticle, Article, Skipped

ChunkResult = tuple[list[AnnotatedArticle], list[Skipped]]

_worker_nlp = None  # the pipeline of this worker process, loaded once


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
    """Chunks over ``jobs`` worker processes, results in input order."""
    from concurrent.futures.process import BrokenProcessPool

    from kg.errors import KgError

    try:
        with ProcessPoolExecutor(max_workers=jobs, initializer=_limit_threads) as pool:
            yield from pool.map(annotate_chunk, chunks)
    except BrokenProcessPool:
        raise KgError(
            "an NLP worker process died (out of memory?); try fewer --jobs or smaller batches of articles"
        ) from None


def run_dask(chunks: list[list[Article]], scheduler: str) -> Iterator[ChunkResult]:
    """Chunks on an existing Dask cluster (``scheduler`` is its address), results in input order."""
    try:
        from distributed import Client
    except ImportError:
        from kg.errors import KgError

        raise KgError("--dask-scheduler needs Dask: pip install 'kg[dask]'") from None
    from kg.errors import StoreError

    try:
        client = Client(scheduler, timeout="10s")
    except OSError as error:
        raise StoreError(f"could not reach the Dask scheduler at {scheduler}: {error}") from None
    try:
        futures = client.map(annotate_chunk, chunks, pure=False)
        for future in futures:
            yield future.result()
    finally:
        client.close()


def _limit_threads() -> None:
    """One BLAS thread per worker: the workers are the parallelism."""
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ImportError:
        pass


def runner(jobs: int = 1, scheduler: str | None = None, nlp=None) -> Callable[[list[list[Article]]], Iterator[ChunkResult]]:
    """The way to run chunks that the options ask for."""
    if scheduler:
        return lambda chunks: run_dask(chunks, scheduler)
    if jobs > 1:
        return lambda chunks: run_processes(chunks, jobs)
    return lambda chunks: run_serial(chunks, nlp)
