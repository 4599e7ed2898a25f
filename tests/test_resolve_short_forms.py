"""Short forms join the one long name they stand for in the same article, through resolve()."""

from __future__ import annotations

from kg.records import AnnotatedArticle, Article, Mention
from kg.resolve import resolve


def _keys(*mentions: tuple[str, str]) -> dict[str, str]:
    text, records = "", []
    for surface, label in mentions:
        start = len(text)
        text += surface + " dan lainnya. "
        records.append(Mention(start, start + len(surface), surface, label, 0))
    article = Article(source="a.txt", sha256="a" * 64, text=text)
    resolved = resolve([AnnotatedArticle(article, (), tuple(records))]).articles[0]
    return {m.text: key for m, key in zip(resolved.annotated.mentions, resolved.mention_entities)}


def test_syllabic_contraction_and_nickname_join_their_long_name():
    keys = _keys(("Kementerian Kesehatan", "ORG"), ("Kemenkes", "ORG"), ("Joko Widodo", "PER"), ("Jokowi", "PER"))
    assert keys["Kemenkes"] == keys["Kementerian Kesehatan"]
    assert keys["Jokowi"] == keys["Joko Widodo"]


def test_level_word_club_and_middle_name():
    keys = _keys(
        ("Kabupaten Cilacap", "LOC"), ("Cilacap", "LOC"), ("Persija Jakarta", "ORG"), ("Persija", "ORG"),
        ("Muhammad Rusli Pulungan", "PER"), ("Rusli", "PER"),
    )
    assert keys["Cilacap"] == keys["Kabupaten Cilacap"]
    assert keys["Persija"] == keys["Persija Jakarta"]
    assert keys["Rusli"] == keys["Muhammad Rusli Pulungan"]


def test_a_surname_is_its_bearers_though_another_person_has_it_as_a_middle_name():
    # "Mbuinga" is the regent Saipul A. Mbuinga; his wife Selvi Mbuinga Monoarfa is another person.
    keys = _keys(("Saipul A. Mbuinga", "PER"), ("Selvi Mbuinga Monoarfa", "PER"), ("Mbuinga", "PER"))
    assert keys["Mbuinga"] == keys["Saipul A. Mbuinga"] != keys["Selvi Mbuinga Monoarfa"]


def test_the_place_a_body_is_named_after_is_no_contraction_of_the_body():
    keys = _keys(("Kejati Jambi", "ORG"), ("Jambi", "LOC"), ("Dinas Pendidikan", "ORG"), ("Disdik", "ORG"))
    assert keys["Jambi"] != keys["Kejati Jambi"]
    assert keys["Disdik"] == keys["Dinas Pendidikan"]  # a contraction still joins its body


def test_a_name_written_as_a_whole_word_beats_a_contraction_of_another():
    # "Rian" could also be "ri" + "an" of Ricky Karandasuwardi; it is the middle name of the other player.
    keys = _keys(("Ricky Karandasuwardi", "PER"), ("Muhammad Rian Ardianto", "PER"), ("Rian", "PER"))
    assert keys["Rian"] == keys["Muhammad Rian Ardianto"] != keys["Ricky Karandasuwardi"]


def test_regional_body_stays_apart_from_the_national_one():
    keys = _keys(("KPU Kabupaten Garut", "ORG"), ("KPU", "ORG"), ("DPRD Jawa Barat", "ORG"), ("DPRD Kabupaten Garut", "ORG"),
                 ("DPRD", "ORG"))
    assert keys["KPU"] != keys["KPU Kabupaten Garut"]
    assert keys["DPRD"] != keys["DPRD Jawa Barat"] and keys["DPRD"] != keys["DPRD Kabupaten Garut"]
    assert keys["DPRD Jawa Barat"] != keys["DPRD Kabupaten Garut"]


def test_a_name_opening_with_an_acronym_is_no_acronym_whose_longer_names_are_units():
    keys = _keys(("KCC Glass Corporation", "ORG"), ("KCC Glass", "ORG"), ("SMA Fatih Bilingual School", "ORG"),
                 ("SMA Fatih", "ORG"), ("PT KAI Daop VII Madiun", "ORG"), ("PT KAI", "ORG"))
    assert keys["KCC Glass"] == keys["KCC Glass Corporation"]
    assert keys["SMA Fatih"] == keys["SMA Fatih Bilingual School"]
    assert keys["PT KAI"] != keys["PT KAI Daop VII Madiun"]  # "KAI" with its legal form: the acronym


def test_pemda_is_the_regional_government_of_its_region_whatever_its_level():
    keys = _keys(("Pemerintah Kabupaten Gorontalo", "ORG"), ("Pemda Gorontalo", "ORG"), ("Pemerintah Desa Bone", "ORG"),
                 ("Pemda Bone", "ORG"))
    assert keys["Pemda Gorontalo"] == keys["Pemerintah Kabupaten Gorontalo"]
    assert keys["Pemda Bone"] != keys["Pemerintah Desa Bone"]  # a village's government is no regional one


def test_a_body_only_regions_have_written_bare_is_the_one_region_the_article_names():
    lebong = _keys(("DPRD Kabupaten Lebong", "ORG"), ("DPRD Lebong", "ORG"), ("DPRD", "ORG"), ("Bawaslu Kendal", "ORG"),
                   ("Bawaslu", "ORG"))
    assert lebong["DPRD"] == lebong["DPRD Lebong"] == lebong["DPRD Kabupaten Lebong"]
    assert lebong["Bawaslu"] == lebong["Bawaslu Kendal"]
    serang = _keys(("Badan Penanggulangan Bencana Daerah", "ORG"), ("BPBD", "ORG"), ("Kabupaten Serang", "LOC"),
                   ("BPBD Kab Serang", "ORG"))
    assert serang["Badan Penanggulangan Bencana Daerah"] == serang["BPBD"] == serang["BPBD Kab Serang"]


def test_a_bare_body_joins_no_region_when_the_national_one_is_named_and_never_across_articles():
    text = "Komisi Pemilihan Umum (KPU) Sulawesi Selatan rapat. KPU RI hadir. KPU Sulsel menetapkan."
    mentions, at = [], 0
    for surface, label in [("Komisi Pemilihan Umum", "ORG"), ("KPU", "ORG"), ("Sulawesi Selatan", "LOC"),
                           ("KPU RI", "ORG"), ("KPU Sulsel", "ORG")]:
        at = text.index(surface, at)
        mentions.append(Mention(at, at + len(surface), surface, label, 0))
        at += len(surface)
    article = AnnotatedArticle(Article(source="a.txt", sha256="a" * 64, text=text), (), tuple(mentions))
    keys = resolve([article]).articles[0].mention_entities
    assert keys[0] == keys[1] == keys[4] != keys[3]  # the name spelled out with its region is the region's
    texts = ["DPRD Lebong dan lainnya. DPRD dan lainnya. ", "DPRD Kabupaten Garut dan lainnya. DPRD dan lainnya. "]
    articles = []
    for n, text in enumerate(texts):
        first = text.index(" dan")
        second = text.index("DPRD", first)
        mentions = (Mention(0, first, text[:first], "ORG", 0), Mention(second, second + 4, "DPRD", "ORG", 0))
        articles.append(AnnotatedArticle(Article(source=f"{n}.txt", sha256=str(n) * 64, text=text), (), mentions))
    lebong, garut = (r.mention_entities for r in resolve(articles).articles)
    assert lebong[1] == lebong[0] != garut[1] == garut[0]


def test_a_partys_regional_board_is_the_party_of_that_region_not_the_party():
    keys = _keys(("DPD NasDem Sumut", "ORG"), ("Partai Nasdem Sumut", "ORG"), ("Partai Golkar Kota Pariaman", "ORG"),
                 ("Partai Golkar", "ORG"), ("DPD Partai Golkar", "ORG"))
    assert keys["DPD NasDem Sumut"] == keys["Partai Nasdem Sumut"]
    assert len({keys["Partai Golkar Kota Pariaman"], keys["Partai Golkar"], keys["DPD Partai Golkar"]}) >= 2
    assert keys["Partai Golkar"] != keys["Partai Golkar Kota Pariaman"]  # "anggota Partai Golkar": the party's member


def test_a_national_body_by_its_contraction_stays_apart_from_a_regional_body_spelled_out():
    keys = _keys(("Kemenag RI", "ORG"), ("Kementerian Agama Kabupaten Kampar", "ORG"), ("Kemenag Kampar", "ORG"),
                 ("Kemenag", "ORG"))
    assert keys["Kemenag Kampar"] == keys["Kementerian Agama Kabupaten Kampar"] != keys["Kemenag"]


def test_national_body_with_and_without_the_country():
    keys = _keys(("Kemenkes RI", "ORG"), ("Dinas Sosial", "ORG"), ("Kemenkes", "ORG"))
    assert keys["Kemenkes"] == keys["Kemenkes RI"]


def test_ambiguous_bare_name_joins_neither():
    keys = _keys(("Kota Bogor", "LOC"), ("Kabupaten Bogor", "LOC"), ("Bogor", "LOC"))
    assert keys["Kota Bogor"] != keys["Kabupaten Bogor"]
    assert keys["Bogor"] != keys["Kabupaten Bogor"]


def test_short_head_with_a_shared_tail():
    keys = _keys(("Dewan Keamanan PBB", "ORG"), ("DK PBB", "ORG"), ("Kementerian Kesehatan RI", "ORG"),
                 ("Kemenkes RI", "ORG"))
    assert keys["DK PBB"] == keys["Dewan Keamanan PBB"]
    assert keys["Kemenkes RI"] == keys["Kementerian Kesehatan RI"]


def test_regional_office_contractions_and_a_place_with_and_without_its_level_word():
    keys = _keys(
        ("Dinas Perhubungan", "ORG"), ("Dishub", "ORG"), ("Provinsi Sumatera Barat", "LOC"), ("Sumbar", "LOC"),
        ("Kabupaten Parigi Moutong", "LOC"), ("Parigi Moutong", "LOC"), ("Parimo", "LOC"),
    )
    assert keys["Dishub"] == keys["Dinas Perhubungan"]
    assert keys["Sumbar"] == keys["Provinsi Sumatera Barat"]
    assert keys["Parimo"] == keys["Parigi Moutong"] == keys["Kabupaten Parigi Moutong"]


def test_head_word_with_the_acronym_and_an_acronym_of_part_of_a_bracketed_name():
    keys = _keys(("Bank Tabungan Negara", "ORG"), ("Bank BTN", "ORG"), ("Kementerian Badan Usaha Milik Negara", "ORG"),
                 ("Kementerian BUMN", "ORG"))
    assert keys["Bank BTN"] == keys["Bank Tabungan Negara"]
    assert keys["Kementerian BUMN"] == keys["Kementerian Badan Usaha Milik Negara"] != keys["Bank BTN"]
    text = "Asosiasi Paguyuban Peternak Rakyat Nasional (PPRN) heran. PPRN mengirim telur."
    long = "Asosiasi Paguyuban Peternak Rakyat Nasional"
    mentions = (Mention(0, len(long), long, "ORG", 0), Mention(len(long) + 2, len(long) + 6, "PPRN", "ORG", 0),
                Mention(text.index("PPRN mengirim"), text.index("PPRN mengirim") + 4, "PPRN", "ORG", 0))
    article = Article(source="b.txt", sha256="b" * 64, text=text)
    resolved = resolve([AnnotatedArticle(article, (), mentions)]).articles[0]
    assert len(set(resolved.mention_entities)) == 1


def test_acronym_of_the_parent_body_does_not_join_its_council():
    long = "Dewan Keamanan Perserikatan Bangsa-Bangsa"
    text = long + " (PBB) bersidang."
    mentions = (Mention(0, len(long), long, "ORG", 0), Mention(len(long) + 2, len(long) + 5, "PBB", "ORG", 0))
    article = Article(source="c.txt", sha256="c" * 64, text=text)
    resolved = resolve([AnnotatedArticle(article, (), mentions)]).articles[0]
    assert len(set(resolved.mention_entities)) == 2


def test_police_unit_contractions_with_their_place():
    keys = _keys(("Kepolisian Resor Kota Pekanbaru", "ORG"), ("Polresta Pekanbaru", "ORG"),
                 ("Kepolisian Sektor Kota Sako", "ORG"), ("Polsek Kota Sako", "ORG"))
    assert keys["Polresta Pekanbaru"] == keys["Kepolisian Resor Kota Pekanbaru"]
    assert keys["Polsek Kota Sako"] == keys["Kepolisian Sektor Kota Sako"]
    assert keys["Polsek Kota Sako"] != keys["Polresta Pekanbaru"]
    keys = _keys(("Kepolisian Daerah Kalimantan Barat", "ORG"), ("Polda Kalbar", "ORG"), ("Polda Jatim", "ORG"))
    assert keys["Polda Kalbar"] == keys["Kepolisian Daerah Kalimantan Barat"] != keys["Polda Jatim"]


def test_a_unit_whose_place_is_contracted_is_the_unit_with_the_place_spelled_out():
    keys = _keys(("Polsek Jambi Luar Kota", "ORG"), ("Polsek Jaluko", "ORG"), ("Polsek Jambi Selatan", "ORG"))
    assert keys["Polsek Jaluko"] == keys["Polsek Jambi Luar Kota"] != keys["Polsek Jambi Selatan"]


def test_an_entity_is_named_by_its_spelled_out_name_not_a_contraction_of_it():
    text = "Kemlu menyatakan. Kemlu menambahkan. Kementerian Luar Negeri Indonesia hadir."
    mentions, at = [], 0
    for surface in ("Kemlu", "Kemlu", "Kementerian Luar Negeri Indonesia"):
        at = text.index(surface, at)
        mentions.append(Mention(at, at + len(surface), surface, "ORG", 0))
        at += len(surface)
    article = AnnotatedArticle(Article(source="a.txt", sha256="a" * 64, text=text), (), tuple(mentions))
    facts = resolve([article])
    (entity,) = facts.entities
    assert entity.name == "Kementerian Luar Negeri Indonesia" and "Kemlu" in entity.aliases


def _bracketed(long: str, short: str) -> set[str]:
    """Entity keys of "Long (Short)" followed by the short form alone."""
    text = f"{long} ({short}) rapat. {short} menetapkan."
    later = text.index(short, len(long) + len(short) + 3)
    mentions = (Mention(0, len(long), long, "ORG", 0), Mention(len(long) + 2, len(long) + 2 + len(short), short, "ORG", 0),
                Mention(later, later + len(short), short, "ORG", 0))
    article = Article(source="d.txt", sha256="d" * 64, text=text)
    return set(resolve([AnnotatedArticle(article, (), mentions)]).articles[0].mention_entities)


def test_a_bracketed_syllabic_short_form_joins_the_name_before_it():
    assert len(_bracketed("Komisi Nasional Hak Asasi Manusia", "Komnas HAM")) == 1
    assert len(_bracketed("Dinas Pendidikan dan Kebudayaan", "Dikbud")) == 1
    assert len(_bracketed("PT Telekomunikasi Seluler Indonesia", "Telkomsel")) == 1
    assert len(_bracketed("Dinas Sosial", "Kemensos")) == 2  # not a shortening of the name before it
    # the kind of body ("Badan") may be left out of the short form; a region's short form is none of the body's
    assert len(_bracketed("Badan Hubungan Kerjasama Kota dan Daerah", "Hakda")) == 1
    assert len(_bracketed("Biro Administrasi Pimpinan", "Adpim")) == 1  # nor the unit ("Biro")
    assert len(_bracketed("Dinas Koperasi dan UMKM Kabupaten Konawe Selatan", "Konsel")) == 2
    # long contractions; a short form opening with a syllable from inside the first word
    assert len(_bracketed("Dinas Pariwisata, Kebudayaan, Pemuda, dan Olahraga", "Disparbudpora")) == 1
    assert len(_bracketed("Kementerian Pariwisata dan Ekonomi Kreatif", "Kemenparekraf")) == 1
    assert len(_bracketed("Kepolisian Sektor", "Polsek")) == 1
    assert len(_bracketed("Kepolisian Sektor", "Lisensi")) == 2


def test_a_national_body_spelled_out_joins_its_bracketed_short_form():
    assert len(_bracketed("Dewan Perwakilan Rakyat Republik Indonesia", "DPR RI")) == 1


def test_a_given_name_that_also_ends_titles_is_kept_in_a_name():
    keys = _keys(("Agung Prasetyo", "PER"), ("Agung", "PER"), ("Jaksa Agung Sanitiar Burhanuddin", "PER"),
                 ("Burhanuddin", "PER"))
    assert keys["Agung"] == keys["Agung Prasetyo"] != keys["Burhanuddin"]
    assert keys["Burhanuddin"] == keys["Jaksa Agung Sanitiar Burhanuddin"]


def test_a_contraction_may_end_in_the_last_words_initial():
    keys = _keys(("Universitas Bengkulu", "ORG"), ("Unib", "ORG"), ("Persiba Balikpapan", "ORG"), ("Persib", "ORG"),
                 ("Luwu Utara", "LOC"), ("Luwu", "LOC"))
    assert keys["Unib"] == keys["Universitas Bengkulu"]
    assert keys["Persib"] != keys["Persiba Balikpapan"] and keys["Luwu"] != keys["Luwu Utara"]


def test_a_state_companys_legal_form_is_not_part_of_its_name():
    keys = _keys(("Perum Bulog (Persero)", "ORG"), ("Bulog", "ORG"), ("PT Pertamina Tbk", "ORG"), ("Pertamina", "ORG"))
    assert keys["Bulog"] == keys["Perum Bulog (Persero)"] != keys["Pertamina"] == keys["PT Pertamina Tbk"]


def test_a_regional_body_of_two_words_with_and_without_the_level_word():
    keys = _keys(("Dinas Kesehatan Provinsi Jawa Timur", "ORG"), ("Dinas Kesehatan Jawa Timur", "ORG"),
                 ("Dinas Kesehatan", "ORG"))
    assert keys["Dinas Kesehatan"] == keys["Dinas Kesehatan Jawa Timur"] == keys["Dinas Kesehatan Provinsi Jawa Timur"]


def test_a_contracted_regional_office_joins_its_long_name_written_with_and_without_the_level_word():
    keys = _keys(("Dinas Kesehatan Provinsi Jawa Timur", "ORG"), ("Dinas Kesehatan Jawa Timur", "ORG"),
                 ("Dinkes Jatim", "ORG"), ("Kota Bandung", "LOC"), ("Kabupaten Bandung", "LOC"))
    assert keys["Dinkes Jatim"] in (keys["Dinas Kesehatan Jawa Timur"], keys["Dinas Kesehatan Provinsi Jawa Timur"])
    assert keys["Kota Bandung"] != keys["Kabupaten Bandung"]


def test_a_contracted_body_with_the_region_its_long_name_ends_in_is_that_body():
    keys = _keys(("Dinas Kesehatan Provinsi NTT", "ORG"), ("Dinkes NTT", "ORG"), ("Dinkes", "ORG"))
    assert keys["Dinkes NTT"] == keys["Dinas Kesehatan Provinsi NTT"] == keys["Dinkes"]
    other = _keys(("Dinas Kesehatan Provinsi NTT", "ORG"), ("Dinkes Sikka", "ORG"))
    assert other["Dinkes Sikka"] != other["Dinas Kesehatan Provinsi NTT"]  # another region's office


def test_a_contracted_body_and_its_long_name_joined_when_both_shorten_the_region():
    """"Disdikbud Sulteng" / "Dinas Pendidikan dan Kebudayaan Provinsi Sulteng": both write the province short."""
    keys = _keys(("Dinas Pendidikan dan Kebudayaan Provinsi Sulteng", "ORG"), ("Disdikbud Sulteng", "ORG"),
                 ("Disdikbud Palu", "ORG"))
    assert keys["Disdikbud Sulteng"] == keys["Dinas Pendidikan dan Kebudayaan Provinsi Sulteng"]
    assert keys["Disdikbud Palu"] != keys["Dinas Pendidikan dan Kebudayaan Provinsi Sulteng"]  # the city's office


def test_a_state_written_with_and_without_its_kind_is_one_place_an_area_around_it_another():
    keys = _keys(("Negara Bagian Sarawak", "LOC"), ("Negeri Sarawak", "LOC"), ("Sarawak", "LOC"),
                 ("Perairan Sarawak", "LOC"))
    assert keys["Negara Bagian Sarawak"] == keys["Negeri Sarawak"] == keys["Sarawak"]
    assert keys["Perairan Sarawak"] != keys["Sarawak"]  # the waters off it


def test_a_contracted_ministry_with_a_region_is_the_ministrys_office_there():
    keys = _keys(("Kantor Kementerian Agama Kabupaten Kampar", "ORG"), ("Kemenag Kampar", "ORG"),
                 ("Kemenag Siak", "ORG"))
    assert keys["Kemenag Kampar"] == keys["Kantor Kementerian Agama Kabupaten Kampar"]
    assert keys["Kemenag Siak"] != keys["Kantor Kementerian Agama Kabupaten Kampar"]  # another region's office


def test_a_place_ending_a_headline_is_not_the_body_named_on_the_next_line():
    text = "Korupsi Isda Pulau Taliabu\nKejaksaan Tinggi (Kejati) Maluku Utara menetapkan tersangka. Kejati Malut. Kejaksaan Tinggi Maluku Utara."
    mentions, at = [], 0
    for surface, label in [("Pulau Taliabu", "LOC"), ("Kejaksaan Tinggi", "ORG"), ("Kejati", "ORG"),
                           ("Maluku Utara", "LOC"), ("Kejati Malut", "ORG"), ("Kejaksaan Tinggi Maluku Utara", "ORG")]:
        at = text.index(surface, at)
        mentions.append(Mention(at, at + len(surface), surface, label, 0))
    article = Article(source="a.txt", sha256="b" * 64, text=text)
    keys = resolve([AnnotatedArticle(article, (), tuple(mentions))]).articles[0].mention_entities
    assert keys[0] not in keys[1:3] and keys[0] not in keys[4:]
    assert keys[1] == keys[2] == keys[4] == keys[5]


def test_an_acronym_opening_the_line_after_a_headline_is_not_the_name_ending_it():
    text = "Presiden Terima Tamu di Istana Bogor\nTEMPO.CO, Bogor--Tamu tiba. Badan Pusat Statistik (BPS) mencatat."
    mentions, at = [], 0
    for surface, label in [("Istana Bogor", "LOC"), ("TEMPO.CO", "ORG"), ("Badan Pusat Statistik", "ORG"), ("BPS", "ORG")]:
        at = text.index(surface, at)
        mentions.append(Mention(at, at + len(surface), surface, label, 0))
    article = Article(source="a.txt", sha256="c" * 64, text=text)
    keys = resolve([AnnotatedArticle(article, (), tuple(mentions))]).articles[0].mention_entities
    assert keys[0] != keys[1]
    assert keys[2] == keys[3]  # "Long Name (ACR)"


def test_a_region_is_not_the_body_or_the_other_region_its_name_could_shorten():
    keys = _keys(("Kota Bima", "LOC"), ("Nusa Tenggara Barat", "LOC"), ("Kelurahan Nungga", "LOC"), ("Nungga", "LOC"),
                 ("Kantor Kementerian Agama Kabupaten Kampar", "ORG"), ("Kabupaten Kampar", "LOC"))
    assert keys["Nungga"] == keys["Kelurahan Nungga"] != keys["Nusa Tenggara Barat"]  # a village of Kota Bima
    assert keys["Kabupaten Kampar"] != keys["Kantor Kementerian Agama Kabupaten Kampar"]
    text = "Bank Pembangunan Daerah (BPD) Bali pindah kantor. Gubernur Bali hadir di Bali. Bank BPD Bali tumbuh."
    mentions, at = [], 0
    for surface, label in [("Bank Pembangunan Daerah", "ORG"), ("BPD", "ORG"), ("Bali", "LOC"), ("Bali", "LOC"),
                           ("Bali", "LOC"), ("Bank BPD Bali", "ORG")]:
        at = text.index(surface, at)
        mentions.append(Mention(at, at + len(surface), surface, label, 0))
        at += len(surface)
    article = Article(source="a.txt", sha256="d" * 64, text=text)
    keys = resolve([AnnotatedArticle(article, (), tuple(mentions))]).articles[0].mention_entities
    assert keys[2] == keys[4] != keys[5]  # "Bali" after the bracketed acronym is the region the article links
    sorong = _keys(("Kabupaten Sorong", "LOC"), ("Sorong", "LOC"))
    assert sorong["Sorong"] == sorong["Kabupaten Sorong"]  # the level word tells which "Sorong"


def test_a_name_in_another_word_order_or_a_venue_with_fewer_words_is_the_same_thing():
    keys = _keys(("Komisi VI DPR", "ORG"), ("DPR Komisi VI", "ORG"), ("Pasar Rakyat Desa Adat Bona", "LOC"),
                 ("Pasar Bona", "LOC"), ("Pasar Adat Bona", "LOC"), ("Bank Rakyat Indonesia", "ORG"), ("Bank Indonesia", "ORG"))
    assert keys["Komisi VI DPR"] == keys["DPR Komisi VI"]
    assert keys["Pasar Bona"] == keys["Pasar Adat Bona"] == keys["Pasar Rakyat Desa Adat Bona"]
    assert keys["Bank Indonesia"] != keys["Bank Rakyat Indonesia"]  # two banks


def test_a_name_after_a_person_is_the_same_with_or_without_the_persons_form_of_address():
    keys = _keys(("RSUD dr Soedarso", "ORG"), ("RSUD Soedarso", "ORG"), ("RSUD Sudarso Baru", "ORG"))
    assert keys["RSUD dr Soedarso"] == keys["RSUD Soedarso"] != keys["RSUD Sudarso Baru"]


def test_an_acronym_is_the_company_named_by_it_and_a_word_of_its_own_but_not_a_unit_or_a_place():
    keys = _keys(("XL", "ORG"), ("XL Axiata", "ORG"), ("PT XL Axiata Tbk", "ORG"))
    assert keys["XL"] == keys["XL Axiata"] == keys["PT XL Axiata Tbk"]
    keys = _keys(("KRL", "ORG"), ("KRL Jabodetabek", "ORG"))  # no company: a unit, as before
    assert keys["KRL"] != keys["KRL Jabodetabek"]
    keys = _keys(("KPU", "ORG"), ("KPU Sulsel", "ORG"), ("BRI", "ORG"), ("BRI Syariah", "ORG"))
    assert keys["KPU"] != keys["KPU Sulsel"] and keys["BRI"] != keys["BRI Syariah"]


def test_a_common_word_spelt_with_a_slip_is_the_same_name_but_two_places_a_letter_apart_are_not():
    keys = _keys(("Dinas Pendidikan Deliserdang", "ORG"), ("Dinas Pendikan Deliserdang", "ORG"),
                 ("Komisi I DPR", "ORG"), ("Komisi II DPR", "ORG"), ("Polres Badung", "ORG"), ("Polres Bandung", "ORG"))
    assert keys["Dinas Pendidikan Deliserdang"] == keys["Dinas Pendikan Deliserdang"]
    court = _keys(("Pengadilan Negeri Sumbawa Besar", "ORG"), ("Pengadilan Negri Sumbawa Besar", "ORG"))
    assert court["Pengadilan Negeri Sumbawa Besar"] == court["Pengadilan Negri Sumbawa Besar"]  # a short slip
    assert keys["Komisi I DPR"] != keys["Komisi II DPR"]
    assert keys["Polres Badung"] != keys["Polres Bandung"]


def test_a_unit_named_by_a_word_and_a_number_joins_its_longer_name_but_an_acronym_stays_apart_from_its_units():
    keys = _keys(("Komisi D DPRD Deliserdang", "ORG"), ("Komisi D", "ORG"), ("DPR Komisi VI", "ORG"), ("DPR", "ORG"))
    assert keys["Komisi D"] == keys["Komisi D DPRD Deliserdang"]
    assert keys["DPR"] != keys["DPR Komisi VI"]


def test_a_unit_named_without_its_number_is_the_numbered_unit():
    keys = _keys(("Kodim 1617/Jembrana", "ORG"), ("Kodim Jembrana", "ORG"))
    assert keys["Kodim Jembrana"] == keys["Kodim 1617/Jembrana"]


def _built(*texts_and_mentions: tuple[str, list[tuple[str, str]]]):
    """resolve() of several articles, each (text, [(surface, label)]) with mentions found left to right."""
    articles = []
    for n, (text, spans) in enumerate(texts_and_mentions):
        records, at = [], 0
        for surface, label in spans:
            start = text.index(surface, at)
            records.append(Mention(start, start + len(surface), surface, label, 0))
            at = start + len(surface)
        articles.append(AnnotatedArticle(Article(source=f"{n}.txt", sha256=str(n) * 64, text=text), (), tuple(records)))
    return resolve(articles)


def _keys_in(text: str, *mentions: tuple[str, str]) -> dict[str, str]:
    """Keys of mentions written in ``text`` (each at its first occurrence after the previous one)."""
    resolved = _built((text, list(mentions))).articles[0]
    return {m.text: key for m, key in zip(resolved.annotated.mentions, resolved.mention_entities)}


def test_a_name_going_on_after_its_bracketed_acronym_is_the_longer_name_written_later():
    text = ("Bupati meresmikan Rumah Sakit Umum Daerah (RSUD) Dolopo untuk rawat jalan. "
            "Direktur RSUD Dolopo Madiun hadir, juga Direktur RSUD Caruban.")
    keys = _keys_in(text, ("Rumah Sakit Umum Daerah", "ORG"), ("RSUD", "ORG"), ("RSUD Dolopo Madiun", "ORG"),
                    ("RSUD Caruban", "ORG"))
    assert keys["Rumah Sakit Umum Daerah"] == keys["RSUD"] == keys["RSUD Dolopo Madiun"]
    assert keys["RSUD Caruban"] != keys["RSUD Dolopo Madiun"]
    unit = _keys_in("Kepala Unit Pelaksana Tugas (UPT) Jalan dan Jembatan Wilayah Parung menjelaskan. "
                    "Jembatan itu di bawah UPT Jalan dan Jembatan.",
                    ("Unit Pelaksana Tugas", "ORG"), ("UPT", "ORG"), ("UPT Jalan dan Jembatan", "ORG"))
    assert unit["Unit Pelaksana Tugas"] == unit["UPT Jalan dan Jembatan"]
    kind = _keys_in("Dinas Pekerjaan Umum dan Perumahan Rakyat (PUPR) Kabupaten Grobogan mencatat. "
                    "Kepala Dinas PUPR Grobogan menjelaskan.",
                    ("Dinas Pekerjaan Umum dan Perumahan Rakyat", "ORG"), ("PUPR", "ORG"),
                    ("Kabupaten Grobogan", "LOC"), ("Dinas PUPR Grobogan", "ORG"))
    assert kind["Dinas Pekerjaan Umum dan Perumahan Rakyat"] == kind["PUPR"] == kind["Dinas PUPR Grobogan"]
    police = _keys_in("Kepolisian Sektor (Polsek) Manggala menggrebek lokasi. Personel Polsek Manggala datang.",
                      ("Kepolisian Sektor", "ORG"), ("Polsek", "ORG"), ("Manggala", "LOC"), ("Polsek Manggala", "ORG"))
    assert police["Kepolisian Sektor"] == police["Polsek Manggala"] != police["Manggala"]
    alone = _keys_in("Rumah Sakit Umum Daerah (RSUD) Dolopo dibuka. Warga Madiun datang.",
                     ("Rumah Sakit Umum Daerah", "ORG"), ("RSUD", "ORG"), ("Madiun", "LOC"))
    assert alone["Rumah Sakit Umum Daerah"] == alone["RSUD"] != alone["Madiun"]


def test_a_bracketed_short_form_the_model_did_not_tag_still_joins_the_longer_name():
    text = ("Dinas Sosial bekerja sama dengan Badan Amil Zakat Nasional (Baznas) Kabupaten Bone menyalurkan bantuan. "
            "Wakil Bupati hadir bersama Baznas Bone.")
    keys = _keys_in(text, ("Badan Amil Zakat Nasional", "ORG"), ("Kabupaten Bone", "LOC"), ("Baznas Bone", "ORG"))
    assert keys["Badan Amil Zakat Nasional"] == keys["Baznas Bone"] != keys["Kabupaten Bone"]


def test_a_courts_or_prisons_class_is_not_part_of_its_name():
    keys = _keys(("PN Kelas 1 B Kraksaan", "ORG"), ("PN Kraksaan", "ORG"), ("Lapas Kelas IIA Ambon", "LOC"),
                 ("Lapas Ambon", "LOC"), ("Lapas Tangerang", "LOC"), ("Kelas Inspirasi Bandung", "ORG"))
    assert keys["PN Kraksaan"] == keys["PN Kelas 1 B Kraksaan"]
    assert keys["Lapas Ambon"] == keys["Lapas Kelas IIA Ambon"] != keys["Lapas Tangerang"]
    assert "inspirasi" in keys["Kelas Inspirasi Bandung"]


def test_an_acronym_is_the_same_acronym_after_the_kind_of_body():
    keys = _keys(("Bank BRI", "ORG"), ("BRI", "ORG"), ("Bank Indonesia", "ORG"), ("Indonesia", "LOC"))
    assert keys["BRI"] == keys["Bank BRI"]
    assert keys["Indonesia"] != keys["Bank Indonesia"]  # a word, not an acronym: the bank is not the country


def test_an_outlet_and_its_web_address_are_one_outlet():
    keys = _keys(("TEMPO.CO", "ORG"), ("Tempo", "ORG"), ("Kompas", "ORG"))
    assert keys["Tempo"] == keys["TEMPO.CO"]
    assert keys["Kompas"] != keys["TEMPO.CO"]


def test_a_bracketed_acronym_of_the_region_a_school_is_named_after_is_not_the_school():
    keys = _keys_in("Upacara di halaman SMAN 11 Ogan Komering Ulu (OKU), Sabtu. Bupati OKU hadir.",
                    ("SMAN 11 Ogan Komering Ulu", "ORG"), ("OKU", "LOC"), ("OKU", "LOC"))
    assert keys["OKU"] != keys["SMAN 11 Ogan Komering Ulu"]


def test_a_bodys_branch_is_not_the_body():
    keys = _keys(("Bank Nagari Cabang Lubuak Gadang", "ORG"), ("Bank Nagari", "ORG"),
                 ("Bank Indonesia Perwakilan Provinsi Sumbar", "ORG"), ("Bank Indonesia", "ORG"),
                 ("Persija Jakarta", "ORG"), ("Persija", "ORG"))
    assert keys["Bank Nagari"] != keys["Bank Nagari Cabang Lubuak Gadang"]
    assert keys["Bank Indonesia"] != keys["Bank Indonesia Perwakilan Provinsi Sumbar"]
    assert keys["Persija"] == keys["Persija Jakarta"]  # a club with its city is still the club


def test_a_government_contracted_with_its_level_is_the_government_written_out():
    keys = _keys(("Pemerintah Kabupaten Kotawaringin Timur", "ORG"), ("Pemkab Kotim", "ORG"))
    assert keys["Pemkab Kotim"] == keys["Pemerintah Kabupaten Kotawaringin Timur"]
    other = _keys(("Pemerintah Kabupaten Bandung", "ORG"), ("Pemkot Bandung", "ORG"))
    assert other["Pemkot Bandung"] != other["Pemerintah Kabupaten Bandung"]  # the city's government, not the regency's


def test_a_clubs_acronym_with_its_town_is_the_club_but_a_national_bodys_stays_apart_from_its_unit():
    keys = _keys(("PSIS Semarang", "ORG"), ("PSIS", "ORG"), ("PSSI Jatim", "ORG"), ("PSSI", "ORG"))
    assert keys["PSIS"] == keys["PSIS Semarang"]  # "PS" + the town's letters: Persatuan Sepakbola Indonesia Semarang
    assert keys["PSSI"] != keys["PSSI Jatim"]


def test_a_name_ending_a_sentence_is_not_spelled_out_by_the_acronym_opening_the_next():
    text = "PSMS Medan menang. Manajer tim PSMS puas. Pelatih Ayam Kinantan. PSMS berencana merekrut."
    keys = _keys_in(text, ("PSMS Medan", "ORG"), ("PSMS", "ORG"), ("Ayam Kinantan", "ORG"), ("PSMS", "ORG"))
    assert keys["Ayam Kinantan"] != keys["PSMS Medan"]
    bracketed = _keys_in("Badan Pengawas Pemilu (Bawaslu) Kendal rapat. Bawaslu Kendal menetapkan.",
                         ("Badan Pengawas Pemilu", "ORG"), ("Bawaslu", "ORG"), ("Bawaslu Kendal", "ORG"))
    assert bracketed["Badan Pengawas Pemilu"] == bracketed["Bawaslu Kendal"]


def test_a_place_is_the_area_named_after_it_unless_a_venue_named_after_it_fits_too():
    keys = _keys(("Jalur Gaza", "LOC"), ("Gaza", "LOC"), ("Negara Bagian Sarawak", "LOC"), ("Sarawak", "LOC"))
    assert keys["Gaza"] == keys["Jalur Gaza"] and keys["Sarawak"] == keys["Negara Bagian Sarawak"]
    beach = _keys(("Pantai Tanjung Pasir", "LOC"), ("Perairan Tanjung Pasir", "LOC"), ("Tanjung Pasir", "LOC"))
    assert beach["Tanjung Pasir"] == beach["Pantai Tanjung Pasir"]


def test_an_island_regency_written_without_kepulauan_is_the_regency_but_not_another_province():
    keys = _keys(("Kabupaten Kepulauan Selayar", "LOC"), ("Kepulauan Selayar", "LOC"), ("Selayar", "LOC"))
    assert keys["Selayar"] == keys["Kepulauan Selayar"] == keys["Kabupaten Kepulauan Selayar"]
    riau = _keys(("Provinsi Kepulauan Riau", "LOC"), ("Kepulauan Riau", "LOC"), ("Riau", "LOC"))
    assert riau["Riau"] != riau["Kepulauan Riau"]


def test_a_regions_government_written_with_and_without_daerah_is_one_body():
    keys = _keys(("Pemerintah Kabupaten Kepulauan Selayar", "ORG"), ("Pemerintah Daerah Kabupaten Kepulauan Selayar", "ORG"),
                 ("Pemkab Kepulauan Selayar", "ORG"))
    assert len(set(keys.values())) == 1


def test_one_body_of_two_regions_is_two_bodies_each_joined_across_its_spellings():
    # DPRD Kapuas hosts DPRD Kalsel: the province's DPRD, written three ways, is one body; Kapuas's another.
    keys = _keys(("DPRD Kapuas", "ORG"), ("DPRD Provinsi Kalimantan Selatan", "ORG"), ("DPRD Kalsel", "ORG"),
                 ("DPRD Provinsi Kalsel", "ORG"), ("DPRD Kapuas", "ORG"))
    assert keys["DPRD Kalsel"] == keys["DPRD Provinsi Kalsel"] == keys["DPRD Provinsi Kalimantan Selatan"]
    assert keys["DPRD Kapuas"] != keys["DPRD Kalsel"]


def test_a_party_and_its_branch_written_with_and_without_partai_are_one_body_each():
    keys = _keys(("Partai Golkar", "ORG"), ("Golkar", "ORG"), ("DPD Partai Golkar Kota Pariaman", "ORG"),
                 ("DPD Golkar Pariaman", "ORG"), ("DPD Golkar Kabupaten Padang", "ORG"))
    assert keys["Golkar"] == keys["Partai Golkar"]
    assert keys["DPD Golkar Pariaman"] == keys["DPD Partai Golkar Kota Pariaman"] != keys["Partai Golkar"]
    assert keys["DPD Golkar Kabupaten Padang"] != keys["DPD Partai Golkar Kota Pariaman"]


def test_a_short_form_the_text_defines_in_brackets_is_that_long_name_though_a_regional_unit_also_holds_it():
    text = ("Dinas Pengendalian Penduduk dan Keluarga Berencana (DPPKB) menggelar rembuk stunting. "
            "Kepala DPPKB Kabupaten Bengkulu Utara hadir.")
    keys = _keys_in(text, ("Dinas Pengendalian Penduduk dan Keluarga Berencana", "ORG"), ("DPPKB", "ORG"),
                    ("DPPKB Kabupaten Bengkulu Utara", "ORG"))
    assert keys["DPPKB"] == keys["Dinas Pengendalian Penduduk dan Keluarga Berencana"]
    # the initials of a part only: the bracket shortens "Perserikatan Bangsa-Bangsa", not the council
    council = _keys_in("Dewan Keamanan Perserikatan Bangsa-Bangsa (PBB) bersidang.",
                       ("Dewan Keamanan Perserikatan Bangsa-Bangsa", "ORG"), ("PBB", "ORG"))
    assert council["PBB"] != council["Dewan Keamanan Perserikatan Bangsa-Bangsa"]


def test_a_regional_body_whose_region_is_written_apart_or_together_is_one_body():
    keys = _keys(("KONI Kota Palangka Raya", "ORG"), ("KONI Palangkaraya", "ORG"), ("KONI Palangka Raya", "ORG"))
    assert keys["KONI Kota Palangka Raya"] == keys["KONI Palangkaraya"] == keys["KONI Palangka Raya"]


def _resolved(text: str, names: list[tuple[str, str]]) -> dict[str, str]:
    records = sorted((Mention(text.index(surface), text.index(surface) + len(surface), surface, label, 0)
                      for surface, label in names), key=lambda m: m.start)
    article = Article(source="a.txt", sha256="a" * 64, text=text)
    resolved = resolve([AnnotatedArticle(article, (), tuple(records))]).articles[0]
    return {m.text: key for m, key in zip(resolved.annotated.mentions, resolved.mention_entities)}


def test_a_byname_the_text_gives_joins_the_name():
    keys = _resolved("Kasus naik di Kota Mangga (sebutan Kabupaten Sukamulya) tahun ini.",
                     [("Kota Mangga", "LOC"), ("Kabupaten Sukamulya", "LOC")])
    assert keys["Kota Mangga"] == keys["Kabupaten Sukamulya"]
    for text in ("Laskar Pelangi, julukan Persiku Jaya, menang.", "Persiku Jaya yang berjuluk Laskar Pelangi menang."):
        keys = _resolved(text, [("Laskar Pelangi", "ORG"), ("Persiku Jaya", "ORG")])
        assert keys["Laskar Pelangi"] == keys["Persiku Jaya"]
    keys = _resolved("Laskar Pelangi dan Persiku Jaya bertanding.", [("Laskar Pelangi", "ORG"), ("Persiku Jaya", "ORG")])
    assert keys["Laskar Pelangi"] != keys["Persiku Jaya"]


def test_a_region_name_written_once_with_a_slip_joins_the_listed_spelling():
    keys = _keys(("Kelurahan Kalampangan", "LOC"), ("Kelampangan", "LOC"), ("Pemkab Bojonegoro", "ORG"),
                 ("Pemkab Bojonegro", "ORG"))
    assert keys["Kelampangan"] == keys["Kelurahan Kalampangan"]
    assert keys["Pemkab Bojonegro"] == keys["Pemkab Bojonegoro"]
    keys = _keys(("Kabupaten Badung", "LOC"), ("Kabupaten Bandung", "LOC"))  # both listed: two regencies
    assert keys["Kabupaten Badung"] != keys["Kabupaten Bandung"]


def test_a_short_form_of_a_name_also_written_with_a_slip_joins_it():
    keys = _keys(("PN Sukamaju Besar", "ORG"), ("Pengadilan Negri Sukamaju Besar", "ORG"),
                 ("Pengadilan Negeri Sukamaju Besar", "ORG"))
    assert keys["PN Sukamaju Besar"] == keys["Pengadilan Negeri Sukamaju Besar"] == keys["Pengadilan Negri Sukamaju Besar"]


def test_a_venue_written_with_and_without_its_region_after_it_is_one_place():
    keys = _keys(("Dermaga Sukamaju Jakarta", "LOC"), ("Dermaga Sukamaju", "LOC"), ("Dermaga Sukamaju Internasional", "LOC"))
    assert keys["Dermaga Sukamaju"] == keys["Dermaga Sukamaju Jakarta"]
    assert keys["Dermaga Sukamaju Internasional"] != keys["Dermaga Sukamaju"]  # no region after it: another pier


def test_a_branch_written_with_and_without_the_word_cabang_is_one_body():
    keys = _keys(("Bank Sukamaju Cabang Tenggarong", "ORG"), ("Bank Sukamaju Tenggarong", "ORG"), ("Bank Sukamaju", "ORG"))
    assert keys["Bank Sukamaju Tenggarong"] == keys["Bank Sukamaju Cabang Tenggarong"]


def test_the_kind_and_the_bracketed_short_form_name_the_body():
    text = ("Ia meninjau RSUD Sukamaju Wijaya Kusuma (Sukaku). Pasien RSUD Sukaku Jakarta bertambah. "
            "Pasien RSUD Sukaku mengeluh. RSUD Lain tutup.")
    keys = _resolved(text, [("RSUD Sukamaju Wijaya Kusuma", "ORG"), ("RSUD Sukaku Jakarta", "ORG"),
                            ("RSUD Sukaku", "ORG"), ("RSUD Lain", "ORG")])
    assert keys["RSUD Sukaku Jakarta"] == keys["RSUD Sukaku"] == keys["RSUD Sukamaju Wijaya Kusuma"]
    assert keys["RSUD Lain"] != keys["RSUD Sukaku"]


def test_a_regional_body_whose_name_has_four_words_before_the_region():
    keys = _keys(("Dinas Pendidikan dan Kebudayaan Provinsi Sulteng", "ORG"), ("Disdikbud Sulteng", "ORG"))
    assert keys["Disdikbud Sulteng"] == keys["Dinas Pendidikan dan Kebudayaan Provinsi Sulteng"]


def test_a_bare_acronym_spelling_a_regional_body_with_its_daerah_joins_the_one_region_s_body():
    keys = _keys(("BPBD", "ORG"), ("Badan Penanggulangan Bencana Daerah Kab. Hulu Sungai Tengah", "ORG"))
    assert keys["BPBD"] == keys["Badan Penanggulangan Bencana Daerah Kab. Hulu Sungai Tengah"]
    keys = _keys(("KPU", "ORG"), ("Komisi Pemilihan Umum Kabupaten Garut", "ORG"))  # no "Daerah": a national namesake
    assert keys["KPU"] != keys["Komisi Pemilihan Umum Kabupaten Garut"]


def test_a_number_or_the_kinds_initial_may_go_with_a_bracketed_short_form():
    school = _keys_in("Bupati meresmikan gedung Sekolah Menengah Pertama Negeri (SMPN) 2 Sungailiat. "
                      "Kepala SMPN 2 Sungailiat berterima kasih.",
                      ("Sekolah Menengah Pertama Negeri", "ORG"), ("SMPN", "ORG"), ("SMPN 2 Sungailiat", "ORG"))
    assert school["Sekolah Menengah Pertama Negeri"] == school["SMPN 2 Sungailiat"]
    office = _keys_in("Kepala Dinas Lingkungan Hidup dan Kehutanan (LHK) Provinsi Riau hadir. Menurut DLHK Riau, izin itu sah.",
                      ("Dinas Lingkungan Hidup dan Kehutanan", "ORG"), ("LHK", "ORG"), ("DLHK Riau", "ORG"))
    assert office["Dinas Lingkungan Hidup dan Kehutanan"] == office["DLHK Riau"]


def test_a_kinship_form_of_address_is_no_part_of_a_persons_name():
    keys = _keys(("Maria Tamonob-Wae", "PER"), ("Mama Maria", "PER"), ("Sahbirin Noor", "PER"), ("Paman Birin", "PER"))
    assert keys["Mama Maria"] == keys["Maria Tamonob-Wae"]  # "mama", "paman": how people are addressed, not named
    assert keys["Paman Birin"] == keys["Sahbirin Noor"]


def test_a_name_spelt_another_way_joins_the_longer_name_it_shortens():
    keys = _keys(("Fakrul Anwar Bin Ghulan", "PER"), ("Fakhrul Anwar", "PER"), ("Erfan Rendy Wibowo", "PER"), ("Ervan", "PER"),
                 ("Johny G Plate", "PER"), ("Johnny", "PER"))
    assert keys["Fakhrul Anwar"] == keys["Fakrul Anwar Bin Ghulan"]  # "kh" for "k", two words of four
    assert keys["Ervan"] == keys["Erfan Rendy Wibowo"]  # "v" for "f"
    assert keys["Johnny"] == keys["Johny G Plate"]  # a letter doubled
    keys = _keys(("Susanti Wulandari", "PER"), ("Susanto", "PER"))  # another ending: another person
    assert keys["Susanto"] != keys["Susanti Wulandari"]


def test_a_kind_of_body_spelt_out_with_its_region_is_that_regions_body_in_every_article():
    facts = _built(
        ("Pengadilan Negeri (PN) Ambon menggelar sidang. Hakim PN menunda sidang.",
         [("Pengadilan Negeri", "ORG"), ("PN", "ORG"), ("Ambon", "LOC"), ("PN", "ORG")]),
        ("Pengadilan Negeri (PN) Jayapura memvonis terdakwa. Pengadilan Negeri itu tegas.",
         [("Pengadilan Negeri", "ORG"), ("PN", "ORG"), ("Jayapura", "LOC"), ("Pengadilan Negeri", "ORG")]),
    )
    ambon, jayapura = (article.mention_entities for article in facts.articles)
    assert ambon[0] == ambon[1] == ambon[3] and jayapura[0] == jayapura[1] == jayapura[3]
    assert ambon[0] != jayapura[0]  # two courts, not one "Pengadilan Negeri"
    names = {e.key: e.name for e in facts.entities}
    assert (names[ambon[0]], names[jayapura[0]]) == ("Pengadilan Negeri Ambon", "Pengadilan Negeri Jayapura")


def test_a_body_of_its_own_name_before_a_place_is_not_that_places_branch():
    facts = _built(("Rektor Universitas Tidar (Untidar) Magelang hadir. Untidar menerima mahasiswa.",
                    [("Universitas Tidar", "ORG"), ("Untidar", "ORG"), ("Magelang", "LOC"), ("Untidar", "ORG")]))
    keys = facts.articles[0].mention_entities
    assert keys[0] == keys[1] == keys[3]
    assert {e.name for e in facts.entities if e.key == keys[0]} == {"Universitas Tidar"}


def test_a_region_written_by_its_initials_names_the_same_branch():
    keys = _keys_in("Pengadilan Agama (PA) Penajam Paser Utara menggelar sidang. Ketua PA PPU hadir.",
                    ("Pengadilan Agama", "ORG"), ("PA", "ORG"), ("Penajam Paser Utara", "LOC"), ("PA PPU", "ORG"))
    assert keys["Pengadilan Agama"] == keys["PA"] == keys["PA PPU"]


def test_an_acronym_the_article_spells_out_for_another_body_is_not_a_regional_bodys_initials():
    keys = _keys_in("Dinas Kebudayaan Daerah Istimewa Yogyakarta hadir. Dewan Kesenian Daerah (DKD) Wonosobo "
                    "dikukuhkan. DKD berterima kasih kepada Dinas Kebudayaan DIY.",
                    ("Dinas Kebudayaan Daerah Istimewa Yogyakarta", "ORG"), ("Dewan Kesenian Daerah", "ORG"),
                    ("DKD", "ORG"), ("DKD", "ORG"), ("Dinas Kebudayaan DIY", "ORG"))
    assert keys["DKD"] == keys["Dewan Kesenian Daerah"] != keys["Dinas Kebudayaan DIY"]
    assert keys["Dinas Kebudayaan Daerah Istimewa Yogyakarta"] == keys["Dinas Kebudayaan DIY"]


def test_a_body_named_after_a_district_is_that_districts_in_every_article():
    facts = _built(
        ("Pengadilan Negeri Kraksaan menerima 336 perkara. Pengadilan Negeri (PN) itu sibuk. Humas PN Kraksaan hadir.",
         [("Pengadilan Negeri Kraksaan", "ORG"), ("Pengadilan Negeri", "ORG"), ("PN", "ORG"), ("PN Kraksaan", "ORG")]),
        ("Terdakwa hadir di Pengadilan Negeri (PN) Kelas 1A Kupang. Pengadilan Negeri menunda sidang.",
         [("Pengadilan Negeri", "ORG"), ("PN", "ORG"), ("Kupang", "LOC"), ("Pengadilan Negeri", "ORG")]),
        ("Sidang digelar di Pengadilan Negeri (PN) Malili, lalu PN menunda putusan.",
         [("Pengadilan Negeri", "ORG"), ("PN", "ORG"), ("Malili", "LOC"), ("PN", "ORG")]),
        ("Pengadilan Negeri (PN) menolak gugatan warga.", [("Pengadilan Negeri", "ORG"), ("PN", "ORG")]),  # which one?
    )
    kraksaan, kupang, malili, unknown = (article.mention_entities for article in facts.articles)
    assert len(set(kraksaan)) == 1 and len(set(kupang[:2] + kupang[3:])) == 1 and len(set(malili[:2] + malili[3:])) == 1
    assert len({kraksaan[0], kupang[0], malili[0], unknown[0]}) == 4  # four courts, one of them not known
    names = {e.key: e.name for e in facts.entities}
    assert names[kupang[0]] == "Pengadilan Negeri Kupang"  # its class ("Kelas 1A") is no part of its name


def test_a_regions_short_form_in_brackets_after_a_body_is_the_region_not_the_body():
    keys = _keys_in("Dinas Kesehatan Provinsi Sulawesi Barat (Sulbar) mengimbau warga. Sulbar siaga DBD.",
                    ("Dinas Kesehatan Provinsi Sulawesi Barat", "ORG"), ("Sulbar", "LOC"), ("Sulbar", "LOC"))
    assert keys["Sulbar"] != keys["Dinas Kesehatan Provinsi Sulawesi Barat"]
