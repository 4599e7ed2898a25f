"""Entity and event resolution across articles, on hand-built annotations (no model)."""

from __future__ import annotations

import hashlib
import random
import re

import pytest

from kg.records import (
    DAY,
    MONTH,
    AnnotatedArticle,
    Article,
    EventMention,
    Mention,
    TimeExpr,
)
from kg.resolve import normalise_name, person_tokens, resolve


def annotate(
    text: str,
    spans: list[tuple[str, str]],
    events: list[tuple[str, list[int], int | None, int | None]] = (),
    times: list[tuple[str, str, str]] = (),
) -> AnnotatedArticle:
    """An AnnotatedArticle whose mentions are the given (surface, label) pairs, found left to right.

    events: (type, participant mention indices, place mention index, time index).
    times: (surface, ISO value, precision).
    """
    mentions, cursor = [], 0
    for surface, label in spans:
        start = text.index(surface, cursor)
        mentions.append(Mention(start, start + len(surface), surface, label, 0))
        cursor = start + len(surface)
    time_exprs = []
    for surface, value, precision in times:
        start = text.index(surface)
        time_exprs.append(TimeExpr(start, start + len(surface), surface, value, precision, 0))
    event_mentions = [
        EventMention(0, 1, text[:1], etype, 0, tuple(parts), place, time)
        for etype, parts, place, time in events
    ]
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return AnnotatedArticle(
        article=Article(source=f"{sha[:8]}.txt", sha256=sha, text=text),
        mentions=tuple(mentions),
        times=tuple(time_exprs),
        events=tuple(event_mentions),
    )


def entity(facts, key):
    found = [e for e in facts.entities if e.key == key]
    assert found, f"no entity {key}; have {[e.key for e in facts.entities]}"
    return found[0]


def test_normalise_name_unifies_hyphens_case_and_clitics():
    assert normalise_name("Kim Jong-un") == normalise_name("KIM JONG UN") == "kim jong un"
    assert normalise_name("Rusia-nya") == "rusia"
    assert person_tokens("Presiden Joko Widodo") == ("joko", "widodo")
    assert person_tokens("Menteri Luar Negeri Retno Marsudi") == ("retno", "marsudi")


def test_resolve_a_state_schools_n_and_negeri_are_one_school_named_as_written():
    art = annotate(
        "Siswa SMAN 1 Bulukumba menang. SMA Negeri 1 Bulukumba bangga. SMA N 1 Bulukumba juara. SMAN 2 Palu kalah.",
        [("SMAN 1 Bulukumba", "ORG"), ("SMA Negeri 1 Bulukumba", "ORG"), ("SMA N 1 Bulukumba", "ORG"),
         ("SMAN 2 Palu", "ORG")],
    )
    facts = resolve([art])
    keys = facts.articles[0].mention_entities
    assert keys[0] == keys[1] == keys[2] != keys[3]
    assert entity(facts, keys[0]).name in ("SMAN 1 Bulukumba", "SMA Negeri 1 Bulukumba", "SMA N 1 Bulukumba")


def test_resolve_person_variants_in_one_article_are_one_entity():
    art = annotate(
        "Kim Jong Un tiba. Kim Jong-un disambut. Kim lalu pulang.",
        [("Kim Jong Un", "PER"), ("Kim Jong-un", "PER"), ("Kim", "PER")],
    )
    facts = resolve([art])
    assert facts.articles[0].mention_entities == ("PER/kim jong un",) * 3
    person = entity(facts, "PER/kim jong un")
    assert (person.name, person.aliases) == ("Kim Jong Un", ("Kim", "Kim Jong-un"))
    assert len(facts.entities) == 1


def test_resolve_bare_name_joins_nearest_preceding_full_name():
    art = annotate(
        "Budi Santoso bertemu Budi Hartono. Budi tertawa. Rina Budi datang.",
        [("Budi Santoso", "PER"), ("Budi Hartono", "PER"), ("Budi", "PER"), ("Rina Budi", "PER")],
    )
    keys = resolve([art]).articles[0].mention_entities
    assert keys == ("PER/budi santoso", "PER/budi hartono", "PER/budi hartono", "PER/rina budi")


def test_resolve_bare_name_joins_the_earlier_name_it_opens_before_a_nearer_one_it_ends():
    # Indonesian news calls "Prabowo Subianto" "Prabowo", and "Listyo Sigit Prabowo" "Listyo" or "Sigit"
    art = annotate(
        "Prabowo Subianto tiba. Kapolri Listyo Sigit Prabowo menyambut. Prabowo lalu berpidato.",
        [("Prabowo Subianto", "PER"), ("Listyo Sigit Prabowo", "PER"), ("Prabowo", "PER")],
    )
    keys = resolve([art]).articles[0].mention_entities
    assert keys == ("PER/prabowo subianto", "PER/listyo sigit prabowo", "PER/prabowo subianto")


def test_resolve_surname_two_people_share_is_the_one_named_first():
    art = annotate(
        "Emmanuel Macron tiba. Presiden dan istrinya, Brigitte Macron disambut. Macron lalu ke Magelang.",
        [("Emmanuel Macron", "PER"), ("Brigitte Macron", "PER"), ("Macron", "PER")],
    )
    keys = resolve([art]).articles[0].mention_entities
    assert keys == ("PER/emmanuel macron", "PER/brigitte macron", "PER/emmanuel macron")


@pytest.mark.parametrize("text, cue, wife, husband", [
    ("Bupati Siak Alfedri didampingi istri Rasidah Alfedri. Alfedri lalu berpidato.", "istri ",
     "Rasidah Alfedri", "Alfedri"),
    ("Gubernur Sugianto Sabran datang bersama istri Ibu Ivo Sugianto Sabran. Sugianto Sabran lalu berpidato.",
     "istri Ibu ", "Ivo Sugianto Sabran", "Sugianto Sabran"),
    ("Kasad Dudung Abdurachman dan Ny Rahma Dudung Abdurachman tiba. Dudung Abdurachman lalu berpidato.",
     "Ny ", "Rahma Dudung Abdurachman", "Dudung Abdurachman"),
    ("Hadir Ketua TP PKK Kotabaru Fatma Idiana Sayed Jafar. Bupati Sayed Jafar lalu berpidato.",
     "Ketua TP PKK Kotabaru ", "Fatma Idiana Sayed Jafar", "Sayed Jafar"),
    ("Tiba di Bandara, Presiden Jokowi dan Ibu Negara Iriana Jokowi diulosi. Jokowi lalu berpidato.",
     "Ibu Negara ", "Iriana Jokowi", "Jokowi"),
])
def test_resolve_a_husbands_name_inside_his_wifes_is_not_her_short_name(text, cue, wife, husband):
    """A wife is often named with her husband's name after her own; written as a wife's, her name does not take
    his mentions. Without the cue the name ending hers is her short name, as before."""
    names = sorted({wife, husband}, key=len, reverse=True)
    spans = lambda text: [(m.group(), "PER") for m in re.finditer("|".join(map(re.escape, names)), text)]
    keys = resolve([annotate(text, spans(text))]).articles[0].mention_entities
    assert keys.count("PER/" + normalise_name(wife)) == 1 and len(set(keys)) == 2
    plain = text.replace(cue, "")
    keys = resolve([annotate(plain, spans(plain))]).articles[0].mention_entities
    assert set(keys) == {"PER/" + normalise_name(wife)}


def test_resolve_clipped_name_joins_the_one_person_whose_name_it_shortens():
    art = annotate(
        "Kapolresta Susanto datang. Kata Santo, pelaku ditangkap. Tri Rismaharini hadir. Risma berkata. "
        "Budi Hartono dan Budiman Sudjatmiko tiba. Budi tertawa. Sudjat diam.",
        [("Susanto", "PER"), ("Santo", "PER"), ("Tri Rismaharini", "PER"), ("Risma", "PER"),
         ("Budi Hartono", "PER"), ("Budiman Sudjatmiko", "PER"), ("Budi", "PER"), ("Sudjat", "PER")],
    )
    facts = resolve([art])
    keys = facts.articles[0].mention_entities
    assert keys[:4] == ("PER/susanto",) * 2 + ("PER/tri rismaharini",) * 2
    assert entity(facts, "PER/susanto").name == "Susanto"  # the full word names the person
    assert keys[6] == "PER/budi hartono"  # a name written in full is no clipped one
    assert keys[7] == "PER/budiman sudjatmiko"


def test_resolve_a_name_written_before_the_longer_one_is_no_clipped_form_of_it():
    # The farmer the story is about comes first; the president's nickname only later. A headline may
    # shorten a name the story writes in full below it.
    art = annotate(
        "Risma Lantik Pejabat\nWali Kota Tri Rismaharini melantik pejabat. Risma berpesan. "
        "Petani Joko memilih tidak panen. Kata Joko, harga turun. Presiden Jokowi melarang ekspor.",
        [("Risma", "PER"), ("Tri Rismaharini", "PER"), ("Risma", "PER"), ("Joko", "PER"), ("Joko", "PER"),
         ("Jokowi", "PER")],
    )
    keys = resolve([art]).articles[0].mention_entities
    assert keys[:3] == ("PER/tri rismaharini",) * 3
    assert keys[3] == keys[4] != keys[5]


def test_resolve_a_person_quoted_under_a_towns_name_is_that_person_in_every_mention():
    # "Mariana" is also a town; she is quoted in the second sentence, so the first mention is her too.
    from dataclasses import replace

    from kg.records import Quote

    text = "Rombongan dipimpin Mariana. Mariana mengatakan kunjungan itu penting."
    art = annotate(text, [("Mariana", "PER"), ("Mariana", "PER")])
    quote = Quote(text.index("kunjungan"), len(text) - 1, "kunjungan itu penting", 1, 1, "mengatakan", False)
    keys = resolve([replace(art, quotes=(quote,))]).articles[0].mention_entities
    assert keys == ("PER/mariana", "PER/mariana")


def test_resolve_strips_titles_from_person_names():
    art = annotate(
        "Presiden Andi Wirawan berpidato. Pak Andi Wirawan tersenyum. Andi pergi.",
        [("Presiden Andi Wirawan", "PER"), ("Pak Andi Wirawan", "PER"), ("Andi", "PER")],
    )
    facts = resolve([art])
    assert set(facts.articles[0].mention_entities) == {"PER/andi wirawan"}
    assert entity(facts, "PER/andi wirawan").name == "Andi Wirawan"


def test_resolve_person_across_articles_is_one_entity_but_bare_name_is_not():
    one = annotate("Kim Jong Un tiba di sana. Kim senang.", [("Kim Jong Un", "PER"), ("Kim", "PER")])
    two = annotate("Kemarin Kim Jong-un berbicara.", [("Kim Jong-un", "PER")])
    three = annotate("Kim berbicara lagi.", [("Kim", "PER")])
    facts = resolve([one, two, three])
    by_sha = {ra.annotated.article.sha256: ra.mention_entities for ra in facts.articles}
    assert by_sha[one.article.sha256] == ("PER/kim jong un", "PER/kim jong un")
    assert by_sha[two.article.sha256] == ("PER/kim jong un",)
    assert by_sha[three.article.sha256] == ("PER/kim",)


def test_resolve_country_short_forms_link_to_one_geonames_entity():
    one = annotate(
        "Korea Utara dan Korut serta Korea Utara mengecam AS. Amerika Serikat diam.",
        [("Korea Utara", "LOC"), ("Korut", "LOC"), ("Korea Utara", "LOC"), ("AS", "LOC"),
         ("Amerika Serikat", "LOC")],
    )
    two = annotate("North Korea and the USA met. Rusia hadir.",
                   [("North Korea", "LOC"), ("USA", "LOC"), ("Rusia", "ORG")])
    facts = resolve([one, two])
    nk = entity(facts, "LOC/geonames/1873107")
    assert (nk.iso3166, nk.geonames, nk.name, nk.label) == ("KP", 1873107, "Korea Utara", "LOC")
    assert nk.aliases == ("Korut", "North Korea")
    us = entity(facts, "LOC/geonames/6252001")
    assert us.iso3166 == "US" and us.name == "Amerika Serikat"
    assert set(us.aliases) == {"AS", "USA"}
    assert len(facts.entities) == 3


def test_resolve_country_label_by_majority_with_loc_winning_ties():
    art = annotate("Rusia menolak. Rusia setuju.", [("Rusia", "ORG"), ("Rusia", "LOC")])
    facts = resolve([art])
    assert [(e.key, e.label) for e in facts.entities] == [("LOC/geonames/2017370", "LOC")]


def test_resolve_acronym_written_after_long_name():
    one = annotate(
        "Dewan Keamanan Nasional (DKN) bersidang.",
        [("Dewan Keamanan Nasional", "ORG"), ("DKN", "ORG")],
    )
    two = annotate("DKN menolak usul itu.", [("DKN", "ORG")])
    facts = resolve([one, two])
    assert {k for ra in facts.articles for k in ra.mention_entities} == {"ORG/dewan keamanan nasional"}
    assert entity(facts, "ORG/dewan keamanan nasional").aliases == ("DKN",)


def test_resolve_acronym_by_initials_across_articles():
    one = annotate("Perserikatan Bangsa-Bangsa menggelar sidang.", [("Perserikatan Bangsa-Bangsa", "ORG")])
    two = annotate("Sekjen PBB berbicara.", [("PBB", "ORG")])
    facts = resolve([one, two])
    assert [e.key for e in facts.entities] == ["ORG/perserikatan bangsa bangsa"]
    assert facts.entities[0].name == "Perserikatan Bangsa-Bangsa"


def test_resolve_acronym_inside_one_mention():
    art = annotate(
        "Lembaga Riset Pangan (LRP) dan LRP lagi.",
        [("Lembaga Riset Pangan (LRP)", "ORG"), ("LRP", "ORG")],
    )
    facts = resolve([art])
    assert set(facts.articles[0].mention_entities) == {"ORG/lembaga riset pangan"}


def test_resolve_is_independent_of_article_order():
    arts = [
        annotate("Sari Dewi ke Jakarta. Dewi senang.", [("Sari Dewi", "PER"), ("Jakarta", "LOC"), ("Dewi", "PER")]),
        annotate("Korsel dan Korea Selatan.", [("Korsel", "LOC"), ("Korea Selatan", "LOC")]),
        annotate("Sari Dewi bertemu Tono Wijaya di Moskow pada 3 Mei 2024.",
                 [("Sari Dewi", "PER"), ("Tono Wijaya", "PER"), ("Moskow", "LOC")],
                 events=[("Meeting", [0, 1], 2, 0)], times=[("3 Mei 2024", "2024-05-03", DAY)]),
        annotate("Tono Wijaya dan Sari Dewi bertemu Mei 2024.",
                 [("Tono Wijaya", "PER"), ("Sari Dewi", "PER")],
                 events=[("Meeting", [0, 1], None, 0)], times=[("Mei 2024", "2024-05", MONTH)]),
    ]
    expected = resolve(arts)
    for seed in range(5):
        shuffled = list(arts)
        random.Random(seed).shuffle(shuffled)
        assert resolve(shuffled) == expected
    assert [ra.annotated.article.sha256 for ra in expected.articles] == sorted(a.article.sha256 for a in arts)


def meeting(text, a, b, when=None, place=None):
    spans = [(a, "PER"), (b, "PER")] + ([(place, "LOC")] if place else [])
    times = [(when[0], when[1], DAY if len(when[1]) == 10 else MONTH)] if when else []
    return annotate(text, spans, events=[("Meeting", [0, 1], 2 if place else None, 0 if when else None)], times=times)


def test_resolve_same_meeting_in_two_articles_is_one_event():
    one = meeting("Vladimir Putin bertemu Kim Jong Un pada 13 September 2023 di Vladivostok.",
                  "Vladimir Putin", "Kim Jong Un", ("13 September 2023", "2023-09-13"), "Vladivostok")
    two = meeting("Kim Jong-un dan Vladimir Putin bertemu, 13 September 2023.",
                  "Kim Jong-un", "Vladimir Putin", ("13 September 2023", "2023-09-13"))
    facts = resolve([one, two])
    assert len(facts.events) == 1
    event = facts.events[0]
    assert event.participants == ("PER/kim jong un", "PER/vladimir putin")
    assert (event.date, event.precision, event.place) == ("2023-09-13", DAY, "LOC/geonames/2013348")
    assert {r.article for r in event.reports} == {one.article.sha256, two.article.sha256}
    assert event.key == ("Meeting/2023-09-13/PER/kim jong un+PER/vladimir putin@LOC/geonames/2013348")


def test_resolve_meetings_on_different_dates_are_two_events():
    one = meeting("Ayu Lestari bertemu Bayu Pratama pada 1 Mei 2024.", "Ayu Lestari", "Bayu Pratama",
                  ("1 Mei 2024", "2024-05-01"))
    two = meeting("Ayu Lestari bertemu Bayu Pratama pada 9 Mei 2024.", "Ayu Lestari", "Bayu Pratama",
                  ("9 Mei 2024", "2024-05-09"))
    facts = resolve([one, two])
    assert [e.date for e in facts.events] == ["2024-05-01", "2024-05-09"]
    assert all(len(e.reports) == 1 for e in facts.events)


def test_resolve_month_date_merges_with_day_and_keeps_the_precise_one():
    one = meeting("Ayu Lestari bertemu Bayu Pratama pada Mei 2024.", "Ayu Lestari", "Bayu Pratama",
                  ("Mei 2024", "2024-05"))
    two = meeting("Ayu Lestari bertemu Bayu Pratama pada 9 Mei 2024.", "Ayu Lestari", "Bayu Pratama",
                  ("9 Mei 2024", "2024-05-09"))
    undated = meeting("Ayu Lestari bertemu Bayu Pratama.", "Ayu Lestari", "Bayu Pratama")
    facts = resolve([one, two, undated])
    assert len(facts.events) == 1
    assert (facts.events[0].date, facts.events[0].precision, len(facts.events[0].reports)) == ("2024-05-09", DAY, 3)


def test_resolve_city_and_country_places_are_compatible():
    one = meeting("Ayu Lestari bertemu Bayu Pratama di Rusia, 9 Mei 2024.", "Ayu Lestari", "Bayu Pratama",
                  ("9 Mei 2024", "2024-05-09"), "Rusia")
    two = meeting("Ayu Lestari bertemu Bayu Pratama di Moskow, 9 Mei 2024.", "Ayu Lestari", "Bayu Pratama",
                  ("9 Mei 2024", "2024-05-09"), "Moskow")
    facts = resolve([one, two])
    assert [e.place for e in facts.events] == ["LOC/geonames/524901"]


def test_resolve_duplicate_event_mentions_in_one_article_merge_and_empty_events_drop():
    text = "Ayu Lestari bertemu Bayu Pratama 9 Mei 2024. Pertemuan Ayu Lestari dan Bayu Pratama hangat."
    art = annotate(
        text,
        [("Ayu Lestari", "PER"), ("Bayu Pratama", "PER"), ("Ayu Lestari", "PER"), ("Bayu Pratama", "PER")],
        events=[("Meeting", [0, 1], None, 0), ("Meeting", [2, 3], None, 0), ("Travel", [], None, None)],
        times=[("9 Mei 2024", "2024-05-09", DAY)],
    )
    facts = resolve([art])
    assert len(facts.events) == 1
    assert [r.event_mention for r in facts.events[0].reports] == [0, 1]


@pytest.mark.parametrize("other", ["Chandra Kusuma", "Dodi Firmansyah"])
def test_resolve_different_people_same_day_are_different_events(other):
    one = meeting("Ayu Lestari bertemu Bayu Pratama 9 Mei 2024.", "Ayu Lestari", "Bayu Pratama",
                  ("9 Mei 2024", "2024-05-09"))
    two = meeting(f"Ayu Lestari bertemu {other} 9 Mei 2024.", "Ayu Lestari", other, ("9 Mei 2024", "2024-05-09"))
    assert len(resolve([one, two]).events) == 2


def test_resolve_unlinked_place_and_organisation_with_one_name_are_one_entity():
    one = annotate("Kremlin membantah.", [("Kremlin", "ORG")])
    two = annotate("Di Kremlin, Kremlin menjawab.", [("Kremlin", "LOC"), ("Kremlin", "ORG")])
    facts = resolve([one, two])
    assert [(e.key, e.label) for e in facts.entities] == [("ORG/kremlin", "ORG")]


def test_resolve_partial_name_joins_only_within_its_article():
    one = annotate("Andi Putra Wijaya hadir. Putra Wijaya bicara.",
                   [("Andi Putra Wijaya", "PER"), ("Putra Wijaya", "PER")])
    two = annotate("Putra Wijaya, pelatih, menang.", [("Putra Wijaya", "PER")])
    facts = resolve([one, two])
    by_sha = {ra.annotated.article.sha256: ra.mention_entities for ra in facts.articles}
    assert by_sha[one.article.sha256] == ("PER/andi putra wijaya",) * 2
    assert by_sha[two.article.sha256] == ("PER/putra wijaya",)


def test_resolve_undated_single_person_event_stays_apart():
    dated = annotate("Ayu Lestari berangkat 9 Mei 2024.", [("Ayu Lestari", "PER")],
                     events=[("Travel", [0], None, 0)], times=[("9 Mei 2024", "2024-05-09", DAY)])
    undated = annotate("Ayu Lestari berangkat lagi.", [("Ayu Lestari", "PER")], events=[("Travel", [0], None, None)])
    facts = resolve([dated, undated])
    assert sorted(e.date or "undated" for e in facts.events) == ["2024-05-09", "undated"]
    assert "Travel/undated/PER/ayu lestari" in {e.key for e in facts.events}


def test_resolve_empty_input_gives_empty_facts():
    facts = resolve([])
    assert (facts.articles, facts.entities, facts.events) == ((), (), ())


def test_resolve_country_prefers_indonesian_common_name_when_written():
    one = annotate("North Korea, North Korea, North Korea, and Korea Utara.",
                   [("North Korea", "LOC"), ("North Korea", "LOC"), ("North Korea", "LOC"), ("Korea Utara", "LOC")])
    two = annotate("Hanya AS.", [("AS", "LOC")])
    facts = resolve([one, two])
    assert entity(facts, "LOC/geonames/1873107").name == "Korea Utara"
    assert (entity(facts, "LOC/geonames/6252001").name, entity(facts, "LOC/geonames/6252001").aliases) == (
        "Amerika Serikat", ("AS",))


def test_resolve_acronym_after_a_longer_name_expands_only_its_tail():
    one = annotate(
        "Dewan Keamanan Perserikatan Bangsa-Bangsa (PBB) bersidang. Perserikatan Bangsa-Bangsa diam.",
        [("Dewan Keamanan Perserikatan Bangsa-Bangsa (PBB)", "ORG"), ("Perserikatan Bangsa-Bangsa", "ORG")],
    )
    two = annotate("PBB mengecam.", [("PBB", "ORG")])
    facts = resolve([one, two])
    keys = {e.key for e in facts.entities}
    assert keys == {"ORG/dewan keamanan perserikatan bangsa bangsa", "ORG/perserikatan bangsa bangsa"}
    assert facts.articles[[ra.annotated for ra in facts.articles].index(two)].mention_entities == (
        "ORG/perserikatan bangsa bangsa",)


@pytest.mark.parametrize(
    "written, tokens",
    [
        ("Presiden Rusia Vladimir Putin", ("vladimir", "putin")),
        ("Menteri Pertahanan Rusia Sergei Shoigu", ("sergei", "shoigu")),
        ("Korea Utara Kim Jong-un", ("kim", "jong", "un")),
        ("Presiden Indonesia", ("indonesia",)),
        ("Kepala Sekretaris Kabinet Jepang Hirokazu Matsuno", ("hirokazu", "matsuno")),
        ("Rusia Budi", ("rusia", "budi")),
        ("Pemimpin Korea Utara (Korut) Kim Jong-un", ("kim", "jong", "un")),
    ],
)
def test_person_tokens_drop_title_and_country_in_front(written, tokens):
    assert person_tokens(written) == tokens


_POOL = [
    ("Kim Jong Un", "PER"), ("Kim Jong-un", "PER"), ("Kim", "PER"), ("Sari Dewi", "PER"), ("Dewi", "PER"),
    ("Presiden Tono Wijaya", "PER"), ("Korut", "LOC"), ("Korea Utara", "LOC"), ("Rusia", "ORG"),
    ("Moskow", "LOC"), ("PBB", "ORG"), ("Perserikatan Bangsa-Bangsa", "ORG"), ("Kremlin", "LOC"),
    ("Kremlin", "ORG"), ("AS", "LOC"),
]


def _random_article(draw_names, event_specs, day):
    text = " ".join(f"{name} x." for name, _ in draw_names) + f" {day} Mei 2024."
    events = [(etype, parts, None, 0 if dated else None) for etype, parts, dated in event_specs]
    return annotate(text, list(draw_names), events=events, times=[(f"{day} Mei 2024", f"2024-05-{day:02d}", DAY)])


def test_resolve_invariants_hold_on_random_builds():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    article = st.integers(1, 3).flatmap(
        lambda day: st.lists(st.sampled_from(_POOL), min_size=1, max_size=6).flatmap(
            lambda names: st.lists(
                st.tuples(st.sampled_from(["Meeting", "Travel"]),
                          st.lists(st.integers(0, len(names) - 1), max_size=3), st.booleans()),
                max_size=3,
            ).map(lambda specs: _random_article(names, specs, day))
        )
    )

    @settings(max_examples=25, deadline=None)
    @given(st.lists(article, max_size=5, unique_by=lambda a: a.article.sha256), st.randoms())
    def check(arts, rnd):
        facts = resolve(arts)
        keys = [e.key for e in facts.entities]
        assert keys == sorted(set(keys))
        for ra in facts.articles:
            assert len(ra.mention_entities) == len(ra.annotated.mentions)
            assert set(ra.mention_entities) <= set(keys)
        for event in facts.events:
            assert event.participants and set(event.participants) <= set(keys)
            assert event.place is None or event.place in keys
            assert list(event.participants) == sorted(event.participants)
        assert len({e.key for e in facts.events}) == len(facts.events)
        shuffled = list(arts)
        rnd.shuffle(shuffled)
        assert resolve(shuffled) == facts

    check()


def test_resolve_headline_span_error_joins_the_real_name():
    one = annotate(
        "Kim Jong Un Kembali ke Pyongyang\nKim Jong Un pulang. Kim Jong tersenyum. Kim Jong Un senang.",
        [("Kim Jong Un Kembali", "PER"), ("Kim Jong Un", "PER"), ("Kim Jong", "PER"), ("Kim Jong Un", "PER")],
    )
    two = annotate("Kim Jong-un tiba.", [("Kim Jong-un", "PER")])
    facts = resolve([one, two])
    assert [e.key for e in facts.entities] == ["PER/kim jong un"]
    assert facts.entities[0].name == "Kim Jong Un"


def test_resolve_person_mention_that_is_a_place_name_joins_the_place():
    art = annotate("Korut menolak. Korea Utara marah. Vladivostok ramai di Vladivostok.",
                   [("Korut", "PER"), ("Korea Utara", "LOC"), ("Vladivostok", "PER"), ("Vladivostok", "LOC")])
    facts = resolve([art])
    assert [(e.key, e.label) for e in facts.entities] == [
        ("LOC/geonames/1873107", "LOC"), ("LOC/geonames/2013348", "LOC")]


def test_resolve_bare_name_of_a_person_is_never_a_place():
    art = annotate("Michael Jordan datang. Jordan menang.", [("Michael Jordan", "PER"), ("Jordan", "PER")])
    assert set(resolve([art]).articles[0].mention_entities) == {"PER/michael jordan"}


def test_resolve_a_full_name_typed_a_person_outweighs_its_short_name_typed_a_place():
    art = annotate("Atlet Rudi Hanafi menang. Rudi juara. Warga bangga pada Rudi.",
                   [("Rudi Hanafi", "PER"), ("Rudi", "LOC"), ("Rudi", "LOC")])
    facts = resolve([art])
    assert [(e.key, e.label) for e in facts.entities] == [("PER/rudi hanafi", "PER")]


def test_resolve_truncated_span_joins_the_name_the_build_writes_more_often():
    one = annotate("Kim Jong tiba. Kim Jong-un senang.", [("Kim Jong", "PER"), ("Kim Jong-un", "PER")])
    two = annotate("Kim Jong Un berangkat.", [("Kim Jong Un", "PER")])
    facts = resolve([one, two])
    assert [e.key for e in facts.entities] == ["PER/kim jong un"]


def test_resolve_undated_report_joins_the_event_nearest_its_publication_date():
    old = meeting("Ayu Lestari bertemu Bayu Pratama pada April 2019.", "Ayu Lestari", "Bayu Pratama",
                  ("April 2019", "2019-04"))
    new = meeting("Ayu Lestari bertemu Bayu Pratama pada 13 September 2023.", "Ayu Lestari", "Bayu Pratama",
                  ("13 September 2023", "2023-09-13"))
    spans = [("Ayu Lestari", "PER"), ("Bayu Pratama", "PER"), ("Citra Ningsih", "PER")]
    undated = annotate("Ayu Lestari, Bayu Pratama dan Citra Ningsih bertemu.", spans,
                       events=[("Meeting", [0, 1, 2], None, None)])
    undated = AnnotatedArticle(article=undated.article, mentions=undated.mentions, events=undated.events,
                               reference_date="2023-09-14")
    facts = resolve([old, new, undated])
    by_date = {e.date: e for e in facts.events}
    assert set(by_date) == {"2019-04", "2023-09-13"}
    assert undated.article.sha256 in {r.article for r in by_date["2023-09-13"].reports}
    assert "PER/citra ningsih" in by_date["2023-09-13"].participants


def test_resolve_person_name_tagged_as_place_joins_the_person_in_its_article():
    one = annotate("Vladimir Putin tiba. Di hadapan Putin, semua diam.",
                   [("Vladimir Putin", "PER"), ("Putin", "LOC")])
    two = annotate("Putin adalah nama jalan.", [("Putin", "LOC")])
    facts = resolve([one, two])
    by_sha = {ra.annotated.article.sha256: ra.mention_entities for ra in facts.articles}
    assert by_sha[one.article.sha256] == ("PER/vladimir putin",) * 2
    assert by_sha[two.article.sha256] == ("LOC/putin",)


def test_resolve_acronym_tagged_as_person_shares_organisation_names():
    one = annotate("KCNA melaporkan.", [("KCNA", "PER")])
    two = annotate("Menurut KCNA, Moskow setuju.", [("KCNA", "ORG"), ("Moskow", "ORG")])
    facts = resolve([one, two])
    assert [(e.key, e.label) for e in facts.entities] == [("LOC/geonames/524901", "LOC"), ("ORG/kcna", "ORG")]


@pytest.mark.parametrize(
    "written, tokens",
    [("Kemudian Hirokazu Matsuno", ("hirokazu", "matsuno")), ("Baik Kim", ("kim",)),
     ("Melansir Kyodonews", ("kyodonews",)), ("Dini Purwono", ("dini", "purwono"))],
)
def test_person_tokens_drop_a_sentence_word_taken_with_the_name(written, tokens):
    assert person_tokens(written) == tokens


@pytest.mark.slow
def test_resolve_seed_articles_with_the_trained_pipeline():
    from pathlib import Path

    from kg.nlp import annotate as run_nlp
    from kg.pipeline import read_articles

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    facts = resolve(list(run_nlp(read_articles([seeds], []))))
    articles_of = {}
    for ra in facts.articles:
        for key in ra.mention_entities:
            articles_of.setdefault(key, set()).add(ra.annotated.article.sha256)
    assert len(articles_of.get("PER/kim jong un", ())) >= 3
    assert entity(facts, "LOC/geonames/1873107").iso3166 == "KP"
    meetings = [e for e in facts.events if e.type == "Meeting"
                and {"PER/kim jong un", "PER/vladimir putin"} <= set(e.participants)]
    assert any(len({r.article for r in e.reports}) >= 2 for e in meetings)


def test_resolve_company_forms_and_initials_join_one_organisation():
    one = annotate("PT Sinar Makmur Abadi Tbk melapor.", [("PT Sinar Makmur Abadi Tbk", "ORG")])
    two = annotate("Sinar Makmur Abadi dan SMA untung.", [("Sinar Makmur Abadi", "ORG"), ("SMA", "ORG")])
    facts = resolve([one, two])
    assert [(e.key, e.name) for e in facts.entities] == [("ORG/sinar makmur abadi", "Sinar Makmur Abadi")]


def test_resolve_place_named_in_the_article_is_cut_from_a_person_name():
    art = annotate("Juru bicara Istana Merdeka Rudi Hartawan berkata. Di Istana Merdeka, Rudi diam.",
                   [("Istana Merdeka Rudi Hartawan", "PER"), ("Istana Merdeka", "LOC"), ("Rudi", "PER")])
    facts = resolve([art])
    assert facts.articles[0].mention_entities == ("PER/rudi hartawan", "LOC/istana merdeka", "PER/rudi hartawan")
    assert facts.articles[0].annotated == art


def test_resolve_full_name_mislabelled_in_one_article_joins_the_person_of_another():
    one = annotate("Rina Kusuma berbicara di Bandung.", [("Rina Kusuma", "PER"), ("Bandung", "LOC")])
    two = annotate("Menurut Rina Kusuma, rapat ditunda.", [("Rina Kusuma", "ORG")])
    facts = resolve([one, two])
    people = [e for e in facts.entities if e.name == "Rina Kusuma"]
    assert [(e.label, e.key) for e in people] == [("PER", "PER/rina kusuma")]


def test_resolve_a_police_headquarters_is_its_unit():
    text = "Motor dibawa ke Mapolsek Palas. Kapolsek memimpin Polsek Palas sejak 2020."
    facts = resolve([annotate(text, [("Mapolsek Palas", "ORG"), ("Polsek Palas", "ORG")])])
    assert set(facts.articles[0].mention_entities) == {"ORG/polsek palas"}
    text = "Kasus ditangani Polres Metro Jakarta Timur. Polres Jakarta Timur menahan dua orang."
    facts = resolve([annotate(text, [("Polres Metro Jakarta Timur", "ORG"), ("Polres Jakarta Timur", "ORG")])])
    assert len(set(facts.articles[0].mention_entities)) == 1



def test_resolve_a_short_form_followed_by_its_long_form_in_brackets():
    text = ("Kejuaraan digelar Pengkab PBSI (Persatuan Bulu Tangkis Seluruh Indonesia) Pasuruan. "
            "Ketua Pengkab PBSI Pasuruan hadir. PBSI mencari bibit baru.")
    facts = resolve([annotate(text, [("PBSI", "ORG"), ("Persatuan Bulu Tangkis Seluruh Indonesia", "ORG"),
                                     ("Pengkab PBSI Pasuruan", "ORG"), ("PBSI", "ORG")])])
    nodes = facts.articles[0].mention_entities
    assert nodes[0] == nodes[1] == nodes[3] != nodes[2]


def test_resolve_a_venue_named_after_its_village_is_not_the_village():
    text = "Pelantikan di Lapangan Desa Kekiling. Warga Desa Kekiling hadir."
    facts = resolve([annotate(text, [("Lapangan Desa Kekiling", "LOC"), ("Desa Kekiling", "LOC")])])
    assert len(set(facts.articles[0].mention_entities)) == 2


def test_resolve_an_outlet_with_and_without_its_domain_ending():
    text = "JAKARTA, KABARSENJA.COM - Banjir surut. Kepada Kabarsenja, warga bercerita."
    facts = resolve([annotate(text, [("KABARSENJA.COM", "ORG"), ("Kabarsenja", "ORG")])])
    assert len(set(facts.articles[0].mention_entities)) == 1


def test_resolve_a_bodys_office_is_the_body():
    text = "Korban dibawa ke Kantor Basarnas Palembang. Basarnas Palembang mengerahkan tim."
    facts = resolve([annotate(text, [("Kantor Basarnas Palembang", "ORG"), ("Basarnas Palembang", "ORG")])])
    assert set(facts.articles[0].mention_entities) == {"ORG/basarnas palembang"}
    text = "Rapat di Kantor Staf Presiden. Staf Presiden hadir."  # "Staf" is a common word: part of the name
    facts = resolve([annotate(text, [("Kantor Staf Presiden", "ORG"), ("Staf Presiden", "ORG")])])
    assert len(set(facts.articles[0].mention_entities)) == 2
    text = "Kepala Kantor Kementerian Agama Kabupaten Pasaman hadir. Kementerian Agama Kabupaten Pasaman mencatat."
    facts = resolve([annotate(text, [("Kantor Kementerian Agama Kabupaten Pasaman", "ORG"),
                                     ("Kementerian Agama Kabupaten Pasaman", "ORG")])])
    assert len(set(facts.articles[0].mention_entities)) == 1  # a common word, but one that opens a body's name

@pytest.mark.parametrize(
    "text, spans",
    [
        ("Wakil Gubernur Basuki Tjahaja Purnama alias Ahok hadir. Ahok tersenyum.",
         [("Basuki Tjahaja Purnama", "PER"), ("Ahok", "PER"), ("Ahok", "PER")]),
        ("Kepala dinas Istirul Widiastuti hadir. Tirul-panggilan akrab Istirul menyatakan siap.",
         [("Istirul Widiastuti", "PER"), ("Tirul", "PER"), ("Istirul", "PER")]),
        ("Muhammad Abdullah yang akrab disapa Dullah menang. Dullah bersyukur.",
         [("Muhammad Abdullah", "PER"), ("Dullah", "PER"), ("Dullah", "PER")]),
        ("Juru bicara Muhammad Abdullah hadir. Ia senang, kata pria yang akrab disapa Dullah itu. Dullah pulang.",
         [("Muhammad Abdullah", "PER"), ("Dullah", "PER"), ("Dullah", "PER")]),
        # the nickname typed a place by the model: the words between say it is the person's
        ("Kepala Endang Saputra hadir. Inflasi turun, sebut Adang, sapaan akrab Endang.",
         [("Endang Saputra", "PER"), ("Adang", "LOC"), ("Endang", "PER")]),
        # a form of address before the nickname; "disapa" written as two words
        ("Bupati Andi Rudi Latif atau biasa disapa Bang Arul memimpin rapat. Bupati Bang Arul pulang.",
         [("Andi Rudi Latif", "PER"), ("Arul", "PER"), ("Arul", "PER")]),
        ("Guru Faisal Ali yang akrab di sapa Abu Sibreh mengajar. Abu Sibreh pulang.",
         [("Faisal Ali", "PER"), ("Abu Sibreh", "PER"), ("Abu Sibreh", "PER")]),
        # a rank before the full name after "sapaan akrab"
        ("Edhy sapaan akrab Kompol Supriady Idrus mengatakan hal itu. Kata Edhy lagi.",
         [("Edhy", "PER"), ("Supriady Idrus", "PER"), ("Edhy", "PER")]),
        # an age between the full name and "alias"
        ("Atlet Jauhari Amin Alkomi (29) alias Jo menang. Jo tampak senang.",
         [("Jauhari Amin Alkomi", "PER"), ("Jo", "PER"), ("Jo", "PER")]),
    ],
)
def test_resolve_a_nickname_the_article_gives_is_the_same_person(text, spans):
    facts = resolve([annotate(text, spans)])
    assert len(set(facts.articles[0].mention_entities)) == 1


def test_resolve_a_person_is_named_by_the_full_name_not_a_nickname_with_a_form_of_address():
    text = ("Kang Emil tiba. Kedatangan Kang Emil, sapaan akrab Ridwan Kamil, disambut santri. "
            "Ridwan Kamil tersenyum. Kang Emil pulang.")
    facts = resolve([annotate(text, [("Kang Emil", "PER"), ("Kang Emil", "PER"), ("Ridwan Kamil", "PER"),
                                     ("Ridwan Kamil", "PER"), ("Kang Emil", "PER")])])
    (person,) = facts.entities
    assert (person.key, person.name) == ("PER/ridwan kamil", "Ridwan Kamil")


def test_resolve_two_people_side_by_side_stay_apart():
    text = "Basuki Tjahaja Purnama, Joko Widodo dan Ahok hadir."
    facts = resolve([annotate(text, [("Basuki Tjahaja Purnama", "PER"), ("Joko Widodo", "PER"), ("Ahok", "PER")])])
    assert len(set(facts.articles[0].mention_entities)) == 3


@pytest.mark.parametrize(
    "first, second",
    [
        ("Andi Widjajanto", "Andi Wijayanto"),  # old and new spelling of one name
        ("Idham Khalik", "Idham Halik"),  # "kh" written "h"
        ("I Gusti Nyoman Gede Susila", "Gusti Susila"),  # a short form skipping middle names
        ("Tan Sri Muhyiddin Yassin", "Muhyiddin Yassin"),  # a Malaysian honorific is not the name
        ("Dato' Sri Ismail Sabri", "Ismail Sabri"),
        ("Wajidi Sayadi", "Wajidi Sayyidi"),  # a typo or a doubled letter in one word
        ("Sholahuddin Al Ayyubi", "Salahudin Al Ayubi"),
        ("Susiyanti", "Susyanti"),  # a long one-word name, one letter apart
        ("Jennifer Jill", "Jeniffer"),  # the short form misspelt
        ("Dedy Abdul Hamid", "Dedi Abdul Hamid"),  # a last "i" written "y"
        ("Kanisius Tuaq", "Kanis Tuaq"),  # a clipped first name before the same last name
        ("Edi Budi Susilo", "Edy"),  # the first name alone, its last "i" written "y"
        ("Hendra Marzuki", "Hendra Marzukie"),  # a last "i" written "ie"
        ("Abdulla", "Abdullah"),  # a last "a" written "ah", one letter written twice or once
    ],
)
def test_resolve_spelling_variants_and_shortened_names_in_one_article_are_one_person(first, second):
    art = annotate(f"{first} tiba di Bali. Kemudian {second} berbicara.", [(first, "PER"), (second, "PER")])
    facts = resolve([art])
    assert len({key for key in facts.articles[0].mention_entities}) == 1


def test_resolve_sri_is_a_given_name_unless_an_honorific_opens_it():
    assert person_tokens("Sri Mulyani") == ("sri", "mulyani")
    assert person_tokens("Tan Malaka") == ("tan", "malaka")
    assert person_tokens("Tan Sri Muhyiddin Yassin") == person_tokens("Dato' Sri Muhyiddin Yassin") == ("muhyiddin", "yassin")


def test_resolve_an_honorific_or_initial_glued_to_the_name_by_its_period():
    assert person_tokens("H.Muhammad Pagi") == person_tokens("H. Muhammad Pagi") == ("muhammad", "pagi")
    assert person_tokens("H. Lalu Firman Wijaya") == ("lalu", "firman", "wijaya")  # a noble title, not "then"
    art = annotate("Ketua Pengkab M.Ridwan tiba. Kemudian Ridwan berbicara.", [("M.Ridwan", "PER"), ("Ridwan", "PER")])
    assert len(set(resolve([art]).articles[0].mention_entities)) == 1


def test_resolve_a_middle_name_written_as_its_initial():
    art = annotate("Ketua M Zaim Ahmad Mashoem tiba. Kemudian M Zaim A Mashoem berbicara.",
                   [("M Zaim Ahmad Mashoem", "PER"), ("M Zaim A Mashoem", "PER")])
    assert len(set(resolve([art]).articles[0].mention_entities)) == 1
    art = annotate("Budi A Santoso tiba. Kemudian Budi B Santoso berbicara.",
                   [("Budi A Santoso", "PER"), ("Budi B Santoso", "PER")])
    assert len(set(resolve([art]).articles[0].mention_entities)) == 2


def test_resolve_first_names_written_as_their_initials():
    art = annotate("Bupati Fransiscus Xaverius Mote tiba. Kemudian Bupati F.X. Mote berbicara.",
                   [("Fransiscus Xaverius Mote", "PER"), ("F.X. Mote", "PER")])
    assert len(set(resolve([art]).articles[0].mention_entities)) == 1
    art = annotate("Fransiscus Xaverius Mote tiba. Kemudian A.B. Mote berbicara.",
                   [("Fransiscus Xaverius Mote", "PER"), ("A.B. Mote", "PER")])
    assert len(set(resolve([art]).articles[0].mention_entities)) == 2


def test_resolve_different_people_sharing_a_surname_stay_apart():
    art = annotate("Budi Santoso tiba. Siti Santoso berbicara.", [("Budi Santoso", "PER"), ("Siti Santoso", "PER")])
    assert len(set(resolve([art]).articles[0].mention_entities)) == 2


@pytest.mark.parametrize(
    "first, second",
    [
        ("Susanto", "Susanti"),  # the ending tells them apart
        ("Wahyudi", "Wahyuni"),
        ("Budi Hartono", "Budi Hartanto"),  # two edits in a short word
        ("Ahmad Fauzi", "Rahmad Fauzan"),  # no word kept exactly
        ("Rina", "Rini"),
    ],
)
def test_resolve_names_a_letter_or_two_apart_that_are_not_typos_stay_two_people(first, second):
    art = annotate(f"{first} tiba di Bali. Kemudian {second} berbicara.", [(first, "PER"), (second, "PER")])
    assert len(set(resolve([art]).articles[0].mention_entities)) == 2


def test_resolve_a_company_or_person_named_like_a_city_is_not_the_city():
    art = annotate("Toyota dan Daihatsu bersaing. Toyota menjual 100 unit. Kata Ahmad Daru Hudni, akrab disapa Daru.",
                   [("Toyota", "ORG"), ("Daihatsu", "ORG"), ("Toyota", "ORG"), ("Ahmad Daru Hudni", "PER"), ("Daru", "PER")])
    facts = resolve([art])
    keys = facts.articles[0].mention_entities
    assert keys[0] == keys[2] and keys[0].startswith("ORG/")  # every mention an organisation: the company
    assert keys[3] == keys[4] and keys[3].startswith("PER/")  # a nickname that is also a town in Papua New Guinea
    city = annotate("Vladivostok ramai.", [("Vladivostok", "PER")])
    assert resolve([city]).articles[0].mention_entities[0].startswith("LOC/geonames/")


def test_resolve_a_person_opening_a_companys_name_is_the_company():
    art = annotate("PT Harta Djaya Karya Tbk membukukan laba. Harta Djaya juga menambah modal. Budi Santoso hadir.",
                   [("PT Harta Djaya Karya Tbk", "ORG"), ("Harta Djaya", "PER"), ("Budi Santoso", "PER")])
    keys = resolve([art]).articles[0].mention_entities
    assert keys[0] == keys[1] and keys[0].startswith("ORG/") and keys[2].startswith("PER/")


def test_resolve_a_body_written_once_with_its_kind_is_a_body_however_often_its_short_name_was_a_person():
    art = annotate("Universitas Bengkulu (Unib) menggelar wisuda. Unib bangga. Rektor Unib hadir.",
                   [("Universitas Bengkulu", "ORG"), ("Unib", "PER"), ("Unib", "PER"), ("Unib", "PER")])
    keys = resolve([art]).articles[0].mention_entities
    assert len(set(keys)) == 1 and keys[0].startswith("ORG/")


def test_resolve_a_place_takes_part_in_no_event_unless_a_country_or_a_capital():
    art = annotate("Jemaah berangkat dari Masjid Bir Ali. Moskow menjatuhkan sanksi. Rusia marah.",
                   [("Masjid Bir Ali", "LOC"), ("Moskow", "LOC"), ("Rusia", "LOC")],
                   events=[("Departure", [0], None, None), ("Sanction", [1], None, None), ("Statement", [2], None, None)])
    events = resolve([art]).events
    assert sorted(e.type for e in events) == ["Sanction", "Statement"]


def test_resolve_a_region_in_a_body_name_is_the_same_place_as_the_region_named_alone():
    art = annotate(
        "Longsor terjadi di Kabupaten Bogor. Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Bogor turun.",
        [("Kabupaten Bogor", "LOC"), ("Badan Penanggulangan Bencana Daerah", "ORG"), ("BPBD", "ORG"),
         ("Kabupaten Bogor", "LOC")],
    )
    keys = resolve([art]).articles[0].mention_entities
    assert keys[0] == keys[3] and keys[0].startswith("LOC/region/")


def test_resolve_a_bare_region_name_in_a_body_name_is_the_region_the_article_links():
    art = annotate(
        "Harianjogja.com, BANTUL - Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans) Bantul memberi izin.",
        [("Harianjogja.com", "ORG"), ("BANTUL", "LOC"), ("Dinas Tenaga Kerja dan Transmigrasi", "ORG"),
         ("Disnakertrans", "ORG"), ("Bantul", "LOC")],
    )
    keys = resolve([art]).articles[0].mention_entities
    assert keys[1] == keys[4] and keys[1].startswith("LOC/region/")


def test_resolve_a_region_in_a_body_name_is_the_region_its_level_word_tells_from_its_namesake():
    art = annotate(
        "Empat desa di Kabupaten Kepahiang belum cair. Dinas Sosial (Dinsos) Kabupaten Kepahiang mendata. "
        "Kantor itu di Kecamatan Kepahiang.",
        [("Kabupaten Kepahiang", "LOC"), ("Dinas Sosial", "ORG"), ("Dinsos", "ORG"), ("Kabupaten Kepahiang", "LOC"),
         ("Kecamatan Kepahiang", "LOC")],
    )
    keys = resolve([art]).articles[0].mention_entities
    assert keys[0] == keys[3] != keys[4] and keys[0].startswith("LOC/region/")


def test_resolve_a_region_written_without_its_first_word_is_the_region_the_article_links():
    art = annotate(
        "Calon tunggal ada di Kabupaten Pegunungan Arfak, Papua Barat. Komunikasi dengan Kabupaten Arfak sulit. "
        "Warga Desa Nanga Kiungkang memanen sawit; harga di Kiungkang turun. Di Barat tidak.",
        [("Kabupaten Pegunungan Arfak", "LOC"), ("Papua Barat", "LOC"), ("Kabupaten Arfak", "LOC"),
         ("Desa Nanga Kiungkang", "LOC"), ("Kiungkang", "LOC"), ("Barat", "LOC")],
    )
    keys = resolve([art]).articles[0].mention_entities
    assert keys[0] == keys[2] and keys[0].startswith("LOC/region/")
    assert keys[3] == keys[4] and keys[3].startswith("LOC/region/")
    assert keys[5] != keys[1]  # a compass word ends many names: it names none of them


def test_resolve_a_region_written_with_or_without_a_final_h_is_the_region_the_article_links():
    art = annotate(
        "Masjid di Desa Sungai Jernih, Kabupaten Musi Rawas Utara, diresmikan. Warga Sungai Jerni bergotong royong. "
        "Kantor Kecamatan Meureuboh "
        "disegel; Camat Meureubo datang dari Kecamatan Meureubo.",
        [("Desa Sungai Jernih", "LOC"), ("Kabupaten Musi Rawas Utara", "LOC"), ("Sungai Jerni", "LOC"),
         ("Kecamatan Meureuboh", "LOC"), ("Kecamatan Meureubo", "LOC")],
    )
    keys = resolve([art]).articles[0].mention_entities
    assert keys[0] == keys[2] and keys[3] == keys[4] and keys[0].startswith("LOC/region/")


def _with_headline(art: AnnotatedArticle, quotes=(), roles=()) -> AnnotatedArticle:
    from dataclasses import replace

    return replace(art, article=replace(art.article, title=art.article.text.split("\n")[0]),
                   quotes=tuple(quotes), roles=tuple(roles))


def test_a_headline_name_the_body_never_names_is_left_out_and_the_rest_keep_their_places():
    from kg.records import Quote, Role

    text = ("Rehab Balai Desa Selesai, Kapolres Budi Santoso Tenangkan Warga\n"
            "Warga mendatangi Polsek Tersono. Kapolres Budi Santoso mengatakan situasi aman.")
    art = annotate(text, [("Rehab Balai Desa", "ORG"), ("Budi Santoso", "PER"), ("Polsek Tersono", "ORG"),
                          ("Budi Santoso", "PER")],
                   events=[("Meeting", [0], None, None), ("Meeting", [0, 3], 2, None)])
    quote = Quote(text.index("situasi"), len(text) - 1, "situasi aman", 3, 0, "mengatakan", False)
    role = Role(0, 8, "Kapolres", 3, 2, 0)
    facts = resolve([_with_headline(art, [quote], [role])])
    (resolved,) = facts.articles
    mentions = resolved.annotated.mentions
    assert [m.text for m in mentions] == ["Budi Santoso", "Polsek Tersono", "Budi Santoso"]
    assert "ORG/rehab balai desa" not in {e.key for e in facts.entities}
    assert mentions[resolved.annotated.quotes[0].speaker].start > text.index("\n")
    (kept_role,) = resolved.annotated.roles
    assert (mentions[kept_role.person].text, mentions[kept_role.affiliation].text) == ("Budi Santoso", "Polsek Tersono")
    (event,) = resolved.annotated.events  # the one whose only participant went, went
    assert [mentions[p].start > text.index("\n") for p in event.participants] == [True]
    assert mentions[event.place].text == "Polsek Tersono"


def test_headline_names_stay_when_the_body_names_nothing_or_an_article_has_no_headline():
    only = _with_headline(annotate("Banjir Rendam Cilacap\nHujan deras turun sejak pagi.", [("Cilacap", "LOC")]))
    untitled = annotate("Polsek Digeruduk Warga\nWarga datang ke Polres Tegal.", [("Polsek Digeruduk", "ORG"), ("Polres Tegal", "ORG")])
    facts = resolve([only, untitled])
    assert sorted(m.text for a in facts.articles for m in a.annotated.mentions) == ["Cilacap", "Polres Tegal", "Polsek Digeruduk"]


def test_resolve_a_persons_initials_the_article_writes_as_a_short_form():
    text = ("Bupati Markus Dairo Tallu meresmikan rumah sakit. Dibangun atas perjuangan Bupati MDT, kata dia. "
            "MDT berterima kasih.")
    art = annotate(text, [("Markus Dairo Tallu", "PER"), ("MDT", "LOC"), ("MDT", "LOC")])
    facts = resolve([art])
    assert {k for ra in facts.articles for k in ra.mention_entities} == {"PER/markus dairo tallu"}
    # a body's acronym a name explains stays that body's, even if a person's initials spell it
    text = "Komisi Pemilihan Umum (KPU) bersidang. Ketua Kartika Putri Utami hadir. KPU menolak."
    art = annotate(text, [("Komisi Pemilihan Umum", "ORG"), ("KPU", "ORG"), ("Kartika Putri Utami", "PER"), ("KPU", "ORG")])
    keys = {k for ra in resolve([art]).articles for k in ra.mention_entities}
    assert "PER/kartika putri utami" in keys and len(keys) == 2


def test_resolve_a_nickname_marked_after_it_is_the_office_holder_named_before():
    from dataclasses import replace

    from kg.records import Role

    text = ("Pelatih Persiku Budi Hartanto bersyukur. Gol dicetak Joko Susilo. "
            '"Kami sabar," kata Obe, sapaannya.')
    art = annotate(text, [("Persiku", "ORG"), ("Budi Hartanto", "PER"), ("Joko Susilo", "PER"), ("Obe", "PER")])
    art = replace(art, roles=(Role(0, 7, "Pelatih", 1, 0, 0),))
    keys = resolve([art]).articles[0].mention_entities
    assert keys[3] == keys[1] != keys[2]  # the coach, not the player named last


def test_resolve_a_nickname_given_after_an_office_is_that_offices_holder():
    from dataclasses import replace

    from kg.records import Role

    for office in ("Wali Kota", "Bupati"):  # "hadir Bupati yang ...": the office, not the word before it
        text = (f"{office} Mojokerto Ika Puspitasari membuka rapat. Hadir pula Budi Hartanto. "
                f"Kemudian hadir {office} yang akrab disapa Ning Ita.")
        art = annotate(text, [("Mojokerto", "LOC"), ("Ika Puspitasari", "PER"), ("Budi Hartanto", "PER"),
                              ("Ning Ita", "PER")])
        art = replace(art, roles=(Role(0, len(office), office, 1, 0, 0),))
        keys = resolve([art]).articles[0].mention_entities
        assert keys[3] == keys[1] != keys[2]  # the mayor, not the person named last
