"""The shapes compiled to SPARQL (``kg.shacl_sparql``, the default) report exactly what pySHACL,
the reference, reports: every field of every result, on the shapes tests' graphs, on fuzzed
builds, on randomly broken graphs, and with extra shapes using each component the compiler
translates; where it does not translate, pySHACL runs instead."""

from __future__ import annotations

import os
import shutil
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef

from kg.article_graphs import map_chunk, read
from kg.rdf.mapping import context, facts_to_dataset
from kg.rdf.nodes import context_for
from kg.records import Facts
from kg.resources import asset_dir
from kg.validate import ValidationReport, descriptions, use_validator, validate, validate_dataset, validate_together
from test_fuzz_rdf import facts
from test_shapes import BASE, BROKEN, BROKEN_CO_MENTIONS, PREFIXES, WITH_CO_MENTION
from test_validate_together import STRICT, _split

KGO = "https://w3id.org/kg-news/ontology#"
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # rdflib's own warns when pytest inspects it
# Shapes using the components and targets the shipped ones do not (or not this way), most without
# sh:message so that pySHACL's own messages are compared too.
EXTRA = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kgo: <https://w3id.org/kg-news/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <urn:extra:> .
ex:label a sh:NodeShape ; sh:targetSubjectsOf skos:prefLabel ;
    sh:property [ sh:path skos:prefLabel ; sh:maxLength 6 ; sh:minLength 2 ; sh:nodeKind sh:Literal ;
                  sh:pattern "^[a-z]" ; sh:flags "i" ] ,
                [ sh:path rdfs:label ; sh:in ( "Putin" "Kim" "X" ) ; sh:datatype xsd:string ] .
ex:precision a sh:NodeShape ; sh:targetObjectsOf kgo:datePrecision ;
    sh:in ( "day" "month" ) ; sh:datatype xsd:string .
ex:article a sh:NodeShape ; sh:targetNode <https://w3id.org/kg-news/id/article/0123456789abcdef> ;
    sh:class kgo:NewsArticle , kgo:Document ; sh:hasValue <https://w3id.org/kg-news/id/article/0123456789abcdef> ;
    sh:property [ sh:path schema:headline ; sh:hasValue "Judul"@id ; sh:minCount 1 ] ,
                [ sh:path schema:datePublished ; sh:datatype xsd:date ; sh:lessThan kgo:retrieved ] .
ex:span a sh:NodeShape ; sh:targetClass kgo:Mention , kgo:TimeExpression ;
    sh:message "not a span of a sentence" ;
    sh:not [ sh:class kgo:Sentence ] ;
    sh:and ( [ sh:property [ sh:path kgo:beginIndex ; sh:minCount 1 ] ]
             [ sh:property [ sh:path kgo:endIndex ; sh:datatype xsd:nonNegativeInteger ] ] ) ;
    sh:property [ sh:path kgo:endIndex ; sh:lessThan kgo:beginIndex ; sh:severity sh:Info ;
                  sh:message "end before begin, as it should not be" ] ,
                [ sh:path kgo:anchorOf ; sh:maxCount 0 ; sh:severity sh:Warning ] ,
                [ sh:path kgo:mentionOf ; sh:node ex:named ; sh:message "names an unnamed entity" ] .
ex:named a sh:NodeShape ; sh:property [ sh:path skos:prefLabel ; sh:minCount 1 ; sh:maxCount 1 ] .
ex:event a sh:NodeShape ; sh:targetClass kgo:Event ; sh:deactivated false ;
    sh:property [ sh:path kgo:participant ; sh:maxCount 1 ; sh:class kgo:Person ] .
ex:off a sh:NodeShape ; sh:targetClass kgo:Event ; sh:deactivated true ; sh:minLength 100 .
"""

VALUES = [
    Literal("abc", datatype=XSD.nonNegativeInteger), Literal("-1", datatype=XSD.nonNegativeInteger),
    Literal("01", datatype=XSD.integer), Literal("7", datatype=XSD.integer), Literal("3"),
    Literal("x", datatype=XSD.string), Literal("Kim"), Literal("Kim", datatype=XSD.string),
    Literal("2023-02-30", datatype=XSD.date), Literal("2023-09-13", datatype=XSD.date),
    Literal("2023", datatype=XSD.gYear), Literal("2023-09", datatype=XSD.gYearMonth),
    Literal("2023-09-13T10:00:00", datatype=XSD.dateTime), Literal("day"), Literal("month"), Literal("week"),
    Literal("Judul", lang="id"), Literal(""), Literal("Putin bertemu"), Literal("true", datatype=XSD.boolean),
    Literal("1.50", datatype=XSD.decimal), Literal("rus"), Literal("ID"),
    URIRef("https://w3id.org/kg-news/id/person/kim"), URIRef("https://w3id.org/kg-news/id/person/putin"),
    URIRef("https://w3id.org/kg-news/id/place/x"), URIRef("https://w3id.org/kg-news/id/m"),
    URIRef("https://w3id.org/kg-news/id/article/0123456789abcdef"), URIRef("http://example.org/page"),
]
PREDICATES = [URIRef(KGO + name) for name in (
    "beginIndex", "endIndex", "mentionOf", "inArticle", "datePrecision", "date", "timeValue", "speaker",
    "holder", "title", "quoteText", "anchorOf", "participant", "place", "reportedIn", "iso3166", "retrieved")] + [
    URIRef("https://schema.org/" + name) for name in ("identifier", "headline", "datePublished", "url")] + [
    URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), URIRef("http://www.w3.org/2000/01/rdf-schema#label")]
CLASSES = [URIRef(KGO + name) for name in (
    "Person", "Place", "Organization", "Country", "Mention", "Quote", "Role", "Sentence", "Event", "Meeting",
    "NewsArticle", "Document", "TimeExpression")]


@contextmanager
def engine(name: str, handed_over: bool = False) -> Iterator[None]:
    """Check with ``name``; with ``sparql``, fail if pySHACL runs (the equality would be trivial),
    unless the data is ``handed_over`` to it."""
    before = os.environ.get("KG_VALIDATOR")
    use_validator(name)
    try:
        if name == "sparql" and not handed_over:
            with mock.patch("kg.validate.pyshacl.validate", side_effect=AssertionError("pySHACL ran")):
                yield
        else:
            yield
    finally:
        if before is None:
            os.environ.pop("KG_VALIDATOR", None)
        else:
            os.environ["KG_VALIDATOR"] = before


def same(check: Callable[[], ValidationReport | list], handed_over: bool = False) -> list:
    """What ``check`` finds with pySHACL, after asserting the SPARQL engine finds exactly that."""
    with engine("pyshacl"):
        reference = check()
    with engine("sparql", handed_over):
        found = check()
    if isinstance(reference, ValidationReport):
        assert found.conforms == reference.conforms
        reference, found = list(reference.violations), list(found.violations)
    assert sorted(map(repr, found)) == sorted(map(repr, reference))
    return reference


@pytest.fixture(scope="module")
def extra_shapes(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("shapes")
    for path in asset_dir("shapes").glob("*.ttl"):
        shutil.copy(path, folder / path.name)
    (folder / "strict.ttl").write_text(STRICT, encoding="utf-8")
    (folder / "extra.ttl").write_text(EXTRA, encoding="utf-8")
    return folder


def _graph(data: str) -> Graph:
    return Graph().parse(data=PREFIXES + data, format="turtle")


@pytest.mark.parametrize("case", sorted(BROKEN) + sorted(BROKEN_CO_MENTIONS))
def test_sparql_validator_reports_what_pyshacl_reports_on_broken_graphs(case: str, extra_shapes: Path) -> None:
    data, component = BROKEN[case] if case in BROKEN else BROKEN_CO_MENTIONS[case]
    found = same(lambda: validate(_graph(data)))
    assert component in {v.constraint for v in found}
    assert same(lambda: validate(_graph(data), extra_shapes))


def test_sparql_validator_reports_what_pyshacl_reports_on_the_valid_base_and_a_warning(extra_shapes: Path) -> None:
    assert same(lambda: validate(_graph(BASE))) == []
    assert same(lambda: validate(_graph(WITH_CO_MENTION))) == []
    warned = BASE.replace("kgo:speaker id:person\\/kim .", ".")
    assert [v.severity for v in same(lambda: validate(_graph(warned)))] == ["Warning"]
    odd = BASE.replace("id:m a kgo:Mention ;", "id:m a kgo:Mention, kgo:Sentence ;").replace(
        'kgo:endIndex "24"^^xsd:nonNegativeInteger', 'kgo:endIndex "24"').replace(
        '"Judul"@id', '"Lain"@id').replace('rdfs:label "Kim"', 'rdfs:label "Kim Jong Un"')
    components = {v.constraint for v in same(lambda: validate(_graph(odd), extra_shapes))}
    assert {"NotConstraintComponent", "AndConstraintComponent", "ClassConstraintComponent",
            "HasValueConstraintComponent", "InConstraintComponent", "LessThanConstraintComponent"} <= components


def test_sparql_validator_reads_the_subclasses_the_data_declares(extra_shapes: Path) -> None:
    """Instances of a class the data declares a subclass of (rdfs:subClassOf, over two levels) are
    focus nodes of a shape targeting that class and values of it for sh:class, as pySHACL reads them."""
    data = BASE.replace("id:m a kgo:Mention ;", "id:m a <urn:test:Aside> ;") + """
<urn:test:Aside> rdfs:subClassOf <urn:test:Span> . <urn:test:Span> rdfs:subClassOf kgo:Mention .
<urn:test:Wire> rdfs:subClassOf kgo:NewsArticle .
id:article\\/fedcba9876543210 a <urn:test:Wire> .
id:n a <urn:test:Span> ; kgo:inArticle id:article\\/fedcba9876543210 ; kgo:inSentence id:m ;
    kgo:beginIndex "9"^^xsd:nonNegativeInteger .
"""
    def name(iri: str | None) -> str | None:
        return iri and iri.replace("#", "/").rsplit("/", 1)[-1]
    found = {(name(v.focus), name(v.path), v.constraint) for v in same(lambda: validate(_graph(data)))}
    assert {("n", "endIndex", "MinCountConstraintComponent"), ("n", "mentionOf", "MinCountConstraintComponent"),
            ("n", "inSentence", "ClassConstraintComponent"),
            ("fedcba9876543210", "identifier", "MinCountConstraintComponent")} <= found
    assert not {f for f in found if f[0] == "m" or f[1] == "inArticle"}
    same(lambda: validate(_graph(data), extra_shapes))


@st.composite
def broken(draw) -> Graph:
    """The shapes tests' valid base with triples taken out and wrong or odd ones put in (subclass declarations too)."""
    graph = _graph(BASE)
    triples = sorted(graph)
    for triple in draw(st.lists(st.sampled_from(triples), max_size=6)):
        graph.remove(triple)
    subjects = sorted(set(graph.subjects()) | {URIRef("https://w3id.org/kg-news/id/place/x")})
    for _ in range(draw(st.integers(0, 8))):
        subject = draw(st.sampled_from(subjects))
        if draw(st.booleans()):
            graph.add((subject, RDF.type, draw(st.sampled_from(CLASSES))))
        else:
            graph.add((subject, draw(st.sampled_from(PREDICATES)), draw(st.sampled_from(VALUES))))
    for _ in range(draw(st.integers(0, 2))):  # classes the data says are subclasses of others
        graph.add((draw(st.sampled_from(CLASSES)), RDFS.subClassOf, draw(st.sampled_from(CLASSES))))
    return graph


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(broken())
def test_sparql_validator_reports_what_pyshacl_reports_on_randomly_broken_graphs(
        extra_shapes: Path, graph: Graph) -> None:
    same(lambda: validate(graph))
    same(lambda: validate(graph, extra_shapes))


@settings(max_examples=25, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])
@given(facts())
def test_sparql_validator_reports_what_pyshacl_reports_on_fuzzed_builds(extra_shapes: Path, value: Facts) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # roles held by non-persons etc. are left out with a warning
        same(lambda: validate_dataset(facts_to_dataset(value)))
        part = context_for(value.articles, context(value))
        for shapes in (None, extra_shapes):
            same(lambda: map_chunk(value.articles, part, True, shapes, quads=False).violations)


def test_sparql_validator_hands_shapes_it_does_not_translate_to_pyshacl(tmp_path: Path) -> None:
    (tmp_path / "equals.ttl").write_text("""
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<urn:test:labels> a sh:NodeShape ; sh:targetSubjectsOf skos:prefLabel ;
    sh:property [ sh:path skos:prefLabel ; sh:equals rdfs:label ] .
""", encoding="utf-8")
    graph = _graph(BASE.replace('rdfs:label "Kim"', 'rdfs:label "Kim Jong Un"'))
    with engine("pyshacl"):
        reference = validate(graph, tmp_path)
    use = os.environ.get("KG_VALIDATOR")
    try:
        use_validator("sparql")
        with pytest.warns(UserWarning, match="checked with pySHACL .*equals"):
            found = validate(graph, tmp_path)
    finally:
        os.environ.pop("KG_VALIDATOR", None) if use is None else os.environ.update(KG_VALIDATOR=use)
    assert {v.constraint for v in found.violations} == {"EqualsConstraintComponent"}
    assert found == reference


def test_sparql_validator_hands_blank_nodes_to_pyshacl() -> None:
    graph = _graph(BASE)
    node = BNode("quote")
    graph.add((node, RDF.type, URIRef(KGO + "Quote")))
    with engine("pyshacl"):
        reference = validate(graph)
    with mock.patch("kg.validate.pyshacl.validate", wraps=__import__("pyshacl").validate) as ran:
        use = os.environ.get("KG_VALIDATOR")
        use_validator("sparql")
        try:
            found = validate(graph)
        finally:
            os.environ.pop("KG_VALIDATOR", None) if use is None else os.environ.update(KG_VALIDATOR=use)
    assert ran.called
    assert found == reference and "quote" in {v.focus for v in found.violations}


@pytest.mark.parametrize("odd", [Literal('a"^^<urn:x> b'), Literal("ends in \\"), Literal('\\"^^<'),
                                 Literal('^^<urn:x> .'), Literal("x", datatype=XSD.string),
                                 Literal("5", datatype=XSD.nonNegativeInteger)])
def test_sparql_validator_reads_article_lines_as_pyshacl_reads_the_graphs(odd: Literal, extra_shapes: Path) -> None:
    """Lines as kg writes them, typed literals told apart from literals that only look typed;
    an explicit xsd:string, which the lines do not keep, is handed to pySHACL."""
    graph, entities = _split(BASE, "odd")
    mention = URIRef("https://w3id.org/kg-news/id/m")
    graph.add((mention, URIRef(KGO + "anchorOf"), odd))
    graph.add((mention, URIRef(KGO + "endIndex"), odd))
    described = descriptions(entities)
    read_graph = read(graph, quads=True)
    for shapes in (None, extra_shapes):
        found = same(lambda: validate_together([graph], described, shapes, [read_graph.nodes],
                                               lines=[(read_graph.graph.lines, read_graph.terms)]),
                     handed_over=odd.datatype == XSD.string)
        assert shapes is None or KGO + "anchorOf" in {v.path for v in found}


def test_cli_validate_reports_the_same_with_either_validator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    monkeypatch.setenv("KG_VALIDATOR", os.environ.get("KG_VALIDATOR", "sparql"))  # the CLI sets it in this process

    from kg.cli import main
    from kg.validate import VALIDATORS

    path = tmp_path / "broken.ttl"
    _graph(BROKEN["mention with begin >= end"][0]).serialize(path, format="turtle")
    results = {name: CliRunner().invoke(main, ["validate", str(path), "--validator", name]) for name in VALIDATORS}
    assert {r.exit_code for r in results.values()} == {1}
    assert results["sparql"].output == results["pyshacl"].output
    assert "LessThanConstraintComponent" in results["sparql"].output
    wrong = CliRunner().invoke(main, ["validate", str(path), "--validator", "rudof"])
    assert wrong.exit_code == 2 and "Invalid value for '--validator': 'rudof' is not one of 'sparql', 'pyshacl'." \
        in wrong.output
