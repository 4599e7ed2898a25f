"""Short forms that stand for a longer name written in the same article.

Indonesian news shortens names in set ways the resolver's exact tags cannot see:
syllabic contractions ("Kemenkes" for Kementerian Kesehatan, "Jokowi" for Joko Widodo,
"Polsek Jaluko" for Polsek Jambi Luar Kota,
"Forkopimda", "Jabar"), a place without its level word ("Cilacap" for Kabupaten Cilacap,
"Jawa Tengah" for Provinsi Jawa Tengah), a club without its city ("Persija" for Persija
Jakarta), and a person's middle name ("Rusli" for Muhammad Rusli Pulungan). A short form
joins a long name only when the long names in the article that fit it are one, or extensions of
the shortest of them ("XL Axiata", "XL Axiata Tbk"), so "Bogor" stays apart when the article
names both Kota Bogor and Kabupaten Bogor.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from kg.nlp.casing import casing_counts
from kg.nlp.roles import HONORIFICS
from kg.records import LOC, ORG, PER, AnnotatedArticle, Mention
from kg.resolve.names import (
    clean_surface, could_shorten, initials, is_acronym, is_company_name, near_spelling, normalise_name,
    words_in_order,
)
from kg.words import AREA_WORDS, BODY_WORDS, BRANCH_BOARDS, FACILITY_WORDS, LEVEL_WORDS

FUNCTION_WORDS = frozenset({"dan", "&", "of", "the", "dari", "untuk", "republik"})
PLACE_HEADS = LEVEL_WORDS | FACILITY_WORDS
MIN_PIECE = 2


def short_form_targets(mentions: tuple[Mention, ...]) -> dict[int, int]:
    """For each mention that is a short form of exactly one longer name in ``mentions``: its index."""
    names = [normalise_name(clean_surface(m.text, m.label)) or normalise_name(m.text) for m in mentions]
    longs: dict[str, int] = {}
    for i, (m, name) in enumerate(zip(mentions, names)):
        if len(name.split()) >= 2:
            longs.setdefault(name, i)
    openings = {long: _openings(long) for long in longs}
    companies = {name for m, name in zip(mentions, names) if m.label == ORG and is_company_name(m.text)}
    # First and last names of the article's people: the resolver's own rule joins those ("Mbuinga" is
    # "Saipul A. Mbuinga"), even when another person has the word as a middle name ("Selvi Mbuinga Monoarfa").
    name_ends = {w for long, j in longs.items() if mentions[j].label == PER for w in (long.split()[0], long.split()[-1])}
    result = {}
    found: dict[tuple[str, str, str], set[str]] = {}  # an article repeats its names: each is tried once
    for i, (m, name) in enumerate(zip(mentions, names)):
        if not name or (m.label == PER and name in name_ends):
            continue
        key = (name, m.text.strip(), m.label)
        fits = found.get(key)
        if fits is None:
            fits = found[key] = _as_words_if_one(_areas_last({
                long for long, j in longs.items()
                if name[0] in openings[long] and long != name
                and _stands_for(name, key[1], m.label, long, mentions[j].label, long in companies)
            }), name)
        shortest = min(fits, key=len, default=None)
        if shortest is not None and (all(f.startswith(shortest) for f in fits) or _one_place(fits) or _one_body(fits)
                                     or _slips_of_one(fits)):
            result[i] = longs[shortest]  # "XL" -> "XL Axiata" (which itself stands for "XL Axiata Tbk")
    return result


def rewritten_name_pairs(mentions: tuple[Mention, ...]) -> list[tuple[int, int]]:
    """Two names of one thing written differently in one article: the same words in another order
    ("Komisi VI DPR", "DPR Komisi VI"), and a venue written with fewer of its words, the same first
    and last ("Pasar Bona" for "Pasar Rakyat Desa Adat Bona"; not for bodies: "Bank Indonesia" is not
    "Bank Rakyat Indonesia") or without the region after it ("Masjid Agung" for "Masjid Agung Sergai").
    RETURNS: (mention, mention it joins) pairs."""
    names = [tuple(normalise_name(clean_surface(m.text, m.label)).split()) for m in mentions]
    first: dict[tuple, int] = {}
    for i, (m, name) in enumerate(zip(mentions, names)):
        if m.label != PER and len(name) >= 2:
            first.setdefault((m.label, name), i)
    pairs = []
    written: dict[tuple, int] = {}
    bare: dict[tuple, int] = {}
    for (label, name), i in first.items():  # in text order: a later order joins the first
        words = (label, tuple(sorted(name)))
        if words in written:
            pairs.append((i, written[words]))
        written.setdefault(words, i)
        # "RSUD dr Soedarso" and "RSUD Soedarso": a form of address inside a name named after a person;
        # "BRI Cabang Tenggarong" and "BRI Tenggarong": a branch named with and without the word
        plain = (label, name[:1] + tuple(w for w in name[1:] if w not in HONORIFICS
                                         and not (label == ORG and w in BRANCH_WORDS and len(name) >= 3)))
        if plain in bare and bare[plain] != written[words]:
            pairs.append((i, bare[plain]))
        bare.setdefault(plain, i)
    venues = [(name, i) for (label, name), i in first.items() if label != ORG and name[0] in FACILITY_WORDS]
    for name, i in venues:
        pairs.extend((i, j) for other, j in venues if len(other) > len(name) and name[0] == other[0] and (
            name[-1] == other[-1] and words_in_order(name, other)
            or other[: len(name)] == name and _a_region_name(" ".join(other[len(name):]))))  # "Masjid Agung Sergai"
    pairs.extend(_party_named_without_its_kind(mentions, names))
    pairs.extend(_states_named_alone(mentions, names))
    named = list(first.items())
    for k, ((label, name), i) in enumerate(named):  # "Dinas Pendikan Deliserdang": a slip of "Dinas Pendidikan ..."
        pairs.extend((i, j) for (other_label, other), j in named[:k] if other_label == label and _slip_of(name, other))
    return pairs


# The area words (AREA_WORDS) that name the state itself, not an area around it ("Negara Bagian Sarawak",
# "Negeri Sarawak", and Maluku's villages, "Negeri Tamilouw").
STATE_WORDS = frozenset({"negara bagian", "negeri"})


def _states_named_alone(mentions: tuple[Mention, ...], names: list[tuple[str, ...]]) -> list[tuple[int, int]]:
    """"Negara Bagian Sarawak", "Negeri Sarawak" and "Sarawak": a state written with and without its kind is one
    place (the bare name alone fits both, so ``short_form_targets`` leaves it). Each joins the bare name's mention."""
    alone: dict[tuple[str, ...], int] = {}
    for i, (m, name) in enumerate(zip(mentions, names)):
        if m.label == LOC and name:
            alone.setdefault(name, i)
    pairs = []
    for i, (m, name) in enumerate(zip(mentions, names)):
        bare = _area_of(" ".join(name), STATE_WORDS) if m.label == LOC else None
        if bare is not None and tuple(bare.split()) in alone:
            pairs.append((i, alone[tuple(bare.split())]))
    return pairs


REGIONAL_BOARDS = BRANCH_BOARDS - {"dpp"}  # the regions' boards (not the party's own)


def _party_named_without_its_kind(mentions: tuple[Mention, ...], names: list[tuple[str, ...]]) -> list[tuple[int, int]]:
    """"Partai Golkar" and "Golkar", "DPD Partai Golkar Kota Pariaman" and "DPD Golkar Pariaman": a party, or a
    party's branch, written with and without the word "Partai" (and the level word of its region, as in
    ``_one_body``). ``names``: each mention's name, normalised, as ``rewritten_name_pairs`` reads it."""
    with_kind: dict[tuple[str, ...], int] = {}
    without: dict[tuple[str, ...], int] = {}
    for i, (m, name) in enumerate(zip(mentions, names)):
        if m.label != ORG or not name:
            continue
        if "partai" in name[:-1] or _branch_of(name):
            with_kind.setdefault(name, i)
        else:
            without.setdefault(name, i)
    bare = {name: _bare_party(name) for name in (*with_kind, *without)}
    pairs = []
    for name, i in with_kind.items():
        for other, j in (*without.items(), *with_kind.items()):
            if j != i and (bare[name] == bare[other] or _one_body({" ".join(bare[name]), " ".join(bare[other])})):
                pairs.append((j, i))
    return pairs


def _branch_of(name: tuple[str, ...]) -> bool:
    """"dpd nasdem sumut": a region's board of a party or an association (its region named: "DPD Partai Golkar"
    alone may be any region's)."""
    return name[0] in REGIONAL_BOARDS and len([w for w in name[1:] if w != "partai"]) >= 2


def _bare_party(name: tuple[str, ...]) -> tuple[str, ...]:
    """A party's or branch's name without "Partai" and its board ("DPD NasDem Sumut" and "NasDem Sumut" are one)."""
    return tuple(w for w in (name[1:] if _branch_of(name) else name) if w != "partai")


def _slip_of(name: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """The same words but for a common word or two spelt with a slip ("pendikan" for "pendidikan"). Names
    never ("Badung", "Bandung"), nor short words ("Komisi I", "Komisi II")."""
    differ = [(a, b) for a, b in zip(name, other) if a != b]
    return len(name) == len(other) and 0 < len(differ) < len(name) and all(
        a.isalpha() and b.isalpha() and min(len(a), len(b)) >= 5 and _word_and_slip(a, b)
        and near_spelling(a, b) for a, b in differ)  # "negri" for "negeri": a common word's slip may be short


def region_slip_pairs(mentions: tuple[Mention, ...]) -> list[tuple[int, int]]:
    """A place or body whose region's name the article writes once with a slip ("Desa Mongan Paula" beside the
    village "Mongan Poula", "Pemkab Bojonegro", "Kelampangan"): it joins the mention that spells the name as the
    official list does. Two names the list both knows ("Badung", "Bandung") stay apart.
    RETURNS: (mention with the slip, mention it joins) pairs."""
    from kg.resolve.regions import without_level_word

    names = [tuple(without_level_word(normalise_name(clean_surface(m.text, m.label))).split()) if m.label != PER else ()
             for m in mentions]
    pairs = []
    for i, name in enumerate(names):
        for j, other in enumerate(names):
            if (i != j and name and len(name) == len(other) and mentions[i].label == mentions[j].label
                    and name[0][:1] == other[0][:1] and _region_slip(name, other)):
                pairs.append((i, j))
    return pairs


_BRACKETED_WORD = re.compile(r"\s*\(([A-Z][\w-]{1,15})\)")


def kind_and_short_form_pairs(art: AnnotatedArticle) -> list[tuple[int, int]]:
    """"RSUD Korpri" and "RSUD AWS Samarinda" after "RSUD Aji Muhammad Salehuddin II (Korpri)" and "RSUD Abdul
    Wahab Sjahranie (AWS)": the long name's first word (its kind) and the short form it was given in brackets,
    with or without a region after them, name that body.
    RETURNS: (mention, long-name mention) pairs."""
    text, mentions = art.article.text, art.mentions
    given: dict[tuple[str, str], int] = {}  # (kind, short form) -> the long name's mention
    for j, m in enumerate(mentions):
        words = normalise_name(clean_surface(m.text, m.label)).split()
        if m.label != PER and len(words) >= 3 and (found := _BRACKETED_WORD.match(text, m.end)):
            given.setdefault((words[0], normalise_name(found.group(1))), j)
    if not given:
        return []
    pairs = []
    for i, m in enumerate(mentions):
        words = normalise_name(clean_surface(m.text, m.label)).split()
        if m.label == PER or len(words) < 2:
            continue
        for k in range(2, len(words) + 1):
            j = given.get((words[0], " ".join(words[1:k])))
            if j is not None and j != i and (k == len(words) or _a_region_name(" ".join(words[k:]))):
                pairs.append((i, j))
                break
    return pairs


def _region_slip(name: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Is ``name`` ``other`` with one letter of one word slipped, ``other`` naming a listed region and ``name`` none?"""
    differ = [(a, b) for a, b in zip(name, other) if a != b]
    if len(differ) != 1:
        return False
    slip, word = differ[0]
    return (slip.isalpha() and word.isalpha() and min(len(slip), len(word)) >= 5 and casing_counts(slip) is None
            and near_spelling(slip, word) and Levenshtein.distance(slip, word) == 1
            and not _a_region(" ".join(name)) and not _a_region(slip) and (_a_region(" ".join(other)) or _a_region(word)))


def _a_region_name(name: str) -> bool:
    """A region of the list or its short form ("Sergai", "Jakarta", "Kabupaten Bulukumba")."""
    from kg.nlp.regions import is_region_name

    return is_region_name(name) or _a_region(name)


@lru_cache(maxsize=65536)
def _a_region(name: str) -> bool:
    from kg.regions import LEVELS, candidates

    return bool(candidates(name, LEVELS))


def _word_and_slip(a: str, b: str) -> bool:
    """One is a word the corpora write in lower case more often than in names, the other a form they never show."""
    return any((counts := casing_counts(word)) is not None and counts[0] > counts[2] and casing_counts(slip) is None
               for word, slip in ((a, b), (b, a)))


_BRACKET_THEN_NAME = re.compile(r"\s*\(([^()]{2,15})\)\s+((?:(?:[A-Z][\w.'-]*|\d+|dan)\s*){1,6})")  # "(SMPN) 2 Sungailiat"


def bracketed_name_targets(art: AnnotatedArticle) -> dict[int, int]:
    """"Rumah Sakit Umum Daerah (RSUD) Dolopo" and, later, "RSUD Dolopo": a long name whose bracketed short
    form is followed by more of the name is that longer name, when the article writes it so elsewhere.

    RETURNS: for the long name's mention (and its bracketed short form's, where the model found it), the
    index of the mention they join."""
    mentions, text = art.mentions, art.article.text
    names = [_bare(m) for m in mentions]
    by_name: dict[str, int] = {}
    for i, name in enumerate(names):
        by_name.setdefault(name, i)
    result = {}
    for i, long in enumerate(mentions):
        found = _BRACKET_THEN_NAME.match(text, long.end)
        if long.label == PER or len(long.text.split()) < 2 or found is None \
                or not could_shorten(found.group(1).strip(), long.text):
            continue
        short = _without_levels(normalise_name(found.group(1)))
        words = found.group(2).split()
        while words and words[-1] == "dan":
            words.pop()
        inside = [j for j in (i + 1,) if j < len(mentions) and mentions[j].end <= found.start(2)]
        for n in range(len(words), 0, -1):
            rest = _without_levels(normalise_name(" ".join(words[:n])))
            # "Dinas Pekerjaan Umum ... (PUPR) Kabupaten Grobogan" is "Dinas PUPR Grobogan" too, and "Dinas Lingkungan
            # Hidup dan Kehutanan (LHK) Provinsi Riau" is "DLHK Riau": the kind's initial glued to the short form
            kind = names[i].split()[0]
            target = _written_elsewhere(by_name, (f"{short} {rest}", f"{names[i]} {rest}", f"{kind} {short} {rest}",
                                                  f"{kind[0]}{short} {rest}"))
            if target is not None and target not in (i, *inside):
                result.update((j, target) for j in (i, *inside))
                break
    return result


def _written_elsewhere(by_name: dict[str, int], wanted: tuple[str, ...]) -> int | None:
    """The mention named one of ``wanted``, else the shortest of the names that extend one ("RSUD Dolopo
    Madiun" for "RSUD Dolopo") when every other extends it in turn."""
    for name in wanted:
        if name in by_name:
            return by_name[name]
    longer = [n for n in by_name if any(n.startswith(w + " ") for w in wanted)]
    shortest = min(longer, key=len, default=None)
    if shortest is None or not all(n.startswith(shortest) for n in longer):
        return None
    return by_name[shortest]


def _bare(m: Mention) -> str:
    return _without_levels(normalise_name(clean_surface(m.text, m.label)) or normalise_name(m.text))


def _without_levels(name: str) -> str:
    return " ".join(w for w in name.split() if w not in LEVEL_WORDS)


def _as_words_if_one(fits: set[str], short: str) -> set[str]:
    """The one name of ``fits`` that holds ``short`` as whole words, when there is one: "Rian" is the
    middle name of Muhammad Rian Ardianto, not a contraction of Ricky Karandasuwardi ("ri" + "an")."""
    if len(fits) < 2:
        return fits
    whole = {long for long in fits if f" {short} " in f" {long} "}
    return whole if len(whole) == 1 else fits


def _area_of(name: str, kinds: frozenset[str] = AREA_WORDS) -> str | None:
    """"sarawak" for "negara bagian sarawak": the place a name of an area of it (of one of ``kinds``) names."""
    words = name.split()
    return next((" ".join(words[size:]) for size in (1, 2)
                 if len(words) > size and " ".join(words[:size]) in kinds), None)


def _areas_last(fits: set[str]) -> set[str]:
    """"Tanjung Pasir" beside "Pantai Tanjung Pasir" and "Perairan Tanjung Pasir" is the beach's place: the
    area around a place is the loosest reading of its bare name, taken only when nothing else fits."""
    return {f for f in fits if _area_of(f) is None} or fits


def _one_place(names: set[str]) -> bool:
    """"Parigi Moutong" and "Kabupaten Parigi Moutong" are one place; "Kota Bogor" and "Kabupaten Bogor" are two."""
    bare = {n.split(" ", 1)[1] if n.split()[0] in LEVEL_WORDS else n for n in names}
    levels = {n.split()[0] for n in names if n.split()[0] in LEVEL_WORDS}
    return len(bare) == 1 and len(levels) <= 1


def _one_body(names: set[str]) -> bool:
    """"Dinas Kesehatan Jawa Timur" and "Dinas Kesehatan Provinsi Jawa Timur": one body, written with and
    without the level word of its region."""
    if any(n.split()[0] in LEVEL_WORDS for n in names):
        return False  # places: see _one_place
    levels = {w for n in names for w in n.split() if w in LEVEL_WORDS}
    return len(levels) <= 1 and len({_without_levels(n) for n in names}) == 1


def _slips_of_one(names: set[str]) -> bool:
    """"Pengadilan Negri Sumbawa Besar" and "Pengadilan Negeri Sumbawa Besar": one name, a common word slipped."""
    first, *rest = sorted(names, key=lambda n: (len(n), n))
    return bool(rest) and all(_slip_of(tuple(n.split()), tuple(first.split())) for n in rest)


def _stands_for(short: str, written: str, short_label: str, long: str, long_label: str, company: bool = False) -> bool:
    """Does ``short`` (normalised; ``written`` as in the text) stand for ``long`` (normalised; ``company``: written
    somewhere with a legal form)?"""
    words = long.split()
    if words[0] in PLACE_HEADS and " ".join(words[1:]) == short:
        # "Stadion Manahan" / "Manahan"; not "Lapangan Desa Kekiling" / "Desa Kekiling", the village it is in
        return (short_label != PER or long_label != PER) and not (words[0] in FACILITY_WORDS and words[1] in LEVEL_WORDS)
    if long_label == LOC and short_label != PER and _area_of(long) == short:
        return True  # "Perairan Tanjung Pasir" / "Tanjung Pasir", "Negara Bagian Sarawak" / "Sarawak"
    one = " " not in short
    if one and short_label == long_label == ORG and words[0] in BODY_WORDS and words[1:] == [short] and is_acronym(written):
        return True  # "BRI" / "Bank BRI", "PDIP" / "Partai PDIP": the acronym with the kind of body before it
    parts = short.split()
    if short_label == long_label == ORG and len(words) > len(parts) and [w for w in words if not w.isdigit()] == parts:
        return True  # "Kodim Jembrana" / "Kodim 1617/Jembrana": a unit named without its number
    if short_label == long_label == ORG and long.startswith(short + " ") and (
            not _regional_unit(short, written, words) or company and _company_named(short, words)):
        return True  # "Persija" / "Persija Jakarta", "XL Axiata" / "XL Axiata Tbk"
    if one and len(short) >= 3 and is_acronym(written) and long_label != PER and short in initials(long):
        return True  # "GBK" / "Gelora Bung Karno"
    if one and short_label == long_label == PER and short in words[1:-1]:
        return True  # a middle name; first and last names are the resolver's own rule
    if short_label == long_label == PER and (_initialled(parts, words) or _first_names_initialled(parts, words)):
        return True  # "M Zaim A Ma'shoem" / "M Zaim Ahmad Ma'shoem": a middle name written as its initial
    if (len(parts) == 2 and short_label == long_label == ORG and parts[0] == words[0] and len(words) >= 3
            and is_acronym(written.split()[-1]) and parts[1] in initials(long) | initials(" ".join(words[1:]))):
        return True  # "Bank BTN" / "Bank Tabungan Negara", "Kementerian BUMN" / "Kementerian Badan Usaha Milik Negara"
    if (len(parts) >= 2 and parts[0] == "pemda" and short_label == long_label == ORG and len(words) == len(parts) + 1
            and words[:2] != ["pemerintah", "desa"] and words[0] == "pemerintah" and words[1] in LEVEL_WORDS
            and words[2:] == parts[1:]):
        return True  # "Pemda Gorontalo" / "Pemerintah Kabupaten Gorontalo": the regional government, whatever its level
    parts = list(_region_spelled_out(tuple(parts)))
    # a body's long name may shorten its region too: "Disdikbud Sulteng" / "Dinas ... Provinsi Sulteng"
    spelled = list(_region_spelled_out(tuple(words))) if short_label == long_label == ORG else words
    if len(parts) >= 2 and long_label != PER and spelled[-(len(parts) - 1):] == parts[1:]:
        head, rest = parts[0], tuple(spelled[: len(spelled) - len(parts) + 1])
        if len(rest) >= 2 and (head in initials(" ".join(rest)) or _contraction(head, rest)):
            return True  # "DK PBB" / "Dewan Keamanan PBB", "Kemenkes RI" / "Kementerian Kesehatan RI"
        office = tuple(w for w in rest[rest[:1] == ("kantor",):] if w not in LEVEL_WORDS)
        if short_label == long_label == ORG and len(head) >= 4 and len(office) >= 2 and _contraction(head, office):
            return True  # "Kemenag Kampar" / "Kantor Kementerian Agama Kabupaten Kampar": the ministry's office there
    if one and len(short) >= 4:
        return _contracts(short, words)
    if len(parts) >= 2 and short_label == long_label == ORG and words[: len(parts) - 1] == parts[:-1]:
        rest = words[len(parts) - 1 :]  # "Polsek Jaluko" / "Polsek Jambi Luar Kota": the place contracted
        return len(rest) >= 2 and len(parts[-1]) >= 4 and _contracts(parts[-1], rest)
    return False


@lru_cache(maxsize=65536)
def _openings(long: str) -> frozenset[str]:
    """The letters a short form of ``long`` can start with (every way of ``_stands_for`` starts it at a
    word's first letter, or at the stem of a "ke-"/"pe-" word): most pairs of names fail this cheap test."""
    words = long.split()
    return frozenset(w[0] for w in words) | frozenset(w[2] for w in words if len(w) > 2 and w.startswith(("ke", "pe")))


def _initialled(short: list[str], words: list[str]) -> bool:
    """The same name with some middle names cut to their initial: first and last words as written."""
    return (len(short) == len(words) >= 3 and short[0] == words[0] and short[-1] == words[-1] and short != words
            and all(s == w or (len(s) == 1 and w.startswith(s)) for s, w in zip(short[1:-1], words[1:-1])))


def _first_names_initialled(short: list[str], words: list[str]) -> bool:
    """"F.X. Mote" / "Fransiscus Xaverius Mote": the first names written as their initials, the last as written."""
    letters = "".join(short[:-1])
    return (len(short) >= 2 and short[-1] == words[-1] and len(words) >= 2 and all(len(s) <= 3 for s in short[:-1])
            and letters == "".join(w[0] for w in words[:-1]))


@lru_cache(maxsize=65536)
def _region_spelled_out(parts: tuple[str, ...]) -> tuple[str, ...]:
    """"polda kalbar" -> "polda kalimantan barat": a last word that is a region's short form, spelled out."""
    from kg.link_regions import short_forms
    from kg.regions import region

    code = short_forms().get(parts[-1]) if len(parts) >= 2 else None
    found = region(code) if code else None
    return parts[:-1] + tuple(normalise_name(found.name).split()) if found else parts


# A body's branch or office in a region, named after the body: "Bank Nagari Cabang Lubuak Gadang", "Bank Indonesia
# Perwakilan Provinsi Sumbar".
BRANCH_WORDS = frozenset({"cabang", "perwakilan"})


def _regional_unit(short: str, written: str, words: list[str]) -> bool:
    """"KPU" and "KPU Kabupaten Garut", "DPR" and "DPR Komisi VI", "Bank Nagari" and "Bank Nagari Cabang X" are
    different bodies: an acronym's longer names are its units, and so are a body's branches. "Komisi VI" and
    "Komisi VI DPR" are one: a word and a number name a unit already."""
    rest = words[len(short.split()):]
    if _club_of_its_town(written, rest):
        return False
    last = written.split()[-1]  # "KPU", "PT KAI"; not "KCC Glass", "SMA Fatih": a name with an acronym in it
    acronym = " " not in short and is_acronym(last) and last.isupper()
    return acronym or (bool(rest) and rest[0] in LEVEL_WORDS | BRANCH_WORDS)


# Football clubs named "Persatuan Sepak bola" + their town: "PSIS" (Semarang), "PSMS" (Medan), "PSM" (Makassar).
CLUB_ACRONYM = re.compile(r"PS([A-Z]{1,3})")


def _club_of_its_town(written: str, town: list[str]) -> bool:
    """"PSIS" / "PSIS Semarang": a club's acronym holds its town's initial after "PS", and the town after it
    completes the same name; "PSSI Jatim", "PSI Jakarta" are units of national bodies."""
    club = CLUB_ACRONYM.fullmatch(written.strip())
    return club is not None and len(town) == 1 and town[0][0].upper() in club.group(1)


def _company_named(short: str, words: list[str]) -> bool:
    """"XL" and "PT XL Axiata Tbk": a company whose name is the acronym and one word more that is no common word
    and no place is what the acronym names ("BRI Syariah", "KPU Sulsel", "RSUD Caruban" stay units)."""
    from kg.nlp.cues import known_place

    rest = words[len(short.split()):]
    return len(rest) == 1 and rest[0].isalpha() and len(rest[0]) >= 4 and casing_counts(rest[0]) is None \
        and not known_place(rest[0])


@lru_cache(maxsize=65536)
def _contraction(short: str, words: tuple[str, ...]) -> bool:
    """Is ``short`` made of pieces of two or more of ``words``, in order, the first a prefix of the first word?

    "kemenkes" = "kemen" + "kes" of ("kementerian", "kesehatan"); "jokowi" = "joko" + "wi"; the last
    piece may be a word's initial ("unib" = "uni" + "b" of ("universitas", "bengkulu"));
    a regional office's "Dis" is "Dinas" cut to three letters ("dishub" = "dis" + "hub" of "perhubungan");
    a "ke-"/"pe-" noun contracts from its stem ("polresta" = "pol" + "res" + "ta" of "kepolisian resor kota").
    """

    def fits(rest: str, index: int, used: int, first: bool) -> bool:
        if not rest:
            return used >= 2
        for k in range(index, len(words)):
            word = words[k]
            if first and k > 0:
                return False
            for size in range(min(len(rest), len(word)), MIN_PIECE - 1, -1):
                piece = rest[:size]
                if (_opens(piece, word) if first else piece in word) and fits(rest[size:], k + 1, used + 1, False):
                    return True
            if len(rest) == 1 and not first and word.startswith(rest) and not words[0].startswith(short):
                return True  # "Unib": "uni" + the last word's initial; not "Persib" ("Persiba Balikpapan")
            if first:
                return False
        return False

    return fits(short, 0, 0, True)


def _opens(piece: str, word: str) -> bool:
    """Can a contraction start with ``piece`` taken from ``word``: its start, "dis" of "dinas", "pol" of "kepolisian"?"""
    return (word.startswith(piece) or (len(piece) == 3 and _skips_to(piece, word))
            or (word.startswith(("ke", "pe")) and word[2:].startswith(piece)))


def _skips_to(piece: str, word: str) -> bool:
    """``piece`` is ``word``'s first letter and then letters of it in order: "dis" of "dinas"."""
    rest = iter(word[1:])
    return piece[0] == word[0] and all(c in rest for c in piece[1:])


def is_contraction(short: str, long: str) -> bool:
    """Is the one word ``short`` a syllabic contraction of the name ``long`` ("Disnakertrans")?"""
    word = normalise_name(short)
    return " " not in word and len(word) >= 4 and _contracts(word, normalise_name(long).split())


def _contracts(short: str, words: list[str]) -> bool:
    content = tuple(w for w in words if w not in FUNCTION_WORDS)
    if short in content:
        return False  # "Jambi" of "Kejati Jambi": the place a body is named after, no contraction of it
    if content and content[0] in LEVEL_WORDS:  # "Sumbar" for Provinsi Sumatera Barat
        content = content[1:]
    # the first letter must open the first word (``_opens``), checked before the search
    return len(content) >= 2 and _opens(short[:1], content[0]) and _contraction(short, content)


__all__ = ["bracketed_name_targets", "is_contraction", "kind_and_short_form_pairs", "region_slip_pairs", "rewritten_name_pairs", "short_form_targets"]
