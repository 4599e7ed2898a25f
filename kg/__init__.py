"""kg: builds a knowledge graph of people, places, organizations and events from news articles.

The Python API (the same functions the ``kg`` commands call)::

    import kg
    result = kg.build(["news/"], jobs=2)      # result.dataset is an rdflib Dataset
    result.write("out.trig")
    kg.load(["out.trig"], store="build/store")
    kg.query("mentions", store="build/store").dicts()
"""

__version__ = "0.1.0"

from kg.api import build, load, query  # noqa: E402  (after __version__, which kg.pipeline reads)
from kg.record_files import FieldNames  # noqa: E402

__all__ = ["build", "load", "query", "FieldNames", "__version__"]
