"""Regenerate ``kg/rdf/namespaces.py`` from ``ontology/*.ttl``: ``python -m kg.rdf.gen_namespace``.

Uses rdflib's ``defined_namespace_creator`` to find the terms, but writes a fixed
header (no timestamp) so the generated file is reproducible and a test can check
that it still matches the ontology.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import RDF, RDFS, Graph
from rdflib.tools.defined_namespace_creator import get_target_namespace_elements

from kg.resources import asset_dir

NAMESPACE = "https://w3id.org/kg-news/ontology#"
TARGET = Path(__file__).resolve().parent / "namespaces.py"

_HEADER = '''"""The kg news ontology as a ``DefinedNamespace``: a misspelt term raises instead of minting an IRI.

GENERATED from ontology/*.ttl by ``python -m kg.rdf.gen_namespace``; do not edit by hand.
"""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class KGO(DefinedNamespace):
    """Terms of <https://w3id.org/kg-news/ontology#>."""

    _NS = Namespace("https://w3id.org/kg-news/ontology#")
    _fail = True

'''


def ontology_graph(folder: Path | None = None) -> Graph:
    """Every ``*.ttl`` file in the ontology folder, parsed into one graph."""
    graph = Graph()
    for path in sorted((folder or asset_dir("ontology")).glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def render(folder: Path | None = None) -> str:
    """The text of ``namespaces.py`` for the ontology as it is now."""
    graph = ontology_graph(folder)
    _, _, extras = get_target_namespace_elements(graph, NAMESPACE)
    if extras:
        raise ValueError(f"ontology terms that are not Python identifiers: {extras}")
    lines = []
    for term in sorted(set(graph.subjects(RDF.type, None))):
        name = str(term)[len(NAMESPACE) :]
        if not str(term).startswith(NAMESPACE) or not name:
            continue
        comments = [c for c in graph.objects(term, RDFS.comment) if getattr(c, "language", None) == "en"]
        lines.append(f"    {name}: URIRef  # {' '.join(sorted(comments))}\n")
    return _HEADER + "".join(lines)


def main() -> int:
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
