"""The outlet an article's web address names is an organization wherever the text spells it."""

from __future__ import annotations

from kg.nlp import annotate
from kg.nlp.sites import site_names
from kg.records import Article


def _orgs(nlp, text: str, url: str | None) -> list[str]:
    article = Article(source="test.txt", sha256="0" * 64, text=text, url=url)
    (annotated,) = annotate([article], nlp)
    return [m.text for m in annotated.mentions if m.label == "ORG"]


def test_the_hosts_name_spelled_in_a_dateline_is_the_outlet(blank_nlp):
    text = "Banjir Rendam Desa\nMALANG, KABARSENJA. COM – Hujan deras mengguyur desa itu sejak pagi."
    assert _orgs(blank_nlp, text, "https://www.kabarsenja.com/berita/banjir") == ["KABARSENJA. COM"]
    assert _orgs(blank_nlp, text, None) == []  # no address: nothing to go by


def test_an_edition_sub_domain_counts_in_the_header_only_and_never_a_region(blank_nlp):
    text = ("Harga Cabai Naik\nRADARSENJA | Harga cabai naik lagi.\nWarga Jateng mengeluh.\n"
            "Pedagang membaca RADARSENJA setiap pagi.")
    url = "https://radarsenja.jawapos.com/ekonomi/1"
    assert _orgs(blank_nlp, text, url) == ["RADARSENJA"]  # the second one is past the header lines
    anywhere, header = site_names("https://jateng.nu.or.id/x")
    assert "nu" not in anywhere and "jateng" not in header  # too short; a region's name


def test_site_names_of_country_endings():
    anywhere, _ = site_names("https://teropongpublik.co.id/a")
    assert {"teropongpublik", "teropongpublikcoid"} <= anywhere
    assert site_names("not a url") == (frozenset(), frozenset())
