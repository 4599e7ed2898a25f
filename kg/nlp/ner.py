"""Load the trained Indonesian NER pipeline shipped in ``kg/nlp/model/``.

The pipeline is trained by ``make model`` (``python -m kg.train.ner``) and never at run
time. Importing this module registers the ``kg_`` components the saved pipeline may use,
so ``load_ner()`` (or ``import kg.nlp.ner`` before ``spacy.load``) is how to load it.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from kg.errors import ModelError

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
        return spacy.load(path)
    except Exception as error:  # spaCy raises many types for a damaged pipeline
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise ModelError(f"NER pipeline at {path} cannot be loaded: {reason[:200]}") from error
