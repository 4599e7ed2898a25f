"""kg.nlp.regions: the region list as evidence for places, on a blank pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from kg.nlp.regions import join_lower_case_regions, tag_regions


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("id")


def ents(nlp, text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Tag ``spans`` (text, label) as the model would have, run the step, return the entities."""
    doc = nlp(text)
    marked = []
    for part, label in spans:
        start = text.index(part)
        marked.append(doc.char_span(start, start + len(part), label=label))
    doc.set_ents(marked)
    tag_regions(doc)
    return [(e.text, e.label_) for e in doc.ents]


def test_nlp_regions_cut_rt_rw(nlp):
    text = "Warga Dusun Karangsari RT 07 RW 03 mengungsi, juga Kampung Polokiong RT 06/RW 01."
    found = ents(nlp, text, [("Dusun Karangsari RT 07 RW 03", "LOC"), ("Kampung Polokiong RT 06/RW 01", "LOC")])
    assert found == [("Dusun Karangsari", "LOC"), ("Kampung Polokiong", "LOC")]


def test_nlp_regions_region_name_typed_as_person_is_a_place(nlp):
    assert ents(nlp, "Banjir melanda Cilacap sejak pagi.", [("Cilacap", "PER")]) == [("Cilacap", "LOC")]


def test_nlp_regions_adds_missed_names_and_short_forms(nlp):
    text = "Gubernur Jabar meninjau banjir di Jawa Tengah dan KBB."
    assert ents(nlp, text, []) == [("Jabar", "LOC"), ("Jawa Tengah", "LOC"), ("KBB", "LOC")]


def test_nlp_regions_leaves_names_inside_longer_names_and_bodies(nlp):
    text = "Mahasiswa Institut Teknologi Bandung dan BPBD Cilacap serta Polda Riau hadir."
    assert ents(nlp, text, []) == []


def test_nlp_regions_cut_a_price_run_on(nlp):
    text = "Harga tertinggi di Gresik Rp31.000 per kg dan di Kota Blitar Rp27.000 per kg."
    found = ents(nlp, text, [("Gresik Rp31.000 per", "LOC"), ("Kota Blitar Rp", "LOC")])
    assert found == [("Gresik", "LOC"), ("Kota Blitar", "LOC")]


def test_nlp_regions_keeps_person_names_and_other_places(nlp):
    text = "Joko Widodo tiba di Tokyo."
    assert ents(nlp, text, [("Joko Widodo", "PER"), ("Tokyo", "LOC")]) == [("Joko Widodo", "PER"), ("Tokyo", "LOC")]


def test_nlp_regions_region_name_typed_as_organisation_is_a_place(nlp):
    assert ents(nlp, "Murid di Riau belajar di bekas WC.", [("Riau", "ORG")]) == [("Riau", "LOC")]


def test_nlp_regions_level_word_names_take_the_official_boundaries(nlp):
    text = "Batas antara Kecamatan Satui Tanah Bumbu dan murid di Kecamatan Koto Kampar Hulu, Riau."
    found = ents(nlp, text, [("Kecamatan Satui Tanah Bumbu", "LOC"), ("Kecamatan Koto Kampar", "LOC")])
    assert found == [("Kecamatan Satui", "LOC"), ("Tanah Bumbu", "LOC"), ("Kecamatan Koto Kampar Hulu", "LOC"),
                     ("Riau", "LOC")]


def test_nlp_regions_office_region_then_a_name(nlp):
    text = "Jawaban Bupati Tanah Bumbu Mardani Maming dan Kapolres Malang Kota ditunggu."
    found = ents(nlp, text, [("Tanah Bumbu Mardani Maming", "LOC"), ("Malang Kota", "LOC")])
    assert found == [("Tanah Bumbu", "LOC"), ("Mardani Maming", "PER"), ("Malang Kota", "LOC")]


def test_nlp_regions_a_body_cut_after_its_level_word_takes_the_region(nlp):
    text = "BPBD Kab Serang Catat Bencana Banjir."
    assert ents(nlp, text, [("BPBD Kab", "ORG"), ("Serang", "LOC")]) == [("BPBD Kab Serang", "ORG")]


def test_nlp_regions_a_district_then_a_person(nlp):
    text = "Kepala UPT BPBD Sidareja Agus Sudaryanto mengatakan pengungsi bertambah."
    found = ents(nlp, text, [("Sidareja Agus Sudaryanto", "LOC")])
    assert found == [("Sidareja", "LOC"), ("Agus Sudaryanto", "PER")]
    text = "Kasus demam berdarah merebak di Situbondo Jawa Timur sejak Juli."
    assert ents(nlp, text, [("Situbondo Jawa Timur", "LOC")]) == [("Situbondo", "LOC"), ("Jawa Timur", "LOC")]


def test_nlp_regions_lower_case_level_word_before_a_place_joins_it(nlp):
    text = "Di kabupaten Tangerang panen, juga di Desa Sungai Cuka Kec. Kintap kab. Tanah laut."
    found = ents(nlp, text, [("Tangerang", "LOC"), ("Desa Sungai Cuka", "LOC"), ("Kec. Kintap", "LOC"),
                             ("Tanah", "LOC")])
    assert found == [("kabupaten Tangerang", "LOC"), ("Desa Sungai Cuka", "LOC"), ("Kec. Kintap", "LOC"),
                     ("kab. Tanah laut", "LOC")]


def test_nlp_regions_level_word_name_runs_on_into_lower_case_words_of_the_list(nlp):
    text = "Titik api di Desa Kuala dua dan Desa Mekar Sari baru dipadamkan."
    found = ents(nlp, text, [("Desa Kuala", "LOC"), ("Desa Mekar Sari", "LOC")])
    assert found == [("Desa Kuala dua", "LOC"), ("Desa Mekar Sari", "LOC")]


def test_nlp_regions_district_of_a_regency_named_typed_as_person_is_a_place(nlp):
    text = "Tim Kecamatan Loa Janan menang di Stadion Rondong Demang, Tenggarong, Jumat."
    found = ents(nlp, text, [("Kecamatan Loa Janan", "ORG"), ("Stadion Rondong Demang", "LOC"), ("Tenggarong", "PER")])
    assert found == [("Kecamatan Loa Janan", "ORG"), ("Stadion Rondong Demang", "LOC"), ("Tenggarong", "LOC")]


def test_nlp_regions_village_of_a_district_named_is_a_place_and_a_missed_district_is_added(nlp):
    text = "Santri dari Kajen, Pekalongan dan Rowolaku hadir; gempa terasa di Sukabumi, seperti Kalapanunggal."
    found = ents(nlp, text, [("Kajen", "LOC"), ("Pekalongan", "LOC"), ("Rowolaku", "PER"), ("Sukabumi", "LOC")])
    assert found == [("Kajen", "LOC"), ("Pekalongan", "LOC"), ("Rowolaku", "LOC"), ("Sukabumi", "LOC"),
                     ("Kalapanunggal", "LOC")]


def test_nlp_regions_a_region_named_inside_a_bodys_name_is_the_articles_region(nlp):
    """"Disperindag Kabupaten Malang" names the regency, whose district "Kepanjen" is then a place."""
    text = "Kepala Disperindag Kabupaten Malang hadir di pasar Singosari dan Kepanjen, Selasa."
    found = ents(nlp, text, [("Disperindag Kabupaten Malang", "ORG"), ("Kepanjen", "PER")])
    assert ("Kepanjen", "LOC") in found


def test_nlp_regions_local_names_need_a_region_of_the_article_and_leave_bodies_alone(nlp):
    assert ents(nlp, "Tenggarong mencetak gol.", [("Tenggarong", "PER")]) == [("Tenggarong", "PER")]
    text = "Petugas Mapolsek Tenayan Raya di Kota Pekanbaru berjaga."
    found = ents(nlp, text, [("Tenayan Raya", "PER"), ("Kota Pekanbaru", "LOC")])
    assert found == [("Tenayan Raya", "PER"), ("Kota Pekanbaru", "LOC")]


def test_nlp_regions_region_after_a_unit_word_left_out_is_the_body(nlp):
    text = "Polda Sumsel Selidiki Kecelakaan di Palembang."
    assert ents(nlp, text, [("Sumsel", "LOC"), ("Palembang", "LOC")]) == [("Polda Sumsel", "ORG"), ("Palembang", "LOC")]
    # a lower-case word before the place is no unit
    assert ents(nlp, "Ia tinggal di polda Sumsel.", [("Sumsel", "LOC")]) == [("Sumsel", "LOC")]


def test_nlp_regions_missed_name_after_a_sentence_opening_common_word(nlp):
    text = "Panen melimpah. Seperti Grobogan bulan September panen seluas 27 hektar."
    assert ents(nlp, text, []) == [("Grobogan", "LOC")]
    # inside a sentence the capitalised run is left whole
    assert ents(nlp, "Panen di Pasar Grobogan ramai.", []) == []


def test_nlp_regions_a_person_that_ends_in_a_province_is_a_place_and_its_province(nlp):
    text = "Panen di Janeponto Sulsel seluas 6.612 hektar, kata Budi Santoso Jateng."
    found = ents(nlp, text, [("Janeponto Sulsel", "PER"), ("Budi Santoso Jateng", "PER")])
    assert found == [("Janeponto", "LOC"), ("Sulsel", "LOC"), ("Budi Santoso Jateng", "PER")]


def test_nlp_regions_a_town_then_its_province_are_two_places_unless_the_first_word_is_a_kind_of_place(nlp):
    text = "Lomba di Medan Sumatera Utara usai, kapal melintasi Selat Bali ke Kota Bengkulu."
    found = ents(nlp, text, [("Medan Sumatera Utara", "LOC"), ("Selat Bali", "LOC"), ("Kota Bengkulu", "LOC")])
    assert found == [("Medan", "LOC"), ("Sumatera Utara", "LOC"), ("Selat Bali", "LOC"), ("Kota Bengkulu", "LOC")]


def test_nlp_regions_a_region_name_that_is_also_a_word_is_the_region_in_a_list_of_places(nlp):
    text = "Peserta datang dari Aceh, Sumut, Sumbar dan Riau. Sumbar itu kata lama."
    found = ents(nlp, text, [("Aceh", "LOC"), ("Sumut", "LOC"), ("Riau", "LOC")])
    assert found == [("Aceh", "LOC"), ("Sumut", "LOC"), ("Sumbar", "LOC"), ("Riau", "LOC")]


def test_nlp_regions_a_units_region_typed_in_lower_case_joins_the_unit(nlp):
    text = "Pihak Kejari konsel dan MRP papua barat datang, juga Polres batu."
    doc = nlp(text)
    doc.set_ents([doc.char_span(text.index(w), text.index(w) + len(w), label="ORG") for w in ("Kejari", "MRP", "Polres")])
    join_lower_case_regions(doc)
    assert [e.text for e in doc.ents] == ["Kejari konsel", "MRP papua barat", "Polres"]  # "batu": a word


def test_nlp_regions_a_region_written_in_lower_case_with_its_level_word(nlp):
    text = "Jalan di desa negara agung, kecamatan sungkai jaya, kabupaten lampung utara dibangun, bukan di kota baru."
    assert ents(nlp, text, []) == [("desa negara agung", "LOC"), ("kecamatan sungkai jaya", "LOC"),
                                   ("kabupaten lampung utara", "LOC")]  # "kota baru": a new town


def test_nlp_regions_a_level_word_inside_a_place_starts_the_next_region(nlp):
    text = "Warga Pasirdoton Kecamatan Cidahu mengungsi ke Taman Kota Bandung."
    found = ents(nlp, text, [("Pasirdoton Kecamatan Cidahu", "LOC"), ("Taman Kota Bandung", "LOC")])
    assert found == [("Pasirdoton", "LOC"), ("Kecamatan Cidahu", "LOC"), ("Taman Kota Bandung", "LOC")]


def test_nlp_regions_a_regency_is_not_split_off_a_regency_it_does_not_lie_in(nlp):
    text = "Ia lari ke Kabupaten Toba Samosir, lalu ke Kecamatan Satui Tanah Bumbu."
    found = ents(nlp, text, [("Kabupaten Toba Samosir", "LOC"), ("Kecamatan Satui Tanah Bumbu", "LOC")])
    assert found == [("Kabupaten Toba Samosir", "LOC"), ("Kecamatan Satui", "LOC"), ("Tanah Bumbu", "LOC")]


def test_nlp_regions_a_district_then_the_short_form_of_its_city(nlp):
    text = "Warga Kecamatan Pondok Aren Tangsel mengungsi."
    found = ents(nlp, text, [("Kecamatan Pondok Aren Tangsel", "LOC")])
    assert found == [("Kecamatan Pondok Aren", "LOC"), ("Tangsel", "LOC")]


def test_nlp_regions_a_short_form_of_a_region_the_article_names_ends_an_office_and_a_body(nlp):
    text = ("Acara di Kabupaten Murung Raya dihadiri anggota DPRD Mura Heriyus. "
            "Pj Bupati Mura Hermon meresmikan gedung itu.")
    found = ents(nlp, text, [("Kabupaten Murung Raya", "LOC"), ("DPRD Mura Heriyus", "ORG"), ("Mura Hermon", "PER")])
    assert found == [("Kabupaten Murung Raya", "LOC"), ("DPRD Mura", "ORG"), ("Heriyus", "PER"), ("Mura", "LOC"),
                     ("Hermon", "PER")]
    # "Mura" is also Musi Rawas: without the region written in full, the form means nothing
    alone = ents(nlp, "Pj Bupati Mura Hermon meresmikan gedung itu.", [("Mura Hermon", "PER")])
    assert alone == [("Mura Hermon", "PER")]


def test_nlp_regions_lower_case_level_word_stays_out_when_the_name_alone_decides(nlp):
    # Only the region's own name is its name; the level word joins where only it tells the region
    # (several villages are called Sungai Cuka, one regency Tambrauw).
    text = "Kasus tertinggi di kabupaten Tambrauw dan kabupaten Teluk Wondama, lalu desa Sungai Cuka."
    found = ents(nlp, text, [("Tambrauw", "LOC"), ("Teluk Wondama", "LOC"), ("Sungai Cuka", "LOC")])
    assert found == [("Tambrauw", "LOC"), ("Teluk Wondama", "LOC"), ("desa Sungai Cuka", "LOC")]


def test_nlp_regions_a_body_cut_after_its_level_word_takes_the_region_from_its_holders_name(nlp):
    text = "Hadir Ketua DPRD Provinsi Kalimantan Tengah Wiyatno dan lainnya."
    found = ents(nlp, text, [("DPRD Provinsi", "ORG"), ("Kalimantan Tengah Wiyatno", "PER")])
    assert found == [("DPRD Provinsi Kalimantan Tengah", "ORG"), ("Wiyatno", "PER")]


def test_nlp_regions_the_town_hall_is_no_hall_and_a_city(nlp):
    text = "Tamu disambut di Balai Kota Surabaya pada Senin."
    assert ents(nlp, text, [("Balai Kota Surabaya", "LOC")]) == [("Balai Kota Surabaya", "LOC")]


def test_nlp_regions_a_word_before_a_persons_name_is_no_region(nlp):
    # "Bang" may shorten "Bangka Belitung", which the article names; before "Suganda" it is how he is addressed.
    text = "Gubernur Bangka Belitung meninjau desa. Konsep itu ada di Bang Suganda, katanya."
    found = ents(nlp, text, [("Bangka Belitung", "LOC"), ("Suganda", "PER")])
    assert found == [("Bangka Belitung", "LOC"), ("Suganda", "PER")]


def test_nlp_regions_the_holder_split_off_the_place_goes_on_into_the_name_after_it(nlp):
    text = "Bupati Sumba Barat Daya Markus Dairo Tallu meresmikan rumah sakit."
    found = ents(nlp, text, [("Sumba Barat Daya Markus", "LOC"), ("Dairo Tallu", "PER")])
    assert found == [("Sumba Barat Daya", "LOC"), ("Markus Dairo Tallu", "PER")]
    # a person the text names after a comma is someone else
    text = "Bupati Sumba Barat Daya Markus, Dairo Tallu meresmikan rumah sakit."
    found = ents(nlp, text, [("Sumba Barat Daya Markus", "LOC"), ("Dairo Tallu", "PER")])
    assert found == [("Sumba Barat Daya", "LOC"), ("Markus", "PER"), ("Dairo Tallu", "PER")]


def test_nlp_regions_a_hyphenated_holders_name_after_an_office_and_its_region(nlp):
    text = "Gak ada tanda Gubernur Jambi Al-Haris menunjukan perhatian."
    found = ents(nlp, text, [("Jambi Al-Haris", "PER")])
    assert found == [("Jambi", "LOC"), ("Al-Haris", "PER")]
