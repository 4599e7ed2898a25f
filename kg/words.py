"""Indonesian words that name the kind of a place, shared by the NLP rules and the resolver.

Closed classes of the language, not names: the administrative levels a region is written with
("Kabupaten Cilacap", "Desa Baros") and the kinds of facility a venue is named with
("Stadion Si Jalak Harupat").
"""

LEVEL_WORDS = frozenset({
    "provinsi", "kabupaten", "kab", "kota", "kotamadya", "kecamatan", "kec", "desa", "kelurahan",
    "kampung", "dusun", "nagari", "gampong",
})
FACILITY_WORDS = frozenset({
    "stadion", "bandara", "bandar", "stasiun", "pelabuhan", "terminal", "gedung", "gelanggang", "masjid",
    "pasar", "jalan", "jl", "sungai", "gunung", "pulau", "danau", "pantai", "taman", "lapangan", "sirkuit", "dermaga",
    "pendopo", "aula", "balai",  # a regent's pavilion, a hall: "Pendopo Kabupaten Pati", "Balai Desa Silir"
})
# Words that name an area of a place and open its name ("Kawasan Puncak", "Perairan Tanjung Pasir",
# "Negara Bagian Sarawak", "Jalur Gaza"): the NER corpora write each of them before a place name and as the
# first word of one (kawasan 49 / 14 times, wilayah 82 / 5, negara 29 / 5, negeri 20 / 4, distrik 4 / 9,
# perairan 5 / 2, jalur 3 / 8, kompleks 5 / 21); "Teluk", "Selat", "Tanjung" open other places' names. So does
# "Kepulauan" (the islands), in 27 place names of the corpora: "Kepulauan Selayar" is written "Selayar" too.
AREA_WORDS = frozenset({"kawasan", "wilayah", "negara bagian", "negeri", "distrik", "perairan", "jalur", "kompleks",
                        "komplek", "kepulauan"})
# Kinds of place written in two or three words: alone ("dirawat di Rumah Sakit"), they name none.
FACILITY_KINDS = frozenset({"rumah sakit", "rumah sakit umum", "rumah sakit umum daerah", "rumah tahanan",
                            "lembaga pemasyarakatan", "pusat kesehatan masyarakat"})
# Words that open the name of an organisation and never a person's: "Universitas Bengkulu", "Dinas
# Kesehatan", "Partai Golkar" ("Kantor", "Pusat" or "Tim" may open a place's or a person's).
BODY_WORDS = frozenset({
    "universitas", "institut", "politeknik", "akademi", "kementerian", "dinas", "badan", "komisi", "lembaga",
    "direktorat", "partai", "fraksi", "bank", "pt", "cv", "yayasan", "kejaksaan", "pengadilan", "mahkamah",
    "kepolisian", "polres", "polsek", "polda", "dewan", "majelis", "himpunan", "perhimpunan", "ikatan",
    "persatuan", "asosiasi", "paguyuban", "serikat", "federasi", "koperasi", "perkumpulan", "organisasi",
})
# The first words of an envoy's office ("Duta Besar", "Konsul Jenderal", "Kuasa Usaha"): the country after it sends
# the envoy; a place after "di" is the envoy's post ("Konsul Jenderal Australia di Bali").
ENVOYS = frozenset({"duta", "dubes", "konsul", "konjen", "kuasa"})

# The boards of a party's or an association's branches, national to local (Dewan Pimpinan Pusat / Wilayah / Daerah /
# Cabang): "DPD Partai Golkar Kota Pariaman", "DPC FKUI", "DPP NasDem".
BRANCH_BOARDS = frozenset({"dpp", "dpw", "dpd", "dpc"})

# The religions Indonesia recognises (Penetapan Presiden 1/1965 and its elucidation, Khonghucu again since 2000),
# with their common spellings: a religion is no person, place or body ("umat Buddha", "agama Konghucu").
RELIGIONS = frozenset({"islam", "kristen", "protestan", "katolik", "katholik", "hindu", "buddha", "budha", "konghucu",
                       "khonghucu"})

# Indonesia's time zones, written after a clock time ("pukul 16.09 WIB mencatat ..."): never a name.
TIME_ZONES = frozenset({"wib", "wita", "wit"})
