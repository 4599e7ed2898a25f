"""Where the ontology, shapes, queries and trained model live, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def asset_dir(name: str) -> Path:
    """The folder ``ontology``, ``shapes`` or ``queries``.

    A wheel carries them inside the package (``kg/_assets``); a checkout or an
    editable install reads them from the top of the repository.
    """
    installed = _PACKAGE / "_assets" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def model_dir() -> Path:
    """The trained spaCy pipeline shipped with the package."""
    return _PACKAGE / "nlp" / "model"
