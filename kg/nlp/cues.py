"""Entity labels from the words around a name, where the model's guess is weakest.

News names its sources with set phrases: "kantor berita Rusia Tass", "melansir Kyodonews",
"di televisi Rossiya-1". A name in such a slot is an organization, whatever the model said,
and a missed one is added. A "person" whose name starts or ends with a facility word
("Bandara ...", "Vostochny Cosmodrome") is a place. The cue words are ordinary Indonesian,
not names, so the rules carry over to any article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.nlp.casing import is_common_word, is_mixed_acronym, is_never_in_lower_case
from kg.nlp.context import doc_ents, set_ents, token_is_alpha, token_lowers, token_texts
from kg.nlp.dates import MONTHS, WEEKDAYS
from kg.nlp.morph import is_dictionary_word
from kg.nlp.roles import HEADS, HONORIFICS, OCCUPATIONS, SERVICE_RANKS, is_head, title_before
from kg.nlp.spantext import span_text, words_text
from kg.records import LOC, ORG, PER
from kg.words import ENVOYS, FACILITY_KINDS, LEVEL_WORDS

RULE_ID = "kg_rule"

# Honorifics written before a person's name (Aceh's "Tgk", "KH", "Hj", "Mgr"), never before a body or place.
# Words right before a media outlet's name (lowercase, in order).
MEDIA_CUES = (
    ("kantor", "berita"), ("agensi", "berita"), ("stasiun", "televisi"), ("stasiun", "tv"),
    ("surat", "kabar"), ("portal", "berita"), ("situs", "berita"), ("televisi",), ("harian",),
    ("koran",), ("majalah",), ("media",), ("radio",),
)
# Verbs that introduce a source: "melansir Kyodonews", "dilansir dari CNN".
SOURCE_VERBS = frozenset({"melansir", "dilansir", "mengutip", "dikutip", "lansir"})
# A person's name never starts or ends with these; a place's often does.
FACILITY_FIRST = frozenset({
    "bandara", "bandar", "stasiun", "pelabuhan", "kosmodrom", "pangkalan", "terminal",
    "stadion", "istana", "kabupaten", "kecamatan", "provinsi", "kota", "desa", "pulau",
    "gunung", "sungai", "danau", "selat", "teluk", "jalan",
    "candi", "pura", "vihara", "klenteng", "gereja", "masjid", "pantai", "bukit", "monumen", "museum", "benteng",
    "makam", "lapangan", "pasar", "taman", "laut", "perairan",
})
NATURE_FIRST = frozenset(
    {"pantai", "gunung", "bukit", "goa", "gua", "danau", "sungai", "telaga", "curug", "kawah", "pulau", "teluk",
     "selat", "lembah", "laut", "perairan"}
)
FACILITY_LAST = frozenset({"cosmodrome", "airport", "station", "port", "stadium", "kosmodrom"})
# The first word of an institution's name: schools, police and army units, courts, prosecutors,
# local governments, ministries and agencies ("SMA Negeri 1 Metro", "Polres Jakarta Timur",
# "Pemkab Kudus", "Kejaksaan Tinggi NTT"). Such a name is an organization, never a person or place.
# Schools are often named after people or with a number: "SMA Darma Yudha", "SMAK 1 BPK Penabur".
SCHOOL_WORDS = frozenset({
    "sma", "smp", "sd", "smk", "sman", "smpn", "sdn", "smkn", "smak", "ma", "man", "mts", "mtsn", "min",
    "sekolah", "madrasah", "pesantren", "dayah", "universitas", "institut", "politeknik", "akademi",
    # kinds of college written as their acronym: "UIN Sunan Kalijaga", "STIKES Bhakti Husada", "Poltekkes Kemenkes"
    "uin", "iain", "stain", "unika", "stikes", "stie", "stmik", "stkip", "poltekkes", "akper", "akbid",
})
ORG_FIRST = SCHOOL_WORDS | frozenset({
    "fakultas",
    "polres", "polresta", "polrestabes", "polsek", "polda", "polri", "mapolres", "mapolresta", "mapolsek",
    "mapolda", "kodam", "kodim", "korem", "koramil", "lanud", "lanal", "lantamal", "kejaksaan", "kejari", "kejati",
    "kejagung", "pengadilan", "mahkamah", "pemkab", "pemkot", "pemko", "pemprov", "pemda", "pemdes", "pemerintah", "dprd",
    "kementerian", "kemenkes", "kemenag", "kemendagri", "kemenkeu", "kemenperin", "kemlu", "kemendikbud",
    "dinas", "badan", "komisi", "lembaga", "kantor", "direktorat", "partai", "fraksi", "bank", "pt", "cv",
    "yayasan", "perum", "persero", "klub", "kpu", "bawaslu", "bpbd", "kpk", "kepolisian", "satuan",
    "detasemen", "korps", "upt", "puskesmas", "rsud", "rsu", "rs", "dewan", "majelis", "pusat",
    "himpunan", "perhimpunan", "ikatan", "persatuan", "asosiasi", "komunitas", "paguyuban", "serikat", "federasi",
    "koperasi", "perkumpulan", "organisasi", "biro", "sekretariat", "tim",
})
# Words that open the name of an armed formation ("Armada Laut Pasifik", "Brigade Infanteri 6"): bodies, though the
# corpora write them in lower case and never inside a name.
FORCE_FIRST = frozenset(
    "armada brigade batalyon divisi komando resimen skuadron kompi pangkalan pasukan laskar".split()
)
# Words that end a company's, label's or club's name, in English as the names are written: "Joky Production",
# "Kusuma Group", "Gyeonggi Tourism Organization".
ORG_LAST = frozenset(
    "group grup production productions entertainment organization organisation foundation institute corporation "
    "corp company holdings studio studios records pictures fc".split()
)
# Indonesian agencies are named by contraction: "Dinas" + field ("Dishub" Perhubungan, "Dinkes" Kesehatan,
# "Disnakertrans"), "Satuan" + unit ("Satpol PP", "Satreskrim"), "Pangkalan" + force ("Lanal"); the fields and
# units are the official ones of regional government, police and navy.
AGENCY_CONTRACTIONS = {
    ("dis", "din"): frozenset(
        """
        hub kes dik dikbud pora sos nakertrans naker nakertranskop perindag perindagkop dag dukcapil kominfo
        kominfotik pertan tan bun hut kop kopukm koperindag pupr perkim pkp lh pmd pmptsp pmpptsp par parbud
        budpar pangan tph kp kan nak pertanak arpus pusip penda pen damkar ketapang kumkm pendik porapar
        """.split()
    ),
    ("sat",): frozenset(
        "pol reskrim lantas narkoba resnarkoba intelkam binmas samapta sabhara brimob tahti polair pamobvit".split()
    ),
    ("lan",): frozenset("al ud tamal udal".split()),
    # secretariats: "Setda" (Sekretariat Daerah), "Setdaprov", "Setwan" (of the regional parliament), "Setjen"
    ("set",): frozenset("da dakab dakot dako daprov prov kab kot wan jen".split()),
    # the ministries ("Kementerian Pariwisata dan Ekonomi Kreatif": Kemenparekraf) and coordinating ministries
    ("kemen",): frozenset(
        """
        ag dagri lu keu kes sos hub tan naker kumham dikbud dikbudristek dikbud-ristek ristek dikti dikdasmen desa desapdtt
        pupr kominfo komdigi perin dag kop kopukm kopukmk lhk kp atr atrbpn panrb pan-rb bumn hut sesneg parekraf
        par pora pppa investasi imipas ham esdm ppn agraria kbumn ekraf
        """.split()
    ),
    ("kemenko",): frozenset("polhukam polkam perekonomian ekon pmk marves maritim kesra infra pangan".split()),
}


def is_agency_contraction(word: str) -> bool:
    """"Dishub", "Satpol", "Lanal": a contracted agency name, which is an organisation, never a person."""
    lower = word.lower()
    return any(
        lower.startswith(prefix) and lower[len(prefix):] in stems
        for prefixes, stems in AGENCY_CONTRACTIONS.items() for prefix in prefixes
    )


WEB_ENDING = r"(?:com|co\.id|or\.id|id|net|org|co|tv|news)"  # how a news site's address ends: ".com", ".co.id"
DOMAIN = re.compile(rf"^[\w-]+(?:\.[\w-]+)*\.{WEB_ENDING}$", re.I)
MAX_NEW_NAME_TOKENS = 4
# Cues specific enough to add a name the model missed ("media Barat" is not an outlet).
NAMING_CUES = tuple(cue for cue in MEDIA_CUES if cue not in (("media",), ("radio",)))


def relabel_by_cues(doc: Doc) -> None:
    """Apply the media and facility cues to ``doc.ents`` (and add outlets the model missed)."""
    ents = list(doc_ents(doc))
    changed = False
    fixed = []
    for index, ent in enumerate(ents):
        ent = _with_domain_prefix(doc, ent)
        label = _cued_label(doc, ent, fixed[-1] if fixed else None)
        if label != ent.label_:
            changed = True
            ent = Span(doc, ent.start, ent.end, label=label, span_id=ent.id_)
        changed = changed or ent.start != ents[index].start
        fixed.append(ent)
    whole = _whole_countries(doc, fixed)
    if whole != fixed:
        fixed, changed = whole, True
    taken = {t.i for e in fixed for t in e}
    added = _missed_outlets(doc, taken)
    listed = _listed_places(doc, fixed) | _addressed_places(doc, fixed)
    if listed:
        changed = True
        fixed = [Span(doc, e.start, e.end, label=LOC, span_id=e.id_) if e.start in listed else e for e in fixed]
    clubs = _missed_clubs(doc, fixed, taken)
    if clubs:  # "Persewangi Banyuwangi": the club's name takes the town the model tagged alone
        fixed, added, changed = [e for e in fixed if not _overlaps_any(e, clubs)], added + clubs, True
    added += _missed_places(doc, fixed, taken)
    added += _missed_countries(doc, taken)
    datelined = [Span(doc, s, end, label=label, span_id=RULE_ID) for s, end, label in _dateline_names(doc)]
    if datelined:  # the dateline's reading replaces whatever overlaps it
        fixed = [e for e in fixed if not _overlaps_any(e, datelined)]
        added = [e for e in added if not _overlaps_any(e, datelined)] + datelined
        changed = True
    if changed or added:
        set_ents(doc, sorted(fixed + added, key=lambda e: e.start), default="outside")


def _overlaps_any(ent: Span, spans: list[Span]) -> bool:
    return any(s.start < ent.end and ent.start < s.end for s in spans)


def _cued_label(doc: Doc, ent: Span, previous: Span | None) -> str:
    if _dateline_place(doc, ent, previous):
        return LOC  # "POS-KUPANG.COM | KUPANG -": the place the story is filed from
    text = span_text(ent)
    if DOMAIN.match(text) or (len(ent) > 1 and (ent[0].lower_ in ORG_FIRST or ent[-1].lower_ in ORG_LAST)) \
            or _dateline_outlet(doc, ent):
        return ORG  # "Republika.co.id", "Polres Jakarta Timur", "JAKARTA, BicaraIndonesia -"
    if len(ent) == 1 and ent.label_ == PER and (text.isupper() and len(text) >= 3 or is_mixed_acronym(text)):
        return ORG  # "BKPM", "KPw": an acronym is not a person
    if len(ent) == 1 and (ent[0].lower_ in ORG_FIRST or ent[0].lower_.startswith("kemen")):
        return ORG  # "Kemlu", "Kemenperin": a body's short name is neither a person nor a place
    if is_agency_contraction(ent[0].text):
        return ORG  # "Dishub Tapteng", "Satpol PP", "Disnakertrans"
    if ent.label_ == PER and (ent[0].lower_ in FACILITY_FIRST or ent[-1].lower_ in FACILITY_LAST
                              or _named_after_a_facility_word(doc, ent.start)):
        return LOC  # "Bandara Kualanamu", "rumah sakit Al Shifa"
    if ent.label_ == ORG and len(ent) > 1 and (ent[0].lower_ in NATURE_FIRST or ent[:2].text.lower() == "air terjun"):
        return LOC  # "Air Terjun Sampang", "Pantai Kuta": a natural place is no organisation
    start = ent.start
    if previous is not None and previous.end == start and previous.label_ == LOC:
        start = previous.start  # "kantor berita Rusia Tass": the outlet's country comes between
    if ent.label_ == PER and _media_cue_before(doc, start):
        return ORG  # "media Rusia" stays the country; "kantor berita Rusia Tass" is an outlet
    if ent.label_ == PER and len(ent) == 1 and _source_verb_before(doc, ent.start):
        return ORG  # a one-word "person" one cites as a source is an outlet
    if ent.label_ != PER and _opens_with_honorific(ent):
        return PER  # "Tgk Banta Lidan", "KH Ahmad Dahlan", "H. Nanang", "Tan Sri Muhyiddin": a person's name
    if ent.label_ == ORG and _person_cue_before(doc, ent):
        return PER  # "KH A Badawi Basyir", "istrinya, Brigitte Macron", "gol yang dicetak Nico"
    if ent.label_ in (ORG, LOC) and _person_cue_after(doc, ent):
        return PER  # "Mursalim (45)", "Chandra Antonio Tan, pengusaha di Palembang": said of a person only
    if ent.label_ == ORG and _occupation_before(doc, ent):
        return PER  # "pebulu tangkis unggulan asal Taiwan, Chou Tien Chen"
    if ent.label_ in (PER, LOC) and _told_to_outlet(doc, ent):
        return ORG  # '"...," ujar X, kepada Radar Lamsel.': the outlet that heard it
    return ent.label_


def _named_after_a_facility_word(doc: Doc, start: int) -> bool:
    """A kind of place the span leaves out right before it ("rumah sakit Al Shifa", "di bandara Kualanamu"),
    unless with the word before it makes an office ("Kepala Desa", "Wali Kota": a person follows)."""
    before = token_lowers(doc)[max(0, start - 2) : start]
    if not before or before[-1] == "makam" or not (before[-1] in FACILITY_FIRST or " ".join(before) in FACILITY_KINDS):
        return False  # (a grave is named by whom it holds: "makam Mbah Tuan Sido Branti")
    return title_before(doc, start) is None and not (len(before) == 2 and is_head(doc[start - 2]))


# Words right before a name that only a person can follow: an honorific the model left out of the
# span (not an academic or Malay one, which also opens institutions' names: "RSUD dr. Soetomo"), a
# relative ("istrinya, X"), the scorer of a goal ("gol yang dicetak X").
HONORIFICS_BEFORE = HONORIFICS - {"dr", "drs", "dra", "prof", "ir", "mgr", "pdt", "dato", "datuk", "tun"}
RELATIVES = frozenset({"istrinya", "suaminya", "anaknya", "putranya", "putrinya", "ayahnya", "ibunya", "adiknya",
                       "kakaknya", "cucunya"})
SCORED_BY = frozenset({"dicetak", "diciptakan", "dilesakkan", "dijebloskan", "disarangkan"})


def _person_cue_before(doc: Doc, ent: Span) -> bool:
    if has_org_word(ent):
        return False
    words = [t for t in doc[max(0, ent.start - 3) : ent.start] if t.text not in (",", ".", "oleh")]
    before = words[-1].lower_ if words else ""
    return (before in HONORIFICS_BEFORE and ent.start > 0 and doc[ent.start - 1].text != ",") \
        or before in RELATIVES or before in SCORED_BY or (ent[0].text == "Ki" and len(ent) > 1)


def has_org_word(ent: Span) -> bool:
    """A word only an organisation's name has ("Dinas", "Polres", "... Group"): no cue makes it a person."""
    return any(t.lower_ in ORG_FIRST or t.lower_ in ORG_LAST for t in ent)


# Forms of address written before a first name ("Kak Keke", "Mbak Rina", "Bang Ucok"), capitalised so; not
# "Ibu" or "Bapak", which also open place names ("Ibu Kota Nusantara").
ADDRESS_WORDS = frozenset({"Kak", "Kakak", "Mbak", "Mas", "Bang", "Abang", "Pak", "Bu"})


def _opens_with_honorific(ent: Span) -> bool:
    """An honorific ("H.", "KH", "Dato' Sri", "Tan Sri"), or a form of address ("Kak") before an
    "organisation", then a capitalised word."""
    if ent[0].text in ADDRESS_WORDS and ent.label_ == ORG and len(ent) > 1 and ent[1].text[:1].isupper() \
            and ent[1].is_alpha:
        return not has_org_word(ent)
    first = ent[0].lower_.rstrip(".")
    if first not in HONORIFICS and not (first == "tan" and len(ent) > 1 and ent[1].lower_ == "sri"):
        return False
    i = 1
    while i < len(ent) and (ent[i].text in (".", "'", "’") or ent[i].lower_ == "sri"):
        i += 1
    return 1 < len(ent) and i < len(ent) and ent[i].text[:1].isupper()


def _occupation_before(doc: Doc, ent: Span) -> bool:
    """An occupation's phrase and a comma right before a name of two words or more ("pebulu tangkis unggulan
    empat asal Taiwan, Chou Tien Chen"): the name holds the occupation. Without the comma the name after an
    occupation is often its employer ("pemain Persija")."""
    if len(ent) < 2 or ent.start < 2 or token_texts(doc)[ent.start - 1] != "," or has_org_word(ent) \
            or known_place(ent.text):
        return False
    title = title_before(doc, ent.start)
    return title is not None and doc[title[0]].lower_ in OCCUPATIONS


# "X, seorang ...": a word after a name and its comma that only describes a person, like an occupation
# ("warga" is left out: "Di Jakarta, warga mengeluh ...").
PERSON_CLASSIFIERS = frozenset({"seorang"})
MAX_AGE = 110


def _person_cue_after(doc: Doc, ent: Span) -> bool:
    """An age or an office in brackets right after the name ("Budi (45)", "Laonma PL Tobing (Kepala BPKAD
    Sumsel)"), "menjabat" (holds an office: bodies hold none), or, after a name typed a body, a comma and "seorang"
    or an occupation ("Chandra Antonio Tan, pengusaha")."""
    if ent.end + 2 >= len(doc):
        return False
    holds = _holds_office(doc, ent.end)
    if not holds and token_texts(doc)[ent.end] not in ("(", ","):
        return False  # the other cues open with one of these: tested first, as it is the cheapest test
    if has_org_word(ent) or known_place(ent.text):
        return False
    after = doc[ent.end : ent.end + 3]
    if after[0].text == "(" and after[1].like_num and after[1].text.isdigit() and after[2].text == ")":
        return 0 < int(after[1].text) <= MAX_AGE
    if holds:
        return True
    if after[0].text == "(" and len(ent) >= 2 and is_head(after[1]) and after[2].text != ")":
        return True  # "Laonma PL Tobing (Kepala BPKAD Sumsel)", "Azka Fauzi (eks Persita)": an office, a former club
        # (not "Komandan ... TNI AL (Danlantamal)": an office's short form alone)
    if ent.label_ != ORG or after[0].text != "," or len(ent) < 2 or _employer_after(doc, ent.start):
        return False
    word = after[1].lower_
    return word in PERSON_CLASSIFIERS or (word in OCCUPATIONS and after[2].lower_ not in HEADS)


# Nouns for the people a body employs: "personel TNI AL, karyawan PLN" lists employers, not people.
STAFF_NOUNS = frozenset({"personel", "anggota", "prajurit", "staf", "jajaran"})


def _employer_after(doc: Doc, start: int) -> bool:
    return start > 0 and (doc[start - 1].lower_ in STAFF_NOUNS or doc[start - 1].lower_ in OCCUPATIONS)


# "X yang sebelumnya menjabat ...", "X kini menjabat ...": the words between a name and "menjabat".
BEFORE_HOLDING = frozenset({"yang", "sebelumnya", "saat", "ini", "kini", "pernah", "juga", "masih", "sempat", "sudah"})


def _holds_office(doc: Doc, i: int) -> bool:
    """Does "menjabat" (holds the office of) follow token ``i``, only tense words between, or "sebagai" and an
    office after one of them ("X yang sebelumnya sebagai Kepala Dinas")?"""
    lowers = token_lowers(doc)
    for k, lower in enumerate(lowers[i : i + 4], start=i):
        if lower == "menjabat":
            return True
        if lower == "sebagai" and k > i and k + 1 < len(doc) and is_head(doc[k + 1]):
            return True
        if lower not in BEFORE_HOLDING:
            return False
    return False


def _told_to_outlet(doc: Doc, ent: Span) -> bool:
    """"kata X kepada Serambi, Sabtu (15/2)": the name after a speech verb's "kepada" that closes the
    attribution is the outlet the speaker talked to, unless the article names it as a person elsewhere."""
    from kg.nlp.quotes import CUES, SPEECH_VERBS

    if ent.start < 2 or doc[ent.start - 1].lower_ != "kepada" or doc[ent.start - 2].lower_ in HEADS:
        return False
    if ent.end < len(doc) and doc[ent.end].text not in (",", ".", ";") and "\n" not in doc[ent.end].text:
        return False
    sentence = doc[ent.start].sent.start if doc.has_annotation("SENT_START") else max(0, ent.start - 30)
    spoke = any(t.lower_ in SPEECH_VERBS or t.lower_.removesuffix("nya") in CUES  # "kata", "ujarnya"
                for t in doc[max(sentence, ent.start - 30) : ent.start - 1])
    named_person = any(e.label_ == PER and e.text == ent.text and e.start != ent.start
                       and (e.start == 0 or doc[e.start - 1].lower_ != "kepada") for e in doc_ents(doc))
    return spoke and not named_person


def _with_domain_prefix(doc: Doc, ent: Span) -> Span:
    """"POS-KUPANG.COM": the tokenizer cut the outlet's domain at its hyphen."""
    i = ent.start
    if (DOMAIN.match(ent.text) and i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
            and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha and doc[i - 2].ent_iob_ == "O"):
        return Span(doc, i - 2, ent.end, label=ent.label_, span_id=ent.id_)
    return ent


DASHES = ("-", "–", "—")  # a dateline's dash


def _dateline_names(doc: Doc) -> list[tuple[int, int, str]]:
    """A body line that opens with a dateline: "PENENGAHAN - ..." (the place, in capitals),
    "Berita Baru, Jakarta – ..." (the outlet, then a known place), "Surabaya, IDN Times - ...",
    "JABARNEWS | SUBANG – ..." or "PALU, beritapalu | ..." (a bar between or after the two)."""
    found = []
    for start in _line_starts(doc):
        if start > 0 and (bracketed := _bracketed_dateline(doc, start)):
            found += bracketed
            continue
        dash = next((i for i in range(start, min(len(doc), start + 8))
                     if doc[i].text in DASHES + ("--",) and not _glued(doc, i)
                     or doc[i].text in ("--", "---") and i > start and _capitals(doc[start:i])
                     or doc[i].text == "|" and _separated(doc[start:i], (",",))
                     or doc[i].text in DASHES and _separated(doc[start:i], ("|",))), None)  # "X | BANGKALAN-Univ"
        if dash is None or dash == start:
            continue
        words = doc[start:dash]
        comma = next((t.i for t in words if t.text in SEPARATORS), None)
        if comma is None:
            if start == 0 or words[0].ent_type_ == ORG:
                continue  # a headline, or "KPK - ..."
            if _capitals(words):
                found.append((start, dash, ORG if _outlet_after_place(words) else LOC))
            elif (caps := _capitals_opening(words)) and words[caps - 1].whitespace_ and _outlet_words(words[caps:]):
                found += [(start, start + caps, LOC), (start + caps, dash, ORG)]  # "KRAKSAAN Radar Bromo -"
            elif len(words) == 1 and _styled_as_a_brand(words[0].text):
                found.append((start, dash, ORG))  # "JagoDangdut –", "Kabar27 –", "batampos –"
            continue
        end = dash - 1 if doc[dash - 1].text == "," and dash - 1 > comma + 1 else dash  # "Orideknews.com, MANOKWARI, –"
        first, second = doc[start:comma], doc[comma + 1 : end]
        if _dateline_pair(second, first) or _domain(first) and (_capitals(second) or _a_place(second.text)):
            found += [(start, comma, ORG), (comma + 1, end, LOC)]  # "Berita Baru, Jakarta -", "TRIBUN.CO.ID, KUBURAYA -",
            # "Kaltimtoday.co, Tenggarong -" (a district's town)
        elif _dateline_pair(first, second) or _domain(second) and (_capitals(first) or _a_place(first.text)):
            found += [(start, comma, LOC), (comma + 1, end, ORG)]  # "PANGKALPINANG, LASPELA -", "PURUK CAHU, X.com -"
    return found


SEPARATORS = (",", "|")  # between a dateline's place and its outlet
DATELINE_ENDS = DASHES + ("--", ":", ".-")  # what may follow "Mataram (Inside Lombok)" before the story


def _bracketed_dateline(doc: Doc, start: int) -> list[tuple[int, int, str]]:
    """"Mataram (Inside Lombok) –", "Padang, (minangsatu) -", "PADANG (SumbarFokus)" at a line's end: a known place
    and, in brackets, the outlet; or the other way round ("OTENTIK (BANDARLAMPUNG) –")."""
    opening = next((i for i in range(start + 1, min(len(doc), start + 5)) if doc[i].text == "("), None)
    closing = next((i for i in range(opening + 2, min(len(doc), opening + 6)) if doc[i].text == ")"), None) \
        if opening is not None else None
    if closing is None:
        return []
    after = closing + 1
    if after < len(doc) and doc[after].text not in DATELINE_ENDS and "\n" not in doc[closing].whitespace_ \
            and "\n" not in doc[after].text:
        return []
    place_end = opening - 1 if doc[opening - 1].text == "," else opening
    first, inside = doc[start:place_end], doc[opening + 1 : closing]
    if not 1 <= len(first) <= 3 or any("\n" in t.whitespace_ for t in doc[start:closing]):
        return []
    if _a_place(first.text) and not _a_place(inside.text) and (_outlet_words(inside) or _domain(inside)):
        return [(start, place_end, LOC), (opening + 1, closing, ORG)]
    if _a_place(inside.text) and not _a_place(first.text) and _capitals(first):
        return [(start, place_end, ORG), (opening + 1, closing, LOC)]
    return []


def _a_place(text: str) -> bool:
    """A known place, or a region of the official list at any level ("TEMBILAHAN", a district)."""
    from kg.regions import LEVELS, candidates

    return known_place(text) or known_place(text.title()) or bool(candidates(text, LEVELS))


def _separated(words: Span, marks: tuple[str, ...]) -> bool:
    """One of ``marks`` stands between two words of ``words``: "PALU, beritapalu", "KABARMADURAID | BANGKALAN"."""
    return any(t.text in marks for t in words[1:-1])


def _styled_as_a_brand(word: str) -> bool:
    """Written as no place's name is: a capital inside the word ("JagoDangdut", "satumalukuID"), letters and digits
    ("Kabar27"), or all in lower case and no word of the language ("batampos"). Places are written "Palu", "PALU"."""
    if not word.isalnum() or not any(c.isalpha() for c in word) or len(word) < MIN_OUTLET_LETTERS - 1:
        return False
    inner_capital = any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))
    return inner_capital or any(c.isdigit() for c in word) \
        or word.islower() and not is_dictionary_word(word) and not known_place(word.title())


def _capitals(words: Span) -> bool:
    """One to three words in capitals, as a dateline writes its place ("KUALA KAPUAS")."""
    return 1 <= len(words) <= 3 and all(_in_capitals(t) for t in words)


def _capitals_opening(words: Span) -> int:
    """How many words in capitals open ``words`` (at most two), when words not in capitals follow."""
    caps = next((k for k, t in enumerate(words) if not _in_capitals(t)), 0)
    return caps if 1 <= caps <= 2 else 0


def _in_capitals(token: Token) -> bool:
    return token.is_alpha and token.text.isupper() and len(token.text) > 2


def _domain(words: Span) -> bool:
    return len(words) == 1 and bool(DOMAIN.match(words[0].text))


def _outlet_after_place(words: Span) -> bool:
    """"JABAR EKSPRES -", "RADAR BANTEN -": a place and a word that makes it no place is an outlet;
    so is one word that glues a place's name to letters naming none ("MALANGTIMES -", "KANALMEDAN -")."""
    from kg.regions import LEVELS, candidates

    if len(words) == 1:
        return _glued_to_a_place(words[0].text)
    return len(words) >= 2 and known_place(words[0].text) and not known_place(words.text) \
        and not known_place(words[1:].text) and not candidates(words.text, LEVELS)


MIN_OUTLET_LETTERS = 6  # a one-word outlet in lower case: "batampos", not "kami"
MIN_GLUED_PLACE = 4  # letters of the place a glued outlet name holds: "MEDAN", "WONOSOBO"
MIN_GLUED_REST = 3  # and of what it is glued to: "ZONE", "TODAY"


def _glued_to_a_place(word: str) -> bool:
    """A word in capitals that no place of any level is called, made of a known place's name and letters
    that name no place: "WONOSOBOZONE", "GROBOGANTODAY"; not a town the lists lack ("BUNTOK", "KASONGAN")."""
    if not word.isalpha() or _a_place(word):
        return False
    for cut in range(MIN_GLUED_REST, len(word) - MIN_GLUED_REST + 1):
        head, tail = word[:cut], word[cut:]
        for place, rest in ((head, tail), (tail, head)):
            if len(place) >= MIN_GLUED_PLACE and known_place(place.title()) and not _a_place(rest):
                return True
    return False


def _glued(doc: Doc, i: int) -> bool:
    """A hyphen inside a word ("TRIBUN-PANTURA.COM"), not a dateline's dash."""
    return 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _dateline_pair(place: Span, outlet: Span) -> bool:
    """A known place (2 words at most) and an outlet name (3 words at most, or a domain) that is no place."""
    return (1 <= len(place) <= 2 and 1 <= len(outlet) <= 4 and _outlet_words(outlet)
            and known_place(place.text) and not known_place(outlet.text))


def _outlet_words(span: Span) -> bool:
    """Capitalised words, or a domain the tokenizer cut at its hyphen ("TRIBUN-PANTURA.COM"), or one word
    in lower case that is no word of the language ("gemasulawesi", "beritapalu")."""
    if len(span) == 1 and span[0].is_alpha and len(span[0]) >= MIN_OUTLET_LETTERS \
            and not is_dictionary_word(span[0].lower_):
        return True
    words = [t for t in span if t.text != "-"]
    glued = all(not t.whitespace_ for t in span[:-1]) if any(t.text == "-" for t in span) else True
    return glued and len(words) <= 3 and all(
        (t.is_alpha or DOMAIN.match(t.text)) and t.text[:1].isupper() for t in words)


@lru_cache(maxsize=1 << 16)
def known_place(text: str) -> bool:
    """A place of the offline GeoNames tables, or a province, regency or city of the official list.

    Cached: the name rules ask it of most capitalised words, the same ones again and again."""
    from kg.link import link_place
    from kg.nlp.regions import is_region_name

    return link_place(text) is not None or is_region_name(text)


def _line_starts(doc: Doc) -> list[int]:
    texts = token_texts(doc)  # a line break is in a token's text or in the whitespace after it
    return [i for i in range(len(doc)) if i == 0 or "\n" in texts[i - 1] or "\n" in doc[i - 1].whitespace_
            if not doc[i].is_space]


def _dateline_place(doc: Doc, ent: Span, previous: Span | None) -> bool:
    return (
        previous is not None and bool(DOMAIN.match(previous.text)) and ent.text.isupper() and ent.text.isalpha()
        and all(t.text in ("|", ",", "-", "–") for t in doc[previous.end : ent.start]) and ent.start > previous.end
        and ent.end < len(doc) and doc[ent.end].text in DASHES
    )


def _dateline_outlet(doc: Doc, ent: Span) -> bool:
    """The outlet of a dateline: "PANDEGLANG, KOMPAS.com -" at a line start, the name between "," and a dash."""
    if ent.start < 2 or ent.end >= len(doc) or doc[ent.start - 1].text != "," or doc[ent.end].text not in DASHES:
        return False
    first = ent.start - 2
    while first > 0 and not ("\n" in doc[first - 1].text or "\n" in doc[first - 1].whitespace_):
        first -= 1
    if ent.start - first > 4 or not all(t.text[:1].isupper() for t in doc[first : ent.start - 1]):
        return False
    from kg.link import link_place

    return link_place(ent.text) is None  # "Liputan6.com, Moskow -" has the outlet first


def _media_cue_before(doc: Doc, start: int, cues: tuple = MEDIA_CUES) -> bool:
    last = doc[start - 1].lower_ if start > 0 else None  # a cue's last word must be this one
    for cue in cues:
        begin = start - len(cue)
        if begin >= 0 and (not cue or cue[-1] == last) and tuple(t.lower_ for t in doc[begin:start]) == cue:
            return True
    return False


def _source_verb_before(doc: Doc, start: int) -> bool:
    before = doc[start - 1].lower_ if start >= 1 else ""
    if before == "dari" and start >= 2:
        before = doc[start - 2].lower_
    return before in SOURCE_VERBS


def _place_name_end(doc: Doc, start: int, taken: set[int]) -> int:
    """End of the capitalised name starting at ``start`` (at most three words, no RT/RW numbers); no name
    opens with an office ("Turun Kampung Bupati Waropen": the regent's village tour) and none holds a rank
    ("Kapolres Kupang Kota Kombes Pol X": the city's police chief and his rank)."""
    if start < len(doc) and doc[start].lower_ in HEADS:
        return start
    end = start
    while (
        end < len(doc) and end - start < 3 and end not in taken and doc[end].is_alpha
        and doc[end].text[:1].isupper() and doc[end].lower_ not in ("rt", "rw") and doc[end].lower_ not in SERVICE_RANKS
        and not (end > start and doc[end].lower_ in LEVEL_WORDS)  # "Desa Sungai Cuka Kec. Kintap": two places
        and not (end > start and is_common_word(doc[end].text))
    ):
        end += 1
    return end


def _after_office(doc: Doc, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ in HEADS


def _listed_places(doc: Doc, ents: list[Span]) -> set[int]:
    """Starts of one-word "persons" listed after a level-word place: "Kecamatan Sidareja, Gandrungmangu"."""
    by_start = {e.start: e for e in ents}
    result: set[int] = set()
    for head in ents:
        if head.label_ != LOC or head[0].lower_ not in LEVEL_WORDS or _after_office(doc, head.start):
            continue  # "Kepala Desa Kutamendala, Fathuri": the name after an office is its holder
        i = head.end
        while i + 1 < len(doc) and doc[i].text in (",", "dan", "serta"):
            j = i + 2 if doc[i + 1].text == "dan" else i + 1
            item = by_start.get(j)
            if item is None or len(item) > 2 or item.label_ not in (LOC, PER):
                break
            if item.label_ == PER and title_before(doc, j) is None:  # "Kepala BPBD Kabupaten Sekadau, Akhmad
                result.add(j)  # Suryadi": the place ends an office's title, the name is its holder
            i = item.end
    return result


# Words after which a name is where something is or where someone lives: "di Sagea", "warga Maba Sangaji".
PLACE_BEFORE = frozenset({"di", "ke", "dari", "warga", "masyarakat", "kawasan", "wilayah"})


def _addressed_places(doc: Doc, ents: list[Span]) -> set[int]:
    """Starts of one- or two-word "persons" that the words around them make places: a region of the official
    list after "di", "ke", "warga" ("di Sagea", "warga Maba Sangaji"), or any name there followed by a comma
    and a place ("di Sibreh, Kabupaten Aceh Besar"); a name with its region in brackets ("Manggopoh (Agam)");
    a name joined by a dash to a place, as roads are named after the places they link ("Kalisube–Binangun");
    a name a person is a resident of ("Ramlan warga Ranai", "Budi, warga Ranai"): no one lives in a person.
    """
    from kg.nlp.regions import is_region_name
    from kg.regions import LEVELS, candidates

    places = {e.start: e for e in ents if e.label_ == LOC}
    place_ends = {e.end: e for e in ents if e.label_ == LOC}
    people = {e.start: e for e in ents if e.label_ == PER and len(e) <= 2}
    person_ends = {e.end for e in ents if e.label_ == PER}
    lowers = token_lowers(doc)
    result: set[int] = set()
    for start, ent in people.items():
        end = ent.end
        then_place = end + 1 < len(doc) and doc[end].text == "," and end + 1 in places
        after_word = start > 0 and lowers[start - 1] in PLACE_BEFORE
        inside = places.get(end + 1) if end + 2 < len(doc) and doc[end].text == "(" else None
        bracketed = (inside is not None and inside.end < len(doc) and doc[inside.end].text == ")"
                     and is_region_name(inside.text))  # not "Fungfa Korpthammakit (Thailand)": a player's country
        dashed = (end < len(doc) and doc[end].text in DASHES and (end + 1 in places or end + 1 in people)
                  and doc[end - 1].whitespace_ == "") or (start > 0 and doc[start - 1].text in DASHES
                                                         and start - 1 in place_ends and not doc[start - 1].whitespace_)
        resident = start > 1 and lowers[start - 1] == "warga" and (
            start - 1 in person_ends or doc[start - 2].text == "," and start - 2 in person_ends)
        if bracketed or resident or after_word and then_place or (after_word or dashed) and candidates(ent.text, LEVELS):
            result.add(start)  # the list is asked last: most names have no word around them that makes a place
    return result


def _missed_places(doc: Doc, ents: list[Span], taken: set[int]) -> list[Span]:
    """Places named with their level word that the model left out ("Desa Kutamendala", "kecamatan
    Waluran"), and the names listed after one ("Kecamatan Sidareja, Gandrungmangu dan Kedungreja")."""
    added = []
    levels = [i for i, lower in enumerate(token_lowers(doc)) if lower in LEVEL_WORDS and i + 1 < len(doc)
              and i + 1 not in taken]
    for i in levels:
        abbreviated = doc[i].lower_ in ("kab", "kec", "kel", "prov") and doc[i + 1].text == "."
        name = i + 2 if abbreviated and i + 2 < len(doc) and i + 2 not in taken else i + 1  # "Kec. Kintap"
        start = i if doc[i].text[:1].isupper() else name
        end = _place_name_end(doc, name, taken)
        if end == name + 1 and no_region_but_a_word(doc[name].text):
            continue  # "untuk Kota Lain", "sebagai Desa Terbaik": a level word and a common word
        if doc[name].lower_ in MONTHS and name + 1 < len(doc) and doc[name + 1].like_num:
            continue  # "PAW Kepala Desa Desember 2025": a date after the level word
        if end > name and start not in taken:
            added.append(Span(doc, start, end, label=LOC, span_id=RULE_ID))
            taken.update(range(start, end))
    places = {e.start: e for e in list(ents) + added if e.label_ == LOC}
    heads = sorted((e for e in places.values() if e[0].lower_ in LEVEL_WORDS), key=lambda e: e.start)
    for head in heads:  # "Kecamatan A, B, dan C": B and C are places of the same level
        if _after_office(doc, head.start):
            continue
        i = head.end
        while i + 1 < len(doc) and doc[i].text in (",", "dan", "serta"):
            j = i + 1 if doc[i + 1].text != "dan" else i + 2
            if j in places:  # a place already found: the list goes on after it
                i = places[j].end
                continue
            if j >= len(doc) or j in taken or doc[j].lower_ in HEADS or doc[j].lower_ in WEEKDAYS:
                break  # "..., Camat Blahbatuh": an office holder, not one more place; "..., Rabu, (22/6)": the day
            end = _place_name_end(doc, j, taken)
            if end == j or (end < len(doc) and doc[end].text not in (",", ".", "dan", "serta", ")", ";")):
                break
            added.append(Span(doc, j, end, label=LOC, span_id=RULE_ID))
            taken.update(range(j, end))
            i = end
    return added


def no_region_but_a_word(word: str) -> bool:
    """A word the corpora mostly write in lower case that no region of the list is named ("lain"; not "Baru")."""
    return word.isalpha() and is_common_word(word) and not is_listed_place(word)


def is_listed_place(text: str) -> bool:
    """A place of GeoNames or a region of the official list at any level, down to districts and villages."""
    from kg.regions import LEVELS, candidates

    return known_place(text) or bool(candidates(text, LEVELS))


def _missed_countries(doc: Doc, taken: set[int]) -> list[Span]:
    """Countries the model left out ("Menlu Pakistan, Menlu Bangladesh"): a country's full name,
    written with capitals and standing alone (not the first or last word of a longer name), and "tanah air"
    (the homeland: Indonesia, as the alias list says) in lower case."""
    from kg.link import COUNTRY, link_place

    added = []
    texts, alpha = token_texts(doc), token_is_alpha(doc)
    i = 0
    while i < len(doc):
        if texts[i] == "tanah" and i + 1 < len(doc) and texts[i + 1] == "air" and not taken & {i, i + 1}:
            added.append(Span(doc, i, i + 2, label=LOC, span_id=RULE_ID))  # "di tanah air": Indonesia
            i += 2
            continue
        if i in taken or not texts[i][:1].isupper() or not alpha[i]:
            i += 1  # what the test below finds of the first word, for either size, without the spans
            continue
        for size in (2, 1):
            if i + size > len(doc) or any(k in taken or not alpha[k] or not texts[k][:1].isupper()
                                          for k in range(i, i + size)):
                continue
            found = link_place(words_text(doc, i, i + size), kinds=(COUNTRY,))  # a cached look-up: cheaper than the tests below
            if found is None or found.abbreviation and not _short_form_after_an_office(doc, i, i + size):
                continue
            name_after = _capitalised_free(doc, i + size, taken)
            if (_capitalised_free(doc, i - 1, taken) or name_after) \
                    and not (_office_before(doc, i) and (name_after or _envoy_before(doc, i))):
                continue  # part of a longer name; but "Duta Besar Kanada Cameron MacKay": the country between an office
                # and its holder, and "(Duta Besar Bulgaria untuk Indonesia)": the country an envoy is sent by
            added.append(Span(doc, i, i + size, label=LOC, span_id=RULE_ID))
            taken.update(range(i, i + size))
            i += size - 1
            break
        i += 1
    return added


def _short_form_after_an_office(doc: Doc, start: int, end: int) -> bool:
    """"Presiden RI", "Menlu AS": a country's short form right after an office is the country; not a body's
    acronym before its region ("anggota DPRK Aceh Barat")."""
    return start > 0 and is_head(doc[start - 1]) and not (end < len(doc) and doc[end].ent_type_ == LOC)


def _whole_countries(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Papua Nugini" where the model tagged "Nugini" alone (as a person), "Korea" + "Selatan": a
    country's full name of two or three capitalised words is one place, whatever the model cut it into."""
    from kg.link import COUNTRY, link_place

    texts, alpha = token_texts(doc), token_is_alpha(doc)
    at = {k: n for n, e in enumerate(ents) for k in range(e.start, e.end)}
    replaced: dict[int, Span] = {}
    dropped: set[int] = set()
    i = 0
    while i < len(doc):
        if not texts[i][:1].isupper():
            i += 1  # every window below opens with this word
            continue
        for size in (3, 2):
            window = range(i, i + size)
            if i + size > len(doc) or not all(texts[k][:1].isupper() and alpha[k] for k in window):
                continue
            inside = {at[k] for k in window if k in at}
            if not inside or any(ents[n].start < i or ents[n].end > i + size for n in inside) or (
                    len(inside) == 1 and all(k in at for k in window)):
                continue  # nothing tagged (see _missed_countries), part of a longer name, or already whole
            found = link_place(words_text(doc, i, i + size), kinds=(COUNTRY,))
            if found is None or found.abbreviation:
                continue
            first = min(inside)
            replaced[first] = Span(doc, i, i + size, label=LOC, span_id=RULE_ID)
            dropped |= inside - {first}
            i += size - 1
            break
        i += 1
    if not replaced:
        return ents
    return [replaced.get(n, e) for n, e in enumerate(ents) if n not in dropped]


def _envoy_before(doc: Doc, i: int) -> bool:
    """Is the office ending before token ``i`` an envoy's ("Duta Besar", "Konsul Jenderal", "Kuasa Usaha")?"""
    title = title_before(doc, i)
    return title is not None and doc[title[0]].lower_ in ENVOYS


def _office_before(doc: Doc, i: int) -> bool:
    """Does an office title ("Duta Besar", "Menlu", "Menteri Luar Negeri") end right before token ``i``?"""
    if i == 0 or not doc[i - 1].text[:1].isupper():
        return False  # "..., Menlu Bangladesh, dan Jordan Henderson": a list goes on, no title right before
    title = title_before(doc, i)
    return title is not None and title[1] == i


def _capitalised_free(doc: Doc, i: int, taken: set[int]) -> bool:
    return 0 <= i < len(doc) and i not in taken and doc[i].is_alpha and doc[i].text[:1].isupper() \
        and not doc[i].is_sent_start and doc[i].lower_ not in HEADS


# Indonesian football clubs are named "Pers" + a contraction of their town ("Persebaya", "Persinga",
# "Persewangi"): a word of that form that the corpora never write in lower case and that the article
# capitalises inside a sentence is a club ("Persiapan", "Persulit" open sentences and headlines).
CLUB = re.compile(r"Pers[a-z]{2,}")


def _missed_clubs(doc: Doc, ents: list[Span], taken: set[int]) -> list[Span]:
    """Clubs the model left out, with the town written right after the name ("Persekap Kota Pasuruan")."""
    texts = token_texts(doc)
    clubs = {text for i, text in enumerate(texts) if i > 0 and CLUB.fullmatch(text) and texts[i - 1].islower()
             and texts[i - 1].isalpha() and is_never_in_lower_case(text) and not is_dictionary_word(text)}
    if not clubs:
        return []
    place_at = {e.start: e for e in ents if e.label_ == LOC}
    added = []
    for i, text in enumerate(texts):
        if i in taken or text not in clubs:
            continue
        end = _town_end(doc, i + 1, place_at, taken)
        added.append(Span(doc, i, end, label=ORG, span_id=RULE_ID))
        taken.update(range(i, end))
    return added


def _town_end(doc: Doc, i: int, place_at: dict[int, Span], taken: set[int]) -> int:
    """Where the town written at ``i`` after a club's name ends ("Banyuwangi", "Kota Pasuruan"); ``i`` if none."""
    level = i < len(doc) and doc[i].lower_ in LEVEL_WORDS
    for start in (i, i + 1) if level else (i,):
        if start in place_at:
            return place_at[start].end
    for n in (2, 1):
        words = doc[i : i + n]
        if len(words) == n and not taken.intersection(range(i, i + n)) and words[-1].text[:1].isupper() \
                and known_place(words.text):
            return i + n
    return i


def _missed_outlets(doc: Doc, taken: set[int]) -> list[Span]:
    """Capitalised names right after a media cue or a citing verb that the model left out:
    "televisi Rossiya-1", "seperti dikutip Antara"."""
    added = []
    texts = token_texts(doc)
    for i in range(len(doc)):
        if i in taken or not texts[i][:1].isupper():
            continue
        if not (_media_cue_before(doc, i, NAMING_CUES) or _source_verb_before(doc, i)):
            continue
        end = i + 1
        while end < len(doc) and end - i < MAX_NEW_NAME_TOKENS and end not in taken and (
            not doc[end - 1].whitespace_ or doc[end].text[:1].isupper()
        ) and not doc[end].is_space and doc[end].text not in ",.;:!?\"“”'":
            end += 1
        while end > i + 1 and doc[end - 1].is_punct:
            end -= 1
        added.append(Span(doc, i, end, label=ORG, span_id=RULE_ID))
        taken.update(range(i, end))
    return added


def is_agency_credit(ent: Span) -> bool:
    """"Rantau (ANTARA) - ...": a one-word name in capitals between brackets credits a news agency, whatever the
    word means in lower case ("antara": between)."""
    doc = ent.doc
    return (len(ent) == 1 and ent.text.isupper() and len(ent.text) >= 4 and ent.start > 0
            and doc[ent.start - 1].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")")
