"""The NLP stage: trained NER plus rule components -> ``AnnotatedArticle`` records.

``load_pipeline`` loads the trained NER (``kg.nlp.ner``) once and appends the
``kg_*`` rule components (sentences, dates, quotes, roles, events); they are
added at load time, not saved with the model, so rule fixes need no retraining.
``annotate`` streams articles through it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language

from kg.errors import ModelError
from kg.records import AnnotatedArticle, Article

# Importing the modules registers the factories and the kg_ extensions.
from kg.nlp import dates as _dates  # noqa: F401
from kg.nlp import entities as _entities  # noqa: F401
from kg.nlp import events as _events  # noqa: F401
from kg.nlp import quotes as _quotes  # noqa: F401
from kg.nlp import roles as _roles  # noqa: F401
from kg.nlp import sentences as _sentences  # noqa: F401
from kg.nlp.extract import doc_to_annotated
from kg.nlp.sites import URL_KEY
from kg.nlp.tokenizers import share_tokenizer

# Rule components in pipeline order (each after the NER, reading doc.ents).
COMPONENTS = ("kg_entities", "kg_sentences", "kg_dates", "kg_quotes", "kg_roles", "kg_events")


def add_components(nlp: Language) -> Language:
    """Append the ``kg_*`` rule components missing from ``nlp``, in order.

    nlp (Language): a pipeline with (or without, in tests) an ``ner``.
    RETURNS (Language): the same pipeline.
    """
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    share_tokenizer(nlp)  # the rules' word lists are tokenised with it (kg.nlp.tokenizers)
    return nlp


def load_pipeline(model: Path | None = None) -> Language:
    """The trained NER (``kg.nlp.ner.load_ner(model)``) plus the ``kg_*`` rule components.

    model (Path | None): a pipeline directory; None for the one shipped in ``kg/nlp/model``.
    RETURNS (Language): the pipeline ``annotate`` runs.
    Raises ``kg.errors.ModelError`` when the model is missing or cannot be loaded.
    """
    try:
        from kg.nlp.ner import load_ner
    except ImportError as error:  # the NER module is not installed in this checkout
        raise ModelError(f"The NER loader kg.nlp.ner is not available ({error}); reinstall kg.") from error
    return add_components(load_ner(model))


def annotate(
    articles: Iterable[Article], nlp: Language | None = None, *, batch_size: int = 16
) -> Iterator[AnnotatedArticle]:
    """Run the pipeline over each article's text and convert each doc to records.

    articles (Iterable[Article]): articles to annotate; offsets in the results point into ``text``.
    nlp (Language | None): a pipeline from ``load_pipeline``; loaded once here when None.
    batch_size (int): texts per ``nlp.pipe`` batch.
    RETURNS (Iterator[AnnotatedArticle]): one record per article, in input order.
    """
    if nlp is None:
        nlp = load_pipeline()
    pairs = ((_doc_for(nlp, article), article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield doc_to_annotated(doc, article)


def _doc_for(nlp: Language, article: Article):
    """The article's text as a Doc that also carries its web address (``kg.nlp.sites`` reads it)."""
    doc = nlp.make_doc(article.text)
    if article.url:
        doc.user_data[URL_KEY] = article.url
    return doc


__all__ = ["COMPONENTS", "add_components", "annotate", "doc_to_annotated", "load_pipeline"]
