"""A readable one-page HTML reference of the ontology, generated with rdflib (no templates)."""

from __future__ import annotations

from html import escape

from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.term import Node

from kg.rdf.gen_namespace import NAMESPACE

_SECTIONS = (
    ("Classes", (OWL.Class,)),
    ("Object properties", (OWL.ObjectProperty,)),
    ("Datatype properties", (OWL.DatatypeProperty,)),
)
_LINKS = (
    ("subclass of", RDFS.subClassOf),
    ("subproperty of", RDFS.subPropertyOf),
    ("domain", RDFS.domain),
    ("range", RDFS.range),
    ("inverse of", OWL.inverseOf),
)
_CSS = """body{font-family:system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.45}
code{background:#f3f3f3;padding:0 .2em}section{border-top:1px solid #ddd;padding:.4em 0}
.id{color:#555}dt{font-weight:600}nav a{margin-right:.6em}"""


def _name(graph: Graph, node: Node) -> str:
    if isinstance(node, URIRef):
        text = str(node)
        if text.startswith(NAMESPACE):
            local = text[len(NAMESPACE):]
            return f'<a href="#{escape(local)}"><code>kgo:{escape(local)}</code></a>'
        prefixed = graph.namespace_manager.normalizeUri(node)
        return f'<a href="{escape(text)}"><code>{escape(prefixed)}</code></a>'
    return "<em>(anonymous)</em>"


def _texts(graph: Graph, node: Node, prop: URIRef, lang: str) -> list[str]:
    return sorted(str(o) for o in graph.objects(node, prop) if getattr(o, "language", None) == lang)


def _term(graph: Graph, term: URIRef) -> str:
    local = str(term)[len(NAMESPACE):]
    label_en = ", ".join(_texts(graph, term, RDFS.label, "en"))
    label_id = ", ".join(_texts(graph, term, RDFS.label, "id"))
    parts = [f'<section id="{escape(local)}"><h3>kgo:{escape(local)}</h3>',
             f"<p>{escape(label_en)} <span class=id>/ {escape(label_id)}</span></p>"]
    for lang in ("en", "id"):
        for comment in _texts(graph, term, RDFS.comment, lang):
            parts.append(f'<p class="{"id" if lang == "id" else "en"}">{escape(comment)}</p>')
    rows = []
    for title, prop in _LINKS:
        values = sorted(graph.objects(term, prop), key=str)
        if values:
            rows.append(f"<dt>{title}</dt><dd>{', '.join(_name(graph, v) for v in values)}</dd>")
    if rows:
        parts.append(f"<dl>{''.join(rows)}</dl>")
    parts.append(f"<p class=id><code>{escape(str(term))}</code></p></section>")
    return "\n".join(parts)


def ontology_html(graph: Graph) -> str:
    """The whole reference page for the kg terms in ``graph``."""
    ontology = next(graph.subjects(RDF.type, OWL.Ontology), None)
    title = str(graph.value(ontology, URIRef("http://purl.org/dc/terms/title")) or "kg news ontology")
    body = [f"<h1>{escape(title)}</h1>", f"<p>Namespace <code>{escape(NAMESPACE)}</code> (prefix <code>kgo:</code>)</p>"]
    for lang in ("en", "id"):
        body.extend(f"<p>{escape(c)}</p>" for c in _texts(graph, ontology, RDFS.comment, lang))
    nav, sections = [], []
    for heading, types in _SECTIONS:
        terms = sorted({t for ty in types for t in graph.subjects(RDF.type, ty)
                        if isinstance(t, URIRef) and str(t).startswith(NAMESPACE)}, key=str)
        nav.append(f"<a href='#{heading.split()[0].lower()}'>{heading} ({len(terms)})</a>")
        sections.append(f"<h2 id='{heading.split()[0].lower()}'>{heading}</h2>")
        sections.extend(_term(graph, t) for t in terms)
    return ("<!doctype html>\n<html lang=en><head><meta charset=utf-8>"
            f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>\n"
            + "\n".join(body) + f"\n<nav>{''.join(nav)}</nav>\n" + "\n".join(sections) + "\n</body></html>\n")
