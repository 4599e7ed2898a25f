"""A disaster report through ``kg build`` with the shipped model: regency, districts and villages linked."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal

from kg.cli import main
from kg.rdf import iri
from kg.rdf.namespaces import KGO

REPORT = """Banjir Rendam Ribuan Rumah di Cilacap
CILACAP, KOMPAS.com - Banjir merendam ribuan rumah di Kabupaten Cilacap, Jawa Tengah, sejak Jumat (10/3/2023). Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Cilacap, Wijonarko, mengatakan banjir melanda Kecamatan Sidareja, Gandrungmangu dan Kedungreja.
Di Kecamatan Sidareja, air merendam Desa Tinggarjaya dan Desa Sidamulya. Sebanyak 120 warga Dusun Karangsari RT 07 RW 03 mengungsi ke balai desa.
"Ketinggian air mencapai satu meter," kata Wijonarko.
"""


@pytest.mark.slow
def test_regions_build_disaster_report(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "banjir.txt").write_text(REPORT, encoding="utf-8")
    out = tmp_path / "graph.ttl"
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "-o", str(out), "--no-timestamp"])
    assert result.exit_code == 0, result.output
    graph = Graph().parse(out)
    regency = iri.region_iri("33.01")
    assert (regency, KGO.regionCode, Literal("33.01")) in graph
    assert (regency, KGO.partOf, iri.region_iri("33")) in graph
    districts = {str(graph.value(d, KGO.regionCode)) for d in graph.subjects(KGO.partOf, regency)}
    assert districts == {"33.01.11", "33.01.10", "33.01.01"}  # Sidareja, Gandrungmangu, Kedungreja
    villages = {str(graph.value(v, KGO.regionCode)) for v in graph.subjects(KGO.partOf, iri.region_iri("33.01.11"))}
    assert villages == {"33.01.11.2001", "33.01.11.2003"}  # Tinggarjaya, Sidamulya
    names = {str(graph.value(m, KGO.anchorOf)) for m in graph.subjects(KGO.mentionOf, None)}
    assert "Dusun Karangsari" in names and not any("RT 07" in n for n in names)
