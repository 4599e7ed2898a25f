"""Quotes and reported speech, with speakers (made-up sentences)."""

from __future__ import annotations

import pytest

from kg.nlp import annotate


def _quotes(nlp, make_article, text):
    (annotated,) = annotate([make_article(text)], nlp)
    return [
        (q.text, annotated.mentions[q.speaker].text if q.speaker is not None else None, q.cue, q.direct)
        for q in annotated.quotes
    ], annotated


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“Kami siap bekerja sama,” kata Joko Widodo di Jakarta.", ("Kami siap bekerja sama", "Joko Widodo", "kata", True)),
        ('"Ekonomi tumbuh lima persen," ujar Sri Mulyani.', ("Ekonomi tumbuh lima persen", "Sri Mulyani", "ujar", True)),
        ("Emmanuel Macron mengatakan, “Prancis mendukung perdamaian di kawasan.”", ("Prancis mendukung perdamaian di kawasan.", "Emmanuel Macron", "mengatakan", True)),
        ("“Tidak ada rencana itu,” tulis Reuters.", ("Tidak ada rencana itu", "Reuters", "tulis", True)),
        ("“Kami akan datang lagi,” ucap Retno Marsudi kepada Antony Blinken.", ("Kami akan datang lagi", "Retno Marsudi", "ucap", True)),
        ("Menurut Anies Baswedan, “banjir bisa diatasi dengan kerja keras.”", ("banjir bisa diatasi dengan kerja keras.", "Anies Baswedan", "Menurut", True)),
        ("Olaf Scholz mengatakan bahwa Jerman akan menambah bantuan.", ("Jerman akan menambah bantuan", "Olaf Scholz", "mengatakan", False)),
        # a comma after "bahwa" does not open what was said
        ("Olaf Scholz menjelaskan bahwa, Jerman akan menambah bantuan.", ("Jerman akan menambah bantuan", "Olaf Scholz", "menjelaskan", False)),
        ("Harga beras akan turun bulan depan, kata Budi Santoso di Bandung.", ("Harga beras akan turun bulan depan", "Budi Santoso", "kata", False)),
        ("Budi Santoso di Bandung membenarkan bahwa pihaknya sedang memburu pelaku.", ("pihaknya sedang memburu pelaku", "Budi Santoso", "membenarkan", False)),
        ("Rina Kusuma mengatakan jika pihaknya sudah menyurati warga.", ("pihaknya sudah menyurati warga", "Rina Kusuma", "mengatakan", False)),
        ("“Semoga lagu ini disukai banyak orang,” harap Siti Aminah.", ("Semoga lagu ini disukai banyak orang", "Siti Aminah", "harap", True)),
        ("Budi Santoso meminta agar warga tetap waspada.", ("agar warga tetap waspada", "Budi Santoso", "meminta", False)),
        # academic degrees after the name, one glued to its period
        ("Rektor Budi Santoso, Ph.D, melaporkan bahwa 939 lulusan diwisuda.",
         ("939 lulusan diwisuda", "Budi Santoso", "melaporkan", False)),
        ("Kepala Biro Siti Aminah, S.E., M.M yang sekaligus ketua panitia mengungkapkan, wisudawan bertambah.",
         ("wisudawan bertambah", "Siti Aminah", "mengungkapkan", False)),
        # the section an office heads is no speaker: "Penkum" (Penerangan Hukum)
        ("“Sudah dikeluarkan,” kata Kepala Seksi Penkum dan Humas Kejati Maluku, Budi Santoso kepada wartawan.",
         ("Sudah dikeluarkan", "Budi Santoso", "kata", True)),
        # a rank written out in words and its short form in brackets before the name
        ("“Kendaraan sudah diamankan,” kata Kanit Lakalantas Inspektur Polisi Dua (Ipda) Ade Komarudin.",
         ("Kendaraan sudah diamankan", "Ade Komarudin", "kata", True)),
        # the occasion between the speaker and the verb, in the active voice
        ("Ketua DPRD Budi Santoso saat pimpin rapat paripurna menuturkan, catatan fraksi sudah diterima.",
         ("catatan fraksi sudah diterima", "Budi Santoso", "menuturkan", False)),
    ],
)
def test_quotes_speaker(blank_nlp, make_article, text, expected):
    found, _ = _quotes(blank_nlp, make_article, text)
    assert found == [expected]


def test_quotes_pronoun_and_surname_resolve_to_previous_person(blank_nlp, make_article):
    text = ("Budi Santoso tiba di Surabaya. “Saya senang sekali di sini,” ujarnya. “Kotanya bersih,” kata Santoso. "
            "“Pakailah masker di luar rumah,” imbaunya.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[1], q[2]) for q in found] == [("Budi Santoso", "ujarnya"), ("Budi Santoso", "kata"),
                                             ("Budi Santoso", "imbaunya")]


def test_quotes_span_sentences(blank_nlp, make_article):
    text = "“Kami datang. Kami bekerja keras untuk rakyat,” kata Joko Widodo."
    found, annotated = _quotes(blank_nlp, make_article, text)
    assert found[0][0] == "Kami datang. Kami bekerja keras untuk rakyat"
    assert len(annotated.sentences) == 1 or annotated.quotes[0].sentence == 0


def test_quotes_skip_scare_quotes(blank_nlp, make_article):
    found, _ = _quotes(blank_nlp, make_article, "Budi menyebut kebijakan itu “sangat aneh” bagi warga.")
    assert [q for q in found if q[3]] == []


def test_quotes_offsets(blank_nlp, make_article):
    text = "Judul\n\"Kami menolak,\" kata Xi Jinping. Ia pergi."
    _, annotated = _quotes(blank_nlp, make_article, text)
    (quote,) = annotated.quotes
    assert text[quote.start : quote.end] == quote.text == "Kami menolak"
    assert quote.sentence == 1


def test_quotes_add_speaker_names_the_ner_missed(blank_nlp, make_article):
    text = "“Harga akan turun,” ujar Hendra Wijaya. “Pasar stabil,” tulis KOMPAS dalam laporannya."
    found, annotated = _quotes(blank_nlp, make_article, text)
    assert [(q[1], q[2]) for q in found] == [("Hendra Wijaya", "ujar"), ("KOMPAS", "tulis")]
    added = {m.text: (m.label, m.origin) for m in annotated.mentions}
    assert added == {"Hendra Wijaya": ("PER", "rule"), "KOMPAS": ("ORG", "rule")}


def test_quotes_title_before_added_name(blank_nlp, make_article):
    text = "Juru bicara Polri Hendra Wijaya mengatakan bahwa kasus itu selesai."
    found, annotated = _quotes(blank_nlp, make_article, text)
    assert found == [("kasus itu selesai", "Hendra Wijaya", "mengatakan", False)]
    assert [r.title for r in annotated.roles] == ["Juru bicara Polri"]


def test_quotes_menurut_with_apposed_name(blank_nlp, make_article):
    text = "Menurut juru bicara Polri, Budi Santoso, pelaku sudah ditangkap."
    found, _ = _quotes(blank_nlp, make_article, text)
    assert found == [("pelaku sudah ditangkap", "Budi Santoso", "Menurut", False)]


def test_quotes_menurut_after_a_connective_and_not_for_a_clause_with_its_own_speaker(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Budi Santoso", "Antonio Guterres"], "ORG": ["Xinhua"]})
    found, _ = _quotes(nlp, make_article, "Namun menurut juru bicara Polri, Budi Santoso, pelaku sudah ditangkap.")
    assert found == [("pelaku sudah ditangkap", "Budi Santoso", "menurut", False)]
    text = "Sebelumnya, menurut Xinhua, Sekretaris Jenderal PBB Antonio Guterres menyerukan gencatan senjata."
    found, _ = _quotes(nlp, make_article, text)
    assert not any(speaker == "Xinhua" for _, speaker, _, _ in found)


def test_quotes_no_person_made_from_a_place(blank_nlp, make_article):
    text = "Harga minyak naik lagi, kata Kepala Staf Kepresidenan Jawa Tengah."
    _, annotated = _quotes(blank_nlp, make_article, text)
    assert [m for m in annotated.mentions if m.origin == "rule"] == []


def test_quotes_source_named_after_the_words(blank_nlp, make_article):
    text = "Jakarta - Harga beras akan turun bulan depan, Reuters melaporkan pada Senin."
    found, _ = _quotes(blank_nlp, make_article, text)
    assert found == [("Harga beras akan turun bulan depan", "Reuters", "melaporkan", False)]


def test_quotes_surname_subject_points_at_full_name(blank_nlp, make_article):
    text = "Budi Santoso tiba di Bandung. Santoso berpendapat harga akan turun."
    found, _ = _quotes(blank_nlp, make_article, text)
    assert found == [("harga akan turun", "Budi Santoso", "berpendapat", False)]


def test_reported_speech_after_a_comma_and_with_a_pronoun(blank_nlp, make_article):
    from kg.nlp import annotate

    text = (
        "Budi Santoso mengatakan, rapat akan digelar pekan depan di Jakarta. "
        '"Kami siap," kata Budi Santoso. Dia mengatakan, semua peserta sudah mendaftar. '
        "Menurutnya, acara berlangsung dua hari. Menurutnya panitia juga menyiapkan hadiah."
    )
    (annotated,) = annotate([make_article(text)], blank_nlp)
    reported = [(annotated.mentions[q.speaker].text, q.text) for q in annotated.quotes if not q.direct]
    assert ("Budi Santoso", "rapat akan digelar pekan depan di Jakarta") in reported
    assert ("Budi Santoso", "semua peserta sudah mendaftar") in reported
    assert ("Budi Santoso", "acara berlangsung dua hari") in reported
    assert ("Budi Santoso", "panitia juga menyiapkan hadiah") in reported  # no comma after the opening cue


def test_quote_after_a_sentence_of_reported_speech_goes_on_with_its_speaker(blank_nlp, make_article):
    text = ("Budi Santoso menjelaskan, razia dilakukan karena ada laporan warga di Bandung.\n"
            "\"Saya akan luruskan agar tidak menjadi fitnah bagi warga kota ini.\"")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [q[1] for q in found if q[3]] == ["Budi Santoso"]


def test_quote_attributed_to_a_title_goes_to_the_person_named_with_it(blank_nlp, make_article):
    text = ("Gubernur Jawa Barat Budi Santoso meninjau banjir di Bandung. "
            "\"Semua warga sudah kami evakuasi ke tempat aman,\" kata Gubernur Jawa Barat.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[1], q[2]) for q in found if q[3]] == [("Budi Santoso", "kata")]


def test_a_title_written_short_in_brackets_goes_to_the_person_named_with_it(blank_nlp, make_article):
    text = ("Wakil Bupati (wabup) Lampung Barat (Lambar) Budi Santoso membuka musrenbang.\n"
            "Wabup mengatakan, musrenbang merupakan forum perencanaan pembangunan.\n"
            "“Kegiatan ini menampung aspirasi masyarakat,” kata wabup.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[1], q[2]) for q in found] == [("Budi Santoso", "mengatakan"), ("Budi Santoso", "kata")]


def test_ujarnya_after_a_list_of_victims_is_still_the_last_speaker(blank_nlp, make_article):
    text = ("\"Tanah longsor menimbun para penambang di lokasi,\" kata Budi Santoso kepada wartawan.\n"
            "Korban bernama Joko Widodo (36) dan Siti Aminah (30).\n"
            "\"Sudah dievakuasi semua dari lokasi tambang,\" ujarnya.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [q[1] for q in found if q[3]] == ["Budi Santoso", "Budi Santoso"]


def test_reported_speech_after_a_relative_clause_and_after_kata_name(blank_nlp, make_article):
    text = ("Budi Santoso yang menjadi pembicara dalam webinar ini mengatakan, banyak warga belum sadar. "
            "Secara umum kata Siti Aminah, pasien bertambah karena cuaca ekstrem.")
    found, _ = _quotes(blank_nlp, make_article, text)
    reported = [(q[1], q[0]) for q in found if not q[3]]
    assert ("Budi Santoso", "banyak warga belum sadar") in reported
    assert ("Siti Aminah", "pasien bertambah karena cuaca ekstrem") in reported
    late = "Sedangkan daerah lain yang juga tercatat tinggi kata Siti Aminah, Kota Batu empat kasus."
    found, _ = _quotes(blank_nlp, make_article, late)
    assert [(q[1], q[0]) for q in found if not q[3]] == [
        ("Siti Aminah", "Sedangkan daerah lain yang juga tercatat tinggi kata Siti Aminah, Kota Batu empat kasus")]


def test_the_unit_an_office_heads_is_no_speaker(blank_nlp, make_article):
    text = "“Kasus itu sudah kami limpahkan,” kata Kepala Seksi Penerangan Hukum dan Humas Polri."
    found, annotated = _quotes(blank_nlp, make_article, text)
    assert not any(m.label == "PER" for m in annotated.mentions)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("“Data sekolah sudah benar,” beber Hendra Wijaya.", "Hendra Wijaya"),  # another speech verb
        ("“Baju tenun ini bagus,” puji Hendra Wijaya.", "Hendra Wijaya"),  # praise is speech too
        ("“Misa dipimpin uskup,” ucap Humas Polri, Hendra Wijaya di Jakarta.", "Hendra Wijaya"),  # name after the title
        ("Menurut Hendra Wijaya, target tim sudah tercapai tahun ini.", "Hendra Wijaya"),
    ],
)
def test_speakers_the_ner_missed_in_more_positions(blank_nlp, make_article, text, speaker):
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [q[1] for q in found] == [speaker]


def test_a_mixed_case_acronym_after_an_office_is_a_body(blank_nlp, make_article):
    text = "“Ekspor naik,” kata Kepala KPw Bank Indonesia Budi Santoso dalam konferensi pers."
    found, annotated = _quotes(blank_nlp, make_article, text)
    labels = {m.text: m.label for m in annotated.mentions}
    assert labels.get("KPw") == "ORG" and [q[1] for q in found] == ["Budi Santoso"]


def test_a_speaker_name_found_late_is_found_earlier_too(blank_nlp, make_article):
    text = "Camat Makassar, Mastukah, datang bersama warga. Menurut Mastukah, target tim sudah tercapai."
    _, annotated = _quotes(blank_nlp, make_article, text)
    people = [m for m in annotated.mentions if m.text == "Mastukah"]
    assert len(people) == 2 and [annotated.mentions[r.person].text for r in annotated.roles] == ["Mastukah"]


def test_a_pronoun_reports_for_the_person_just_named(blank_nlp, make_article):
    text = "Budi Santoso belum mau berkomentar soal video itu. Dia mengatakan tim siber masih melacak akun pelaku."
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[1], q[2]) for q in found] == [("Budi Santoso", "mengatakan")]


def test_an_estimate_is_reported_speech(blank_nlp, make_article):
    found, _ = _quotes(blank_nlp, make_article, "Siti Aminah menaksir, harga telur tidak akan naik lagi bulan ini.")
    assert [q[1] for q in found] == ["Siti Aminah"]


def test_a_common_noun_with_a_capital_is_no_speaker(blank_nlp, make_article):
    text = "Budi Santoso bercerita. Hal itu disampaikan Ketua DPRD kepada Wartawan, menjelaskan bahwa rapat ditunda."
    _, annotated = _quotes(blank_nlp, make_article, text)
    assert "Wartawan" not in {m.text for m in annotated.mentions}


def test_a_speaker_described_with_a_demonstrative_is_the_person_talked_about(blank_nlp, make_article):
    text = ("Budi Santoso memimpin operasi di Surabaya. “Warga agar tetap waspada di Bandung,” "
            "pungkas mantan kepala polisi Bandung ini.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[1], q[2]) for q in found] == [("Budi Santoso", "pungkas")]


def test_a_quoted_paragraph_without_a_speaker_belongs_to_the_next_quotes_speaker(blank_nlp, make_article):
    text = ("Budi Santoso meninjau lokasi banjir di Bandung.\n“Warga sudah kami evakuasi ke tempat yang aman sejak pagi.”\n"
            "“Sebagian mengungsi di rumah saudara,” ungkap Sri Mulyani.\n“Jalur kereta akan segera dibuka kembali,” tutupnya.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[1], q[2]) for q in found] == [("Sri Mulyani", None), ("Sri Mulyani", "ungkap"), ("Sri Mulyani", "tutupnya")]


def test_nya_after_a_quote_is_the_person_whose_speech_verb_came_before_it(blank_nlp, make_article):
    text = ("Kapolres Budi Santoso mengatakan, pihaknya bekerja bersama Sri Mulyani dan tim di lokasi.\n"
            "“Kemarin kita sudah lakukan olah TKP dibantu tim dari Jakarta,” jelasnya.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert ("Budi Santoso", "jelasnya") in [(q[1], q[2]) for q in found if q[3]]


def test_a_pronoun_after_a_speech_verb_is_the_person_still_being_quoted(blank_nlp, make_article):
    text = ("“Kasus ini sudah menjadi perhatian kami di Jakarta,” kata Budi Santoso.\n"
            "“Kalau Sri Mulyani menyatakan bersalah maka akan kita evaluasi semua,” tegas dia.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[1], q[2]) for q in found] == [("Budi Santoso", "kata"), ("Budi Santoso", "tegas")]


def test_a_pronoun_before_a_speech_verb_is_the_person_still_being_quoted(blank_nlp, make_article):
    text = ("“Kami serahkan pemilihan itu ke Sri Mulyani,” kata Budi Santoso.\n"
            "“Sekarang tim sudah membantu kami, jadi kami serahkan ke Sri Mulyani,” ia menambahkan.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[1], q[2]) for q in found] == [("Budi Santoso", "kata"), ("Budi Santoso", "menambahkan")]


def test_a_person_named_inside_the_quote_is_not_whom_nya_means(blank_nlp, make_article):
    text = ("Budi Santoso tiba di lokasi banjir.\n"
            "“Kami sudah bertemu Sri Mulyani kemarin di Jakarta,” ujarnya.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[1], q[2]) for q in found] == [("Budi Santoso", "ujarnya")]


def test_a_subject_that_is_only_a_title_is_the_person_named_with_it(blank_nlp, make_article):
    text = "Presiden Joko Widodo tiba di Bandung. Presiden menyampaikan, pemerintah akan membangun jalan baru."
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[1], q[2]) for q in found] == [("Joko Widodo", "menyampaikan")]


def test_words_a_speaker_would_not_say_are_no_quote(blank_nlp, make_article):
    found, _ = _quotes(blank_nlp, make_article, "Budi Santoso masih enggan menyebut nama pemain baru yang akan datang.")
    assert found == []


def test_doubled_single_marks_are_quote_marks(blank_nlp, make_article):
    text = "’’Saya hanya mendengar dari warga di pasar,’’ kata Budi Santoso."
    found, _ = _quotes(blank_nlp, make_article, text)
    assert found == [("Saya hanya mendengar dari warga di pasar", "Budi Santoso", "kata", True)]


def test_a_left_and_a_right_single_mark_open_a_quote(blank_nlp, make_article):
    text = "‘’Saya hanya mendengar dari warga di pasar,’’ kata Budi Santoso."
    found, _ = _quotes(blank_nlp, make_article, text)
    assert found == [("Saya hanya mendengar dari warga di pasar", "Budi Santoso", "kata", True)]


@pytest.mark.parametrize("text, expected", [
    # a right mark after a space and before a word opens a quote, as some outlets set it
    ("Budi Santoso kecewa dengan hasil laga di Bandung. “Ayo bangkit lagi,” kata Budi Santoso.\n"
     "Baginya, lolos ke babak kedua sudah bagus. ”Kami tidak beruntung saja hari ini,’’ urainya.",
     ("Kami tidak beruntung saja hari ini", "Budi Santoso", "urainya", True)),
    # a new paragraph about another person ends the last speaker's turn
    ("“Kami kalah dengan terhormat,” kata Budi Santoso.\n"
     "Pelatih tim tamu Ahmad Dahlan tidak menampik bahwa timnya beruntung. ”Kami banyak menyerang,’’ bebernya.",
     ("Kami banyak menyerang", "Ahmad Dahlan", "bebernya", True)),
])
def test_quotes_set_with_right_marks(blank_nlp, make_article, text, expected):
    found, _ = _quotes(blank_nlp, make_article, text)
    assert expected in found


def test_the_person_after_kepada_was_spoken_to(blank_nlp, make_article):
    text = ("Ketua Majelis Hakim Budi Santoso lalu bertanya lagi.\n"
            "“Saudara tahu atau sama sekali tidak tahu?” tanya hakim kepada Sri Mulyani di ruang sidang.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[1], q[2]) for q in found if q[3]] == [("Budi Santoso", "tanya")]


def test_a_cue_inside_the_sentence_reports_the_words_after_it(blank_nlp, make_article):
    text = ("Kapolres Budi Santoso menerima laporan warga.\n"
            "Selama diperiksa, kata Santoso, kedua orang itu mengaku sedang meneliti ojek daring di kota.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert ("kedua orang itu mengaku sedang meneliti ojek daring di kota", "Budi Santoso", "kata", False) in found


def test_a_comma_after_a_speech_verb_introduces_reported_words(blank_nlp, make_article):
    text = ("Budi Santoso belum bisa menjelaskan alasan keduanya memotret petugas. "
            "Dia hanya menyampaikan, tidak ditemukan pesan mencurigakan di ponsel mereka.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert found == [("tidak ditemukan pesan mencurigakan di ponsel mereka", "Budi Santoso", "menyampaikan", False)]


def test_titles_and_ranks_after_a_cue_are_not_the_speakers_name(blank_nlp, make_article):
    text = "“Pemenang akan tampil di festival musik nasional,” ungkap Plt Gubernur Jawa Barat, Budi Santoso, Jumat."
    found, annotated = _quotes(blank_nlp, make_article, text)
    assert [(q[1], q[2]) for q in found] == [("Budi Santoso", "ungkap")]
    assert "Plt Gubernur" not in [m.text for m in annotated.mentions]


def test_the_dot_of_a_rank_does_not_end_the_speakers_name(blank_nlp, make_article):
    text = "“Kami sudah menunjuk pelaksana tugas di sana,” jelas Irjen Pol. Budi Santoso."
    found, annotated = _quotes(blank_nlp, make_article, text)
    assert [(q[1], q[2]) for q in found] == [("Budi Santoso", "jelas")]
    assert "Irjen Pol" not in [m.text for m in annotated.mentions]


def test_a_description_naming_a_nickname_means_the_person_talked_about(blank_nlp, make_article):
    text = ("Juru bicara Budi Santoso hadir di Jakarta.\n"
            "“Menteri akan bertemu dengan mitranya besok pagi,” jelas pria yang akrab disapa Jokowi tersebut.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[1], q[2]) for q in found] == [("Budi Santoso", "jelas")]


def test_a_quote_paragraph_without_a_cue_is_the_person_the_paragraph_before_was_about(blank_nlp, make_article):
    text = ("Budi Santoso mengimbau warga Bandung selalu waspada. Kasus naik menjadi 58 orang.\n"
            "“Perubahan musim menjadi penyebab naiknya kasus. Saya minta warga menguras bak mandi.”\n")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[1], q[3]) for q in found if q[3]] == [("Budi Santoso", True)]


def test_a_degree_before_a_speech_verb_is_no_speaker(blank_nlp, make_article):
    found, annotated = _quotes(blank_nlp, make_article, "Terpisah, Budi Santoso, SE menjelaskan, penerima bantuan berkurang.")
    assert [m.text for m in annotated.mentions] == ["Budi Santoso"]
    assert [q[1] for q in found] == ["Budi Santoso"]


@pytest.mark.parametrize("cue", ["Lanjut", "Dikatakan", "Diungkapkan"])
def test_a_cue_opening_the_sentence_before_the_name_reports_the_words_after_it(blank_nlp, make_article, cue):
    text = f"Budi Santoso hadir di lokasi. {cue} Budi Santoso, pihaknya akan mengusulkan perbaikan jalan."
    found, _ = _quotes(blank_nlp, make_article, text)
    assert found == [("pihaknya akan mengusulkan perbaikan jalan", "Budi Santoso", cue.lower(), False)]


def test_a_passive_cue_inside_the_sentence_reports_what_came_before(blank_nlp, make_article):
    found, _ = _quotes(blank_nlp, make_article, "Hal itu diungkapkan Budi Santoso, di Jakarta, Senin kemarin.")
    assert found == []


@pytest.mark.parametrize("verb", ["memastikan", "mengimbau", "menyarankan"])
def test_more_verbs_report_the_clause_after_them(blank_nlp, make_article, verb):
    found, _ = _quotes(blank_nlp, make_article, f"Budi Santoso {verb} warga tetap waspada terhadap banjir susulan.")
    assert found == [("warga tetap waspada terhadap banjir susulan", "Budi Santoso", verb, False)]


def test_a_speech_verb_without_its_speaker_in_an_opening_clause_leaves_the_one_that_has_it(blank_nlp, make_article):
    text = ("Budi Santoso hadir di kantor dinas.\n"
            "Meski mengakui adanya keterlambatan, Budi memastikan tunjangan guru sudah bisa dicairkan bulan depan.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert found == [("tunjangan guru sudah bisa dicairkan bulan depan", "Budi Santoso", "memastikan", False)]


@pytest.mark.parametrize("verb", ["mengakhiri", "membeberkan", "menandaskan"])
def test_more_speech_verbs_with_a_comma_report_what_follows(blank_nlp, make_article, verb):
    text = f"Budi Santoso hadir di kantor dinas.\nIa {verb}, harga beras naik sejak pekan lalu."
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [("harga beras naik sejak pekan lalu", "Budi Santoso")]


def test_what_a_speaker_asked_someone_to_do_starts_at_agar(blank_nlp, make_article):
    found, _ = _quotes(blank_nlp, make_article,
                       "Budi Santoso menekankan kepada para camat agar dapat membagi waktu dengan baik.")
    assert found == [("agar dapat membagi waktu dengan baik", "Budi Santoso", "menekankan", False)]
    found, _ = _quotes(blank_nlp, make_article,
                       "Budi Santoso mengatakan, pihaknya berharap agar permohonan itu dikabulkan hakim.")
    assert [q[0] for q in found] == ["pihaknya berharap agar permohonan itu dikabulkan hakim"]


def test_a_day_after_the_cue_is_no_speaker(blank_nlp, make_article):
    text = "“Penanaman pohon dilakukan untuk menjaga keseimbangan alam,” kata Jakarta, Rabu (5/6)."  # a place typed
    found, annotated = _quotes(blank_nlp, make_article, text)
    assert "Rabu" not in [m.text for m in annotated.mentions]
    assert all(q[1] != "Rabu" for q in found)


def test_a_speech_cue_with_nya_reports_for_the_last_speaker(blank_nlp, make_article):
    text = ('"Kami sudah siaga sejak pagi," kata Budi Santoso.\n'
            "Dikatakannya, posko pengungsian dibuka di balai desa.\n"
            "Saat ini, katanya, petugas masih mendata rumah yang rusak.")
    found, _ = _quotes(blank_nlp, make_article, text)
    reported = [(q[0], q[1]) for q in found if not q[3]]
    assert reported == [
        ("posko pengungsian dibuka di balai desa", "Budi Santoso"),
        ("petugas masih mendata rumah yang rusak", "Budi Santoso"),  # "Saat ini" is no part of what was said
    ]


def test_a_cue_with_nya_after_a_newly_named_person_is_theirs(blank_nlp, make_article):
    text = ('"Harga cabai naik terus," ujar Siti Aminah.\n'
            "Hal yang sama diakui Budi Santoso, pedagang di pasar itu.\n"
            "Dikatakannya, pembeli berkurang sejak pekan lalu.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert ("pembeli berkurang sejak pekan lalu", "Budi Santoso") in [(q[0], q[1]) for q in found]


def test_a_place_after_a_title_is_the_office_and_its_holder_speaks(blank_nlp, make_article):
    text = ("Bupati Bandung Budi Santoso meresmikan jalan baru di desa itu.\n"
            "Bupati Bandung mengatakan bahwa jalan itu dibangun dengan dana desa.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [("jalan itu dibangun dengan dana desa", "Budi Santoso")]


def test_a_described_speaker_is_the_one_still_being_quoted(blank_nlp, make_article):
    text = ('"Kampus kami terus tumbuh," kata Budi Santoso.\n'
            "Lulusan tahun ini termasuk Siti Aminah dari Bandung.\n"
            '"Artinya kampus ini sudah dikenal luas di dunia," kata orang nomor satu di kampus itu.')
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [q[1] for q in found] == ["Budi Santoso", "Budi Santoso"]


def test_cues_inside_and_opening_a_sentence_with_their_speaker(blank_nlp, make_article):
    text = ('"Jembatan itu sudah lama rusak," ujar Budi Santoso.\n'
            "Warga berharap, lanjut Budi Santoso, pemerintah segera memperbaiki jembatan itu.\n"
            "Setelah jembatan ditutup pekan lalu, lanjut Budi Santoso, warga memutar sejauh lima kilometer.\n"
            "Diakuinya pula warga sudah dua kali melapor ke kecamatan.")
    found, _ = _quotes(blank_nlp, make_article, text)
    reported = [(q[0], q[1]) for q in found if not q[3]]
    assert reported == [
        ("pemerintah segera memperbaiki jembatan itu", "Budi Santoso"),
        ("Setelah jembatan ditutup pekan lalu, lanjut Budi Santoso, warga memutar sejauh lima kilometer",
         "Budi Santoso"),
        ("warga sudah dua kali melapor ke kecamatan", "Budi Santoso"),
    ]


def test_a_title_after_a_cue_opening_the_sentence_is_its_holder(blank_nlp, make_article):
    text = ("Direktur RSUD Sehat dr Budi Santoso meninjau ruang rawat inap.\n"
            "Kata Direktur, ruang rawat inap sudah penuh sejak pekan lalu.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [("ruang rawat inap sudah penuh sejak pekan lalu", "Budi Santoso")]


def test_a_title_after_the_regional_cue_sampai_is_its_holder_not_the_deputys(blank_nlp, make_article):
    # "sampai" for "sampaikan" (regional usage); "Wakil Bupati Bandung, Siti Aminah" holds another office
    text = ("Bantuan diserahkan oleh Bupati Bandung, Budi Santoso, bersama Wakil Bupati Bandung, Siti Aminah.\n"
            '"Bantuan ini untuk para nelayan di desa," sampai Bupati Bandung.')
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [("Bantuan ini untuk para nelayan di desa", "Budi Santoso")]


def test_a_title_later_written_without_its_glued_unit_is_its_holder(blank_nlp, make_article):
    text = ("Kasatlantas Polres Bandung AKP Budi Santoso meninjau lokasi kecelakaan.\n"
            "Kasat menjelaskan bahwa truk itu melaju terlalu kencang dari arah kota.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [("truk itu melaju terlalu kencang dari arah kota", "Budi Santoso")]


@pytest.mark.parametrize("sentence, said", [
    ("Dikatakan Budi Santoso hingga Selasa siang tercatat 105 warga menderita diare.",
     "hingga Selasa siang tercatat 105 warga menderita diare"),
    ("Kata Kapolres untuk situasi sampai saat ini sudah aman.", "untuk situasi sampai saat ini sudah aman"),
])
def test_a_cue_opening_the_sentence_may_run_into_the_words_without_a_comma(blank_nlp, make_article, sentence, said):
    text = "Kapolres Bandung AKBP Budi Santoso meninjau lokasi bentrokan.\n" + sentence
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [(said, "Budi Santoso")]


def test_a_cue_then_a_name_then_the_occasion_leaves_the_words_to_come_later(blank_nlp, make_article):
    found, _ = _quotes(blank_nlp, make_article, "Kata Budi Santoso saat membuka pasar, harga beras akan turun.")
    assert [q[0] for q in found] != ["saat membuka pasar, harga beras akan turun"]


@pytest.mark.parametrize("text, said", [
    ("Warga Bandung Bersiap\nPemerintah Kota Bandung menargetkan 55 ribu balita ikut vaksin campak. Hal itu dikatakan "
     "Kepala Dinas Kesehatan Budi Santoso.", "Pemerintah Kota Bandung menargetkan 55 ribu balita ikut vaksin campak"),
    ("Banjir Melanda Bandung\nBANDUNG - Enam desa terdampak banjir sejak Minggu. Warga sudah mengungsi.\n"
     "Hal ini diungkapkan oleh Kepala BPBD Bandung, Budi Santoso, Senin.",
     "Enam desa terdampak banjir sejak Minggu. Warga sudah mengungsi"),
    ("Sidang Digelar Tertutup\nKeluarga korban kecewa karena sidang digelar tertutup, hal tersebut disampaikan oleh "
     "Budi Santoso.", "Keluarga korban kecewa karena sidang digelar tertutup"),
])
def test_a_sentence_telling_who_said_what_came_before_reports_it(blank_nlp, make_article, text, said):
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [(said, "Budi Santoso")]


def test_a_dateline_with_the_outlets_domain_in_lower_case_is_no_part_of_what_was_said(blank_nlp, make_article):
    text = ("Banjir Melanda Bandung\nBANDUNG, beritabandung.com – Enam desa terdampak banjir sejak Minggu.\n"
            "Hal ini diungkapkan oleh Kepala BPBD Bandung, Budi Santoso, Senin.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [("Enam desa terdampak banjir sejak Minggu", "Budi Santoso")]


@pytest.mark.parametrize("text", [
    "Enam Desa Terdampak Banjir di Bandung\nHal itu diungkapkan Budi Santoso di Bandung, Senin.",  # a headline before
    "Utang Pemain Lunas\nPartai Golkar melunasi utang kepada pemain musim lalu. Hal ini diungkapkan Sekretaris "
    "Partai Golkar, Selasa.",  # an office unnamed: its body does not speak
])
def test_what_a_headline_says_or_an_unnamed_office_told_is_no_reported_speech(blank_nlp, make_article, text):
    found, _ = _quotes(blank_nlp, make_article, text)
    assert found == []


def test_the_one_a_speaker_stands_in_for_is_not_the_speaker(blank_nlp, make_article):
    text = ('Wakil Bupati Bandung Budi Santoso meninjau rumah sakit.\n'
            '"Layanan harus terbuka," kata Wakil Bupati Bandung Budi Santoso yang mewakili Bupati Joko Widodo '
            'dalam acara serah terima dari dr. Siti Aminah.')
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [q[1] for q in found] == ["Budi Santoso"]


def test_a_pronoun_after_a_sentence_whose_subject_is_a_title_only_is_that_titles_holder(blank_nlp, make_article):
    text = ("Rapat paripurna dihadiri Bupati Bandung Budi Santoso.\n"
            "Bupati membacakan pidato pendapat akhir. Ia menuturkan, APBD 2024 akan dievaluasi gubernur.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [("APBD 2024 akan dievaluasi gubernur", "Budi Santoso")]


@pytest.mark.parametrize("subject", ["Suami Siti Aminah ini", "Mantan Dekan Fakultas Hukum Unpad ini juga"])
def test_a_subject_described_with_a_demonstrative_is_the_one_talked_about(blank_nlp, make_article, subject):
    # an adverb ("juga") may stand between the demonstrative and the verb; a body inside the description is no speaker
    text = ('"Film harus jujur pada penontonnya," kata Budi Santoso.\n'
            f"{subject} mencontohkan film lama yang masih ditonton sampai sekarang.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[1], q[2]) for q in found] == [("Budi Santoso", "kata"), ("Budi Santoso", "mencontohkan")]


@pytest.mark.parametrize(
    "middle, theirs",
    [("Hujan deras membuat sungai meluap.", True), ("Siti Aminah kehilangan rumahnya.", False)],
)
def test_a_pronoun_far_from_the_speaker_is_theirs_while_nobody_else_is_named(blank_nlp, make_article, middle, theirs):
    text = ('"Enam desa terdampak banjir," kata Budi Santoso.\n'
            "Desa yang terkena banjir ada di Kecamatan Kwandang.\n"
            "Ketinggian banjir di beberapa dusun mencapai satu meter.\n"
            f"{middle}\n"
            "Tim SAR harus mengevakuasi warga.\n"
            "Menurutnya, tidak ada korban jiwa dalam banjir itu.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert (("tidak ada korban jiwa dalam banjir itu", "Budi Santoso") in [(q[0], q[1]) for q in found]) == theirs


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("Pihaknya menjelaskan, rendahnya imunisasi menjadi penyebabnya.", "rendahnya imunisasi menjadi penyebabnya"),
        ("Iapun mengakui akan terus mendalami peran para pihak.", "akan terus mendalami peran para pihak"),
        ("Karena itu dia mengingatkan warga jangan membuang sampah ke sungai.", "warga jangan membuang sampah ke sungai"),
        ("Dalam pertemuan itu, ia menyampaikan harapannya agar sekolah segera dibangun.", "agar sekolah segera dibangun"),
        ("Lebih lanjut katanya dengan jumlah pelaku usaha yang terus bertambah.", "dengan jumlah pelaku usaha yang terus bertambah"),
        ("Selain itu katanya lagi pemerintah daerah membangun lapak pedagang.", "pemerintah daerah membangun lapak pedagang"),
        ("Jumlah koperasi di kabupaten itu menurutnya tercatat sebanyak 2.359 unit.",
         "Jumlah koperasi di kabupaten itu menurutnya tercatat sebanyak 2.359 unit"),
        ("Dikatakan, total kontingen kabupaten berjumlah 300 orang.", "total kontingen kabupaten berjumlah 300 orang"),
        ("Dirinya menambahkan, tiga warga positif demam berdarah.", "tiga warga positif demam berdarah"),
        # a cue and a pronoun opening the sentence, with or without a comma
        ("Lanjut dia, dinas hanya berwenang memberi anjuran.", "dinas hanya berwenang memberi anjuran"),
        ("Disebutkan dia, ada sembilan keluarga mengungsi.", "ada sembilan keluarga mengungsi"),
        ("Kata dia 54 pejabat sudah dilantik.", "54 pejabat sudah dilantik"),
    ],
)
def test_reported_words_of_the_last_speaker_in_more_forms(blank_nlp, make_article, sentence, words):
    text = '"Kasusnya terus bertambah," kata Budi Santoso.\n' + sentence
    found, _ = _quotes(blank_nlp, make_article, text)
    assert (words, "Budi Santoso") in [(q[0], q[1]) for q in found if not q[3]]


@pytest.mark.parametrize(
    "named", ["Wali Kota Ambon, Budi Santoso,", "Dandim 0712/Tegal Letkol Inf Budi Santoso",
              # four capitalised words between the title and the name: the office's place and a rank
              "Kapolres Kabupaten Sukamaju Utara, AKBP Budi Santoso"]
)
def test_a_title_alone_as_subject_is_the_one_named_with_it_and_its_place(blank_nlp, make_article, named):
    title = named.split(" 0712")[0].split(" Ambon")[0].split(" Kabupaten")[0]
    text = (f"{named} menyerahkan bantuan kapal kepada nelayan.\n"
            f"{title} menegaskan bahwa bantuan itu tidak boleh dijual.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert ("bantuan itu tidak boleh dijual", "Budi Santoso") in [(q[0], q[1]) for q in found]


def test_a_relative_clause_between_commas_before_the_speech_verb(blank_nlp, make_article):
    text = "Budi Santoso, yang meresmikan peletakan batu pertama, menyebut gedung itu selesai tahun depan."
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [("gedung itu selesai tahun depan", "Budi Santoso")]


def test_quotes_menurut_skips_the_speakers_office_between_commas(nlp, make_article):
    text = "Menurut Budi Santoso, Wakil Menteri Dalam Negeri, rakor membahas masalah transisi politik di Bali."
    found, _ = _quotes(nlp, make_article, text)
    assert found == [("rakor membahas masalah transisi politik di Bali", "Budi Santoso", "Menurut", False)]


def test_quotes_nya_means_no_one_named_in_a_list(nlp, make_article):
    text = ("Budi Santoso menerangkan panitia membagi pertandingan menjadi 23 kelompok. "
            "Pertandingan dimulai sejak tanggal 27 April. Peserta datang dari 122 klub. "
            "Panitia ingin mencari penerus tokoh seperti Joko Widodo, Anies Baswedan, Sri Mulyani dan lainnya. "
            "“Siapa tahu ada penerus yang tercipta di sini,” harapnya.")
    found, _ = _quotes(nlp, make_article, text)
    assert ("Siapa tahu ada penerus yang tercipta di sini", "Budi Santoso", "harapnya", True) in found


def test_quotes_speaker_described_and_on_an_occasion_before_the_verb(nlp, make_article):
    text = ("Budi Santoso salah satu petugas Dinkes saat dikonfirmasi mengatakan, kegiatan ini dilakukan atas "
            "dasar laporan rumah sakit.")
    found, _ = _quotes(nlp, make_article, text)
    assert found == [("kegiatan ini dilakukan atas dasar laporan rumah sakit", "Budi Santoso", "mengatakan", False)]


def test_the_unit_an_office_heads_before_its_body_is_no_speaker(ruled_nlp, make_article):
    nlp = ruled_nlp({"ORG": ["Universitas Bengkulu", "Polresta Padang"], "PER": ["Alnofri", "Muhammad Yasin"]})
    quotes, annotated = _quotes(nlp, make_article, "“Acaranya dikemas dalam bentuk rapat,” ujar Ketua Senat "
                                "Universitas Bengkulu, Prof. Alnofri, kemarin. “Kami bergerak cepat,” ujar Kepala "
                                "Satreskrim Polresta Padang, AKP Muhammad Yasin.")
    assert [(q[1], q[2]) for q in quotes] == [("Alnofri", "ujar"), ("Muhammad Yasin", "ujar")]
    assert not any(m.text in ("Senat", "Satreskrim") for m in annotated.mentions)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Menurut ia," as "Menurut dia,"
        ("“Sudah ditetapkan,” ujar Budi Santoso. Menurut ia, penetapan tersangka dilakukan setelah penyidik "
         "menemukan bukti.", ("penetapan tersangka dilakukan setelah penyidik menemukan bukti", "Budi Santoso")),
        # a rank between "Kata" and the name
        ("Kata Kompol Budi Santoso, dari hasil pemeriksaan awal pelaku ditelepon istrinya.",
         ("dari hasil pemeriksaan awal pelaku ditelepon istrinya", "Budi Santoso")),
        # any speech cue between commas after one connective: the words after the name
        ("Selain itu, papar Kemlu, isu perdamaian Afghanistan juga dibahas dalam pertemuan.",
         ("isu perdamaian Afghanistan juga dibahas dalam pertemuan", "Kemlu")),
        # ... after a longer opening: the whole sentence
        ("Seiring berlangsungnya penghematan anggaran, ulas Budi Santoso, momen besar ini tetap harus dilaksanakan.",
         ("Seiring berlangsungnya penghematan anggaran, ulas Budi Santoso, momen besar ini tetap harus dilaksanakan",
          "Budi Santoso")),
    ],
)
def test_reported_speech_with_the_cue_inside_the_sentence(ruled_nlp, make_article, text, expected):
    nlp = ruled_nlp({"PER": ["Budi Santoso"], "ORG": ["Kemlu"]})
    found, _ = _quotes(nlp, make_article, text)
    assert expected in [(q[0], q[1]) for q in found]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a pronoun after the cue, between commas: the whole sentence is what was said
        ("Setiap kepala desa yang dilantik, sambung dia, harus memakai pakaian dinas putih.",
         "Setiap kepala desa yang dilantik, sambung dia, harus memakai pakaian dinas putih"),
        # after one connective word, the words after the cue
        ("Sedangkan, tambahnya, polisi berhasil menyita delapan bungkus sabu.",
         "polisi berhasil menyita delapan bungkus sabu"),
        ("Namun, kata dia, warga tidak melapor adanya retakan tanah.", "warga tidak melapor adanya retakan tanah"),
        ("Selain mengangkat guru honorer, sambungnya, dinas juga merekrut tenaga kontrak.",
         "Selain mengangkat guru honorer, sambungnya, dinas juga merekrut tenaga kontrak"),
        # the cue with "-nya" inside the clause, no comma before it
        ("Alasan utama penghargaan lanjutnya, karena desa sudah memiliki pendapatan asli desa.",
         "Alasan utama penghargaan lanjutnya, karena desa sudah memiliki pendapatan asli desa"),
    ],
)
def test_reported_speech_by_the_last_speaker_with_the_cue_inside(ruled_nlp, make_article, sentence, expected):
    nlp = ruled_nlp({"PER": ["Budi Santoso"]})
    found, _ = _quotes(nlp, make_article, "“Semua sudah siap,” kata Budi Santoso. " + sentence)
    assert (expected, "Budi Santoso") in [(q[0], q[1]) for q in found]


def test_reported_speech_before_a_direct_quote_in_the_same_sentence(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Budi Santoso"]})
    text = ("Koordinator massa Budi Santoso mengatakan kedatangan massa ini ditujukan untuk memberi dukungan kepada "
            "polisi “Kami datang ke sini atas nama solidaritas,” ucap Budi Santoso.")
    found, _ = _quotes(nlp, make_article, text)
    assert [(q[0], q[1], q[3]) for q in found] == [
        ("kedatangan massa ini ditujukan untuk memberi dukungan kepada polisi", "Budi Santoso", False),
        ("Kami datang ke sini atas nama solidaritas", "Budi Santoso", True),
    ]


def test_a_name_in_an_opening_subordinate_clause_is_not_the_speaker(ruled_nlp, make_article):
    nlp = ruled_nlp({"ORG": ["Mabes Polri"], "PER": ["Budi Santoso"]})
    text = ("Meskipun belum ada pernyataan resmi dari Mabes Polri, sumber internal kepolisian menyebutkan bahwa kasus "
            "ini masih dalam tahap pengembangan. Saat ditemui di kantornya, Kepala Dinas Budi Santoso, mengatakan bahwa "
            "jalan itu segera diperbaiki.")
    found, _ = _quotes(nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [("jalan itu segera diperbaiki", "Budi Santoso")]


def test_a_quote_goes_to_the_person_its_own_paragraph_is_about(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Fajarudin", "Rodi Wijaya", "Asad Ali", "Gus Dur"], "ORG": ["DPRD Kota Lubuklinggau"]})
    text = ("Sekwan Fajarudin menyampaikan bahwa wali kota menyerahkan mandat kepada wakilnya.\n"
            "Usai laporan sekwan, Ketua DPRD Kota Lubuklinggau H Rodi Wijaya langsung membuka sidang paripurna. "
            "Jumlah anggota dewan yang hadir sebanyak 20 orang. “Rapat paripurna memenuhi kuorum dan dibuka untuk "
            "umum,” ucapnya.\n"
            "Asad Ali dalam sambutannya menyampaikan bahwa demokrasi perlu dijaga bersama.\n"
            "Dia menyampaikan, menyitir pernyataan Gus Dur, bahwa demokrasi itu baik. “Demokrasi akan berjalan "
            "dengan baik jika dijalankan dengan nilai budaya kita,” ungkapnya.")
    found, _ = _quotes(nlp, make_article, text)
    direct = {q[0][:20]: q[1] for q in found if q[3]}
    assert direct == {"Rapat paripurna meme": "Rodi Wijaya", "Demokrasi akan berja": "Asad Ali"}


def test_a_right_quote_mark_opening_a_paragraph_opens_a_quote(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Budi Santoso"]})
    text = ("”Semuanya ada prosesnya,” kata Budi Santoso, Kamis.\n"
            "Lebih lanjut, Budi Santoso menyebut, kerusakan itu karena data tidak diperbarui.\n"
            "”Dapodik itu harus ada sinkronisasi. Padahal, tidak seperti itu,” imbuhnya.")
    found, _ = _quotes(nlp, make_article, text)
    assert ("Dapodik itu harus ada sinkronisasi. Padahal, tidak seperti itu", "Budi Santoso") in [
        (q[0], q[1]) for q in found if q[3]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an account named before its teller
        ("Seperti penuturan Budi Santoso (34), penjual sayuran di Pasar Pagi itu mengatakan, harga cabai masih "
         "tinggi.", "harga cabai masih tinggi"),
        ("Seperti penuturan Kepala Cabang Budi Santoso kepada wartawan, Jumat (11/12/20) siang, kedua tersangka "
         "diduga melakukan korupsi.", "kedua tersangka diduga melakukan korupsi"),
        # the words before, as said by a person
        ("Hal tersebut berpengaruh untuk meningkatkan moral para pemain, seperti diakui penyerang Persija Jakarta "
         "Budi Santoso.", "Hal tersebut berpengaruh untuk meningkatkan moral para pemain"),
        # verbs that report a clause without "bahwa", or with "agar"
        ("Budi Santoso menerangkan panitia membagi pertandingan menjadi 23 kelompok.",
         "panitia membagi pertandingan menjadi 23 kelompok"),
        ("Budi Santoso menepis jika gedung sekolah itu tak pernah diperbaiki.", "gedung sekolah itu tak pernah diperbaiki"),
        ('Budi Santoso mendesak "penahanan diri dan akal sehat" di tengah ketegangan.', "penahanan diri dan akal sehat"),
        ("“Sudah kami fasilitasi,” kata Budi Santoso. Lebih lanjut, dia mendorong agar pelaku UMKM dapat naik kelas.",
         "agar pelaku UMKM dapat naik kelas"),
        # the speaker's office, or age and residence, between the name and the verb
        ("Budi Santoso, Kepala Bidang Usaha dan Teknologi Dinas Perikanan Kabupaten Kepulauan Mentawai, mengatakan, "
         "kelompok nelayan itu memiliki anggota 10 orang.", "kelompok nelayan itu memiliki anggota 10 orang"),
        ("Salah satu saksi mata, Budi Santoso (56), warga Desa Antap, yang berada di lokasi kejadian, mengaku "
         "sempat melihat truk melaju cukup cepat.", "sempat melihat truk melaju cukup cepat"),
        ("Budi Santoso (55) warga Desa Gisik Cemandi, Sedati mengatakan, sejak lima hari lalu tidak melaut.",
         "sejak lima hari lalu tidak melaut"),  # no comma before "warga", a list of places after it
        ("Wisatawan lain, Budi Santoso, asal Medan, Sumatera Utara, mengaku mengunjungi Aceh lebih awal.",
         "mengunjungi Aceh lebih awal"),  # where the speaker comes from
        ("Budi Santoso (38) pedagang di Pasar Pagi mengatakan harga cabai sudah tiga bulan ini naik.",
         "harga cabai sudah tiga bulan ini naik"),  # an age and an occupation between the speaker and the verb
        ("Budi Santoso (63), salah seorang petani Desa Medali, Kecamatan Puri, mengatakan, serangan hama merata.",
         "serangan hama merata"),  # an occupation apposed between commas, where it is practised after it
        ("Budi Santoso, pengepul karet di desa itu mengatakan, harga naik turun.", "harga naik turun"),
        # "jika" opening a condition ("if") is part of what was said; as a colloquial "that" it is not (above)
        ("Budi Santoso mengatakan, jika nanti tiket masih ada, panitia akan membuka stan.",
         "jika nanti tiket masih ada, panitia akan membuka stan"),
    ],
)
def test_reported_speech_in_the_forms_regional_news_writes(ruled_nlp, make_article, text, expected):
    nlp = ruled_nlp({"PER": ["Budi Santoso"], "LOC": ["Pasar Pagi", "Sedati", "Medan", "Sumatera Utara"],
                     "ORG": ["Persija Jakarta", "Dinas Perikanan Kabupaten Kepulauan Mentawai"]})
    found, _ = _quotes(nlp, make_article, text)
    assert (expected, "Budi Santoso") in [(q[0], q[1]) for q in found]


def test_a_verb_of_what_was_not_said_leaves_a_later_one(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Budi Santoso"], "ORG": ["Kemenkes RI"]})
    text = ("Meski belum bisa memastikan tindakan lebih lanjut, Budi Santoso memastikan Kemenkes RI akan melakukan "
            "evaluasi penuh. Budi Santoso enggan menyebut nama dokter itu.")
    found, _ = _quotes(nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [("Kemenkes RI akan melakukan evaluasi penuh", "Budi Santoso")]


def test_whom_a_request_was_made_of_opens_what_was_said_without_kepada(blank_nlp, make_article):
    found, _ = _quotes(blank_nlp, make_article, "Budi Santoso meminta kepada para pejabat yang dilantik hari ini "
                       "untuk langsung bekerja mulai besok.")
    assert found == [("para pejabat yang dilantik hari ini untuk langsung bekerja mulai besok", "Budi Santoso",
                      "meminta", False)]


@pytest.mark.parametrize(
    "sentence, said",
    [
        # only connectives before the cue: what was said starts after it
        ("Saat ini, katanya, BPBD masih mencari lokasi pengungsian.", "BPBD masih mencari lokasi pengungsian"),
        ("Kendati demikian, lanjut dia, anggota komisi tidak berubah.", "anggota komisi tidak berubah"),
        # the subject before the cue is part of what was said
        ("Kejaksaan, katanya, harus tetap berada di garda terdepan.", "Kejaksaan, katanya, harus tetap berada di garda terdepan"),
    ],
)
def test_a_cue_inside_a_sentence_after_connectives_or_the_subject(blank_nlp, make_article, sentence, said):
    found, _ = _quotes(blank_nlp, make_article, "Budi Santoso mengatakan, banjir sudah surut. " + sentence)
    assert (said, "Budi Santoso") in [(q[0], q[1]) for q in found]


def test_a_case_uncovered_is_no_reported_speech(blank_nlp, make_article):
    found, _ = _quotes(blank_nlp, make_article, "Polri mengungkap empat kasus narkotika dalam kurun waktu satu minggu.")
    assert found == []


def test_a_name_the_ner_took_for_a_person_inside_the_speakers_title(ruled_nlp, make_article):
    # the office's branch, typed a person by the model, then a comma and the one who holds the office
    nlp = ruled_nlp({"PER": ["Lubuk Gadang", "Siti Aminah"], "ORG": ["Bank Nagari"]})
    found, _ = _quotes(nlp, make_article, "“Kami sedang menjajaki kantor baru,” kata Kepala Bank Nagari Cabang "
                       "Lubuk Gadang, Siti Aminah di Padang.")
    assert [(q[0], q[1]) for q in found] == [("Kami sedang menjajaki kantor baru", "Siti Aminah")]


@pytest.mark.parametrize("told", ["kepada Kompas.com", "saat diwawancarai Jurnalis Kompas.com"])
def test_whom_something_was_said_to_before_the_verb_is_no_speaker(ruled_nlp, make_article, told):
    # the outlet told, or whose reporter asked, is no speaker; the speaker, left untagged by the model, is not guessed
    nlp = ruled_nlp({"ORG": ["Kompas.com"]})
    found, _ = _quotes(nlp, make_article, f"Koordinator komunitas Citra Suherman {told} menyampaikan, "
                       "sebanyak 110 karung beras telah dibagikan kepada warga.")
    assert all(q[1] != "Kompas.com" for q in found)


def test_kata_dia_inside_a_sentence_goes_on_with_the_last_person_who_spoke(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Budi Santoso"], "ORG": ["Bank Indonesia"]})
    found, _ = _quotes(nlp, make_article, "Budi Santoso mengatakan, kantor baru akan dibangun. Bank Indonesia meminta "
                       "bank melaksanakan transaksi non tunai. Masyarakat kata dia masih terbiasa dengan transaksi tunai. "
                       "Untuk transaksi non tunai kata dia, yang paling diperlukan adalah jaringan.")
    said = [(q[0], q[1]) for q in found]
    assert ("Masyarakat kata dia masih terbiasa dengan transaksi tunai", "Budi Santoso") in said
    assert ("Untuk transaksi non tunai kata dia, yang paling diperlukan adalah jaringan", "Budi Santoso") in said


def test_the_body_in_a_speakers_title_is_not_added_as_a_person(blank_nlp, make_article):
    found, annotated = _quotes(blank_nlp, make_article, "“UMK naik 8 persen,” kata Kepala Disnakertranskop UKM Barut, "
                               "Budi Santoso.")
    assert [(q[0], q[1]) for q in found] == [("UMK naik 8 persen", "Budi Santoso")]
    assert ("Disnakertranskop UKM Barut", "PER") not in [(m.text, m.label) for m in annotated.mentions]


def test_a_quote_after_a_described_subjects_sentence_is_the_last_speakers(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Budi Santoso", "Siti Aminah"]})
    text = ("“Film itu tumbuh seperti manusia, dari hitam putih sampai berwarna,” kata Budi Santoso.\n"
            "Suami Siti Aminah ini mencontohkan film yang diproduksi tahun 1950 dibandingkan dengan film yang sekarang "
            "muncul tentu memiliki teknologi yang berbeda, tetapi memiliki konten yang sebetulnya tidak jauh berbeda "
            "dari hubungan manusia ke manusia yang lain.\n"
            "“Hari film nasional harus dimaknai sebagai sebuah refleksi.”")
    found, _ = _quotes(nlp, make_article, text)
    assert ("Hari film nasional harus dimaknai sebagai sebuah refleksi.", "Budi Santoso") in [(q[0], q[1]) for q in found]


def test_a_paragraph_ending_in_a_comma_introduces_the_quote_after_it(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Budi Santoso", "Irul"]})
    text = ("Petugas Bulog, Budi Santoso mengatakan, harga beras naik.\n"
            "Kenaikan itu juga dikeluhkan para pedagang, salah satunya oleh Irul, pedagang beras di pasar itu,\n"
            "“Pembeli pada mengeluh,” ujarnya.")
    found, _ = _quotes(nlp, make_article, text)
    assert ("Pembeli pada mengeluh", "Irul") in [(q[0], q[1]) for q in found]


def test_words_between_single_marks_are_a_quote_where_the_paragraph_has_no_double_mark(blank_nlp, make_article):
    text = ("'Sekolah boleh mengangkat guru honorer,' kata Budi Santoso di Sampit.\n"
            "Salat Jum'at digelar di masjid itu, kata Budi Santoso.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[0], q[1], q[3]) for q in found] == [
        ("Sekolah boleh mengangkat guru honorer", "Budi Santoso", True),
        ("Salat Jum'at digelar di masjid itu", "Budi Santoso", False),  # an apostrophe opens no quote
    ]


def test_a_title_written_short_later_is_the_person_named_with_it_written_out(ruled_nlp, make_article):
    """"Asisten II Bidang Perekonomian ... Setda Bengkulu, Raden Ahmad Denny", later "Asisten II menambahkan" and
    "Asisten II Setda Provinsi Bengkulu menyebut": the holder, not a word of the office or its region."""
    nlp = ruled_nlp({"PER": ["Raden Ahmad Denny"], "LOC": ["Bengkulu", "Provinsi Bengkulu"]})
    text = ("Kegiatan dibuka oleh Asisten II Bidang Perekonomian dan Pembangunan Setda Bengkulu, Raden Ahmad Denny. "
            "Asisten II menambahkan, sejumlah desa sudah membuat dapur sehat. "
            "Sementara itu, Asisten II Setda Provinsi Bengkulu menyebut, angka stunting masih tinggi.")
    found, _ = _quotes(nlp, make_article, text)
    assert [(q[1], q[2]) for q in found] == [("Raden Ahmad Denny", "menambahkan"), ("Raden Ahmad Denny", "menyebut")]


def test_a_place_after_a_preposition_right_before_an_unattributed_quote_is_not_its_speaker(blank_nlp, make_article):
    text = ("Menteri itu memuji pasangan yang menurutnya sangat jarang di Indonesia.\" Jarang saya menemukan pasangan "
            "kepala daerah dengan strata pendidikan doktor. Luar biasa\" sembari mengajak tamu bertepuk tangan.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert found and all(speaker != "Indonesia" for _, speaker, _, _ in found)


def test_the_holder_after_a_title_and_its_comma_speaks_though_the_title_holds_a_person(make_article):
    # the model took the club of "asisten pelatih Persib asal Argentina" for a person
    import spacy

    from kg.nlp import add_components

    text = "“Kami siap menang,” kata asisten pelatih Persib asal Argentina, Anton Wijaya di Bandung."
    nlp = spacy.blank("id")

    @spacy.Language.component("test_quotes_fixed_title_person")
    def fixed(doc):
        spans = [("Persib", "PER"), ("Argentina", "LOC"), ("Anton Wijaya", "PER"), ("Bandung", "LOC")]
        doc.set_ents([doc.char_span(text.index(s), text.index(s) + len(s), label=label) for s, label in spans])
        return doc

    nlp.add_pipe("test_quotes_fixed_title_person")
    add_components(nlp)
    found, _ = _quotes(nlp, make_article, text)
    assert [(speaker, direct) for _, speaker, _, direct in found] == [("Anton Wijaya", True)]


def test_a_qualified_office_after_the_cue_is_its_holder_not_the_one_met(ruled_nlp, make_article):
    # "kata Pj Gubernur NTB saat menerima ... Zhang Wei": the acting governor named before, not the guest
    nlp = ruled_nlp({"PER": ["Hassanudin", "Zhang Wei"], "LOC": ["NTB", "Mataram"]})
    text = ("Mataram - Penjabat Gubernur NTB, Dr. Hassanudin menerima audiensi Konsul Jenderal Tiongkok. "
            "“NTB ini heterogen tetapi harmonis,” kata Pj Gubernur NTB saat menerima audiensi dengan Konsul Jenderal "
            "Zhang Wei di Mataram.")
    found, _ = _quotes(nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [("NTB ini heterogen tetapi harmonis", "Hassanudin")]


def test_an_adverbial_of_time_or_place_before_an_inserted_cue_is_not_what_was_said(blank_nlp, make_article):
    text = "Budi Santoso tiba di Surabaya. Dari informasi itu, lanjut dia, tim meringkus dua pelaku di pasar."
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [("tim meringkus dua pelaku di pasar", "Budi Santoso")]
    # a subject before the cue is part of what was said
    text = "Budi Santoso tiba di Surabaya. Kejaksaan, katanya, harus tetap berada di garda terdepan."
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [("Kejaksaan, katanya, harus tetap berada di garda terdepan", "Budi Santoso")]


def test_the_holder_ending_an_office_after_the_cue_speaks_not_a_word_of_the_office_typed_a_person(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Hoc Tipikor", "Taqwaddin", "Ishak Gerald"], "ORG": ["PT", "Pelni Kupang", "PT Banda Aceh"]})
    text = ("“Perkara yang kami terima bertambah,” ujar Hakim Tinggi Ad Hoc Tipikor sekaligus Humas PT Banda Aceh "
            "Dr. Taqwaddin, Kamis. “Frekuensi pelayaran bertambah,” kata Kepala Cabang PT. Pelni Kupang, Ishak Gerald "
            "kepada media ini.")
    found, _ = _quotes(nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [("Perkara yang kami terima bertambah", "Taqwaddin"),
                                            ("Frekuensi pelayaran bertambah", "Ishak Gerald")]


def test_a_bare_nya_is_not_a_party_given_an_age_who_did_not_speak(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Budi Santoso", "Doni Prasetyo", "Ani Lestari"]})
    text = ("Kasat Lantas Budi Santoso menjelaskan, kecelakaan melibatkan sebuah truk. Motor melaju kencang. "
            "Truk itu dikemudikan oleh Doni Prasetyo (38). Jalan licin karena hujan. “Jarak terlalu dekat,” ujarnya.")
    found, _ = _quotes(nlp, make_article, text)
    assert [(q[0], q[1]) for q in found if q[3]] == [("Jarak terlalu dekat", "Budi Santoso")]
    # one given an age who speaks is meant
    text = ("Kasat Lantas Budi Santoso menjelaskan, kecelakaan melibatkan sebuah truk. Motor melaju kencang. "
            "Ani Lestari (38), warga setempat, mengaku mendengar suara keras. Jalan licin. “Saya kaget,” ujarnya.")
    found, _ = _quotes(nlp, make_article, text)
    assert [(q[0], q[1]) for q in found if q[3]] == [("Saya kaget", "Ani Lestari")]


@pytest.mark.parametrize("cue", ["keluhnya", "rincinya", "keluh Budi Santoso"])
def test_a_complaint_or_a_detailing_after_the_quote_attributes_it(blank_nlp, make_article, cue):
    text = f"Budi Santoso tiba di Surabaya. “Harga karet turun lagi,” {cue}."
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [("Harga karet turun lagi", "Budi Santoso")]


@pytest.mark.parametrize("name", ["M. Eriansyah", "Moh. Hasan"])
def test_the_dot_of_an_initial_after_the_cue_ends_no_clause(ruled_nlp, make_article, name):
    nlp = ruled_nlp({"PER": [name], "ORG": ["Pelindo"]})
    text = f"“Kami berharap dukungan pemerintah,” ujar {name}, General Manager Pelindo."
    found, _ = _quotes(nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [("Kami berharap dukungan pemerintah", name)]


def test_a_speaker_named_after_a_cue_glued_to_the_closing_mark_is_found(blank_nlp, make_article):
    # 'bergengsi,”kata Sona': the space after the mark left out, one token; "Sona" no model name
    found, annotated = _quotes(blank_nlp, make_article, "“Turnamen ini sangat bergengsi,”kata Sona.")
    assert [(q[0], q[1]) for q in found] == [("Turnamen ini sangat bergengsi", "Sona")]


def test_ujarnya_after_a_reporter_named_short_in_the_quotes_paragraph_is_the_reporters(ruled_nlp, make_article):
    # the reporter's full name stands in an earlier paragraph: he still spoke in this one, before the name after him
    nlp = ruled_nlp({"PER": ["Budi Santoso", "Santoso", "Siti Aminah"]})
    found, _ = _quotes(nlp, make_article, "Rektor Budi Santoso membuka pameran kampus pada Senin pagi.\n"
                       "Santoso menambahkan, selain pameran, kampus juga menyediakan aplikasi Siti Aminah yang sudah "
                       "diunduh seribu orang. “Mahasiswa bisa mendaftar secara daring,” ujarnya.")
    assert ("Mahasiswa bisa mendaftar secara daring", "Budi Santoso") in [(q[0], q[1]) for q in found]


@pytest.mark.parametrize("sentence, said", [
    ("Budi Santoso mengungkapkan harga beras akan turun bulan depan.", "harga beras akan turun bulan depan"),
    ("Siti Aminah menekankan pentingnya menjaga kebersihan pasar.", "pentingnya menjaga kebersihan pasar"),
])
def test_mengungkapkan_and_menekankan_report_a_clause_without_bahwa(blank_nlp, make_article, sentence, said):
    found, _ = _quotes(blank_nlp, make_article, sentence)
    assert [(q[0], q[1], q[3]) for q in found] == [(said, sentence.split(" me")[0], False)]


@pytest.mark.parametrize("sentence", [
    "Polri mencatat sebanyak 12 kecelakaan terjadi selama libur panjang.",  # a record
    "Budi Santoso meyakini timnya akan menang di kandang lawan.",  # a belief
    "Joko Widodo menyatakan kebanggaan Indonesia atas capaian para atlet.",  # a feeling shown
    "Siti Aminah mengungkapkan rasa syukurnya atas bantuan perahu itu.",
])
def test_a_record_a_belief_or_a_feeling_is_no_reported_speech(blank_nlp, make_article, sentence):
    found, _ = _quotes(blank_nlp, make_article, sentence)
    assert found == []


@pytest.mark.parametrize("sentence, said, speaker", [
    ("Dikatakan Budi Santoso bahwa harga beras akan turun bulan depan.", "harga beras akan turun bulan depan",
     "Budi Santoso"),
    ("Seperti dikatakan Siti Aminah, harga cabai naik dua kali lipat.", "harga cabai naik dua kali lipat",
     "Siti Aminah"),
    ("Dikatakan Siti Aminah lagi, pasar akan dibuka pukul enam pagi.", "pasar akan dibuka pukul enam pagi",
     "Siti Aminah"),
    ("Diakui Bupati Bandung Budi Santoso bahwa jalan desa masih rusak.", "jalan desa masih rusak", "Budi Santoso"),
])
def test_a_passive_cue_before_the_speaker_then_bahwa_or_after_seperti(blank_nlp, make_article, sentence, said, speaker):
    found, _ = _quotes(blank_nlp, make_article, sentence)
    assert [(q[0], q[1]) for q in found] == [(said, speaker)]


def test_a_quote_going_on_through_paragraphs_is_said_by_the_cue_after_its_closing_mark(blank_nlp, make_article):
    text = ("Siti Aminah meresmikan pasar baru di Bandung pada Senin pagi.\n"
            "“Kalau pasar ini ramai, pedagang kecil ikut sejahtera dan harga lebih stabil.\n"
            "Namun pembeli juga harus menjaga kebersihan bersama.\n"
            "Kami akan menambah petugas kebersihan,” kata Budi Santoso.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert (found[0][0].startswith("Kalau pasar ini ramai"), found[0][1]) == (True, "Budi Santoso")


@pytest.mark.parametrize("text, speaker", [
    # the subject of the sentence before the quote, not the ones met after it
    ("Siti Aminah membuka pameran kerajinan di Bandung.\nDalam kunjungannya, Budi Santoso bertemu Joko Widodo dan "
     "Retno Marsudi. “Kami sepakat memperluas kerja sama dagang,” ungkapnya.", "Budi Santoso"),
    # the ones listed as examples do not speak: the one who spoke in the paragraph before goes on
    ("Budi Santoso menerangkan panitia membagi lomba menjadi dua kelompok.\nPanitia mencari bibit baru seperti "
     "Joko Widodo, Prabowo Subianto, Anies Baswedan dan lainnya. “Siapa tahu ada juara baru dari sini,” harapnya.",
     "Budi Santoso"),
])
def test_nya_after_a_paragraph_naming_people_is_its_subjects(blank_nlp, make_article, text, speaker):
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [q[1] for q in found if q[3]] == [speaker]


@pytest.mark.parametrize("text, said, speaker", [
    ("Budi Santoso menuturkan di hadapan hakim, bahwasanya ia melihat sendiri kejadian itu.",
     "ia melihat sendiri kejadian itu", "Budi Santoso"),
    # the pronoun speaker, the one told between the verb and "bahwasannya"
    ("Siti Aminah hadir sebagai saksi di pengadilan. Dirinya menjelaskan kepada majelis hakim bahwasannya "
     "korban tidak mengenal terdakwa.", "korban tidak mengenal terdakwa", "Siti Aminah"),
])
def test_bahwasanya_after_the_one_told_opens_what_was_said(blank_nlp, make_article, text, said, speaker):
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [(said, speaker)]


@pytest.mark.parametrize("text, said", [
    # where the one named lives, or the name they go by, apposed after the name: not what was said
    ("Menurut Budi Santoso, warga Desa Sukamaju, sebagian besar nelayan tidak melaut.",
     "sebagian besar nelayan tidak melaut"),
    ("Menurut Budi Santoso, sapaan akrab Pak Budi, pasar ini sudah lama sepi.", "pasar ini sudah lama sepi"),
    # the holder's rank before the name apposed to a title
    ("Menurut Kasat Reskrim Polres Bandung, Kompol Budi Santoso, pelaku sudah lama diincar.",
     "pelaku sudah lama diincar"),
    # "warga" as the subject of what was said
    ("Menurut Budi Santoso, warga diminta tetap waspada, terutama pada malam hari.",
     "warga diminta tetap waspada, terutama pada malam hari"),
])
def test_menurut_skips_a_description_apposed_to_the_speaker(blank_nlp, make_article, text, said):
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [(said, "Budi Santoso")]


@pytest.mark.parametrize("text, said", [
    ("Budi Santoso tidak menampik bahwa harga beras naik sejak bulan lalu.", "harga beras naik sejak bulan lalu"),
    ("Budi Santoso tak membantah bahwa gudang itu sempat kosong.", "gudang itu sempat kosong"),
    # a denial denied needs no "bahwa": what was admitted follows the verb
    ("Budi Santoso tak menampik masih adanya kekurangan tenaga di pasar.", "masih adanya kekurangan tenaga di pasar"),
])
def test_a_denial_denied_reports_what_was_admitted(blank_nlp, make_article, text, said):
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [(said, "Budi Santoso")]


def test_a_speech_verb_negated_reports_nothing(blank_nlp, make_article):
    found, _ = _quotes(blank_nlp, make_article, "Budi Santoso tidak menyebutkan bahwa gudang itu kosong.")
    assert found == []


def test_the_day_after_the_speech_verb_is_not_what_was_said(blank_nlp, make_article):
    found, _ = _quotes(blank_nlp, make_article,
                       "Budi Santoso mengatakan, Kamis (4/6/2020) ini, tim menurunkan satu alat berat ke lokasi.")
    assert [(q[0], q[1]) for q in found] == [("tim menurunkan satu alat berat ke lokasi", "Budi Santoso")]


def test_a_confirmation_without_comma_reports_what_was_confirmed(blank_nlp, make_article):
    found, _ = _quotes(blank_nlp, make_article, "Kapolsek Budi Santoso membenarkan adanya pencurian sapi di Desa Sukamaju.")
    assert [(q[0], q[1]) for q in found] == [("adanya pencurian sapi di Desa Sukamaju", "Budi Santoso")]


def test_a_matter_confirmed_is_not_what_was_said(blank_nlp, make_article):
    found, _ = _quotes(blank_nlp, make_article, "Kapolsek Budi Santoso membenarkan kejadian tersebut.")
    assert found == []


@pytest.mark.parametrize("subject", [
    "Dandim juga menjelaskan bahwa",  # an adverb after the title
    "Dalam arahannya, Dandim menegaskan,",  # an opening phrase and a comma before it
    "Dandim disela-sela kegiatan mengatakan,",  # the occasion after it
])
def test_a_title_alone_as_subject_may_have_words_around_it(blank_nlp, make_article, subject):
    text = ("Dandim 0712/Tegal Letkol Inf Budi Santoso menyerahkan bantuan kapal kepada nelayan.\n"
            f"{subject} bantuan itu tidak boleh dijual.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert ("bantuan itu tidak boleh dijual", "Budi Santoso") in [(q[0], q[1]) for q in found]


def test_nya_after_a_title_alone_that_spoke_is_the_titles_holder(blank_nlp, make_article):
    text = ("Dandim 0712/Tegal Letkol Inf Budi Santoso menyerahkan bantuan kapal kepada nelayan.\n"
            "Dandim menegaskan, bantuan itu diterima nelayan bernama Ahmad Dahlan.\n"
            "“Kapal itu tidak boleh dijual,” tegasnya.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert ("Kapal itu tidak boleh dijual", "Budi Santoso") in [(q[0], q[1]) for q in found]


def test_the_day_between_the_speaker_and_the_verb(blank_nlp, make_article):
    text = "Budi Santoso kepada wartawan, Kamis (13/3/2014) di Pangkalan Kerinci, mengatakan, bantuan kelambu sudah tiba."
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [("bantuan kelambu sudah tiba", "Budi Santoso")]


@pytest.mark.parametrize("sentence, said", [
    ("Budi Santoso menyampaikan lomba renang itu diikuti 300 atlet.", "lomba renang itu diikuti 300 atlet"),
    ("Siti Aminah menyampaikan pasar yang baru di desa itu lebih bersih.", "pasar yang baru di desa itu lebih bersih"),
    ("Budi Santoso menyampaikan pula, panen tahun ini merupakan yang terbaik.", "panen tahun ini merupakan yang terbaik"),
])
def test_menyampaikan_reports_a_clause_with_a_predicate_without_bahwa(blank_nlp, make_article, sentence, said):
    found, _ = _quotes(blank_nlp, make_article, sentence)
    assert [(q[0], q[1]) for q in found] == [(said, sentence.split(" me")[0])]


@pytest.mark.parametrize("sentence", [
    "Budi Santoso menyampaikan terima kasih kepada warga yang sudah membantu.",  # a message named by its noun
    "Siti Aminah menyampaikan apresiasi atas kerja panitia yang telah bekerja keras.",
    "Budi Santoso menyampaikan soal kondisi listrik yang sudah menyala.",  # a topic, not what was said
    "Siti Aminah menyampaikan doktrin politik luar negeri Indonesia yang baru.",  # no predicate: a noun phrase
    "Partai Golkar menyampaikan lomba renang itu diikuti 300 atlet.",  # a body: maybe a name the NER missed after it
])
def test_menyampaikan_before_a_message_a_topic_or_a_noun_phrase_reports_nothing(blank_nlp, make_article, sentence):
    found, _ = _quotes(blank_nlp, make_article, sentence)
    assert found == []


def test_those_who_accompanied_the_speaker_are_not_the_speaker(blank_nlp, make_article):
    text = ("Kapolres Budi Santoso didampingi Kasat Reskrim Siti Aminah dan Kasi Humas Joko Widodo mengatakan, "
            "pelaku sudah ditangkap. “Kami bekerja cepat,” ujarnya.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [("pelaku sudah ditangkap", "Budi Santoso"),
                                             ("Kami bekerja cepat", "Budi Santoso")]


def test_a_speech_verb_before_a_topic_word_names_what_was_talked_about(blank_nlp, make_article):
    found, _ = _quotes(blank_nlp, make_article, "Budi Santoso menjelaskan tentang kerja sama dengan pihak swasta.")
    assert found == []
    found, _ = _quotes(blank_nlp, make_article,
                       "Budi Santoso menjelaskan terkait keamanan pelabuhan, tahun ini tidak ada kejadian.")
    assert [(q[0], q[1]) for q in found] == [("terkait keamanan pelabuhan, tahun ini tidak ada kejadian", "Budi Santoso")]


def test_nya_after_a_sentence_reporting_another_persons_words_is_the_reporters(blank_nlp, make_article):
    text = ("Pejabat kementerian Budi Santoso menjelaskan setelah Siti Aminah menyatakan mundur, posisinya diisi "
            "pelaksana harian. “Kandidatnya sudah ditentukan,” katanya.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert ("Kandidatnya sudah ditentukan", "Budi Santoso") in [(q[0], q[1]) for q in found]


def test_a_pronoun_speech_verb_between_two_quotes_goes_on_with_the_same_speaker(blank_nlp, make_article):
    text = ("“Jabatan itu tidak boleh kosong,” jelas Budi Santoso.\n"
            "Ia menambahkan, penunjukan Siti Aminah didasarkan pada pengalamannya.\n"
            "“Pelayanan harus tetap berjalan,” ujarnya.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert ("Pelayanan harus tetap berjalan", "Budi Santoso") in [(q[0], q[1]) for q in found]


def test_a_described_subjects_speech_verb_between_two_quotes_goes_on_with_the_same_speaker(blank_nlp, make_article):
    text = ("“Pelatih lokal layak diberi kesempatan,” ucap Budi Santoso.\n"
            "Mantan asisten pelatih tim nasional era Siti Aminah itu pun mengatakan ada dua hal.\n"
            "Pertama, kompetisi sebagai wadah persiapan. “Mereka berlatih dulu di sana,” katanya.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert ("Mereka berlatih dulu di sana", "Budi Santoso") in [(q[0], q[1]) for q in found]


@pytest.mark.parametrize("text", [
    "Budi Santoso membuka acara dengan tema “Bersama membangun desa yang maju dan sejahtera untuk semua”.",
    "Ibadah itu disandingkan dengan tema Minggu Ekologi “Biarlah keadilan dan kedamaian mengalir bagi semua orang”.",
])
def test_words_quoted_after_a_theme_or_a_title_are_not_said(blank_nlp, make_article, text):
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [q for q in found if q[3]] == []


@pytest.mark.parametrize("sentence", [
    "Partai Golkar harus mengakui keunggulan lawannya dengan skor 2-3 di kandang sendiri.",  # a defeat conceded
    "Dari keterangan Budi Santoso, keempat terdakwa mengakui perbuatannya di depan majelis hakim.",
])
def test_mengakui_a_defeat_or_a_deed_is_no_reported_speech(blank_nlp, make_article, sentence):
    found, _ = _quotes(blank_nlp, make_article, sentence)
    assert found == []


def test_a_court_declaring_a_party_guilty_is_a_ruling_not_a_quote(blank_nlp, make_article):
    text = "Ketua Majelis Hakim Budi Santoso menyatakan terdakwa bersalah dan menjatuhkan hukuman dua tahun penjara."
    found, _ = _quotes(blank_nlp, make_article, text)
    assert found == []


def test_a_reported_clause_of_two_capitalised_words_is_no_quote(blank_nlp, make_article):
    found, _ = _quotes(blank_nlp, make_article, "Budi Santoso mengatakan, Bupati Bandung.")
    assert found == []


def test_a_reported_clause_of_two_lower_case_words_is_said(blank_nlp, make_article):
    found, _ = _quotes(blank_nlp, make_article, "Budi Santoso mengatakan, belum bisa.")
    assert [(q[0], q[1]) for q in found] == [("belum bisa", "Budi Santoso")]


def test_a_hope_reported_is_no_reported_speech_but_a_hope_quoted_is_said(blank_nlp, make_article):
    found, _ = _quotes(blank_nlp, make_article, "Budi Santoso berharap pasar baru itu segera dibuka.")
    assert found == []
    found, _ = _quotes(blank_nlp, make_article, "Budi Santoso berharap, “Pasar baru itu segera dibuka untuk warga.”")
    assert [(q[1], q[3]) for q in found] == [("Budi Santoso", True)]


def test_ujarnya_after_a_paragraph_opening_with_menurut_is_the_one_it_names(ruled_nlp, make_article):
    # the model took the name after "Menurut" for a body: still the one whose view the paragraph gives
    nlp = ruled_nlp({"PER": ["Siti Aminah"], "ORG": ["Gatut Sunu"]})
    found, _ = _quotes(nlp, make_article, "Lomba dibuka bersama Kapolres Siti Aminah dan tokoh lainnya.\n"
                       "Menurut Bupati Gatut Sunu, ajang ini menjadi wadah pencarian bibit unggul.\n"
                       "“Ini merupakan sarana untuk menyalurkan bakat,” ujarnya.")
    assert ("Ini merupakan sarana untuk menyalurkan bakat", "Gatut Sunu") in [(q[0], q[1]) for q in found]


def test_the_last_speaker_goes_on_through_three_sentences_of_narration(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Budi Santoso", "Siti Aminah"]})
    text = ("“Ini sarana menyalurkan bakat,” kata Bupati Budi Santoso didampingi Kapolres Siti Aminah.\n"
            "Ia menambahkan, pencak silat adalah warisan budaya. Salah satu caranya lewat kejuaraan. "
            "Pemerintah juga menyiapkan ratusan sertifikat.\n"
            "“Saking banyaknya, saya menandatangani sampai malam,” tuturnya.")
    found, _ = _quotes(nlp, make_article, text)
    assert ("Saking banyaknya, saya menandatangani sampai malam", "Budi Santoso") in [(q[0], q[1]) for q in found]
    # unless the narration gives words to someone else: "Hal ini disampaikan oleh ..."
    handed = text.replace("Salah satu caranya lewat kejuaraan.",
                          "Hal ini disampaikan oleh Sekretaris Siti Aminah kepada wartawan.")
    found, _ = _quotes(nlp, make_article, handed)
    assert ("Saking banyaknya, saya menandatangani sampai malam", "Budi Santoso") not in [(q[0], q[1]) for q in found]


@pytest.mark.parametrize("after_the_mark", [
    "kata gubernur meyakinkan para tamu.",  # the title in lower case, then what the speaker did
    "ujar Gubernur dalam sambutannya.",
])
def test_a_title_after_the_cue_then_a_clause_is_the_titles_holder(blank_nlp, make_article, after_the_mark):
    text = ("Gubernur Sulawesi Tengah Budi Santoso menerima Konsul Jenderal Australia Siti Aminah di Palu.\n"
            f"“Pengusaha yang mau berinvestasi kita siapkan,” {after_the_mark}")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert ("Pengusaha yang mau berinvestasi kita siapkan", "Budi Santoso") in [(q[0], q[1]) for q in found]


def test_a_name_after_an_occupation_after_the_cue_is_not_cut_as_a_title(blank_nlp, make_article):
    text = ("Penulis Siti Aminah menerima Produser Budi Santoso di Palu.\n"
            "“Film ini diputar Sabtu,” ungkap Produser Romi\nIa mengatakan film itu dibuat di desa.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert ("Film ini diputar Sabtu", "Budi Santoso") not in [(q[0], q[1]) for q in found]


def test_a_pronoun_after_a_body_is_the_subject_not_the_body(blank_nlp, make_article):
    text = ("Siti Aminah tiba di Manila kemarin.\n"
            "Dalam sidang ASEAN, ia menegaskan pentingnya perdagangan yang adil.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [("pentingnya perdagangan yang adil", "Siti Aminah")]


def test_a_units_title_looked_up_again_without_its_slash_is_its_holders(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Budi Santoso"], "ORG": ["0803 Madiun"]})  # the unit and its base, as the model tags them
    text = ("Dalam panen raya tampak Dandim 0803/Madiun, Letkol Kav. Budi Santoso bersama warga.\n"
            "Di lokasi yang sama Dandim 0803 Madiun mengatakan pihaknya akan mengawal penyerapan gabah.")
    found, _ = _quotes(nlp, make_article, text)
    assert ("pihaknya akan mengawal penyerapan gabah", "Budi Santoso") in [(q[0], q[1]) for q in found]


@pytest.mark.parametrize("report", ["Ia berpendapat, rumah sakit itu perlu diperluas.",
                                    "Pejabat yang baru, lanjut dia, harus meningkatkan pelayanan."])
def test_a_bare_quote_after_a_pronouns_report_goes_on_with_the_last_speaker(blank_nlp, make_article, report):
    text = ("“Kami akan membangun tiga rumah sakit,” kata Budi Santoso.\n"
            f"{report} Serta utamakan disiplin di jajaran staf medis.\n"  # the report's last sentence reports nothing
            "“Rumah sakit saat ini padat segalanya, mulai padat karya sampai padat aturan.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert ("Rumah sakit saat ini padat segalanya, mulai padat karya sampai padat aturan", "Budi Santoso") in [
        (q[0].rstrip("."), q[1]) for q in found]


def test_a_holder_after_a_units_fields_and_its_body_is_the_speaker(ruled_nlp, make_article):
    nlp = ruled_nlp({"ORG": ["BPBD Provinsi Sulsel"]})  # the model leaves the holder's name untagged
    text = ("“Tiga rumah rusak parah di lokasi,” kata Kepala Bidang Pencegahan dan Kesiapsiagaan BPBD Provinsi Sulsel "
            "Endro Yudo Walyono di Makassar, Sabtu.")
    found, annotated = _quotes(nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [("Tiga rumah rusak parah di lokasi", "Endro Yudo Walyono")]
    assert "Kesiapsiagaan" not in [m.text for m in annotated.mentions]


def test_a_body_named_with_its_acronym_and_region_reports(ruled_nlp, make_article):
    nlp = ruled_nlp({"ORG": ["Badan Penanggulangan Bencana Daerah", "BPBD"], "LOC": ["Provinsi Sulawesi Selatan"]})
    text = ("Badan Penanggulangan Bencana Daerah (BPBD) Provinsi Sulawesi Selatan menyebut empat rumah rusak akibat "
            "tanah longsor.")
    found, _ = _quotes(nlp, make_article, text)
    assert [q[0] for q in found] == ["empat rumah rusak akibat tanah longsor"]
    assert found[0][1] in ("BPBD", "Badan Penanggulangan Bencana Daerah")


def test_a_source_whose_name_holds_commas_after_menurut(ruled_nlp, make_article):
    nlp = ruled_nlp({"ORG": ["Badan Meteorologi, Klimatologi, dan Geofisika", "BMKG"]})
    text = "Menurut Badan Meteorologi, Klimatologi, dan Geofisika (BMKG), cuaca pekan ini termasuk kategori waspada."
    found, _ = _quotes(nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [
        ("cuaca pekan ini termasuk kategori waspada", "Badan Meteorologi, Klimatologi, dan Geofisika")]


def test_a_speakers_name_written_in_lower_case_after_the_cue(blank_nlp, make_article):
    text = ("Bupati Kudus Budi Santoso mengunjungi pabrik rokok bersama Siti Aminah.\n"
            "“Pemerintah mesti berdiri di tengah-tengah,” tutup santoso.")
    found, _ = _quotes(blank_nlp, make_article, text)
    assert [(q[0], q[1]) for q in found] == [("Pemerintah mesti berdiri di tengah-tengah", "Budi Santoso")]
