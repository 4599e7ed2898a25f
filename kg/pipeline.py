"""The build: files -> articles -> annotations -> resolved facts -> RDF -> validation.

Each stage is a function in its own module; this one only wires them together, keeps
what was skipped (and why), and times every stage so a build can say where it spent
its time.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from kg import __version__
from kg.errors import KgError
from kg.resources import model_version
from kg.records import CO_MENTION_THRESHOLD, AnnotatedArticle, Article, Facts, Skipped

if TYPE_CHECKING:
    from kg.record_files import FieldNames

# spaCy's own limit on one text; no news article comes near it, a whole feed dumped in one file does.
MAX_ARTICLE_CHARS = 1_000_000

# Articles per NLP chunk at most: one batch of ``kg.nlp.annotate`` (16), so a chunk holds the very
# batches bigger chunks held, and the workers finish within one small chunk of each other.
MAX_NLP_CHUNK = 16

# Called once per finished article (for a progress bar) with (articles done, articles in all).
Progress = Callable[[int, int], None]


@dataclass
class StageTimes:
    """Seconds spent per stage, in the order the stages ran."""

    seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started

    @property
    def total(self) -> float:
        return sum(self.seconds.values())


@dataclass
class CacheUse:
    """What a build with a ``cache`` folder took from it instead of redoing.

    annotations: articles whose NLP result was there. graphs: articles whose mapped and checked
    graph was there (streamed builds only, ``kg.graph_cache``).
    """

    annotations: int = 0
    graphs: int = 0


@dataclass
class BuildResult:
    """What a build produced and what it had to leave out.

    facts: the resolved records the graph was made from.
    dataset: the graph, an rdflib ``Dataset`` with one named graph per article plus the entities
        graph; None when the build streamed its graph into ``output`` instead.
    skipped: every input left out, each with its one-line message.
    report: the SHACL validation report, or None when the build did not validate.
    written: the format the graph was streamed into ``output`` in; None when it was not
        (not asked for, or the graph does not conform).
    statements: the triples (quads, for TriG, N-Quads and JSON-LD) written when streamed.
    cached: what came from the ``cache`` folder instead of being redone.
    """

    facts: Facts
    dataset: object | None  # rdflib.Dataset; typed loosely so this module needs no rdflib import
    skipped: list[Skipped]
    report: object | None  # kg.validate.ValidationReport, or None when not validated
    times: StageTimes
    written: str | None = None
    statements: int = 0
    cached: CacheUse = field(default_factory=CacheUse)

    @property
    def conforms(self) -> bool:
        return self.report is None or bool(getattr(self.report, "conforms"))

    @property
    def triples(self) -> int:
        return self.statements if self.dataset is None else len(self.dataset)

    def write(self, destination: str | Path, format: str | None = None) -> str:
        """Write the graph atomically (``-`` is stdout); returns the format, told from the name if not given.

        A graph that does not conform to the shapes is not written (as ``kg build``):
        look at ``report``, or build with ``validate=False`` to write it anyway.
        """
        from kg.errors import OutputError
        from kg.output import check_writable, write_graph

        if not self.conforms:
            raise OutputError(f"the graph does not conform to the shapes; {destination} was not written "
                              "(see result.report, or build with validate=False)")
        if self.dataset is None:
            raise OutputError("this build streamed its graph into its output as it ran; build without "
                              "output= to get a graph to write")
        check_writable(str(destination))
        return write_graph(self.dataset, str(destination), format)

    def skipped_by_reason(self) -> Counter[str]:
        """Inputs left out, by reason (a line that stands for several counts them all)."""
        counts: Counter[str] = Counter()
        for item in self.skipped:
            counts[item.reason] += item.count
        return counts


def build_metadata(*, timestamp: bool) -> dict[str, str]:
    """Provenance of this build: kg version, model, and (unless turned off) when."""
    metadata = {"kg_version": __version__, "model": model_version()}
    if timestamp:
        metadata["generated_at"] = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    return metadata


def read_articles(
    paths: Iterable[str | Path], skipped: list[Skipped], *, strict: bool = False, fields: FieldNames | None = None
) -> list[Article]:
    """Sources become articles; what cannot be read is added to ``skipped``.

    ``fields`` names the fields of JSON/CSV records when their layout cannot be told.
    """
    from kg.article import parse_article
    from kg.sources import read_sources

    articles = []
    for item in read_sources(paths, fields=fields):
        if isinstance(item, Skipped):
            _skip(item, skipped, strict)
            continue
        try:
            article = parse_article(item)
        except KgError as error:
            _skip(Skipped(item.path, "unparsable", f"{item.path}: {error}"), skipped, strict)
            continue
        if len(article.text) > MAX_ARTICLE_CHARS:
            message = (
                f"{item.path}: {len(article.text):,} characters is too long for one article "
                f"(limit {MAX_ARTICLE_CHARS:,}); split it into one file per article"
            )
            _skip(Skipped(item.path, "too long", message), skipped, strict)
            continue
        articles.append(article)
    return articles


def annotate_articles(
    articles: list[Article],
    skipped: list[Skipped],
    *,
    nlp=None,
    jobs: int = 1,
    scheduler: str | None = None,
    cache: Path | None = None,
    progress: Progress | None = None,
    strict: bool = False,
    use: CacheUse | None = None,
    on_result: Callable[[AnnotatedArticle], None] | None = None,
) -> list[AnnotatedArticle]:
    """Run the NLP over every article: cached results first, the rest in chunks.

    Results come back in the order of ``articles`` whatever ran them, so a build is
    the same with one process, many, or a cluster. Each chunk's results go into the
    ``cache`` as the chunk finishes, so a build killed half way keeps them for the next.
    ``use`` counts the results taken from the cache. ``on_result`` hears about each new
    result as its chunk comes back (not those from the cache), while the workers run the next.
    """
    from kg.cache import AnnotationCache
    from kg.executor import chunked, runner

    store = AnnotationCache(cache) if cache else None
    found = {a.sha256: store.get(a) for a in articles} if store else {}
    todo = [a for a in articles if found.get(a.sha256) is None]
    done = len(articles) - len(todo)
    if use is not None:
        use.annotations += done
    chunk_size = max(1, min(MAX_NLP_CHUNK, len(todo) // (jobs * 4) or 1))
    for results, failures in runner(jobs, scheduler, nlp)(chunked(todo, chunk_size)):
        for item in failures:
            _skip(item, skipped, strict)
        for result in results:
            found[result.article.sha256] = result
            if store:
                store.put(result)
            if on_result:
                on_result(result)
        done += len(results) + len(failures)
        if progress:
            progress(done, len(articles))
    return [found[a.sha256] for a in articles if found.get(a.sha256) is not None]


def build(
    paths: Iterable[str | Path],
    *,
    validate: bool = True,
    shapes: Path | None = None,
    timestamp: bool = True,
    strict: bool = False,
    nlp=None,
    jobs: int = 1,
    scheduler: str | None = None,
    cache: Path | None = None,
    progress: Progress | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
    fields: FieldNames | None = None,
    output: str | None = None,
    fmt: str | None = None,
    co_mentions: int = CO_MENTION_THRESHOLD,
) -> BuildResult:
    """Build the graph of the articles under ``paths``.

    Unusable inputs are skipped and listed in the result (``strict`` raises on the
    first one instead); ``on_skip`` hears about each as it happens. ``jobs`` worker
    processes or a Dask ``scheduler`` run the NLP; ``cache`` is a folder that keeps
    per-article results between builds (NLP results; article graphs when streamed);
    ``fields`` names the fields of JSON/CSV records. ``co_mentions``: the co-mention table keeps
    pairs of entities named together in at least this many articles (``kg.rdf.co_mentions``).

    With ``output`` (a file, or ``-`` for stdout) and optionally ``fmt``, the graph is not
    held: each article is mapped and checked where its NLP ran and written as it comes
    (``stream_graph``); the file is replaced only when the graph is complete and conforms.
    """
    from kg.rdf.mapping import facts_to_dataset
    from kg.resolve import Prepared, resolve

    times = StageTimes()
    use = CacheUse()
    skipped: list[Skipped] = _Reporting(on_skip)
    with times.stage("read"):
        articles = read_articles(paths, skipped, strict=strict, fields=fields)
    prepared = Prepared()  # the per-article part of resolution, done as each article's NLP comes back
    with times.stage("nlp"):
        annotated = annotate_articles(
            articles, skipped, nlp=nlp, jobs=jobs, scheduler=scheduler, cache=cache,
            progress=progress, strict=strict, use=use, on_result=prepared.add,
        )
    with times.stage("resolve"):
        facts = resolve(annotated, prepared)
        facts = Facts(facts.articles, facts.entities, facts.events, build_metadata(timestamp=timestamp), co_mentions)
    if output is not None:
        from kg.rdf.lines import UnwritableTerm

        try:
            report, written, statements = stream_graph(
                facts, output, fmt, validate=validate, shapes=shapes, jobs=jobs, scheduler=scheduler, times=times,
                cache=cache, use=use)
            return BuildResult(facts, None, list(skipped), report, times, written, statements, use)
        except UnwritableTerm:  # a term Oxigraph refuses: the whole graph is made in memory and written by rdflib
            use.graphs = 0
    with times.stage("map"):
        dataset = facts_to_dataset(facts)
    report = None
    if validate:
        from kg.validate import validate_dataset

        with times.stage("validate"):
            report = validate_dataset(dataset, shapes, jobs=jobs)
    return BuildResult(facts, dataset, list(skipped), report, times, cached=use)


def stream_graph(
    facts: Facts, output: str, fmt: str | None, *, validate: bool, shapes: Path | None, jobs: int,
    scheduler: str | None, times: StageTimes, cache: Path | None = None, use: CacheUse | None = None,
) -> tuple[object | None, str | None, int]:
    """Map, check and write the graph of ``facts`` article by article, in ``jobs`` processes or on Dask.

    The entities graph is mapped, flattened and checked once, by the first free worker, its co-mention
    table (made here) in parts of 20,000 pairs, each spooled and checked as it is made; chunks of articles go to
    the workers with just the part of the context they need, and come back as sorted lines that a
    ``GraphSpool`` keeps in bounded runs on disk. The output is the same
    bytes whatever ran the chunks. With a ``cache`` folder, an article whose graph was made
    before from the same inputs (``kg.graph_cache``) is taken from it, and every graph made is
    kept there as its chunk comes back; ``use`` counts the graphs taken.
    RETURNS (tuple): the validation report (None without validation), the format written (None
        when the graph does not conform and nothing was written), the statements written.
    """
    from kg.article_graphs import check_lines, flatten_co_mentions, map_chunk, map_entities_graph
    from kg.executor import chunked, run_tasks
    from kg.graph_cache import GraphCache
    from kg.output import FORMATS, format_for
    from kg.rdf import iri
    from kg.rdf.co_mentions import co_mention_parts, co_mentions
    from kg.rdf.mapping import context
    from kg.rdf.nodes import context_for
    from kg.spool import GraphSpool
    from kg.validate import load_shapes, report_of

    fmt = format_for(output, fmt)
    quads = FORMATS[fmt][1]
    if validate:
        load_shapes(shapes)  # fail before any work if the shapes cannot load
    spool = GraphSpool(output, fmt)
    try:
        violations: list = []
        with times.stage("entities"):
            ctx = context(facts)
        pairs = co_mentions(facts.articles, ctx, facts.co_mentions)
        kept = GraphCache(cache, facts.build, validate=validate, shapes=shapes, quads=quads) if cache else None
        with times.stage("map+validate"):
            todo, pending = _reuse_graphs(kept, facts.articles, ctx, spool, violations, use)
            size = max(1, min(64, len(todo) // (jobs * 4) or 1))
            described = Facts((), facts.entities, facts.events, facts.build, facts.co_mentions)  # no articles to send
            entities = [(map_entities_graph, described, ctx, validate, shapes, quads)]  # mapped by the first free worker
            table = (flatten_co_mentions(part, iri.ENTITIES_GRAPH, quads) for part in co_mention_parts(pairs))
            checks = _spooled(table, spool)
            checks = ((check_lines, graph, shapes) for graph in checks) if validate else _drained(checks)
            chunks = ((map_chunk, chunk, context_for(chunk, ctx), validate, shapes, quads)
                      for chunk in chunked(todo, size))
            for result in run_tasks(chain(entities, _in_turn(chunks, checks)), jobs, scheduler):
                violations.extend(result.violations)
                for graph in result.graphs:
                    spool.add(graph.name, graph.lines, graph.prefixes)
                if kept is not None:
                    _keep_graphs(kept, result, pending)
        report = report_of(violations) if validate else None
        if report is not None and not report.conforms:
            spool.discard()
            return report, None, 0
        with times.stage("write"):
            statements = spool.commit()
        return report, fmt, statements
    except BaseException:
        spool.discard()
        raise


def _in_turn(*iterables):
    """The items of ``iterables`` taken in turn: the workers map articles while the coordinator makes the
    next part of the co-mention table, instead of waiting for it (results come back in any order). Chunks
    of articles go first: the table's first part waits for the whole count of pairs, the chunks do not."""
    iterators = [iter(items) for items in iterables]
    while iterators:
        for iterator in list(iterators):
            item = next(iterator, _DONE)
            if item is _DONE:
                iterators.remove(iterator)
            else:
                yield item


_DONE = object()


def _spooled(graphs, spool):
    """Each flattened graph, once the spool has taken it (the co-mention table's parts, made as asked for)."""
    for graph in graphs:
        spool.add(graph.name, graph.lines, graph.prefixes)
        yield graph


def _drained(graphs) -> Iterator:
    """No checks: run the parts through (into the spool) when first asked, and ask the workers for nothing."""
    for _ in graphs:
        pass
    yield from ()


def _reuse_graphs(kept, articles, ctx, spool, violations: list, use: CacheUse | None) -> tuple[list, dict]:
    """Spool the graphs (and add the check results) ``kept`` holds for ``articles``.

    RETURNS (tuple): the articles still to map, and the cache key of each by its graph's name
        (None for a name two articles share: neither is kept).
    """
    if kept is None:
        return list(articles), {}
    from kg.rdf import iri
    from kg.rdf.lines import term_text

    todo, pending = [], {}
    for resolved in articles:
        key = kept.key(resolved, ctx)
        found = kept.get(key)
        if found is None:
            name = term_text(iri.article_graph_iri(resolved.annotated.article.sha256))
            pending[name] = None if name in pending else key
            todo.append(resolved)
            continue
        spool.add(found.graph.name, found.graph.lines, found.graph.prefixes)
        violations.extend(found.violations)
        if use is not None:
            use.graphs += 1
    return todo, pending


def _keep_graphs(kept, result, pending: dict) -> None:
    """Keep each graph of a chunk's ``result`` with its own check results, as the chunk comes back
    (a build killed later keeps them); a chunk whose results cannot be told apart is not kept."""
    if result.own is None:
        return
    for graph, own in zip(result.graphs, result.own):
        if pending.get(graph.name):
            kept.put(pending[graph.name], graph, own)


class _Reporting(list):
    """A list of skipped inputs that tells a listener about each one as it is added."""

    def __init__(self, listener: Callable[[Skipped], None] | None) -> None:
        super().__init__()
        self._listener = listener

    def append(self, item: Skipped) -> None:
        super().append(item)
        if self._listener:
            self._listener(item)


def _skip(item: Skipped, skipped: list[Skipped], strict: bool) -> None:
    if strict:
        from kg.errors import InputError

        raise InputError(item.message)
    skipped.append(item)
