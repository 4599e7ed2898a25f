"""Labels from the words around a name: media outlets and facilities."""

from __future__ import annotations

import pytest
import spacy

from kg.nlp.cues import relabel_by_cues


_BLANK = []


def entities(text: str, patterns: list[tuple[str, str]]) -> list[tuple[str, str]]:
    if not _BLANK:  # the Indonesian tokenizer takes seconds to build: once per module
        _BLANK.append(spacy.blank("id"))
    doc = _BLANK[0](text)
    spans = []
    for name, label in patterns:
        start = text.index(name)
        spans.append(doc.char_span(start, start + len(name), label=label))
    doc.ents = spans
    relabel_by_cues(doc)
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("text", "patterns", "expected"),
    [
        ("Kantor berita Rusia Tass melaporkan pertemuan itu.", [("Rusia", "LOC"), ("Tass", "PER")],
         [("Rusia", "LOC"), ("Tass", "ORG")]),
        ("Melansir Nikkei, pabrik itu ditutup.", [("Nikkei", "PER")], [("Nikkei", "ORG")]),
        ("Seperti dilansir dari Antara, banjir surut.", [("Antara", "PER")], [("Antara", "ORG")]),
        ("Media Korea Utara melaporkan hal itu.", [("Korea Utara", "LOC")], [("Korea Utara", "LOC")]),
        ("Ia tiba di Bandara Kualanamu pagi ini.", [("Bandara Kualanamu", "PER")], [("Bandara Kualanamu", "LOC")]),
        ("Ia dirawat di rumah sakit Al Shifa, Gaza.", [("Al Shifa", "PER")], [("Al Shifa", "LOC")]),
        ("Jemaah tiba di bandara Kualanamu pagi ini.", [("Kualanamu", "PER")], [("Kualanamu", "LOC")]),
        ("Kepala Desa Sutrisno hadir.", [("Sutrisno", "PER")], [("Sutrisno", "PER")]),  # an office, then its holder
        ("Warga menziarahi makam Mbah Sido Branti.", [("Mbah Sido Branti", "PER")], [("Mbah Sido Branti", "PER")]),
        ("Mereka bertemu di Baikonur Cosmodrome.", [("Baikonur Cosmodrome", "PER")], [("Baikonur Cosmodrome", "LOC")]),
        ("Mengutip Budi Santoso, harga naik.", [("Budi Santoso", "PER")], [("Budi Santoso", "PER")]),
        ("Syuting di Air Terjun Sampang.", [("Air Terjun Sampang", "ORG")], [("Air Terjun Sampang", "LOC")]),
        ("Laut Arafuru menjadi saksi bisu.", [("Laut Arafuru", "PER")], [("Laut Arafuru", "LOC")]),  # a sea
        ("Kata Kepala KPw itu.", [("KPw", "PER")], [("KPw", "ORG")]),
        ("ungkap Banta, tokoh warga, kepada Serambi, Sabtu (15/2).", [("Banta", "PER"), ("Serambi", "PER")],
         [("Banta", "PER"), ("Serambi", "ORG")]),
        ("ujar Rully kepada Radar Lamsel. Biasanya rumah terbakar.", [("Rully", "PER"), ("Radar Lamsel", "PER")],
         [("Rully", "PER"), ("Radar Lamsel", "ORG")]),
        ("Ia menyerahkan bantuan kepada Andi, warga desa.", [("Andi", "PER")], [("Andi", "PER")]),
        ("ungkap Tgk Banta Lidan kemarin.", [("Tgk Banta Lidan", "ORG")], [("Tgk Banta Lidan", "PER")]),
        ("Warga Ibu Kota Nusantara tiba.", [("Ibu Kota Nusantara", "LOC")], [("Ibu Kota Nusantara", "LOC")]),
        ("Hadir KH A Badawi Basyir (sekretaris).", [("A Badawi Basyir", "ORG")], [("A Badawi Basyir", "PER")]),
        ("Presiden dan istrinya, Brigitte Macron tiba.", [("Brigitte Macron", "ORG")], [("Brigitte Macron", "PER")]),
        ("lewat gol yang dicetak Nico pada menit 39.", [("Nico", "ORG")], [("Nico", "PER")]),
        ("ruwatan oleh Ki Gutoyo Cermo Sudarmo.", [("Ki Gutoyo Cermo Sudarmo", "ORG")],
         [("Ki Gutoyo Cermo Sudarmo", "PER")]),
        ("bersama H Pemkab Bone.", [("Pemkab Bone", "ORG")], [("Pemkab Bone", "ORG")]),
        ("Kata Komisioner KI Pusat itu.", [("KI Pusat", "ORG")], [("KI Pusat", "ORG")]),
    ],
)
def test_cues_relabel(text, patterns, expected):
    assert entities(text, patterns) == expected


def test_a_person_the_article_names_elsewhere_stays_a_person_after_kepada():
    entities("", [])
    doc = _BLANK[0]("Andi tiba. Kata Rudi kepada Andi, rapat batal.")
    doc.ents = [doc.char_span(0, 4, "PER"), doc.char_span(16, 20, "PER"), doc.char_span(28, 32, "PER")]
    relabel_by_cues(doc)
    assert [e.label_ for e in doc.ents] == ["PER", "PER", "PER"]


def test_cues_add_an_outlet_the_model_missed():
    assert entities("Hal itu disampaikan di televisi Rossiya-1 kemarin.", []) == [("Rossiya-1", "ORG")]
    assert entities("Menurut harian Kompas, harga naik.", []) == [("Kompas", "ORG")]


def test_cues_do_not_add_a_name_after_a_vague_cue():
    assert entities("Hal itu ramai di media Barat.", []) == []


def test_a_capitalised_dateline_is_an_outlet_when_a_place_is_only_its_first_word():
    assert entities("Laporan Bawaslu\nJABAR EKSPRES – Badan Pengawas menerima laporan.", []) == [
        ("JABAR EKSPRES", "ORG")]
    assert entities("Bantuan Tunai\nTANJUNG KEMUNING – Warga menerima bantuan.", []) == [
        ("TANJUNG KEMUNING", "LOC")]  # a district of the official list


@pytest.mark.parametrize(("word", "label"), [
    ("MEDANTIMES", "ORG"), ("KANALMEDAN", "ORG"),  # a city's name glued to letters that name no place
    ("TEMBILAHAN", "LOC"), ("BATULICIN", "LOC"),  # a district of the list; "Batu Licin" written as one word
    ("BUNTOK", "LOC"),  # a town the lists lack: no place's name inside it, so still the dateline's place
])
def test_one_capitalised_word_of_a_dateline_is_an_outlet_when_it_glues_a_place_to_no_place(word, label):
    assert entities(f"Laporan Warga\n{word} – Warga menerima bantuan.", []) == [(word, label)]


@pytest.mark.parametrize(("line", "expected"), [
    ("KRAKSAAN Radar Bromo – Pengadilan menerima berkas.", [("KRAKSAAN", "LOC"), ("Radar Bromo", "ORG")]),
    ("PURUK CAHU, Kaltengmaju.com – Pemerintah rapat.", [("PURUK CAHU", "LOC"), ("Kaltengmaju.com", "ORG")]),
    ("TRIBUNPONTIANAK.CO.ID, KUBURAYA - Titik api muncul.", [("TRIBUNPONTIANAK.CO.ID", "ORG"), ("KUBURAYA", "LOC")]),
    ("Senjatoday.co, Tenggarong - Warga rapat.", [("Senjatoday.co", "ORG"), ("Tenggarong", "LOC")]),  # a district's town
    ("SIKAKAP--Nelayan menerima mesin.", [("SIKAKAP", "LOC")]),
    ("Orideknews.com, MANOKWARI, – Dinas rapat.", [("Orideknews.com", "ORG"), ("MANOKWARI", "LOC")]),  # not "MANOKWARI,"
    ("HAI-ONLINE.COM - Film horor naik daun.", []),  # a hyphen inside the outlet's name is no dateline's dash
    ("JABARSENJA | SUBANG – Pemerintah rapat.", [("JABARSENJA", "ORG"), ("SUBANG", "LOC")]),  # a bar between
    ("KABARSENJA | BANGKALAN-Warga rapat.", [("KABARSENJA", "ORG"), ("BANGKALAN", "LOC")]),  # and a glued dash
    ("PALU, beritasenja | Warga rapat.", [("PALU", "LOC"), ("beritasenja", "ORG")]),  # a bar ends it; no word
    ("PALU, kemarin | Warga rapat.", []),  # "kemarin" is a word of the language, no outlet: no dateline pair
    ("JagoSenja – Warga rapat.", [("JagoSenja", "ORG")]),  # written as a brand, as no place is
    ("Kabar27 – Warga rapat.", [("Kabar27", "ORG")]),
    ("senjapos – Warga rapat.", [("senjapos", "ORG")]),
    ("Narasenja – Warga rapat.", []),  # capitalised as a place would be: the dateline alone does not say which
    ("Mataram (Senja Lombok) – Warga rapat.", [("Mataram", "LOC"), ("Senja Lombok", "ORG")]),  # the outlet in brackets
    ("PADANG (SenjaFokus)\nWarga rapat.", [("PADANG", "LOC"), ("SenjaFokus", "ORG")]),  # alone on its line
    ("Padang, (senjapos) - Warga rapat.", [("Padang", "LOC"), ("senjapos", "ORG")]),
    ("SENJATIK (BANDARLAMPUNG) – Warga rapat.", [("SENJATIK", "ORG"), ("BANDARLAMPUNG", "LOC")]),  # the other way
    ("Sergai (Sumut) – Warga rapat.", []),  # two places: no outlet
    ("Kepala Desa (Kades) Salabulan hadir.", []),  # a short form in brackets inside a sentence: no dateline
])
def test_a_dateline_place_in_capitals_beside_an_outlet_or_before_a_run_of_dashes(line, expected):
    assert entities("Judul Berita\n" + line, []) == expected
