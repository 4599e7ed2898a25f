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
    "pasar", "jalan", "jl", "sungai", "gunung", "pulau", "danau", "pantai", "taman", "lapangan",
})
