"""The official region list (kg.regions) and the per-article linker (kg.link_regions)."""

from __future__ import annotations

import pytest

from kg import regions
from kg.link_regions import AMBIGUOUS, BELOW_VILLAGE, NOT_IN_LIST, RegionLink, link_regions


def codes(results) -> list:
    return [r.region.code if isinstance(r, RegionLink) else r for r in results]


def test_regions_list_has_every_level():
    upper = regions.all_regions()
    counts = {level: sum(r.level == level for r in upper) for level in regions.LEVELS[:4]}
    assert counts[regions.PROVINCE] == 38
    assert counts[regions.REGENCY] + counts[regions.CITY] == 514
    assert counts[regions.DISTRICT] > 7000
    assert regions.region("32.04") == regions.Region("32.04", "Bandung", regions.REGENCY)
    assert regions.region("32.73").level == regions.CITY
    assert regions.region("33.01.11.2001").name == "Tinggarjaya"
    assert regions.region("99.99") is None


def test_regions_ancestors_nearest_first():
    village = regions.region("33.01.11.2001")
    assert [r.code for r in regions.ancestors(village)] == ["33.01.11", "33.01", "33"]
    assert regions.ancestors(regions.region("33")) == ()


def test_regions_candidates_by_level_and_spelling():
    assert [r.code for r in regions.candidates("BANDUNG", (regions.REGENCY, regions.CITY))] == ["32.04", "32.73"]
    assert [r.code for r in regions.candidates("Bandung", (regions.CITY,))] == ["32.73"]
    assert len(regions.candidates("Sukamaju", (regions.VILLAGE,))) > 10


def test_regions_candidates_with_words_joined_or_split_as_the_news_writes_them():
    upper = (regions.PROVINCE, regions.REGENCY, regions.CITY, regions.DISTRICT)
    assert [r.code for r in regions.candidates("PANGKALPINANG", upper)] == ["19.71"]
    assert [r.code for r in regions.candidates("Gunung Kidul", upper)] == ["34.03"]
    assert regions.candidates("Xyz Abc", upper) == ()


@pytest.mark.parametrize("code", ["32", "32.04", "32.04.05", "32.04.05.2001"])
def test_regions_code_form(code):
    assert regions.is_region_code(code)


@pytest.mark.parametrize("code", ["3", "32.4", "3204", "32.04.05.201", "32.04.x"])
def test_regions_code_form_rejects(code):
    assert not regions.is_region_code(code)


def test_link_every_province_and_regency_with_its_level_word():
    """Every province, regency and city of the list, written with its level word, links to its code."""
    written = {regions.PROVINCE: "Provinsi", regions.REGENCY: "Kabupaten", regions.CITY: "Kota"}
    upper = [r for r in regions.all_regions() if r.level in written]
    assert len(upper) == 38 + 514
    names = [f"{written[r.level]} {r.name}" for r in upper]
    wrong = [(n, r.code, got) for n, r, got in zip(names, upper, codes(link_regions(names))) if got != r.code]
    assert wrong == []


def test_link_short_forms_and_abbreviated_level_words():
    found = codes(link_regions(["Jabar", "Jatim", "Sumut", "DKI", "KBB", "Kab. Cilacap", "Kec. Cileunyi"]))
    assert found == ["32", "35", "12", "31", "32.17", "33.01", "32.04.05"]


def test_link_a_regencys_conventional_short_form_to_the_regency():
    found = codes(link_regions(["Kukar", "PPU", "Kuansing", "Madina", "TTS", "Sidrap", "Mura", "KTT"]))
    # "Mura" is Murung Raya and Musi Rawas, "KTT" also a summit: left to the context, not linked alone
    assert found == ["64.02", "64.09", "14.09", "12.13", "53.02", "73.14", None, None]


def test_link_a_provinces_epithet_to_the_province():
    found = codes(link_regions(["Pulau Dewata", "Bumi Parahiyangan", "Serambi Mekah", "Bumi Cendrawasih"]))
    assert found == ["51", "32", "11", "91"]


def test_link_an_island_regency_written_without_kepulauan_or_pulau():
    # "Kepulauan X" written "X": not when X is another region ("Riau") or a common word ("Seribu", a thousand)
    found = codes(link_regions(["Tanimbar", "Bangka Belitung", "Riau", "Seribu"]))
    assert found[:3] == ["81.03", "19", "14"] and found[3] != "31.01"
    assert codes(link_regions(["Morotai", "Taliabu"])) == ["82.07", "82.08"]  # "Pulau X" written "X"


def test_link_unique_bare_names_but_not_ambiguous_ones():
    assert codes(link_regions(["Cilacap", "Jawa Barat", "Papua", "Bandung", "Kim Jong Un"])) == [
        "33.01", "32", "91", AMBIGUOUS, None]


def test_link_level_word_decides_between_regency_and_city():
    assert codes(link_regions(["Kota Bandung", "Kabupaten Bandung"])) == ["32.73", "32.04"]


def test_link_ambiguous_name_decided_by_a_region_named_in_the_article():
    # "Bandung" is the regency when the article names one of its districts...
    assert codes(link_regions(["Bandung", "Kecamatan Cileunyi"])) == ["32.04", "32.04.05"]
    # ... and districts written bare are linked only inside a region the article names.
    assert codes(link_regions(["Gandrungmangu"])) == [None]
    assert codes(link_regions(["Kabupaten Cilacap", "Gandrungmangu"])) == ["33.01", "33.01.10"]


def test_link_ambiguous_name_decided_by_the_dateline():
    assert codes(link_regions(["Kecamatan Sidareja", "Gandrungmangu"], dateline="CILACAP"))[1] == "33.01.10"


def test_link_village_decided_by_its_district_not_by_the_regency_alone():
    # Three villages called Sidamulya lie in Cilacap; the district named decides which.
    assert codes(link_regions(["Kabupaten Cilacap", "Desa Sidamulya"])) == ["33.01", AMBIGUOUS]
    found = codes(link_regions(["Desa Sidamulya", "Kecamatan Sidareja", "Kabupaten Cilacap"]))
    assert found == ["33.01.11.2003", "33.01.11", "33.01"]


def test_link_unlinked_reasons():
    found = codes(link_regions(["Dusun Krajan", "Kecamatan Tidakada", "Kota Bandung RT 07 RW 03", "Sukamaju"]))
    assert found == [BELOW_VILLAGE, NOT_IN_LIST, "32.73", None]


def test_link_parents_run_up_to_the_province():
    [link] = link_regions(["Kecamatan Sidareja"])
    assert [p.code for p in link.parents] == ["33.01", "33"] and link.decided_by == "level word"


def test_link_bare_district_inside_an_ambiguous_regency_or_city_name_decides_both():
    # "Sukabumi" is a regency and a city; Cicurug lies only in the regency, so both are decided.
    assert codes(link_regions(["Sukabumi", "Cicurug"])) == ["32.02", "32.02.16"]
    # A bare name that is itself a district of an ambiguous name stays undecided.
    assert codes(link_regions(["Sukabumi"])) == [AMBIGUOUS]


def test_link_desa_adat_is_a_village_level_word():
    # Bali's customary village is named as the list's village of that name.
    assert codes(link_regions(["Desa Adat Bona", "Kabupaten Gianyar"])) == ["51.04.02.2009", "51.04"]


def test_link_dateline_only_one_district_has_decides_it():
    # One district and six villages are called Penengahan; a dateline names the district.
    assert codes(link_regions(["PENENGAHAN"], dateline="PENENGAHAN")) == ["18.01.09"]
    assert codes(link_regions(["Penengahan"])) == [None]


def test_link_bare_regency_name_not_decided_as_a_district_of_another_region_named():
    # Pekalongan is a regency, a city and a district of Lampung Timur: a list of regencies
    # naming Lampung Timur does not make it the district.
    assert codes(link_regions(["Lampung Timur", "Pekalongan", "Blora"])) == ["18.07", AMBIGUOUS, "33.16"]
    # A district inside the regency still decides it.
    assert codes(link_regions(["Pekalongan", "Kajen"]))[0] == "33.26"


def test_link_bare_district_beside_a_district_of_the_same_regency():
    # Muara Badak and Loa Janan are both districts of Kutai Kartanegara.
    assert codes(link_regions(["Kecamatan Loa Janan", "Muara Badak"])) == ["64.02.03", "64.02.05"]
    assert codes(link_regions(["Muara Badak"])) == [None]
    # A province named does not decide a district by itself.
    assert codes(link_regions(["Kalimantan Timur", "Muara Badak"])) == ["64", None]


def test_regions_candidates_take_both_spellings_when_one_is_a_name_too():
    # "Batulicin" is a kelurahan; "Batu Licin" its district.
    found = regions.candidates("BATULICIN", (regions.DISTRICT, regions.URBAN_VILLAGE))
    assert [r.code for r in found] == ["63.10.01", "63.10.01.1007"]


def test_link_address_decides_each_of_two_villages_of_one_name():
    # "Sungaicuka" lies in Satui, "Sungai Cuka" in Kintap: each is the one its own address names.
    names = ["desa Sungai Cuka", "Kecamatan Satui", "Tanah Bumbu", "Desa Sungai Cuka", "Kec. Kintap"]
    assert codes(link_regions(names)) == [AMBIGUOUS, "63.10.04", "63.10", AMBIGUOUS, "63.01.07"]
    found = codes(link_regions(names, addresses=[1, 2, None, 4, None]))
    assert found == ["63.10.04.2005", "63.10.04", "63.10", "63.01.07.2004", "63.01.07"]


def test_resolve_region_links_take_the_address_from_the_text():
    from kg.link import link_place
    from kg.resolve.regions import region_links

    from tests.test_resolve import annotate

    text = "Batas desa Sungai Cuka Kecamatan Satui dengan Desa Sungai Cuka, Kec. Kintap dibahas."
    art = annotate(text, [("desa Sungai Cuka", "LOC"), ("Kecamatan Satui", "LOC"), ("Desa Sungai Cuka", "LOC"),
                          ("Kec. Kintap", "LOC")])
    links = {(0, i): found for i, m in enumerate(art.mentions) if (found := link_place(m.text))}
    found = region_links([art], links)
    assert [found[(0, i)].region.code for i in range(4)] == ["63.10.04.2005", "63.10.04", "63.01.07.2004", "63.01.07"]


def test_link_office_before_a_name_tells_its_level():
    assert codes(link_regions(["Bupati Bandung", "Wali Kota Bandung", "Gubernur DKI", "Camat Sidareja"])) == [
        "32.04", "32.73", "31", "33.01.11"]
    assert link_regions(["Bupati Kudus"])[0].decided_by == "office"
    # no region of the office's level has the name: read as a bare name
    assert codes(link_regions(["Gubernur Cilacap", "Bupati Anies"])) == ["33.01", None]


@pytest.mark.parametrize(("before", "office"), [("Plt Bupati ", "Bupati"), ("kata wali  kota ", "wali kota"),
                                                ("Kepala Desa ", "Kepala Desa"), ("Bupati Kudus dan ", None)])
def test_link_office_before(before, office):
    from kg.link_regions import office_before

    assert office_before(before) == office


def test_resolve_region_name_abroad_is_the_region_after_its_head_office():
    from kg.link import link_place
    from kg.resolve.regions import region_links

    from tests.test_resolve import annotate

    art = annotate("Plt Bupati Kudus Hartopo bersaksi. Umat berdoa di Kudus.", [("Kudus", "LOC"), ("Kudus", "LOC")])
    links = {(0, i): found for i, m in enumerate(art.mentions) if (found := link_place(m.text))}
    assert links[(0, 0)].country == "IL"  # Kudus is Jerusalem too
    found = region_links([art], links)
    assert found[(0, 0)].region.code == "33.19" and (0, 0) not in links
    assert (0, 1) not in found and links[(0, 1)].country == "IL"


def test_link_address_decides_a_district_in_its_province():
    # Two districts are called Belitang; the one in South Sumatra, whose capital Palembang is.
    assert codes(link_regions(["Belitang", "Palembang"], addresses=[1, None])) == ["16.08.03", "16.71"]
    assert codes(link_regions(["Belitang", "Palembang"])) == [None, "16.71"]
    assert codes(link_regions(["Bupati Belitang", "Palembang"], addresses=[1, None])) == [None, "16.71"]


def test_link_bare_name_outside_the_province_of_its_address_is_not_linked():
    # "di kawasan Kuningan, Jakarta": Kuningan the regency lies in West Java.
    assert codes(link_regions(["Kuningan", "Jakarta"], addresses=[1, None])) == [AMBIGUOUS, "31"]
    assert codes(link_regions(["Kuningan", "Jawa Barat"], addresses=[1, None])) == ["32.08", "32"]
    # a list of regencies is no address
    assert codes(link_regions(["Kuningan", "Cilacap"], addresses=[1, None])) == ["32.08", "33.01"]


def test_regions_children_of_a_region():
    villages = regions.children("33.01.11")
    assert "33.01.11.2001" in [v.code for v in villages] and all(v.code.startswith("33.01.11.") for v in villages)
    assert {r.level for r in regions.children("33")} == {regions.REGENCY, regions.CITY}
    assert "33.01.11" in [r.code for r in regions.children("33.01")]
    assert regions.children("99.99.99") == () and regions.children("99") == ()


def test_link_village_spelt_with_another_vowel_in_its_district():
    # The list writes Talaga; the news "Desa Telaga, Kecamatan Mancak".
    found = codes(link_regions(["Desa Telaga", "Kecamatan Mancak", "Kabupaten Serang"], addresses=[1, 2, None]))
    assert found == ["36.04.32.2004", "36.04.32", "36.04"]
    assert codes(link_regions(["Desa Telaga"])) == [AMBIGUOUS]


def test_link_address_decides_a_name_spelt_with_one_other_vowel():
    assert codes(link_regions(["Janeponto", "Sulsel"], addresses=[1, None])) == ["73.04", "73"]
    assert codes(link_regions(["Janeponto", "Sulsel"])) == [None, "73"]


def test_resolve_region_after_the_head_of_a_police_or_army_unit_is_the_units_not_a_place():
    from kg.resolve.regions import region_links

    from tests.test_resolve import annotate

    text = "Kata mantan Kapolres Cilacap itu, Dandim Kudus hadir di Cilacap."
    art = annotate(text, [("Cilacap", "LOC"), ("Kudus", "LOC"), ("Cilacap", "LOC")])
    found = region_links([art], {})
    assert sorted(found) == [(0, 2)] and found[(0, 2)].region.code == "33.01"


def test_resolve_name_geonames_puts_abroad_is_a_district_of_a_region_the_article_names():
    from kg.link import link_place
    from kg.resolve.regions import region_links

    from tests.test_resolve import annotate

    art = annotate("Banjir di Baki, Kabupaten Sukoharjo, surut. Wali kota Baki hadir.", [("Baki", "LOC"),
                   ("Kabupaten Sukoharjo", "LOC")])
    alone = annotate("Delegasi tiba di Baki kemarin.", [("Baki", "LOC")])
    links = {(p, i): found for p, a in enumerate([art, alone]) for i, m in enumerate(a.mentions)
             if (found := link_place(m.text))}
    assert links[(0, 0)].country != "ID"  # Baku
    found = region_links([art, alone], links)
    assert found[(0, 0)].region.code == "33.11.10" and (0, 0) not in links
    assert (1, 0) not in found and links[(1, 0)].country != "ID"


def test_link_regency_name_the_list_has_shortened_is_the_regency_of_its_first_words():
    # Toba Samosir has been Toba since 2020; a village name is its own village.
    assert codes(link_regions(["Kabupaten Toba Samosir", "Kabupaten Bogor Selatan"])) == ["12.12", "32.01"]
    assert codes(link_regions(["Desa Tinggarjaya Kidul"])) == [NOT_IN_LIST]


def test_resolve_region_written_right_after_a_body_is_the_bodys_unit_not_a_place():
    from kg.resolve.regions import region_links

    from tests.test_resolve import annotate

    text = "Berkas dikirim ke Pengadilan Negeri Cilacap dan Kepolisian Resor (Polres) Kudus. Banjir di Cilacap, Bupati."
    art = annotate(text, [("Pengadilan Negeri", "ORG"), ("Cilacap", "LOC"), ("Polres", "ORG"), ("Kudus", "LOC"),
                          ("Cilacap", "LOC")])
    found = region_links([art], {})
    assert sorted(found) == [(0, 4)] and found[(0, 4)].region.code == "33.01"


def test_link_address_ending_in_a_city_the_region_is_not_in_is_the_province_named_after_it():
    # Sleman lies in the Special Region of Yogyakarta, not in the city.
    assert codes(link_regions(["Sleman", "Yogyakarta"], addresses=[1, None])) == ["34.04", "34"]
    assert codes(link_regions(["Sleman", "Yogyakarta"])) == ["34.04", "34.71"]
    assert codes(link_regions(["Sleman", "Yogyakarta", "Bantul"], addresses=[1, 2, None])) == ["34.04", "34.71", "34.02"]


def test_resolve_province_decided_by_an_address_drops_the_city_link():
    from kg.link import link_place
    from kg.resolve.regions import region_links

    from tests.test_resolve import annotate

    art = annotate("Syuting di Sleman, Yogyakarta, selesai.", [("Sleman", "LOC"), ("Yogyakarta", "LOC")])
    links = {(0, i): found for i, m in enumerate(art.mentions) if (found := link_place(m.text))}
    found = region_links([art], links)
    assert found[(0, 1)].region.code == "34" and (0, 1) not in links


def test_resolve_short_form_the_article_defines_in_brackets_after_a_region():
    from kg.resolve.regions import region_links

    from tests.test_resolve import annotate

    text = ("Dinas Pertanian Kabupaten Konawe Selatan (Konsel) dan Dinas Kesehatan Jawa Barat (Dinkes) memanen "
            "padi. Petani di Konsel senang, Dinkes juga.")
    art = annotate(text, [("Konsel", "LOC"), ("Konsel", "LOC"), ("Dinkes", "LOC")])
    found = region_links([art], {})
    assert sorted(found) == [(0, 0), (0, 1)] and found[(0, 1)].region.code == "74.05"


def test_link_village_written_as_one_is_decided_by_the_one_village_of_that_name_in_a_named_regency():
    # Two villages are called Tinggarjaya, one of them in Cilacap; a "Kampung" may be a hamlet.
    assert codes(link_regions(["Kabupaten Cilacap", "Desa Tinggarjaya"])) == ["33.01", "33.01.11.2001"]
    assert codes(link_regions(["Kabupaten Cilacap", "Kampung Tinggarjaya"])) == ["33.01", AMBIGUOUS]
    assert codes(link_regions(["Desa Tinggarjaya"])) == [AMBIGUOUS]


def test_resolve_region_ending_a_capitalised_run_that_starts_with_a_body_is_the_bodys_unit():
    from kg.resolve.regions import region_links

    from tests.test_resolve import annotate

    text = "Berkas dikirim ke Pengadilan Tindak Pidana Korupsi Cilacap. Sidang KPK Rabu di Cilacap."
    art = annotate(text, [("Pengadilan Tindak Pidana", "ORG"), ("Cilacap", "LOC"), ("KPK", "ORG"), ("Cilacap", "LOC")])
    found = region_links([art], {})
    assert sorted(found) == [(0, 3)] and found[(0, 3)].region.code == "33.01"


def test_link_short_forms_built_from_names_that_end_in_a_compass_word():
    found = codes(link_regions(["Haltim", "Tangsel", "Lamsel", "Rohul", "Sumatera", "Jabar"]))
    assert found == ["82.06", "36.74", "18.01", "14.06", None, "32"]  # the hand list wins: Jabar is West Java
    # three words: "Bolaang Mongondow Selatan" / "Timur"; not two letters of the first word ("Sebar")
    assert codes(link_regions(["Bolsel", "Boltim", "Sebar"])) == ["71.11", "71.10", None]


def test_link_bare_place_that_is_one_village_of_a_named_regency_and_no_district_is_that_village():
    assert codes(link_regions(["Kabupaten Cilacap", "Tinggarjaya"])) == ["33.01", "33.01.11.2001"]
    assert codes(link_regions(["Tinggarjaya"])) == [None]
    # Karangreja: three villages of Cilacap; Sidareja: a district, decided only as one
    assert codes(link_regions(["Kabupaten Cilacap", "Karangreja"])) == ["33.01", None]


def test_link_bare_name_whose_address_is_a_city_holding_a_place_of_that_name_is_not_the_far_regency():
    # Surabaya has a kelurahan Jepara; Sleman has none, so there it is a list of two regencies.
    assert codes(link_regions(["Jepara", "Surabaya"], addresses=[1, None])) == [AMBIGUOUS, "35.78"]
    assert codes(link_regions(["Jepara", "Sleman"], addresses=[1, None])) == ["33.20", "34.04"]


def test_resolve_bare_town_geonames_knows_that_one_district_has_is_that_district():
    from kg.link import link_place
    from kg.resolve.regions import region_links

    from tests.test_resolve import annotate

    # Cibinong: a town GeoNames knows and one district (Bogor); Soreang: two districts.
    art = annotate("Banjir melanda Cibinong dan Soreang.", [("Cibinong", "LOC"), ("Soreang", "LOC")])
    links = {(0, i): found for i, m in enumerate(art.mentions) if (found := link_place(m.text))}
    found = region_links([art], links)
    assert sorted(found) == [(0, 0)] and found[(0, 0)].region.code == "32.01.01"
    assert found[(0, 0)].decided_by == "town" and (0, 0) not in links


def test_link_a_short_form_written_with_its_level_word():
    # "Provinsi Kalbar": the short form at the level written; a regency's short form after "Provinsi" is not one
    assert codes(link_regions(["Provinsi Kalbar", "Provinsi Jatim"])) == ["61", "35"]


def test_link_a_syllabic_contraction_of_a_region_the_article_names_in_full():
    # "Tala" and "Mura" are in no list; the article names Tanah Laut and Murung Raya in full
    found = codes(link_regions(["Kabupaten Tanah Laut", "Kabupaten Tala", "Tala", "Murung Raya", "Mura"]))
    assert found == ["63.01", "63.01", "63.01", "62.12", "62.12"]
    assert codes(link_regions(["Kabupaten Tala"])) == [NOT_IN_LIST]  # nothing it contracts is named: no link


def test_link_an_abbreviated_level_word_glued_to_the_name_by_its_period():
    assert codes(link_regions(["Kab.Cilacap", "Kec.Cileunyi"])) == ["33.01", "32.04.05"]
