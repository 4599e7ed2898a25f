"""Mint IRIs from record keys and offsets: same content, same IRI, on any machine.

Every IRI is built from a fixed base plus path segments that contain only
``[a-z0-9-]`` (and ``/`` between segments), so any name (quotes, slashes,
``<>``, emoji, non-Latin scripts) gives a valid IRI. A name that cannot be
written that way without losing information gets a short hash suffix, so two
different keys never share an IRI.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from rdflib import Namespace, URIRef

from kg.records import LOC, ORG, PER

ID = Namespace("https://w3id.org/kg-news/id/")
GRAPH = Namespace("https://w3id.org/kg-news/graph/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
GEONAMES = "https://sws.geonames.org/{}/"

ENTITIES_GRAPH = GRAPH["entities"]

_KIND = {PER: "person", LOC: "place", ORG: "org"}
_PLAIN = re.compile(r"[a-z0-9]+(?:[ /][a-z0-9]+)*")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def short_hash(text: str, length: int = 8) -> str:
    """First ``length`` hex digits of the SHA-256 of ``text`` (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def slug(text: str) -> str:
    """A lowercase ASCII path for ``text``; hash-suffixed when the mapping is lossy.

    "kim jong un" -> "kim-jong-un"; "geonames/2017370" -> "geonames/2017370";
    "Kim Jong-un" -> "kim-jong-un-<hash>"; "金正恩" -> "x-<hash>".
    """
    if _PLAIN.fullmatch(text):
        return text.replace(" ", "-")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    base = _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")[:60].strip("-") or "x"
    return f"{base}-{short_hash(text)}"


def article_id(sha256: str) -> str:
    """The article's short id: the first 16 hex digits of its content hash."""
    cleaned = sha256.strip().lower()
    if not re.fullmatch(r"[0-9a-f]{16,}", cleaned):
        raise ValueError(f"article sha256 {sha256!r} is not a hex digest")
    return cleaned[:16]


@lru_cache(maxsize=4096)
def article_iri(sha256: str) -> URIRef:
    """The article's node (kept per article: each of its spans' IRIs starts with it)."""
    return ID[f"article/{article_id(sha256)}"]


def article_graph_iri(sha256: str) -> URIRef:
    """The named graph holding everything one article says."""
    return GRAPH[f"article/{article_id(sha256)}"]


def _span(sha256: str, kind: str, start: int, end: int) -> URIRef:
    return URIRef(f"{article_iri(sha256)}/{kind}/{int(start)}-{int(end)}")


def mention_iri(sha256: str, start: int, end: int) -> URIRef:
    return _span(sha256, "mention", start, end)


def event_mention_iri(sha256: str, start: int, end: int) -> URIRef:
    return _span(sha256, "event-mention", start, end)


def sentence_iri(sha256: str, start: int, end: int) -> URIRef:
    return _span(sha256, "sentence", start, end)


def time_iri(sha256: str, start: int, end: int) -> URIRef:
    return _span(sha256, "time", start, end)


def quote_iri(sha256: str, start: int, end: int) -> URIRef:
    return _span(sha256, "quote", start, end)


def role_iri(sha256: str, start: int, end: int, person_start: int) -> URIRef:
    """A role is its title span plus whom it is held by ("Presiden X dan Y" gives two)."""
    return URIRef(f"{_span(sha256, 'role', start, end)}/{int(person_start)}")


def entity_kind(key: str, label: str | None = None) -> str:
    """"person", "place" or "org" from the key's ``PER/`` prefix, else from the label.

    The key wins: it is what resolve derived from the names, while the label is a
    vote that a later build may tip the other way; the IRI must not move with it.
    """
    prefix = key.split("/", 1)[0]
    if prefix in _KIND:
        return _KIND[prefix]
    return _KIND.get(label or "", "entity")


@lru_cache(maxsize=1 << 16)
def entity_iri(key: str, label: str | None = None) -> URIRef:
    """``id/person/<slug>``, ``id/place/<slug>``, ``id/org/<slug>`` from ``Entity.key``.

    The key's label prefix ("PER/") is dropped; the rest is slugged, so
    "LOC/geonames/2017370" gives ``id/place/geonames/2017370``. Kept per key: it is asked for
    at every mention (mapping, contexts, the co-mention table), for a few thousand entities.
    """
    prefix, sep, rest = key.partition("/")
    name = rest if sep and prefix in _KIND else key
    return ID[f"{entity_kind(key, label)}/{slug(name)}"]


def publisher_iri(name: str) -> URIRef:
    """A news outlet by name, in the same space as ORG entities ("ORG/reuters")."""
    from kg.resolve import normalise_name  # the same name space as resolved ORG keys

    return entity_iri(f"{ORG}/{normalise_name(name)}", ORG)


def event_iri(key: str, event_type: str) -> URIRef:
    """``id/event/<type>-<hash of key>``: event keys are long, so only a hash of them."""
    kind = _NOT_SLUG.sub("-", event_type.lower()).strip("-") or "event"
    return ID[f"event/{kind}-{short_hash(key, 16)}"]


def build_iri(build: dict[str, str]) -> URIRef:
    """The build activity, from its provenance values (same values, same IRI)."""
    text = "\n".join(f"{k}={build[k]}" for k in sorted(build))
    return ID[f"build/{short_hash(text, 16)}"]


def region_iri(code: str) -> URIRef:
    """``id/place/region/<Kemendagri code without dots>``: "32.04" -> ``id/place/region/3204``.

    The same IRI as the entity resolve keys ``LOC/region/3204``, so a region named in an article
    and the same region reached as another's parent are one node.
    """
    digits = code.replace(".", "")
    if not digits.isdigit():
        raise ValueError(f"region code {code!r} is not a Kemendagri code such as 32.04")
    return entity_iri(f"{LOC}/region/{digits}", LOC)


def geonames_iri(geonames_id: int) -> URIRef:
    return URIRef(GEONAMES.format(int(geonames_id)))


def co_mention_iri(a: str, b: str) -> URIRef:
    """``id/co-mention/<hash>`` of two entity IRIs, either order: the pair's node is the same in every build."""
    first, second = sorted((str(a), str(b)))
    return ID[f"co-mention/{short_hash(f'{first} {second}', 16)}"]
