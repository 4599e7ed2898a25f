"""Serialise a Dataset with its named graphs to bytes that depend only on its quads.

rdflib writes TriG and JSON-LD graphs (and JSON-LD values) in the order its store
hands them out, which follows Python's per-process string hashing: the same graph
gave different bytes in two runs. Here TriG graphs are written in IRI order and the
JSON-LD document is put in a canonical order, so a rebuild is byte-identical.
"""

from __future__ import annotations

import io
import json

from rdflib import Dataset
from rdflib.plugins.serializers.trig import TrigSerializer

__all__ = ["dataset_bytes"]


class _SortedTrigSerializer(TrigSerializer):
    """TriG with the graphs in IRI order (the default graph last, as rdflib writes it)."""

    def __init__(self, store: Dataset) -> None:
        super().__init__(store)
        default = [c for c in self.contexts if c.identifier == self.default_context]
        named = [c for c in self.contexts if c.identifier != self.default_context]
        self.contexts = sorted(named, key=lambda c: str(c.identifier)) + default[:1]


def dataset_bytes(dataset: Dataset, serializer: str) -> bytes:
    """``dataset`` in rdflib's ``serializer`` ("trig", "json-ld", ...), in a stable order."""
    if serializer == "trig":
        stream = io.BytesIO()
        _SortedTrigSerializer(dataset).serialize(stream, encoding="utf-8")
        return stream.getvalue()
    data = dataset.serialize(format=serializer, encoding="utf-8")
    if serializer == "json-ld":
        document = _canonical(json.loads(data))
        return (json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")
    return data


def _canonical(value: object) -> object:
    """JSON-LD with every unordered array sorted (``@list`` arrays keep their order)."""
    if isinstance(value, dict):
        return {
            key: [_canonical(item) for item in item_list] if key == "@list" and isinstance(item_list, list)
            else _canonical(item_list)
            for key, item_list in value.items()
        }
    if isinstance(value, list):
        items = [_canonical(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return value
