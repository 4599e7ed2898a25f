"""Titles attached to people (made-up sentences)."""

from __future__ import annotations

import pytest

from kg.nlp import annotate


def _roles(nlp, make_article, text):
    (annotated,) = annotate([make_article(text)], nlp)
    m = annotated.mentions
    return [
        (m[r.person].text, r.title, m[r.affiliation].text if r.affiliation is not None else None)
        for r in annotated.roles
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Presiden Prancis Emmanuel Macron tiba di Jakarta.", [("Emmanuel Macron", "Presiden Prancis", "Prancis")]),
        ("Ia bertemu Menteri Luar Negeri Indonesia, Retno Marsudi, kemarin.", [("Retno Marsudi", "Menteri Luar Negeri Indonesia", "Indonesia")]),
        ("Antony Blinken, juru bicara Gedung Putih, menolak.", [("Antony Blinken", "juru bicara Gedung Putih", "Gedung Putih")]),
        ("Kanselir Jerman Olaf Scholz berbicara.", [("Olaf Scholz", "Kanselir Jerman", "Jerman")]),
        ("Perdana Menteri Jepang (Jepang) Fumio Kishida hadir.", [("Fumio Kishida", "Perdana Menteri Jepang (Jepang)", "Jepang")]),
        ("Wakil Presiden Budi Santoso datang.", [("Budi Santoso", "Wakil Presiden", None)]),
        ("Siti Aminah, Kepala Dinas Kesehatan Jawa Barat menjelaskan.", [("Siti Aminah", "Kepala Dinas Kesehatan Jawa Barat", "Dinas Kesehatan Jawa Barat")]),
        ("penasihat keamanan nasional Gedung Putih Joe Biden", [("Joe Biden", "penasihat keamanan nasional Gedung Putih", "Gedung Putih")]),
        ("Budi Santoso dan Siti Aminah makan.", []),
        ("Setelah menemui Joko Widodo, Presiden Prancis Emmanuel Macron pulang.", [("Emmanuel Macron", "Presiden Prancis", "Prancis")]),
        ("Rektor Bandung Prof. Dr. Budi Santoso memberi sambutan.", [("Budi Santoso", "Rektor Bandung", "Bandung")]),
        ("Komandan Bandung Kapten Inf Budi Santoso hadir.", [("Budi Santoso", "Komandan Bandung", "Bandung")]),
        # agent nouns the corpora show beside names
        ("Film itu ditulis penulis Budi Santoso.", [("Budi Santoso", "penulis", None)]),
        ("Siti Aminah, fotografer senior, memotret.", [("Siti Aminah", "fotografer senior", None)]),
        # degrees between the name and its office
        ("Budi Santoso PhD, Plt Kepala Dinas Kesehatan Jawa Barat, mengatakan banjir surut.",
         [("Budi Santoso", "Plt Kepala Dinas Kesehatan Jawa Barat", "Dinas Kesehatan Jawa Barat")]),
        ("Siti Aminah, SE MM selaku ketua panitia, melaporkan.", [("Siti Aminah", "ketua panitia", None)]),
        # the office held before a move
        ("Budi Santoso yang sebelumnya menjabat Kepala Dinas Kesehatan Jawa Barat dipindah.",
         [("Budi Santoso", "Kepala Dinas Kesehatan Jawa Barat", "Dinas Kesehatan Jawa Barat")]),
        ("Siti Aminah yang sebelumnya sebagai Kepala Dinas Kesehatan Jawa Barat dipindah.",
         [("Siti Aminah", "Kepala Dinas Kesehatan Jawa Barat", "Dinas Kesehatan Jawa Barat")]),
        # the treasurer is an office like the secretary
        ("Hadir pula Sekretaris MUI Budi Santoso dan bendahara MUI Siti Aminah.",
         [("Budi Santoso", "Sekretaris MUI", None), ("Siti Aminah", "bendahara MUI", None)]),
        # "yang sekaligus": a second office, after the degrees
        ("Kepala Biro Akademik Budi Santoso, S.E., M.M yang sekaligus ketua pelaksana wisuda mengungkapkan jumlahnya.",
         [("Budi Santoso", "Kepala Biro Akademik", "Biro Akademik"), ("Budi Santoso", "ketua pelaksana", None)]),
        # a lower-case noun between the office and its holder: what the office heads
        ("Koordinator massa Budi Santoso mengatakan aksi itu damai.", [("Budi Santoso", "Koordinator massa", None)]),
        # the office moved to, after the one held before
        ("Budi Santoso sebelumnya menjabat Kepala Dinas Kesehatan Jawa Barat dipindah sebagai Kepala Dinas Sosial.",
         [("Budi Santoso", "Kepala Dinas Kesehatan Jawa Barat", "Dinas Kesehatan Jawa Barat"),
          ("Budi Santoso", "Kepala Dinas Sosial", "Dinas Sosial")]),
    ],
)
def test_roles_found(blank_nlp, make_article, text, expected):
    assert _roles(blank_nlp, make_article, text) == expected


def test_a_deputy_named_without_a_body_after_the_heads_office_is_that_bodys_deputy(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Rodi Wijaya", "Taufik Siswanto"], "ORG": ["DPRD Kota Lubuklinggau"]})
    text = "Rapat dipimpin Ketua DPRD Kota Lubuklinggau Rodi Wijaya dengan Wakil Ketua Taufik Siswanto."
    found = _roles(nlp, make_article, text)
    assert ("Taufik Siswanto", "Wakil Ketua", "DPRD Kota Lubuklinggau") in found
    listed = _roles(ruled_nlp({"PER": ["Rodi Wijaya", "Taufik Siswanto", "Suyitno"], "ORG": ["DPRD Kota Lubuklinggau"]}),
                    make_article, text.replace("Siswanto.", "Siswanto, Suyitno dan 20 anggota lainnya."))
    assert ("Suyitno", "Wakil Ketua", "DPRD Kota Lubuklinggau") in listed  # a list a "dan" closes shares the office
    alone = _roles(nlp, make_article, "Wakil Ketua Taufik Siswanto hadir. Ketua DPRD Kota Lubuklinggau Rodi Wijaya tiba.")
    assert ("Taufik Siswanto", "Wakil Ketua", None) in alone  # the head's office named later, in another sentence


def test_a_legislators_constituency_between_the_body_and_the_holder_is_part_of_the_office(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Rina Hartati", "Budi Santoso"], "ORG": ["DPD RI", "DPR RI"],
                     "LOC": ["Sultra", "Kalimantan Timur"]})
    text = ("Hadir anggota DPD RI asal Sultra Rina Hartati, dan Anggota DPR RI dari daerah pemilihan "
            "Kalimantan Timur, Budi Santoso.")
    found = {(person, body) for person, _, body in _roles(nlp, make_article, text)}
    assert found == {("Rina Hartati", "DPD RI"), ("Budi Santoso", "DPR RI")}


def test_roles_offsets(blank_nlp, make_article):
    text = "Judul\nMenteri Keuangan Sri Mulyani hadir."
    (annotated,) = annotate([make_article(text)], blank_nlp)
    (role,) = annotated.roles
    assert text[role.start : role.end] == role.title == "Menteri Keuangan"
    assert role.sentence == 1


def test_roles_skip_place_mistagged_as_person(make_article):
    import spacy
    from spacy.tokens import Span

    from kg.nlp import add_components, annotate

    nlp = spacy.blank("id")

    @spacy.Language.component("test_confused_ner")
    def confused(doc):  # "Bali" is a place twice, a person once
        doc.set_ents([Span(doc, 0, 1, label="LOC"), Span(doc, 4, 5, label="LOC"), Span(doc, 8, 9, label="PER")])
        return doc

    nlp.add_pipe("test_confused_ner")
    add_components(nlp)
    (annotated,) = annotate([make_article("Bali indah . Ke Bali lagi . Gubernur Bali hadir .")], nlp)
    assert annotated.roles == ()


def test_roles_unit_heads_office_verbs_and_two_fields(blank_nlp, make_article):
    text = ("Kabagops Polri Kompol Idham Kholid menjelaskan pengamanan. "
            "RUPSLB mengangkat Budi Santoso, yang saat itu masih menjabat Direktur Utama Bank Indonesia. "
            "Sri Mulyani, Staf Kedaruratan dan Logistik DPR, tiba.")
    roles = _roles(blank_nlp, make_article, text)
    assert ("Idham Kholid", "Kabagops Polri", "Polri") in roles
    assert ("Budi Santoso", "Direktur Utama Bank Indonesia", "Bank Indonesia") in roles
    assert ("Sri Mulyani", "Staf Kedaruratan dan Logistik DPR", "DPR") in roles


def test_a_title_repeated_without_its_body_keeps_the_body_the_article_gave_it(blank_nlp, make_article):
    text = ("Kanselir Jerman Olaf Scholz tiba di Jakarta. Kemudian Kanselir Olaf Scholz bertemu Wakil Presiden "
            "Budi Santoso.")
    assert _roles(blank_nlp, make_article, text) == [
        ("Olaf Scholz", "Kanselir Jerman", "Jerman"), ("Olaf Scholz", "Kanselir", "Jerman"),
        ("Budi Santoso", "Wakil Presiden", None),
    ]


def test_a_lower_case_title_between_commas_belongs_to_the_name_before_it(blank_nlp, make_article):
    text = "Medali diraih Budi Santoso, siswa Partai Golkar, Siti Aminah, siswa Bank Indonesia, dan Joe Biden."
    assert _roles(blank_nlp, make_article, text) == [
        ("Budi Santoso", "siswa Partai Golkar", "Partai Golkar"), ("Siti Aminah", "siswa Bank Indonesia", "Bank Indonesia"),
    ]
    text = "Peristiwa itu melibatkan Sri Mulyani, Ketua Partai Golkar, Budi Santoso, yang mengemudi."
    assert ("Budi Santoso", "Ketua Partai Golkar", "Partai Golkar") in _roles(blank_nlp, make_article, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hal itu dijelaskan Budi Santoso, selaku Ketua Partai Golkar, kemarin.",
         ("Budi Santoso", "Ketua Partai Golkar", "Partai Golkar")),
        ("Polisi menetapkan mantan Ketua Partai Golkar, bernama Budi Santoso, sebagai tersangka.",
         ("Budi Santoso", "mantan Ketua Partai Golkar", "Partai Golkar")),
    ],
)
def test_selaku_and_bernama_link_a_title_and_a_name(blank_nlp, make_article, text, expected):
    assert _roles(blank_nlp, make_article, text) == [expected]


def test_pm_is_a_title_and_takes_the_body_its_spelled_out_form_was_given(blank_nlp, make_article):
    text = "Perdana Menteri (PM) Australia, Anthony Albanese, tiba di Jakarta. Kemudian PM Albanese bertemu Joko Widodo."
    assert ("Albanese", "PM", "Australia") in _roles(blank_nlp, make_article, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # an age in brackets between the name and the apposed occupation; the occupation's object
        ("Menurut Siti Aminah (34), penjual sayuran di Bandung, harga naik.",
         [("Siti Aminah", "penjual sayuran di Bandung", "Bandung")]),
        ("Misa dipimpin Uskup Budi Santoso di Jakarta.", [("Budi Santoso", "Uskup", None)]),
        # a headline: its verb ends the title, so no title reaches the name after it
        ("Pelatih Persija Beberkan Kunci Menang Lawan Budi Santoso\nLaga berakhir imbang.", []),
        # nor does a word never written in a name ("Tunggu", "Kepemimpinan") in a title-case headline
        ("JPU Tunggu Salinan Putusan Kasasi Budi Santoso\nJaksa masih menunggu.", []),
        ("Wamenlu Australia Apresiasi Kepemimpinan Gubernur Budi Santoso\nTamu datang.",
         [("Budi Santoso", "Gubernur", None)]),
        # a contracted head of a section ("Kepala Sub Seksi")
        ("Sedangkan Kasubsi Pidsus Kejari Bandung, Budi Santoso, mengatakan berkas lengkap.",
         [("Budi Santoso", "Kasubsi Pidsus Kejari Bandung", "Kejari Bandung")]),
        # a body's acronym with digits in the title; with the region after it, that region's office
        ("Sementara Kepala BP3TKI Bali, Budi Santoso, mengatakan pelatihan dibuka.",
         [("Budi Santoso", "Kepala BP3TKI Bali", "BP3TKI Bali")]),
    ],
)
def test_occupations_in_apposition_and_church_offices(blank_nlp, make_article, text, expected):
    assert _roles(blank_nlp, make_article, text) == expected


def test_contracted_offices_of_deputies_and_region_secretaries_are_titles(blank_nlp, make_article):
    found = _roles(blank_nlp, make_article, "Hadir pula Sekdaprov Jawa Barat Budi Santoso di Bandung.")
    assert found == [("Budi Santoso", "Sekdaprov Jawa Barat", "Jawa Barat")]


def test_a_title_after_sebagai_belongs_to_the_name_before_it(blank_nlp, make_article):
    text = ("Dalam acara itu, Budi Santoso ditetapkan sebagai Kepala Desa Bandung, Siti Aminah sebagai "
            "Kepala Desa Jakarta.")
    assert _roles(blank_nlp, make_article, text) == [
        ("Budi Santoso", "Kepala Desa Bandung", "Bandung"), ("Siti Aminah", "Kepala Desa Jakarta", "Jakarta"),
    ]


def test_perdana_before_pm_is_the_first_visit_not_the_office(blank_nlp, make_article):
    found = _roles(blank_nlp, make_article, "Ini kunjungan resmi perdana PM Joko Widodo ke Bali.")
    assert found == [("Joko Widodo", "PM", None)]


def test_founders_and_business_titles_joined_by_ampersand(blank_nlp, make_article):
    text = "Hadir Budi Santoso, salah satu pendiri & Managing Partner dari Bank Indonesia, kemarin."
    assert _roles(blank_nlp, make_article, text) == [
        ("Budi Santoso", "pendiri & Managing Partner dari Bank Indonesia", "Bank Indonesia"),
    ]


def test_a_title_repeated_with_part_of_the_name_keeps_its_body(blank_nlp, make_article):
    text = "Perdana Menteri (PM) Malaysia, Budi Santoso, tiba di Bogor. Kemudian PM Budi disambut Joko Widodo."
    assert ("Budi", "PM", "Malaysia") in _roles(blank_nlp, make_article, text)


def test_offices_listed_after_a_countrys_delegation_are_that_countrys(blank_nlp, make_article):
    text = ("Delegasi Indonesia yang hadir yaitu Menteri Luar Negeri Retno Marsudi dan Menteri Keuangan Sri Mulyani. "
            "Sementara itu, delegasi Malaysia yang hadir ialah Menteri Luar Negeri Saifuddin Abdullah.")
    roles = _roles(blank_nlp, make_article, text)
    assert ("Retno Marsudi", "Menteri Luar Negeri", "Indonesia") in roles
    assert ("Sri Mulyani", "Menteri Keuangan", "Indonesia") in roles
    assert ("Saifuddin Abdullah", "Menteri Luar Negeri", "Malaysia") in roles


def test_an_office_of_a_kind_of_body_is_held_in_the_body_of_that_kind_named_before(ruled_nlp, make_article):
    text = ("Dari Dinas Tenaga Kerja hadir Kepala Dinas, Budi Santoso, dan Sekretaris Dinas Siti Aminah. "
            "Kepala Badan Ahmad Dahlan tidak hadir.")
    nlp = ruled_nlp({"ORG": ["Dinas Tenaga Kerja"], "PER": ["Budi Santoso", "Siti Aminah", "Ahmad Dahlan"]})
    found = _roles(nlp, make_article, text)
    assert ("Budi Santoso", "Kepala Dinas", "Dinas Tenaga Kerja") in found
    assert ("Siti Aminah", "Sekretaris Dinas", "Dinas Tenaga Kerja") in found
    assert ("Ahmad Dahlan", "Kepala Badan", None) in found  # no "Badan" named before
    text = "Murid SDN 226 Halsel belajar di luar kelas. Kepala Sekolah, Budi Santoso, kecewa."
    found = _roles(ruled_nlp({"ORG": ["SDN 226 Halsel"], "PER": ["Budi Santoso"]}), make_article, text)
    assert found == [("Budi Santoso", "Kepala Sekolah", "SDN 226 Halsel")]  # a school by its kind's short name


def test_state_offices_a_visitor_meets_in_a_country_are_that_countrys(blank_nlp, make_article):
    text = ("Di Jepang, Prabowo Subianto bertemu Perdana Menteri Fumio Kishida. "
            "Sepulang dari Jerman, Presiden Joko Widodo bertemu Menteri Keuangan Sri Mulyani.")
    roles = _roles(blank_nlp, make_article, text)
    assert ("Fumio Kishida", "Perdana Menteri", "Jepang") in roles
    assert ("Sri Mulyani", "Menteri Keuangan", None) in roles  # back from Germany: not a German minister


def test_an_office_listing_its_fields_with_commas_is_one_title(blank_nlp, make_article):
    text = "Hadir pula Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Budi Santoso di Jakarta."
    (annotated,) = annotate([make_article(text)], blank_nlp)
    assert [m.text for m in annotated.mentions if m.label == "PER"] == ["Budi Santoso"]
    assert ("Budi Santoso", "Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi", None) in _roles(
        blank_nlp, make_article, text)


def test_an_office_several_people_hold_names_each_holder_joined_by_dan(blank_nlp, make_article):
    text = ("Rapat dihadiri Wakil Ketua DPRD Jawa Barat Budi Santoso dan Siti Aminah. "
            "Sebelumnya Presiden Joko Widodo dan Agus Salim bertemu.")
    found = _roles(blank_nlp, make_article, text)
    assert ("Siti Aminah", "Wakil Ketua DPRD Jawa Barat", "DPRD Jawa Barat") in found
    assert ("Budi Santoso", "Wakil Ketua DPRD Jawa Barat", "DPRD Jawa Barat") in found
    assert not any(person == "Agus Salim" for person, _, _ in found)  # one president: only the name after it


def test_commissioners_listed_after_their_office_each_hold_it(blank_nlp, make_article):
    text = ("Rapat dipimpin Ketua KPU Jawa Barat, Budi Santoso, didampingi Komisioner KPU, Siti Aminah, Ahmad Dahlan, "
            "dan Sekretaris KPU, Sri Mulyani.")
    found = _roles(blank_nlp, make_article, text)
    assert ("Siti Aminah", "Komisioner KPU", "KPU") in found and ("Ahmad Dahlan", "Komisioner KPU", "KPU") in found
    assert not any(person == "Sri Mulyani" and title.startswith("Komisioner") for person, title, _ in found)


def test_a_title_in_a_fronted_phrase_is_not_the_subjects(blank_nlp, make_article):
    text = "Kepada Wakil Bupati Jawa Barat, Siti Aminah menyarankan relokasi."
    assert _roles(blank_nlp, make_article, text) == []


@pytest.mark.parametrize("building", ["Kantor", "Rumah Dinas"])
def test_a_title_naming_a_building_is_not_the_subjects(blank_nlp, make_article, building):
    text = f"Dalam pertemuan di {building} Bupati Jawa Barat, Siti Aminah menyampaikan apresiasi."
    assert _roles(blank_nlp, make_article, text) == []


def test_public_relations_as_the_last_field_of_an_office(blank_nlp, make_article):
    text = "Hal itu dikatakan Kepala Seksi Penerangan Hukum dan Humas Polri, Budi Santoso, di Jakarta."
    roles = _roles(blank_nlp, make_article, text)
    assert ("Budi Santoso", "Kepala Seksi Penerangan Hukum dan Humas Polri", "Polri") in roles


def test_titles_in_brackets_after_names_are_theirs(blank_nlp, make_article):
    text = "Surat itu ditandatangani Budi Santoso (ketua majelis pembina), Siti Aminah (sekretaris majelis)."
    roles = _roles(blank_nlp, make_article, text)
    assert sorted(roles) == [("Budi Santoso", "ketua majelis pembina", None), ("Siti Aminah", "sekretaris majelis", None)]


def test_two_people_and_two_offices_in_the_same_order(blank_nlp, make_article):
    text = "Gubernur akan melantik Budi Santoso dan Siti Aminah sebagai Bupati dan Wakil Bupati Bandung."
    roles = _roles(blank_nlp, make_article, text)
    assert ("Budi Santoso", "Bupati", "Bandung") in roles and ("Siti Aminah", "Wakil Bupati Bandung", "Bandung") in roles
    assert ("Siti Aminah", "Bupati", None) not in roles


def test_a_former_club_in_brackets_is_no_office(blank_nlp, make_article):
    roles = _roles(blank_nlp, make_article, "PSMS merekrut Budi Santoso (eks Persija Jakarta) dan Siti Aminah.")
    assert roles == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kegiatan dipimpin Danramil 1617-01/Negara Kapten Inf Budi Santoso kemarin.",
         ("Budi Santoso", "Danramil 1617-01/Negara")),  # a unit's number inside the title
        ("Kordiv Penanganan Pelanggaran Bawaslu Budi Santoso menuturkan ada dua laporan.",
         ("Budi Santoso", "Kordiv Penanganan Pelanggaran Bawaslu")),  # a contracted office (Koordinator Divisi)
    ],
)
def test_more_forms_of_titles_before_names(blank_nlp, make_article, text, expected):
    assert expected in [(r[0], r[1]) for r in _roles(blank_nlp, make_article, text)]


def test_a_judges_office_with_no_body_is_at_the_one_court_the_article_names(blank_nlp, make_article):
    text = ("Sidang di Pengadilan Negeri Tegal kembali digelar. Ketua Majelis Hakim Budi Santoso menolak eksepsi. "
            "Jaksa Siti Aminah hadir.")
    roles = _roles(blank_nlp, make_article, text)
    assert ("Budi Santoso", "Ketua Majelis Hakim", "Pengadilan Negeri Tegal") in roles
    assert ("Siti Aminah", "Jaksa", None) in roles  # no prosecutor's office named
    # a higher court cited after the office is not the judge's
    text = ("Majelis hakim Pengadilan Negeri Tegal menolak dakwaan, kata Budi Santoso, ketua majelis hakim, kemarin. "
            "Menurut yurisprudensi Mahkamah Agung, dakwaan itu kabur.")
    assert ("Budi Santoso", "ketua majelis hakim", "Pengadilan Negeri Tegal") in _roles(blank_nlp, make_article, text)


def test_an_office_apposed_without_a_comma_names_its_body(ruled_nlp, make_article):
    nlp = ruled_nlp({"ORG": ["Dinkes Kota Madiun"], "PER": ["Agung Wardani", "Abdul", "Mahfudz"]})
    text = "Agung Wardani Kepala Dinkes Kota Madiun mengatakan kasus naik. Abdul Hakim Mahfudz menyambut rombongan."
    roles = _roles(nlp, make_article, text)
    assert ("Agung Wardani", "Kepala Dinkes Kota Madiun", "Dinkes Kota Madiun") in roles
    assert [r for r in roles if r[0] == "Abdul"] == []  # a name the NER cut at "Hakim", no office of nothing


def test_a_police_units_head_with_no_body_is_of_the_station_named_before(ruled_nlp, make_article):
    nlp = ruled_nlp({"ORG": ["Polsek Jambi Luar Kota"], "PER": ["Budi Setiawan"]})
    text = "Patroli tim Polsek Jambi Luar Kota ini dipimpin langsung Kanit Reskrim Ipda Budi Setiawan."
    assert ("Budi Setiawan", "Kanit Reskrim", "Polsek Jambi Luar Kota") in _roles(nlp, make_article, text)


def test_one_of_an_offices_staff_named_without_a_comma(blank_nlp, make_article):
    roles = _roles(blank_nlp, make_article, "Budi Santoso salah satu petugas Polri saat dikonfirmasi mengatakan, api padam.")
    assert roles == [("Budi Santoso", "petugas Polri", "Polri")]


def test_english_corporate_offices_and_a_division_head_of_a_body(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Budi Santoso", "Siti Aminah"], "ORG": ["Telkom Regional V", "Bawaslu Lebak"]})
    text = ("Executive Vice President Telkom Regional V, Budi Santoso, hadir. "
            "Koordiv Hukum dan Humas pada Bawaslu Lebak, Siti Aminah mengatakan, pemilu aman.")
    assert _roles(nlp, make_article, text) == [
        ("Budi Santoso", "Executive Vice President Telkom Regional V", "Telkom Regional V"),
        ("Siti Aminah", "Koordiv Hukum dan Humas pada Bawaslu Lebak", "Bawaslu Lebak")]


def test_an_occupation_after_two_people_is_both_peoples(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Budi Santoso", "Siti Aminah"], "ORG": ["PGN"]})
    text = "Kaca mobil dipecah saat dialami Budi Santoso (30) dan Siti Aminah (32), karyawan PGN."
    assert sorted(_roles(nlp, make_article, text)) == [("Budi Santoso", "karyawan PGN", "PGN"),
                                                      ("Siti Aminah", "karyawan PGN", "PGN")]
    office = "Hadir Budi Santoso dan Siti Aminah, Kepala Dinas PGN."
    assert [r[0] for r in _roles(nlp, make_article, office)] == ["Siti Aminah"]  # an office is one person's


def test_a_lawyer_named_with_the_party_he_acts_for(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Budi Santoso"]})
    text = "Sidang ditunda. Penasehat hukum terdakwa, Budi Santoso mengatakan, kliennya sakit."
    assert _roles(nlp, make_article, text) == [("Budi Santoso", "Penasehat hukum terdakwa", None)]


def test_community_figures_and_puppeteers_are_occupations(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Budi Santoso", "Cahyo Kuntadi"], "LOC": ["Desa Reudeup"]})
    text = ("“Kami menolak,” ungkap Budi Santoso, tokoh masyarakat Desa Reudeup, kepada wartawan. "
            "Acara ditutup pagelaran wayang oleh dalang Cahyo Kuntadi.")
    assert _roles(nlp, make_article, text) == [
        ("Budi Santoso", "tokoh masyarakat Desa Reudeup", "Desa Reudeup"), ("Cahyo Kuntadi", "dalang", None)]


def test_the_officials_a_leader_takes_along_are_his_countrys(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Budi Santoso", "Siti Aminah", "Joko Susilo"], "LOC": ["Malaysia"]})
    text = ("Perdana Menteri Malaysia Budi Santoso tiba. Budi Santoso didampingi oleh Menteri Luar Negeri "
            "Siti Aminah. Menteri Keuangan Joko Susilo tidak ikut.")
    roles = _roles(nlp, make_article, text)
    assert ("Siti Aminah", "Menteri Luar Negeri", "Malaysia") in roles
    assert ("Joko Susilo", "Menteri Keuangan", None) in roles  # not said to go with him


def test_an_office_the_person_holds_now(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Budi Santoso"], "ORG": ["BTN"]})
    text = "Budi Santoso saat ini menjabat sebagai Direktur Commercial Banking BTN."
    assert _roles(nlp, make_article, text) == [("Budi Santoso", "Direktur Commercial Banking BTN", "BTN")]
    since = "Sejak Budi Santoso menjabat sebagai menteri Oktober 2019 lalu, direksi berganti."
    assert _roles(nlp, make_article, since) == [("Budi Santoso", "menteri", None)]  # the date is no part of it


def test_a_service_unit_after_a_unit_heads_title_belongs_to_the_title(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Reskrim", "Budi Setiawan", "Henri Korwa", "Sekwan Fajarudin"],
                     "ORG": ["Kabag Ops Polres Mimika"]})
    text = ("Patroli dipimpin Kanit Reskrim Ipda Budi Setiawan. Kabag Ops Polres Mimika AKP Henri Korwa hadir. "
            "Daftar hadir dibacakan Sekwan Fajarudin.")
    assert _roles(nlp, make_article, text) == [
        ("Budi Setiawan", "Kanit Reskrim", None), ("Henri Korwa", "Kabag Ops Polres Mimika", "Polres Mimika"),
        ("Fajarudin", "Sekwan", None)]


def test_contracted_regional_offices_and_forms_of_address_are_no_part_of_a_name(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Hendri Septa", "Wako Hendri", "Wagubri Edy Natar", "Danlanal Saumlaki"],
                     "ORG": ["Kak Keke Kananta"]})
    text = ("Hendri Septa hadir. “Terima kasih,” ucap Wako Hendri sewaktu menyambut Wagubri Edy Natar. "
            "Lagu itu dibuat Kak Keke Kananta. Kapal bersandar, kata Danlanal Saumlaki.")
    (annotated,) = annotate([make_article(text)], nlp)
    assert [(m.text, m.label) for m in annotated.mentions] == [
        ("Hendri Septa", "PER"), ("Hendri", "PER"), ("Edy Natar", "PER"), ("Keke Kananta", "PER"), ("Saumlaki", "LOC")]
    assert ("Edy Natar", "Wagubri", None) in _roles(nlp, make_article, text)


def test_an_office_stated_with_selaku_or_yang_juga_without_a_comma(blank_nlp, make_article):
    roles = _roles(blank_nlp, make_article, "Budi Santoso selaku Ketua Panitia membuka acara. Siti Aminah yang juga "
                   "Wakil Presiden hadir. Joko Widodo yang datang ke Jakarta tersenyum.")
    assert roles == [("Budi Santoso", "Ketua Panitia", None), ("Siti Aminah", "Wakil Presiden", None)]


@pytest.mark.parametrize(
    "names, text, expected",
    [
        # a rank between commas after the office
        ({"ORG": ["Polres Mimika"], "PER": ["Junan Plitomo"]},
         "Sementara itu Waka Polres Mimika, Kompol, Junan Plitomo mengatakan bahwa dua pelaku diamankan.",
         ("Junan Plitomo", "Waka Polres Mimika", "Polres Mimika")),
        # a noble title that is also a word ("lalu": then) opens the holder's name
        ({"ORG": ["KPU Lombok Tengah"], "PER": ["Darmawan"]},
         "Ketua KPU Lombok Tengah Lalu Darmawan mengatakan hal itu kepada wartawan.",
         ("Lalu Darmawan", "Ketua KPU Lombok Tengah", "KPU Lombok Tengah")),
    ],
)
def test_roles_with_a_rank_between_commas_or_a_noble_title(ruled_nlp, make_article, names, text, expected):
    assert expected in _roles(ruled_nlp(names), make_article, text)


@pytest.mark.parametrize(
    "names, text, expected",
    [
        # a rank written out before its bracketed abbreviation is neither the title nor the name
        ({"LOC": ["Merauke"], "PER": ["Bahara Marpaung"]},
         "Kapolres Merauke, Ajun Komisaris Besar Polisi (AKBP) Bahara Marpaung menegaskan hal itu.",
         ("Bahara Marpaung", "Kapolres Merauke", "Merauke")),
        # the navy writes its branch and the corps after the rank; "Laut" is no person
        ({"ORG": ["Lanal Banyuwangi"], "PER": ["Laut", "Ansori"]},
         "Komandan Lanal Banyuwangi Letkol Laut (P) Ansori mengatakan kapal itu tiba.",
         ("Ansori", "Komandan Lanal Banyuwangi", "Lanal Banyuwangi")),
        # "Pak" is a form of address, like "Bapak"
        ({"ORG": ["Persela"], "PER": ["Yuhronur Efendi"]},
         "Kami disambut baik oleh CEO Persela, Pak Yuhronur Efendi, kemarin.",
         ("Yuhronur Efendi", "CEO Persela", "Persela")),
    ],
)
def test_ranks_and_forms_of_address_between_a_title_and_the_name(ruled_nlp, make_article, names, text, expected):
    nlp = ruled_nlp(names)
    assert expected in _roles(nlp, make_article, text)
    (annotated,) = annotate([make_article(text)], nlp)
    assert "Laut" not in [m.text for m in annotated.mentions]


def test_two_elected_holders_with_honorifics_and_offices_in_turn(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Kholilurrahman", "Sukriyanto"], "LOC": ["Kabupaten Pamekasan"]})
    text = ("KPU menetapkan pasangan Dr. KH. Kholilurrahman dan H. Sukriyanto sebagai Bupati dan Wakil Bupati "
            "terpilih Kabupaten Pamekasan pada Pemilihan Serentak.")
    assert _roles(nlp, make_article, text) == [
        ("Kholilurrahman", "Bupati", "Kabupaten Pamekasan"),
        ("Sukriyanto", "Wakil Bupati terpilih Kabupaten Pamekasan", "Kabupaten Pamekasan")]


@pytest.mark.parametrize("text", [
    "KPU menetapkan paslon bupati dan wakil bupati Lombok Tengah, H Lalu Pathul Bahri-HM Nursiah sebagai pemenang.",
    "Gubernur melantik pasangan Bupati wakil bupati Lombok Tengah, Lalu Pathul Bahri SH – H. Nursiah kemarin.",
])
def test_two_offices_then_their_two_holders_in_the_same_order(ruled_nlp, make_article, text):
    """The office before "wakil" is the first holder's, the deputy's the second's; the body after it is both."""
    nlp = ruled_nlp({"PER": ["Lalu Pathul Bahri", "Nursiah"], "LOC": ["Lombok Tengah"]})
    roles = _roles(nlp, make_article, text)
    assert {(person, title.lower(), body) for person, title, body in roles} == {
        ("Lalu Pathul Bahri", "bupati", "Lombok Tengah"), ("Nursiah", "wakil bupati lombok tengah", "Lombok Tengah")}


@pytest.mark.parametrize(
    "names, text, expected",
    [
        # two bodies one office heads, joined by a slash
        ({"PER": ["Surya Tjandra"]}, "Selain itu, Wakil Menteri ATR/BPN Surya Tjandra hadir.",
         ("Surya Tjandra", "Wakil Menteri ATR/BPN", None)),
        # an occupation right after the age, without a comma
        ({"PER": ["Dwi Setyowati"], "LOC": ["Pasar Induk Kajen"]},
         "Dwi Setyowati (38) pedagang di Pasar Induk Kajen mengatakan harga cabai naik.",
         ("Dwi Setyowati", "pedagang di Pasar Induk Kajen", "Pasar Induk Kajen")),
        # "salah seorang": one of them
        ({"PER": ["Panji"]}, "Harga naik, kata Panji, salah seorang pedagang, Selasa.", ("Panji", "pedagang", None)),
        # "seorang": a (one) leader of the body
        ({"PER": ["Bassam al-Saadi"], "ORG": ["Jihad Islam"]},
         "Ketegangan naik menyusul penahanan Bassam al-Saadi, seorang pemimpin senior Jihad Islam, di Jenin.",
         ("Bassam al-Saadi", "pemimpin senior Jihad Islam", "Jihad Islam")),
        # the First Lady's title ("Ibu" alone is a form of address)
        ({"PER": ["Joko Widodo", "Iriana Widodo"]},
         "Presiden RI, Joko Widodo beserta Ibu Negara, Iriana Widodo menerima kunjungan itu.",
         ("Iriana Widodo", "Ibu Negara", None)),
        # the age between commas
        ({"PER": ["Didin"]}, "Tim SAR mencari jasad Didin, 33, nelayan yang tenggelam di pantai.", ("Didin", "nelayan", None)),
    ],
)
def test_apposed_occupations_and_offices_over_two_bodies(ruled_nlp, make_article, names, text, expected):
    assert expected in _roles(ruled_nlp(names), make_article, text)


@pytest.mark.parametrize(
    "names, text, expected",
    [
        ({"LOC": ["Indonesia"], "PER": ["Shin Tae-yong"]},
         "Jelang laga itu, pelatih timnas Indonesia, Shin Tae-yong berpendapat lawan tidak bagus.",
         ("Shin Tae-yong", "pelatih timnas Indonesia", "Indonesia")),
        ({"ORG": ["Persipura"], "PER": ["Yustinus Pae"]},
         "Sementara bek kanan Persipura, Yustinus Pae juga mengungkapkan hal yang sama.",
         ("Yustinus Pae", "bek kanan Persipura", "Persipura")),
        # where the holder comes from, or what kind of singer, before the comma and the name
        ({"LOC": ["Pensylvania"], "PER": ["Biba"]},
         "Sementara pedangdut asal Pensylvania, Biba justru senang dengan lagu itu.",
         ("Biba", "pedangdut asal Pensylvania", "Pensylvania")),
        ({"PER": ["Reggie"]}, "Lalu penyanyi beraliran pop, Reggie tampil membawakan lagu itu.",
         ("Reggie", "penyanyi beraliran pop", None)),
        # agent nouns the real-news train gold annotates as offices
        ({"ORG": ["PAN"], "PER": ["Budi Santoso"]}, "Hal itu diungkapkan politikus PAN Budi Santoso saat dikonfirmasi.",
         ("Budi Santoso", "politikus PAN", "PAN")),
        ({"PER": ["Siti Aminah"]}, "Dua pekan lalu pelari Siti Aminah memecahkan rekor.", ("Siti Aminah", "pelari", None)),
        # a counted occupation: everyone listed after it holds it
        ({"PER": ["Kohar", "Yusna Adia"]}, "Menanggapi putusan itu, dua orang jaksa, Kohar dan Yusna Adia, pikir-pikir.",
         ("Yusna Adia", "jaksa", None)),
        ({"PER": ["Budi Santoso", "Agus Salim"]}, "Emas diperebutkan tiga atlet, Budi Santoso dan Agus Salim di nomor lari.",
         ("Agus Salim", "atlet", None)),
        # "seperti" opens the list of holders, honorifics before each name
        ({"ORG": ["Komisi Fatwa"], "PER": ["Budi Santoso", "Agus Salim", "Siti Aminah"]},
         "Hadir pula anggota Komisi Fatwa seperti KH Budi Santoso, KH Agus Salim dan dr Siti Aminah.",
         ("Siti Aminah", "anggota Komisi Fatwa", "Komisi Fatwa")),
        ({"LOC": ["Indonesia"], "PER": ["Budi Santoso"]},
         "Film itu dibintangi beberapa aktor ternama Indonesia seperti Budi Santoso.",
         ("Budi Santoso", "aktor ternama Indonesia", "Indonesia")),
    ],
)
def test_an_occupation_with_its_field_before_the_body(ruled_nlp, make_article, names, text, expected):
    assert expected in _roles(ruled_nlp(names), make_article, text)


def test_retired_ranks_and_a_full_academic_rank_before_other_forms_of_address(ruled_nlp, make_article):
    nlp = ruled_nlp({"LOC": ["Papua Barat"], "PER": ["Paulus Waterpauw", "Nasaruddin Umar"]})
    text = ("Pj Gubernur Papua Barat, Komjen Pol (purn) Drs. Paulus Waterpauw, M.Si membuka Raker. "
            "Jumat ini menghadirkan Imam Besar Masjid Istiqlal ke-5, Profesor Dr KH Nasaruddin Umar beserta jamaah.")
    roles = _roles(nlp, make_article, text)
    assert ("Paulus Waterpauw", "Pj Gubernur Papua Barat", "Papua Barat") in roles
    assert all(title != "Profesor" for _, title, _ in roles)  # a form of address before "Dr KH", no office


def test_an_occupation_that_does_something_before_a_name_is_no_title_of_it(ruled_nlp, make_article):
    # "petugas keamanan berusaha menenangkannya, Ian": the guards tried to calm Ian; Ian is no guard.
    text = "Meskipun petugas keamanan berusaha menenangkannya, Ian tetap melampiaskan kekecewaannya."
    assert _roles(ruled_nlp({"PER": ["Ian"]}), make_article, text) == []


def test_an_office_after_a_comma_that_follows_an_officials_name_is_the_next_guest_of_the_list(ruled_nlp, make_article):
    # A list of officials, each with the office before the name: "Bupati Batang" is the next guest, not
    # a second office of the prosecutor.
    text = ("Hadir Gubernur Jawa Tengah Ganjar Pranowo, Kepala Kejaksaan Tinggi Jawa Tengah Priyanto, "
            "Bupati Batang dan Kajari Batang.")
    nlp = ruled_nlp({"PER": ["Ganjar Pranowo", "Priyanto"], "LOC": ["Jawa Tengah", "Batang"],
                     "ORG": ["Kejaksaan Tinggi Jawa Tengah"]})
    roles = _roles(nlp, make_article, text)
    assert ("Priyanto", "Kepala Kejaksaan Tinggi Jawa Tengah", "Kejaksaan Tinggi Jawa Tengah") in roles
    assert all(not title.startswith("Bupati") for _, title, _ in roles)
    # a name without an office before it keeps the office apposed after the comma
    text = "Priyanto, Bupati Batang, meresmikan pasar itu."
    assert _roles(nlp, make_article, text) == [("Priyanto", "Bupati Batang", "Batang")]


def test_a_regional_heads_bare_office_is_held_in_the_one_region_of_its_level_the_article_names(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Budi Utomo"], "LOC": ["Lampung Utara", "Kotabumi", "Lampung Barat"],
                     "ORG": ["Pemkab Lampung Utara"]})
    text = ("Kotabumi - Bupati Budi Utomo melantik pejabat di lingkungan Pemkab Lampung Utara. "
            "Pelantikan digelar di Lampung Utara.")
    assert _roles(nlp, make_article, text) == [("Budi Utomo", "Bupati", "Lampung Utara")]
    # two regencies named: which one he heads, the text does not say
    text = "Bupati Budi Utomo datang ke Lampung Utara dan Lampung Barat."
    assert _roles(nlp, make_article, text) == [("Budi Utomo", "Bupati", None)]


def test_an_attache_named_by_the_field_is_an_office_not_a_person(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Atase Pertahanan", "Tri Andi", "Supendi"]})
    text = "Ia didampingi atase perhubungan, Supendi. Atase Pertahanan, Tri Andi."
    (annotated,) = annotate([make_article(text)], nlp)
    assert [m.text for m in annotated.mentions] == ["Supendi", "Tri Andi"]
    assert _roles(nlp, make_article, text) == [("Supendi", "atase perhubungan", None), ("Tri Andi", "Atase Pertahanan", None)]


def test_a_rank_and_its_force_before_the_name_end_the_title(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Achiruddin", "Destianto Nugroho Utomo"], "ORG": ["Paspampres", "TNI"],
                     "LOC": ["Halim Perdanakusuma"]})
    text = ("Presiden didampingi Komandan Paspampres Mayjen TNI Achiruddin dan Danlanud Halim Perdanakusuma "
            "Marsma TNI Destianto Nugroho Utomo.")
    assert _roles(nlp, make_article, text) == [("Achiruddin", "Komandan Paspampres", "Paspampres"),
                                              ("Destianto Nugroho Utomo", "Danlanud Halim Perdanakusuma", "Halim Perdanakusuma")]


def test_a_rank_written_out_is_neither_title_nor_name_and_a_commanders_short_office_is_a_title(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Deni Herman", "Hidayat"], "ORG": ["Lantamal XIII"]})
    text = "Upacara dipimpin Komandan Lantamal XIII Laksamana Pertama TNI Deni Herman di dermaga."
    assert _roles(nlp, make_article, text) == [("Deni Herman", "Komandan Lantamal XIII", "Lantamal XIII")]
    # "Dan" or "Wadan" and a unit: its commander, its deputy commander
    roles = _roles(nlp, make_article, "Wadanyon B Pelopor Hidayat meninjau lokasi.")
    assert [(person, title) for person, title, _ in roles] == [("Hidayat", "Wadanyon B Pelopor")]


def test_an_office_qualified_short_with_a_dot_is_one_title(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Sulpakar"], "LOC": ["Kabupaten Mesuji"]})
    roles = _roles(nlp, make_article, "Sulpakar dilantik sebagai Pj. Bupati Kabupaten Mesuji kemarin.")
    assert roles == [("Sulpakar", "Pj. Bupati Kabupaten Mesuji", "Kabupaten Mesuji")]


def test_the_judge_presiding_a_panel_holds_the_panels_office(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Himelda Sidabalok", "Budi Santoso"]})
    text = "Sidang dipimpin majelis hakim yang diketuai Himelda Sidabalok didampingi hakim anggota Budi Santoso."
    assert _roles(nlp, make_article, text) == [("Himelda Sidabalok", "majelis hakim", None),
                                               ("Budi Santoso", "hakim anggota", None)]


def test_a_rectors_office_with_no_body_is_at_the_one_university_the_article_names(ruled_nlp, make_article):
    nlp = ruled_nlp({"ORG": ["Universitas Sukamaju"], "PER": ["Budi Setiawan"]})
    text = "Universitas Sukamaju menggelar wisuda. Rektor Budi Setiawan melantik 300 lulusan."
    assert ("Budi Setiawan", "Rektor", "Universitas Sukamaju") in _roles(nlp, make_article, text)


def test_an_office_with_ini_describes_the_person_last_named_outside_quotes(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Budi Santoso", "Siti Aminah"], "ORG": ["DPRD Bulungan"], "LOC": ["Batu"]})
    text = ("Budi Santoso melantik 54 pejabat.\n“Jadi jabatan Siti Aminah masih kosong,” ujarnya. Mantan Ketua DPRD "
            "Bulungan ini mengatakan, karir penting. “Waspada,” pungkas mantan Kapolres Batu ini.\n"
            "Mahasiswa ini juga hadir.")
    roles = _roles(nlp, make_article, text)
    assert ("Budi Santoso", "Mantan Ketua DPRD Bulungan", "DPRD Bulungan") in roles
    assert ("Budi Santoso", "mantan Kapolres Batu", "Batu") in roles
    assert all(person == "Budi Santoso" for person, _, _ in roles)  # not the one the quote names, no "Mahasiswa"


def test_an_ordinal_written_as_a_word_is_part_of_the_title(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Susilo Bambang Yudhoyono", "Joko Widodo"], "ORG": ["RI"]})
    found = _roles(nlp, make_article, "Presiden keenam RI Susilo Bambang Yudhoyono menemui Presiden Joko Widodo.")
    assert ("Susilo Bambang Yudhoyono", "Presiden keenam RI", "RI") in found
