"""Event mentions: triggers by root, participants, place and time (made-up sentences)."""

from __future__ import annotations

import pytest

from kg.nlp import annotate
from kg.nlp.morph import root
from kg.nlp.triggers import EVENT_TYPES


def _events(nlp, make_article, text, published="2024-03-14"):
    (annotated,) = annotate([make_article(text, published=published)], nlp)
    m, t = annotated.mentions, annotated.times
    return [
        (
            e.type,
            e.trigger,
            sorted(m[p].text for p in e.participants),
            m[e.place].text if e.place is not None else None,
            t[e.time].value if e.time is not None else None,
        )
        for e in annotated.events
    ]


@pytest.mark.parametrize(
    "word, expected",
    [("menembakkan", "tembak"), ("ditembakkan", "tembak"), ("pertemuannya", "temu"), ("kunjungan", "kunjung"), ("meluncurkan", "luncur")],
)
def test_morph_root(word, expected):
    assert root(word) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Joko Widodo dan Emmanuel Macron bertemu di Paris, Rabu (13/3).",
            ("Meeting", "bertemu", ["Emmanuel Macron", "Joko Widodo"], "Paris", "2024-03-13"),
        ),
        (
            "Retno Marsudi menemui Antony Blinken di Beijing kemarin.",
            ("Meeting", "menemui", ["Antony Blinken", "Retno Marsudi"], "Beijing", "2024-03-13"),
        ),
        (
            "Presiden Prancis Emmanuel Macron tiba di Jakarta pada Selasa pagi.",
            ("Arrival", "tiba", ["Emmanuel Macron"], "Jakarta", "2024-03-12"),
        ),
        (
            "Anthony Albanese mengunjungi Bali pada 4 Maret.",
            ("Visit", "mengunjungi", ["Anthony Albanese"], "Bali", "2024-03-04"),
        ),
        (
            "China menembakkan tiga rudal balistik ke Laut China Selatan hari ini.",
            ("MissileLaunch", "menembakkan", ["China"], None, "2024-03-14"),
        ),
        (
            "Uni Eropa menjatuhkan sanksi terhadap Filipina kemarin.",
            ("Sanction", "sanksi", ["Filipina", "Uni Eropa"], None, "2024-03-13"),
        ),
        (
            "Malaysia memprotes tindakan Singapura kemarin.",
            ("Protest", "memprotes", ["Malaysia"], None, "2024-03-13"),  # the protester, not its target
        ),
        (
            "Australia dan Jepang menandatangani perjanjian di Canberra.",
            ("Agreement", "menandatangani", ["Australia", "Jepang"], "Canberra", None),
        ),
        (
            "Inggris berencana memasok senjata ke Filipina pada Senin (11/3).",
            ("WeaponsDeal", "memasok", ["Filipina", "Inggris"], None, "2024-03-11"),
        ),
    ],
)
def test_events_found(blank_nlp, make_article, text, expected):
    assert _events(blank_nlp, make_article, text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Budi Santoso meninggalkan Surabaya pada Minggu (10/3) sore. Budi Santoso mengunjungi Bali pada Senin (11/3).",
            ("Departure", "meninggalkan", ["Budi Santoso"], "Surabaya", "2024-03-10"),
        ),
        (
            "Olaf Scholz berangkat dari Berlin menuju Tokyo. Olaf Scholz bertemu Joko Widodo di Tokyo.",
            ("Departure", "berangkat", ["Olaf Scholz"], "Berlin", None),
        ),
    ],
)
def test_a_departure_is_an_event_as_a_leg_of_a_visit_or_meeting_of_its_party(blank_nlp, make_article, text, expected):
    assert expected in _events(blank_nlp, make_article, text)
    alone = text.split(". ")[0] + "."
    assert _events(blank_nlp, make_article, alone) == []  # a traveller going home is no event of its own


def test_events_both_leaders(blank_nlp, make_article):
    text = "Xi Jinping menyambut Joe Biden. Kedua pemimpin bertemu di Bali."
    found = _events(blank_nlp, make_article, text)
    assert ("Meeting", "bertemu", ["Joe Biden", "Xi Jinping"], "Bali", None) in found


def test_events_title_affiliation_is_not_participant(blank_nlp, make_article):
    found = _events(blank_nlp, make_article, "Sri Mulyani bertemu dengan Menteri Keuangan Jepang, Fumio Kishida, kemarin.")
    assert found == [("Meeting", "bertemu", ["Fumio Kishida", "Sri Mulyani"], None, "2024-03-13")]


def test_events_negation_and_facility_are_not_events(blank_nlp, make_article):
    text = "Jepang tidak menjual senjata ke Filipina. Mereka melihat situs peluncuran roket di Tokyo."
    assert _events(blank_nlp, make_article, text) == []


def test_events_same_day_takes_earlier_time(blank_nlp, make_article):
    text = "Joe Biden bertemu Xi Jinping pada Senin (11/3). China meluncurkan dua rudal pada hari yang sama."
    found = _events(blank_nlp, make_article, text)
    assert found[1] == ("MissileLaunch", "meluncurkan", ["China"], None, "2024-03-11")


def test_events_types_are_ontology_names(blank_nlp, make_article):
    text = "Budi Santoso tiba di Bandung. Siti Aminah bertemu Budi Santoso. Malaysia mengecam Singapura."
    for event in _events(blank_nlp, make_article, text):
        assert event[0] in EVENT_TYPES


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a shared subject over "dan", a time before "dan" stays with the first clause
            "Olaf Scholz tiba di Tokyo pada Selasa malam dan dijadwalkan kembali ke Berlin pada Kamis.",
            [
                ("Arrival", "tiba", ["Olaf Scholz"], "Tokyo", "2024-03-12"),
                ("Departure", "kembali", ["Olaf Scholz"], None, "2024-03-21"),
            ],
        ),
        (  # "kedua negara": the two countries named last
            "Prancis dan Jerman berunding lama pada Senin (11/3). Akhirnya kedua negara menandatangani perjanjian di Paris.",
            [
                ("Meeting", "berunding", ["Jerman", "Prancis"], None, "2024-03-11"),
                ("Agreement", "menandatangani", ["Jerman", "Prancis"], "Paris", None),
            ],
        ),
        (  # "setelah melakukan kunjungan": the subject of the main clause
            "Joe Biden tiba di Manila setelah melakukan kunjungan ke Tokyo.",
            [
                ("Arrival", "tiba", ["Joe Biden"], "Manila", None),
                ("Visit", "kunjungan", ["Joe Biden"], "Tokyo", None),
            ],
        ),
        (  # an inspection visit; the object list stops at the next event verb
            "Budi Santoso meninjau Bandung dan bertemu Siti Aminah di Surabaya.",
            [
                ("Visit", "meninjau", ["Budi Santoso"], "Bandung", None),
                ("Meeting", "bertemu", ["Budi Santoso", "Siti Aminah"], "Surabaya", None),
            ],
        ),
    ],
)
def test_events_clauses(blank_nlp, make_article, text, expected):
    assert _events(blank_nlp, make_article, text) == expected


def test_a_name_after_pasca_belongs_to_another_clause(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Listyo Sigit", "Joko Widodo"], "LOC": ["Sulbar"]})
    text = "Kunjungan itu merupakan kunjungan pertama ke Sulbar pasca dilantik oleh Presiden Joko Widodo."
    assert all("Joko Widodo" not in e[2] for e in _events(nlp, make_article, text))


def test_sending_others_off_is_no_departure_of_the_sender(blank_nlp, make_article):
    found = _events(blank_nlp, make_article, "Kementerian Luar Negeri memberangkatkan 171 pekerja migran ke Malaysia.")
    assert [e for e in found if e[0] == "Departure"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Berangkatkan 171 Pekerja Migran, Kementerian Luar Negeri Siapkan Pelatihan.",  # a headline's causative
        "Pada pertemuan pertama Bandung vs Surabaya, Budi Santoso menonton di stadion.",  # a match
        "Joko Widodo menandatangani prasasti Istana Merdeka.",  # signing a plaque is no agreement
        "Budi Santoso datang ke Surabaya membantu warga.",  # "datang" (come) is too loose to be an arrival
        "Budi Santoso menjadi pengunjung pertama di Bali pada Senin.",  # a visitor, not a visit
    ],
)
def test_words_that_only_look_like_events(blank_nlp, make_article, text):
    assert _events(blank_nlp, make_article, text) == []


def test_signing_an_agreement_document_is_an_agreement(blank_nlp, make_article):
    found = _events(blank_nlp, make_article, "Joko Widodo dan Anthony Albanese menandatangani nota kesepahaman di Jakarta.")
    assert [e[:3] for e in found] == [("Agreement", "menandatangani", ["Anthony Albanese", "Joko Widodo"])]


def test_visited_places_are_not_visitors(blank_nlp, make_article):
    found = _events(blank_nlp, make_article, "Tiga lokasi dikunjungi Budi Santoso kemarin, yakni Bandung, Surabaya dan Makassar.")
    assert [e[:3] for e in found] == [("Visit", "dikunjungi", ["Budi Santoso"])]


def test_announcing_names_only_the_announcer(blank_nlp, make_article):
    found = _events(blank_nlp, make_article, "Partai Golkar mengumumkan Budi Santoso dan Siti Aminah sebagai calon di Jakarta.")
    assert [e[:3] for e in found] == [("Statement", "mengumumkan", ["Partai Golkar"])]


def test_when_it_was_said_is_not_when_it_happens(blank_nlp, make_article):
    text = '"Pembicaraan Joko Widodo dan Anthony Albanese di Bali akan fokus pada ekonomi," kata Retno Marsudi pada Rabu lalu.'
    assert [e[4] for e in _events(blank_nlp, make_article, text)] == [None]


def test_a_meeting_that_is_the_purpose_of_a_trip_happens_where_the_trip_goes(blank_nlp, make_article):
    text = "Retno Marsudi tiba di Paris untuk menghadiri pertemuan dengan Emmanuel Macron."
    found = _events(blank_nlp, make_article, text)
    assert ("Meeting", "pertemuan", ["Emmanuel Macron", "Retno Marsudi"], "Paris", None) in found


def test_both_leaders_anywhere_in_an_event_nouns_sentence(blank_nlp, make_article):
    text = ("Joko Widodo menerima Anthony Albanese. Dalam pertemuan bilateral di Bandung pada Senin (11/3), "
            "kedua pemimpin membahas kerja sama ekonomi.")
    found = _events(blank_nlp, make_article, text)
    assert ("Meeting", "pertemuan", ["Anthony Albanese", "Joko Widodo"], "Bandung", "2024-03-11") in found


def test_a_visit_to_listed_places_is_one_visit_each(blank_nlp, make_article):
    found = _events(blank_nlp, make_article, "Joko Widodo melakukan kunjungan ke China, Jepang dan Australia.")
    assert [(e[0], e[3]) for e in found] == [("Visit", "China"), ("Visit", "Jepang"), ("Visit", "Australia")]


def test_a_place_and_the_country_it_is_in_are_one_place_not_a_list(blank_nlp, make_article):
    found = _events(blank_nlp, make_article, "Emmanuel Macron tiba di Istana Merdeka, Indonesia, kemarin.")
    assert [(e[0], e[3]) for e in found] == [("Arrival", "Istana Merdeka")]


def test_the_host_who_welcomes_is_not_the_one_who_arrives(blank_nlp, make_article):
    text = "Rombongan tiba di Istana Merdeka pada Senin dan langsung disambut oleh Presiden Joko Widodo."
    assert all("Joko Widodo" not in e[2] for e in _events(blank_nlp, make_article, text) if e[0] == "Arrival")


def test_what_is_condemned_is_not_a_protester(blank_nlp, make_article):
    text = "Prancis dan Jerman mengecam serangan China di Laut China Selatan pada Senin (11/3)."
    assert [(e[0], e[2]) for e in _events(blank_nlp, make_article, text)] == [("Protest", ["Jerman", "Prancis"])]


def test_condemning_is_a_protest_of_states_only_and_happens_not_where_the_condemned_did(blank_nlp, make_article):
    text = ("Budi Santoso mengecam penundaan rapat DPR di Jakarta pada Senin (11/3). "
            "Prancis dan Jerman mengecam serangan China di Laut China Selatan pada Selasa (12/3).")
    assert [(e[0], e[2], e[3]) for e in _events(blank_nlp, make_article, text)] == [
        ("Protest", ["Jerman", "Prancis"], None)]


def test_coming_back_to_someone_is_no_departure(blank_nlp, make_article):
    assert _events(blank_nlp, make_article, "Motor Curian Kembali ke Pemilik, Polri Tuai Apresiasi.") == []


def test_an_event_with_neither_date_nor_place_stays_out(blank_nlp, make_article):
    text = "Malaysia memprotes tindakan Singapura. Joko Widodo bertemu Anthony Albanese di Bali."
    assert [e[:2] for e in _events(blank_nlp, make_article, text)] == [("Meeting", "bertemu")]


def test_the_next_sentence_about_the_event_gives_its_date_and_place(blank_nlp, make_article):
    text = ("Joko Widodo menerima kunjungan kenegaraan Anthony Albanese. "
            "Acara penyambutan dilakukan di Bandung, Senin (11/3).")
    found = _events(blank_nlp, make_article, text)
    assert ("Visit", "kunjungan", ["Anthony Albanese", "Joko Widodo"], "Bandung", "2024-03-11") in found


def test_an_undated_event_at_the_place_of_an_event_dated_just_before_is_that_days(blank_nlp, make_article):
    text = ("Joko Widodo menerima kunjungan Emmanuel Macron. Acara penyambutan dilakukan di Istana Merdeka, "
            "Minggu, 10 Maret 2024. Emmanuel Macron tiba di Istana Merdeka sekitar pukul 16.00.")
    found = _events(blank_nlp, make_article, text)
    assert ("Arrival", "tiba", ["Emmanuel Macron"], "Istana Merdeka", "2024-03-10") in found


def test_a_visits_place_is_the_one_its_preposition_governs(blank_nlp, make_article):
    text = "Budi Santoso mengunjungi kawasan relokasi korban banjir Jakarta di Bandung, Rabu (13/3)."
    assert [e[3] for e in _events(blank_nlp, make_article, text)] == ["Bandung"]


def test_an_occasion_or_a_flight_number_takes_no_part_in_an_event(ruled_nlp, make_article):
    nlp = ruled_nlp({"ORG": ["QG 752", "KTT ASEAN"], "PER": ["Emmanuel Macron"], "LOC": ["Malaysia", "Kediri"]})
    text = ("Pesawat QG 752 tiba di Kediri pada Jumat (8/3). "
            "Emmanuel Macron bertemu para pemimpin dalam KTT ASEAN di Malaysia.")
    assert _events(nlp, make_article, text) == []


def test_the_next_step_of_a_dated_occasion_has_its_date(nlp, make_article):
    text = ("Joko Widodo menyambut kunjungan Emmanuel Macron di Istana Merdeka pada Jumat (8/3). "
            "Keduanya lalu meninjau pasukan kehormatan. "
            "Setelah itu, Joko Widodo dan Emmanuel Macron melakukan pertemuan di Istana Merdeka.")
    meetings = [e for e in _events(nlp, make_article, text) if e[0] == "Meeting"]
    assert meetings == [("Meeting", "pertemuan", ["Emmanuel Macron", "Joko Widodo"], "Istana Merdeka", "2024-03-08")]


def test_the_host_who_welcomes_a_visit_takes_part_in_it(nlp, make_article):
    text = "Joko Widodo menyambut kunjungan Emmanuel Macron di Istana Merdeka pada Jumat (8/3)."
    visits = [e for e in _events(nlp, make_article, text) if e[0] == "Visit"]
    assert visits == [("Visit", "kunjungan", ["Emmanuel Macron", "Joko Widodo"], "Istana Merdeka", "2024-03-08")]


def test_an_away_match_is_no_visit(ruled_nlp, make_article):
    nlp = ruled_nlp({"ORG": ["Persipura Jayapura", "PSIS Semarang"], "LOC": ["Semarang"]})
    text = "Persipura Jayapura gagal menang di laga tandang kontra PSIS Semarang di Semarang, Sabtu (1/12)."
    assert [e for e in _events(nlp, make_article, text) if e[0] == "Visit"] == []


def test_the_commas_around_an_office_holder_do_not_end_the_clause(blank_nlp, make_article):
    """"kunjungan Perdana Menteri Australia, Anthony Albanese, di Istana Merdeka": the place is the visit's."""
    text = ("Joko Widodo menyambut kunjungan Perdana Menteri Australia, Anthony Albanese, di Istana Merdeka, "
            "Rabu (13/3).")
    (visit,) = [e for e in _events(blank_nlp, make_article, text) if e[0] == "Visit"]
    assert visit[3] == "Istana Merdeka" and "Anthony Albanese" in visit[2]


def test_a_comma_between_clauses_still_ends_one(blank_nlp, make_article):
    text = "Joko Widodo menerima kunjungan Anthony Albanese, lalu terbang ke Bali, Rabu (13/3)."
    (visit,) = [e for e in _events(blank_nlp, make_article, text) if e[0] == "Visit"]
    assert visit[3] != "Bali"


def test_a_time_set_off_by_commas_keeps_the_subject_of_its_verb(blank_nlp, make_article):
    text = "Joko Widodo pada hari ini, Rabu, 13 Maret 2024, menyambut kunjungan Anthony Albanese di Istana Merdeka."
    (visit,) = [e for e in _events(blank_nlp, make_article, text) if e[0] == "Visit"]
    assert visit[2] == ["Anthony Albanese", "Joko Widodo"] and visit[3] == "Istana Merdeka"


def test_the_country_of_an_unnamed_office_holder_is_no_participant(blank_nlp, make_article):
    """"Perdana Menteri Australia Kunjungi Indonesia": the prime minister visits, not Australia."""
    events = _events(blank_nlp, make_article, "Perdana Menteri Australia Kunjungi Indonesia\nIa tiba Rabu (13/3).")
    assert not any("Australia" in participants for _, _, participants, _, _ in events)
    events = _events(blank_nlp, make_article, "Perdana Menteri Australia Anthony Albanese mengunjungi Indonesia, Rabu (13/3).")
    assert [e[2] for e in events if e[0] == "Visit"] == [["Anthony Albanese"]]


def test_an_undated_trip_is_background_a_dated_one_an_event(blank_nlp, make_article):
    undated = "Setelah itu Joko Widodo akan melanjutkan perjalanan dinasnya ke Myanmar untuk mengikuti KTT ASEAN."
    assert "Travel" not in [e[0] for e in _events(blank_nlp, make_article, undated)]
    dated = "Joko Widodo melakukan perjalanan ke Bali pada Senin (11/3)."
    assert ("Travel", "perjalanan", ["Joko Widodo"], "Bali", "2024-03-11") in _events(blank_nlp, make_article, dated)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a long subject set off by a comma before its verb, and "memimpin" as an event noun's light verb
        ("Kanselir Jerman Angela Merkel dan Presiden Prancis Emmanuel Macron,  memimpin pertemuan gabungan "
         "di Paris pada Senin (11/3).",
         ("Meeting", "pertemuan", ["Angela Merkel", "Emmanuel Macron"], "Paris", "2024-03-11")),
        # the one an entourage goes with
        ("Presiden Singapura, Halimah Yacob, dan rombongan tiba di Bogor pada Senin (11/3).",
         ("Arrival", "tiba", ["Halimah Yacob"], "Bogor", "2024-03-11")),
        # a later clause shares the subject that opens the sentence
        ("Joko Widodo dan rombongan disambut pasukan berkuda di Monas sebelum tiba di Jakarta pada Senin (11/3).",
         ("Arrival", "tiba", ["Joko Widodo"], "Jakarta", "2024-03-11")),
        # council and office sessions, street protests
        ("Kementerian Luar Negeri menggelar rapat kerja dengan DPR di Jakarta pada Senin (11/3).",
         ("Meeting", "rapat", ["DPR", "Kementerian Luar Negeri"], "Jakarta", "2024-03-11")),
        ("Polri dan TNI mengadakan rakor di Bandung pada Senin (11/3).",
         ("Meeting", "rakor", ["Polri", "TNI"], "Bandung", "2024-03-11")),
        ("Partai Golkar menggelar aksi demo di depan Gedung Putih pada Senin (11/3).",
         ("Protest", "demo", ["Partai Golkar"], "Gedung Putih", "2024-03-11")),
        ("Partai Golkar melakukan unjuk rasa di Jakarta pada Senin (11/3).",
         ("Protest", "unjuk", ["Partai Golkar"], "Jakarta", "2024-03-11")),
    ],
)
def test_events_as_regional_news_writes_them(blank_nlp, make_article, text, expected):
    assert expected in _events(blank_nlp, make_article, text)


def test_a_datelines_outlet_opens_no_shared_subject(blank_nlp, make_article):
    credited = ("Reuters - Joko Widodo memilih untuk meninggalkan Jakarta pada Senin (11/3). "
                "Joko Widodo mengunjungi Bandung pada Senin (11/3).")
    assert [e[2] for e in _events(blank_nlp, make_article, credited)] == [["Joko Widodo"], ["Joko Widodo"]]


def test_shut_tight_and_showing_skills_are_no_events(blank_nlp, make_article):
    text = ("Joko Widodo dan Prabowo Subianto menutup rapat pintu di Jakarta pada Senin (11/3). "
            "Partai Golkar mengadakan unjuk kebolehan di Bandung pada Senin (11/3).")
    assert _events(blank_nlp, make_article, text) == []


def test_a_meeting_told_later_happens_at_the_visit_of_the_same_people(blank_nlp, make_article):
    text = ("Joko Widodo menerima kunjungan Anthony Albanese di Istana Merdeka pada Senin (11/3). "
            "Tamu itu disambut pasukan berkuda. Pertemuan Jokowi dan Anthony Albanese membahas ekonomi.")
    found = _events(blank_nlp, make_article, text)
    assert ("Meeting", "Pertemuan", ["Anthony Albanese", "Jokowi"], "Istana Merdeka", "2024-03-11") in found
    other = ("Joko Widodo menerima kunjungan Anthony Albanese di Istana Merdeka pada Senin (11/3). "
             "Pertemuan Jokowi dan Rishi Sunak membahas ekonomi.")
    assert not [e for e in _events(blank_nlp, make_article, other) if e[0] == "Meeting"]


def test_an_arrival_at_the_visits_place_happens_on_the_visits_day(blank_nlp, make_article):
    text = ("Joko Widodo menerima kunjungan Anthony Albanese di Istana Merdeka pada Senin (11/3). "
            "Cuaca cerah sejak pagi. Anthony Albanese tiba di Istana Merdeka sekitar pukul 10.00.")
    found = _events(blank_nlp, make_article, text)
    assert ("Arrival", "tiba", ["Anthony Albanese"], "Istana Merdeka", "2024-03-11") in found
    elsewhere = ("Joko Widodo menerima kunjungan Anthony Albanese di Istana Merdeka pada Senin (11/3). "
                 "Anthony Albanese tiba di Bandung sekitar pukul 10.00.")
    assert ("Arrival", "tiba", ["Anthony Albanese"], "Bandung", None) in _events(blank_nlp, make_article, elsewhere)


def test_a_chance_of_a_visit_is_no_visit(blank_nlp, make_article):
    text = "Joko Widodo membuka peluang kunjungan warga Jepang ke Bali pada Senin (11/3)."
    assert [e for e in _events(blank_nlp, make_article, text) if e[0] == "Visit"] == []


def test_the_place_visited_is_no_visitor_of_itself(ruled_nlp, make_article):
    # The passive "Timor Leste dikunjungi" puts the place where the visitor stands; the next sentence
    # names the same place as where the visits went.
    nlp = ruled_nlp({"LOC": ["Timor Leste", "Dili"]})
    text = ("Dalam 25 hari, Timor Leste sudah dikunjungi empat menteri luar negeri. "
            "Para menteri itu berkunjung ke Timor Leste sejak Selasa (25/7/2023).")
    assert all(e[2] != ["Timor Leste"] for e in _events(nlp, make_article, text, published="2023-07-26"))


def test_an_envoys_post_is_no_place_of_the_visit(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Lalu Muhammad Iqbal", "Jo Stevens"], "LOC": ["Australia", "Bali"]})
    text = ("Gubernur Lalu Muhammad Iqbal menerima kunjungan resmi Konsul Jenderal Australia di Bali, Jo Stevens, "
            "di ruang kerjanya pada Kamis (10/4/2025).")
    found = _events(nlp, make_article, text, published="2025-04-10")
    assert found and all(e[3] != "Bali" for e in found)


def test_a_headlines_undated_event_is_the_one_the_story_tells_with_its_date(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Emmanuel Macron"], "LOC": ["Indonesia", "Lanud Halim Perdanakusuma"]})
    text = ("Presiden Prancis Emmanuel Macron Tiba di Indonesia\n"
            "Presiden Emmanuel Macron tiba di Lanud Halim Perdanakusuma, Indonesia, Selasa (27/5/2025) malam.")
    found = _events(nlp, make_article, text, published="2025-05-28")
    assert [(e[0], e[3], e[4]) for e in found] == [("Arrival", "Lanud Halim Perdanakusuma", "2025-05-27")]


def test_the_plane_or_ship_that_carries_travellers_takes_no_part_in_their_arrival(ruled_nlp, make_article):
    nlp = ruled_nlp({"ORG": ["Garuda Indonesia", "Citilink Indonesia", "Kejaksaan Agung"],
                     "LOC": ["Bandara Sultan Babullah", "Bandara Dhoho"]})
    text = ("Rombongan Kejaksaan Agung tiba dengan pesawat Garuda Indonesia di Bandara Sultan Babullah, Rabu (13/3). "
            "Kedatangan perdana pesawat Citilink Indonesia di Bandara Dhoho disambut water salute, Kamis (14/3).")
    arrivals = [(e[2], e[3]) for e in _events(nlp, make_article, text) if e[0] == "Arrival"]
    assert arrivals == [(["Kejaksaan Agung"], "Bandara Sultan Babullah"), (["Citilink Indonesia"], "Bandara Dhoho")]


def test_where_the_visitors_come_from_is_not_where_the_visit_is(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Anies Baswedan"], "LOC": ["Asia Tengah", "Afrika", "Bandara Dhoho", "Jakarta"],
                     "ORG": ["Kejaksaan Agung"]})
    text = ("Anies Baswedan menerima kunjungan Dubes dari negara-negara di Asia Tengah dan Afrika. "
            "Rombongan Kejaksaan Agung tiba dari Jakarta di Bandara Dhoho, Rabu (13/3).")
    assert [(e[0], e[3]) for e in _events(nlp, make_article, text)] == [("Arrival", "Bandara Dhoho")]


def test_a_lone_country_visits_nobody_several_countries_do(blank_nlp, make_article):
    assert _events(blank_nlp, make_article, "Malaysia berkunjung ke Bandung pada Senin (3/6).") == []
    found = _events(blank_nlp, make_article, "Malaysia dan Jepang berkunjung ke Bandung pada Senin (3/6).")
    assert [e[:3] for e in found] == [("Visit", "berkunjung", ["Jepang", "Malaysia"])]


def test_a_departure_written_as_a_noun_is_no_departure_event(blank_nlp, make_article):
    # "jadwal keberangkatan", "pemberangkatan jemaah haji": a schedule, a dispatch of many; the verb still is one
    text = ("Jadwal keberangkatan Budi Santoso ke Jakarta diumumkan. Pemberangkatan Siti Aminah dari Bandung "
            "dilakukan Senin. Budi Santoso berangkat dari Surabaya pada Selasa. Budi Santoso mengunjungi Bali.")
    assert [(e[0], e[1]) for e in _events(blank_nlp, make_article, text)] == [("Departure", "berangkat"),
                                                                             ("Visit", "mengunjungi")]


def test_the_outlet_that_reports_an_event_takes_no_part_in_it_and_is_not_where_it_happens(ruled_nlp):
    from kg.records import Article

    nlp = ruled_nlp({"PER": ["Ahmad Yusuf", "Budi Santoso"], "ORG": ["Kabarsenja"], "LOC": ["Jakarta"]})
    text = ("Ahmad Yusuf bertemu Budi Santoso dan Kabarsenja di Jakarta, Rabu (13/3/2024). "
            "Budi Santoso berkunjung ke Kabarsenja, Kamis (14/3/2024).")
    article = Article(source="t.txt", sha256="0" * 64, text=text, published="2024-03-14",
                      url="https://kabarsenja.com/berita/1")
    (annotated,) = annotate([article], nlp)
    m = annotated.mentions
    assert annotated.events
    for event in annotated.events:
        assert "Kabarsenja" not in [m[p].text for p in event.participants]
        assert event.place is None or m[event.place].text != "Kabarsenja"


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah kunjungan anggota Partai Golkar ke Bali pada Senin (11/3) mencapai seribu orang.",
        "Budi Santoso melakukan serangkaian kunjungan ke Bandung pada Senin (11/3).",
        "Beberapa pasar yang dikunjungi Budi Santoso di Bandung pada Senin (11/3) ramai.",
        "Anies Baswedan menerima kunjungan dari negara-negara Asia di Jakarta pada Senin (11/3).",
        "Kunjungan Partai Golkar ke Bali Meningkat pada Senin (11/3)",
    ],
)
def test_visits_counted_or_lumped_together_are_no_event(blank_nlp, make_article, text):
    assert [e for e in _events(blank_nlp, make_article, text) if e[0] == "Visit"] == []


def test_a_tour_of_several_places_in_a_country_is_still_a_visit(blank_nlp, make_article):
    text = "Budi Santoso melakukan kunjungan ke beberapa kota di Jepang pada Senin (11/3)."
    assert [e[:4] for e in _events(blank_nlp, make_article, text)] == [("Visit", "kunjungan", ["Budi Santoso"], "Jepang")]


def test_remains_counted_people_and_a_venues_namesake_do_not_travel(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Budi Santoso", "Ahmad Dahlan", "Joko Widodo"], "ORG": ["TKI"],
                     "LOC": ["Bandung", "Bandara Internasional", "Jepang"]})
    text = ("Jenazah Budi Santoso tiba di Bandung pada Senin (11/3). "
            "Sebanyak 120 TKI tiba di Bandung pada Selasa (12/3). "
            "Sebanyak 80 Tenaga Kerja Indonesia (TKI) dipulangkan dan tiba di Bandung pada Kamis (14/3). "
            "Setibanya di Bandara Internasional Ahmad Dahlan, Bandung, Rabu (13/3), Presiden menuju Istana.")
    assert _events(nlp, make_article, text) == []
    envoy = "Joko Widodo menerima kunjungan Konsul Jenderal Jepang di Bandung Ahmad Dahlan pada Senin (11/3)."
    assert [e[2] for e in _events(nlp, make_article, envoy)] == [["Ahmad Dahlan", "Joko Widodo"]]


def test_a_wish_is_no_event_a_plan_is(blank_nlp, make_article):
    wished = ("Budi Santoso ingin gagasan itu dibahas dalam rapat Partai Golkar dengan DPR di Jakarta pada Senin (11/3). "
              "Joko Widodo berharap kunjungan Anthony Albanese ke Bali pada Selasa (12/3) terus berlanjut.")
    assert _events(blank_nlp, make_article, wished) == []
    planned = "Joko Widodo akan bertemu Anthony Albanese di Bali pada Selasa (12/3)."
    assert [e[:3] for e in _events(blank_nlp, make_article, planned)] == [
        ("Meeting", "bertemu", ["Anthony Albanese", "Joko Widodo"])]


def test_who_tells_of_a_trip_does_not_take_it_and_a_relative_clause_tells_of_the_name_before(blank_nlp, make_article):
    told = "Anthony Albanese tiba di Bandung pada Senin (11/3) dengan selamat ujar Budi Santoso."
    assert [e[2] for e in _events(blank_nlp, make_article, told)] == [["Anthony Albanese"]]
    relative = "Jalan ditutup bagi Wakil Presiden Joko Widodo yang berkunjung ke Bandung pada Senin (11/3)."
    assert [e[2] for e in _events(blank_nlp, make_article, relative)] == [["Joko Widodo"]]
    passive = "Bandung yang dikunjungi Joko Widodo pada Senin (11/3) ramai."
    assert [e[2] for e in _events(blank_nlp, make_article, passive)] == [["Joko Widodo"]]


def test_the_country_of_an_unnamed_office_holder_is_not_where_the_visit_goes(blank_nlp, make_article):
    text = ("Emmanuel Macron mengunjungi Jakarta pada Senin (11/3). "
            "Jakarta menjadi kota pertama yang dikunjungi oleh Presiden Prancis dalam lawatan ini.")
    places = [e[3] for e in _events(blank_nlp, make_article, text) if e[0] == "Visit"]
    assert places and "Prancis" not in places


def test_what_an_event_noun_is_said_to_be_names_no_participant(blank_nlp, make_article):
    text = "Kedatangannya ke Bandung merupakan kenangan dan memiliki hubungan dengan Partai Golkar."
    assert _events(blank_nlp, make_article, text) == []


def test_a_travellers_departure_on_a_trip_of_their_own_is_no_event(blank_nlp, make_article):
    text = ("Budi Santoso berangkat dari Jakarta pada Senin (11/3). "
            "Budi Santoso melakukan perjalanan ke Bandung pada Senin (11/3).")
    assert [e[0] for e in _events(blank_nlp, make_article, text)] == ["Travel"]


@pytest.mark.parametrize(
    "text",
    [
        "Bali adalah daerah yang sering dikunjungi Budi Santoso pada Senin (11/3).",
        "Kunjungan kerja Partai Golkar ke Bali juga sering dilakukan pada Senin (11/3).",
        "Joko Widodo kerap bertemu Anthony Albanese di Bali pada Selasa (12/3).",
    ],
)
def test_what_is_done_often_is_a_habit_not_an_event(blank_nlp, make_article, text):
    assert _events(blank_nlp, make_article, text) == []


def test_the_programme_of_unnamed_trainees_does_not_visit(blank_nlp, make_article):
    text = "Budi Santoso menerima kunjungan peserta pelatihan Partai Golkar di Bandung pada Senin (11/3)."
    assert all("Partai Golkar" not in e[2] for e in _events(blank_nlp, make_article, text))
    # (and with the trainees unnamed the host is alone: no visit, see test_a_visit_needs_its_visitor_not_only_its_host)
    assert _events(blank_nlp, make_article, text) == []


def test_going_away_to_play_against_a_side_is_no_visit(blank_nlp, make_article):
    text = "Partai Golkar bertandang ke Bandung untuk meladeni perlawanan Budi Santoso pada Senin (11/3)."
    assert _events(blank_nlp, make_article, text) == []
    assert [e[0] for e in _events(blank_nlp, make_article, "Budi Santoso bertandang ke Bandung pada Senin (11/3).")] == [
        "Visit"]


def test_the_document_signed_is_no_party_to_it(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Budi Santoso", "Nota Kesepahaman Terpadu"], "ORG": ["Universitas Siliwangi"]})
    text = ("Budi Santoso melakukan penandatanganan Nota Kesepahaman Terpadu bersama Universitas Siliwangi "
            "pada Rabu (13/3).")
    assert [e[2] for e in _events(nlp, make_article, text)] == [["Budi Santoso", "Universitas Siliwangi"]]


def test_the_host_whose_office_names_a_region_does_not_arrive(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Budi Santoso", "Siti Aminah"], "LOC": ["Bandung", "Jawa Barat"]})
    text = "Budi Santoso mendarat di Bandung disambut oleh Gubernur Jawa Barat Siti Aminah pada Senin (11/3)."
    assert [e[2] for e in _events(nlp, make_article, text)] == [["Budi Santoso"]]


def test_both_leaders_are_the_pair_of_the_last_event_not_who_announced_it(blank_nlp, make_article):
    text = ("Joko Widodo dan Anthony Albanese bertemu di Bali pada Selasa (12/3), kata Budi Santoso. "
            "Pertemuan kedua pemimpin sebelumnya digelar di Jakarta pada Senin (4/3).")
    found = [(e[2], e[3]) for e in _events(blank_nlp, make_article, text)]
    assert (["Anthony Albanese", "Joko Widodo"], "Jakarta") in found
    assert all("Budi Santoso" not in people for people, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 62.560 vaksin Sinovac tiba di Bandung pada Senin (11/3).",
        "Jumlah vaksin Sinovac yang tiba di Bandung pada Senin (11/3) mencapai dua juta dosis.",
    ],
)
def test_goods_of_a_brand_arrive_not_the_brand(ruled_nlp, make_article, text):
    nlp = ruled_nlp({"ORG": ["Sinovac"], "LOC": ["Bandung"]})
    assert _events(nlp, make_article, text) == []


def test_a_name_after_a_function_word_or_an_office_still_arrives(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Budi Santoso"], "LOC": ["Bandung"]})
    for text in ["Jalan ditutup bagi Budi Santoso yang tiba di Bandung pada Senin (11/3).",
                 "Jalan ditutup bagi presiden Budi Santoso yang tiba di Bandung pada Senin (11/3)."]:
        assert [e[2] for e in _events(nlp, make_article, text)] == [["Budi Santoso"]]


def test_the_budget_for_trips_is_no_trip(blank_nlp, make_article):
    text = "Anggaran kunjungan kerja Partai Golkar ke Bali pada Senin (11/3) mencapai dua miliar rupiah."
    assert _events(blank_nlp, make_article, text) == []


@pytest.mark.parametrize("text, absent", [
    ("Joe Biden bertemu keluarga Joko Widodo di Bali pada Senin (11/3).", "Joko Widodo"),
    ("Joko Widodo bertemu utusan Emmanuel Macron di Jakarta pada Senin (11/3).", "Emmanuel Macron"),
    ("Istri Presiden Joko Widodo tiba di Bandung pada Senin (11/3).", "Joko Widodo"),
])
def test_the_one_a_family_or_an_envoy_stands_for_takes_no_part(blank_nlp, make_article, text, absent):
    assert all(absent not in e[2] for e in _events(blank_nlp, make_article, text))



@pytest.mark.parametrize("adverb", ["langsung", "secara kenegaraan"])
def test_the_host_welcoming_with_an_adverb_does_not_arrive(ruled_nlp, make_article, adverb):
    # "Setibanya di Istana Merdeka, PM Manele disambut langsung oleh Presiden Prabowo" (fresh-news audit D)
    nlp = ruled_nlp({"PER": ["Budi Santoso", "Siti Aminah"], "LOC": ["Bandung"]})
    text = f"Budi Santoso tiba di Bandung dan disambut {adverb} oleh Presiden Siti Aminah pada Senin (11/3)."
    assert [e[2] for e in _events(nlp, make_article, text)] == [["Budi Santoso"]]


@pytest.mark.parametrize(
    "vehicle",
    ["menumpangi private jet tipe N977HS", "menggunakan Pesawat Beechcraft 1900D Baharkam Polri",
     "dengan penerbangan Batik Air"],
)
def test_a_name_in_the_vehicle_phrase_is_no_traveller(ruled_nlp, make_article, vehicle):
    # fresh-news audit D: the jet's registration, the plane's owner and the airline were taken as the travellers
    nlp = ruled_nlp({"ORG": ["N977HS", "Baharkam Polri", "Batik Air"]})
    text = f"Rombongan menteri tiba {vehicle} pada Senin (11/3)."
    assert _events(nlp, make_article, text) == []


def test_the_body_in_a_holders_rank_does_not_take_part(ruled_nlp, make_article):
    # "Kepala Staf Angkatan Darat (Kasad), Jenderal TNI Dudung Abdurachman, berkunjung ke Papua Barat" (audit D)
    nlp = ruled_nlp({"PER": ["Budi Santoso"], "ORG": ["TNI"], "LOC": ["Bandung"]})
    text = "Kepala Staf, Jenderal TNI Budi Santoso, berkunjung ke Bandung pada Senin (11/3)."
    assert [e[2] for e in _events(nlp, make_article, text)] == [["Budi Santoso"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gubernur Budi Santoso menerima kunjungan sejumlah kepala daerah di Bandung pada Senin (11/3).", []),
        ("Gubernur Budi Santoso menerima kunjungan Siti Aminah di Bandung pada Senin (11/3).",
         [["Budi Santoso", "Siti Aminah"]]),
    ],
)
def test_a_visit_needs_its_visitor_not_only_its_host(ruled_nlp, make_article, text, expected):
    # "Pj Gubernur ... menerima kunjungan sejumlah kepala daerah", "Presiden Prabowo menerima kunjungan dua pemimpin
    # negara sahabat, Perdana Menteri ..., Jeremiah Manele" with the visitors out of reach (fresh-news audit D1)
    nlp = ruled_nlp({"PER": ["Budi Santoso", "Siti Aminah"], "LOC": ["Bandung"]})
    assert [e[2] for e in _events(nlp, make_article, text) if e[0] == "Visit"] == expected


def test_a_time_in_a_relative_clause_closed_before_the_trigger_is_not_the_events(ruled_nlp, make_article):
    # "kunjungan Kasad yang baru dilantik Presiden Joko Widodo pada 17 November 2021 itu merupakan rangkaian kunjungan
    # kerjanya ke wilayah Timur Indonesia": the day he was sworn in (fresh-news audit D1)
    nlp = ruled_nlp({"PER": ["Budi Santoso"], "LOC": ["Bandung"]})
    text = "Kunjungan Budi Santoso yang baru dilantik pada Senin (4/3) itu merupakan rangkaian kunjungan kerjanya ke Bandung."
    assert [(e[2], e[3], e[4]) for e in _events(nlp, make_article, text)] == [(["Budi Santoso"], "Bandung", None)]


def test_the_agent_after_oleh_is_no_place(ruled_nlp, make_article):
    # "Kunjungan ini di dampingi oleh pejabat Korem 152/Bbl" (fresh-news audit D1): a verb's "di" written apart
    nlp = ruled_nlp({"PER": ["Budi Santoso"], "ORG": ["Korem 152"], "LOC": ["Bandung"]})
    text = ("Budi Santoso berkunjung ke Bandung pada Senin (11/3). "
            "Kunjungan Budi Santoso di dampingi oleh pejabat Korem 152.")
    assert all(e[3] != "Korem 152" for e in _events(nlp, make_article, text))


def test_another_name_given_to_the_place_does_not_take_part(ruled_nlp, make_article):
    # "berbincang akrab dengan Presiden Joko Widodo di teras belakang Istana Merdeka atau dikenal Veranda Talk" (audit D1)
    nlp = ruled_nlp({"PER": ["Budi Santoso"], "ORG": ["Veranda Talk"], "LOC": ["Istana Merdeka"]})
    text = ("Para duta besar berkesempatan berbincang akrab dengan Presiden Budi Santoso di teras belakang "
            "Istana Merdeka atau dikenal Veranda Talk.")
    assert all("Veranda Talk" not in e[2] for e in _events(nlp, make_article, text))
    assert _events(nlp, make_article, text) == []  # one side named: no meeting


def test_a_name_apposed_to_a_group_noun_is_stood_in_for(ruled_nlp, make_article):
    # "setelah bertemu dengan keluarga mendiang tokoh oposisi Rusia, Alexei Navalny di California" (audit B, 017)
    nlp = ruled_nlp({"PER": ["Budi Santoso", "Siti Aminah"], "LOC": ["Rusia", "Bandung"]})
    text = "Budi Santoso bertemu dengan keluarga mendiang tokoh oposisi Rusia, Siti Aminah di Bandung pada Senin (11/3)."
    assert _events(nlp, make_article, text) == []


def test_countries_named_as_sides_of_a_match_do_not_meet(ruled_nlp, make_article):
    # "Pada pertemuan kemarin, pasangan Indonesia ... membuat pasangan Denmark tak berkutik" (audit B, 096)
    nlp = ruled_nlp({"LOC": ["Indonesia", "Denmark"]})
    text = "Pasangan Indonesia bertemu pasangan Denmark pada Minggu (17/11)."
    assert _events(nlp, make_article, text) == []


def test_the_host_with_a_bracketed_title_does_not_arrive(ruled_nlp, make_article):
    # "Kedatangan Presiden Jokowi itu disambut langsung oleh Perdana Menteri (PM) Mahathir Mohamad" (audit C, c03)
    nlp = ruled_nlp({"PER": ["Budi Santoso", "Siti Aminah"], "LOC": ["Bandung"]})
    text = "Kedatangan Presiden Budi Santoso itu disambut langsung oleh Perdana Menteri (PM) Siti Aminah di Bandung."
    assert [e[2] for e in _events(nlp, make_article, text)] == [["Budi Santoso"]]


def test_the_press_takes_no_part_in_what_it_reports(ruled_nlp, make_article):
    """A news site or outlet a speaker talked to ("saat ditemui Solopos.com", "berbincang dengan Tribun") and the
    dateline's site are no participants; "ketika ditemui" is how the press got the words, no meeting."""
    nlp = ruled_nlp({"ORG": ["Solopos.com", "Tribun", "TRIBUNPONTIANAK.CO.ID", "Surya Papua"],
                     "PER": ["Joko Sutopo", "Arif", "Romanus Mbaraka"], "LOC": ["Mempawah", "Wonogiri"]})
    text = ("TRIBUNPONTIANAK.CO.ID, MEMPAWAH - Rombongan kafilah tiba di Mempawah, Senin (21/9/2020) malam. "
            "Hal itu dikatakan Joko Sutopo saat ditemui Solopos.com di Wonogiri, Kamis (16/5/2024). "
            "Jalan macet, kata Arif saat berbincang dengan Tribun, Jumat (28/3/2025). "
            "Bupati Romanus Mbaraka ketika ditemui Surya Papua di kediamannya Sabtu (9/4) menjelaskan rencananya.")
    assert _events(nlp, make_article, text) == []


def test_a_region_neither_protests_nor_arrives(ruled_nlp, make_article):
    nlp = ruled_nlp({"LOC": ["Kabupaten Dompu", "Nusa Tenggara Barat", "Kantor Bupati Dompu"],
                     "PER": ["Budi Santoso"]})
    text = ("Ratusan honorer di Kabupaten Dompu, Nusa Tenggara Barat, menggelar demonstrasi di Kantor Bupati Dompu, "
            "Senin (17/11/2025). Budi Santoso tiba di Kabupaten Dompu, Selasa (18/11/2025).")
    assert _events(nlp, make_article, text) == [("Arrival", "tiba", ["Budi Santoso"], "Kabupaten Dompu", "2025-11-18")]


def test_the_host_in_apposition_to_the_welcoming_office_is_no_visitor(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Andi Arwin Azis", "M. Ari Fadli"], "LOC": ["Kecamatan Panakkukang", "Panakkukang"]})
    text = ("Wali Kota Andi Arwin Azis melakukan kunjungan kerja ke Kecamatan Panakkukang, Senin (4/11/2024). "
            "Kunjungan tersebut disambut Camat Panakkukang, M. Ari Fadli dan jajarannya.")
    found = _events(nlp, make_article, text)
    assert found and not any("M. Ari Fadli" in participants for _, _, participants, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Joko Widodo sudah tiga kali datang mengunjungi Bali pada Senin (11/3).",
        "Budi Santoso 5 kali bertemu Anthony Albanese di Bali pada Selasa (12/3).",
    ],
)
def test_visits_counted_over_time_are_no_events(blank_nlp, make_article, text):
    assert _events(blank_nlp, make_article, text) == []


def test_a_wife_named_after_the_one_she_travels_with_arrives_with_him(blank_nlp, make_article):
    text = "Gubernur Jawa Barat, Budi Santoso bersama istri, Ny. Siti Aminah tiba di Bandung pada Senin (11/3)."
    assert _events(blank_nlp, make_article, text) == [
        ("Arrival", "tiba", ["Budi Santoso", "Siti Aminah"], "Bandung", "2024-03-11")]


def test_an_arrival_hall_is_no_arrival(blank_nlp, make_article):
    text = ("Budi Santoso tiba di Bali pada Senin (11/3). "
            "Budi Santoso memeluk ibunya di ruang kedatangan Bandara Bali pada Senin (11/3).")
    assert [e[1] for e in _events(blank_nlp, make_article, text)] == ["tiba"]


def test_the_subjects_short_form_in_brackets_does_not_hide_it(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Susilo Bambang Yudhoyono", "Joko Widodo", "Jokowi"], "ORG": ["SBY"], "LOC": ["Istana Bogor"]})
    found = _events(nlp, make_article, "Susilo Bambang Yudhoyono (SBY) menemui Presiden Joko Widodo (Jokowi) di Istana Bogor.")
    assert [(e[0], "Susilo Bambang Yudhoyono" in e[2], e[3]) for e in found] == [("Meeting", True, "Istana Bogor")]


def test_a_field_after_di_is_no_place(ruled_nlp, make_article):
    nlp = ruled_nlp({"ORG": ["Kejaksaan Negeri Bireuen", "Pemkab Bireuen"], "LOC": ["Tata Usaha Negara"]})
    found = _events(nlp, make_article, "Kejaksaan Negeri Bireuen dan Pemkab Bireuen menandatangani MoU penanganan masalah "
                    "hukum di bidang Perdata dan Tata Usaha Negara.")
    assert all(e[3] != "Tata Usaha Negara" for e in found)


def test_a_military_plane_named_with_its_air_force_is_no_traveller(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Gibran Rakabuming Raka"], "ORG": ["TNI AU"], "LOC": ["Kupang"]})
    found = _events(nlp, make_article, "Setibanya di Kupang pada Senin (6/5/2024), Gibran Rakabuming Raka bersama "
                    "rombongan tiba menggunakan pesawat militer TNI AU tipe B 737-400.")
    assert [(e[0], e[2]) for e in found] == [("Arrival", ["Gibran Rakabuming Raka"])]


def test_a_visit_wished_for_with_untuk_is_no_event(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Edy Rahmayadi"], "LOC": ["Amerika"]})
    found = _events(nlp, make_article, "Edy Rahmayadi berkeinginan untuk melakukan kunjungan ke Amerika tahun depan.")
    assert [e for e in found if e[0] == "Visit"] == []


def test_a_speaker_does_not_arrive_where_the_reported_clause_has_its_own_subject(blank_nlp, make_article):
    """"X mengatakan, saat tiba di Jakarta Kapolri langsung disambut": Kapolri arrived, not the one who tells it;
    "X mengatakan, saat bertemu dengan Y, ia ...": the clause has no subject of its own, the speaker met Y."""
    text = "Kabid Humas Budi Santoso mengatakan, saat tiba di Jakarta Kapolri langsung disambut para personel."
    assert [e for e in _events(blank_nlp, make_article, text) if e[0] == "Arrival"] == []
    text = ("Budi Santoso mengatakan, saat bertemu dengan Joko Widodo di Jakarta, Senin (11/3), ia didampingi pejabat "
            "kementerian.")
    assert [e[2] for e in _events(blank_nlp, make_article, text) if e[0] == "Meeting"] == [["Budi Santoso", "Joko Widodo"]]


def test_the_body_an_apposed_description_names_is_not_who_arrives(blank_nlp, make_article):
    """"X, bakal calon wakil presiden dari Partai Y atau PY tiba di ...": X arrives, not the party of his description."""
    text = "Budi Santoso, bakal calon wakil presiden (bacawapres) dari Partai Golkar atau Golkar tiba di Bandung."
    assert [e[2] for e in _events(blank_nlp, make_article, text) if e[0] == "Arrival"] == [["Budi Santoso"]]


@pytest.mark.parametrize("later, expected", [
    ("Bulan depan Gubernur Jawa Barat akan berkunjung ke Jakarta, Senin (18/3).", []),  # an office no one here holds
    ("Presiden juga akan berkunjung ke Jakarta, Senin (18/3).", [["Joko Widodo"]]),  # the one named with it
    ("Sejumlah Bupati juga berkunjung ke Jakarta, Senin (18/3).", [["Budi Santoso"]]),  # many: as before, the last
])
def test_an_office_named_without_its_holder_does_not_take_the_last_visitor(blank_nlp, make_article, later, expected):
    """"Presiden RI akan berkunjung ke ...": the office is the subject; the visit before it (another's) lends no
    participant; the office's holder named earlier is the one."""
    text = ("Budi Santoso berkunjung ke Bandung, Rabu (13/3).\n"
            "Ia didampingi Kepala Dinas Siti Aminah. Presiden Joko Widodo menyampaikan salam.\n" + later)
    visits = [e[2] for e in _events(blank_nlp, make_article, text) if e[0] == "Visit" and e[3] == "Jakarta"]
    assert visits == expected


def test_who_goes_along_takes_part(blank_nlp, make_article):
    """"X didampingi Wakil Bupati Y meninjau ...", "X tiba ... . X juga didampingi istrinya, Y.": Y goes with X; the
    one who tells it does not."""
    text = ("Gubernur Budi Santoso didampingi Wakil Bupati Siti Aminah meninjau Pasar Baru di Bandung pada Senin (11/3), "
            "kata Joko Widodo.")
    assert [e[2] for e in _events(blank_nlp, make_article, text) if e[0] == "Visit"] == [["Budi Santoso", "Siti Aminah"]]
    text = "Budi Santoso tiba di Bandung pada Senin (11/3) didampingi oleh istrinya, Siti Aminah, dan Kapolda Joko Widodo."
    assert [e[2] for e in _events(blank_nlp, make_article, text) if e[0] == "Arrival"] == [
        ["Budi Santoso", "Joko Widodo", "Siti Aminah"]]
    text = "Budi Santoso tiba di Bandung pada Senin (11/3).\nBudi Santoso juga didampingi istrinya, Siti Aminah."
    assert [e[2] for e in _events(blank_nlp, make_article, text) if e[0] == "Arrival"] == [["Budi Santoso", "Siti Aminah"]]


def test_the_rest_of_a_split_place_name_does_not_land_there(ruled_nlp, make_article):
    # the model's spans on a real article: the air base's name cut in four, two pieces typed persons
    nlp = ruled_nlp({"PER": ["Joko Widodo", "Jokowi", "TNI Angkatan Udara", "Halu Oleo"],
                     "LOC": ["Pangkalan", "Provinsi Bali", "Kota Kendari"], "ORG": ["Lanud"]})
    text = ("Presiden Joko Widodo dijadwalkan tiba di Kota Kendari, Senin (27/12/2021).\n"
            "Jokowi bertolak dari Provinsi Bali setelah melakukan kunjungan kerja dan bakal mendarat di Pangkalan TNI "
            "Angkatan Udara (Lanud) Halu Oleo.")
    landings = [e[:4] for e in _events(nlp, make_article, text) if e[1] == "mendarat"]
    assert landings == [("Arrival", "mendarat", ["Joko Widodo"], "Pangkalan")]


@pytest.mark.parametrize("text", [
    "Wali Kota Palu, Hadianto Rasyid, bersama rombongan, mengunjungi Pemerintah Kota Gorontalo, Rabu (13/3).",
    "Hadianto Rasyid dan jajaran terkait, melakukan kunjungan kerja ke Pemerintah Kota Gorontalo, Rabu (13/3).",
])
def test_the_one_an_entourage_set_off_by_commas_goes_with_visits(ruled_nlp, make_article, text):
    nlp = ruled_nlp({"PER": ["Hadianto Rasyid"], "LOC": ["Palu"], "ORG": ["Pemerintah Kota Gorontalo"]})
    visits = [e[:4] for e in _events(nlp, make_article, text) if e[0] == "Visit"]
    assert [(kind, people, place) for kind, _, people, place in visits] == [
        ("Visit", ["Hadianto Rasyid"], "Pemerintah Kota Gorontalo")]


def test_an_office_before_its_body_does_not_end_the_subject(ruled_nlp, make_article):
    # the model's spans on a real article: the council head's name typed a place, so no role holds the title
    nlp = ruled_nlp({"PER": ["Aswarodi"], "ORG": ["DPRD Kabupaten Lampung Utara"], "LOC": ["Wansori", "Jakarta"]})
    text = ("Aswarodi bersama Ketua DPRD Kabupaten Lampung Utara, Wansori dan jajaran terkait, melakukan kunjungan kerja "
            "ke Jakarta, Selasa (16/7).")
    visits = [e[:4] for e in _events(nlp, make_article, text) if e[0] == "Visit"]
    assert visits == [("Visit", "kunjungan", ["Aswarodi", "Wansori"], "Jakarta")]


def test_and_before_an_auxiliary_starts_another_verbs_clause(ruled_nlp, make_article):
    nlp = ruled_nlp({"PER": ["Jokowi"], "LOC": ["Provinsi Bali", "Kendari"]})
    text = "Jokowi bertolak dari Provinsi Bali setelah melakukan kunjungan kerja dan bakal mendarat di Kendari."
    visits = [e[:4] for e in _events(nlp, make_article, text) if e[0] == "Visit"]
    assert visits == []  # where he lands is the next clause's place; the visit's own is not written
