"""The committed DefinedNamespace matches the ontology's terms."""

from __future__ import annotations

import pytest

from kg.rdf import gen_namespace
from kg.rdf.namespaces import KGO


def test_namespaces_module_matches_ontology() -> None:
    assert gen_namespace.TARGET.read_text(encoding="utf-8") == gen_namespace.render(), (
        "kg/rdf/namespaces.py is stale: run python -m kg.rdf.gen_namespace"
    )


def test_namespace_rejects_unknown_terms() -> None:
    with pytest.raises(AttributeError):
        KGO.Persn  # noqa: B018
