"""What a careful reader lists for each seed article, asked of the built graph through SPARQL.

The lists are what a person reading the article would name; the model is statistical,
so places and organizations must be found at a high rate rather than all of them,
while every named person must be there, once.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

pytestmark = pytest.mark.slow

PREFIXES = """
PREFIX kgo: <https://w3id.org/kg-news/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""

# seed file -> (people, places, organizations) a careful reader names
READER = {
    "000_b1d714ac17ee265f.txt": (
        {"Kim Jong Un", "Vladimir Putin", "Dmitry Peskov", "Hirokazu Matsuno"},
        {"Korea Utara", "Rusia", "Pyongyang", "Ukraina", "Jepang", "Korea Selatan", "Beijing",
         "Washington", "Vostochny Cosmodrome", "Stasiun Tumangang"},
        {"Sediksi.com", "The Guardian", "Reuters", "Kremlin", "PBB"},
    ),
    "001_ba2def52373556d9.txt": (
        {"Kim Jong Un", "Vladimir Putin", "Dmitry Peskov", "Donald Trump"},
        {"Korea Utara", "Rusia", "Ukraina", "Moskow", "Jepang", "Vladivostok", "Khabarovsk",
         "Komsomolsk-on-Amur", "Amerika Serikat", "Korea Selatan", "Panmunjeom", "Vostochny Cosmodrome"},
        {"Tass", "Kyodonews", "Kremlin", "The New York Times", "KCNA", "Rossiya-1"},
    ),
    "002_28dba2f7a90c1700.txt": (
        {"Kim Jong Un", "Vladimir Putin", "Dmitry Peskov", "Sergei Shoigu", "Jake Sullivan",
         "Adrienne Watson", "Donald Trump"},
        {"Moskow", "Rusia", "Korea Utara", "Pyongyang", "Vladivostok", "Ukraina", "Singapura",
         "Vietnam", "China", "Amerika Serikat"},
        {"Liputan6.com", "KCNA", "CNN", "The Guardian", "Kremlin", "Gedung Putih", "PBB"},
    ),
    "003_f6ccf7329cada5fc.txt": (
        {"Kim Jong Un", "Sergei Shoigu", "Sergei Lavrov", "Vladimir Putin", "Oleg Kozhemyako",
         "Yoon Suk Yeol"},
        {"Korea Utara", "Rusia", "Seoul", "Artyom", "Jakarta", "Moskow", "Pyongyang", "Ukraina",
         "Amerika Serikat", "Korea Selatan", "Primorsky"},
        {"PARBOABOA", "RIA", "KCNA", "PBB", "Kremlin"},
    ),
    "004_0b3d239ce94713db.txt": (
        {"Kim Jong Un", "Vladimir Putin"},
        {"Moskow", "Korea Utara", "Rusia", "Pyongyang", "Korea Selatan", "Jepang", "Kosmodrom Vostochny"},
        {"REPUBLIKA.CO.ID", "TASS", "PBB"},
    ),
}


def norm(name: str) -> str:
    return re.sub(r"[\s\-]+", " ", name.casefold()).strip()


@pytest.fixture(scope="module")
def graph() -> Dataset:
    result = build([SEEDS], timestamp=False)
    assert result.conforms
    dataset = result.dataset
    dataset.default_union = True
    return dataset


def names_in(graph: Dataset, source: str, cls: str) -> list[set[str]]:
    """Each entity of class ``cls`` the article mentions, as the set of its normalised names."""
    query = PREFIXES + f"""
    SELECT ?e ?name WHERE {{
      ?article schema:identifier ?id ; kgo:mentions ?e .
      ?e a kgo:{cls} .
      {{ ?e skos:prefLabel ?name }} UNION {{ ?e skos:altLabel ?name }}
    }}"""
    entities: dict[str, set[str]] = {}
    for row in graph.query(query, initBindings={"id": _literal(source)}):
        entities.setdefault(str(row.e), set()).add(norm(str(row.name)))
    return list(entities.values())


def _literal(value: str):
    from rdflib import Literal

    return Literal(value)


def found(expected: set[str], entities: list[set[str]]) -> set[str]:
    """Expected names that some entity carries, alone or inside a longer name
    ("Artyom" in "Kota Artyom", "PBB" in "Dewan Keamanan PBB")."""
    def inside(name: str, names: set[str]) -> bool:
        return any(f" {name} " in f" {other} " for other in names)

    return {name for name in expected if any(inside(norm(name), names) for names in entities)}


@pytest.mark.parametrize("source", sorted(READER))
def test_seed_every_person_is_found_once(graph, source):
    people, _, _ = READER[source]
    entities = names_in(graph, source, "Person")
    assert found(people, entities) == people
    for name in people:  # one node per person, whatever the spelling in the text
        assert sum(norm(name) in names for names in entities) == 1, name


@pytest.mark.parametrize("source", sorted(READER))
def test_seed_places_and_organizations_are_found(graph, source):
    _, places, orgs = READER[source]
    entities = names_in(graph, source, "Place") + names_in(graph, source, "Organization")
    expected = places | orgs
    missing = expected - found(expected, entities)
    assert len(missing) <= len(expected) // 5, f"missing: {sorted(missing)}"


def test_seed_kim_is_one_person_across_articles(graph):
    rows = list(graph.query(PREFIXES + """
        SELECT DISTINCT ?e WHERE {
          ?e a kgo:Person .
          { ?e skos:prefLabel ?n } UNION { ?e skos:altLabel ?n }
          FILTER(CONTAINS(LCASE(STR(?n)), "jong"))
        }"""))
    assert len(rows) == 1


def test_seed_korea_utara_and_korut_are_one_linked_country(graph):
    rows = list(graph.query(PREFIXES + """
        SELECT DISTINCT ?e ?same WHERE {
          ?e a kgo:Country ; kgo:iso3166 "KP" .
          OPTIONAL { ?e schema:sameAs ?same }
        }"""))
    assert len(rows) == 1
    assert str(rows[0].same).startswith("https://sws.geonames.org/")


def test_seed_entities_have_no_lowercase_or_one_letter_names(graph):
    rows = graph.query(PREFIXES + "SELECT DISTINCT ?name WHERE { ?e skos:prefLabel ?name ; a schema:Person }")
    for row in rows:
        name = str(row.name)
        assert len(name) > 1 and name[0].isupper(), name


@pytest.mark.parametrize("query", sorted((ROOT / "queries").glob("*.rq")), ids=lambda p: p.stem)
def test_seed_shipped_query_runs_in_rdflib(graph, query):
    """rdflib's SPARQL is what many users have; ORDER BY over unbound values must not break it."""
    rows = list(graph.query(query.read_text(encoding="utf-8")))
    assert rows, f"{query.name} found nothing in the seed graph"
