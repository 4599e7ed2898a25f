"""Titles and offices attached to person mentions (``kg_roles``).

Two shapes cover most Indonesian news: the title before the name
("Presiden Rusia Vladimir Putin", "Menteri Pertahanan Rusia, Sergei Shoigu")
and an apposition after it ("Dmitry Peskov, juru bicara Kremlin"). A title
starts with an office head from ``HEADS`` and runs over words from
``MODIFIERS``, capitalised words, LOC/ORG mentions and short bracketed
abbreviations ("Pemimpin Korea Utara (Korut)"). The affiliation is the first
LOC/ORG mention inside the title.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.nlp.casing import is_plain_word
from kg.nlp.context import doc_ents, doc_text, per_doc
from kg.nlp.dates import MONTHS
from kg.nlp.morph import root
from kg.nlp.sentences import CORPS
from kg.records import LOC, ORG, PER
from kg.regions import CITY, PROVINCE, REGENCY, Region

if not Doc.has_extension("kg_roles"):
    Doc.set_extension("kg_roles", default=None)

# Occupations news writes right before or after a person's name ("pelatih", "pengusaha"): the words the NER
# corpora most often show there.
OCCUPATIONS = frozenset(
    """
    pelatih coach manajer kiper penyerang gelandang bek striker pemain atlet pebulu
    sutradara aktor aktris penyanyi pedangdut musisi vokalis gitaris produser
    dokter perawat peneliti pengamat sosiolog ekonom analis psikolog pakar pengacara advokat kuasa
    dosen guru siswa mahasiswa
    uskup kardinal pastor pendeta biksu
    karyawan pegawai pedagang penjual petani nelayan sopir pengemudi wartawan jurnalis pengusaha buruh petugas
    tokoh dalang kritikus
    artis pemeran desainer fotografer drummer penulis pencipta ilmuwan aktivis
    pembalap pelari penari promotor pengepul selebritas politisi politikus kontraktor
    """.split()  # the last two lines: agent nouns (pe-, -wan, -is, -er) the corpora show three or more times beside a
    # name ("pembina" too, but it also names boards: "Ketua Dewan Pembina X"), then those the real-news train
    # gold annotates as people's offices
)
HEADS = frozenset(
    """
    presiden wapres wakil perdana pm menteri menlu menhan mendagri menkeu menko gubernur bupati wali walikota
    ketua ketum jubir juru direktur dirut kepala panglima jenderal duta dubes sekretaris sekjen bendahara pemimpin
    konsul atase raja ratu kanselir penasihat penasehat anggota kaisar pangeran komandan laksamana marsekal kolonel letnan mayor
    kapten hakim jaksa rektor dekan profesor senator utusan kapolri kapolda kapolres diplomat pejabat
    paus emir sultan perwakilan koordinator deputi asisten kepala ceo chairman pimpinan
    """.split()
) | frozenset(
    # The abbreviated offices of Indonesian police, army, prosecutors and local government news writes
    # before a name.
    """
    kapolresta kapolrestabes kapolsek kasat kasatreskrim kasatlantas kabid kabag kasi kasubag kadis kadiv
    kajari kajati kajagung danrem dandim danramil pangdam pangkostrad kasad kasal kasau sekda sekdes
    camat lurah kades perbekel keuchik geuchik plt plh komisioner komisaris menkumham menkes menag menperin menpora menkominfo
    sekwan sekdewan wako wawako wawali wabup wagub konjen kasrem kasdim danlanud danlanal danyon waka
    babinsa bhabinkamtibmas babinkamtibmas jpu
    mendikbud mendag mentan menhub menparekraf menpan menaker kemenkumham
    staf humas
    pendiri founder chief managing corporate cfo coo cto pemilik owner
    koordiv kordiv
    president vice executive director manager gm vp evp svp sevp
    """.split()
) | OCCUPATIONS | frozenset(
    # "Dan" (komandan) or "Wadan" (its deputy) + a military unit: "Danlantamal", "Wadanyon", "Dansatgas".
    prefix + unit for prefix in ("dan", "wadan") for unit in
    "lantamal lanal lanud rem dim ramil yon yonif satgas sat ki ton pomal puspom guskamla kormar pasmar brigif "
    "paspampres brimob satbrimob kodiklat".split()
) | {"wadan"}
# Offices whose abbreviation names the body, followed by its region: "Kapolda Riau", "Menlu Kuwait".
REGIONAL_OFFICES = frozenset(
    """
    kapolri kapolda kapolres kapolresta kapolrestabes kapolsek kajari kajati danrem dandim danramil
    pangdam menlu menhan mendagri menkeu menkumham menkes menag menperin menpora menkominfo mendikbud
    mendag mentan menhub menparekraf menaker gubernur bupati walikota wali camat lurah kades
    wakapolda wakapolres wakapolresta wakapolrestabes wakapolsek wagub wabup wawali wako wawako sekdaprov sekdakab
    danlanal danlanud kasrem kasdim konjen
    """.split()
)
# Police and military ranks, and honorifics, between a title and the name: part of neither.
SERVICE_RANKS = frozenset(
    """
    kombes akbp kompol akp iptu ipda aiptu aipda bripka brigadir briptu bripda irjen brigjen komjen
    jenderal kolonel letkol mayor kapten lettu letda serka sertu marsekal laksamana mayjen letjen
    laksda laksma laksdya marsda marsma marsdya serda serma pelda peltu kopda koptu kopka praka pratu prada
    bharada bharatu bharaka brigpol
    komodor letnan sersan kopral
    kol pol
    """.split()
) | CORPS
# Religious, academic and noble forms of address before a name ("H.", "Prof. Dr.", "Pdt.", "Ir.").
# English honorifics ("Mr. Zhang Min", "Ms. Huo Huiping") come with foreign guests and diplomats.
ENGLISH_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss"})
HONORIFICS = frozenset({"tgk", "teungku", "h", "hj", "hm", "kh", "ustaz", "ustadz", "habib", "dr", "drs", "dra", "prof", "mgr",
                        "dato", "datuk", "tun", "ir", "pdt",
                        "y.m", "ym",  # "Y.M KISHIDA Fumio": Yang Mulia, of envoys and heads of state
                        "ny",  # "Ny. Rasniathi Adi Arnawa": Nyonya, Mrs
                        "saudara", "saudari", "sdr", "sdri"}) | ENGLISH_HONORIFICS  # "Saudara Jafarin": Mr, Ms
RANKS = SERVICE_RANKS | frozenset(
    {"dr", "drg", "prof", "h", "hj", "hm", "ir", "drs", "dra", "kh", "ustaz", "ustadz", "habib", "sdr", "bapak", "ibu",
     "pak", "kak", "kakak", "mbak", "bang", "abang", "miq", "mamiq"}
)
# The navy and air force write their branch after a rank, and the corps in brackets after it: "Letkol Laut (P)".
SERVICE_BRANCHES = frozenset({"laut", "udara"})
# The forces written after a rank: "Mayjen TNI", "Kombes Pol", "Brigjen Polri".
FORCES = frozenset({"TNI", "Pol", "Pol.", "Polri"})
# The words of a rank written out in full before its bracketed abbreviation: "Ajun Komisaris Besar Polisi (AKBP)",
# "Inspektur Polisi Satu (Iptu)", "Laksamana Muda TNI (Laksda)".
SPELLED_RANK_WORDS = frozenset(
    """
    ajun komisaris besar polisi inspektur satu dua brigadir jenderal letnan kolonel mayor kapten laksamana
    marsekal muda madya pertama utama kepala tinggi bhayangkara tni sersan kopral prajurit
    """.split()
) | SERVICE_RANKS
# The words that qualify a rank written out ("Laksamana Pertama", "Marsekal Muda", "Inspektur Polisi Dua").
RANK_QUALIFIERS = frozenset({"pertama", "muda", "madya", "utama", "jenderal", "kolonel", "satu", "dua", "besar", "polisi",
                             "komisaris", "inspektur"})
# Academic ranks written in full, a form of address when another one follows ("Profesor Dr KH X").
ACADEMIC_TITLES = frozenset({"profesor", "professor"})
# "Komjen Pol (purn)": retired, after the rank.
RETIRED = frozenset({"purn", "purnawirawan"})
PREFIXES = frozenset({"mantan", "eks", "calon", "plt", "pj", "penjabat"})
# Titles that are also given names ("Ratu Tatu Chasanah", "Sultan Hamengku Buwono"): kept in a name.
NOBLE = frozenset({"ratu", "raja", "sultan", "pangeran", "kaisar", "paus", "emir", "putri", "putra"})
# Regional noble titles written as the first word of a name, which are also common words ("Lalu Muhammad
# Iqbal" of Lombok; "lalu" is "then"): capitalised right before a name, they are part of it.
NAME_TITLES = frozenset({"lalu", "baiq", "raden", "teuku", "cut"})
MODIFIERS = frozenset(
    """
    bicara besar jenderal menteri kota staf gabungan umum eksekutif utama tertinggi luar dalam negeri
    keamanan nasional pertahanan keuangan perdagangan pendidikan kesehatan agama hukum koordinator bidang
    politik ekonomi urusan kabinet sekretaris wilayah provinsi kabupaten negara republik federal partai
    dewan komisi badan lembaga kementerian kantor istana militer angkatan darat laut udara bersenjata
    kepolisian daerah pusat di timur barat utara selatan jauh presiden kepresidenan senior khusus saat itu
    tinggi agung perwakilan rakyat tetap misi perusahaan bank fraksi dpr direksi redaksi tim
    terdakwa tersangka korban pelapor terlapor penggugat tergugat pemohon termohon terpilih
    """.split()  # the parties a lawyer acts for: "kuasa hukum korban, X"; the elect: "Bupati terpilih Kabupaten X"
)
MAX_TITLE_TOKENS = 20
# A sentence that opens with one of these and a title, then a comma, goes on with its subject, not the holder.
FRONTED_PREPOSITIONS = frozenset({"kepada", "terhadap", "bagi", "untuk", "bersama", "dengan"})
# Offices several people hold at once: "Wakil Ketua DPRD X A dan B", "Anggota DPRD X A dan B" name two holders,
# "Komisioner KIP, A, B, C, dan Sekretaris KIP, D" three.
SHARED_OFFICES = frozenset({"wakil", "anggota", "komisioner"})


class RoleSpan(NamedTuple):
    """A title (character span) held by the person mention at ``person``; ``affiliation`` likewise or None."""

    start: int
    end: int
    person: tuple[int, int]
    affiliation: tuple[int, int] | None


def ent_label(token: Token) -> str:
    """The entity label of ``token``, or "" outside every entity."""
    return token.ent_type_ if token.ent_iob_ in ("B", "I") else ""


def _allowed(token: Token) -> bool:
    """May this token be inside a title (other than its head)?"""
    if ent_label(token) in (LOC, ORG):
        return True
    if ent_label(token) == PER:
        return False
    lower = token.lower_
    if lower in MODIFIERS or lower in HEADS or token.text in ("(", ")", "-", "&"):
        return True
    if token.is_sent_start or lower in MONTHS:
        return False  # "menjabat sebagai menteri Oktober 2019": the date ends the title
    if token.is_alpha and _verb_form(token.text):
        return False  # "Pelatih Persija Beberkan Kunci Menang": a headline's verb ends the title
    if token.idx < _headline_end(token.doc) and token.is_alpha and is_plain_word(token.text):
        return False  # "JPU Tunggu Salinan Putusan": in a title-case headline, a word never in a name ends it
    return ((token.is_alpha and token.text[:1].isupper()) or _digit_acronym(token.text) or _unit_number(token)
            or _ordinal_part(token) or lower in ORDINAL_WORDS)


@per_doc
def _headline_end(doc: Doc) -> int:
    """Where the first line ends when it is a headline (no full stop at its end), else 0."""
    text = doc_text(doc)
    end = text.find("\n")
    return end if end > 0 and not text[:end].rstrip().endswith(".") else 0


ORDINAL = re.compile(r"^ke-?(?:\d+|[IVXLC]+)$")
# "Presiden keenam RI Susilo Bambang Yudhoyono", "Presiden pertama RI": the ordinal written as a word.
ORDINAL_WORDS = frozenset(
    "pertama kedua ketiga keempat kelima keenam ketujuh kedelapan kesembilan kesepuluh kesebelas".split())


def _ordinal_part(token: Token) -> bool:
    """A part of "ke-5" or "ke-XXI" ("Imam Besar Masjid Istiqlal ke-5", "Sultan Kutai ke-XXI"), however tokenised."""
    if not (token.lower_.startswith("ke") or token.text == "-" or token.is_digit):
        return False  # the cheap test first: most tokens are none of the parts (a numeral in capitals is allowed before)
    doc, i = token.doc, token.i
    for start in range(max(0, i - 2), i + 1):
        end = start + 1
        while end < len(doc) and end - start < 3 and not doc[end - 1].whitespace_:
            end += 1
        if start <= i < end and ORDINAL.match(doc[start:end].text):
            return True
    return False


def _unit_number(token: Token) -> bool:
    """A unit's number inside a title: "Danramil 1617-01/Negara" is "1617", "-", "01", "/", "Negara"; and
    the slash of two bodies one office heads: "Wakil Menteri ATR/BPN"."""
    if token.is_digit:
        return True
    if token.text not in ("/", "-") or token.i == 0 or token.doc[token.i - 1].whitespace_:
        return False
    before = token.doc[token.i - 1]
    return before.is_digit or (token.text == "/" and before.text[:1].isupper() and not token.whitespace_
                               and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text[:1].isupper())


def _verb_form(word: str) -> bool:
    """A verb by its affixes ("Beberkan", "Tanggapi", "Ditangkap") that the corpora never show inside a name."""
    lower = word.lower()
    affixed = lower.startswith(("di", "me", "ber", "ter")) or lower.endswith(("kan", "i"))
    return affixed and root(word) != lower and is_plain_word(word, noun=False)


def _digit_acronym(text: str) -> bool:
    """"BP3TKI", "P2TP2A": a body's acronym with digits in it."""
    return text.isalnum() and text.isupper() and sum(c.isalpha() for c in text) >= 2 and text[:1].isalpha()


# "Ka" + a unit is the head of that unit: "Kabagops" (Kepala Bagian Operasi), "Kasubdit", "Kanit";
# "Waka" its deputy ("Wakapolres"), "Kadis" the head of a service ("Kadisdikbud"), "Sekda" + level the
# region's secretary ("Sekdaprov"), "Kordiv" a division's coordinator, "Wamen" a deputy minister ("Wamendagri").
UNIT_HEAD_PREFIXES = ("kabag", "kabid", "kasat", "kasubag", "kasubbag", "kasubdit", "kasubbid", "kanit", "kasie",
                      "wakapol", "kadis", "kacab", "sekdaprov", "sekdakab", "sekdakot", "sekcam", "sekdes", "seklur",
                      "kasubsi", "kaur", "kadus", "kasatpol", "kalak", "kapus", "kordiv", "koordiv", "kabiro", "kakan",
                      "wamen", "wagub", "kasipid", "kasipen", "kasintel", "kasidatun")
# The units of a police station or prosecutor's office that a unit head's title names ("Kanit Reskrim",
# "Kabag Ops", "Kasat Narkoba"): part of the title, never a person.
SERVICE_UNITS = frozenset("reskrim ops binmas sabhara samapta intelkam lantas narkoba propam tahti reskoba "
                          "pidsus pidum intel datun penkum".split()
                          # the sections of a regional secretariat: "Kabag Kesra", "staf Setwan", "Kabag Adpim"
                          + "kesra setwan adpim prokopim tapem ekbang ortala".split())


# Nouns for a group of people: "Majelis Hakim" (the panel of judges), "Tim Dokter", "Dewan Komisaris".
COLLECTIVES = frozenset({"majelis", "tim", "dewan", "panitia", "regu", "kelompok"})


def names_a_panel(span: Span) -> bool:
    """"Majelis Hakim", "Tim Penyidik": a group of people by what they do, neither a body's nor a person's name."""
    return len(span) == 2 and span[0].lower_ in COLLECTIVES and is_head(span[1]) and not span[1].text.isupper()


def is_head(token: Token) -> bool:
    lower = token.lower_
    if lower == "perdana":  # "Perdana Menteri", not "kunjungan resmi perdana PM X" (the first visit)
        return token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "menteri"
    if lower == "ibu":  # "Ibu Negara Iriana": the First Lady; "Ibu" alone is a form of address
        return token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "negara"
    return lower in HEADS or lower in PREFIXES or (lower.startswith(UNIT_HEAD_PREFIXES) and token.is_alpha)


# Offices that are also fields of a longer office: "Humas Polres X" alone, "Kasi Penerangan Hukum dan Humas".
FIELD_HEADS = frozenset({"humas"})


def _joins_fields(doc: Doc, i: int) -> bool:
    """The "dan" of "Staf Kedaruratan dan Logistik" and the commas of "Pendidikan, Kebudayaan, Riset, dan
    Teknologi": capitalised fields of one office, not two offices."""
    if doc[i].lower_ not in ("dan", ",") or not 0 < i < len(doc) - 1:
        return False
    before = i - 1 if doc[i - 1].text != "," or doc[i].text == "," else i - 2  # ", dan"
    after = i + 1 if doc[i + 1].lower_ != "dan" or doc[i].text != "," else i + 2
    if doc[i].lower_ == "dan" and before == i - 1 and ent_label(doc[before]) == ORG == ent_label(doc[after]):
        return True  # "Kepala Satpol PP dan Damkar Kendal": one office over two merged bodies
    return (before >= 0 and after < len(doc) and ent_label(doc[before]) == ""
            and doc[before].text[:1].isupper() and doc[after].text[:1].isupper()
            and ent_label(doc[after]) != PER and (not is_head(doc[after]) or doc[after].lower_ in FIELD_HEADS))


# Words that open a list of the people who hold an office: "anggota Komisi Fatwa seperti A, B dan C".
LIST_OPENERS = frozenset({"seperti", "yakni", "yaitu"})


def _in_brackets(doc: Doc, i: int) -> bool:
    """Is token i inside a short "( ... )" group?"""
    left = doc[max(0, i - 4) : i + 1]
    right = doc[i : i + 5]
    return any(t.text == "(" for t in left) and any(t.text == ")" for t in right)


def _presided_panel(doc: Doc, end: int) -> tuple[int, int] | None:
    """"majelis hakim yang diketuai X": the judges' panel X presides over, his office."""
    if end < 4 or doc[end - 1].lower_ not in ("diketuai", "dipimpin") or doc[end - 2].lower_ != "yang" \
            or doc[end - 3].lower_ != "hakim":
        return None
    return (end - 4, end - 2) if doc[end - 4].lower_ in ("majelis", "mejelis") else (end - 3, end - 2)


def title_before(doc: Doc, person_start: int) -> tuple[int, int] | None:
    """Token span (start, end) of a title right before the person mention starting at ``person_start``."""
    end = ranks_start(doc, person_start)  # "Kapolres Metro Jakarta Timur Kombes Yoyon", "Rektor Unila Prof. Dr. X"
    if (panel := _presided_panel(doc, end)) is not None:
        return panel
    if end > 0 and doc[end - 1].lower_ == "bernama":
        end -= 1  # "mantan Kepala Desa Telaga, Kecamatan Mancak, bernama Habibullah"
    listing = end > 1 and doc[end - 1].lower_ in LIST_OPENERS  # "anggota Komisi Fatwa seperti KH A, KH B dan C"
    if listing:
        end -= 1
    comma = end > 0 and doc[end - 1].text == ","
    if comma:
        end -= 1
        if end > 1 and doc[end - 1].lower_.rstrip(".") in RANKS and doc[end - 2].text == ",":
            end -= 2  # "Waka Polres Mimika, Kompol, Junan Plitomo": the rank between commas
    if comma and _bracketed_title_of_previous_person(doc, end):
        return None  # "A (ketua majelis pembina), B (sekretaris)": the bracket is A's
    head = None
    i = end - 1
    sentence_start = doc[person_start].sent.start if doc.has_annotation("SENT_START") else 0
    while i >= max(sentence_start, end - MAX_TITLE_TOKENS):
        token = doc[i]
        if is_head(token):
            head = i
        elif not (_allowed(token) or _in_brackets(doc, i) or _place_apposition(doc, i) or _joins_fields(doc, i)
                  or (token.lower_ == "pada" and _names_body(doc, i))  # "Koordiv Hukum pada Bawaslu Lebak"
                  or _occupation_field(doc, i) or (comma and _occupation_phrase_word(doc, i)) or _constituency(doc, i)
                  or (i == end - 1 and _heads_field(doc, i))):
            break
        i -= 1
    if head is None or (listing and not (doc[head].lower_ in SHARED_OFFICES or _counted(doc, head))):
        return None  # "Presiden seperti X": only an office several hold opens a list
    while head > sentence_start and doc[head - 1].lower_ in PREFIXES | {"wakil"}:
        head -= 1
    if comma and doc[head].text[:1].islower() and head >= 2 and doc[head - 1].text == "," \
            and ent_label(doc[head - 2]) == PER:
        return None  # "A, siswa SMA X, B, ...": a lower-case title after a name and a comma is A's
    if comma and head > 0 and doc[head - 1].lower_ == "sebagai":
        return None  # "A sebagai Kepala Desa X, B sebagai ...": the title is A's
    if comma and head > 0 and doc[head - 1].lower_ in FRONTED_PREPOSITIONS and doc[head - 1].i == sentence_start:
        return None  # "Kepada Wakil Bupati X, Risma menyarankan ...": the title is the phrase's, not the subject's
    if comma and _an_offices_building(doc, head):
        return None  # "Di Kantor Camat Popayato Barat, Gusnar menyampaikan ...": a building, not Gusnar's office
    return head, end


def _an_offices_building(doc: Doc, head: int) -> bool:
    """Does the title at token ``head`` name a building ("Kantor Bupati", "Rumah Dinas Wali Kota")?"""
    before = [t.lower_ for t in doc[max(0, head - 2) : head]]
    return before[-1:] == ["kantor"] or before in (["rumah", "dinas"], ["rumah", "jabatan"])


def ranks_start(doc: Doc, end: int) -> int:
    """Where the ranks, honorifics and forms of address right before token ``end`` start: none of them is part
    of a title or of the name ("Letkol Laut (P)", "Ajun Komisaris Besar Polisi (AKBP)", "Prof. Dr.")."""
    while end > 0:
        token = doc[end - 1]
        word = token.lower_.rstrip(".")
        if word in RANKS or word in HONORIFICS or token.text == ".":
            end -= 1
        elif word in ACADEMIC_TITLES and token.text[:1].isupper() and doc[end].lower_.rstrip(".") in HONORIFICS:
            end -= 1  # "Profesor Dr KH Nasaruddin Umar": a form of address before the others
        elif (word in SERVICE_BRANCHES or token.text in FORCES) and end > 1 \
                and doc[end - 2].lower_.rstrip(".") in SERVICE_RANKS:
            end -= 1  # "Letkol Laut", "Mayjen TNI", "Kombes Pol": the rank's branch or force
        elif token.text == ")" and (opening := _bracketed_rank(doc, end - 1)) is not None:
            end = opening
            if doc[opening + 1].lower_.rstrip(".") in SERVICE_RANKS:
                while end > 0 and doc[end - 1].lower_ in SPELLED_RANK_WORDS and doc[end - 1].text[:1].isupper():
                    end -= 1
        elif (spelled := _spelled_rank_start(doc, end)) is not None:
            end = spelled  # "Laksamana Pertama TNI", "Komisaris Besar Polisi"
        else:
            break
    return end


def _spelled_rank_start(doc: Doc, end: int) -> int | None:
    """The start of a rank written out that ends right before token ``end``: a rank, then qualifiers and the
    force ("Laksamana Pertama TNI", "Inspektur Polisi Dua"), as ``rank_words_end`` reads it forwards."""
    k = end
    while k > 0 and doc[k - 1].text[:1].isupper() and (doc[k - 1].lower_ in RANK_QUALIFIERS or doc[k - 1].text in FORCES):
        k -= 1
    if k == end or k == 0 or doc[k - 1].lower_ not in SERVICE_RANKS or rank_words_end(doc, k - 1) < end:
        return None
    return k - 1


def _bracketed_rank(doc: Doc, close: int) -> int | None:
    """The "(" of "(AKBP)", "(Kombes Pol)" or of a corps code after a branch ("Laut (P)") closing at ``close``."""
    opening = next((k for k in range(close - 1, max(-1, close - 4), -1) if doc[k].text == "("), None)
    if opening is None or opening == close - 1:
        return None
    inside = doc[opening + 1 : close]
    if all(t.lower_.rstrip(".") in SERVICE_RANKS or t.lower_.rstrip(".") in RETIRED for t in inside):
        return opening  # "(AKBP)", "Komjen Pol (purn)"
    corps = len(inside) == 1 and inside[0].text.isupper() and inside[0].is_alpha and len(inside[0]) <= 3
    return opening if corps and opening > 0 and doc[opening - 1].lower_ in SERVICE_BRANCHES else None


def rank_words_end(doc: Doc, start: int) -> int:
    """Where the ranks, branches and corps codes from token ``start`` on end: "Letkol Laut (P) Ansori"."""
    i = start
    while i < len(doc):
        word = doc[i].lower_.rstrip(".")
        if word in SERVICE_RANKS or doc[i].text == "TNI":
            i += 1
        elif word in RANK_QUALIFIERS and doc[i].text[:1].isupper() and i > 0 and doc[i - 1].lower_.rstrip(".") in SPELLED_RANK_WORDS:
            i += 1  # "Laksamana Pertama TNI Deni", "Ajun Komisaris Besar Polisi Rudi": a rank written out
        elif word in SERVICE_BRANCHES and i > 0 and doc[i - 1].lower_.rstrip(".") in SERVICE_RANKS:
            i += 1
        elif doc[i].text == "(" and (close := _closing_bracket(doc, i)) is not None and _bracketed_rank(doc, close) == i:
            i = close + 1
        else:
            break
    return i


def _place_apposition(doc: Doc, i: int) -> bool:
    """The comma of "Kepala Polsek Kota Sako, Palembang, ...": a body, then the place it is in."""
    return (doc[i].text == "," and 0 < i < len(doc) - 1
            and ent_label(doc[i - 1]) in (LOC, ORG) and ent_label(doc[i + 1]) == LOC)


def title_after(doc: Doc, person_end: int) -> tuple[int, int] | None:
    """Token span of an apposition title after the mention ending at ``person_end``: "X, juru bicara Y"."""
    i = _past_degrees(doc, person_end)  # "Abdul Muhari PhD, Plt Kepala ...", "Roberth Rumbekwan, SE MM selaku ..."
    if i + 3 < len(doc) and doc[i].text == "(" and doc[i + 1].like_num and doc[i + 2].text == ")":
        i += 3  # "Sarah (34), penjual sayuran di Pasar Pagi": the age comes first
    elif i + 3 < len(doc) and doc[i].text == "," and doc[i + 1].like_num and doc[i + 2].text == ",":
        i += 2  # "Didin, 33, nelayan yang tenggelam": the age between commas
    comma = i < len(doc) and doc[i].text == ","
    stated = stated_as_end(doc, i + comma)
    close = _closing_bracket(doc, i)
    if stated is not None:
        i = stated  # "Muhamad Amin, ditetapkan sebagai Kepala Desa Rawi", "Andi sebagai Kepala Desa X"
    elif comma:
        i = _office_verb_end(doc, i + 1)
    elif i + 1 < len(doc) and doc[i].lower_ in OFFICE_VERB_WORDS:
        i = _office_verb_end(doc, i)  # "X salah satu petugas Dinkes", "X selaku Bupati Y", "X yang juga Ketua Y",
        # "X saat ini menjabat sebagai Direktur Y"
    elif i > person_end and i < len(doc) and doc[i].is_lower and doc[i].lower_ in OCCUPATIONS:
        pass  # "Dwi (38) pedagang di Pasar Kajen": after the age, an occupation needs no comma
    elif i == person_end and i < len(doc) and doc[i].text[:1].isupper() and doc[i].lower_ in HEADS:
        # "Agung Sulistya Wardani Kepala Dinkes Kota Madiun mengatakan": the office apposed without a comma, when
        # it names its body or place ("Abdul Hakim Mahfudz" cut by the NER is a name, not "Hakim" of nothing)
        end = _title_end(doc, i)
        return (i, end) if any(ent_label(t) in (LOC, ORG) for t in doc[i:end]) else None
    elif close is not None:
        i += 1  # "Iptu Subkhan (Kapolsek Kudus Kota)": the title in brackets
    else:
        return None
    if i >= len(doc) or not is_head(doc[i]):
        return None
    if close is not None and stated is None and not comma:
        if doc[i].lower_ in PREFIXES and not (i + 1 < close and is_head(doc[i + 1])):
            return None  # "Agung (eks Semen Padang)": a former club, no office
        return i, close
    return i, _title_end(doc, i)


def _past_degrees(doc: Doc, i: int) -> int:
    """Where the academic degrees written right after a name end, with or without a comma before them: ``i``
    when there are none, or when neither a comma nor an office word ("selaku") follows them."""
    from kg.nlp.degrees import degree_end  # kg.nlp.degrees reads this module's word lists

    j = i + (i < len(doc) and doc[i].text == ",")
    end = j
    while end < len(doc) and (found := degree_end(doc, end)) > end:
        end = found + (found < len(doc) and doc[found].text == "," and found + 1 < len(doc)
                       and degree_end(doc, found + 1) > found + 1)
    if end == j or end >= len(doc) or not (doc[end].text == "," or doc[end].lower_ in OFFICE_VERB_WORDS):
        return i
    return end


# Words that say which region a legislator sits for: "anggota DPD RI asal Sultra", "Anggota DPR RI dari daerah
# pemilihan Kalimantan Timur", "anggota DPRD dapil Jabar III".
CONSTITUENCY_WORDS = tuple(phrase.split() for phrase in ("asal", "dapil", "dari daerah pemilihan", "dari dapil"))


def _constituency(doc: Doc, i: int) -> bool:
    """A word of a constituency phrase that a place follows, between a legislator's body and the holder."""
    for words in CONSTITUENCY_WORDS:
        for k, word in enumerate(words):
            start = i - k
            if doc[i].lower_ == word and start >= 1 and start + len(words) < len(doc) \
                    and [t.lower_ for t in doc[start : start + len(words)]] == words \
                    and ent_label(doc[start + len(words)]) == LOC and ent_label(doc[start - 1]) in (ORG, LOC):
                return True
    return False


def _occupation_field(doc: Doc, i: int) -> bool:
    """The lower-case word right after a lower-case occupation, before the body it works for: "pelatih timnas
    Indonesia", "bek kanan Persipura", "pelatih atletik Sumut" (as ``_title_end`` reads "penjual sayuran")."""
    return (i > 0 and doc[i - 1].lower_ in OCCUPATIONS and _deals_in(doc[i - 1], doc[i]) and i + 1 < len(doc)
            and ent_label(doc[i + 1]) in (LOC, ORG))


def _heads_field(doc: Doc, i: int) -> bool:
    """A lower-case noun between an office and its holder: what the office heads ("Koordinator massa Suwarno",
    "Ketua panitia Budi")."""
    token = doc[i]
    return (i > 0 and is_head(doc[i - 1]) and token.is_lower and token.is_alpha and not token.is_stop
            and not _verb_form(token.text) and not is_head(token))


ORIGIN_WORDS = frozenset({"asal", "dari"})


def _occupation_phrase_word(doc: Doc, i: int) -> bool:
    """A lower-case word of an occupation's phrase that a comma and its holder close: "pedangdut asal
    Pensylvania, Biba", "pebulu tangkis unggulan empat asal Taiwan, Chou Tien Chen", "Penyanyi beraliran R&B,
    Reggie"."""
    if not _phrase_word(doc[i]):
        return False
    for k in range(i - 1, max(-1, i - 6), -1):
        if doc[k].lower_ in OCCUPATIONS:
            return True
        if not _phrase_word(doc[k]):
            return False
    return False


def _phrase_word(token: Token) -> bool:
    """A lower-case word that may describe an occupation: not a function word, but a number ("unggulan empat")
    or where from ("asal")."""
    return token.is_lower and token.is_alpha and (not token.is_stop or token.lower_ in ORIGIN_WORDS or token.like_num) \
        and not (token.lower_.startswith("me") and _verb_form(token.text))  # "petugas ... berusaha menenangkannya, Ian"


def _deals_in(head: Token, word: Token) -> bool:
    """Is ``word`` what the lower-case ``head`` deals in ("penjual sayuran", "bek kanan")?"""
    return (head.is_lower and word.is_lower and word.is_alpha and not word.is_stop
            and not is_head(word))


def _title_end(doc: Doc, start: int) -> int:
    """Where a title opening with the head at ``start`` ends."""
    i = start
    if i + 1 < len(doc) and _deals_in(doc[i], doc[i + 1]):
        i += 1  # "penjual sayuran", "dokter spesialis": what a lower-case occupation deals in
    i += 1
    while i < min(len(doc), start + MAX_TITLE_TOKENS) and (
        _allowed(doc[i]) or is_head(doc[i]) or _names_body(doc, i) or _joins_fields(doc, i) or _qualifier_dot(doc, i)
    ):
        if doc[i].is_sent_start and i > start and not _qualifier_dot(doc, i - 1):
            break
        i += 1
    while i > start + 1 and doc[i - 1].lower_ in ("di", "dan", "(", "-", "saat"):
        i -= 1
    return i


def _qualifier_dot(doc: Doc, i: int) -> bool:
    """The dot of "Pj. Bupati", "Plt. Kepala": an office's qualifier written short, the office after it."""
    return (doc[i].text == "." and i > 0 and doc[i - 1].lower_ in PREFIXES and i + 1 < len(doc)
            and is_head(doc[i + 1]))


def _bracketed_title_of_previous_person(doc: Doc, end: int) -> bool:
    """Does a bracket holding a title, right after a person, close at token ``end - 1``?"""
    if end == 0 or doc[end - 1].text != ")":
        return False
    opening = next((k for k in range(end - 2, max(-1, end - MAX_TITLE_TOKENS), -1) if doc[k].text == "("), None)
    return opening is not None and opening > 0 and is_head(doc[opening + 1]) and ent_label(doc[opening - 1]) == PER


def _closing_bracket(doc: Doc, i: int) -> int | None:
    """The ")" of a short bracket opening at token ``i``, else None."""
    if i >= len(doc) or doc[i].text != "(":
        return None
    return next((k for k in range(i + 2, min(len(doc), i + MAX_TITLE_TOKENS)) if doc[k].text == ")"), None)


OFFICE_VERB_WORDS = frozenset({"yang", "saat", "itu", "ini", "kini", "masih", "sekarang", "ketika", "menjabat",
                               "sebagai", "salah", "satu", "seorang", "selaku", "juga", "merupakan", "sebelumnya",
                               "pernah", "sekaligus"})


def stated_as_end(doc: Doc, i: int) -> int | None:
    """After "sebagai" in "(ditetapkan|dilantik|terpilih) sebagai" right after a name, else None."""
    if i < len(doc) and (doc[i].lower_.startswith("di") and doc[i].is_lower and len(doc[i]) > 5
                         or doc[i].lower_ in ("terpilih", "resmi", "kini")):
        i += 1
    return i + 1 if i < len(doc) and doc[i].lower_ == "sebagai" else None


def _office_verb_end(doc: Doc, i: int) -> int:
    """Skip "yang saat itu masih menjabat (sebagai)", "selaku" and "salah satu" before an apposed title."""
    j = i
    while j < len(doc) and j - i < 7 and doc[j].lower_ in OFFICE_VERB_WORDS:
        j += 1
    words = {t.lower_ for t in doc[i:j]}
    stating = {"menjabat", "selaku", "merupakan", "sekaligus"} & words \
        or words in ({"salah", "satu"}, {"salah", "seorang"}, {"seorang"}, {"yang", "juga"}) \
        or {"sebelumnya", "sebagai"} <= words  # "X yang sebelumnya sebagai Kepala Dinas Y": the office held before
    return j if stating else i


MOVE_WORDS = frozenset({"dipindah", "dipindahkan", "dimutasi", "digeser", "dirotasi", "kini", "sekarang", "menjadi"})


def _office_moved_to(doc: Doc, end: int) -> tuple[int, int] | None:
    """The office a person moves to, written right after the one held before (ending at token ``end``):
    "... (Disperkim) dipindah sebagai Kepala DKPP", "... (DPUPR) kini menjabat Kepala Bapelitbangda"."""
    i = end + (end < len(doc) and doc[end].text == ",")
    j = i
    while j < len(doc) and j - i < 4 and doc[j].lower_ in MOVE_WORDS | {"saat", "ini", "menjabat", "sebagai"}:
        j += 1
    if j == i or not MOVE_WORDS & {t.lower_ for t in doc[i:j]} or j >= len(doc) or not is_head(doc[j]):
        return None
    return j, _title_end(doc, j)


def _names_body(doc: Doc, i: int) -> bool:
    """"dari"/"di"/"pada" right before an organization or place: "X, sosiolog dari Universitas Y"."""
    return doc[i].lower_ in ("dari", "di", "pada") and i + 1 < len(doc) and ent_label(doc[i + 1]) in (LOC, ORG)


def _places_tagged_as_people(doc: Doc) -> set[str]:
    """Texts the NER tags as a place or org more often than as a person ("Pemimpin Korut": Korut is a country)."""
    counts: dict[str, list[int]] = {}
    for e in doc_ents(doc):
        pair = counts.setdefault(e.text, [0, 0])
        pair[e.label_ == PER] += 1
    return {text for text, (other, person) in counts.items() if other > person}


def find_roles(doc: Doc) -> list[RoleSpan]:
    ents = doc_ents(doc)  # read once: each read makes a Span per entity, and the roles below each need them
    suspicious = _places_tagged_as_people(doc)
    people = [e for e in ents if e.label_ == PER and e.text not in suspicious]
    claimed: set[int] = set()
    result = []
    starts = {e.start: e for e in people}
    ends = {e.end: e for e in people}
    titled: set[int] = set()
    for ent in people:
        span = title_before(doc, ent.start)
        if span:
            claimed.add(span[0])
            titled.add(ent.start)
            if (pair := _offices_then_their_holders(doc, span, ent, starts)) is not None:
                result.extend(pair)  # "bupati dan wakil bupati Lombok Tengah, A-B"
                continue
            result.append((span, ent))
            if doc[span[0]].lower_ in SHARED_OFFICES or _counted(doc, span[0]):
                # "Wakil Ketua DPRD Tapteng A dan B", "tiga atlet, A dan B": all hold it
                result.extend((span, other) for other in _listed_after(doc, ent, starts))
    for ent in people:
        span = title_after(doc, ent.end)
        if not span or span[0] in claimed:
            continue
        # "Setelah menemui X, Presiden Y Z ...": the title belongs to Z, not X.
        # A lower-case title between commas stays with the name before it ("A, siswa SMA X, B, siswa ...").
        comma = span[1] < len(doc) and doc[span[1]].text == ","
        after = span[1] + comma
        stated = doc[span[0] - 1].lower_ == "sebagai"  # "X sebagai Kepala Desa Rawi, Y sebagai ...": X's
        if after < len(doc) and ent_label(doc[after]) == PER and not stated \
                and not (comma and doc[span[0]].text[:1].islower()):
            continue
        if ent.start in titled and _next_in_a_list(doc, span):
            continue
        pair = _respective_offices(doc, ent, span, ends) if stated else None
        if pair is not None:
            result.extend(pair)  # "melantik A dan B sebagai Bupati dan Wakil Bupati X"
            continue
        result.append((span, ent))
        if (moved := _office_moved_to(doc, span[1])) is not None:
            result.append((moved, ent))  # "X sebelumnya menjabat Kepala A dipindah sebagai Kepala B": both X's
        if span[0] > 0 and doc[span[0] - 1].text == "," and doc[span[0]].text.islower():
            result.extend((span, other) for other in _listed_before(doc, ent, ends))  # an occupation
    result.extend(_offices_of_the_one_in_focus(doc, ents, people, claimed))
    roles = []
    for span, ent, *body in sorted(result, key=lambda item: item[0][0]):
        title = doc[span[0] : span[1]]
        while len(title) and title[-1].text in (",", "(", "-"):
            title = doc[title.start : title.end - 1]
        if not len(title):
            continue
        around = doc[body[0][0] : body[0][1]] if body else title  # the body the two offices share
        affiliations = sorted(  # an organization before a place, one not in brackets first
            (e for e in ents if e.label_ in (LOC, ORG) and e.start >= around.start and e.end <= around.end),
            key=lambda e: (e.label_ != ORG, doc[e.start - 1].text == "(", e.start),
        )
        affiliation = (affiliations[0].start_char, affiliations[0].end_char) if affiliations else None
        roles.append(RoleSpan(title.start_char, title.end_char, (ent.start_char, ent.end_char), affiliation))
    roles = _with_hosts(doc, _with_entourages(doc, _with_delegations(doc, roles)))
    roles = _with_deputies(doc, _with_courts(doc, _with_stated_bodies(doc_text(doc), roles)))
    return _with_the_named_body_of_its_kind(doc, _with_the_articles_region(doc, roles))


# Speech cues after a quote that an office of the speaker may follow: '..." ujar mantan Gubernur Lampung ini'.
SAID = frozenset("kata ujar ucap tutur tambah ungkap jelas imbuh terang papar tegas lanjut pungkas sambung tandas".split())
DEMONSTRATIVE = re.compile(r"(?<!\w)(?:ini|itu|tersebut)(?!\w)")
TERMS = frozenset({"satu", "dua", "tiga", "empat"})  # "mantan Gubernur Lampung dua periode ini"


def _offices_of_the_one_in_focus(
    doc: Doc, ents: list[Span], people: list[Span], claimed: set[int]
) -> list[tuple[tuple[int, int], Span]]:
    """"Mantan Ketua DPRD Bulungan ini mengatakan ...", '..." ujar mantan Kapolres Batu ini': an office with "ini"
    (this), opening a sentence or after the speech cue that closes a quote, describes the person the text is about,
    the last one it named outside quotation marks in this paragraph or the one before."""
    from kg.nlp.quotes import quote_marks

    found = []
    quoted = None
    text = doc_text(doc)
    for word in DEMONSTRATIVE.finditer(text):  # a few per article: no walk over every token
        after = doc.char_span(word.start(), word.end())
        i = after.start if after is not None else 0
        if i < 2 or i + 1 < len(doc) and ent_label(doc[i + 1]) == PER:
            continue
        end = i - 2 if doc[i - 1].lower_ == "periode" and doc[i - 2].lower_ in TERMS else i
        if not doc[end - 1].text[:1].isupper():
            continue  # "hal ini", "kegiatan tersebut": an office's last word is capitalised
        span = title_before(doc, end)
        if span is None or span[0] in claimed:
            continue
        start, head = span[0], span[0]
        while head < span[1] - 1 and doc[head].lower_ in PREFIXES:
            head += 1
        opens = start == doc[start].sent.start or doc[start - 1].lower_ in SAID
        named = any(e.label_ == ORG and e.start >= start and e.end <= end for e in ents)
        if not opens or not (doc[head].text[:1].isupper() and doc[head].lower_ not in OCCUPATIONS or named):
            continue  # "Mahasiswa ini", "pegawai itu": no office the text gives
        quoted = quote_marks(text) if quoted is None else quoted
        here = text.rfind("\n", 0, doc[start].idx)  # where this paragraph opens (-1: the text's first)
        paragraph = text.rfind("\n", 0, here) if here > 0 else -1  # and the one before it
        before = [e for e in people if paragraph < e.start_char and e.end <= start
                  and not any(a <= e.start_char < b for a, b in quoted)]
        if before:
            found.append(((start, i), before[-1]))  # the title runs to "ini" ("... dua periode")
    return found


def _next_in_a_list(doc: Doc, span: tuple[int, int]) -> bool:
    """"Kajati Jawa Tengah Priyanto, Bupati Batang dan ...": after a name its office opens, a capitalised office
    right after the comma is the next guest of a list, not a second office of the same person."""
    return doc[span[0] - 1].text == "," and doc[span[0]].text[:1].isupper()


QUANTIFIERS = frozenset({"para", "sejumlah", "beberapa", "kedua", "ketiga", "keempat", "kelima"})


def _counted(doc: Doc, head: int) -> bool:
    """Is the office at ``head`` counted, so that several people hold it ("dua orang jaksa", "para pelatih")?"""
    i = head - 1
    if i > 0 and doc[i].lower_ == "orang" and doc[i - 1].like_num:
        return True
    return i >= 0 and (doc[i].lower_ in QUANTIFIERS or (doc[i].like_num and doc[i].is_alpha))


def _listed_after(doc: Doc, ent: Span, starts: dict[int, Span]) -> list[Span]:
    """The people listed right after ``ent`` ("A dan B", "A, B dan C", "A, B dan 20 anggota lainnya"): a list
    that a "dan" closes."""
    listed, i = [], ent.end
    while i + 1 < len(doc) and doc[i].lower_ in (",", "dan") and (name := _name_start(doc, i + 1)) in starts:
        listed.append(starts[name])
        if doc[i].lower_ == "dan":
            return listed
        i = starts[name].end
    if i < len(doc) and doc[i].text == ",":
        i += 1  # "A, B, dan C"
    if i + 1 < len(doc) and doc[i].lower_ == "dan":
        name = _name_start(doc, i + 1)
        return [*listed, starts[name]] if name in starts else listed
    return []


def _name_start(doc: Doc, i: int) -> int:
    """Where a listed name starts, after the honorifics before it ("KH Abdul Halim Sholeh", "dr Endy M Astiwara")."""
    while i < len(doc) and (doc[i].lower_.rstrip(".") in HONORIFICS or doc[i].text == "."):
        i += 1
    return i


def _listed_before(doc: Doc, ent: Span, ends: dict[int, Span]) -> list[Span]:
    """"Firmansyah (30) dan Maskur (32), karyawan PGN": the person "dan" joins to ``ent``, each with an age
    in brackets or none, shares an occupation written after the list."""
    i = ent.start - 1
    if i < 1 or doc[i].lower_ != "dan":
        return []
    if i >= 3 and doc[i - 1].text == ")" and doc[i - 2].like_num and doc[i - 3].text == "(":
        i -= 3
    return [ends[i]] if i in ends else []


def _respective_offices(
    doc: Doc, second: Span, span: tuple[int, int], ends: dict[int, Span]
) -> list[tuple] | None:
    """"Yulianto dan M. Ihpan sebagai Bupati dan Wakil Bupati Pasaman Barat": two people, then two offices
    in the same order; the body after the second office is both offices'. None when the words say otherwise."""
    joined = ranks_start(doc, second.start) - 1  # "A dan H. B sebagai ...": the honorific is B's
    first = ends.get(joined) if joined >= 0 and doc[joined].lower_ == "dan" else None
    joint = span[1]
    if first is None or joint + 1 >= len(doc) or doc[joint].lower_ != "dan" or not is_head(doc[joint + 1]):
        return None
    other = (joint + 1, _title_end(doc, joint + 1))
    return [(span, first, other), (other, second)]


PAIR_JOINERS = frozenset({"dan", "-", "–", "/"})  # "Bupati dan Wakil Bupati", "A – B"


def _offices_then_their_holders(
    doc: Doc, span: tuple[int, int], first: Span, starts: dict[int, Span]
) -> list[tuple] | None:
    """"bupati dan wakil bupati Lombok Tengah, H Lalu Pathul Bahri-HM Nursiah": an office and its deputy's, then
    two holders joined the same way, in the same order; the body after the deputy's office is both offices'
    (``_respective_offices`` reads the holders-first order). None when the words say otherwise."""
    from kg.nlp.degrees import degree_end  # kg.nlp.degrees reads this module's word lists

    deputy = next((i for i in range(span[0], span[1]) if doc[i].lower_ == "wakil"), None)
    if deputy is None or deputy < 1:
        return None
    span = (deputy, span[1])  # the title read may open with the first office: "Bupati wakil bupati Kabupaten Nabire"
    joined = deputy - (doc[deputy - 1].lower_ in PAIR_JOINERS)
    office = next((
        (joined - n, joined) for n in (1, 2)  # "Bupati", "Wali Kota"
        if joined - n >= 0 and is_head(doc[joined - n])
        and [t.lower_ for t in doc[joined - n : joined]] == [t.lower_ for t in doc[deputy + 1 : deputy + 1 + n]]
    ), None)
    if office is None:
        return None
    joint = first.end
    while (found := degree_end(doc, joint)) > joint:
        joint = found  # "Iskandar Kamaru SPt dan Dedy Abdul Hamid"
    if joint >= len(doc) or doc[joint].lower_ not in PAIR_JOINERS:
        return None
    second = next((p for p in starts.values() if p.start > joint and ranks_start(doc, p.start) == joint + 1), None)
    if second is None:
        return None
    return [(office, first, span), (span, second)]


# "Delegasi Indonesia yang hadir yaitu Menteri Luar Negeri X, Menteri Keuangan Y": the offices listed
# after a country's delegation are that country's.
DELEGATION = re.compile(r"\b(?:[Dd]elegasi|[Rr]ombongan)\s+$")


def _with_delegations(doc: Doc, roles: list[RoleSpan]) -> list[RoleSpan]:
    from kg.link import COUNTRY, link_place

    text = doc_text(doc)
    countries = [
        e for e in doc_ents(doc)
        if e.label_ == LOC and DELEGATION.search(text[max(0, e.start_char - 20) : e.start_char])
        and link_place(e.text, kinds=(COUNTRY,))
    ]
    if not countries:
        return roles

    def named_before(role: RoleSpan, sentence: Span) -> tuple[int, int] | None:
        country = next((c for c in reversed(countries) if c.sent == sentence and c.end_char <= role.start), None)
        return (country.start_char, country.end_char) if country else None

    return _with_sentence_countries(doc, roles, named_before)


# "PM Ismail Sabri akan diiringi oleh Menteri Luar Negeri X, ...": the officials a leader takes along.
ENTOURAGE = re.compile(r"\b(?:diiringi|didampingi)\s+(?:oleh\s+)?")


def _with_entourages(doc: Doc, roles: list[RoleSpan]) -> list[RoleSpan]:
    """Offices with no body that accompany a leader whose office the article names with a country ("Perdana
    Menteri Malaysia Ismail Sabri ... PM Ismail Sabri akan diiringi oleh Menteri Luar Negeri X") are that
    country's."""
    from kg.link import COUNTRY, link_place

    text = doc_text(doc)
    countries = {}  # holder's name -> the country of one of their offices
    for role in roles:
        if role.affiliation is not None and link_place(text[slice(*role.affiliation)], kinds=(COUNTRY,)):
            countries.setdefault(text[slice(*role.person)], role.affiliation)
    if not countries:
        return roles

    def leaders_country(role: RoleSpan, sentence: Span) -> tuple[int, int] | None:
        verb = ENTOURAGE.search(text, sentence.start_char, role.start)
        if verb is None:
            return None
        return next((countries[name] for e in sentence.ents if e.label_ == PER and e.end_char <= verb.start()
                     for name in countries if e.text in name or name in e.text), None)

    return _with_sentence_countries(doc, roles, leaders_country)


# "Di AS, Prabowo bertemu Presiden Joe Biden": a visitor meets the offices of the country the sentence is in.
HOSTED_IN = re.compile(r"\b(?:[Dd]i|ke)\s+$")
MEETING = re.compile(r"\b(?:bertemu|menemui|disambut|diterima|berbincang|bertatap muka)\b")
STATE_OFFICES = frozenset({"presiden", "perdana", "pm", "raja", "ratu", "kanselir", "menteri", "menlu", "emir", "kaisar"})


def _with_hosts(doc: Doc, roles: list[RoleSpan]) -> list[RoleSpan]:
    """A state office with no body, held by someone a visitor meets in a country the sentence names first
    ("Dalam kunjungannya ke RRT, Prabowo bertemu Presiden Xi Jinping"), is that country's office."""
    from kg.link import COUNTRY, link_place

    text = doc_text(doc)

    def host(role: RoleSpan, sentence: Span) -> tuple[int, int] | None:
        if text[role.start:role.end].split()[0].casefold() not in STATE_OFFICES:
            return None
        places = [e for e in sentence.ents if e.label_ == LOC and link_place(e.text, kinds=(COUNTRY,))]
        if len(places) != 1 or places[0].end_char > role.start:
            return None
        country = places[0]
        hosted = HOSTED_IN.search(text[max(sentence.start_char, country.start_char - 4):country.start_char])
        if hosted is None or MEETING.search(text, country.end_char, role.start) is None:
            return None
        return country.start_char, country.end_char

    return _with_sentence_countries(doc, roles, host)


def _with_sentence_countries(
    doc: Doc, roles: list[RoleSpan], country_of: Callable[[RoleSpan, Span], tuple[int, int] | None]
) -> list[RoleSpan]:
    """Each office with no body gets the country ``country_of`` finds for it in the office's sentence."""
    fixed = []
    for role in roles:
        words = doc.char_span(role.start, role.end, alignment_mode="expand") if role.affiliation is None else None
        country = country_of(role, words.sent) if words is not None else None
        fixed.append(role._replace(affiliation=country) if country else role)
    return fixed


# Offices of a court and of a prosecutor's office, and the words that open those bodies' names.
POLICE_UNITS = ("polsek", "polres", "polresta", "polrestabes")
COURT_OFFICES = {"hakim": ("pengadilan", "pn", "mahkamah"), "panitera": ("pengadilan", "pn", "mahkamah"),
                 "jaksa": ("kejaksaan", "kejari", "kejati", "kejagung"), "jpu": ("kejaksaan", "kejari", "kejati"),
                 # a university's or faculty's head, a military command's
                 "rektor": ("universitas", "institut", "politeknik", "uin", "iain", "stain", "akademi"),
                 "dekan": ("fakultas",), "dandim": ("kodim",), "danrem": ("korem",), "danramil": ("koramil",),
                 # a police unit's head, of the police station named before it
                 **{unit: POLICE_UNITS for unit in
                    ("kanit", "kasat", "kasatreskrim", "kasatlantas", "kasatnarkoba", "kasatsamapta", "kasatintelkam")}}


def _with_courts(doc: Doc, roles: list[RoleSpan]) -> list[RoleSpan]:
    """"Ketua Majelis Hakim X" in a report of a trial at "Pengadilan Negeri Tegal": a judge's or prosecutor's
    office with no body named is that of the one court (or prosecutor's office) the article names, or of the one
    it named last before the office (a higher court cited later, "yurisprudensi Mahkamah Agung", is not it); so is
    a rector's of the one university, a dean's of the one faculty, a commander's of the one command. A
    police unit's head ("Kanit Reskrim") is of the police station named last before it, if any."""
    text = doc_text(doc)
    fixed = []
    for role in roles:
        words = set(re.findall(r"\w+", text[role.start : role.end].casefold()))
        openers = next((o for office, o in COURT_OFFICES.items() if office in words), None)
        if role.affiliation is None and openers is not None:
            courts = [e for e in doc_ents(doc) if e.label_ == ORG and e[0].lower_ in openers]
            before = [e for e in courts if e.end_char <= role.start]
            if (len({e.text.casefold() for e in courts}) == 1 and openers is not POLICE_UNITS) or before:
                body = before[-1] if before else courts[0]  # else the court named last before the office
                role = role._replace(affiliation=(body.start_char, body.end_char))
        fixed.append(role)
    return fixed


def _with_deputies(doc: Doc, roles: list[RoleSpan]) -> list[RoleSpan]:
    """"Ketua DPRD Kota Lubuklinggau H Rodi Wijaya dengan Wakil Ketua Taufik Siswanto": a deputy named without
    a body, in the sentence that names the head's office and body, is that body's deputy."""
    text = doc_text(doc)
    fixed: list[RoleSpan] = []
    for role in roles:
        title = _bare(text[role.start : role.end]).split()
        if role.affiliation is None and len(title) >= 2 and title[0] == "wakil":
            sentence = doc.char_span(role.start, role.end, alignment_mode="expand")
            head = next((r for r in reversed(fixed) if r.affiliation is not None and r.end <= role.start
                         and sentence is not None and r.start >= sentence.sent.start_char
                         and _bare(text[r.start : r.affiliation[0]]).split() == title[1:]), None)
            role = role._replace(affiliation=head.affiliation) if head else role
        fixed.append(role)
    return fixed


def _with_stated_bodies(text: str, roles: list[RoleSpan]) -> list[RoleSpan]:
    """"Perdana Menteri (PM) Australia, Anthony Albanese ... Perdana Menteri (PM) Anthony Albanese": a title
    repeated without its body, for the same person, is the office the article already placed in that body."""
    placed: dict[str, list[tuple[set[str], tuple[int, int]]]] = {}
    for r in roles:
        if r.affiliation is not None:
            title = text[r.start : r.end].replace(text[r.affiliation[0] : r.affiliation[1]], " ")
            for written in (title, *re.findall(r"\(([^)]*)\)", title)):  # "Perdana Menteri (PM)": "PM" too
                placed.setdefault(_bare(written), []).append((_name_words(text, r.person), r.affiliation))
    return [r._replace(affiliation=_placed(placed, text, r)) if r.affiliation is None else r for r in roles]


# Kinds of body an office names without naming which one ("Kepala Dinas", "Sekretaris Dinas", "Kepala Sekolah"),
# and the first words of the names of bodies of that kind.
BODY_KINDS = {"dinas": {"dinas"}, "badan": {"badan"}, "kantor": {"kantor"}, "biro": {"biro"}, "bagian": {"bagian"},
              "lembaga": {"lembaga"}, "yayasan": {"yayasan"},
              "sekolah": {"sekolah", "sd", "sdn", "smp", "smpn", "sma", "sman", "smk", "smkn", "mi", "mts", "mtsn", "ma", "man"},
              "rs": {"rs", "rsu", "rsud", "rumah"}}


def _with_the_named_body_of_its_kind(doc: Doc, roles: list[RoleSpan]) -> list[RoleSpan]:
    """"Dari Dinas Tenaga Kerja hadir Kepala Dinas, Maryadi Asmuni, Sekretaris Dinas Uti Royten": an office that ends
    in a kind of body and names none is held in the body of that kind the article named last before it."""
    text = doc_text(doc)
    bodies = [e for e in doc_ents(doc) if e.label_ == ORG]
    fixed = []
    for r in roles:
        words = text[r.start : r.end].casefold().split()
        if r.affiliation is None and len(words) >= 2 and (last := words[-1]) in BODY_KINDS:
            named = [e for e in bodies if e.end_char <= r.start and e.text.split()[0].casefold() in BODY_KINDS[last]
                     and len(e) > 1]
            if named:
                r = r._replace(affiliation=(named[-1].start_char, named[-1].end_char))
        fixed.append(r)
    return fixed


# A regional head's bare office and the level of the region it heads: "Bupati Budi Utomo" in a story about one regency.
HEAD_LEVELS = {"bupati": REGENCY, "wabup": REGENCY, "gubernur": PROVINCE, "wagub": PROVINCE,
               "walikota": CITY, "wawali": CITY, "wako": CITY, "wawako": CITY}


def _with_the_articles_region(doc: Doc, roles: list[RoleSpan]) -> list[RoleSpan]:
    """"Bupati Budi Utomo" with no region after it, in a story that names one regency ("Pemkab Lampung Utara"):
    a regional head's bare office is held in the one region of its level the article names."""
    text = doc_text(doc)
    levels = {r: _head_level(text[r.start : r.end]) for r in roles if r.affiliation is None}
    if not any(levels.values()):
        return roles
    named = sorted(_regions_named(doc), key=lambda item: item[2] != LOC)  # a place before a government
    fixed = []
    for r in roles:
        level = levels.get(r)
        found = {region for region, _, _ in named if region.level == level} if level else set()
        if len(found) == 1:
            region = found.pop()
            r = r._replace(affiliation=next(at for reg, at, _ in named if reg == region))
        fixed.append(r)
    return fixed


def _head_level(title: str) -> str | None:
    words = _bare(title).replace("wali kota", "walikota").split()
    if words[:1] in (["pj"], ["plt"], ["plh"], ["wakil"]):
        words = words[1:]
    return HEAD_LEVELS.get(words[0]) if len(words) == 1 else None


def _regions_named(doc: Doc) -> list[tuple[Region, tuple[int, int], str]]:
    """The provinces, regencies and cities the article names, each with a mention that names it: a place, or a
    regional government ("Pemkab Lampung Utara")."""
    from kg.link_regions import RegionLink, link_regions

    spans = [e for e in doc_ents(doc) if e.label_ == LOC or (e.label_ == ORG and len(e) > 1 and e[0].lower_ in GOVERNMENTS)]
    names = [e.text if e.label_ == LOC else e[1:].text for e in spans]
    return [(found.region, (e.start_char, e.end_char), e.label_) for e, found in zip(spans, link_regions(names))
            if isinstance(found, RegionLink) and found.region.level in (PROVINCE, REGENCY, CITY)]


GOVERNMENTS = frozenset({"pemkab", "pemkot", "pemprov", "pemda"})


def _placed(placed: dict, text: str, role: RoleSpan) -> tuple[int, int] | None:
    """The body of the same title held by the same person ("Ismail Sabri" within "Ismail Sabri bin Yaakob")."""
    words = _name_words(text, role.person)
    return next(
        (body for named, body in placed.get(_bare(text[role.start : role.end]), []) if words <= named or named <= words),
        None,
    )


def _bare(title: str) -> str:
    return " ".join(re.sub(r"\([^)]*\)", " ", title).casefold().replace(",", " ").split())


def _name_words(text: str, person: tuple[int, int]) -> set[str]:
    return {w.casefold() for w in text[person[0] : person[1]].split()}


class RoleFinder:
    """Sets ``doc._.kg_roles``: a list of ``RoleSpan``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_roles = find_roles(doc)
        return doc


@Language.factory("kg_roles", assigns=["doc._.kg_roles"], requires=["doc.ents", "token.is_sent_start"])
def make_roles(nlp: Language, name: str) -> RoleFinder:
    """Create the title/office finder.

    RETURNS (RoleFinder): the component.
    """
    return RoleFinder(nlp, name)
