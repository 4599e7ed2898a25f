"""Entity labels from the words around a name, where the model's guess is weakest.

News names its sources with set phrases: "kantor berita Rusia Tass", "melansir Kyodonews",
"di televisi Rossiya-1". A name in such a slot is an organization, whatever the model said,
and a missed one is added. A "person" whose name starts or ends with a facility word
("Bandara ...", "Vostochny Cosmodrome") is a place. The cue words are ordinary Indonesian,
not names, so the rules carry over to any article.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.records import LOC, ORG, PER

RULE_ID = "kg_rule"

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
})
FACILITY_LAST = frozenset({"cosmodrome", "airport", "station", "port", "stadium", "kosmodrom"})
# The first word of an institution's name: schools, police and army units, courts, prosecutors,
# local governments, ministries and agencies ("SMA Negeri 1 Metro", "Polres Jakarta Timur",
# "Pemkab Kudus", "Kejaksaan Tinggi NTT"). Such a name is an organization, never a person or place.
ORG_FIRST = frozenset({
    "sma", "smp", "sd", "smk", "sman", "smpn", "sdn", "smkn", "smak", "ma", "man", "mts", "mtsn", "min",
    "sekolah", "madrasah", "pesantren", "universitas", "institut", "politeknik", "akademi", "fakultas",
    "polres", "polresta", "polrestabes", "polsek", "polda", "polri", "mapolres", "mapolresta", "mapolsek",
    "mapolda", "kodam", "kodim", "korem", "koramil", "lanud", "lantamal", "kejaksaan", "kejari", "kejati",
    "kejagung", "pengadilan", "mahkamah", "pemkab", "pemkot", "pemprov", "pemda", "pemerintah", "dprd",
    "kementerian", "kemenkes", "kemenag", "kemendagri", "kemenkeu", "kemenperin", "kemlu", "kemendikbud",
    "dinas", "badan", "komisi", "lembaga", "kantor", "direktorat", "partai", "fraksi", "bank", "pt", "cv",
    "yayasan", "perum", "persero", "klub", "kpu", "bawaslu", "bpbd", "kpk",
})
DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|org|co|tv|news)$", re.I)
MAX_NEW_NAME_TOKENS = 4
# Cues specific enough to add a name the model missed ("media Barat" is not an outlet).
NAMING_CUES = tuple(cue for cue in MEDIA_CUES if cue not in (("media",), ("radio",)))


def relabel_by_cues(doc: Doc) -> None:
    """Apply the media and facility cues to ``doc.ents`` (and add outlets the model missed)."""
    ents = list(doc.ents)
    changed = False
    fixed = []
    for index, ent in enumerate(ents):
        label = _cued_label(doc, ent, ents[index - 1] if index else None)
        if label != ent.label_:
            changed = True
            ent = Span(doc, ent.start, ent.end, label=label, span_id=ent.id_)
        fixed.append(ent)
    added = _missed_outlets(doc, {t.i for e in fixed for t in e})
    if changed or added:
        doc.set_ents(sorted(fixed + added, key=lambda e: e.start), default="outside")


def _cued_label(doc: Doc, ent: Span, previous: Span | None) -> str:
    if DOMAIN.match(ent.text) or (len(ent) > 1 and ent[0].lower_ in ORG_FIRST) or _dateline_outlet(doc, ent):
        return ORG  # "Republika.co.id", "Polres Jakarta Timur", "JAKARTA, BicaraIndonesia -"
    if len(ent) == 1 and ent.label_ == PER and (ent.text.isupper() and len(ent.text) >= 3 or ent[0].lower_ in ORG_FIRST):
        return ORG  # "BKPM", "Kemlu": an acronym or a body's short name is not a person
    if ent.label_ == PER and (ent[0].lower_ in FACILITY_FIRST or ent[-1].lower_ in FACILITY_LAST):
        return LOC
    start = ent.start
    if previous is not None and previous.end == start and previous.label_ == LOC:
        start = previous.start  # "kantor berita Rusia Tass": the outlet's country comes between
    if ent.label_ == PER and _media_cue_before(doc, start):
        return ORG  # "media Rusia" stays the country; "kantor berita Rusia Tass" is an outlet
    if ent.label_ == PER and len(ent) == 1 and _source_verb_before(doc, ent.start):
        return ORG  # a one-word "person" one cites as a source is an outlet
    return ent.label_


def _dateline_outlet(doc: Doc, ent: Span) -> bool:
    """The outlet of a dateline: "PANDEGLANG, KOMPAS.com -" at a line start, the name between "," and a dash."""
    if ent.start < 2 or ent.end >= len(doc) or doc[ent.start - 1].text != "," or doc[ent.end].text not in ("-", "–", "—"):
        return False
    first = ent.start - 2
    while first > 0 and not ("\n" in doc[first - 1].text or "\n" in doc[first - 1].whitespace_):
        first -= 1
    if ent.start - first > 4 or not all(t.text[:1].isupper() for t in doc[first : ent.start - 1]):
        return False
    from kg.link import link_place

    return link_place(ent.text) is None  # "Liputan6.com, Moskow -" has the outlet first


def _media_cue_before(doc: Doc, start: int, cues: tuple = MEDIA_CUES) -> bool:
    for cue in cues:
        begin = start - len(cue)
        if begin >= 0 and tuple(t.lower_ for t in doc[begin:start]) == cue:
            return True
    return False


def _source_verb_before(doc: Doc, start: int) -> bool:
    before = doc[start - 1].lower_ if start >= 1 else ""
    if before == "dari" and start >= 2:
        before = doc[start - 2].lower_
    return before in SOURCE_VERBS


def _missed_outlets(doc: Doc, taken: set[int]) -> list[Span]:
    """Capitalised names right after a media cue or a citing verb that the model left out:
    "televisi Rossiya-1", "seperti dikutip Antara"."""
    added = []
    for i in range(len(doc)):
        if i in taken or not doc[i].text[:1].isupper():
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
