"""NLP test set-up: a blank Indonesian pipeline, an entity ruler for names, and the kg_ components."""

from __future__ import annotations

import pytest
import spacy

from kg.nlp import add_components
from kg.records import Article

# Names made up or generic, not the seed articles' people.
NAMES = {
    "PER": [
        "Joko Widodo", "Prabowo Subianto", "Anies Baswedan", "Sri Mulyani", "Retno Marsudi",
        "Emmanuel Macron", "Olaf Scholz", "Budi Santoso", "Siti Aminah", "Joe Biden",
        "Antony Blinken", "Anthony Albanese", "Xi Jinping", "Lee Hsien Loong", "Fumio Kishida",
        "Ahmad Dahlan", "Rishi Sunak", "Jokowi", "Widodo", "Budi", "Macron", "Scholz",
    ],
    "LOC": [
        "Indonesia", "Jakarta", "Prancis", "Paris", "Jerman", "Berlin", "Australia", "Canberra",
        "China", "Beijing", "Jepang", "Tokyo", "Singapura", "Bali", "Surabaya", "Inggris",
        "Amerika Serikat", "AS", "Bandung", "Malaysia", "Kuala Lumpur", "Jawa Barat", "Filipina",
        "Manila", "Laut China Selatan", "Nusa Dua", "Makassar", "Istana Merdeka",
    ],
    "ORG": [
        "Kementerian Luar Negeri", "Kemenlu", "Gedung Putih", "DPR", "ASEAN", "PBB", "KPK",
        "Antara", "Reuters", "AFP", "Partai Golkar", "Bank Indonesia", "Uni Eropa", "Istana",
        "Dewan Keamanan PBB", "Elysee", "Polri", "TNI",
    ],
}


def ruled_pipeline(names: dict[str, list[str]]):
    """spacy.blank("id") with an entity ruler standing in for the trained NER (``names`` by label), plus
    the kg_ components."""
    nlp = spacy.blank("id")
    ruler = nlp.add_pipe("entity_ruler", name="ner")
    ruler.add_patterns([{"label": label, "pattern": name} for label, found in names.items() for name in found])
    return add_components(nlp)


@pytest.fixture(scope="session")
def blank_nlp():
    """The pipeline on ``NAMES``."""
    return ruled_pipeline(NAMES)


@pytest.fixture
def ruled_nlp():
    """A pipeline whose "NER" finds exactly the spans given ({label: [names]}): what the model did on a real article."""
    return ruled_pipeline


@pytest.fixture
def make_article():
    def make(text: str, published: str | None = None) -> Article:
        return Article(source="test.txt", sha256="0" * 64, text=text, published=published)

    return make
