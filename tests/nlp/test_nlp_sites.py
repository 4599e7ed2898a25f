"""The outlet an article's web address names is an organization wherever the text spells it."""

from __future__ import annotations

import spacy

from kg.nlp import add_components, annotate
from kg.nlp.sites import site_names
from kg.records import Article


def _orgs(nlp, text: str, url: str | None) -> list[str]:
    article = Article(source="test.txt", sha256="0" * 64, text=text, url=url)
    (annotated,) = annotate([article], nlp)
    return [m.text for m in annotated.mentions if m.label == "ORG"]


def test_the_hosts_name_spelled_in_a_dateline_is_the_outlet(blank_nlp):
    text = "Banjir Rendam Desa\nMALANG, KABARSENJA. COM – Hujan deras mengguyur desa itu sejak pagi."
    assert _orgs(blank_nlp, text, "https://www.kabarsenja.com/berita/banjir") == ["KABARSENJA. COM"]
    assert _orgs(blank_nlp, text, None) == ["KABARSENJA. COM"]  # no address given: the one the dateline writes


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


def _orgs_when_tagged(text: str, url: str, tagged: list[str]) -> list[str]:
    """ORG mentions when a stand-in model tags each string of ``tagged`` as one organization."""
    nlp = spacy.blank("id")
    name = f"test_sites_{abs(hash((text, tuple(tagged))))}"

    @spacy.Language.component(name)
    def fixed(doc):
        doc.set_ents([doc.char_span(text.index(t), text.index(t) + len(t), label="ORG") for t in tagged])
        return doc

    nlp.add_pipe(name)
    add_components(nlp)
    return _orgs(nlp, text, url)


def test_a_site_name_ends_at_its_web_ending_and_the_body_after_it_stays():
    text = ("Sidang Ditunda\nLangkat- Kabarsenja.id Sidang tuntutan itu ditunda lagi.\n"
            "Binjai - Kabarsenja.id Pengadilan Negeri Binjai menggelar sidang kedua.")
    tagged = ["Kabarsenja.id Sidang", "Kabarsenja.id Pengadilan Negeri Binjai"]
    orgs = _orgs_when_tagged(text, "https://kabarsenja.id/hukum/1", tagged)
    assert orgs == ["Kabarsenja.id", "Kabarsenja.id", "Pengadilan Negeri Binjai"]


def test_a_mark_glued_to_the_outlets_address_or_a_www_before_it_is_no_part_of_the_name(blank_nlp):
    url = "https://kabarsenja.id/x"
    text = "Banjir Rendam Desa\nATAMBUA |KABARSENJA.ID) – Hujan deras mengguyur desa itu sejak pagi."
    assert _orgs(blank_nlp, text, url) == ["KABARSENJA.ID"]
    text = "Banjir Rendam Desa\nkabarsenja.id| MEDAN– Hujan deras. Baca juga www.kabarsenja.id setiap pagi."
    (article,) = annotate([Article(source="t.txt", sha256="0" * 64, text=text, url=url)], blank_nlp)
    orgs = [m for m in article.mentions if m.label == "ORG"]
    assert [m.text for m in orgs] == ["kabarsenja.id", "www.kabarsenja.id"]
    assert all(text[m.start:m.end] == m.text for m in orgs)


def test_without_an_address_the_one_the_dateline_writes_names_the_outlet(blank_nlp):
    text = ("Banjir Rendam Desa\nKABARSENJA.COM – KAB. MALANG – Hujan deras mengguyur desa itu.\n"
            "Warga bercerita kepada Kabarsenja pada Senin pagi. Surel redaksi@koransenja.com tidak dibalas.")
    assert _orgs(blank_nlp, text, None) == ["KABARSENJA.COM", "Kabarsenja"]
    assert _orgs(blank_nlp, text.replace("KABARSENJA.COM", "KABARSENJA"), None) == []  # no address written


def test_what_the_outlet_itself_reports_is_no_quote(ruled_nlp):
    nlp = ruled_nlp({"ORG": ["Kabarsenja"], "PER": ["Budi Santoso", "Media"]})  # as the model read "Media ini"
    text = ("Banjir Rendam Desa\nMALANG – Hujan deras mengguyur desa itu sejak pagi.\n"
            "Kabarsenja menyebutkan, banjir merendam empat puluh rumah warga di desa itu.\n"
            "Budi Santoso menyebutkan, banjir merendam empat puluh rumah warga di desa itu.\n"
            "Menurut data yang diperoleh Media ini melaporkan, banjir itu tidak memakan korban jiwa.")
    (article,) = annotate([Article(source="t.txt", sha256="0" * 64, text=text, url="https://kabarsenja.com/1")], nlp)
    assert [article.mentions[q.speaker].text for q in article.quotes if q.speaker is not None] == ["Budi Santoso"]


def test_an_address_in_capitals_with_a_space_after_the_dot_names_the_outlet_too(blank_nlp):
    text = ("Banjir Rendam Desa\nMALANG, KABAR SENJA. COM – Hujan deras mengguyur desa itu.\n"
            "Warga bercerita kepada Kabar Senja pada Senin pagi.")
    assert _orgs(blank_nlp, text, None) == ["KABAR SENJA. COM", "Kabar Senja"]
