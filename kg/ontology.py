"""Prove the ontology consistent with a real OWL reasoner (HermiT, through owlready2).

owlready2 reads RDF/XML or N-Triples, not Turtle, so the ``ontology/*.ttl``
files are first merged with rdflib and written to a temporary N-Triples file.
HermiT runs in Java (17 is enough); it is given a modest heap so it can share a
small machine.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from rdflib import OWL, RDF, Graph

from kg.errors import OntologyError
from kg.resources import asset_dir

JAVA_MEMORY_MB = 512


@dataclass(frozen=True)
class OntologyCheck:
    """What the reasoner found.

    consistent: False when the ontology has no model at all (HermiT: inconsistent).
    unsatisfiable: IRIs of classes that can have no instance (owl:Nothing equivalents).
    files: the ontology files checked; classes/properties: how many the files declare.
    """

    consistent: bool
    unsatisfiable: tuple[str, ...]
    files: tuple[str, ...]
    classes: int
    properties: int

    @property
    def ok(self) -> bool:
        return self.consistent and not self.unsatisfiable


def load_ontology(folder: Path | None = None) -> tuple[Graph, tuple[Path, ...]]:
    """Every ``*.ttl`` in the ontology folder merged into one rdflib graph."""
    folder = Path(folder) if folder is not None else asset_dir("ontology")
    paths = tuple(sorted(folder.glob("*.ttl")))
    if not paths:
        raise OntologyError(f"no ontology files (*.ttl) found in {folder}")
    graph = Graph()
    for path in paths:
        try:
            graph.parse(path, format="turtle")
        except Exception as error:  # rdflib raises many parser error types
            raise OntologyError(f"cannot parse ontology file {path}: {error}") from error
    return graph, paths


def check_ontology(folder: Path | None = None) -> OntologyCheck:
    """Run HermiT over the ontology; raise ``OntologyError`` if it cannot run."""
    graph, paths = load_ontology(folder)
    if shutil.which("java") is None:
        raise OntologyError("java was not found on PATH; HermiT needs Java 8 or newer (17 is tested)")
    import owlready2
    from owlready2 import reasoning

    reasoning.JAVA_MEMORY = JAVA_MEMORY_MB
    classes = len(set(graph.subjects(RDF.type, OWL.Class)))
    properties = len(
        set(graph.subjects(RDF.type, OWL.ObjectProperty)) | set(graph.subjects(RDF.type, OWL.DatatypeProperty))
    )
    with tempfile.TemporaryDirectory(prefix="kg-ontology-") as tmp:
        nt = Path(tmp) / "ontology.nt"
        graph.serialize(nt, format="nt", encoding="utf-8")
        world = owlready2.World()
        try:
            ontology = world.get_ontology(nt.as_uri()).load()
        except Exception as error:
            raise OntologyError(f"owlready2 cannot load the ontology: {error}") from error
        try:
            owlready2.sync_reasoner_hermit(ontology, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError:
            return OntologyCheck(False, (), tuple(map(str, paths)), classes, properties)
        except owlready2.OwlReadyJavaError as error:
            raise OntologyError(f"HermiT failed: {str(error).strip().splitlines()[-1]}") from error
        unsatisfiable = tuple(sorted(c.iri for c in world.inconsistent_classes() if c is not owlready2.Nothing))
        world.close()
    return OntologyCheck(True, unsatisfiable, tuple(map(str, paths)), classes, properties)


def format_check(check: OntologyCheck) -> str:
    """One paragraph a person can act on."""
    head = f"{len(check.files)} file(s), {check.classes} classes, {check.properties} properties"
    if not check.consistent:
        return f"INCONSISTENT ({head}): HermiT found no model; look for individuals typed with disjoint classes."
    if check.unsatisfiable:
        names = "\n".join(f"  {iri}" for iri in check.unsatisfiable)
        return (f"Consistent, but {len(check.unsatisfiable)} class(es) are unsatisfiable ({head}); "
                f"check their subclass and disjointness axioms:\n{names}")
    return f"Consistent: HermiT found no unsatisfiable classes ({head})."
