"""Load the trained Indonesian NER pipeline shipped in ``kg/nlp/model/``.

The pipeline is trained by ``make model`` (``python -m kg.train.ner``) and never at run
time. Importing this module registers the ``kg_`` components the saved pipeline may use,
so ``load_ner()`` (or ``import kg.nlp.ner`` before ``spacy.load``) is how to load it.
"""

from __future__ import annotations

import functools
from pathlib import Path

import spacy
from spacy.attrs import IS_ALPHA, NORM, SHAPE
from spacy.language import Language

from kg.errors import ModelError
from kg.nlp.casing import corpus_spelling
from kg.nlp.cues import is_agency_credit
from kg.nlp.tokenizers import TOKENIZER_CONFIG

#: Where the trained pipeline is shipped inside the package.
MODEL_DIR = Path(__file__).resolve().parent / "model"


def load_ner(path: Path | None = None) -> Language:
    """Load the trained NER pipeline (tokenizer + tok2vec + ner [+ kg_ components]).

    path (Path | None): a pipeline directory; default the shipped ``kg/nlp/model``.
    RETURNS (Language): the pipeline; its entities are labelled PER, LOC and ORG.
    Raises ModelError with a one-line message if the directory is missing or corrupt.
    """
    path = Path(path) if path is not None else MODEL_DIR
    if not (path / "config.cfg").is_file() or not (path / "meta.json").is_file():
        raise ModelError(
            f"No trained NER pipeline at {path} (config.cfg/meta.json missing); "
            "train one with `make model`"
        )
    try:
        # The tokenizer is built from its factory (kg.nlp.tokenizers: the stock ``id`` one and our infixes);
        # reading it again from disk would add its ~16k special cases a second time (half the load time).
        nlp = spacy.load(path, exclude=["tokenizer"], config=TOKENIZER_CONFIG)
    except Exception as error:  # spaCy raises many types for a damaged pipeline
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise ModelError(f"NER pipeline at {path} cannot be loaded: {reason[:200]}") from error
    read_apostrophes_through(nlp)
    return nlp


def read_apostrophes_through(nlp: Language) -> None:
    """Read "Ma'ruf" as "Maruf": the model's norm and shape, and the rules' test for a word
    (``is_alpha``), skip an apostrophe between letters.

    The training corpora write such names without it ("kh maruf amin"), so the model never saw
    the shape Xx'xxx and missed names news writes with one ("Wakil Presiden Ma'ruf Amin"). A
    token's text, and so every span, keeps the apostrophe.
    """
    getters = nlp.vocab.lex_attr_getters
    for attr in (NORM, SHAPE, IS_ALPHA):
        getters[attr] = functools.partial(_skipping_apostrophes, getters[attr])  # picklable
    for lexeme in list(nlp.vocab):  # the few already made while loading (the gazetteer's patterns)
        if corpus_spelling(lexeme.orth_) != lexeme.orth_:
            lexeme.norm_ = getters[NORM](lexeme.orth_)
            lexeme.shape_ = getters[SHAPE](lexeme.orth_)
            lexeme.is_alpha = getters[IS_ALPHA](lexeme.orth_)
    rules = nlp.tokenizer.rules  # the tokenizer's exceptions hold lexemes of their own ("Jum'at")
    for text in [text for text in rules if corpus_spelling(text) != text]:
        nlp.tokenizer.add_special_case(text, rules[text])


def _skipping_apostrophes(getter, text: str):
    return getter(corpus_spelling(text))


#: Capitalised words that start a sentence or a headline but never start a name: reporting
#: verbs, prepositions, conjunctions and the like ("Melansir Reuters", "Kepada Putin").
LEADING_NON_NAME = frozenset(
    """melansir dilansir mengutip dikutip menurut kata ujar tutur kepada dari di ke pada oleh
    bersama dengan untuk bagi saat ketika sementara sedangkan namun tetapi tapi dan atau serta
    bahwa jika meski meskipun sejak hingga sampai usai setelah sebelum selama tanpa antara
    hadapan terhadap tentang soal atas bagaimana mengapa apakah siapa sebab karena sebagai
    yakni yaitu adapun sebut menyebut baca lihat foto video simak the""".split()
)
#: Day names that end up glued to a name ("the Financial Times Senin") or alone ("Thursday").
DAY_NAMES = frozenset(
    """senin selasa rabu kamis jumat sabtu minggu ahad monday tuesday wednesday
    thursday friday saturday sunday""".split()
)


class EntityCleanup:
    """Trim function words and day names from entity edges; drop entities that are only those.

    The CNN sees capitalisation as the strongest cue, so sentence-initial or headline words
    ("Melansir", "Kepada") and trailing dates ("Senin") get pulled into names. "The" is kept
    when it is inside an ORG name ("The Guardian").
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc):
        from spacy.tokens import Span

        cleaned = []
        for ent in doc.ents:
            start, end = ent.start, ent.end
            while start < end and self._drop_first(doc[start], ent.label_) and not is_agency_credit(ent):
                start += 1
            while end > start and corpus_spelling(doc[end - 1].lower_) in DAY_NAMES:
                end -= 1
            if end > start:
                if (start, end) == (ent.start, ent.end):
                    cleaned.append(ent)
                else:
                    cleaned.append(Span(doc, start, end, label=ent.label_))
        doc.ents = cleaned
        return doc

    @staticmethod
    def _drop_first(token, label: str) -> bool:
        word = token.lower_
        if word == "the":
            return label != "ORG"
        return word in LEADING_NON_NAME or corpus_spelling(word) in DAY_NAMES


@Language.factory("kg_entity_cleanup", assigns=["doc.ents"], requires=["doc.ents"])
def make_entity_cleanup(nlp: Language, name: str) -> EntityCleanup:
    """Factory for ``kg_entity_cleanup`` (see EntityCleanup)."""
    return EntityCleanup(nlp, name)
