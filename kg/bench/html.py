"""kg's HTML reducer against trafilatura on saved real pages with a reference article text.

Each page of ``tests/fixtures/html_pages`` (``pages.json``: where each page comes from, and
its reference title, author, date and URL) is read by every extractor from its raw bytes:

- ``kg``: the route ``kg build`` takes for an ``.html`` file, ``source_from_bytes(html=True)``
  and then ``parse_article``; the body is the article text without its headline line.
- ``kg own reducer``: the same with ``html_reducer="kg"``, kg's hand-written reducer alone.
- ``trafilatura``: ``trafilatura.extract`` with its defaults (JSON output, for the metadata),
  and with ``favor_precision`` / ``favor_recall``.

Body text is scored against the reference text on words (``\\w+``, lower-cased), as a bag
with counts: precision = shared words / extracted words, recall = shared words / reference
words. ``f1_4`` is the F1 of word 4-grams the same way (the shingle measure of Scrapinghub's
article-extraction-benchmark). Metadata is right, wrong or missing per page where the
reference has a value.

    python -m kg.bench.html              # the table
    python -m kg.bench.html --json       # every figure, per page
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import Callable

from kg.article import parse_article
from kg.errors import InputError
from kg.records import Source
from kg.sources import source_from_bytes

PAGES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "html_pages"
FIELDS = ("title", "author", "date", "url")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Page:
    """One saved page and its reference: ``body`` is the article text; the rest None when unknown."""

    name: str
    site: str
    language: str
    kind: str  # news, magazine, blog, how-to or other
    markup: bytes
    body: str
    title: str | None
    author: str | None
    date: str | None  # "YYYY-MM-DD" (or "YYYY-MM")
    url: str | None


@dataclass(frozen=True)
class Extraction:
    """What one extractor got from one page; empty strings and None where it found nothing."""

    body: str
    title: str | None
    authors: tuple[str, ...]
    date: str | None
    url: str | None
    seconds: float


@dataclass(frozen=True)
class Score:
    """One page, one extractor: body word precision/recall/F1, 4-gram F1, and each field's verdict."""

    page: str
    extractor: str
    precision: float
    recall: float
    f1: float
    f1_4: float
    fields: dict  # field -> "right" | "wrong" | "missing" (only fields the reference has)
    seconds: float


def load_pages(folder: Path = PAGES) -> list[Page]:
    """The pages listed in ``folder/pages.json``, with their markup and reference text."""
    listing = json.loads((folder / "pages.json").read_text(encoding="utf-8"))
    return [
        Page(name=item["name"], site=item["site"], language=item["language"], kind=item["kind"],
             markup=gzip.decompress((folder / f"{item['name']}.html.gz").read_bytes()),
             body=(folder / f"{item['name']}.txt").read_text(encoding="utf-8"),
             title=item["title"], author=item["author"], date=item["date"], url=item["url"])
        for item in listing
    ]


def kg_extract(markup: bytes, name: str = "page.html", reducer: str = "trafilatura") -> Extraction:
    """kg's reading of a page, as ``kg build`` reads an ``.html`` file (``reducer`` as in ``read_html``)."""
    started = time.perf_counter()
    source = source_from_bytes(markup, name=name, path=name, html=True, html_reducer=reducer)
    if not isinstance(source, Source):
        return Extraction("", None, (), None, None, time.perf_counter() - started)
    try:
        article = parse_article(source)
    except InputError:
        return Extraction("", None, (), None, source.url, time.perf_counter() - started)
    lines = article.text.split("\n")
    if article.title and lines and lines[0] == article.title:
        lines = lines[1:]
    return Extraction("\n".join(lines), article.title, article.authors, article.published, article.url,
                      time.perf_counter() - started)


def trafilatura_extractor(**options: bool) -> Callable[[bytes, str], Extraction]:
    """``trafilatura.extract`` with its defaults plus ``options`` (JSON output, metadata on)."""
    import trafilatura

    def extract(markup: bytes, name: str = "page.html") -> Extraction:
        started = time.perf_counter()
        found = trafilatura.extract(markup, output_format="json", with_metadata=True, **options)
        seconds = time.perf_counter() - started
        if not found:
            return Extraction("", None, (), None, None, seconds)
        data = json.loads(found)
        authors = tuple(part.strip() for part in (data.get("author") or "").split(";") if part.strip())
        return Extraction(data.get("text") or "", data.get("title"), authors, data.get("date"), data.get("url") or data.get("source"), seconds)

    return extract


def extractors(variants: bool = True) -> dict[str, Callable[[bytes, str], Extraction]]:
    """The extractors compared, by name: kg, trafilatura (and its precision/recall settings)."""
    found = {"kg": kg_extract, "kg own reducer": partial(kg_extract, reducer="kg"), "trafilatura": trafilatura_extractor()}
    if variants:
        found["trafilatura precision"] = trafilatura_extractor(favor_precision=True)
        found["trafilatura recall"] = trafilatura_extractor(favor_recall=True)
    return found


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def overlap_scores(reference: list, extracted: list) -> tuple[float, float, float]:
    """Precision, recall and F1 of two bags (items counted with their multiplicity)."""
    shared = sum((Counter(reference) & Counter(extracted)).values())
    precision = shared / len(extracted) if extracted else 0.0
    recall = shared / len(reference) if reference else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _shingles(tokens: list[str], n: int = 4) -> list[tuple[str, ...]]:
    return [tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))] if tokens else []


def _field_verdicts(page: Page, got: Extraction) -> dict:
    verdicts = {}
    for field in FIELDS:
        expected = getattr(page, field)
        if not expected:
            continue
        found = {"title": [got.title], "author": list(got.authors), "date": [got.date], "url": [got.url]}[field]
        found = [value for value in found if value]
        verdicts[field] = "missing" if not found else "right" if any(_same(field, expected, v) for v in found) else "wrong"
    return verdicts


def _same(field: str, expected: str, found: str) -> bool:
    if field == "date":
        return found[:len(expected)] == expected
    if field == "url":
        bare = lambda url: re.sub(r"^https?://(www\.)?", "", url).rstrip("/")  # noqa: E731
        return bare(expected) == bare(found)
    want, have = set(words(expected)), set(words(found))
    if field == "author":
        return bool(want) and (want <= have or have <= want) and bool(have)
    return overlap_scores(sorted(want), sorted(have))[2] >= 0.75  # a title with or without the site's name


def score(page: Page, name: str, got: Extraction) -> Score:
    """How ``got`` compares with the page's reference."""
    reference, extracted = words(page.body), words(got.body)
    precision, recall, f1 = overlap_scores(reference, extracted)
    f1_4 = overlap_scores(_shingles(reference), _shingles(extracted))[2]
    return Score(page.name, name, precision, recall, f1, f1_4, _field_verdicts(page, got), got.seconds)


def run(pages: list[Page], chosen: dict[str, Callable[[bytes, str], Extraction]]) -> list[Score]:
    """Every extractor on every page (each warmed up once on the first page, untimed)."""
    scores = []
    for name, extract in chosen.items():
        if pages:
            extract(pages[0].markup, pages[0].name)
        scores += [score(page, name, extract(page.markup, f"{page.name}.html")) for page in pages]
    return scores


def summary(scores: list[Score], extractor: str, pages: set[str] | None = None) -> dict:
    """Median and mean P/R/F1, field counts and ms/page of one extractor (on ``pages`` if given)."""
    mine = [s for s in scores if s.extractor == extractor and (pages is None or s.page in pages)]
    result = {"pages": len(mine)}
    for key in ("precision", "recall", "f1", "f1_4"):
        values = [getattr(s, key) for s in mine]
        result[f"median_{key}"] = statistics.median(values) if values else 0.0
        result[f"mean_{key}"] = statistics.fmean(values) if values else 0.0
    for field in FIELDS:
        verdicts = Counter(s.fields[field] for s in mine if field in s.fields)
        result[field] = {k: verdicts.get(k, 0) for k in ("right", "wrong", "missing")}
    result["ms_per_page"] = 1000 * statistics.fmean([s.seconds for s in mine]) if mine else 0.0
    return result


def _table(pages: list[Page], scores: list[Score], names: list[str]) -> str:
    out = ["page                site                        lang kind      " + "  ".join(f"{n[:22]:>22}" for n in names)]
    out.append(" " * 62 + "  ".join(f"{'P    R    F1':>22}" for _ in names))
    by_key = {(s.page, s.extractor): s for s in scores}
    for page in pages:
        cells = [by_key[(page.name, n)] for n in names]
        out.append(f"{page.name:<19} {page.site[:27]:<27} {page.language:<4} {page.kind:<9} "
                   + "  ".join(f"{c.precision:>10.2f} {c.recall:.2f} {c.f1:.2f}" for c in cells))
    news = {p.name for p in pages if p.kind in ("news", "magazine")}
    for label, subset in (("all pages", None), ("news and magazine pages", news)):
        out.append(f"\n{label}: median (mean) precision / recall / F1; 4-gram F1; title, author, date, url right/wrong/missing; ms/page")
        for name in names:
            s = summary(scores, name, subset)
            fields = "  ".join(f"{f} {s[f]['right']}/{s[f]['wrong']}/{s[f]['missing']}" for f in FIELDS)
            out.append(f"  {name:<22} {s['median_precision']:.3f} ({s['mean_precision']:.3f}) / {s['median_recall']:.3f} "
                       f"({s['mean_recall']:.3f}) / {s['median_f1']:.3f} ({s['mean_f1']:.3f});  {s['median_f1_4']:.3f};  "
                       f"{fields};  {s['ms_per_page']:.1f} ms  [{s['pages']} pages]")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.bench.html", description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=PAGES, help="folder with pages.json (default: the test fixtures)")
    parser.add_argument("--json", action="store_true", help="print every score as JSON")
    parser.add_argument("--no-variants", action="store_true", help="trafilatura with its defaults only")
    args = parser.parse_args(argv)
    pages = load_pages(args.pages)
    chosen = extractors(variants=not args.no_variants)
    scores = run(pages, chosen)
    if args.json:
        json.dump({"scores": [asdict(s) for s in scores],
                   "summary": {name: summary(scores, name) for name in chosen}}, sys.stdout, indent=1)
        print()
    else:
        languages = Counter(p.language for p in pages)
        print(f"{len(pages)} pages from {len({p.site for p in pages})} sites; languages "
              + ", ".join(f"{k} {v}" for k, v in languages.most_common()))
        print(_table(pages, scores, list(chosen)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
