"""Sentence segmentation and the annotate() entry point."""

from __future__ import annotations

import pytest

from kg.nlp import annotate


def _sentences(nlp, make_article, text):
    (annotated,) = annotate([make_article(text)], nlp)
    return [s.text for s in annotated.sentences]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Budi tiba. Siti pergi.", ["Budi tiba.", "Siti pergi."]),
        ("Judul Berita\nIsi berita di sini.", ["Judul Berita", "Isi berita di sini."]),
        ("Harga naik 2.5 persen. Dr. Budi setuju.", ["Harga naik 2.5 persen.", "Dr. Budi setuju."]),
        ("Menurut Liputan6.com, harga naik. Ini benar.", ["Menurut Liputan6.com, harga naik.", "Ini benar."]),
        ("Ia membeli buku, pena, dll. Kemudian pulang.", ["Ia membeli buku, pena, dll.", "Kemudian pulang."]),
        ("Rumah No. 5 dijual. Prof. Ali datang.", ["Rumah No. 5 dijual.", "Prof. Ali datang."]),
        ("Surat dari A. Rahman tiba. Ia senang.", ["Surat dari A. Rahman tiba.", "Ia senang."]),
        ("Hadir Wabup Dr. HM. Nursiah, lalu pulang. Selesai.", ["Hadir Wabup Dr. HM. Nursiah, lalu pulang.", "Selesai."]),
        ('"Kami siap." Budi tersenyum.', ['"Kami siap."', "Budi tersenyum."]),
        ("“Kami siap,” kata Budi. Ia pergi.", ["“Kami siap,” kata Budi.", "Ia pergi."]),
        ("Acara pada Rabu (13/9). Lalu selesai.", ["Acara pada Rabu (13/9).", "Lalu selesai."]),
        ("Tanggal tgl. 5 Mei. Selesai.", ["Tanggal tgl. 5 Mei.", "Selesai."]),
        # a company form written with a period: "PT. Pelayaran Nasional Indonesia"
        ("Kapal milik PT. Pelayaran Nasional Indonesia tiba. Selesai.",
         ["Kapal milik PT. Pelayaran Nasional Indonesia tiba.", "Selesai."]),
        ("Apa kabar? Baik!", ["Apa kabar?", "Baik!"]),
        ("Hadir Budi, Ph.D, lalu pulang. Selesai.", ["Hadir Budi, Ph.D, lalu pulang.", "Selesai."]),
        ("Kapolda NTT, Irjen Pol. Daniel Silitonga, mengaku. Selesai.", ["Kapolda NTT, Irjen Pol. Daniel Silitonga, mengaku.", "Selesai."]),
    ],
)
def test_sentences_split(blank_nlp, make_article, text, expected):
    assert _sentences(blank_nlp, make_article, text) == expected


def test_sentences_do_not_split_entities(blank_nlp, make_article):
    text = "Ia bertemu Budi Santoso di Jakarta. Selesai."
    (annotated,) = annotate([make_article(text)], blank_nlp)
    assert [m.text for m in annotated.mentions] == ["Budi Santoso", "Jakarta"]
    assert [m.sentence for m in annotated.mentions] == [0, 0]


def test_annotate_offsets_point_into_text(blank_nlp, make_article):
    text = "Judul\n\nPresiden Joko Widodo tiba di Bali.  Ia disambut Prabowo Subianto."
    (annotated,) = annotate([make_article(text)], blank_nlp)
    for record in (*annotated.sentences, *annotated.mentions):
        assert text[record.start : record.end] == record.text
    assert [m.sentence for m in annotated.mentions] == [1, 1, 2]
    assert {m.label for m in annotated.mentions} == {"PER", "LOC"}


def test_annotate_keeps_article_order(blank_nlp, make_article):
    articles = [make_article(f"Berita {i}. Budi tiba.") for i in range(5)]
    results = list(annotate(articles, blank_nlp, batch_size=2))
    assert [r.article for r in results] == articles


def test_annotate_empty_text(blank_nlp, make_article):
    (annotated,) = annotate([make_article("")], blank_nlp)
    assert annotated.sentences == () and annotated.mentions == ()


def test_sentences_clip_entity_over_boundary(make_article):
    import spacy
    from spacy.tokens import Span

    from kg.nlp import add_components

    nlp = spacy.blank("id")

    @spacy.Language.component("test_greedy_ner")
    def greedy(doc):  # an NER that runs a name over the sentence end
        doc.set_ents([Span(doc, 2, 7, label="ORG")])
        return doc

    nlp.add_pipe("test_greedy_ner")
    add_components(nlp)
    (annotated,) = annotate([make_article("Rapat di Kementerian Dalam Negeri. Sebelumnya ia pergi.")], nlp)
    assert [m.text for m in annotated.mentions] == ["Kementerian Dalam Negeri"]
    assert len(annotated.sentences) == 2


def _with_fixed_ents(spans, text, make_article):
    import spacy
    from spacy.tokens import Span

    from kg.nlp import add_components

    nlp = spacy.blank("id")

    @spacy.Language.component("test_fixed_ents_" + str(abs(hash(text))))
    def fixed(doc):
        doc.set_ents([Span(doc, s, e, label=label) for s, e, label in spans])
        return doc

    nlp.add_pipe("test_fixed_ents_" + str(abs(hash(text))))
    add_components(nlp)
    (annotated,) = annotate([make_article(text)], nlp)
    return [(m.text, m.label) for m in annotated.mentions]


def test_entities_split_place_glued_to_person(make_article):
    text = "Warga Jepang senang . Perdana Menteri Jepang Fumio Kishida datang ."
    assert _with_fixed_ents([(1, 2, "LOC"), (6, 9, "PER")], text, make_article) == [
        ("Jepang", "LOC"), ("Jepang", "LOC"), ("Fumio Kishida", "PER"),
    ]


def test_entities_headline_person_stops_at_dictionary_word(make_article):
    text = "Prabowo Subianto Terima Kunjungan Menteri Australia\nIsi berita."
    people = [m for m in _with_fixed_ents([(0, 4, "PER")], text, make_article) if m[1] == "PER"]
    assert people == [("Prabowo Subianto", "PER")]


def test_sentence_starts_follow_the_names_as_the_rules_change_them():
    import spacy
    from spacy.tokens import Span

    from kg.nlp.sentences import boundaries

    doc = spacy.blank("id")("Rapat di Jakarta. Budi hadir.")
    budi = [t.text for t in doc].index("Budi")
    assert budi in boundaries(doc)
    doc.set_ents([Span(doc, budi - 2, budi + 1, label="ORG")])  # a rule's name over the full stop ("Jakarta. Budi")
    assert budi not in boundaries(doc)  # no sentence starts inside a name, as the names are now
    doc.set_ents([])
    assert budi in boundaries(doc)
