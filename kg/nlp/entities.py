"""Entity clean-up after the trained NER (``kg_entities``), so the rules see usable names.

The model's spans are mostly kept; these steps fix what it gets wrong on real news, in order:
a name run over a sentence end, a place glued to a person ("Korut Kim Jong-un") or headline
words ("Jokowi Terima Kunjungan") is cut (``repair_entities``); an institution word cut off from
its name is joined back ("Kejaksaan" + "Agung RI"); "Hanura dan PBB" is split; a bracketed
acronym is tagged like its name ("... Korupsi (KPK)"); a title glued to a name is split off
("Menlu Pakistan", "Majelis Hakim Sulistiyono"); words that never occur in a name are cut off a
name's edges and common words capitalised by position are dropped ("Dokter", "Banjir"), by the
corpora's casing counts (``kg.nlp.casing``); cue words relabel outlets, institutions and places
(``kg.nlp.cues``); names found once are found again where the model missed them; and every
name ends with one type per article (``unify_labels``). Added spans get the id ``kg_rule``
(``Mention.origin`` "rule").
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections import Counter

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from kg.link import COUNTRY, is_well_known_city, link_place
from kg.nlp.casing import (
    can_be_common_word, casing_counts, is_capitalised_term, is_common_acronym, is_common_word, is_mixed_acronym,
    is_never_a_name, is_never_capitalised_alone, is_never_in_lower_case, is_person_word, is_plain_word,
    is_seen_only_in_lower_case, is_unit_word, in_corpora, dictionary_form, corpus_spelling,
)
from kg.nlp.context import (
    doc_ents, doc_text, ents_held, per_doc, per_ents, set_ents, token_is_alpha, token_is_space, token_lowers, token_texts,
)
from kg.nlp.cues import (
    FORCE_FIRST, HONORIFICS, ORG_FIRST, ORG_LAST, SCHOOL_WORDS, has_org_word, is_agency_contraction, is_agency_credit, known_place,
    is_listed_place, no_region_but_a_word, relabel_by_cues,
)
from kg.nlp.dates import CALENDAR_WORDS, MONTHS, WEEKDAYS
from kg.nlp.degrees import degree_end, degree_tokens, name_before_degrees, trim_degrees
from kg.nlp.morph import is_dictionary_word, is_word
from kg.nlp.quotes import CUES as SPEECH_CUES
from kg.nlp.quotes import SPEECH_VERBS
from kg.nlp.regions import is_region_name, join_lower_case_regions, normalise, region_names, tag_regions
from kg.nlp.sites import tag_site_names
from kg.nlp.spantext import span_text, words_text
from kg.nlp.roles import (
    ENGLISH_HONORIFICS, HEADS, NAME_TITLES, NOBLE, PREFIXES, RANKS, REGIONAL_OFFICES, SERVICE_RANKS, SERVICE_UNITS,
    ent_label, is_head, names_a_panel, rank_words_end, stated_as_end, title_before,
)
from kg.nlp.sentences import DATELINE, SHORT_FIRST_NAMES, _ends_sentence, _starts_sentence, boundaries
from kg.records import ENTITY_LABELS, LOC, ORG, PER
from kg.regions import DISTRICT, LEVELS, URBAN_VILLAGE, VILLAGE, candidates
from kg.words import AREA_WORDS, BODY_WORDS, BRANCH_BOARDS, FACILITY_KINDS, FACILITY_WORDS, LEVEL_WORDS, RELIGIONS

RULE_ID = "kg_rule"
MIN_SURNAME_CHARS = 3


TRAILING_JOINERS = frozenset({"dan", "serta", "atau", "&", ",", ":", ";"})  # "Anggota DPRD: Iswanto, ...": a list follows


PAIRED = {"(": ")", "[": "]", "“": "”", '"': '"'}  # an opening mark and its closer
CLOSING = {")": "(", "]": "[", "”": "“"}


def clip_entities(doc: Doc) -> None:
    """Cut entity spans at a sentence end or newline inside them ("Kementerian Dalam Negeri. Sebelumnya"),
    the "dan" the model left at the end of one ("Dinas Sosial dan"), and a bracket or quote mark at an
    edge that the span does not close or open ("(Gus Dur" of "Abdurrahman Wahid (Gus Dur)").

    The NER sometimes runs a name over a boundary; the rules trust the boundary.
    """
    changed = False
    ents = []
    for ent in doc_ents(doc):
        front, back = _unpaired_edges(token_texts(doc)[ent.start : ent.end])
        start, end = ent.start + front, ent.start + back
        if start != ent.start:
            changed = True
            ent = Span(doc, start, ent.end, label=ent.label_, span_id=ent.id_)
        while end - ent.start > 1 and doc[end - 1].lower_ in TRAILING_JOINERS:
            end -= 1  # "Dinas Sosial dan" + "Dinas Kesehatan"
        for i in range(ent.start, end):
            token = doc[i]
            if ("\n" in token.text and token.is_space) or (
                i > ent.start and _ends_sentence(doc, i) and i + 1 < len(doc) and _starts_sentence(doc[i + 1])
            ) or ("\n" in token.whitespace_ and i + 1 < ent.end):
                end = i if not token.whitespace_ or token.is_space or _ends_sentence(doc, i) else i + 1
                break
        if end != ent.end:
            changed = True
            if end > ent.start:
                ents.append(Span(doc, ent.start, end, label=ent.label_, span_id=ent.id_))
            continue
        ents.append(ent)
    if changed:
        set_ents(doc, ents, default="outside")


def _unpaired_edges(texts: list[str]) -> tuple[int, int]:
    """Where a span's name starts and ends once the opening marks at its front and the closing marks at
    its back that it does not pair are cut off (offsets into ``texts``)."""
    front, back = 0, len(texts)
    while back - front > 1 and texts[front] in PAIRED and PAIRED[texts[front]] not in texts:
        front += 1
    while back - front > 1 and texts[back - 1] in CLOSING and CLOSING[texts[back - 1]] not in texts:
        back -= 1
    return front, back


def cut_amounts(doc: Doc) -> None:
    """"Gresik Rp31.000 per", "Kota Blitar Rp": a name ends before an amount of money."""
    found, ents = doc_ents(doc), []  # doc.ents read once: each read makes a Span per entity
    for ent in found:
        cut = next((t.i for t in ent[1:] if re.match(r"(?i)rp\.?\d*$|rp\d|us\$|\$\d", t.text)), None)
        ents.append(ent if cut is None else Span(doc, ent.start, cut, label=ent.label_, span_id=ent.id_))
    if any(a.end != b.end for a, b in zip(ents, found)):
        set_ents(doc, ents, default="outside")


def cut_common_acronyms(doc: Doc) -> None:
    """"UMK Barut", "KUR BRI", "UMK 2023": an acronym the corpora write often but never in a name (a wage,
    a loan) opens no name; what follows it may be one (the region, the bank)."""
    ents, changed = [], False
    for ent in doc_ents(doc):
        if len(ent) > 1 and ent[0].is_alpha and is_common_acronym(ent[0].text):
            changed = True
            rest = ent[1:]
            if rest[0].is_alpha and not is_common_word(rest[0].text):  # not "APBD Perubahan", "KA Lokal"
                label = LOC if known_place(rest.text) else ent.label_
                ents.append(Span(doc, rest.start, rest.end, label=label, span_id=ent.id_))
            continue
        ents.append(ent)
    if changed:
        set_ents(doc, ents, default="outside")


#: Level words news writes cut short with a dot ("Kab. Sukabumi", "Kantor Kemenag Kab.Mura", "Kec. Cibadak").
ABBREVIATED_LEVELS = frozenset({"kab", "kec", "prov", "kel", "ds"})


def join_abbreviated_levels(doc: Doc) -> None:
    """"Kab. Sukabumi": the model stops a name at the dot of an abbreviated level word ("Sukabumi" alone,
    "Kantor Kementerian Agama Kab" + "Mura"); the level word, its dot and the name after them are one
    name, with the body the level word ends, if any: a body's name then ("Pemkab Kab. Lebak"), else a place's."""
    ents = list(doc_ents(doc))
    at = {i: e for e in ents for i in range(e.start, e.end)}
    spans: list[tuple[int, int, str, str]] = []
    for i, lower in enumerate(token_lowers(doc)):  # the cached words first: few are abbreviated levels
        if lower not in ABBREVIATED_LEVELS or i + 2 >= len(doc) or doc[i + 1].text != "." \
                or not doc[i].text[:1].isupper() or not doc[i + 2].text[:1].isupper() or not doc[i + 2].is_alpha:
            continue
        left, right = at.get(i), at.get(i + 2)
        if (left is not None and left.end != i + 1) or (right is not None and right.start != i + 2) \
                or (spans and spans[-1][1] > i):
            continue
        end = right.end if right is not None else _capitalised_run_end(doc, i + 2, 3, stop=HEADS | LEVEL_WORDS)
        if right is not None and len(right) > 1 and right[-1].lower_ in ABBREVIATED_LEVELS \
                and end < len(doc) and doc[end].text == ".":
            end -= 1  # "Kec. Sulamu Kab. Kupang" tagged "Sulamu Kab": the next level word opens the next name
        if left is not None and spans and spans[-1][1] > left.start:
            left = None  # its first words went to the name before ("Sulamu" of "Kec. Sulamu")
        body = left is not None and left.label_ == ORG and len(left) > 1
        spans.append((left.start if left is not None else i, end, ORG if body else LOC,
                      left.id_ if left is not None else RULE_ID))
    if not spans:
        return
    covered = {k for start, end, _, _ in spans for k in range(start, end)}
    kept = [e for e in ents if not any(k in covered for k in range(e.start, e.end))]
    kept += [Span(doc, start, end, label=label, span_id=span_id) for start, end, label, span_id in spans]
    set_ents(doc, sorted(kept, key=lambda e: e.start), default="outside")


STREET_WORDS = frozenset({"jalan", "jl", "jln"})


def split_level_words(doc: Doc) -> None:
    """"Dusun Martapura Desa Mekar Sari", "Jl Panglima Sudirman Kota Probolinggo": a place name that reaches a
    (second) level word is two places.
    The level word that ends a regional office ("Wali Kota Semarang", "Kepala Desa Leyao") is the
    office's, not part of the place's name."""
    from kg.link_regions import office_before

    found, ents = doc_ents(doc), []  # doc.ents read once: each read makes a Span per entity
    changed = False
    for ent in found:
        if ent.label_ == LOC and len(ent) > 1 and ent[0].lower_ in LEVEL_WORDS and ent.start > 0 \
                and (office_before(doc[max(0, ent.start - 2) : ent.start + 1].text + " ") or "").lower().endswith(
                    " " + ent[0].lower_):
            ent, changed = Span(doc, ent.start + 1, ent.end, label=LOC, span_id=ent.id_), True
        placed = ent.label_ == LOC and (ent[0].lower_ in LEVEL_WORDS or ent[0].lower_.rstrip(".") in STREET_WORDS)
        cuts = [t.i for t in ent[2:-1] if placed and t.lower_ in LEVEL_WORDS and t.text[:1].isupper()
                and doc[t.i - 1].lower_ not in LEVEL_WORDS]
        if ent.label_ == LOC:  # "desa Wowong kecamatan Omesuri kabupaten Lembata": a level word in lower case
            cuts = sorted(set(cuts) | {t.i for t in ent[1:-1] if t.lower_ in LEVEL_WORDS and t.text.islower()
                                       and doc[t.i + 1].text[:1].isupper() and doc[t.i - 1].lower_ not in LEVEL_WORDS})
        start = ent.start
        for cut in cuts:
            ents.append(Span(doc, start, cut, label=LOC, span_id=ent.id_))
            start = cut
        ents.append(ent if start == ent.start else Span(doc, start, ent.end, label=LOC, span_id=ent.id_))
    if changed or len(ents) != len(found):
        set_ents(doc, ents, default="outside")


@per_ents
def _sentence_starts(doc: Doc) -> frozenset[int]:
    """Token indices that start a sentence (``kg.nlp.sentences.boundaries``; kg_sentences has not run yet), and
    the first word after a paragraph's dateline ("JagoDangdut – Kabar pernikahan ...": "Kabar" is a common word)."""
    starts = boundaries(doc)
    text = doc_text(doc)
    after_datelines = []
    for start in starts:
        dateline = DATELINE.match(text, doc[start].idx) if start == 0 or "\n" in doc[start - 1].text else None
        if dateline is not None and (word := doc.char_span(dateline.end(), dateline.end() + 1, alignment_mode="expand")):
            after_datelines.append(word.start)
    return frozenset(starts + after_datelines)


@per_doc
def _title_case_lines(doc: Doc) -> frozenset[int]:
    """Token indices on headline-like lines (most words capitalised), where the NER often runs on."""
    texts, alpha, space = token_texts(doc), token_is_alpha(doc), token_is_space(doc)
    result: set[int] = set()
    line: list[int] = []
    for i in range(len(doc) + 1):
        if i == len(doc) or ("\n" in texts[i] and space[i]):
            words = [k for k in line if alpha[k]]
            if len(words) >= 4 and sum(texts[k][:1].isupper() for k in words) >= 0.6 * len(words):
                result.update(line)
            line = []
        else:
            line.append(i)
    return frozenset(result)


def _majority_labels(ents: list[Span], headline: frozenset[int] = frozenset()) -> dict[str, str]:
    """Each entity text's most frequent label; a place named with its level word ("Desa Kutamendala")
    also lends its label to the bare name ("Kutamendala"). A headline's mention (``headline``: its token
    indices) counts half: with every word capitalised the model types names there worst."""
    votes: dict[str, Counter] = {}
    for e in ents:
        votes.setdefault(e.text, Counter())[e.label_] += 0.5 if e.start in headline else 1
        if e.label_ == LOC and len(e) > 1 and e[0].lower_ in LEVEL_WORDS:
            votes.setdefault(e[1:].text, Counter())[LOC] += 0.5
    return {text: counts.most_common(1)[0][0] for text, counts in votes.items()}


def _split(doc: Doc, ent: Span, labels: dict[str, str]) -> list[Span]:
    """Split a span that is a known name followed by more: "Korut Kim Jong-un", "Korea Utara Kim Jong Un".

    The front must be a name found on its own elsewhere in the doc; the rest keeps the span's
    label unless it too is known on its own (then it takes that label). A known city or country
    written before a country is two places ("Guangzhou China").
    """
    if ent.label_ == LOC and link_place(ent.text) is None:
        for k in range(ent.start + 1, ent.end):
            if link_place(doc[k : ent.end].text, kinds=(COUNTRY,)) and link_place(doc[ent.start : k].text):
                return [Span(doc, ent.start, k, label=LOC, span_id=ent.id_), Span(doc, k, ent.end, label=LOC, span_id=ent.id_)]
    for k in range(ent.start + 1, ent.end):
        front, rest = words_text(doc, ent.start, k), words_text(doc, k, ent.end)
        if ((ent.label_ == ORG or ent.label_ == PER and is_agency_contraction(doc[ent.start].text))
                and labels.get(rest) == PER and _body_word(doc[ent.start])
                and doc[k - 1].lower_ not in ORG_FIRST | FACILITY_WORDS | LEVEL_WORDS):
            # "Kacabjari Pancurbatu Dodi Wiraatmaja", later "ujar Dodi Wiraatmaja": a body, then its holder (also
            # typed a person whole: "Disdikbud Sulteng Muhlis", later "Muhlis berharap")
            while k - 1 > ent.start and len(doc[k - 1].text) == 1 and doc[k - 1].text.isupper():
                k -= 1  # "Sekdaprov Sulteng M Hidayat Lamakarate": the initial is the holder's
            return [Span(doc, ent.start, k, label=ORG, span_id=ent.id_), Span(doc, k, ent.end, label=PER, span_id=ent.id_)]
        if front not in labels or front == ent.text:
            continue
        if ent.label_ == PER and len(doc[k].text.rstrip(".")) == 1 and doc[k].text[:1].isupper() \
                and doc[k].lower_.rstrip(".") not in HONORIFICS:
            continue  # "Herlina B. C. Rahangiar", though "Herlina" alone was typed a place: a middle initial
            # (not "Lubuklinggau H SN Prana Putra Sohe": "H" the pilgrim's honorific)
        rest_label = labels.get(rest, ent.label_)
        if labels[front] == ent.label_ and rest not in labels:
            continue  # "Jawa Barat" is not "Jawa" + "Barat"
        if ent.label_ == labels[front] == rest_label == PER and not _inside_a_body_or_place(doc, front):
            continue  # "Sukamto Margono", later "Sukamto" and "Margono": one person's first and last names
        if ent.label_ == labels[front] == rest_label == ORG:
            continue  # "Komite Disiplin PSSI", later "Komite Disiplin" and "PSSI": a body's unit, named with the body
        if ent.label_ == ORG and k == ent.end - 1 and rest not in labels:
            continue  # "Madura United": a place's name that one more word makes a club or company
        if ent.label_ == ORG and labels[front] == PER and k == ent.start + 1 and is_region_name(rest):
            continue  # "Persipura Jayapura", later "Persipura" typed a person: a club or company named with its town
        if ent.label_ == PER and labels[front] == LOC and rest_label == PER and k == ent.start + 1 \
                and not known_place(front):
            continue  # "Bupati Salwa" (typed a place), "Bupati Bondowoso, Salwa Arifin": the regent's first name; a
            # "place" no list knows before a person's name is the first name ("Widodo Joko Mulyono")
        if ent.label_ == PER and labels[front] == ORG and k == ent.end - 1 and all(
                _could_be_a_given_name(t.text) and not is_mixed_acronym(t.text) for t in doc[ent.start : k]):
            continue  # "Diki Ginanjar" and later "ucap Diki" (typed a body), "Gatut Sunu Wibowo" and "Bupati Gatut
            # Sunu": first names, not a body
        return [
            Span(doc, ent.start, k, label=labels[front], span_id=ent.id_),
            Span(doc, k, ent.end, label=rest_label, span_id=ent.id_),
        ]
    return [ent]


def _a_place_only_where_a_person_stands(doc: Doc, name: str) -> bool:
    """Is ``name`` typed a place only where a person stands, and is it no place any list knows? Right after a
    regent's or governor's office ("Bupati Salwa"), where the model expects the region, or as the one who
    speaks ("kata Nanang", "Nanang mengatakan")."""
    places = [e for e in doc_ents(doc) if e.label_ == LOC and e.text == name]
    return (bool(places) and all(e.start > 0 and doc[e.start - 1].lower_ in _PERSON_BEFORE
                                 or _speaks_after(doc, e.end) for e in places)
            and not known_place(name))


def _body_word(token: Token) -> bool:
    """A word that opens a body's name: "Dinas", "DPRD", "Kacabjari" (an office that names its unit)."""
    return (token.lower_ in ORG_FIRST or is_head(token) or (token.is_alpha and token.is_upper and len(token) >= 2)
            or is_agency_contraction(token.text))


def _inside_a_body_or_place(doc: Doc, text: str) -> bool:
    """Does ``text`` end an ORG or LOC name of the doc ("DPRD Rohil"), so it is a place's short form?"""
    return any(e.label_ != PER and len(e) > 1 and e.text.endswith(" " + text) for e in doc_ents(doc))


def _split_at_colon(doc: Doc, ent: Span) -> list[Span]:
    """"GORONTALO: Pengadilan Negeri Gorontalo": no name holds a colon; a dateline's place, then the name after it."""
    colon = next((t.i for t in ent[1:-1] if t.text == ":"), None)
    if colon is None:
        return [ent]
    before = doc[ent.start : colon]
    label = LOC if _a_place_name(before.text) else ent.label_
    return [Span(doc, ent.start, colon, label=label, span_id=ent.id_), Span(doc, colon + 1, ent.end, label=ent.label_,
                                                                             span_id=ent.id_)]


def _trim_dash(doc: Doc, ent: Span) -> Span | None:
    """Cut a span at a spaced dash: "LABUAN BAJO - Presiden" (a dateline) -> "LABUAN BAJO"."""
    for i in range(ent.start + 1, ent.end):
        if doc[i].text in ("-", "–", "—") and doc[i - 1].whitespace_ and doc[i].whitespace_:
            return Span(doc, ent.start, i, label=ent.label_, span_id=ent.id_)
    return ent


def _affiliation_not_person(doc: Doc, ent: Span, following: Span | None, labels: dict[str, str]) -> Span:
    """"juru bicara Kremlin Dmitry Peskov": a one-word "person" between a title and a person is an org."""
    if ent.label_ != PER or len(ent) != 1 or following is None or following.label_ != PER:
        return ent
    if _after_honorifics(doc, ent.end) < following.start or ent[-1].whitespace_ != " " or ent.start == 0:
        return ent  # next to the person, or only forms of address between ("Rektor Unila Prof. Dr. X")
    if doc[ent.start - 1].lower_ not in HEADS and doc[ent.start - 1].lower_ not in ("bicara",):
        return ent
    label = labels.get(ent.text) if labels.get(ent.text) in ("LOC", "ORG") else "ORG"
    return Span(doc, ent.start, ent.end, label=label, span_id=ent.id_)


def relabel_affiliations(doc: Doc) -> None:
    """Apply the title-affiliation fix alone (after names were added next to speech verbs)."""
    ents = list(doc_ents(doc))
    labels = _majority_labels(ents)
    following = ents[1:] + [None]
    fixed = [_affiliation_not_person(doc, e, after, labels) for e, after in zip(ents, following)]
    if any(a.label_ != b.label_ for a, b in zip(fixed, ents)):
        set_ents(doc, fixed, default="outside")


def repair_entities(doc: Doc) -> None:
    """Fix NER slips the rules depend on; the ``ner`` output is otherwise kept.

    * A span that starts with a name found on its own elsewhere is split:
      "Korut Kim Jong-un" -> "Korut" (LOC) + "Kim Jong-un" (PER).
    * A span is cut at a spaced dash (datelines): "LABUAN BAJO - Presiden" -> "LABUAN BAJO".
    * On headline lines a person span stops before a dictionary word:
      "Jokowi Terima Kunjungan" -> "Jokowi".
    * A one-word "person" between a title and a person is an organization or place:
      "juru bicara Kremlin Dmitry Peskov".
    """
    ents = list(doc_ents(doc))
    headline = _headlines(doc)  # not a body line dense with names ("... Kejaksaan Tinggi Maluku ... Ferry Tanaya ...")
    labels = _majority_labels([e for e in ents if e.label_ in ENTITY_LABELS], headline)
    repaired: list[Span] = []
    for whole in ents:
        for ent in _split_at_colon(doc, whole):
            ent = _trim_dash(doc, ent)
            parts = _split(doc, ent, labels) if len(ent) > 1 else [ent]
            last = parts[-1]
            if last.label_ == PER and last.start in headline and len(last) > 1:
                end = next((k for k in range(last.start + 1, last.end) if is_word(doc[k].text)), last.end)
                parts[-1] = Span(doc, last.start, end, label=PER, span_id=last.id_)
            repaired.extend(parts)
    fixed = [
        _affiliation_not_person(doc, ent, repaired[i + 1] if i + 1 < len(repaired) else None, labels)
        for i, ent in enumerate(repaired)
    ]
    if [(e.start, e.end, e.label_) for e in fixed] != [(e.start, e.end, e.label_) for e in ents]:
        set_ents(doc, fixed, default="outside")


LIST_OPENERS = frozenset({"-", "–", "—", "•", "*", ":", "(", '"', "“", "‘", "'"})


def _opens_a_sentence(doc: Doc, i: int, starts: frozenset[int]) -> bool:
    """Token ``i`` opens a sentence, a line or a quotation."""
    return i in starts or i > 0 and (doc[i - 1].text in LIST_OPENERS or "\n" in doc[i - 1].text)


def _common_words_and_terms(ent: Span) -> bool:
    """Common words and at least one capitalised term the corpora never write inside a name ("MoU",
    "Raperda"): no word of it can carry a name."""
    terms = [t for t in ent if is_capitalised_term(t.text)]
    return bool(terms) and all(t in terms or t.is_alpha and is_common_word(t.text) for t in ent)


def _written_in_lower_case(doc: Doc, ent: Span) -> bool:
    """The article also writes these very words, all common words, in lower case ("aktivitas pungli")."""
    if not all(t.is_alpha and is_common_word(t.text) for t in ent):
        return False
    return re.search(rf"\b{re.escape(ent.text.lower())}\b", doc_text(doc)) is not None


def _words_written_in_lower_case(ent: Span, lowered: set[str], by_position: bool) -> bool:
    """Each word of the name the article also writes in lower case (``lowered``, its words written so),
    and each a word of the language, or the name capitalised only by where it stands (``by_position``:
    a headline, a sentence's start): common words, no person's name ("Relawan Memungut" over "para
    relawan ... memungut sampah")."""
    words = [word for t in ent for word in t.lower_.split("-")]  # "Adik-adik" is one token
    if len(words) < 2 or not all(word.isalpha() and (word in lowered or f"{word}-{word}" in lowered) for word in words):
        return False
    return by_position or all(is_common_word(word) or is_dictionary_word(word) for word in words)


BODY_FIRST = ORG_FIRST | FORCE_FIRST  # words that open a body's name, though some are common nouns


DOCUMENT_WORDS = frozenset({"memorandum", "nota"})  # the kinds of document an agreement is written in


def _opened_by_a_thing(token: Token) -> bool:
    """A first word the corpora write in lower case often and never inside a name, and no body's word
    ("Upah", "Kartu"; not "Dinas", "Madrasah", "Armada"): what it opens names a thing, not a body."""
    return token.is_alpha and token.lower_ not in BODY_FIRST and is_seen_only_in_lower_case(token.text, least=5)


def drop_common_words(doc: Doc) -> None:
    """Drop one-word names that are common words capitalised by position, not because they are names.

    "Dokter mengatakan ...", "Banjir merendam ...", a headline "Rudi Tak Beban Lawan Bali": a
    word the corpora mostly write in lower case (``kg.nlp.casing``) is not a name when it
    stands at a sentence or line start, after a quote mark or list bullet, or on a headline
    line, or when this very article also writes it in lower case; so is a dictionary word the
    corpora lack ("Eksepsi", "Pornografi") that the article writes in lower case elsewhere.
    """
    starts = _sentence_starts(doc)
    headline = _title_case_lines(doc)
    lowers, texts, alphas = token_lowers(doc), token_texts(doc), token_is_alpha(doc)
    lowered = {lower for lower, text, alpha in zip(lowers, texts, alphas) if alpha and text.islower()}
    capitalised_inside = {lowers[i] for i in range(len(doc))
                          if alphas[i] and texts[i][:1].isupper() and i not in starts and i not in headline}
    lowered_as_words = {lowers[i] for i in range(1, len(doc))  # not "kata karji": a name misspelt where a speaker stands
                        if alphas[i] and texts[i].islower() and lowers[i - 1] not in SPEECH_CUES}
    ents = doc_ents(doc)  # read once: each read makes a Span per entity
    defined = {e.end + 1 for e in ents if e.end < len(doc) and doc[e.end].text == "("}  # "... Barat (Sumbar)"
    kept = []
    for ent in ents:
        token = ent[0]
        if ent.label_ != ORG and not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in ent):
            continue  # "cewek": a person's or place's name is written with a capital ("kumparan" may not)
        if not any(c.isalpha() for c in ent.text):
            continue  # "Maskur (32)": an age or a number is no name
        if is_agency_credit(ent) or ent.label_ == PER and (_honorific_before(doc, ent.start) or _ranked(doc, ent)):
            kept.append(ent)  # "H. Sapuan", "Iptu Teguh": after a form of address or a rank, a name, though
            continue  # "sapuan" and "teguh" are words too
        if ent.label_ == PER and len(ent) == 1 and _glued_after_a_number(doc, ent.start):
            continue  # "Dandim 0313/Kpr": the end of a unit's code, no person
        if len(ent) == 1 and (is_common_acronym(token.text) or _shortens_plain_words(doc, ent)):
            continue
        if len(ent) == 1 and ent.label_ != PER and token.lower_ in FACILITY_WORDS | LEVEL_WORDS:
            continue  # "mengungsi ke Masjid": the kind of a place alone names none
        if len(ent) > 1 and ent.label_ != PER and ent.text.lower() in FACILITY_KINDS and ent.end + 1 not in defined:
            continue  # "sudah di Rumah Sakit": the kind alone; "Rumah Sakit Umum Daerah (RSUD) Dolopo" is named
        if len(ent) > 1 and ent.label_ == ORG and _opened_by_a_thing(token):
            continue  # "Upah Minimum Regional (UMR)", "Kartu Tanda Penduduk": a thing's name, no body's
        if ent.label_ == PER and len(ent) == 1 and is_capitalised_term(token.text):
            continue  # "Raperda" (a draft bylaw): a term the corpora capitalise but never write in a name, no person
        if len(ent) > 1 and token.lower_ in DOCUMENT_WORDS:
            continue  # "Memorandum of Understanding", "Nota Kesepahaman": a document signed, no one who signs it
        if ent.start > 0 and doc[ent.start - 1].lower_ in VEHICLES and doc[ent.start - 1].is_lower \
                and (ent.label_ == ORG or token.lower_ in VEHICLE_MAKES):
            continue  # "sepeda motor Honda Beat", "truk Fuso": a vehicle's make and model, no body (nor person:
            # "mobil Munawar" is Munawar's car)
        if len(ent) == 2 and ent.label_ == LOC and token.lower_ in LEVEL_WORDS and no_region_but_a_word(ent[1].text):
            continue  # "Desa Terbaik", "Kota Lain", "Kota Menjadi": a level word and a common word no region bears
        if len(ent) > 1 and (ent.start in starts or ent.start in headline) and _common_words_and_terms(ent):
            continue  # a headline's "Teken MoU": a verb and a thing's acronym, capitalised by position
        if len(ent) > 1 and ent.label_ != PER and _written_in_lower_case(doc, ent):
            continue  # "Aktivitas Pungli" where the article also writes "aktivitas pungli": common words, no name
        if ent.label_ == PER and _words_written_in_lower_case(ent, lowered_as_words, ent.start in starts or ent.start in headline):
            continue  # a headline's "Relawan Memungut" over "para relawan ... memungut sampah": no person
        if len(ent) == 1 and (ent.start in starts or ent.start in headline) and is_never_capitalised_alone(token.text):
            continue  # "Kabar tersebut disampaikan ...": the corpora capitalise "kabar" only inside names
        if len(ent) == 1 and token.lower_ in _DATE_WORDS \
                and (not _in_longer_name(doc, ent) or _after_a_time_word(doc, ent)):
            continue  # "jelang Lebaran", "panen Maret": a month or a holiday, unless "Ramadhan Pohan" is named
        if len(ent) > 1 and _a_holiday(ent):
            continue  # "jelang Idul Fitri", "Bulan Suci Ramadhan": a holiday written in words
        if len(ent) == 1 and ent.label_ == PER and token.is_alpha and (
                is_never_a_name(token.text) or is_seen_only_in_lower_case(token.text, least=3)
                and is_dictionary_word(token.text)):
            continue  # "kepada Wartawan", "Level III atau Siaga": a common noun written with a capital, wherever it stands
        if len(ent) == 1 and ent.label_ == PER and token.is_alpha and _opens_a_sentence(doc, ent.start, starts) \
                and is_dictionary_word(token.text) and (is_seen_only_in_lower_case(token.text, least=1) or (
                    casing_counts(token.text) is None and not _in_longer_name(doc, ent))):
            continue  # '"Logika sederhana, ..."', "Saking banyaknya, ...": a word of the language the corpora never
            # write in a name, or never show at all and the article names no one by it ("Muhammad Ihsan")
        if len(ent) == 1 and token.is_alpha and ent.start not in defined and token.lower_ in lowered_as_words \
                and is_seen_only_in_lower_case(token.text, least=1):
            continue  # "jamaah Umroh" where the article also writes "jamaah umroh": a word the corpora never write in a name
        if len(ent) == 1 and token.is_alpha and token.lower_ in lowered and is_dictionary_word(token.text):
            continue  # "Eksepsi Ditolak" over "menolak eksepsi": the article itself writes the word in lower case
        if len(ent) == 1 and token.is_alpha and (ent.start in starts or ent.start in headline) \
                and casing_counts(token.text) is not None and is_plain_word(token.text, noun=False):
            continue  # "Lamban Tangani Kasus": a verb the corpora never write inside a name, capitalised by position
        if len(ent) == 1 and token.is_alpha and token.lower_ in lowered_as_words and (ent.start in starts or ent.start in headline) \
                and token.lower_ not in capitalised_inside:
            continue  # "Wisudawan diharapkan ..." over "para wisudawan": capitalised only where a sentence opens
        if len(ent) == 1 and token.is_alpha and ent.start not in defined and is_common_word(token.text) and (
            _opens_a_sentence(doc, ent.start, starts)
            or ent.start in headline
            or token.lower_ in lowered
            or (ent.label_ == PER and ent.start > 0 and doc[ent.start - 1].is_alpha
                and doc[ent.start - 1].text[:1].isupper())  # "Kepala Pusat Data": part of a title
        ):
            continue
        kept.append(ent)
    if len(kept) != len(ents):
        set_ents(doc, kept, default="outside")


# Kinds of road vehicle: a name right after one in lower case is its make and model ("truk Hino", "mobil Toyota").
VEHICLES = frozenset({"motor", "mobil", "truk", "truck", "minibus", "pikap", "sedan", "jip", "angkot", "taksi"})
# The makes of motorbikes, cars and trucks on Indonesian roads, which the model also types people ("motor Honda Supra").
VEHICLE_MAKES = frozenset(
    "honda yamaha suzuki kawasaki vespa toyota daihatsu mitsubishi nissan isuzu hino fuso mazda hyundai wuling".split())


# Words that name a holiday's or a month's kind around its name ("Hari Raya Idul Adha", "Bulan Suci Ramadhan").
HOLIDAY_KINDS = frozenset({"hari", "raya", "bulan", "suci"})


def _a_holiday(ent: Span) -> bool:
    """"Idul Fitri", "Bulan Suci Ramadhan": calendar words, or one written in two ("idul" + "fitri"), with
    at most the words of their kind: a holiday or a month, no person's or body's name."""
    words = [t.lower_.replace("'", "").replace("’", "") for t in ent
             if t.lower_ not in HOLIDAY_KINDS and not (t.like_num and len(t) == 4)]  # "Cap Go Meh 2018"
    return bool(words) and all(w.isalpha() for w in words) and (
        "".join(words) in CALENDAR_WORDS or all(w in CALENDAR_WORDS for w in words))


def _in_longer_name(doc: Doc, ent: Span) -> bool:
    """Does the article name someone or something whose longer name holds this one word?"""
    return any(len(e) > 1 and ent[0].lower_ in (t.lower_ for t in e) for e in doc_ents(doc))


# Words that put a time after them ("menjelang Ramadhan", "pada masa Lebaran"), never a person.
TIME_WORDS = frozenset(
    "menjelang jelang selama saat pada masa usai setelah sebelum sesudah hingga sampai bulan awal akhir pertengahan "
    "memasuki sepanjang".split()
)


def _after_a_time_word(doc: Doc, ent: Span) -> bool:
    """"menjelang Ramadhan" though the article names a "Satgas Ramadhan": the month, not someone of that name."""
    return ent.start > 0 and doc[ent.start - 1].lower_ in TIME_WORDS


def _shortens(short: str, name: str) -> bool:
    """Can ``short``, in brackets after ``name``, shorten it or its last words (a level word or a body's kind
    before them): "Abdya" for "(Kabupaten) Aceh Barat Daya", "Adpim" for "(Biro) Administrasi Pimpinan"?"""
    from kg.resolve.names import could_shorten

    words = name.split()
    return len(short) >= 3 and any(could_shorten(short, " ".join(words[-k:])) for k in range(2, len(words) + 1))


def _shortens_plain_words(doc: Doc, ent: Span) -> bool:
    """"fasilitas kesehatan (Faskes)", "bahan bakar minyak (BBM)": a short form in brackets after words
    the article writes in lower case shortens a thing's name, not a body's or a person's."""
    from kg.resolve.names import initials
    from kg.resolve.short_forms import is_contraction

    if not (2 < ent.start and ent.end < len(doc) and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")"):
        return False
    words: list[str] = []
    i = ent.start - 2
    while i >= 0 and len(words) < 6 and doc[i].is_alpha and doc[i].is_lower:
        words.insert(0, doc[i].text)
        i -= 1
    return any(
        ent.text.casefold() in initials(" ".join(words[-k:])) or is_contraction(ent.text, " ".join(words[-k:]))
        for k in range(2, len(words) + 1)
    )


def split_titles(doc: Doc) -> None:
    """A title glued to the name it precedes is not part of the name.

    "Menlu Pakistan" and "Kapolda Riau" name an office and a place: the place is kept (as a
    place, when it is a known one or follows an office named after its region); "Hakim Slamet
    Rahardjo" keeps the person. A span that is only a title ("Kapolda", "Plh") or whose rest is
    no known place nor a person is dropped.
    """

    titles = (HEADS | PREFIXES | RANKS | REGIONAL_OFFICES) - NOBLE
    changed = False
    ents = []
    for ent in doc_ents(doc):
        panel = len(ent) > 2 and ent[0].lower_ == "majelis" and ent[1].lower_ in HEADS  # "Majelis Hakim X"
        if (not _title_opens(ent[0], titles) and not panel) or ent.label_ not in ENTITY_LABELS:
            ents.append(ent)
            continue
        start = ent.start + panel
        while start < ent.end and (_title_opens(doc[start], titles) or doc[start].text == "."
                                   or start > ent.start and doc[start].lower_ in SERVICE_UNITS):  # "Kabag Ops"
            start += 1
        rest = doc[start : ent.end]
        changed = True
        if not len(rest):
            continue
        placed = (doc[start - 1].lower_ in REGIONAL_OFFICES and not _named_person(doc, rest)
                  and not (ent.label_ == PER and doc[start - 1].lower_ in REGION_HEADS
                           and _could_be_a_given_name(rest[0].text) and not is_region_name(rest.text)
                           and link_place(rest.text) is None)
                  or rest[0].lower_ in LEVEL_WORDS)  # "Kapolda Riau", "Perbekel Desa X"; not "Wako Hendri", "Wawali Armuji"
        addressed = ent.label_ == PER and any(t.lower_.rstrip(".") in PERSONAL_HONORIFICS for t in doc[ent.start : start])
        ranked = ent.label_ == PER and len(rest) > 1 and all(
            t.lower_.rstrip(".") in SERVICE_RANKS or t.text == "." for t in doc[ent.start : start])
        if addressed and not any(is_common_word(t.text) for t in rest) or ranked:
            ents.append(Span(doc, start, ent.end, label=PER, span_id=ent.id_))  # "Hj Mariana": only people are hajjah;
            # "Iptu Teguh Prasetyo": a rank goes before a name, though "teguh" is a word too
        elif ent.label_ == ORG and len(rest) > 1 and rest[0].lower_ in ORG_FIRST:
            ents.append(Span(doc, start, ent.end, label=ORG, span_id=ent.id_))  # "Kabag Ops Polres Mimika"
        elif link_place(rest.text) is not None or placed:
            ents.append(Span(doc, start, ent.end, label=LOC, span_id=ent.id_))
        elif doc[start - 1].lower_ in SECTION_HEADS and ent.end < len(doc) and doc[ent.end].lower_ in ("dan", "&"):
            continue  # "Kabid Energi dan Ketenagalistrikan": the fields the section is named after
        elif (not any(is_common_word(t.text) for t in rest) and (ent.label_ == PER or len(rest) <= 2)
              and not (len(rest) == 1 and can_be_common_word(rest[0].text))):  # "Atase Pertahanan": its field
            ents.append(Span(doc, start, ent.end, label=PER, span_id=ent.id_))  # "Majelis Hakim Sulistiyono"
        elif ent.label_ != PER and len(rest) > 1:
            ents.append(ent)  # "Kepala Staf Gabungan": an organization named after an office
    if changed:
        set_ents(doc, ents, default="outside")


# Heads of a province's, regency's or city's government: the place after them is in the official list (and not a
# unit's base, as after "Danlanal" or "Kapolsek"), so a name that is not in it is the holder's ("Wawali Armuji").
REGION_HEADS = frozenset({"gubernur", "wagub", "bupati", "wabup", "walikota", "wako", "wawako", "wawali"})
_PERSON_BEFORE = REGION_HEADS | SPEECH_CUES  # "Bupati Salwa", "kata Nanang": a person follows (one set, built once)
# Heads of a section named after its fields ("Kabid Energi dan Ketenagalistrikan", "Kasubag Umum dan Kepegawaian").
SECTION_HEADS = frozenset({"kabid", "kabag", "kasubag", "kasubbag", "kasubbid", "kasi", "kasie", "kasubsi"})
# Forms of address only a person is given (a pilgrim, a cleric): what follows them is a person's name.
PERSONAL_HONORIFICS = frozenset({"h", "hj", "hm", "kh", "ustaz", "ustadz", "habib", "tgk", "teungku"})


def split_fields_from_holders(doc: Doc) -> None:
    """"Menteri Luar Negeri Saifuddin Abdullah", "Menteri Senior Pertahanan Hishamuddin Hussein": after a
    title, a span that opens with the office's field (common words) and goes on with two or more
    name words is the holder; the field words belong to the title, or to the body the span follows."""
    ents, changed = [], False
    for ent in doc_ents(doc):
        cut = _field_end(ent) if ent.label_ in (PER, ORG) else None
        body = ents[-1] if ents and ents[-1].end == ent.start and ents[-1].label_ == ORG else None
        if cut is not None and body is not None and ent.label_ == PER and body[0].lower_ in ORG_FIRST:
            # "Badan Nasional Penanggulangan" + "Bencana Sutopo Purwo Nugroho": the body's last words, then its holder
            ents[-1] = Span(doc, body.start, cut, label=ORG, span_id=body.id_)
            ents.append(Span(doc, cut, ent.end, label=PER, span_id=ent.id_))
            changed = True
            continue
        if cut is not None and (not title_before(doc, ent.start) or _after_a_body(doc, ent.start)):
            cut = None  # the cheap test first: few spans open with a field
        if cut is None and (holder := _agency_holder_start(doc, ent)) is not None:
            # "Kepala Dinas Lingkungan Hidup Isnawa Adji": the office's body, then its holder
            ents.extend([Span(doc, ent.start, holder, label=ORG, span_id=ent.id_),
                         Span(doc, holder, ent.end, label=PER, span_id=ent.id_)])
            changed = True
            continue
        if cut is None:
            ents.append(ent)
            continue
        changed = True
        ents.append(Span(doc, cut, ent.end, label=PER, span_id=ent.id_))
    if changed:
        set_ents(doc, ents, default="outside")


AGENCY_WORDS = frozenset("dinas badan biro bagian bidang kantor inspektorat".split())


def _agency_holder_start(doc: Doc, ent: Span) -> int | None:
    """Where the holder's name starts in a body span after its head's office ("Kepala Dinas Lingkungan Hidup
    Isnawa Adji"): an agency word, its field in common words, then two to four words the corpora never write in
    lower case (no honorific: "Rumah Sakit dr Soetomo" is named after one)."""
    if ent.label_ != ORG or ent[0].lower_ not in AGENCY_WORDS or ent.start == 0 or not is_head(doc[ent.start - 1]):
        return None
    rest = _field_end(doc[ent.start + 1 : ent.end])
    if rest is None or rest == ent.start + 1 or any(t.lower_.rstrip(".") in HONORIFICS for t in doc[rest : ent.end]):
        return None
    return rest


def _after_a_body(doc: Doc, start: int) -> bool:
    """"Kepala Kejaksaan Negeri (Kajari) Ambon" + "Dian Fris Nalle": after the office's body or place the name
    starts; the field comes right after the office ("Menteri Luar Negeri Saifuddin Abdullah")."""
    before = doc[start - 1] if start > 0 else None
    return before is not None and (before.ent_type_ in (LOC, ORG) or before.text == ")")


def split_title_field_lists(doc: Doc) -> None:
    """"Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Nadiem Makarim": the fields an office lists
    after its head ("Pendidikan", "Riset", "Teknologi": common words, between commas and "dan") are part
    of the title; a name the model found among them is none, and the holder starts after them."""
    ents, changed = list(doc_ents(doc)), False
    for i, lower in enumerate(token_lowers(doc)):  # the cached words first: few are heads
        if lower not in HEADS or not doc[i].text[:1].isupper():
            continue
        head = doc[i]
        end = _title_field_list_end(doc, head.i + 1)
        if end is None:
            continue
        kept = []
        for ent in ents:
            if head.i < ent.start < end and ent.end <= end:
                changed = True  # "Riset": a field, not a person
            elif head.i < ent.start < end < ent.end and ent.label_ == PER:
                kept.append(Span(doc, end, ent.end, label=PER, span_id=ent.id_))
                changed = True
            else:
                kept.append(ent)
        ents = kept
    if changed:
        set_ents(doc, ents, default="outside")


def split_listed_fields_from_bodies(doc: Doc) -> None:
    """"Deputi Protokol, Pers, dan Media Sekretariat Presiden": the last field of a title's list, which the model
    ran into the body named after it, is the title's; the body starts at its own word ("Sekretariat")."""
    ents, changed = list(doc_ents(doc)), False
    for index, ent in enumerate(ents):
        if ent.label_ != ORG or ent.start < 3 or doc[ent.start - 1].lower_ != "dan" \
                or "," not in (doc[ent.start - 2].text, doc[ent.start - 3].text):
            continue
        body = next((k for k in range(1, min(len(ent) - 1, 3)) if ent[k].lower_ in ORG_FIRST), None)
        fields = ent[:body] if body is not None else ()
        if fields and all(t.is_alpha and t.text[:1].isupper() and can_be_common_word(t.text) for t in fields):
            ents[index], changed = Span(doc, ent.start + body, ent.end, label=ORG, span_id=ent.id_), True
    if changed:
        set_ents(doc, ents, default="outside")


def _title_field_list_end(doc: Doc, i: int) -> int | None:
    """Where a list of fields ("Pendidikan, Kebudayaan, Riset, dan Teknologi") starting at ``i`` ends, when
    it has a comma and ends with "dan" and one more field."""
    def field(k: int) -> bool:
        return k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper() and is_unit_word(doc[k].text)

    if not field(i):
        return None
    k, commas = i + 1, 0
    while k + 1 < len(doc) and doc[k].text == "," and field(k + 1):
        k, commas = k + 2, commas + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if commas == 0 or k + 1 >= len(doc) or doc[k].lower_ != "dan" or not field(k + 1):
        return None
    return k + 2


def _field_end(ent: Span) -> int | None:
    """Where the words opening ``ent`` that are also common words end ("Luar Negeri"), when two to four
    words follow that the corpora never write in lower case."""
    if ent.label_ == ORG and ent[0].lower_ in ORG_FIRST:
        return None  # "Kepala Satuan Polisi Pamong Praja": a body's name, no field and holder
    k = ent.start
    while k < ent.end and ent.doc[k].is_alpha and can_be_common_word(ent.doc[k].text) and not _initial(ent.doc[k]):
        k += 1  # an initial ("M Hidayat") opens the name, whatever the corpora make of "m"
    rest = ent.doc[k : ent.end]
    if k == ent.start or not 2 <= len(rest) <= 4 or known_place(rest.text):
        return None
    if any(t.text in BALINESE_FIRST or t.lower_ in BALINESE_PARTS or t.lower_ in NAME_TITLES for t in ent.doc[ent.start : k]):
        return None  # "I Made Agus Mahayastra", "Lalu Pathul Bahri": Balinese name parts, Sasak titles are common words too
    if known_place(rest[0].text) or any(not t.is_alpha or t.text.isupper() or can_be_common_word(t.text)
                                         or t.lower_ in ORG_FIRST | LEVEL_WORDS for t in rest):
        return None  # "Luar Negeri Jepang Yoko Kamikawa": the country is the office's; not "Lloyd Austin"
    return k


def _initial(token: Token) -> bool:
    return len(token.text) == 1 and token.text.isupper()


def _named_person(doc: Doc, words: Span) -> bool:
    """Does the article name a person whose name opens with ``words`` ("Hendri Septa" for "Hendri")?"""
    return any(e.label_ == PER and e.text.startswith(words.text) and e.start != words.start for e in doc_ents(doc))


def _title_opens(token: Token, titles: frozenset[str]) -> bool:
    """A title or a contracted office ("Sekcam", "Kadisdik"), not a noble word that opens names ("Ratu")."""
    return token.lower_ in titles or (is_head(token) and token.lower_ not in NOBLE)


@per_doc
def _headlines(doc: Doc) -> frozenset[int]:
    """Token indices on title-case lines that end without a full stop: headlines and subheadings."""
    lines = _title_case_lines(doc)
    texts, space = token_texts(doc), token_is_space(doc)
    first_word = next((i for i, blank in enumerate(space) if not blank), None)  # the headline's, if any
    result: set[int] = set()
    line: list[int] = []
    for i in range(len(doc) + 1):
        if i == len(doc) or ("\n" in texts[i] and space[i]):
            words = [k for k in line if not space[k]]
            ending = (".",) if words and words[0] == first_word else (".", "!", "?")  # "... soal BUMN!"
            # a full stop inside the line makes it prose (a paragraph listing names, cut before its last stop)
            if words and words[0] in lines and texts[words[-1]] not in ending \
                    and not any(texts[k] == "." for k in words[:-1]):
                result.update(line)
            line = []
        else:
            line.append(i)
    return frozenset(result)


def trim_plain_words(doc: Doc) -> None:
    """Cut words that are never part of a name off a name's edges.

    A verb or conjunction before a name ("Kalau MDP", "Hadiri KTT G20", "Selagi Kim") is
    cut wherever it stands, and so are lower-case words that end a person's or body's name
    ("Dinas Pendidikan berdalih"); on headline lines, where every word is capitalised, the name also
    ends before the first such word ("Joko Anwar Umumkan ...", "Retno Harapkan Solusi").
    Evidence is the corpora's casing counts (``kg.nlp.casing.is_plain_word``).
    """
    headline = _headlines(doc)
    starts = _sentence_starts(doc)
    changed = False
    ents = []
    for ent in doc_ents(doc):
        start, end = ent.start, ent.end
        addressed = ent.label_ == PER and _honorific_before(doc, start)  # "H. Kader Jaelani": a name follows
        opens_body = ent.label_ == ORG and ent[0].lower_ in SCHOOL_WORDS  # "Dayah Mahyal Ulum" opening a sentence
        while end - start > 1 and doc[start].is_alpha and not _name_title(doc, ent, starts) and not addressed \
                and not opens_body and (
                is_plain_word(doc[start].text, noun=False)
                or (start in headline or doc[start].is_sent_start) and is_seen_only_in_lower_case(doc[start].text)
                and not is_region_name(doc[start:end].text)):
            start += 1  # "Refleksi Hanung Bramantyo" opening a headline: a common noun, then the name
        if ent.label_ == ORG:
            start = _body_start(doc, start, end)
            if end - start > 2 and doc[start].lower_ == "kantor" and _names_a_body(doc[start + 1]):
                start += 1  # "Kantor Dinas Lingkungan Hidup", "Kantor Kadin Sultra": the body's office is the body
        if ent.label_ == LOC and end - start > 1 and doc[start].text in LEVEL_WORDS and doc[start + 1].text[:1].isupper():
            start += 1  # "kabupaten Tambrauw": a level word the text writes in lower case is no part of the name
        if end - start > 1 and doc[start].text == "se":  # "se-Indonesia", "se Kalteng": all of a place
            start += 2 if doc[start + 1].text == "-" and end - start > 2 else 1
        if _described_noun(doc, start, end):
            changed = True  # "Jembatan penghubung desa", "Rumah sakit": a common noun and its description
            continue
        while (ent.label_ != LOC and end - start > 1 and doc[end - 1].is_alpha and doc[end - 1].text[:1].islower()
               and doc[end - 2].whitespace_):
            end -= 1  # "Dinas Pendidikan berdalih": a name does not end in a lower-case word ("Tae-yong" is one)
        if ent.label_ != PER:  # "Mama Juli", "Agustus Sani": people are named after months
            end = _before_a_date(doc, start, end)
        while ent.label_ != PER and end - start > 1 and doc[end - 1].lower_ in SERVICE_RANKS \
                and doc[end - 2].lower_ not in FACILITY_WORDS:
            end -= 1  # "Kapolsek Tempeh Iptu, Lugito": the holder's rank ends no place's or body's name
        if ent.label_ == PER:  # "Agenda akbar Ponpes": a person's name holds no lower-case word but a particle
            end = next((k for k in range(start, end) if doc[k].is_alpha and doc[k].text.islower()
                        and (k == 0 or doc[k - 1].whitespace_) and doc[k].lower_ not in NAME_PARTICLES),
                       end)  # "Tae-yong" is one word
            end = next((k for k in range(start + 2, end) if doc[k].text[:1].isupper() and doc[k].lower_ in HEADS
                        and doc[k].lower_ not in NOBLE), end)  # "kata Febri Diansyah Juru Bicara KPK": an office
            # written after a name of two words or more is no part of it (not "Sri Sultan Hamengku Buwono")
        if start in headline:
            cut = next((
                k for k in range(start + 1, end)
                if doc[k].is_alpha and is_plain_word(doc[k].text) and (
                    doc[k - 1].lower_ not in LEVEL_WORDS | ORG_FIRST or is_plain_word(doc[k].text, noun=False))
            ), end)  # "Kabupaten Asahan": the word after a level word is the name; "Polsek Digeruduk" a verb
            end = cut
        if (start, end) != (ent.start, ent.end):
            changed = True
            alone = end - start == 1 and (is_common_word(doc[start].text) or start in headline and (
                doc[start].lower_ in ORG_FIRST and can_be_common_word(doc[start].text)))  # "Biro Siap Bantu Warga"
            alone = alone or doc[start:end].text.islower()  # "adat natoni": a name is written with a capital
            if end > start and not alone:
                ents.append(Span(doc, start, end, label=ent.label_, span_id=ent.id_))
            continue
        ents.append(ent)
    if changed:
        set_ents(doc, ents, default="outside")


# Months written out: a place's or body's name that runs on into one ("di Kota Ambon Oktober lalu", "Provinsi Papua
# Desember 2015") has run into a date. Not "Stadion 10 November": a number before the month makes it the name.
FULL_MONTHS = frozenset(m for m in MONTHS if len(m) > 4) | {"juni", "juli"}
_DATE_WORDS = CALENDAR_WORDS | FULL_MONTHS  # a holiday or a month alone (drop_common_words): one set, built once


def _before_a_date(doc: Doc, start: int, end: int) -> int:
    """Where a name ends that ran on into a date: a month (and its year) or a weekday and its day ("Masjid
    Agung Jum'at 14")."""
    if end - start > 2 and doc[end - 1].like_num and doc[end - 2].lower_ in WEEKDAYS:
        return end - 2
    if end - start > 2 and doc[end - 1].like_num and len(doc[end - 1]) == 4 and doc[end - 2].lower_ in FULL_MONTHS:
        end -= 1  # the year
    if end - start > 1 and doc[end - 1].lower_ in FULL_MONTHS and not doc[end - 2].like_num:
        end -= 1
    return end


def _name_title(doc: Doc, ent: Span, starts: frozenset[int]) -> bool:
    """"Lalu Darmawan": a person's name opening with a noble title that is also a word, inside a sentence."""
    return ent.label_ == PER and ent[0].lower_ in NAME_TITLES and ent.start not in starts


# Lower-case words inside people's names: "Awang Tengah bin Ali Hasan", "David da Silva", "Ludwig van Beethoven".
NAME_PARTICLES = frozenset({"bin", "binti", "bt", "ibn", "bint", "al", "el", "da", "de", "del", "della", "der", "di",
                            "do", "dos", "du", "la", "le", "van", "von", "ten", "ter", "y", "zu"})


def _described_noun(doc: Doc, start: int, end: int) -> bool:
    """A noun the corpora also write in lower case, then only lower-case words and numbers: "Jembatan
    sepanjang 12", "Bandar udara". Not a region the list has written carelessly ("Tanah laut")."""
    words = doc[start:end]
    if len(words) < 2 or not words[0].is_alpha or any(t.text[:1].isupper() for t in words[1:]):
        return False
    return can_be_common_word(words[0].text) and not is_region_name(words.text)


def _body_start(doc: Doc, start: int, end: int) -> int:
    """"Staf Kedaruratan dan Logistik Badan Penanggulangan ...": common words before a body's first word
    are the end of a title, not part of the body's name."""
    if doc[start].lower_ in ORG_FIRST:
        return start
    listed = start >= 2 and doc[start - 1].lower_ in ("dan", "&") and doc[start - 2].text[:1].isupper()
    for k in range(start + 1, end - 1):
        if doc[k].lower_ in ORG_FIRST:  # "Usaha dan Teknologi Dinas Perikanan": the last field of a list
            before = doc[start:k]
            if listed or all(t.is_alpha and is_common_word(t.text) for t in before):
                return k
            # "Kepsek SMPN 4", "Kanit Lakalantas Polres Serang Kota": an office's contraction before its body
            return k if len(before) <= 2 and all(_office_contraction(t) for t in before) else start
    return start


def _names_a_body(token: Token) -> bool:
    """A word that opens a body's own name: a kind of body ("Dinas", "Badan"), an acronym, a contraction. Not
    "Kementerian": "Kantor Kementerian Agama Kabupaten X" is the regional office's own name."""
    kind = token.lower_ in ORG_FIRST and token.lower_ not in ("kantor", "pusat", "kementerian")
    acronym = token.is_alpha and token.text.isupper() and len(token) > 1
    return token.text[:1].isupper() and (kind or acronym or is_agency_contraction(token.text)
                                         or is_mixed_acronym(token.text))


def _office_contraction(token: Token) -> bool:
    """An office word, or a capitalised word no corpus or dictionary has, as the contracted titles are
    ("Kepsek", "Kanit", "Kakuwil")."""
    return token.is_alpha and token.text[:1].isupper() and not token.text.isupper() and not is_agency_contraction(
        token.text) and (is_head(token) or not in_corpora(token.text) and not is_dictionary_word(token.text)
                         and not dictionary_form(corpus_spelling(token.text)))  # (the news pool's jargon is new too)


def _names(doc: Doc) -> dict[tuple[str, ...], str]:
    """Token sequences to look for again, with their majority label.

    Every entity text the model found, the last word of multi-word person names
    ("Peskov" from "Dmitry Peskov") unless it is an ordinary word, and a place's name without
    its level word ("Tanjungsari" from "Kecamatan Tanjungsari").
    """
    votes: dict[tuple[str, ...], Counter] = {}
    for ent in doc_ents(doc):
        if ent.label_ not in ENTITY_LABELS or ent.label_ == PER and _holds_a_number(ent):
            continue  # "Pasal 609 Ayat" typed a person: no name, dropped at the end (drop_non_names); nothing to spread
        votes.setdefault(tuple(t.text for t in ent), Counter())[ent.label_] += 1
        last = ent[-1].text
        if ent.label_ == PER and len(ent) > 1 and len(last) >= MIN_SURNAME_CHARS and last[:1].isupper():
            if not is_word(last) and last.lower() not in CALENDAR_WORDS:  # not the month of "Satgas Ramadhan"
                votes.setdefault((last,), Counter())[PER] += 1
            first = ent[0].text  # "Joky" after "Joky Huang": the news also calls people by their first name
            if len(first) >= MIN_SURNAME_CHARS and first[:1].isupper() and first[1:].islower() and first.isalpha() \
                    and not is_word(first) and not (ent[0].lower_ in RANKS or ent[0].lower_ in HONORIFICS
                                                    or ent[0].lower_ in HEADS) and not is_capitalised_term(first):
                votes.setdefault((first,), Counter())[PER] += 0.5
        if ent.label_ == LOC and len(ent) > 1 and ent[0].lower_ in LEVEL_WORDS and ent[1].text[:1].isupper():
            votes.setdefault(tuple(t.text for t in ent[1:]), Counter())[LOC] += 0.5
        if ent.label_ == ORG and _named_with_its_place(ent):
            votes.setdefault((ent[0].text,), Counter())[ORG] += 0.5
    return {words: counts.most_common(1)[0][0] for words, counts in votes.items()}


def _named_with_its_place(ent: Span) -> bool:
    """"Persewangi Banyuwangi", "Persekap Kota Pasuruan": a one-word name no dictionary knows, then the
    place it is from; the article goes on to write the name alone."""
    first = ent[0].text
    return len(ent) > 1 and len(first) >= 4 and first[:1].isupper() and first.isalpha() and not is_word(first) \
        and ent[0].lower_ not in ORG_FIRST and known_place(ent[1:].text)


def _free_standing(doc: Doc, start: int, end: int, starts: set[int], person: bool = False) -> bool:
    """Not glued to other capitalised words, which would make it part of a longer, different name.

    person: a person's name may also end a capitalised title ("Plt Bupati Kudus Hartopo").
    """
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if after is not None and after.is_alpha and after.text[:1].isupper() and end not in starts:
        return False
    if before is not None and before.is_alpha and before.text[:1].isupper() and start not in starts:
        # "Presiden Widodo" is fine, "Kim Yo Jong" is not "Kim"; nor is a headline's "Sentil Erick Thohir"
        return before.lower_ in HEADS or (person and (_after_title(doc, start) or is_plain_word(before.text)))
    return True


def _after_title(doc: Doc, start: int) -> bool:
    """Does the capitalised run before ``start`` begin with a title ("Plt Bupati Kudus Hartopo")?"""
    i = start - 1
    while i >= 0 and doc[i].is_alpha and doc[i].text[:1].isupper():
        if doc[i].lower_ in HEADS:
            return True
        i -= 1
    return False


def _name_letters(token: Token) -> bool:
    """Letters only, or letters around one apostrophe ("Ma’shoem", "As’ad", "Syafi’i")."""
    return token.is_alpha or _APOSTROPHE_NAME.fullmatch(token.text) is not None


_APOSTROPHE_NAME = re.compile(r"[A-Za-z]+['’][A-Za-z]+")


def _surname_after(doc: Doc, end: int, taken: set[int]) -> int:
    """Where a person's name found as its first word ends: "Erick" + "Thohir" (up to two more words)."""
    stop = end
    while (
        stop < len(doc) and stop - end < 2 and stop not in taken and _name_letters(doc[stop])
        and doc[stop].text[:1].isupper() and doc[stop].text[1:].islower() and not is_common_word(doc[stop].text)
        and doc[stop].lower_ not in HEADS and doc[stop - 1].whitespace_ == " "
    ):
        stop += 1
    return stop


def split_named_fronts(doc: Doc) -> None:
    """"Bupati Kotim Halikinnor", "Wakil Presiden Persiraja Yudi Cot Ara", "Fraksi Gerindra Prima Salam": a
    person's name the rules ran back over the place or body after an office (or a body's kind), where the article
    names that place or body alone (or the gazetteer lists the body: "Gerindra"), is the place or body, then the
    person."""
    ents = list(doc_ents(doc))
    labels = _majority_labels(ents, _headlines(doc))
    fixed, changed = [], False
    for ent in ents:
        cut = _named_front_end(doc, ent, labels)
        if cut is None:
            fixed.append(ent)
            continue
        front = words_text(doc, ent.start, cut)
        fixed += [Span(doc, ent.start, cut, label=labels.get(front, ORG), span_id=RULE_ID),
                  Span(doc, cut, ent.end, label=PER, span_id=ent.id_)]
        changed = True
    if changed:
        set_ents(doc, fixed, default="outside")


def _named_front_end(doc: Doc, ent: Span, labels: dict[str, str]) -> int | None:
    if ent.label_ != PER or len(ent) < 2 or ent.start == 0:
        return None
    before = doc[ent.start - 1]
    if not (is_head(before) or before.lower_ in ORG_FIRST and before.text[:1].isupper()):
        return None
    for cut in range(ent.start + 1, min(ent.start + 3, ent.end)):
        front = words_text(doc, ent.start, cut)
        named = labels.get(front) in (LOC, ORG) and not _a_place_only_where_a_person_stands(doc, front) \
            or front in _listed_bodies()  # (not "Bupati Saipul" typed a place, later "Bupati Saipul Mbuinga")
        if named and all(_name_word(t) for t in doc[cut : ent.end]):
            return cut
    return None


def extend_person_names(doc: Doc) -> None:
    """"Ketua Majelis Hakim Toetik Ernawati dalam ...": a person span the model ended before a
    capitalised word that is in no entity and no common word or title ends at that word instead.
    Not on headlines, where every word is capitalised, nor from a listed body ("Kremlin" + "Dmitry
    Peskov")."""
    ents = doc_ents(doc)  # read once: each read makes a Span per entity
    taken = {t.i for e in ents for t in e}
    starts = _sentence_starts(doc)
    written = {e.text for e in ents if e.label_ == PER and len(e) > 1}
    headline: set[int] | None = None
    fixed, changed = [], False
    for ent in ents:
        start = _short_first_name_start(doc, ent, fixed) if ent.label_ == PER else ent.start
        if start == ent.start and ent.label_ == PER:
            headline = _headlines(doc) if headline is None else headline
            while start - 1 not in headline and (_first_name_before(doc, doc[start : ent.end], taken, starts)
                                                 or _written_longer(doc, doc[start : ent.end], taken, written)):
                start -= 1  # "Ali" -> "Said Ali" -> "As’ad Said Ali"
        if start < ent.start:
            if fixed and fixed[-1].end > start:
                fixed.pop()  # "Abd" + ". Rahman": the shortened first name the model tagged alone
            elif fixed and fixed[-1].label_ == PER and fixed[-1].end == start and doc[start - 1].whitespace_:
                start = fixed.pop().start  # "Andi Alya Foura" + "Putri" + "Abram": the word between joins one name
            ent = Span(doc, start, ent.end, label=PER, span_id=ent.id_)
            changed = True
        end = _surname_end(doc, ent, taken) if ent.label_ == PER else ent.end
        if ent.label_ == PER and end == ent.end and all(_INITIAL.match(t.text) for t in ent):
            end = _name_after_initials(doc, ent.end, taken)
            if end == ent.end:
                changed = True
                continue  # an initial alone is no name
        if end > ent.end:
            headline = _headlines(doc) if headline is None else headline
            if ent.start in headline or _listed_body(ent.text):
                end = ent.end
        if end > ent.end:
            ent = Span(doc, ent.start, end, label=PER, span_id=ent.id_)
            changed = True
        if ent.label_ == PER and len(ent) > 1:
            written.add(ent.text)  # "Ira Maya Sopha" found here lengthens a later "Maya Sopha"
        fixed.append(ent)
    if changed:
        set_ents(doc, fixed, default="outside")


_INITIAL = re.compile(r"^[A-Z]\.$")
_GLUED_FIRST_NAME = re.compile(r"^([A-Z][A-Za-z]{0,2})\.([A-Z][a-z]{2,})$")


def name_people_stated_in_office(doc: Doc) -> None:
    """"Kemudian Abdullatif ditetapkan sebagai Kepala Desa Ruang Tengah": a name that is appointed or elected as an
    office ("ditetapkan/dilantik/terpilih sebagai Kepala ...") is a person's, whatever type the model gave it;
    not a known place or a body's name."""
    ents = doc_ents(doc)
    people = {e.start for e in ents if e.label_ in (LOC, ORG) and len(e) <= 3 and _stated_in_office(doc, e)
              or e.label_ == LOC and _holds_a_regional_office(doc, e)}
    if people:
        set_ents(doc, [Span(doc, e.start, e.end, label=PER, span_id=e.id_) if e.start in people else e for e in ents],
                     default="outside")


def _stated_in_office(doc: Doc, ent: Span) -> bool:
    at = stated_as_end(doc, ent.end)
    while at is not None and at + 1 < len(doc) and doc[at].lower_ in PREFIXES:
        at += 1  # "sebagai Penjabat (Pj) Bupati": acting in an office is holding it
        if doc[at].text == "(" and at + 2 < len(doc) and doc[at + 2].text == ")":
            at += 3
    return (at is not None and at < len(doc) and is_head(doc[at]) and doc[at].lower_ not in PREFIXES
            and all(_name_letters(t) and t.text[:1].isupper() and t.lower_ not in ORG_FIRST for t in ent)
            and not known_place(ent.text) and not is_region_name(ent.text) and not _listed_body(ent.text))


def _holds_a_regional_office(doc: Doc, ent: Span) -> bool:
    """"Wakil Bupati Misharti": right after a regent's or governor's office stands its region, which the official
    list or GeoNames knows; a "place" there that neither knows, written as a name, is the holder. Not a short form
    of a place or body the article names in full ("Wakil Bupati Selayar" after "Kabupaten Kepulauan Selayar")."""
    if not (ent.start > 0 and doc[ent.start - 1].lower_ in REGION_HEADS and len(ent) <= 3
            and all(_name_letters(t) and t.text[:1].isupper() and not t.text.isupper() for t in ent)
            and not known_place(ent.text) and not any(is_region_name(t.text) for t in ent)):
        return False
    name = re.compile(rf"\b{re.escape(ent.text.lower())}\b")
    return not any(e.label_ in (LOC, ORG) and e.start != ent.start and len(e) > len(ent) and name.search(e.text.lower())
                   for e in doc_ents(doc))


PATRONYMIC = frozenset({"bin", "binti"})
PILGRIMS = frozenset({"haji", "hajah", "hajjah"})  # the honorific of one who made the hajj, written out


def join_patronymics(doc: Doc) -> None:
    """"Awang Tengah bin Ali Hasan", "Sholeh bin Thohir Ba’abud": "bin" ("son of") and the father's name are part of a
    person's name, which the model cuts at it; the capitalised name words on either side join the person (up to
    three, not past an honorific, rank or title: "Haji", "Datuk")."""
    ents = [Span(doc, e.start, e.end, label=PER, span_id=e.id_) if e.label_ != PER and _holds_a_patronymic(e) else e
            for e in doc_ents(doc)]  # "Mohd Eymron Bin Dasly", typed a body: only a person is someone's son
    at = {t.i: e for e in ents for t in e}
    spans: list[tuple[int, int]] = []
    for ent in ents:
        if ent.label_ != PER:
            continue
        start, end = ent.start, ent.end
        if start >= 2 and doc[start - 1].lower_ in PATRONYMIC:
            k = start - 1
            while k > 0 and start - 1 - k < 3 and _patronymic_name_word(doc, k - 1, at):
                k -= 1
            start = k if k < start - 1 else start  # from the first name word, even inside the model's span
        if end + 1 < len(doc) and doc[end].lower_ in PATRONYMIC and (end + 1 not in at or at[end + 1].label_ != PER):
            k = end + 1  # (a person the model tagged after "bin" reaches back itself)
            while k < len(doc) and k - end - 1 < 3 and _patronymic_name_word(doc, k, at):
                k += 1
            end = max(k, at[k - 1].end if k - 1 in at else k) if k > end + 1 else end
        if (start, end) != (ent.start, ent.end):
            spans.append((start, end))
    if spans:
        covered = {i for s, e in spans for i in range(s, e)}
        kept = [e for e in ents if not covered.intersection(range(e.start, e.end))]
        joined = [Span(doc, s, e, label=PER, span_id=RULE_ID) for s, e in sorted(set(spans))]
        set_ents(doc, sorted(kept + _outermost(joined), key=lambda e: e.start), default="outside")
    elif any(e.label_ != f.label_ for e, f in zip(ents, doc_ents(doc))):
        set_ents(doc, ents, default="unmodified")


def _holds_a_patronymic(ent: Span) -> bool:
    """"X bin Y": capitalised name words on both sides of "bin"/"binti" inside the span."""
    return any(t.lower_ in PATRONYMIC and ent.start < t.i < ent.end - 1 and ent.doc[t.i - 1].text[:1].isupper()
               and ent.doc[t.i + 1].text[:1].isupper() for t in ent)


def _patronymic_name_word(doc: Doc, i: int, at: dict[int, Span]) -> bool:
    """A capitalised name word beside "bin": in no entity but a person's, no honorific, rank or title."""
    token = doc[i]
    lower = token.lower_
    return ((i not in at or at[i].label_ == PER) and _name_letters(token) and token.text[:1].isupper()
            and lower not in HONORIFICS | PILGRIMS and lower not in RANKS and lower not in HEADS and lower not in PATRONYMIC)


def _outermost(spans: list[Span]) -> list[Span]:
    """Spans not inside another of them, in order."""
    return [s for s in spans if not any(o is not s and o.start <= s.start and s.end <= o.end for o in spans)]


def _written_longer(doc: Doc, ent: Span, taken: set[int], written: set[str]) -> bool:
    """"Bupati Giri Prasta" where the article also writes "I Nyoman Giri Prasta" or "Giri Prasta": the capitalised
    word right before a person's span is part of the name when the article writes the name with it elsewhere,
    though a title stands before it."""
    i = ent.start - 1
    if i < 0 or i in taken or not doc[i].whitespace_ or not doc[i].is_alpha:
        return False
    longer = f"{doc[i].text} {ent.text}"
    return any(name == longer or name.endswith(" " + longer) for name in written)


def name_balinese_hamlets(doc: Doc) -> None:
    """"warga Banjar Dinas Bajera Jero": a Balinese hamlet ("banjar dinas", "banjar adat") and the one to three
    capitalised words after it are one place, not the town Banjar and a "Dinas" (a service)."""
    spans = []
    texts = token_texts(doc)
    for i in range(len(doc) - 2):
        if texts[i] == "Banjar" and texts[i + 1] in ("Dinas", "Adat"):
            end = i + 2
            while end < len(doc) and end - i - 2 < 3 and doc[end].is_alpha and doc[end].text.istitle() \
                    and doc[end].lower_ not in LEVEL_WORDS:
                end += 1
            if end > i + 2:
                spans.append(Span(doc, i, end, label=LOC, span_id=RULE_ID))
    if spans:
        kept = [e for e in doc_ents(doc) if not any(s.start < e.end and e.start < s.end for s in spans)]
        set_ents(doc, sorted(kept + spans, key=lambda e: e.start), default="outside")


# "Adang, sapaan akrab Endang", "yang akrab disapa Tata": words that give a person's other name.
NICKNAME_CUES = (("sapaan", "akrab"), ("panggilan", "akrab"), ("akrab", "disapa"), ("biasa", "disapa"),
                 ("akrab", "dipanggil"), ("biasa", "dipanggil"))


def name_nicknames(doc: Doc) -> None:
    """The one or two capitalised words after "sapaan akrab" or "akrab disapa" are a person's name, and
    so is the one-word "place" or "body" right before ", sapaan akrab" (the other name of that person)."""
    ents = list(doc_ents(doc))
    at = {t.i: e for e in ents for t in e}
    added, relabel = [], {}
    lowers = token_lowers(doc)
    for i in range(len(doc) - 2):
        if (lowers[i], lowers[i + 1]) not in NICKNAME_CUES:
            continue
        end = i + 2
        while end < len(doc) and end - i - 2 < 2 and end not in at and doc[end].is_alpha and doc[end].text.istitle():
            end += 1
        if end > i + 2 and (end >= len(doc) or end not in at):
            added.append(Span(doc, i + 2, end, label=PER, span_id=RULE_ID))
        before = at.get(i - 2) if i >= 2 and doc[i - 1].text == "," and doc[i].lower_ in ("sapaan", "panggilan") else None
        if before is not None and len(before) == 1 and before.label_ != PER and not known_place(before.text):
            relabel[before.start] = before
    if added or relabel:
        fixed = [Span(doc, e.start, e.end, label=PER, span_id=e.id_) if e.start in relabel else e for e in ents]
        set_ents(doc, sorted(fixed + added, key=lambda e: e.start), default="outside")


def _first_name_before(doc: Doc, ent: Span, taken: set[int], starts: frozenset[int]) -> bool:
    """"Menurut Hikmat Darmawan", ", Putri Ayudya,", "Belanda Lambertus Christiaan Grijns": a capitalised
    word in no entity that opens the run of capitals right before a person's span is that person's first
    name (the model drops first names that are also words: "hikmat", "putri"); not a title, a form of
    address, a region, an acronym, a day or month, nor a sentence's first word."""
    i = ent.start - 1
    if i < 0 or i in taken or len(ent) > 3 or not doc[i].whitespace_ or (i in starts and not _only_a_name(doc[i].text)):
        return False
    if ent[0].lower_ in WEEKDAYS or ent[0].lower_ in MONTHS or ent[0].lower_ in CALENDAR_WORDS:
        return False  # "bertemu Budi Kamis lalu": the "person" is a day, no surname
    word = doc[i]
    lower = word.lower_
    if not (_name_letters(word) and word.text[:1].isupper() and word.text[1:].islower()) \
            or (is_common_word(word.text) and lower not in NAME_TITLES):
        return False  # "Suami Zakia", "Pasangan Ahmad": a common noun before the name; "Lalu Darmawan" is one
    previous = doc[i - 1] if i > 0 else None
    if previous is not None and previous.is_alpha and previous.text[:1].isupper() and i - 1 not in taken \
            and not (i - 1 in starts and is_common_word(previous.text)) and previous.lower_ not in HONORIFICS:
        return False  # the run of capitals starts earlier ("Ketua Komisi Budi"); "Menurut" opening the sentence
        # does not, nor does an honorific ("H Mawardi" + "Yahya")
    title = title_before(doc, ent.start)
    after_place = previous is not None and previous.ent_type_ == LOC and known_place(previous.text)  # "Walikota Jayapura"
    if title is not None and title[1] > i and lower not in NAME_TITLES and not after_place:
        return False  # "Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Nadiem Makarim": the title's last field
    return not (lower in HEADS or lower in RANKS or lower in HONORIFICS or lower in PREFIXES or lower in MONTHS
                or lower in WEEKDAYS or lower in CALENDAR_WORDS or lower in LEVEL_WORDS or lower in FACILITY_WORDS
                or lower in ORG_FIRST or word.text in FORMS_OF_ADDRESS or is_region_name(word.text)
                or known_place(word.text))


def _only_a_name(word: str) -> bool:
    """A word the corpora write only inside names, or never and no dictionary has ("Hikmat", "Faradina"): opening
    a sentence before a person's span, it is that person's first name, not the sentence's first word."""
    return is_person_word(word) or not can_be_common_word(word)


def _short_first_name_start(doc: Doc, ent: Span, before: list[Span]) -> int:
    """"Muh. Syarif", "Abd. Rahman": a shortened first name and its period before a person's span
    belong to it (the model often tags the surname alone, or the two apart); so does a first name the
    tokenizer left glued to an honorific or an initial ("H.Edy Natar")."""
    i = ent.start
    glued = _GLUED_FIRST_NAME.match(doc[i - 1].text) if i >= 1 and doc[i - 1].whitespace_ else None
    if glued and (glued.group(1).lower() in HONORIFICS or len(glued.group(1)) == 1) and not (before and before[-1].end > i - 1):
        return i - 1  # "H.Edy" + "Natar", "M.Fauzi" + "Rahmat": an honorific or initial glued to the first name
    if i >= 1 and _INITIAL.match(doc[i - 1].text) and _initial_after_a_title(doc, i - 1):
        taken_by = before[-1] if before and before[-1].end > i - 1 else None
        return i - 1 if taken_by is None else i
    if i >= 2 and doc[i - 1].text == "." and not doc[i - 2].whitespace_ and doc[i - 2].lower_ in SHORT_FIRST_NAMES:
        taken_by = before[-1] if before and before[-1].end > i - 2 else None
        if taken_by is None or (taken_by.label_ == PER and taken_by.start == i - 2):
            return i - 2
    return i


def _initial_after_a_title(doc: Doc, i: int) -> bool:
    """"Kadis Sosial Drs. A. Mappangara", "kata A. Muslam": a capital letter with its period is the name's initial
    after a title, an honorific, a comma or a speech verb (not "kelas A. Budi datang": a class ends the sentence)."""
    if i == 0 or doc[i].lower_.rstrip(".") in HONORIFICS:  # "H. Nanang": the honorific, no initial
        return False
    before = doc[i - 1]
    return (before.text in (",", "(") or before.text.endswith(".") or before.lower_ in SPEECH_CUES or before.lower_ in RANKS
            or before.lower_ in HONORIFICS or (before.text[:1].isupper() and before.lower_ not in WEEKDAYS))


def _name_after_initials(doc: Doc, end: int, taken: set[int]) -> int:
    """"M." + "Tauhid": after an initial, capitalised words are the name even when they are also
    common words ("tauhid"); up to two, no title or level word."""
    stop = end
    while stop < len(doc) and stop - end < 2 and stop not in taken and _name_letters(doc[stop]) \
            and doc[stop].text[:1].isupper() and doc[stop].text[1:].islower() and not doc[stop].is_sent_start \
            and doc[stop].lower_ not in HEADS | LEVEL_WORDS and doc[stop - 1].whitespace_ == " ":
        stop += 1
    return stop


def _surname_end(doc: Doc, ent: Span, taken: set[int]) -> int:
    """Where ``ent`` ends with the surname words after it ("Abd. Kadir Damanik": past the period of a
    shortened first name); ``ent.end`` when none follow."""
    after = ent.end
    if ent[-1].lower_ in SHORT_FIRST_NAMES and after + 1 < len(doc) and doc[after].text == "." \
            and not ent[-1].whitespace_:
        after += 1
    if _middle_initial(doc, after, taken):
        end = _name_after_initials(doc, after + 1, taken)
        if end > after + 1 and not any(_no_surname(doc[k]) for k in range(after + 1, end)):
            return end  # "Leo Oktavianus M. Sinaga", "Ben Brahim S Bahat"
    end = _surname_after(doc, after, taken)
    if end == after or (end < len(doc) and doc[end].text[:1].isupper()) \
            or any(_no_surname(doc[k]) for k in range(ent.end, end)):
        return ent.end
    return end


def _middle_initial(doc: Doc, i: int, taken: set[int]) -> bool:
    """A capital letter, with or without its period, right after a name and before more of it."""
    return i + 1 < len(doc) and i not in taken and re.fullmatch(r"[A-Z]\.?", doc[i].text) is not None \
        and doc[i - 1].whitespace_ == " " and (doc[i].whitespace_ == " " or doc[i].text.endswith("."))


@lru_cache(maxsize=1)
def _gazetteer_bodies() -> tuple[str, ...]:
    """The gazetteer's organisations and news outlets (kg.train.gazetteer), in its order."""
    from kg.train.gazetteer import NEWS_OUTLETS, ORG_NAMES

    return tuple(ORG_NAMES + NEWS_OUTLETS)


@lru_cache(maxsize=1)
def _listed_bodies() -> frozenset[str]:
    return frozenset(_gazetteer_bodies())


def _listed_body(text: str) -> bool:
    """A body or outlet of the gazetteer lists, or a known place: never a person's first name."""
    return text in _listed_bodies() or known_place(text)


def _no_surname(token: Token) -> bool:
    lower = token.lower_
    return (token.is_sent_start or lower in LEVEL_WORDS or lower in ORG_FIRST or lower in RANKS or lower in WEEKDAYS
            or lower in MONTHS or known_place(token.text)
            or degree_end(token.doc, token.i) > token.i)  # "Jantje Wowiling Sajow Msi": a degree, cut off before


ROMAN_NUMERAL = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")


def split_holders_after_numbered_bodies(doc: Doc) -> None:
    """"Anggota Komisi II Haris Kelana Damanik": a body whose name ends in a Roman numeral, run on into
    name words the article also writes on their own ("Haris pun mempertegas ..."): the words after the
    numeral are its member's name, with the name words right after them."""
    ents = list(doc_ents(doc))
    texts = token_texts(doc)
    fixed, changed, skip = [], False, None
    for k, ent in enumerate(ents):
        if k == skip:
            continue
        cut = next((j + 1 for j in range(ent.start + 1, ent.end - 1)
                    if texts[j] and ROMAN_NUMERAL.fullmatch(texts[j])), None) if ent.label_ == ORG else None
        after = ents[k + 1] if k + 1 < len(ents) and ents[k + 1].start == ent.end and ents[k + 1].label_ == PER else None
        end = after.end if after is not None else ent.end
        while after is None and end < len(doc) and not doc[end].ent_type_ and _name_word(doc[end]):
            end += 1  # "Haris Kelana" + "Damanik", the last name untagged
        if cut is None or not _name_word(doc[cut]) or _a_place_name(doc[cut : ent.end].text) or not all(
                t.is_alpha and t.text[:1].isupper() and t.lower_ not in ORG_FIRST for t in doc[cut : ent.end]) \
                or not any(texts[i] == texts[cut] for i in range(len(doc)) if not (ent.start <= i < end)
                           and doc[i].ent_type_ in ("", PER)):
            fixed.append(ent)
            continue
        fixed += [Span(doc, ent.start, cut, label=ORG, span_id=ent.id_), Span(doc, cut, end, label=PER, span_id=RULE_ID)]
        skip = k + 1 if after is not None else None
        changed = True
    if changed:
        set_ents(doc, fixed, default="outside")


def _a_place_name(text: str) -> bool:
    """A region of the list or a place the gazetteer knows ("Jawa Timur" of "Porprov IX Jawa Timur")."""
    return is_region_name(text) or link_place(text) is not None


def keep_region_names_whole(doc: Doc) -> None:
    """A person's name that opens with the last word of a region's name: that word ends the region.

    "Ketua DPRD Batu Bara Muhammad Syafi'i" tagged "DPRD Batu" + "Bara Muhammad Syafi'i", "Kepala BPBD
    Tanah Datar Thamrin" with "Datar Thamrin" a person: "Batu Bara" and "Tanah Datar" are regencies of the
    list, so the word goes with the body or place before it (or makes the place, when none was tagged).
    """
    ents = list(doc_ents(doc))
    by_end = {e.end: k for k, e in enumerate(ents)}
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ != PER or len(ent) < 2 or not _name_word(ent[1]):
            continue
        for before in (1, 2):
            start = ent.start - before
            words = doc[start : ent.start + 1] if start >= 0 else None
            if words is None or not all(t.is_alpha and t.text[:1].isupper() for t in words) \
                    or not is_region_name(words.text):
                continue
            held = by_end.get(ent.start)
            if held is not None and ents[held].label_ != PER and ents[held].start <= start:
                ents[held] = Span(doc, ents[held].start, ent.start + 1, label=ents[held].label_, span_id=ents[held].id_)
            elif held is None and not any(t.ent_type_ for t in doc[start : ent.start]):
                ents.append(Span(doc, start, ent.start + 1, label=LOC, span_id=RULE_ID))
            else:
                continue
            ents[k] = Span(doc, ent.start + 1, ent.end, label=PER, span_id=ent.id_)
            changed = True
            break
    if changed:
        set_ents(doc, sorted(ents, key=lambda e: e.start), default="outside")


def retile_with_known_names(doc: Doc) -> None:
    """Mentions cut where the article's own names are not: re-cut them into those names.

    "Pelatih Sulut United Jaya Hartono" tagged "Sulut" + "United Jaya" + "Hartono", where the article
    writes "Sulut United" and "Jaya Hartono" whole elsewhere: the words are those two names, with
    their types. Then a "person" written once that is names of the article ending in a person's
    ("Kajari Merauke Sulta D. Sitohang", with "Merauke" and "Sulta D. Sitohang" named) is those names.
    Only when every word falls into a name the article writes whole, one of them of two words or more.
    """
    _retile(doc, runs=True)
    _retile(doc, runs=False)


def _retile(doc: Doc, runs: bool) -> None:
    ents = list(doc_ents(doc))
    written = Counter(tuple(t.lower_ for t in ent) for ent in ents)
    labels = {tuple(t.lower_ for t in ent): ent.label_ for ent in reversed(ents)}
    if not any(len(words) > 1 for words in written):
        return
    lowers = token_lowers(doc)
    longest = max(len(words) for words in written)
    changed, kept = False, []
    i = 0
    while i < len(ents):
        j = i + 1
        while runs and j < len(ents) and ents[j].start == ents[j - 1].end and "\n" not in ents[j - 1][-1].whitespace_:
            j += 1
        run = ents[i:j]
        tiles = None
        if len(run) > 1:
            tiles = _tiles(lowers, run[0].start, run[-1].end, labels, longest)
        elif not runs and run[0].label_ == PER and written[own := tuple(lowers[run[0].start : run[0].end])] == 1:
            tiles = _tiles(lowers, run[0].start, run[0].end, {w: l for w, l in labels.items() if w != own}, longest)
            tiles = tiles if tiles and len(tiles) > 1 and tiles[-1][2] == PER else None
        if tiles is not None and any(e - s > 1 for s, e, _ in tiles) \
                and [(s, e) for s, e, _ in tiles] != [(e.start, e.end) for e in run]:
            kept += [Span(doc, s, e, label=label, span_id=RULE_ID) for s, e, label in tiles]
            changed = True
        else:
            kept += run
        i = j
    if changed:
        set_ents(doc, kept, default="outside")


def _tiles(lowers: list[str], start: int, end: int, known: dict[tuple[str, ...], str],
           longest: int) -> list[tuple[int, int, str]] | None:
    """The words ``start``..``end`` cut into known names, longest first from the left; None when some word fits none."""
    tiles = []
    i = start
    while i < end:
        for k in range(min(longest, end - i), 0, -1):
            label = known.get(tuple(lowers[i : i + k]))
            if label is not None:
                tiles.append((i, i + k, label))
                i += k
                break
        else:
            return None
    return tiles


def propagate_names(doc: Doc) -> None:
    """Tag further occurrences of names already found in the doc."""
    names = _names(doc)
    if not names:
        return
    taken = {t.i for ent in doc_ents(doc) for t in ent}
    starts = _sentence_starts(doc)
    first_names = {(e[0].text,) for e in doc_ents(doc) if e.label_ == PER and len(e) == 1}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(names, key=len, reverse=True):
        by_first.setdefault(words[0], []).append(words)
    added: list[Span] = []
    texts = token_texts(doc)  # most words open no known name: tested without a Token object
    tagged = {e.start: e for e in doc_ents(doc)}
    i = 0
    while i < len(doc):
        match = _longer_name_written(doc, tagged[i], texts, by_first, names) if i in tagged else None
        if match is None and i not in taken and texts[i] in by_first:
            token = doc[i]
            for words in by_first[token.text]:
                end = i + len(words)
                if end <= len(doc) and tuple(texts[i:end]) == words:
                    ordinary = len(words) == 1 and i in starts and is_word(token.text)  # "Antara lain, ..."
                    if ordinary or taken.intersection(range(i, end)):
                        continue
                    if _free_standing(doc, i, end, starts, person=names[words] == PER):
                        match = (i, end, names[words])
                        break
                    if len(words) == 1 and names[words] == PER and words in first_names:
                        longer = _surname_after(doc, end, taken)  # "Erick" known, "Erick Thohir" written
                        if longer > end and _free_standing(doc, i, longer, starts, person=True):
                            match = (i, longer, PER)
                            break
        if match:
            glued = _GLUED_FIRST_NAME.match(texts[match[0] - 1]) if match[0] > 0 and match[2] == PER else None
            if glued and match[0] - 1 not in taken and (glued.group(2), *texts[match[0]:match[1]]) in names:
                match = (match[0] - 1, match[1], PER)  # "H.Edy" + "Natar", where "Edy Natar" is a name of the article
            added.append(Span(doc, match[0], match[1], label=match[2], span_id=RULE_ID))
            taken.update(range(match[0], match[1]))
            i = match[1]
        else:
            i += 1
    if added:
        set_ents(doc, added, default="unmodified")


def _longer_name_written(doc: Doc, ent: Span, texts: list[str], by_first: dict[str, list[tuple[str, ...]]],
                         names: dict[tuple[str, ...], str]) -> tuple[int, int, str] | None:
    """A body the article names in full elsewhere, tagged here as its first words, the rest untagged or the place
    it is named after ("Kanit Reskrim Polsek" + "Belakang Padang", where "Polsek Belakang Padang" is a name of the
    article); a person's full name tagged as its first words, whatever their type, the rest untagged."""
    i = ent.start
    for words in by_first.get(texts[i], ()):
        end = i + len(words)
        if (ent.label_ == ORG and len(words) > len(ent) and names[words] == ORG and end <= len(doc)
                and tuple(texts[i:end]) == words
                and all(t.ent_type_ in ("", LOC) for t in doc[ent.end : end])
                and (end == len(doc) or doc[end].ent_iob_ != "I")):
            return i, end, ORG
        if (len(words) > len(ent) and names[words] == PER and end <= len(doc) and tuple(texts[i:end]) == words
                and not any(t.ent_type_ for t in doc[ent.end : end])):
            return i, end, PER  # "Bupati Saipul Mbuinga" tagged "Saipul", where "Saipul Mbuinga" is a person of the article
    return None


def _place_after_first_word(ent: Span) -> bool:
    """"PN Jayapura", "Persiba Balikpapan": one word, then a region or a known place."""
    return len(ent) > 1 and _a_place_name(ent[1:].text)


# How one addresses a person by name in Indonesian news, capitalised ("Bu Tuni", "Pak Harto").
FORMS_OF_ADDRESS = frozenset({"Bu", "Ibu", "Pak", "Bapak", "Mas", "Mbak", "Bang", "Kak", "Om", "Tante"})


PLACE_FIRST = FACILITY_WORDS | LEVEL_WORDS | AREA_WORDS  # words that open a place's name
# ... and an agency's: "Balai Kekarantinaan Kesehatan Pelabuhan" typed a body is one ("Balai Desa Silir" a place)
AGENCY_PLACE_WORDS = frozenset({"balai"})


def unify_labels(doc: Doc) -> None:
    """One name, one type per article, decided by all its mentions.

    The model types each mention from its few neighbouring words, so "Rusia" may be a person
    in one sentence and a place in five. Each name takes the label most of its mentions have;
    a tie goes to the label of the longer name it is part of ("Hartono" in "Rudi Hartono"),
    then to a place when the name is a known country or city, then to the first mention's.
    """

    ents = [e for e in doc_ents(doc) if e.label_ in ENTITY_LABELS]
    votes: dict[str, Counter] = {}
    written: dict[str, str] = {}
    for ent in ents:
        text = span_text(ent)
        votes.setdefault(text.casefold(), Counter())[ent.label_] += 1
        written.setdefault(text.casefold(), text)
    longer: dict[str, Counter] = {}  # a word of a multi-word name -> labels of those names
    for ent in ents:
        if len(ent) > 1:
            for token in ent:
                longer.setdefault(token.text.casefold(), Counter())[ent.label_] += 1
    ent_at = {e.start: e for e in ents}
    bracketed = {  # "Satuan Polisi Pamong Praja (Satpol PP)": a name's start -> its short form, in brackets after it
        e.start: short for e in ents
        if (short := ent_at.get(e.end + 1)) is not None and doc[e.end].text == "("
        and short.end < len(doc) and doc[short.end].text == ")"
    }
    defined = {short.text.casefold(): short.label_ for short in bracketed.values()}  # the text says what it is
    for start, short in bracketed.items():  # "Kabupaten Aceh Barat Daya (Abdya)": a short form typed a person
        name = ent_at[start]
        if short.label_ == PER and name.label_ != PER and len(short) == 1 and _shortens(short.text, name.text):
            defined[short.text.casefold()] = name.label_  # takes the type of the name it shortens
    starts = {e.start: e.label_ for e in ents}
    for e in ents:  # "Rektor Unila Prof. Dr. Karomani": the word between an office and its holder is a body
        if len(e) == 1 and e.label_ == PER and e.start > 0 and is_head(doc[e.start - 1]) \
                and starts.get(_after_honorifics(doc, e.end)) == PER:
            defined.setdefault(e.text.casefold(), LOC if link_place(e.text) is not None else ORG)
    for e in ents:  # "Pengadilan Negeri (PN)", "(Kantor) Dinas Kesehatan": a name a kind of body opens is a body,
        if _opened_by_a_body_word(e):  # where it sits too, and so is its bracketed short form
            defined.setdefault(e.text.casefold(), ORG)
            if e.start in bracketed:
                defined[bracketed[e.start].text.casefold()] = ORG
    for e in ents:  # "PN Jayapura" after "Pengadilan Negeri (PN)": the body's short name with its place
        if defined.get(e[0].text.casefold()) == ORG and _place_after_first_word(e):
            defined.setdefault(e.text.casefold(), ORG)
    for e in ents:  # "Sirkuit Mandalika", "Jalan Sudirman", "Distrik Mindiptana", "Pendopo Serambi Madinah": a name a
        # kind of facility, a region's level or an area opens is a place, no person's or body's
        if (e.label_ == PER or e.label_ == ORG and e[0].lower_ not in AGENCY_PLACE_WORDS) and len(e) > 1 \
                and e[0].lower_ in PLACE_FIRST and e[0].text[:1].isupper():
            defined.setdefault(e.text.casefold(), LOC)
    for e in ents:  # "rumah Bu Tuni", "Hj Mariana": a word after a form of address is a person's name
        if (len(e) == 1 and e.start > 0 and (e.label_ != PER and doc[e.start - 1].text in FORMS_OF_ADDRESS
                                             or doc[e.start - 1].lower_.rstrip(".") in PERSONAL_HONORIFICS)
                and link_place(e.text, kinds=(COUNTRY,)) is None and not is_region_name(e.text)):
            defined.setdefault(e.text.casefold(), PER)
    for e in ents:  # "Asun (44) mengungkapkan": a name with an age in brackets after it is a person's
        if (e.label_ != PER and _age_after(doc, e.end) and e[0].lower_.rstrip(".") not in LEVEL_WORDS
                and not is_region_name(e.text) and link_place(e.text) is None):
            defined.setdefault(e.text.casefold(), PER)
    for e in ents:  # "mengangkat Alhudri sebagai Pj Bupati": one appointed to an office is a person in every sentence
        if len(e) <= 3 and _stated_in_office(doc, e):
            defined.setdefault(e.text.casefold(), PER)
    for e in ents:  # "ketua panitia wisuda, Richard Touwala, ...": a name set off after an office is its holder's
        if e.label_ == ORG and _apposed_holder(doc, e):
            defined.setdefault(e.text.casefold(), PER)
    person_ends = {e.end for e in ents if e.label_ == PER}
    for e in ents:  # "Ramlan warga Ranai mengaku", "Budi, warga Ranai": where a person is a resident of is a place,
        # even one that speaks ("di hadapan warga Sunandar memperkenalkan diri": no one is named a resident there)
        if len(e) <= 2 and e.start > 1 and doc[e.start - 1].text == "warga" and (
                e.start - 1 in person_ends or doc[e.start - 2].text == "," and e.start - 2 in person_ends):
            defined.setdefault(e.text.casefold(), LOC)
    for e in ents:  # "Kabid Ketenaga Kerjaan Muhardi, Mediator ...": one word after a title, no place, is its holder
        if e.label_ == LOC and len(e) == 1 and _holder_after_title(doc, e):
            defined.setdefault(e.text.casefold(), PER)
    alone = {text: counts for text, counts in votes.items() if " " not in text}
    for e in ents:  # "Nadeo Argawinata" typed a body, "Nadeo" a person three times: the full name is the person's
        if (e.label_ != PER and len(e) > 1 and all(t.is_alpha and t.text[:1].isupper() for t in e)
                and set(alone.get(e[0].text.casefold(), {})) == {PER} and alone[e[0].text.casefold()][PER] >= 2
                and not has_org_word(e) and e[0].lower_ not in FACILITY_WORDS and not is_region_name(e.text)
                and link_place(e.text) is None):
            defined.setdefault(e.text.casefold(), PER)
    # "Persiba Balikpapan", "Gojek Indonesia": the first word of a body named with its place
    speakers = {e.text.casefold() for e in ents  # "kata Panji": who speaks is a person, whatever place shares the name
                if e.start > 0 and doc[e.start - 1].lower_ in SPEECH_CUES}
    # "Prihantomo mengaku ...": a name typed a place and a person, that speaks, is a person's (bodies speak too)
    subjects = {e.text.casefold() for e in ents if e.end < len(doc) and doc[e.end].lower_ in SPEECH_VERBS}
    bodies_of_places = {e[0].text.casefold() for e in ents if e.label_ == ORG and _place_after_first_word(e)}
    for e in ents:  # '"...," ucap Saiful Arif': a speaker whose name ends in a word the corpora write only in names
        if e.text.casefold() in speakers and e.label_ != PER and len(e) > 1 and is_person_word(e[-1].text) \
                and all(_could_be_a_given_name(t.text) and t.text[1:].islower() for t in e):
            defined.setdefault(e.text.casefold(), PER)
    chosen: dict[str, str] = {}
    for text, counts in votes.items():
        if text in defined and (len(counts) > 1 or defined[text] not in counts):
            chosen[text] = defined[text]
            continue
        if LOC not in counts or len(counts) > 1:
            if link_place(text, kinds=(COUNTRY,)) is not None:
                chosen[text] = LOC  # a country is a place, whatever it does in the sentence
                continue
            if PER in counts and text not in longer and text not in speakers and defined.get(text) != PER \
                    and is_well_known_city(text):
                chosen[text] = LOC  # a known city is not a person
                continue
        if len(counts) == 1:
            if LOC in counts and " " not in text and text not in defined and _part_of_a_person(text, longer):
                chosen[text] = PER  # "Bupati Mahayastra" after "Bupati Gianyar I Made Agus Mahayastra"
            elif ORG in counts and " " not in text and text not in defined and _part_of_a_person(text, longer) \
                    and _could_be_a_given_name(written[text]):
                chosen[text] = PER  # '"...," ucap Diki.' after "Kepala Bidang ..., Diki Ginanjar"
            elif PER in counts and text in bodies_of_places and not longer[text][PER]:
                chosen[text] = ORG  # "Persiba" after "Persiba Balikpapan"
            elif PER not in counts and text in speakers and _a_speakers_name(written[text]) and text not in defined:
                chosen[text] = PER  # '"...," tegas Kadri': one who speaks, named by no place or body, is a person
            continue
        if PER in counts and (text in speakers or text in subjects and set(counts) == {PER, LOC}) and " " not in text \
                and not written[text].isupper() and text not in defined:
            chosen[text] = PER  # '"...," kata Bona.': a one-word name that speaks, no acronym of a body, is a person's
            continue
        first, top = counts.most_common(1)[0]
        tied = [label for label, n in counts.items() if n == top]
        if len(tied) == 1:
            chosen[text] = first
            continue
        hint = longer.get(text)
        if hint and hint.most_common(1)[0][0] in tied:
            chosen[text] = hint.most_common(1)[0][0]
        elif LOC in tied and link_place(text) is not None:
            chosen[text] = LOC
        else:
            chosen[text] = next(e.label_ for e in ents if e.text.casefold() == text and e.label_ in tied)
    if not chosen:
        return
    fixed = [
        Span(doc, e.start, e.end, label=chosen[e.text.casefold()], span_id=e.id_)
        if e.text.casefold() in chosen and chosen[e.text.casefold()] != e.label_ else e
        for e in doc_ents(doc)
    ]
    set_ents(doc, fixed, default="outside")


def _holder_after_title(doc: Doc, ent: Span) -> bool:
    """A one-word name right after a title and before a comma or a speech verb, that no list knows as a place."""
    if ent.end + 1 < len(doc) and doc[ent.end].text == "," and (
            doc[ent.end + 1].ent_type_ == PER or _honorific_before(doc, ent.end + 2)):
        return False  # "Wabup Kuansing, H. Halim": the office's region, then its holder
    return (_comma_or_speech_at(doc, ent.end) and ent[0].is_alpha and ent[0].text[:1].isupper()
            and not ent[0].text.isupper() and not is_listed_place(ent.text) and title_before(doc, ent.start) is not None)


_NO_HOLDER_WORDS = ORG_FIRST | FACILITY_WORDS | LEVEL_WORDS  # one set, not a new union per word


def _apposed_holder(doc: Doc, ent: Span) -> bool:
    """Two or three capitalised words, no body's, place's or region's, after an office and a comma and before a
    comma or a speech verb: the office's holder ("menurut ketua panitia wisuda, Richard Touwala, ...")."""
    if not 2 <= len(ent) <= 3 or ent.start < 2 or doc[ent.start - 1].text != "," or has_org_word(ent) \
            or not all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in ent) \
            or any(t.lower_ in _NO_HOLDER_WORDS for t in ent) or known_place(ent.text):
        return False
    return _comma_or_speech_at(doc, ent.end) and any(is_head(doc[k]) for k in range(max(0, ent.start - 5), ent.start - 1))


def _comma_or_speech_at(doc: Doc, i: int) -> bool:
    """A comma or a speech verb at token ``i``: where a holder's name set after an office ends."""
    return i < len(doc) and (doc[i].text == "," or doc[i].lower_ in SPEECH_VERBS)


def _a_speakers_name(word: str) -> bool:
    """One word after a speech cue that could name a person: no common word ("majalah People"), no place the
    lists hold, no body's short name."""
    return " " not in word and _could_be_a_given_name(word) and not can_be_common_word(word) \
        and not is_region_name(word) and link_place(word) is None


def _age_after(doc: Doc, end: int) -> bool:
    """Is a person's age written in brackets at ``end``: "(44)", "(34 tahun)"?"""
    words = token_lowers(doc)[end : end + 4]  # the cached list: no Span or Token objects
    return (len(words) >= 3 and words[0] == "(" and words[1].isdigit() and len(words[1]) <= 2
            and (words[2] == ")" or words[2:4] == ["tahun", ")"]))


# Bodies' contracted names that open a regional office's name ("Kejari Muarojambi", "KBRI Kuala Lumpur", "BNNP
# Maluku"), never a place's.
BODY_CONTRACTIONS = frozenset({"kejari", "kejati", "kejagung", "polresta", "polrestabes", "kpu", "bawaslu", "bpbd",
                               "kpk", "dprd", "pemkab", "pemkot", "pemko", "pemprov", "pemda", "pemdes", "kbri",
                               "kjri", "bnnp", "bnnk", "pengprov", "pengkab", "pengkot"})


def _opened_by_a_body_word(ent: Span) -> bool:
    """"Dinas Kesehatan", "Kantor Dinas Lingkungan Hidup" (the office of a body is the body)."""
    first = 1 if len(ent) > 1 and ent[0].lower_ == "kantor" else 0
    word = ent[first].lower_
    return (word in BODY_WORDS or word in BODY_CONTRACTIONS) and ent[first].text[:1].isupper()


def _ranked(doc: Doc, ent: Span) -> bool:
    """A one-word name right after a police or military rank that the article also names in full ("Iptu Teguh"
    after "Iptu Teguh Prasetyo"): the person, not a word of a title."""
    return (len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in SERVICE_RANKS
            and doc[ent.start - 1].text[:1].isupper() and _in_longer_name(doc, ent))


def _honorific_before(doc: Doc, i: int) -> bool:
    """Is token ``i`` written right after a form of address ("H.", "Hj", "Drs.")?"""
    before = i - 2 if i >= 2 and doc[i - 1].text == "." else i - 1
    return before >= 0 and doc[before].lower_.rstrip(".") in HONORIFICS and doc[before].text[:1].isupper()


def _after_honorifics(doc: Doc, i: int) -> int:
    """The first token from ``i`` on that is no form of address ("Prof.", "Dr.", "H.")."""
    while i < len(doc) and (doc[i].lower_.rstrip(".") in HONORIFICS or doc[i].text == "."):
        i += 1
    return i


def tag_office_regions(doc: Doc) -> None:
    """"Plt Bupati Kudus Hartopo", "Bupati Tanah laut Adriansyah": the region of the official list right
    after a regional office is a place, even when the holder's name follows it in the same capitalised run."""
    names = region_names()
    added = []
    for k, lower in enumerate(token_lowers(doc)):  # the cached words first: few are regional offices
        i = k + 1
        if lower not in REGIONAL_OFFICES or not doc[k].text[:1].isupper() or i >= len(doc):
            continue
        for size in (3, 2, 1):
            span = doc[i : i + size]
            end = i + size
            place_after = (end < len(doc) and doc[end].ent_type_ in (LOC, ORG)) or any(
                normalise(doc[end : end + n].text) in names for n in (1, 2, 3) if end + n <= len(doc))
            if (len(span) == size and all(t.is_alpha and t.ent_iob_ == "O" for t in span)
                    and span[0].text[:1].isupper() and normalise(span.text) in names
                    and not place_after):  # "Kapolres Metro Jakarta Timur": a longer name, not Kota Metro
                added.append(Span(doc, i, i + size, label=LOC, span_id=RULE_ID))
                added += _holder_after(doc, end)
                break
    if added:
        set_ents(doc, added, default="unmodified")


def _holder_after(doc: Doc, start: int, labels: dict[tuple[int, int], str] | None = None,
                  least: int = 1) -> list[Span]:
    """"Bupati Tanah laut Adriansyah": the untagged capitalised words right after an office's region name
    its holder, when they could be a name (``_holder_name``: not "Kamis", not a place; ``labels``: the
    doc's entity spans, one of which the name may be) and are at least ``least`` words."""
    end = _capitalised_run_end(doc, start, 4, stop=HEADS | PREFIXES | LEVEL_WORDS | RANKS)
    if end - start < max(least, 1) or not _holder_name(doc, start, end, labels or {}):
        return []
    return [Span(doc, start, end, label=PER, span_id=RULE_ID)]


LIST_JOINS = frozenset({",", "dan", "serta"})
MIN_LIST_ITEMS = 3


def unify_lists(doc: Doc) -> None:
    """"Keempat terdakwa yaitu Abdillah, Mulyadi, Untung, dan Suwarno"; "Gowa, Bantaeng, Sidrap, Enrekang":
    the items of a list are things of one kind, so a short item typed against two thirds of the list
    takes the list's type, unless it is a known place (never made a person) or the article calls it a
    person elsewhere (never made a place)."""
    ents = list(doc_ents(doc))
    people_elsewhere = Counter(e.text for e in ents if e.label_ == PER)
    relabel: dict[int, str] = {}
    for items in _lists(doc, ents):
        counts = Counter(e.label_ for e in items)
        label, top = counts.most_common(1)[0]
        if 3 * top < 2 * len(items):
            label = _kind_named_before(doc, items[0].start)  # "Sembilan KK terdiri dari ...": people
            if label is None:
                continue
        for e in items:
            if e.label_ == label or len(e) > 3:
                continue
            if label == PER and known_place(e.text) or label == LOC and people_elsewhere[e.text] > (e.label_ == PER):
                continue  # (a "person" of the list is one elsewhere when the article types it so again)
            if e.label_ == ORG and len(e) > 1 and (e[0].lower_ in ORG_FIRST or e[0].text.isupper()):
                continue  # "UPT BPBD Sidareja" among places is still the body
            if e.label_ == PER and title_before(doc, e.start) is not None:
                continue  # "Kepala Satpol PP dan Damkar Kendal, Subarso": the holder after the office's bodies
            relabel[e.start] = label
    if relabel:
        set_ents(doc, [Span(doc, e.start, e.end, label=relabel[e.start], span_id=e.id_) if e.start in relabel else e
                      for e in ents], default="outside")


# Nouns for the people or the places a list names: "korban ... yakni A, B, C", "di desa A, B dan C".
PEOPLE_NOUNS = frozenset("kk warga korban tersangka terdakwa pelaku siswa atlet pemain saksi peserta penerima".split())
PLACE_NOUNS = LEVEL_WORDS | frozenset({"wilayah", "daerah", "lokasi", "negara"})


def _kind_named_before(doc: Doc, start: int) -> str | None:
    """PER or LOC when the nearest such noun of the sentence before a list (outside names) says what it lists."""
    for i in range(start - 1, max(-1, start - 13), -1):
        token = doc[i]
        if token.text in (".", "!", "?") or "\n" in token.text:
            return None
        if token.ent_iob_ != "O":
            continue
        if token.lower_ in PEOPLE_NOUNS:
            return PER
        if token.lower_ in PLACE_NOUNS:
            return LOC
    return None


def _lists(doc: Doc, ents: list[Span]) -> list[list[Span]]:
    """Runs of three or more names joined only by commas, "dan" and "serta"."""
    runs, current = [], [ents[0]] if ents else []
    for before, after in zip(ents, ents[1:]):
        between = doc[before.end : after.start]
        if 0 < len(between) <= 2 and all(t.lower_ in LIST_JOINS for t in between):
            current.append(after)
            continue
        runs.append(current)
        current = [after]
    runs.append(current)
    return [run for run in runs if len(run) >= MIN_LIST_ITEMS]


def relabel_regional_bodies(doc: Doc) -> None:
    """"Disnakertrans Bantul" after "Dinas ... (Disnakertrans) Bantul": a "person" whose first word the
    article names as an organization on its own, followed by a region, is that organization's office; so is a
    "person" that names a region with its level word ("Tagana Kota Probolinggo", "Forkompinda Kabupaten Pacitan"):
    no one's name holds "Kota" or "Kabupaten" and a place after it."""
    ents = doc_ents(doc)  # read once: each read makes a Span per entity
    bodies = {e.text for e in ents if e.label_ == ORG and len(e) == 1}
    fixed = [
        Span(doc, e.start, e.end, label=ORG, span_id=e.id_)
        if e.label_ == PER and len(e) >= 2 and (e[0].text in bodies and is_region_name(e[1:].text)
                                                 or any(t.lower_ in LEVEL_WORDS and t.text[:1].isupper() for t in e[1:-1]))
        else e
        for e in ents
    ]
    if any(a.label_ != b.label_ for a, b in zip(fixed, ents)):
        set_ents(doc, fixed, default="outside")


def _part_of_a_person(word: str, longer: dict[str, Counter]) -> bool:
    """A word the article writes inside people's names more than inside other names, and no known place
    (only a one-word "place" is retyped: a one-word body may be the short form of one, "Disnakertrans")."""
    labels = longer.get(word)
    return word.isalpha() and bool(labels) and labels[PER] > labels[LOC] + labels[ORG] and not known_place(word)


def _could_be_a_given_name(word: str) -> bool:
    """Not an acronym, a body's contracted name or a body of the gazetteer ("Diki", not "Dishub", "BKPM")."""
    return not word.isupper() and not is_agency_contraction(word) and not _listed_body(word) \
        and word.lower() not in ORG_FIRST


LEGAL_FORMS = frozenset({"PT", "CV", "PERUM"})


def _legal_form(word: str) -> bool:
    """A company's legal form written before its name ("PT", "PT.", "CV."): what follows is the company."""
    return word.rstrip(".").upper() in LEGAL_FORMS and word[:1].isupper()


def _legal_form_before(doc: Doc, start: int) -> int | None:
    """Where a legal form written right before token ``start`` begins ("PT" "." + the name), or None."""
    for begin in (start - 1, start - 2):
        if begin >= 0 and _legal_form(words_text(doc, begin, start)) and doc[start - 1].whitespace_:
            return begin
    return None


def join_institutions(doc: Doc) -> None:
    """"Kejaksaan" + "Agung RI", "Kepolisian Resor" + "Kota Pekanbaru", "Kementerian" + "BUMN": an institution word cut off
    from the rest of its name is joined to the name that directly follows it, as one organization; a
    "person" after it only when its words are also common words ("Kementerian" + "Sosial"), not a
    holder's name ("Polri" + "Hendra Wijaya")."""
    ents = list(doc_ents(doc))
    joined: list[Span] = []
    for ent in ents:
        if ent.label_ in (LOC, ORG) and _unit_word_before(doc, ent.start, joined) or (
                ent.label_ == ORG and _branch_before(doc, ent.start, joined)):
            ent = Span(doc, ent.start - 1, ent.end, label=ORG, span_id=RULE_ID)  # "Polsek" + "Kota Sako", "DPD" + "Partai Golkar"
        elif (school := _school_before(doc, ent.start, joined)) is not None:
            ent = Span(doc, school, ent.end, label=ORG, span_id=RULE_ID)  # "SMA" + "Darma Yudha Pekanbaru"
        elif (form := _legal_form_before(doc, ent.start)) is not None and not (joined and joined[-1].end > form):
            ent = Span(doc, form, ent.end, label=ORG, span_id=RULE_ID)  # "PT." + "Dharma Satya Nusantara"
        previous = joined[-1] if joined else None
        if previous is not None and previous.end == ent.start and _legal_form(previous.text):
            joined[-1] = Span(doc, previous.start, ent.end, label=ORG, span_id=previous.id_)
            continue  # "PT." tagged alone, then the company's name the model took for a person
        if previous is not None and previous.end == ent.start and previous.label_ == ORG == ent.label_ \
                and previous.text.isupper() and ent[0].lower_ == "angkatan":
            joined[-1] = Span(doc, previous.start, ent.end, label=ORG, span_id=previous.id_)
            continue  # "TNI" + "Angkatan Laut": a force and its branch are one body
        if (
            previous is not None and previous.end == ent.start and previous[0].lower_ in ORG_FIRST
            and previous.label_ in ENTITY_LABELS and ent.label_ in ENTITY_LABELS
            and doc[previous.end - 1].whitespace_ == " " and ent.label_ != PER or (
                previous is not None and previous.end == ent.start and len(previous) == 1
                and previous[0].lower_ in ORG_FIRST and not previous.text.isupper()
                and ent.label_ == PER and len(ent) <= 2 and all(can_be_common_word(t.text) or t.text.isupper() for t in ent))
        ):
            joined[-1] = Span(doc, previous.start, ent.end, label=ORG, span_id=previous.id_)
            continue
        joined.append(ent)
    if [(e.start, e.end) for e in joined] != [(e.start, e.end) for e in ents]:
        set_ents(doc, joined, default="outside")


# Government bodies whose names list their fields ("Dinas Pekerjaan Umum dan Penataan Ruang").
# A university's faculties and departments too ("Fakultas Adab dan Ilmu Budaya").
FIELD_BODIES = frozenset({"dinas", "badan", "tim", "kementerian", "direktorat", "biro", "bagian", "pusat", "balai", "lembaga",
                          "fakultas", "jurusan", "departemen"})
MAX_FIELD_TOKENS = 4


def join_body_fields(doc: Doc) -> None:
    """"Dinas Pekerjaan Umum" + "dan Penataan Ruang", "Badan Perencanaan, Penelitian, dan Pengembangan
    Daerah": a body that lists its fields is one organization, however the model cut it. Only fields in
    title case that open no body of their own ("Dinas Sosial dan Dinas Kesehatan" are two). A name the model
    ran on from the last field ("Keguruan UINSU Medan") keeps what follows the field."""
    ents = list(doc_ents(doc))
    by_start = {e.start: e for e in ents}
    fixed, skip_to, changed = [], -1, False
    for ent in ents:
        if ent.end <= skip_to:
            continue
        if ent.start < skip_to:
            ent = Span(doc, skip_to, ent.end, label=ent.label_, span_id=ent.id_)
        end = ent.end
        if ent.label_ == ORG and ent[0].lower_ in FIELD_BODIES:
            end = _field_list_after(doc, ent.end, by_start)
        if end > ent.end:
            ent, skip_to, changed = Span(doc, ent.start, end, label=ORG, span_id=ent.id_), end, True
        fixed.append(ent)
    if changed:
        set_ents(doc, fixed, default="outside")


def _field_list_after(doc: Doc, i: int, by_start: dict[int, Span]) -> int:
    """Where a list of fields that goes on at token ``i`` (", Penelitian, dan Pengembangan Daerah") ends;
    ``i`` unless a "dan" closes it (", Senin" is a date, not a field). The model may have typed a field a
    place ("Tata Ruang"), never a region's name."""
    end = i
    while i < len(doc):
        k = i + 1 if doc[i].text == "," else i
        closes = k < len(doc) and doc[k].text == "dan"
        k += closes
        run_end = k
        while run_end < len(doc) and run_end - k < MAX_FIELD_TOKENS and _field_word(doc[run_end]):
            run_end += 1
        other = [e for start, e in by_start.items() if k <= start < run_end or (e.start < k < e.end)]
        if k == i or run_end == k or _a_place_kind(doc, k) or any(
                e.start < k or e.label_ == PER or e.end > run_end and not closes
                or e.label_ == LOC and is_region_name(doc[e.start:min(e.end, run_end)].text) for e in other):
            return end
        i = run_end
        if closes:
            return run_end
    return end


def _a_place_kind(doc: Doc, k: int) -> bool:
    """"Dinas Kesehatan dan Rumah Sakit", "... dan Pasar": what follows "dan" is a kind of place, no field."""
    return doc[k].lower_ in FACILITY_WORDS or doc[k : k + 2].text.lower() in FACILITY_KINDS


def _field_word(token: Token) -> bool:
    text = token.text
    return text.isalpha() and text[:1].isupper() and not text.isupper() and token.lower_ not in ORG_FIRST \
        and token.lower_ not in LEVEL_WORDS and not token.is_sent_start  # "... dan Perkebunan" + "Provinsi Bali"


def join_regional_offices(doc: Doc) -> None:
    """"Basarnas" + "Palembang", "DLH" + "Kabupaten Serang", "PSIS" + "Semarang": an organization written
    right before a province, regency or city (its name, short form or level word and name) is that
    region's office or club, one organization, not a body and a place."""
    ents = list(doc_ents(doc))
    joined: list[Span] = []
    for ent in ents:
        previous = joined[-1] if joined else None
        if (
            previous is not None and previous.label_ == ORG and ent.label_ == LOC and previous.end == ent.start
            and doc[previous.end - 1].whitespace_ == " " and _regional(ent)
            and previous[-1].lower_ not in HEADS | REGIONAL_OFFICES and not any("\n" in t.text for t in previous)
        ):
            joined[-1] = Span(doc, previous.start, ent.end, label=ORG, span_id=previous.id_)
            continue
        joined.append(ent)
    if len(joined) != len(ents):
        set_ents(doc, joined, default="outside")


def join_acronym_offices(doc: Doc) -> None:
    """Once the regions are tagged: a body's acronym right before one is that region's office."""
    ents = list(doc_ents(doc))
    fixed = [_acronym_opened(doc, e) for e in ents]
    for k, (ent, was) in enumerate(zip(fixed[:-1], ents)):
        after = fixed[k + 1]
        if ent is not was and after.start == ent.end and after.label_ == LOC and len(after) == 1 \
                and ent.start > 0 and is_head(doc[ent.start - 1]) and not known_place(after.text):
            fixed[k + 1] = Span(doc, after.start, after.end, label=PER, span_id=after.id_)  # "Kepala DLH X Prauri"
    if [(e.start, e.end, e.label_) for e in fixed] != [(e.start, e.end, e.label_) for e in ents]:
        set_ents(doc, fixed, default="outside")


def _acronym_opened(doc: Doc, ent: Span) -> Span:
    """"DLH Kabupaten Serang", "TPID Sumbar" where the model tagged only the region (or took the whole
    for a person): a body's acronym, which the model left untagged, right before a region is that
    region's office; so is "Pemerintah (Daerah)" before a region written with its level word, the
    region's government ("Pemerintah Kabupaten Kutai Kartanegara"), and a capitalised "Pemerintah" before a
    country or a region named alone ("Pemerintah Australia": the news gold takes it for the government; "pemerintah
    Malaysia" in lower case for the country)."""
    if ent.label_ == PER and len(ent) > 1 and _body_acronym(ent[0]) and _regional(ent[1:]):
        return Span(doc, ent.start, ent.end, label=ORG, span_id=ent.id_)
    if ent.label_ != LOC or ent.start == 0:
        return ent
    if ent[0].lower_ not in REGIONAL_LEVELS and _government_before(doc, ent.start) == ent.start - 1 \
            and (_regional(ent) or _is_country(ent.text)):
        return Span(doc, ent.start - 1, ent.end, label=ORG, span_id=ent.id_)  # "Pemerintah Australia"
    if not _regional(ent):
        return ent
    government = _government_before(doc, ent.start) if ent[0].lower_ in REGIONAL_LEVELS else None
    if government is not None:
        return Span(doc, government, ent.end, label=ORG, span_id=ent.id_)
    before = doc[ent.start - 1]
    if before.ent_type_ or not _body_acronym(before) or not before.whitespace_ \
            or is_region_name(doc[ent.start - 1 : ent.end].text):
        return ent  # "DKI Jakarta" is the region itself
    return Span(doc, ent.start - 1, ent.end, label=ORG, span_id=ent.id_)


def _government_before(doc: Doc, i: int) -> int | None:
    """Where an untagged "Pemerintah" or "Pemerintah Daerah" written right before token ``i`` starts."""
    start = i - 2 if i >= 2 and doc[i - 1].lower_ == "daerah" else i - 1
    words = doc[start:i]
    if doc[start].text == "Pemerintah" and all(t.ent_iob_ == "O" and t.whitespace_ for t in words):
        return start
    return None


def _body_acronym(token: Token) -> bool:
    """An acronym that may name a body: capitals (digits inside: "BP2MI"), not a thing's ("BBM") or a region's."""
    text = token.text
    return (2 <= len(text) <= 6 and text.isalnum() and text.isupper() and text[0].isalpha()
            and not is_common_acronym(text) and not is_region_name(text))


def _regional(ent: Span) -> bool:
    """A province, regency or city of the official list, with or without its level word."""
    words = ent[1:] if ent[0].lower_ in REGIONAL_LEVELS and len(ent) > 1 else ent
    return is_region_name(words.text)


# Words that open the name of a venue inside a sentence ("di Ruang Palapa", "dari Lapangan Tersono").
VENUE_WORDS = FACILITY_WORDS | frozenset({"ruang", "aula", "gor", "wisma", "balai", "graha", "hotel"})


def add_venue_names(doc: Doc) -> None:
    """"di Ruang Teratai, Istana Bogor", "pulang dari Lapangan Tersono": a capitalised venue word inside a
    sentence and the one to three capitalised words after it name a place the model missed; a place
    the model found right after the venue word is part of that name."""
    starts, headline = _sentence_starts(doc), _title_case_lines(doc)
    taken = {t.i: e for e in doc_ents(doc) for t in e}
    added, absorbed = [], set()
    for i, lower in enumerate(token_lowers(doc)):  # the cached words first: few are venue words
        if lower not in VENUE_WORDS:
            continue
        token = doc[i]
        if not token.text[:1].isupper() or token.text.isupper() or i in taken or i in starts or i in headline:
            continue
        end = i + 1
        while end < len(doc) and end - i <= 3 and end not in taken and doc[end].is_alpha and doc[end].text.istitle() \
                and not is_common_word(doc[end].text):
            end += 1
        place = taken.get(end)
        if place is not None and place.start == end and place.label_ == LOC and end - i <= 3:
            absorbed.add(place.start)
            end = place.end
        if end > i + 1:
            added.append(Span(doc, i, end, label=LOC, span_id=RULE_ID))
            taken.update({k: added[-1] for k in range(i, end)})
    if added:
        kept = [e for e in doc_ents(doc) if e.start not in absorbed]
        set_ents(doc, sorted(kept + added, key=lambda e: e.start), default="outside")


def _unit_word_before(doc: Doc, start: int, before: list[Span]) -> bool:
    """An untagged unit word that is no common word ("Polsek", "Pemkab", "Kejari") names the place's unit,
    and "Pemerintah" a region named with its level ("Pemerintah Kota Surabaya"): its government."""
    if start == 0 or (before and before[-1].end >= start):
        return False
    word = doc[start - 1]
    if word.text == "Pemerintah":
        return doc[start].lower_ in REGIONAL_LEVELS | LISTED_LEVEL_WORDS
    return (word.lower_ in ORG_FIRST or is_agency_contraction(word.text)) and word.text[:1].isupper() \
        and not is_common_word(word.text)  # "Setda" + "Provinsi NTT", "Dinkes" + "Kotamobagu"


def _branch_before(doc: Doc, start: int, before: list[Span]) -> bool:
    """An untagged branch board's acronym right before an organisation is that organisation's branch."""
    board = doc[start - 1] if start > 0 else None
    return board is not None and not (before and before[-1].end >= start) and board.text.isupper() \
        and board.lower_ in BRANCH_BOARDS and board.whitespace_ == " "


def _body_word_in_a_name(doc: Doc, i: int, plain: frozenset[int]) -> bool:
    """"dihadiri Biro Pemerintahan dan ...": a body's word that is also a common word ("Biro", "Dinas",
    "Badan") opens a name where the text capitalises it and the word after it inside a sentence ("Pemerintah
    Daerah" is the government in general)."""
    word, after = doc[i], doc[i + 1]
    return (word.lower_ in ORG_FIRST - {"pemerintah"} and word.text[:1].isupper() and not word.text.isupper()
            and i not in plain and after.is_alpha and after.text[:1].isupper() and after.lower_ not in RANKS | HEADS)


def _school_before(doc: Doc, start: int, before: list[Span]) -> int | None:
    """Where a school's name starts when an untagged school word (and its number) comes right before."""
    i = start - 1
    if i > 0 and doc[i].like_num:
        i -= 1  # "SMAK 1"
    if i < 0 or (before and before[-1].end > i) or doc[i].lower_ not in SCHOOL_WORDS or not doc[i].text[:1].isupper():
        return None
    return i


def add_unit_names(doc: Doc) -> None:
    """"Polda Sulteng", "Koramil Sidareja": an untagged unit word and the capitalised words after it
    (not a rank or an office) name an organization the model missed."""
    ents = doc_ents(doc)  # read once: each read makes a Span per entity; set only after the loop
    taken = {t.i for e in ents for t in e}
    # the place after the unit word, or a one-word "person" there: "Polsek Tersono" is the unit of a village
    places = {e.start: e for e in ents if e.label_ == LOC or (e.label_ == PER and len(e) == 1)}
    plain = _sentence_starts(doc) | _headlines(doc)
    lone = {e.start for e in ents if len(e) == 1}  # "Kejaksaan" tagged alone before "Negeri Deliserdang"
    added, absorbed = [], set()
    for i, lower in enumerate(token_lowers(doc)):  # both tests below need a body's word ("pemerintah" is one)
        if lower not in ORG_FIRST or i + 1 >= len(doc) or i in taken and not (
                i in lone and can_be_common_word(doc[i + 1].text)) or not (  # not "Polri" + "Hendra Wijaya"
                _unit_word_before(doc, i + 1, []) or _body_word_in_a_name(doc, i, plain)):
            continue
        end = words = _unit_number_end(doc, i + 1)  # "Kodim 1617/Jembrana", "Koramil 1617-01/Negara"
        while (end < len(doc) and end - words < (5 if any(t.lower_ in LEVEL_WORDS for t in doc[i:end]) else 3)
               and end not in taken and doc[end].is_alpha
               and doc[end].text[:1].isupper() and doc[end].lower_ not in RANKS | HEADS):
            end += 1
        holder = _holder_after_region(doc, i, end)
        if holder < end:
            added.append(Span(doc, holder, end, label=PER, span_id=RULE_ID))
            taken.update(range(holder, end))
            end = holder
        place = places.get(end)  # "Polsek Kota" + "Sako"
        if place is not None and place.label_ == PER and end > words and is_region_name(doc[words:end].text) \
                and not is_region_name(doc[words : place.end].text):
            place = None  # "Kepala Pelaksana BPBD Pacitan Windarto": after the unit's region, a person is its holder
            # (not "BPBD Tanah" + "Datar", the rest of the region's name typed a person)
        if place is not None:
            end = place.end
        if end > i + 1 and not (end < len(doc) and doc[end].text == "("):  # "Madrasah Aliyah (MA) Negeri ..."
            added.append(Span(doc, i, end, label=ORG, span_id=RULE_ID))
            taken.update(range(i, end))
            absorbed.add(i)
            if place is not None:
                absorbed.add(place.start)
    if added:
        kept = [e for e in ents if e.start not in absorbed]
        set_ents(doc, sorted(kept + added, key=lambda e: e.start), default="outside")


def _holder_after_region(doc: Doc, unit: int, end: int) -> int:
    """"JPU Kejari Beltim Riki Apriansyah", "Kepala Kejari Penajam Zullikar Tanjung": after an office, the unit ends
    at its region or district, and the words the corpora never write in lower case that follow it are the holder's;
    ``end`` when no such words follow."""
    if unit == 0 or title_before(doc, unit) is None:
        return end
    for holder in range(unit + 2, end):
        if (any(is_region_name(doc[start:holder].text) or candidates(doc[start:holder].text, (DISTRICT,))
                for start in range(max(unit + 1, holder - 2), holder))
                and all(is_never_in_lower_case(t.text) and not is_region_name(t.text) for t in doc[holder:end])):
            return holder
    return end


def _unit_number_end(doc: Doc, i: int) -> int:
    """After a military or police unit's number ("1617/Jembrana" is "1617", "/", "Jembrana"): where its
    capitalised words may go on; ``i`` itself when no number follows."""
    if i >= len(doc) or not doc[i].is_digit or doc[i - 1].lower_ not in NUMBERED_UNITS:
        return i
    end = i + 1
    while end < len(doc) and not doc[end - 1].whitespace_ and (doc[end].text in "-/." or doc[end].is_digit):
        end += 1
    return end


# Units named with a number: the army's district and sub-district commands, air and naval bases, battalions.
NUMBERED_UNITS = frozenset({"kodim", "koramil", "korem", "kodam", "lanud", "lanal", "lantamal", "yonif", "batalyon"})


def extend_organizations(doc: Doc) -> None:
    """Complete names the model cut at a comma or a company form.

    "Badan Meteorologi, Klimatologi dan Geofisika": an institution's name that lists its fields
    goes on over ", X dan Y" (title-case words); "PT Bank Tabungan Negara (Persero) Tbk": the
    company form belongs to the name.
    """
    ents = list(doc_ents(doc))
    taken = {t.i for e in ents if len(e) > 1 for t in e}  # a one-word "name" may be a field ("Klimatologi")
    fixed: list[Span] = []
    for ent in ents:
        if fixed and ent.start < fixed[-1].end:
            continue  # absorbed by the name before it: "PT Bank Tabungan Negara" + "(Persero)"
        end = ent.end
        if ent.label_ == ORG and len(ent) > 1 and ent[0].lower_ in ORG_FIRST:
            end = _field_list_end(doc, end, taken)
        if ent.label_ == ORG:
            end = _name_end_word_after(doc, _company_form_end(doc, end))
        start = ent.start - 1 if _section_before(doc, ent) else ent.start
        fixed.append(ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ORG, span_id=ent.id_))
    if [(e.start, e.end) for e in fixed] != [(e.start, e.end) for e in ents]:
        set_ents(doc, fixed, default="outside")


# Words a club's or company's name goes on with, which the model tags as the start of a name of its own:
# "Pasuruan" + "United FC", "Persekam Metro" + "FC Malang".
NAME_GOES_ON = ORG_LAST | {"united", "city"}


def join_names_that_go_on(doc: Doc) -> None:
    """A place or body the model ended right before "United", "FC" or "Group" that opens the next name is one
    club or company with it ("Pasuruan United FC")."""
    ents = list(doc_ents(doc))
    joined: list[Span] = []
    for ent in ents:
        previous = joined[-1] if joined else None
        if (previous is not None and ent.label_ == ORG and previous.label_ in (LOC, ORG) and previous.end == ent.start
                and ent[0].lower_ in NAME_GOES_ON and ent[0].text[:1].isupper()
                and "\n" not in doc[previous.end - 1].whitespace_):
            joined[-1] = Span(doc, previous.start, ent.end, label=ORG, span_id=previous.id_)
            continue
        joined.append(ent)
    if len(joined) != len(ents):
        set_ents(doc, joined, default="outside")


def _name_end_word_after(doc: Doc, end: int) -> int:
    """"Semen Padang" + "FC", "Kusuma" + "Group": a word that ends a club's or company's name, untagged or
    tagged alone right after it, belongs to the name."""
    if end < len(doc) and doc[end].lower_ in ORG_LAST and doc[end].text[:1].isupper() and (
            doc[end].ent_iob_ == "O" or doc[end].ent_type_ == ORG and (end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I")):
        return end + 1
    return end


def _section_before(doc: Doc, ent: Span) -> bool:
    """"Satreskrim Polres Malang", "Satlantas Polres PALI": a police unit's section, written as its contraction
    right before the unit and left untagged, is part of the section's name."""
    if ent.label_ != ORG or ent[0].lower_ not in UNIT_WORDS or ent.start == 0:
        return False
    before = doc[ent.start - 1]
    return (before.ent_iob_ == "O" and before.text[:1].isupper() and before.lower_.startswith("sat")
            and is_agency_contraction(before.text))


# "Kelas IA", "Klas II B", "Kelas 1 B": the class of a court, prison or office, part of its name.
CLASS_WORDS = frozenset({"kelas", "klas"})
_CLASS_CODE = re.compile(r"(?:I{1,3}|IV|[1-4])[AB]?")


def extend_class_designations(doc: Doc) -> None:
    """"Pengadilan Negeri Kelas IA Khusus Palembang", "Lapas Kelas I Tangerang", "PN Kelas 1 B
    Kraksaan": a body's class and the place after it belong to its name; the model stops at "Kelas"
    or at the code, or leaves the place out."""
    ents = list(doc_ents(doc))
    at = {k: e for e in ents for k in range(e.start, e.end)}
    spans: list[Span] = []
    for k in (k for k, lower in enumerate(token_lowers(doc)) if lower in CLASS_WORDS and k > 0):
        base = at.get(k - 1)
        if base is None and doc[k - 1].is_alpha and doc[k - 1].text.isupper() and len(doc[k - 1]) > 1:
            base = Span(doc, k - 1, k, label=ORG)  # "Humas PN Kelas 1 B Kraksaan": the model saw no name
        if base is None or base.label_ not in (ORG, LOC) or (spans and base.start < spans[-1].end):
            continue
        end = _class_end(doc, k + 1)
        if end == k + 1:
            continue  # "kelas" the common noun ("ruang kelas", "Kelas I, II, dan III")
        place = _place_after(doc, end, at)
        if place == end and end < len(doc) and doc[end].lower_ == "khusus":
            place = _place_after(doc, end + 1, at)  # "Kelas IA Khusus Palembang"
        if place > end or base.end > k:
            spans.append(Span(doc, base.start, max(place, base.end), label=base.label_, span_id=base.id_))
    if spans:
        kept = [e for e in ents if not any(e.start < s.end and s.start < e.end for s in spans)]
        set_ents(doc, sorted(kept + spans, key=lambda e: e.start), default="outside")


# A school's or a clinic's number after its name: "SMP Negeri 11", "SDN Saripoi 2", "Puskesmas Sawangan II".
_FACILITY_NUMBER = re.compile(r"\d{1,3}|I{1,3}|IV|VI{0,3}|IX|X")
NUMBERED_FACILITIES = SCHOOL_WORDS | {"puskesmas"}


def extend_numbered_facilities(doc: Doc) -> None:
    """"SMP Negeri 11 Pondok Pusaka", "SMPN SATAP 6 Balaesang Tanjung", "Puskesmas Rawat Inap Secang II": a school's
    or a clinic's number, and the place right after it, belong to its name; the model stops before the number."""
    ents = list(doc_ents(doc))
    at = {k: e for e in ents for k in range(e.start, e.end)}
    spans: list[Span] = []
    for ent in ents:
        if (ent.label_ != ORG or ent.end >= len(doc) or not ent[-1].whitespace_
                or not _FACILITY_NUMBER.fullmatch(doc[ent.end].text)
                or not any(t.lower_ in NUMBERED_FACILITIES for t in ent)):
            continue
        after = at.get(ent.end)
        if after is not None and not (after.start == ent.end and after.label_ in (LOC, ORG)):
            continue
        if after is not None:
            end = after.end
        elif all(t.lower_ in NUMBERED_FACILITIES or not is_never_in_lower_case(t.text) or t.text.isupper() for t in ent):
            end = _name_run_end(doc, ent.end + 1, at)  # "SMP Negeri 11 Pondok Pusaka": only a kind and a number
        else:
            end = ent.end + 1  # "SDN Mekarjaya 1 Depok": the school has its name; the city after is where it is
        spans.append(Span(doc, ent.start, end, label=ORG, span_id=ent.id_))
    if spans:
        kept = [e for e in ents if not any(e.start < s.end and s.start < e.end for s in spans)]
        set_ents(doc, sorted(kept + spans, key=lambda e: e.start), default="outside")


_FACILITY_PLACE_STOPS = HEADS | RANKS | frozenset(MONTHS) | frozenset(WEEKDAYS)


def _name_run_end(doc: Doc, i: int, at: dict[int, Span]) -> int:
    """The end of up to three capitalised words from ``i`` that no entity holds and that are no weekday, month,
    office or rank; a tagged place there ends the run with it."""
    end = _capitalised_run_end(doc, i, 3, stop=_FACILITY_PLACE_STOPS)
    tagged = next((k for k in range(i, end) if k in at), end)
    if tagged == i and at[i].start == i and at[i].label_ == LOC:
        return at[i].end
    return tagged


def _class_end(doc: Doc, i: int) -> int:
    """The end of the class code starting at ``i`` ("IA", "II B", "1 B"), or ``i`` when none is there."""
    if i >= len(doc) or not _CLASS_CODE.fullmatch(doc[i].text):
        return i
    if i + 1 < len(doc) and doc[i + 1].text in ("A", "B") and not doc[i].text.endswith(("A", "B")):
        return i + 2
    return i + 1


def _place_after(doc: Doc, i: int, at: dict[int, Span]) -> int:
    """The end of the place named at ``i``: a tagged place, or one capitalised word the model left
    untagged that is no common word ("Kraksaan"); ``i`` when there is none."""
    if i >= len(doc):
        return i
    ent = at.get(i)
    if ent is not None:
        return ent.end if ent.start == i and ent.label_ == LOC else i
    token = doc[i]
    return i + 1 if token.is_alpha and token.text[:1].isupper() and not is_common_word(token.text) else i


def _title_word(doc: Doc, i: int, taken: set[int]) -> bool:
    return i < len(doc) and i not in taken and doc[i].is_alpha and doc[i].text[:1].isupper() and not doc[i].text.isupper()


def _field_list_end(doc: Doc, end: int, taken: set[int]) -> int:
    i = end
    if (  # "Dinas Perikanan dan Kelautan": two fields, both common words, no comma
        i + 1 < len(doc) and doc[i].lower_ == "dan" and _title_word(doc, i + 1, taken)
        and can_be_common_word(doc[i - 1].text) and can_be_common_word(doc[i + 1].text)
        and doc[i + 1].lower_ not in ORG_FIRST
    ):
        after = doc[i + 2] if i + 2 < len(doc) else None
        if after is None or not after.text[:1].isupper() or after.ent_iob_ == "B":
            return i + 2  # "Pusat Gempa Bumi dan Tsunami" + "Badan Meteorologi ...": the next name is its own
    while i + 1 < len(doc) and doc[i].text == "," and _title_word(doc, i + 1, taken):
        i += 2
    if i > end and i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "dan":
        i += 1  # "Meteorologi, Klimatologi, dan Geofisika"
    if i > end and i + 1 < len(doc) and doc[i].lower_ == "dan" and _title_word(doc, i + 1, taken):
        i += 2
        after = doc[i] if i < len(doc) else None
        if after is None or not after.text[:1].isupper():
            return i
    return end


def _company_form_end(doc: Doc, end: int) -> int:
    words = [t.text.lower().rstrip(".") for t in doc[end : end + 5]]
    if words[:3] == ["(", "persero", ")"]:
        end += 3
        words = words[3:]
    if words[:1] == ["tbk"]:
        end += 1
    return end


def split_coordinations(doc: Doc) -> None:
    """"Hanura dan PBB" names two organizations: a span whose parts around "dan" are one word each is split."""
    ents = []
    changed = False
    for ent in doc_ents(doc):
        words = [t.lower_ for t in ent]
        if len(ent) == 3 and words[1] in ("dan", "&") and ent.label_ in (ORG, LOC):
            changed = True
            ents.append(Span(doc, ent.start, ent.start + 1, label=ent.label_, span_id=ent.id_))
            ents.append(Span(doc, ent.start + 2, ent.end, label=ent.label_, span_id=ent.id_))
            continue
        ents.append(ent)
    if changed:
        set_ents(doc, ents, default="outside")


# Units that stand on their own after another unit's name: "Mapolsek Tersono Polres Batang".
UNIT_WORDS = frozenset({
    "polres", "polresta", "polrestabes", "polsek", "polda", "mapolres", "mapolresta", "mapolsek", "mapolda",
    "kodam", "kodim", "korem", "koramil", "kejari", "kejati",
})


def split_units(doc: Doc) -> None:
    """"Mapolsek Tersono Polres Batang" names two units: an organisation is split before a second unit word
    that follows a name (not "Kapolsek ... Polres": the office words are not units)."""
    ents, changed = [], False
    for ent in doc_ents(doc):
        cut = next((k for k in range(ent.start + 2, ent.end)
                    if ent.label_ == ORG and doc[k].lower_ in UNIT_WORDS and doc[k].text[:1].isupper()
                    and doc[k - 1].lower_ not in ORG_FIRST and doc[ent.start].lower_ in ORG_FIRST), None)
        if cut is None:
            ents.append(ent)
            continue
        changed = True
        ents += [Span(doc, ent.start, cut, label=ORG, span_id=ent.id_), Span(doc, cut, ent.end, label=ORG, span_id=ent.id_)]
    if changed:
        set_ents(doc, ents, default="outside")


def join_places_named_after_people(doc: Doc) -> None:
    """"Jalan Kapten" + "Maulana Lubis", "Stadion" + "I Made Suta": a street or venue named after a
    person, which the model reads as a place word and a person, is one place."""
    found = doc_ents(doc)
    ents: list[Span] = []
    for ent in found:
        before = ents[-1] if ents else None
        if (before is not None and ent.label_ == PER and before.label_ == LOC and before.end == ent.start
                and before[0].lower_ in FACILITY_WORDS
                and all(t.lower_.rstrip(".") in SERVICE_RANKS or t.text == "." or t.text in BALINESE_FIRST
                        for t in before[1:])):  # "Stadion Kapten I" + "Wayan Dipta"
            ents[-1] = Span(doc, before.start, ent.end, label=LOC, span_id=before.id_)
            continue
        ents.append(ent)
    if len(ents) != len(found):
        set_ents(doc, ents, default="outside")


def name_after_ranks(doc: Doc) -> None:
    """"Kepala Polsek Kota Sako Kompol Rafael Bj Lingga": the capitalised words after a police or
    military rank are a person's name, and the rank ends the name before it ("Sako Kompol Rafael")."""
    people: list[tuple[int, int, int]] = []  # (where the name before must end, name start, name end)
    lowers = token_lowers(doc)
    i = 0
    while i < len(doc):
        if lowers[i] not in SERVICE_RANKS or not _rank_before_name(doc, i):  # the cached word first: few are ranks
            i += 1
            continue
        start = rank_words_end(doc, i + 1)  # "Kombes Pol Deddy", "Letkol Kav. Djefri", "Letkol Laut (P) Ansori"
        end = _capitalised_run_end(doc, start, 4, stop=SERVICE_RANKS)
        if end > start:
            people.append((i, start, end))
        i = max(end, i + 1)
    _set_people(doc, people)
    _office_places_before_ranks(doc, {cut for cut, _, _ in people})


def _office_places_before_ranks(doc: Doc, ranks: set[int]) -> None:
    """"Kapolsek Jaluko Iptu Yohanes": a "person" between an office and a rank is the office's place (not the
    service of "Kanit Reskrim Ipda Budi")."""
    ents = doc_ents(doc)  # read once: each read makes a Span per entity
    fixed = [
        Span(doc, e.start, e.end, label=LOC, span_id=e.id_)
        if e.label_ == PER and e.end in ranks and e.start > 0 and is_head(doc[e.start - 1])
        and e[0].lower_ not in SERVICE_UNITS else e
        for e in ents
    ]
    if any(a.label_ != b.label_ for a, b in zip(fixed, ents)):
        set_ents(doc, fixed, default="unmodified")


def name_after_forms_of_address(doc: Doc) -> None:
    """"Ketua Dharma Wanita NTT Ibu Carolina Maria Ondok", tagged "Dharma Wanita NTT Ibu" + "Carolina" +
    "Maria Ondok": a form of address after a name ends it and opens one person's name. What it ends,
    after an office ("Ketua"), is the office's body."""
    ents = doc_ents(doc)
    people: list[tuple[int, int, int]] = []
    bodies: set[int] = set()
    for ent in ents:
        k = ent.end - 1 if ent.label_ == PER and doc[ent.end - 1].text in FORMS_OF_ADDRESS else None
        if k is None or k == ent.start or k + 1 >= len(doc) or doc[k + 1].lower_ in ("kota", "negara"):
            continue
        end = _capitalised_run_end(doc, k + 1, 4)
        if end > k + 1:
            people.append((k, k + 1, end))
            if ent.start > 0 and is_head(doc[ent.start - 1]):
                bodies.add(ent.start)
    if not people:
        return
    _set_people(doc, people)
    if bodies:
        set_ents(doc, [Span(doc, e.start, e.end, label=ORG, span_id=e.id_) if e.start in bodies else e
                      for e in doc_ents(doc)], default="unmodified")


# Where the capitalised words of a holder's name after an office stop (one set, not a new union per comma).
HOLDER_NAME_STOPS = HEADS | PREFIXES | LEVEL_WORDS


def name_after_honorifics(doc: Doc) -> None:
    """"Bupati Lampung Selatan H. Nanang Ermanto": the capitalised words after an honorific are a
    person's name, whatever the model made of them. Not inside a facility's or a body's name ("RSUD Dr.
    Soetomo", "Jalan H. Agus Salim") and not a middle initial ("Mardani H. Maming")."""
    people: list[tuple[int, int, int]] = []
    for i, lower in enumerate(token_lowers(doc)):  # the cached words first: few are honorifics
        if lower.rstrip(".") not in HONORIFICS or not doc[i].text[:1].isupper() or i == 0:
            continue
        before = doc[i - 1]
        if before.lower_.rstrip(".") in HONORIFICS or ent_label(before) == PER or before.lower_ in FACILITY_WORDS \
                or before.lower_ in ORG_FIRST or (before.is_alpha and before.text[:1].isupper()
                                                   and not ent_label(before) and not is_head(before)):
            continue
        start = _after_honorifics(doc, i + 1)  # "Drs. H. Gustianto"
        end = _capitalised_run_end(doc, start, 4, stop=HOLDER_NAME_STOPS)
        if end + 1 < len(doc) and doc[end].text == "." and doc[end + 1].text[:1].isupper():
            continue  # "Drs. Ec. H. Muh. Syarif": more abbreviations follow, the name is not plain
        if end > start and not _in_organization(doc, i, start, end) \
                and not known_place(doc[start:end].text) and doc[start].lower_ not in ORG_FIRST:
            people.append((i, start, end))
    _set_people(doc, people)


def _in_organization(doc: Doc, i: int, start: int, end: int) -> bool:
    """Is the name ``doc[start:end]`` after the honorifics from ``i`` inside an organisation, other
    than one the model made of the honorifics and the name alone ("KH M Ulil Albab Arwani" typed ORG)?"""
    if not any(ent_label(t) == ORG for t in doc[start:end]):
        return False
    opening = next((k for k in range(i, start) if doc[k].ent_iob_ == "B"), None)
    return opening is None or ent_label(doc[opening]) != ORG \
        or any(t.ent_iob_ != "I" for t in doc[opening + 1 : end]) or (end < len(doc) and doc[end].ent_iob_ == "I")


def name_after_offices(doc: Doc) -> None:
    """"Ketua KPU Lubuklinggau, Topandri, ...": the capitalised words right after an office and its
    body and a comma are the holder's name, whatever the model made of them (a place, nothing).
    Not when they are a place the office sits in ("Kapolsek Kota Sako, Palembang") or a word the
    corpora mostly write in lower case ("Kamis")."""
    ents = doc_ents(doc)  # read once: each read makes a Span per entity
    labels = {(e.start, e.end): e.label_ for e in ents}
    person_ends = {e.end: e for e in ents if e.label_ == PER}
    body_ends = {e.end for e in ents if e.label_ == ORG}
    people: list[tuple[int, int, int]] = []
    places: list[Span] = []
    for comma in (i for i, text in enumerate(token_texts(doc)) if text == ","):
        start = comma + 1
        if start < len(doc) - 1 and doc[start].lower_.rstrip(".") in HONORIFICS:
            after = start + 2 if doc[start + 1].text == "." and start + 2 < len(doc) else start + 1
            if doc[after].text[:1].isupper():
                start = after  # "Bupati Lampung Selatan, H. Nanang Ermanto": the honorific is not the name
        if start >= len(doc) or doc[start].lower_ in RANKS:
            continue
        after_person = comma > 0 and ent_label(doc[comma - 1]) == PER
        place = _office_place_before(doc, person_ends[comma]) if after_person and comma in person_ends else None
        if after_person and place is None:
            continue
        end = _capitalised_run_end(doc, start, 4, stop=HOLDER_NAME_STOPS)
        if end == start or not _holder_name(doc, start, end, labels):
            continue
        title = title_before(doc, comma + 1) if place is None else title_before(doc, place.start)
        if title is None or title[1] != (comma if place is None else place.start) or not (
                doc[title[0]].text[:1].isupper() or comma in body_ends):  # "pelatih kepala Semen Padang FC, Delfiadri"
            continue
        if place is not None:
            places.append(place)
        people.append((start, start, end))
    if places:
        set_ents(doc, [Span(doc, e.start, e.end, label=LOC, span_id=RULE_ID) if e in places else e for e in ents],
                     default="outside")
    _set_people(doc, people)


def _office_place_before(doc: Doc, ent: Span) -> Span | None:
    """``ent``, the person-tagged name before a comma, when a title runs right up to it: "Kepala Bank Nagari
    Cabang Lubuak Gadang, Oktra Firdaus" names the branch's place before the holder."""
    if ent.start == 0:
        return None
    before = doc[ent.start - 1]  # a body's word, not the office itself: "Rektor Budi Santoso, Ph.D" names a person
    if before.is_punct or is_head(before) or before.lower_ in RANKS | HONORIFICS:
        return None
    return None if _a_full_name(ent) else ent


def _a_full_name(ent: Span) -> bool:
    """Two or more words none of which (an initial aside) can be a common word or a place, and no place the lists
    know: a person's full name ("Menteri Luar Negeri Retno Marsudi, Mensesneg Pratikno": two guests), not a
    branch's place or the tail of a body's name ("Cabang Lewoleba", "Makmur Permata", "Manggala Agni Pontianak")."""
    return (len(ent) >= 2 and not any(can_be_common_word(t.text) and not _initial(t) or is_region_name(t.text)
                                      for t in ent)
            and not candidates(ent.text, LEVELS) and link_place(ent.text) is None)


def name_after_titles(doc: Doc) -> None:
    """"Bupati Kediri Hanindhito Himawan Pramana dan ...", "Deputi Bidang Pembiayaan Yuana Setiawati.":
    right after a title (and its body), two to four capitalised words the model left untagged, none
    of which the corpora ever write in lower case, are the holder's name."""
    people = []
    texts = token_texts(doc)
    i = 1
    while i < len(doc):
        end = i
        while end < len(doc) and end - i < 4 and texts[end][:1].isupper() and _untagged_name_word(doc[end]) \
                and (end == i or not doc[end].is_sent_start):  # the cached text first: most words are lower case
            end += 1
        if end - i >= 2 and not doc[i].is_sent_start and not (end < len(doc) and doc[end].text[:1].isupper()) \
                and not known_place(doc[i:end].text) and title_before(doc, i) is not None:
            people.append((i, i, end))
        i = max(end, i + 1)
    for ent in doc_ents(doc):  # "Duta Besar Uni Eropa Vincent Piket,": a "place" no list knows, after an office's body
        if ent.label_ == LOC and 2 <= len(ent) <= 4 \
                and all(_name_word_of_place(t) or t.i == ent.start and _initials(t) for t in ent) \
                and not ent[0].is_sent_start and not (ent.end < len(doc) and doc[ent.end].text[:1].isupper()) \
                and not is_head(doc[ent.start - 1]) and not known_place(ent.text) \
                and not is_region_name(ent[0].text) and title_before(doc, ent.start) is not None:
            people.append((ent.start, ent.start, ent.end))
        elif ent.label_ == ORG and 2 <= len(ent) <= 4 and (_name_word_of_place(ent[0]) or _dotted_initials(ent[0])) \
                and all(_name_word_of_place(t) or _initials(t) for t in ent[1:]) \
                and not ent[0].is_sent_start and not (ent.end < len(doc) and doc[ent.end].text[:1].isupper()) \
                and not _listed_body(ent.text) and title_before(doc, ent.start) is not None:
            people.append((ent.start, ent.start, ent.end))  # "wakil sekretaris Nadia Fatwah Sabillah": no body
    _set_people(doc, people)


def _initials(token: Token) -> bool:
    """"MZ", "PL": a name's initials in capitals after its first word ("Mustaqim MZ", "Laonma PL Tobing")."""
    return token.is_alpha and len(token) <= 2 and token.text.isupper()


DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _dotted_initials(token: Token) -> bool:
    """"F.X." in "Bupati F.X. Mote": a name's first initials, written with dots."""
    return bool(DOTTED_INITIALS.fullmatch(token.text))


def _untagged_name_word(token: Token) -> bool:
    return not ent_label(token) and _name_word_of_place(token)


def _name_word_of_place(token: Token) -> bool:
    lower = token.lower_
    return (token.is_alpha and token.text[:1].isupper() and not token.text.isupper()
            and not can_be_common_word(token.text) and lower not in HEADS and lower not in PREFIXES
            and lower not in RANKS and lower not in ORG_FIRST and lower not in LEVEL_WORDS and not known_place(token.text))


def _holder_name(doc: Doc, start: int, end: int, labels: dict[tuple[int, int], str]) -> bool:
    """Could ``doc[start:end]`` be a person's name, not a place, a body or a common word?"""
    span = doc[start:end]
    if end < len(doc) and (doc[end].is_alpha and doc[end].text[:1].isupper() or doc[end].lower_ in ("dan", "&")
                           and not (end + 1 < len(doc) and is_head(doc[end + 1]))):
        return False  # the run goes on, or is one field of a list ("Sistem Pembayaran, Pengelolaan Uang dan ...");
        # not "Wakil Bupati Mukomuko, Wasri dan Sekretaris Daerah ...": another office follows
    if doc[start].lower_ in MONTHS or doc[start].lower_ in WEEKDAYS or is_unit_word(doc[start].text):
        return False
    if any(ent_label(t) == ORG for t in span) or doc[start].text.isupper():
        return False
    if known_place(span.text) or is_common_word(doc[start].text) or doc[start].lower_ in ORG_FIRST:
        return False
    return (start, end) in labels or not any(t.ent_iob_ in ("B", "I") for t in span) or (
        ent_label(span[-1]) == PER and all(t.ent_type_ in ("", PER) for t in span)
        and (end == len(doc) or doc[end].ent_iob_ != "I"))  # "Boby Perdana" + "Riza": the model found the last name


# Balinese names open with "I"/"Ni", then caste and birth-order names: "I Gusti Nyoman Gede Susila".
BALINESE_FIRST = frozenset({"I", "Ni"})
BALINESE_PARTS = frozenset(
    "gusti ngurah anak agung ida bagus ayu dewa desak cokorda luh putu wayan gede made kadek nyoman komang "
    "ketut nengah".split()
)


def name_balinese_people(doc: Doc) -> None:
    """"Bupati Gianyar I Made Agus Mahayastra": the model splits or drops the Balinese name parts."""
    people = []
    for i, text in enumerate(token_texts(doc)):  # the cached texts first: few are "I" or "Ni"
        if text in BALINESE_FIRST and i + 2 < len(doc) and doc[i + 1].lower_ in BALINESE_PARTS \
                and doc[i + 1].text[:1].isupper() and not _inside_a_named_place(doc, i):
            end = _capitalised_run_end(doc, i + 1, 6)
            if end > i + 2:
                people.append((i, i, end))
    _set_people(doc, people)


def _inside_a_named_place(doc: Doc, i: int) -> bool:
    """Is token ``i`` inside a street's or venue's name ("Stadion Kapten I Wayan Dipta")?"""
    if doc[i].ent_iob_ != "I" or doc[i].ent_type_ != LOC:
        return False
    start = i
    while doc[start].ent_iob_ == "I":
        start -= 1
    return doc[start].lower_ in FACILITY_WORDS


def _capitalised_run_end(doc: Doc, start: int, most: int, stop: frozenset[str] = frozenset()) -> int:
    """Where the capitalised words from ``start`` end: at most ``most``, before a word of ``stop`` (an office:
    "Perdana" only before "Menteri", else a name, "Boby Perdana Riza"), a new sentence or a degree."""
    end = start
    while end < len(doc) and end - start < most and doc[end].is_alpha and doc[end].text[:1].isupper() \
            and (doc[end].lower_ not in stop or doc[end].lower_ == "perdana" and not is_head(doc[end])) \
            and not (end > start and doc[end].is_sent_start) \
            and not (end > start and degree_end(doc, end) > end):  # "AKBP Wendry Purbyantoro SH"
        end += 1
    return end


def _set_people(doc: Doc, people: list[tuple[int, int, int]]) -> None:
    """Tag each (cut, start, end) person; a name running into it ends at ``cut``, one inside it goes."""
    if not people:
        return
    chosen: list[tuple[int, int, int]] = []  # "Mr. Dr. Gada Sembada": two honorifics find one name once
    for cut, start, end in sorted(set(people), key=lambda p: (p[1], -p[2], p[0])):
        if all(end <= s or start >= e for _, s, e in chosen):
            chosen.append((cut, start, end))
    people = chosen
    kept: list[Span] = []
    for ent in doc_ents(doc):
        for cut, start, end in people:
            if ent.start <= cut < ent.end:
                ent = Span(doc, ent.start, cut, label=ent.label_, span_id=ent.id_) if cut > ent.start else None
            if ent is not None and ent.start < end and ent.end > cut:
                ent = None  # the name itself, however the model cut it
            if ent is None:
                break
        if ent is not None and len(ent):
            kept.append(ent)
    kept += [Span(doc, start, end, label=PER, span_id=RULE_ID) for _, start, end in people]
    set_ents(doc, sorted(kept, key=lambda e: e.start), default="outside")


def _rank_before_name(doc: Doc, i: int) -> bool:
    """A capitalised service rank not inside a street, stadium or airport name ("Jalan Jenderal Sudirman")."""
    token = doc[i]
    if token.lower_ not in SERVICE_RANKS or not token.text[:1].isupper() or token.lower_ == "pol":
        return False
    if i > 0 and doc[i - 1].lower_ in FACILITY_WORDS | SERVICE_RANKS | HEADS:
        return False  # "Stadion Kapten ...", "Mayor Jenderal", "Direktur Jenderal ..." (an office)
    return i + 1 < len(doc) and doc[i + 1].text[:1].isupper()


def split_holders_from_places(doc: Doc) -> None:
    """"Kepala Pelaksana BPBD Kabupaten Serang Ajat Sudrajat": after an office word, a body or place
    that ends in a region name and runs on into two or more other capitalised words has swallowed
    the office holder's name; the words after the region are the person. A "person" so made is
    the body ("Kepala Disnakertrans Bantul Istirul Widiastuti") or the region, and the holder."""
    names = region_names()
    fixed, changed = [], False
    for ent in doc_ents(doc):
        cut = (_region_end(ent, names) or _country_end(ent) or _local_region_end(ent)) \
            if _office_before(doc, ent.start) else None
        rest = doc[cut : ent.end] if cut else None
        if rest is not None and 2 <= len(rest) <= 4 and all(
            t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and normalise(t.text) not in names
            and t.lower_ not in LEVEL_WORDS | ORG_FIRST and not is_common_word(t.text) for t in rest
        ):
            front = doc[ent.start : cut]
            label = ent.label_ if ent.label_ != PER else LOC if normalise(front.text) in names else ORG
            fixed += [Span(doc, ent.start, cut, label=label, span_id=ent.id_),
                      Span(doc, cut, ent.end, label=PER, span_id=RULE_ID)]
            changed = True
            continue
        fixed.append(ent)
    if changed:
        set_ents(doc, fixed, default="outside")


def split_regions_from_holders(doc: Doc) -> None:
    """"Ketua DPRD Yapen Yohannis G Raubaba", "Bupati Bima Indah Dhamayanti Putri": right after an office, or
    after a body right after an office, a "person" that opens with the name of a province, regency or city is
    the region of the office (or of the body) and then its holder. Not a person the article names by that
    first word elsewhere ("Bima Arya")."""
    ents = doc_ents(doc)  # read once: each read makes a Span per entity
    names = region_names()
    ends = {e.end: e for e in ents if e.label_ == ORG}
    firsts = Counter(e[0].lower_ for e in ents if e.label_ == PER)
    fixed: list[Span] = []
    changed = False
    for ent in ents:
        cut = _region_opening(ent, names) if ent.label_ == PER and firsts[ent[0].lower_] == 1 else None
        body = ends.get(ent.start)
        if cut is not None and body is not None and fixed and fixed[-1] is body and _office_before(doc, body.start):
            fixed[-1] = Span(doc, body.start, cut, label=ORG, span_id=body.id_)  # "DPRD Yapen"
        elif cut is not None and body is None and ent.start > 0 and doc[ent.start - 1].lower_ in HEADS:
            fixed.append(Span(doc, ent.start, cut, label=LOC, span_id=RULE_ID))  # "Bupati Bima"
        else:
            fixed.append(ent)
            continue
        fixed.append(Span(doc, cut, ent.end, label=PER, span_id=RULE_ID))
        changed = True
    if changed:
        set_ents(doc, fixed, default="outside")


def _region_opening(ent: Span, names: frozenset[str]) -> int | None:
    """Where the name after a region's name that opens ``ent`` starts, if two or more name words follow it."""
    for size in (2, 1):
        rest = ent[size:]
        if len(rest) >= 2 and normalise(ent[:size].text) in names and normalise(rest[:2].text) not in names \
                and all(_name_word(t) for t in rest) and not is_region_name(rest[0].text):
            return ent.start + size
    return None


def split_named_holders(doc: Doc) -> None:
    """"Anggota DPR dari Fraksi PDI Perjuangan Mufti A.N Anam menyebutkan ...", later "kata Mufti":
    a body the model ran on into its holder's name, where the article names that holder on their
    own elsewhere (by the same name, or its first word alone) or names the body on its own and an
    office stands before it. The body keeps its type; the holder is a person.
    A "person" ("Kepala DPMD Kukar Arianto") is cut only where the article names both parts alone."""
    ents = doc_ents(doc)  # read once: each read makes a Span per entity, and the loop below needs them per entity
    bodies = Counter((e.text.lower(), e.label_) for e in ents if e.label_ != PER)
    body_texts = {text for text, _ in bodies}
    people = [e for e in ents if e.label_ == PER]
    fixed, changed = [], False
    for ent in ents:
        cut = _named_holder_start(doc, ent, body_texts, people)
        if cut is None:
            fixed.append(ent)
            continue
        body = doc[ent.start : cut].text.lower()
        named = [k for k in bodies if k[0] == body]
        label = ent.label_ if ent.label_ != PER else max(named, key=bodies.get)[1] if named else ORG
        fixed += [Span(doc, ent.start, cut, label=label, span_id=ent.id_),
                  Span(doc, cut, ent.end, label=PER, span_id=RULE_ID)]
        changed = True
    if changed:
        set_ents(doc, fixed, default="outside")


def _named_holder_start(doc: Doc, ent: Span, bodies: set[str], people: list[Span]) -> int | None:
    """Where the holder's name starts inside ``ent``, if the article gives the evidence (``people``: the
    doc's PER entities)."""
    if ent.end < len(doc) and doc[ent.end].text[:1].isupper():
        return None  # the name may go on past the span
    person = ent.label_ == PER
    elsewhere = [e for e in people if not (ent.start <= e.start < ent.end)]
    for cut in range(max(ent.start + 1, ent.end - 4), ent.end):
        first, body, holder = doc[cut], doc[ent.start : cut], doc[cut : ent.end]
        one_word = not person and cut == ent.end - 1  # a body's last word alone: only after its region's name
        if _legal_form(body.text):
            continue  # "PT Dharma Satya Nusantara": a company's name follows its legal form
        if not person and len(holder) >= 2 and _speaks_after(doc, ent.end) and _office_before(doc, ent.start) \
                and all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper()
                        and t.lower_ not in _LEVEL_OR_BODY_WORDS for t in holder) and has_org_word(body) \
                and any(is_region_name(body[-n:].text) for n in (1, 2) if len(body) > n):
            return cut  # "Kepala Dinas ... Provinsi Gorontalo Sila Botutihe, mengatakan": the one who speaks holds it
        if not (first.is_alpha and first.text[:1].isupper() and not first.text.isupper()
                and all(_name_word(t) for t in holder)):
            continue
        if person:
            if body.text.lower() in bodies and any(e.text == holder.text for e in elsewhere) \
                    and known_place(body.text):
                return cut  # (not "Bupati Nina Agustina" nor "Sekretaris Daerah Widodo Joko Mulyono", whose "Nina"
                # and "Widodo", typed places, no list knows)
            if cut == ent.start + 1 and len(holder) > 1 and _short_body_name(body[0]) and _office_before(doc, ent.start):
                return cut  # "kata Kepala BKPM Thomas Trikasih Lembong": the office's body, then its holder
            continue
        if not _body_words(body, bodies):
            continue
        if one_word:
            if _region_then_holder(doc, ent, body, holder):
                return cut
            continue
        named_alone = any(e.text == holder.text or e.text == first.text for e in elsewhere)
        body_alone = body.text.lower() in bodies and _office_before(doc, ent.start) \
            and not is_dictionary_word(first.text)
        if named_alone or body_alone:
            return cut
    return None


def _speaks_after(doc: Doc, end: int) -> bool:
    """A speech verb right after ``end``, or after a comma there ("..., mengatakan")."""
    k = end + 1 if end < len(doc) and doc[end].text == "," else end
    return k < len(doc) and doc[k].lower_ in SPEECH_VERBS


def _region_then_holder(doc: Doc, ent: Span, body: Span, holder: Span) -> bool:
    """"Direktur Utama Bank Kalbar Rokidi": after an office, a body whose name ends with a region's, then a word
    no dictionary, corpus in lower case, list of places or region's name holds, the whole written only here: the
    holder, not the rest of the body's name."""
    first = holder[0]
    letters = re.sub(r"[’']", "", first.text)  # "Syari’ah": "syariah", a word
    return (_office_before(doc, ent.start) and is_region_name(body[-1].text) and not is_dictionary_word(letters)
            and not can_be_common_word(letters)
            and doc_text(doc).count(ent.text) == 1  # not "Bank NTB Syari'ah", the body's name written again
            and not is_region_name(f"{body[-1].text} {first.text}") and not known_place(holder.text)
            and link_place(holder.text) is None)


def _short_body_name(token: Token) -> bool:
    """An acronym of three or more letters ("BKPM") or a contracted agency name ("Dishub"): a body, no first name."""
    return token.is_alpha and ((len(token) > 2 and token.text.isupper()) or is_agency_contraction(token.text))


def _body_words(words: Span, bodies: set[str]) -> bool:
    """Words that name a body: an acronym, a word only bodies' names have, or a body the article names."""
    return words.text.lower() in bodies or has_org_word(words) or any(
        t.is_alpha and len(t) > 1 and t.text.isupper() for t in words)


_LEVEL_OR_BODY_WORDS = LEVEL_WORDS | ORG_FIRST  # one set, not a new union per word


def _name_word(token: Token) -> bool:
    """A word of a person's name: capitalised or an initial, no level, body or place word."""
    if _initial(token) or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", token.text):
        return True
    return (token.is_alpha and token.text[:1].isupper() and token.lower_ not in _LEVEL_OR_BODY_WORDS
            and not is_common_word(token.text) and not known_place(token.text))


def _region_end(ent: Span, names: frozenset[str]) -> int | None:
    """The end of the longest run of ``ent`` that ends with a region name ("... Kabupaten Serang")."""
    for end in range(ent.end - 2, ent.start, -1):
        for size in (1, 2, 3):
            if end - size >= ent.start and normalise(ent.doc[end - size : end].text) in names:
                return end
    return None


# Offices of a district or a village: the place after them is a district or village of the list.
LOCAL_OFFICES = {"camat": (DISTRICT,), "lurah": (URBAN_VILLAGE,), "kades": (VILLAGE,), "desa": (VILLAGE,),
                 "kelurahan": (URBAN_VILLAGE,), "perbekel": (VILLAGE,), "keuchik": (VILLAGE,)}


def _local_region_end(ent: Span) -> int | None:
    """"Camat Tanjung Kemuning Dyki Marianto", "Kepala Desa Leyao Arfan Muhsin": the end of the
    district or village name of the official list that the local office before it heads."""
    doc = ent.doc
    start = ent.start + (ent[0].lower_ in LEVEL_WORDS)
    office = doc[start - 1].lower_ if start > 0 else ""
    levels = LOCAL_OFFICES.get(office)
    if levels is None:
        return None
    for size in (3, 2, 1):
        if start + size < ent.end - 1 and candidates(doc[start : start + size].text, levels):
            return start + size
    return None


def _country_end(ent: Span) -> int | None:
    """The end of the longest opening run of ``ent`` that names a country ("Republik Zimbabwe" of
    "Republik Zimbabwe Sophia Nyamudeza")."""
    for end in range(ent.end - 2, ent.start, -1):
        if _is_country(ent.doc[ent.start : end].text):
            return end
    return None


def _is_country(text: str) -> bool:
    return link_place(text, kinds=(COUNTRY,)) is not None


def name_after_office_countries(doc: Doc) -> None:
    """"Duta Besar Republik Argentina Gustavo Arturi Torres": after an office and the country it
    serves, the untagged capitalised words are the holder (two to four words that could be a name)."""
    ents = doc_ents(doc)  # read once: each read makes a Span per entity
    labels = {(e.start, e.end): e.label_ for e in ents}
    people = []
    for ent in ents:
        if ent.label_ == LOC and _office_before(doc, ent.start) and _is_country(ent.text):
            people += [(h.start, h.start, h.end) for h in _holder_after(doc, ent.end, labels, least=2)]
    _set_people(doc, people)


def _office_before(doc: Doc, start: int) -> bool:
    """An office word among the six words before ``start`` (read from the cached words: no Span, no Tokens)."""
    return any(lower in HEADS for lower in token_lowers(doc)[max(0, start - 6) : start])


def add_bracketed_acronyms(doc: Doc) -> None:
    """"Komisi Pemberantasan Korupsi (KPK)": the short form in brackets right after a name is that name
    too, an acronym ("(Satpol PP)") or a contraction ("Dinas Perhubungan (Dishub)"), whatever the
    model made of it."""
    ents = [e for e in doc_ents(doc)]
    joined = _joined_by_their_acronym(doc, _run_on_to_their_acronym(doc, ents))
    fixed: list[Span] = []
    short_forms: dict[tuple[int, int], str] = {}
    for ent in sorted(joined + _untagged_bodies(doc), key=lambda e: e.start):
        if ent.label_ == PER and len(ent) > 1 and (_org_word(ent[0]) or _org_word(ent[-1])):
            ent = Span(doc, ent.start, ent.end, label=ORG, span_id=ent.id_)  # "Kejaksaan Negeri (Kejari)"
        bracket = next((t.i for t in ent[1:] if t.text == "("), None) if ent.label_ in (ORG, LOC) else None
        if bracket is not None and not any(t.text == ")" for t in doc[bracket:ent.end]):
            ent = Span(doc, ent.start, bracket, label=ent.label_, span_id=ent.id_)  # "Organisasi X (", "Dinas X (BKD"
        fixed.append(ent)
        if ent.label_ in (ORG, LOC) and (span := _bracketed_short_form(doc, ent)):
            short_forms[span] = ent.label_
    kept = [e for e in fixed if not any(s <= e.start < end for s, end in short_forms)]
    taken = {t.i for e in kept for t in e}
    for (s, end), label in short_forms.items():
        if not taken.intersection(range(s, end)):
            kept.append(Span(doc, s, end, label=label, span_id=RULE_ID))
    kept.sort(key=lambda e: e.start)
    if [(e.start, e.end, e.label_) for e in kept] != [(e.start, e.end, e.label_) for e in ents]:
        set_ents(doc, kept, default="outside")


def _joined_by_their_acronym(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Perhimpunan Hotel" + "dan" + "Restoran Indonesia" + "(PHRI)": two names the model cut at "dan" are one
    body when the acronym in brackets right after them spells the initials of both."""
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if (last is not None and last.label_ in (ORG, LOC) and ent.label_ in (ORG, LOC) and ent.start == last.end + 1
                and doc[last.end].lower_ == "dan" and ent.end + 2 < len(doc) and doc[ent.end].text == "("
                and doc[ent.end + 2].text == ")"
                and doc[ent.end + 1].text == _initials_of(doc[last.start:ent.end])):
            joined[-1] = Span(doc, last.start, ent.end, label=ORG, span_id=last.id_)
        else:
            joined.append(ent)
    return joined


def _run_on_to_their_acronym(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Federasi Serikat Pekerja Metal" + "Indonesia" + "(FSPMI)", "Kamar Dagang" + "dan Industri" + "(Kadin)": a
    body cut before capitalised words (or "dan" and such words) that the short form in brackets after them still
    spells, every word's initial in order, is one body with them."""
    result: list[Span] = []
    for ent in ents:
        if result and ent.start < result[-1].end:
            continue  # taken into the body before it
        end = ent.end
        while ent.label_ == ORG and end < len(doc) and end - ent.end < 4 and (
                doc[end].is_alpha and doc[end].text[:1].isupper() and doc[end].lower_ not in ORG_FIRST
                or doc[end].lower_ == "dan" and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()):
            end += 1
        if end > ent.end and end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
                and len(doc[end + 1].text) >= 3 and _spells(doc[end + 1].text, _initials_of(doc[ent.start : end])):
            ent = Span(doc, ent.start, end, label=ORG, span_id=ent.id_)
        result.append(ent)
    return result


def _spells(short: str, initials: str) -> bool:
    """Does the short form open with the first initial and hold all the initials in order ("Kadin": K, D, I)?"""
    short, initials = short.lower(), initials.lower()
    if not initials or short[:1] != initials[0]:
        return False
    letters = iter(short)
    return all(c in letters for c in initials)


def _initials_of(words: Span) -> str:
    """The first letters of the words but "dan": what a bracketed acronym of them spells ("PHRI")."""
    return "".join(t.text[0] for t in words if t.lower_ != "dan")


def _org_word(token: Token) -> bool:
    """A word of organisations' names; a school's short form only in capitals ("MIN", not "Zhang Min")."""
    return token.lower_ in ORG_FIRST and (len(token) > 3 or token.text.isupper() or token.lower_ == "tim")


def _untagged_bodies(doc: Doc) -> list[Span]:
    """"Dinas Perhubungan (Dishub)" the model left out: an untagged capitalised run that opens with a
    body's word ("Dinas", "Badan") right before a bracketed short form of it."""
    found = []
    for i, text in enumerate(token_texts(doc)):
        if text != "(" or i < 2 or doc[i - 1].ent_iob_ != "O":
            continue
        start = i
        while start > 0 and i - start < 8 and doc[start - 1].ent_iob_ == "O" and (
                doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha or doc[start - 1].lower_ == "dan"):
            start -= 1
        while start < i and doc[start].lower_ not in ORG_FIRST:
            start += 1  # "Sementara Dinas Perhubungan": the run opens with the body's word
        span = Span(doc, start, i, label=ORG, span_id=RULE_ID)
        short = _bracketed_short_form(doc, span) if i - start >= 2 else None
        if short and not _name_goes_on(doc, short[1] + 1):
            found.append(span)
    return found


def _name_goes_on(doc: Doc, i: int) -> bool:
    """"Sekolah Menengah Atas (SMA) Kristen YSKI": two or more capitalised words after the bracket, other
    than a region ("Dinas Perhubungan (Dishub) Tapteng"), make the bracketed words a kind, not a name."""
    if i >= len(doc) or not (doc[i].is_alpha and doc[i].text[:1].isupper()):
        return False
    if (i + 1 >= len(doc) or not (doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper())) \
            and not can_be_common_word(doc[i].text):
        return False  # "(Dishub) Tapteng,": one word after the bracket, no common word, is the body's place
    return not any(is_region_name(doc[i : i + n].text) for n in (1, 2, 3) if i + n <= len(doc))


def _bracketed_short_form(doc: Doc, ent: Span) -> tuple[int, int] | None:
    from kg.resolve.names import is_acronym
    from kg.resolve.short_forms import is_contraction

    i = ent.end
    for size in (1, 2):
        if i + size + 1 < len(doc) and doc[i].text == "(" and doc[i + size + 1].text == ")":
            short = doc[i + 1 : i + size + 1].text
            if is_acronym(short) or (size == 1 and is_contraction(short, ent.text)):
                return i + 1, i + size + 1
    return None


def tag_known_bodies(doc: Doc) -> None:
    """"Paspampres dan Polri": parties, state bodies, international organisations and news outlets
    of the gazetteer's lists, written exactly so, are organisations where nothing else was found
    (a one-word name that is also a common word, "Antara lain", only when the model says so); a name
    the model found that is exactly one of them is an organisation ("Pertamina" typed a place)."""
    retyped = [Span(doc, e.start, e.end, label=ORG, span_id=e.id_) if e.label_ != ORG and e.text in _listed_bodies()
               and not known_place(e.text) else e for e in doc_ents(doc)]
    if any(a is not b for a, b in zip(retyped, doc_ents(doc))):
        set_ents(doc, retyped, default="outside")
    taken = {i for e in doc_ents(doc) for i in range(e.start, e.end)}
    added = [Span(doc, start, end, label=ORG, span_id=RULE_ID) for _, start, end in _known_bodies(doc.vocab)(doc)
             if not taken.intersection(range(start, end))
             and not (end - start == 1 and can_be_common_word(doc[start].text))]  # "Antara lain": a word
    added = [s for s in added if not any(o is not s and o.start <= s.start and s.end <= o.end and len(o) > len(s)
                                         for o in added)]
    if added:
        degrees = degree_tokens(doc)  # "Faisal Hasrimy AP M AP": degrees, not the news agency
        added = [s for s in added if not degrees.intersection(range(s.start, s.end))]
    if added:
        set_ents(doc, sorted(added, key=lambda s: s.start), default="unmodified")


def tag_short_body_names(doc: Doc) -> None:
    """"di Polsek", "Kodim menerjunkan", "Kemenag mencatat", "Dispar" + "Bengkulu": the short word a police or army
    unit, a prosecutor's office, a ministry or an agency is named by, capitalised where the model found nothing, is
    that body (its region after it joins it next, ``join_regional_offices``); not after an office ("Waka Polres")."""
    taken = {i for e in doc_ents(doc) for i in range(e.start, e.end)}
    added = [Span(doc, i, i + 1, label=ORG, span_id=RULE_ID) for i, text in enumerate(token_texts(doc))
             if i not in taken and _names_a_body_alone(text) and not (i > 0 and is_head(doc[i - 1]))]
    if added:
        set_ents(doc, added, default="unmodified")


# Bodies news names by a short word of their own, capitalised, with or without their region. (Not "Dinas",
# "Badan": a kind of body; not "Pemkab", a government as "Pemerintah" is; not "Kementerian", "Kemenangan": words.)
SHORT_BODY_NAMES = frozenset(
    "polres polresta polrestabes polsek polda kodam kodim korem koramil lanud lanal lantamal kejari kejati kejagung".split()
)


def _names_a_body_alone(word: str) -> bool:
    lower = word.lower()
    return word[:1].isupper() and (lower in SHORT_BODY_NAMES or is_agency_contraction(word)
                                   or (lower.startswith("kemen") and not can_be_common_word(word)))


@lru_cache(maxsize=1)
def _known_bodies(vocab) -> PhraseMatcher:
    from kg.nlp.tokenizers import stock_tokenizer

    tokenizer = stock_tokenizer(vocab)  # the pipeline's own when it is the stock one: no second ~2 s build
    matcher = PhraseMatcher(vocab, attr="ORTH")
    matcher.add("ORG", list(tokenizer.pipe(_gazetteer_bodies())))
    return matcher


# Nouns of works a title in quote marks follows ("lagu “Stasiun Balapan”", "film berjudul “Desa Mati”").
WORK_WORDS = frozenset({"lagu", "lagu-lagu", "single", "album", "film", "buku", "novel", "puisi", "judul", "berjudul",
                        "bertajuk", "hits", "hit", "tembang", "karya", "sinetron", "serial"})
_QUOTED_TITLE = re.compile(r"[“\"‘']([^“”\"‘’'\n]{1,60})[”\"’']")
LIST_INTRODUCERS = frozenset({"seperti", "semisal", "misalnya", "yakni", "yaitu"})
_TITLE_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:dan\s*)?")  # between two titles of one list


def _holds_a_number(ent: Span) -> bool:
    """A digit in the span: no person's name ("Pasal 609 Ayat", "sebesarRp5.430.000")."""
    return any(c.isdigit() for c in ent.text)


def drop_work_titles(doc: Doc) -> None:
    """A name inside quote marks right after a noun of works (or "seperti" after one) is a title: "lagu-lagu
    seperti “Iyya Mattaro Ada”", "single “Bulan Penuh”", "lagu 'Stasiun Balapan'" name no person or place."""
    text = doc_text(doc)
    titles: list[tuple[int, int]] = []
    for match in _QUOTED_TITLE.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()].split()
        if before and before[-1].lower() in LIST_INTRODUCERS and len(before) > 1:
            before = before[:-1]
        listed = bool(titles) and _TITLE_LIST_GAP.fullmatch(text[titles[-1][1] : match.start()]) is not None
        if listed or before and before[-1].lower() in WORK_WORDS:
            titles.append((match.start(), match.end()))  # "hits semisal 'Stasiun Balapan', 'Ambyar', dan ..."
    if not titles:
        return
    ents = doc_ents(doc)  # read once: each read makes a Span per entity
    kept = [e for e in ents if not any(start <= e.start_char and e.end_char <= end for start, end in titles)]
    if len(kept) != len(ents):
        set_ents(doc, kept, default="outside")


def _a_language(doc: Doc, ent: Span) -> bool:
    """"berlirik bahasa Jawa", "bahasa Inggris": a place's name after "bahasa" names its language, no place."""
    return ent.label_ == LOC and len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ == "bahasa"


def _a_religion(ent: Span) -> bool:
    """"umat Buddha", "agama Konghucu": a religion alone is no name."""
    return len(ent) == 1 and ent[0].lower_ in RELIGIONS


def drop_non_names(doc: Doc) -> None:
    """What no earlier step should have left a name: an amount, a rank, a pronoun with a clitic or one
    letter alone as a person ("sebesarRp5.430.000", "Irjen Pol", "Iapun", "dengan inisial A": no name a reader
    or a graph can tell from another's); a language ("bahasa Jawa"); a word glued to a number ("Covid-19");
    money or a count ("US$ 10", "911 Km"); a religion ("umat Buddha"); an office word alone ("Kadisdikbud"); a
    level word alone or before common words as a place
    ("Kecamatan", "Kepala Desa Terpilih", "Dana Desa Tahun Anggaran"), unless the official list has
    a village or district of that name; a level word ending a place ("Desa Tembesuk Kecamatan")."""
    kept, changed = [], False
    ents = doc_ents(doc)  # read once: each read makes a Span per entity
    starts = {e.start: e for e in ents}
    for ent in ents:
        if _between_office_and_body(doc, ent, starts):
            changed = True  # "ujar Ketua Senat Universitas Bengkulu, Prof. Alnofri": part of the office, no person
            continue
        if ent.label_ == PER and (_holds_a_number(ent) or len(ent.text.strip(". ")) == 1
                                  or all(t.lower_ in SERVICE_RANKS | ENGLISH_HONORIFICS or t.is_punct for t in ent)
                                  or len(ent) == 1 and _pronoun_with_clitic(ent[0].lower_)) \
                or ent.label_ in (PER, ORG) and len(ent) == 1 and is_head(ent[0]) and not ent[0].text.isupper() \
                or ent.label_ == PER and len(ent) == 1 and ent[0].lower_ in SERVICE_UNITS \
                and _after_a_title(doc, ent.start):  # "Kanit Reskrim Ipda X", "Kepala Seksi Penkum": the title's
            changed = True
            continue
        if _before_a_number_code(ent) or _an_amount(ent) or _in_a_number_plate(ent) or _in_a_case_number(ent) \
                or _initials_given(ent) or _a_roman_numeral(ent) \
                or ent.label_ == PER and _only_common_words(ent) \
                or ent.label_ == ORG and _common_noun_phrase(ent) or names_a_panel(ent) or _a_language(doc, ent) \
                or _a_religion(ent):
            changed = True
            continue
        if (numbered := _after_a_leading_numeral(ent)) is not None:
            ent, changed = numbered, True  # "Porprov VIII Lampung", "Seksi Wilayah II Pontianak": the place after
        if ent.label_ == LOC and len(ent) > 2 and ent[-1].lower_ in LISTED_LEVEL_WORDS and ent[-2].is_alpha \
                and ent[0].lower_ in LEVEL_WORDS:
            ent, changed = Span(doc, ent.start, ent.end - 1, label=LOC, span_id=ent.id_), True
        if ent.label_ == LOC and ent[0].lower_ in LISTED_LEVEL_WORDS and _level_word_before_common_words(ent):
            changed = True
            continue
        kept.append(ent)
    if changed:
        set_ents(doc, kept, default="outside")


def _only_common_words(ent: Span) -> bool:
    """"Agenda Tanam", "Bencana Hidrometeorologi", "Layanan Sub Spesialis Paru": two or more dictionary or common
    words, one at least a word the corpora mostly write in lower case, and none they write inside names as often as
    outside ("Indah Putri" stays a name)."""
    if len(ent) < 2 or not all(t.is_alpha and (is_dictionary_word(t.text) or is_common_word(t.text)) for t in ent):
        return False  # a derived word the dictionary of roots lacks counts by its casing: "Layanan", "Jabatan"
    return any(casing_counts(t.text) is not None and is_common_word(t.text) for t in ent) and not _a_name_word(ent)


def _common_noun_phrase(ent: Span) -> bool:
    """"Wisuda Pascasarjana", "Misa Sore": words the corpora all mostly write in lower case and none as often
    inside names, no body's first word: a common noun phrase written with capitals, no body."""
    if len(ent) < 2 or ent[0].lower_ in BODY_FIRST:
        return False
    return all(t.is_alpha and is_common_word(t.text) for t in ent) and not _a_name_word(ent)


def _a_name_word(ent: Span) -> bool:
    """A word of ``ent`` the corpora write inside names at least as often as in lower case ("Indah")."""
    return any((c := casing_counts(t.text)) is not None and c[2] >= c[0] for t in ent)


def _before_a_number_code(ent: Span) -> bool:
    """"Covid" of "Covid-19", "MiG" of "MiG-29": a word glued to "-" and a number names a disease, a
    model or a product with it, no person, place or body."""
    doc, end = ent.doc, ent.end
    return (end + 1 < len(doc) and not ent[-1].whitespace_ and doc[end].text == "-" and not doc[end].whitespace_
            and doc[end + 1].like_num)


# A vehicle's registration: the region's letters, a number, the series ("BN 8650 BO", "DK 5199 GBH").
NUMBER_PLATE = re.compile(r"\b[A-Z]{1,2} \d{1,4} [A-Z]{1,3}\b")


def _in_a_number_plate(ent: Span) -> bool:
    """"nomor polisi BN 8650 BO": the letters of a number plate, or the whole plate, name no body or place."""
    written = span_text(ent)
    if NUMBER_PLATE.fullmatch(written):
        return True  # "DK 8955 FG" tagged whole
    if len(ent) != 1 or not written.isupper() or len(written) > 3:
        return False
    text = doc_text(ent.doc)
    return any(m.start() <= ent.start_char and ent.end_char <= m.end()
               for m in NUMBER_PLATE.finditer(text, max(0, ent.start_char - 8), ent.end_char + 8))


# "berinisial WN (35), TK (20) dan LR": the initials news gives for a suspect, a victim or a minor, then more of them.
_INITIALS_GIVEN = re.compile(r"\b(?:ber)?inisial\s*[,:]?\s+(?:[A-Z]{1,3}\.?\s*(?:\(\s*\d+\s*\)\s*)?(?:,\s*|\s*dan\s+|\s*serta\s+)?)*$")


def _initials_given(ent: Span) -> bool:
    """Initials the text says are initials ("dua tersangka berinisial S dan Z"): they hide a name, they are none."""
    if not re.fullmatch(r"[A-Z]{1,3}\.?", ent.text):
        return False
    return _INITIALS_GIVEN.search(doc_text(ent.doc), max(0, ent.start_char - 80), ent.start_char) is not None


def _after_a_leading_numeral(ent: Span) -> Span | None:
    """"VIII Lampung" of "Porprov VIII Lampung", "XV NTT" of "LLDIKTI wilayah XV NTT": a name that opens with the
    Roman numeral of an edition or a numbered unit before it, then a known place, is that place ("XXI Epicentrum",
    a cinema, stays; so does a person's "I" of "I Made")."""
    first = ent[0].text
    if len(ent) < 2 or not ROMAN_NUMERAL.fullmatch(first) or len(first) == 1 and ent.label_ == PER:
        return None
    rest = ent.doc[ent.start + 1 : ent.end]
    return Span(ent.doc, rest.start, rest.end, label=LOC, span_id=ent.id_) if known_place(rest.text) else None


def _a_roman_numeral(ent: Span) -> bool:
    """"MMI II hingga IV": a Roman numeral alone is a number, no name."""
    return len(ent) == 1 and len(ent.text) > 1 and ROMAN_NUMERAL.fullmatch(ent.text) is not None


def _in_a_case_number(ent: Span) -> bool:
    """"perkara nomor 48/Pid.Sus/2021/PN-TGL": a word written between a number and a slash and the rest of
    a court's case number is a part of the number (the kind of case), no body."""
    doc = ent.doc
    return (_glued_after_a_number(doc, ent.start)
            and ent.end < len(doc) and doc[ent.end].text in (".", "/") and not doc[ent.end - 1].whitespace_)


def _glued_after_a_number(doc: Doc, start: int) -> bool:
    """Is token ``start`` written right after a number and a slash, all glued ("0313/Kpr", "48/Pid")?"""
    return (start >= 2 and doc[start - 1].text == "/" and doc[start - 2].like_num
            and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_)


# Words that name a section of a body after an office ("Kepala Seksi Penkum", "Kepala Bidang Humas").
SECTION_WORDS = frozenset({"seksi", "bidang", "bagian", "subbagian", "subbag", "sub", "unit", "urusan"})


def _after_a_title(doc: Doc, i: int) -> bool:
    """Right after an office ("Kanit"), or after an office and the word for its section ("Kepala Seksi")."""
    return i > 0 and (is_head(doc[i - 1]) or i > 1 and doc[i - 1].lower_ in SECTION_WORDS and is_head(doc[i - 2]))


def _an_amount(ent: Span) -> bool:
    """"US$ 10", "911 Km", "Tiga Bulan" (a headline): money, or a number and a common word it counts."""
    first = ent[0]
    return bool(re.fullmatch(r"(?i)rp\.?|us\$|\$|rm|sgd", first.text)) or (
        first.like_num and len(ent) > 1 and ent[1].is_alpha and is_common_word(ent[1].text))


def _between_office_and_body(doc: Doc, ent: Span, starts: dict[int, Span]) -> bool:
    """A one-word "person" right after an office word and right before a body or place: nobody stands
    between an office and the body it is held in ("Kepala Satreskrim Polresta Padang")."""
    after = starts.get(ent.end)
    return (ent.label_ == PER and len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ in HEADS
            and after is not None and after.label_ in (ORG, LOC) and ent[0].whitespace_ != "")


def _pronoun_with_clitic(word: str) -> bool:
    """"Iapun", "Diapun", "Beliaulah": a pronoun the model took for a name because of its clitic."""
    return any(word.endswith(c) and word[: -len(c)] in ("ia", "dia", "beliau", "mereka") for c in ("pun", "lah"))


# Level words of the regions the official list holds (hamlets, "Dusun"/"Kampung", it does not).
LISTED_LEVEL_WORDS = frozenset({"desa", "kelurahan", "kecamatan"})
REGIONAL_LEVELS = frozenset({"provinsi", "propinsi", "prov", "kabupaten", "kab", "kota"})


def _level_word_before_common_words(ent: Span) -> bool:
    rest = ent[1:]
    if not len(rest):
        return True
    return all(t.is_alpha and is_common_word(t.text) for t in rest) and not candidates(rest.text, (DISTRICT, VILLAGE))


class EntityRepair:
    """Clip, repair and propagate entity spans (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, *, propagate: bool = True) -> None:
        self.name = name
        self.propagate = propagate

    def __call__(self, doc: Doc) -> Doc:
        with ents_held(doc):  # the steps read the entities far more often than they change them
            clip_entities(doc)
            join_abbreviated_levels(doc)
            name_before_degrees(doc)
            cut_amounts(doc)
            cut_common_acronyms(doc)
            split_level_words(doc)
            repair_entities(doc)
            join_places_named_after_people(doc)
            name_after_ranks(doc)
            name_after_honorifics(doc)
            name_after_forms_of_address(doc)
            name_after_offices(doc)
            name_after_titles(doc)
            name_balinese_people(doc)
            split_holders_from_places(doc)
            split_regions_from_holders(doc)
            split_named_holders(doc)
            join_institutions(doc)
            join_regional_offices(doc)
            add_unit_names(doc)
            extend_organizations(doc)
            join_names_that_go_on(doc)
            extend_class_designations(doc)
            extend_numbered_facilities(doc)
            join_body_fields(doc)
            split_coordinations(doc)
            split_units(doc)
            add_bracketed_acronyms(doc)
            split_titles(doc)
            split_fields_from_holders(doc)
            split_title_field_lists(doc)
            split_listed_fields_from_bodies(doc)
            trim_degrees(doc)  # names the steps above cut out of titles ("Kompol H Haldun SH MH")
            extend_person_names(doc)
            split_named_fronts(doc)
            join_patronymics(doc)
            name_nicknames(doc)
            name_balinese_hamlets(doc)
            trim_plain_words(doc)
            drop_common_words(doc)
            relabel_by_cues(doc)
            name_after_offices(doc)  # again, once the cues have typed the bodies ("Kepala Dinkes Kotamobagu, Devie CH Lala")
            tag_office_regions(doc)
            name_after_office_countries(doc)
            tag_regions(doc)
            tag_short_body_names(doc)
            join_lower_case_regions(doc)
            join_regional_offices(doc)
            join_acronym_offices(doc)
            keep_region_names_whole(doc)
            split_holders_after_numbered_bodies(doc)
            if self.propagate:
                retile_with_known_names(doc)
                propagate_names(doc)
            name_people_stated_in_office(doc)
            unify_lists(doc)
            unify_labels(doc)
            add_venue_names(doc)
            relabel_regional_bodies(doc)
            tag_known_bodies(doc)
            drop_non_names(doc)
            drop_work_titles(doc)
            tag_site_names(doc)
        return doc


@Language.factory(
    "kg_entities",
    default_config={"propagate": True},
    assigns=["doc.ents"],
    requires=["doc.ents"],
)
def make_entities(nlp: Language, name: str, propagate: bool) -> EntityRepair:
    """Create the entity clean-up component.

    propagate (bool): also tag later occurrences of names the model found once.
    RETURNS (EntityRepair): the component.
    """
    return EntityRepair(nlp, name, propagate=propagate)
