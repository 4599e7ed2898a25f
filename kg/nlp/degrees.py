"""Academic degrees written after a person's name: "Karomani, M.Si", "Supriyanto, S.E., M.M".

Indonesian news writes an official's degrees after the name (the forms of Permenristekdikti
59/2018: S.H., M.Si, S.Pd., M.Kes, SE, S Sos). The NER reads them as bodies or people ("S.E."
an organisation, "Raymond Konstantin SE" one person). A degree is never an entity, and the
capitalised words right before it are a person's name, so this step drops the degrees, cuts
them off a name, and tags the name the model left out.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.nlp.casing import is_common_word
from kg.nlp.context import doc_ents, set_ents, token_texts
from kg.nlp.cues import HONORIFICS, ORG_FIRST
from kg.nlp.roles import HEADS, PREFIXES, RANKS
from kg.records import LOC, PER
from kg.words import LEVEL_WORDS

RULE_ID = "kg_rule"
MAX_NAME_TOKENS = 4

# One dotted degree ("S.H.", "M.Si", "M.A.P.", "Ph.D") or several glued by commas ("S.H.,M.S").
_DOTTED = r"(?:[SMDAB]\.\s?[A-Z][A-Za-z]{0,3}(?:\.[A-Z][A-Za-z]{0,4})?\.?|Ph\.D\.?)"  # "M.A.P.", "S.I.K."
DOTTED_DEGREE = re.compile(rf"^{_DOTTED}(?:,\s?{_DOTTED})*,?$")
#: Degrees written without dots; the fields also follow a bare "S" or "M" ("S Sos").
FIELDS = frozenset(
    "Ag Ak Ap E Farm H Hum Hut I IK IP Kep Ked Keb Kes Kom Kn M P Pd PdI Psi Pt Si Sos T Th ThI Tr".split()
)
UNDOTTED = frozenset(
    {"S" + field for field in FIELDS} | {"M" + field for field in FIELDS}
    | {"MA", "MBA", "MSc", "BSc", "PhD", "Lc", "SKM", "MKM", "AMd", "Amd", "SS", "MAP", "CPA", "AP"}
    | {"Ak", "CA"}  # the accountant's professional titles (Akuntan, UU 34/1954; Chartered Accountant, IAI)
)
# Degrees of three letters or more are also written in other casings ("Msi", "Spd").
UNDOTTED_ANY_CASE = frozenset(d.lower() for d in UNDOTTED if len(d) >= 3)
_INITIALS = frozenset("SMDAB") | {d[0].upper() for d in UNDOTTED}
# Two capitals alone ("SE", "MA") are also common acronyms: only a degree right after a name and a comma,
# inside the name the model found ("Raymond Konstantin SE") or before another degree ("Karsena SH MH").
SHORT = frozenset(d for d in UNDOTTED if len(d) == 2 and d.isupper())


_SPECIALTY = re.compile(r"[A-Z][A-Za-z]{0,3}")


def degree_end(doc: Doc, i: int) -> int:
    """Where the degree starting at token ``i`` ends (``i`` when none starts there)."""
    text = doc[i].text
    if text[:1].upper() not in _INITIALS:
        return i  # most words: no degree opens with their letter
    bare = text.rstrip(".")
    if DOTTED_DEGREE.match(text) or bare in UNDOTTED or bare.lower() in UNDOTTED_ANY_CASE:
        return i + 1
    if "." in text or "," in text:  # "SH.,MH": undotted degrees glued by their marks (most words have none)
        glued = [part for part in re.split(r"[.,]+", text) if part]
        if len(glued) > 1 and all(part in UNDOTTED or part.lower() in UNDOTTED_ANY_CASE for part in glued):
            return i + 1
    if text == "Sp" and i + 2 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text == "." \
            and not doc[i + 1].whitespace_ and _SPECIALTY.fullmatch(doc[i + 2].text):
        return i + 3  # "dr. Yodi Kairupan Sp.B", "Sp.PD": a physician's specialty, split by the tokenizer
    if text in ("S", "M", "S.", "M.") and doc[i].whitespace_ and i + 1 < len(doc) \
            and doc[i + 1].text.rstrip(".").capitalize() in FIELDS:
        return i + 2  # "Djussachri S Sos", "S sos", "Abu Bakar, S. Sos, M. Si"
    return i


def is_degree(token: Token) -> bool:
    """A degree right after a name and a comma ("Eprianto, SE menjelaskan"), right after a person's
    name ("Wendry Purbyantoro SH mengatakan") or after such a degree ("Karsena SH MH"), or one that
    cannot be an acronym."""
    doc, i = token.doc, token.i
    if degree_end(doc, i) == i:
        return False
    return token.text not in SHORT or (i > 0 and (doc[i - 1].text == "," or doc[i - 1].ent_type_ == PER
                                                  or is_degree(doc[i - 1])))


def degree_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens of every run of degrees after a name ("Hasrimy AP M AP": "AP", "M", "AP")."""
    return {i for start, end in _degree_runs(doc) for i in range(start, end)}


def _degree_runs(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each run of degrees after a name: "Supriyanto, S.E., M.M yang"."""
    runs = []
    texts = token_texts(doc)
    i = 1
    while i < len(doc):
        if texts[i][:1].upper() not in _INITIALS:
            i += 1  # no degree opens with this letter (``degree_end``), decided without a Token object
            continue
        end = degree_end(doc, i)
        if end == i:
            i += 1
            continue
        start = i
        if not _after_name(doc, i):
            if not (i >= 3 and doc[i - 1].text == "," and _unknown_title(doc[i - 2]) and _after_name(doc, i - 2)):
                i += 1
                continue
            start = i - 2  # "Muchlis, AS, MH": letters the list lacks, between the name and a degree, are one too
        degrees = 1
        while True:  # ", M.M", ", M.H.,", "SE., MM.," (the tokenizer splits an undotted degree's dot off)
            k = end + 1 if end < len(doc) and doc[end].text == "." and not doc[end - 1].whitespace_ else end
            k = k + 1 if k < len(doc) and doc[k].text == "," else k
            more = degree_end(doc, k) if k < len(doc) else k
            degrees += more > k
            if more == k:
                if k > end and k + 1 < len(doc) and _unknown_title(doc[k]) and not doc[k + 1].text[:1].isupper():
                    end = k + 1  # "Kalake, SH, MDC tiba": letters the list lacks, ending the run of degrees
                break
            end = more
        if end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper() and not doc[end].is_sent_start:
            i = end  # initials of a name that goes on: "Jalan M.H. Thamrin"
            continue
        if doc[start].text in SHORT and degrees == 1 and doc[start - 1].text != "," \
                and doc[start - 1].ent_type_ != PER and not _ends_a_name_span(doc, start):
            i = end
            continue
        runs.append((start, end))
        i = end
    return runs


def _unknown_title(token: Token) -> bool:
    """Two to four capitals ("AS", "MDC"): a degree or title the list lacks, when it sits among degrees."""
    return token.is_alpha and token.is_upper and 2 <= len(token) <= 4


def _only_degrees(ent: Span) -> bool:
    """"S.E.", "M.Th": dotted degrees alone, wherever they stand, are no entity; nor is an undotted one of
    three letters or more after a comma ("Syarif, M.., Msi")."""
    if len(ent) == 1 and ent.start > 0 and ent.doc[ent.start - 1].text == "," \
            and ent.text.rstrip(".").lower() in UNDOTTED_ANY_CASE:
        return True
    return all(DOTTED_DEGREE.match(t.text) or t.text == "," for t in ent)


def _ends_a_name_span(doc: Doc, i: int) -> bool:
    """"Sekretaris Daerah Jeffry Korengkeng SH, Msi": two capitals ending a place the model found after two or more
    name words, then a comma or a stop, are that person's degree."""
    if doc[i].ent_iob_ != "I" or doc[i].ent_type_ != LOC or not (i + 1 == len(doc) or doc[i + 1].text in (",", ".")):
        return False
    ent = next(e for e in doc_ents(doc) if e.start <= i < e.end)
    return ent.end == i + 1 and i - ent.start >= 2 and all(_name_word(t) for t in doc[ent.start:i])


def _after_name(doc: Doc, i: int) -> bool:
    """Is token ``i`` right after a capitalised word (and perhaps a comma) that could end a name, or that
    ends a person's name the model found ("Abu Bakar, S. Sos": "bakar" is also a word)?"""
    k = i - 1 if doc[i - 1].text != "," else i - 2
    # the last test: "H. Sapuan, SE., MM.": after an honorific, a name though "sapuan" is also a word
    return k >= 0 and (_name_word(doc[k]) or (doc[k].ent_type_ == PER and doc[k].text[:1].isupper())
                       or _inner_name_word(doc[k]) and k > 0 and doc[k - 1].lower_.rstrip(".") in HONORIFICS)


def _name_word(token) -> bool:
    """A capitalised word that can end a name: no acronym, title, honorific or common word."""
    return _inner_name_word(token) and not is_common_word(token.text)


def _inner_name_word(token) -> bool:
    """A capitalised word inside a name; common words count ("Deni Setya Bagus Yuherawan")."""
    lower = token.lower_.rstrip(".")
    text = token.text.rstrip(".")
    return (
        text[:1].isupper() and text.isalpha() and not (len(text) > 1 and text.isupper())
        and lower not in HONORIFICS | HEADS | PREFIXES | RANKS | LEVEL_WORDS | ORG_FIRST
    )


def _name_start(doc: Doc, end: int) -> int:
    """The first word of the name ending at ``end``: capitalised words back to a title or honorific,
    less common words at its front ("Kemudian Abdullatif")."""
    start = end
    while start > 0 and end - start < MAX_NAME_TOKENS and _inner_name_word(doc[start - 1]):
        start -= 1
        if doc[start].is_sent_start:
            break
    while start < end and not _name_word(doc[start]):
        start += 1
    return start


def name_before_degrees(doc: Doc) -> None:
    """Drop degrees from the entities and tag the name before them a person."""
    runs = _degree_runs(doc)
    if not runs and not any(_only_degrees(ent) for ent in doc_ents(doc)):
        return
    in_degree = {i for start, end in runs for i in range(start, end)}
    names = []
    for start, _ in runs:
        name_end = start - 1 if doc[start - 1].text == "," else start
        name_start = _name_start(doc, name_end)
        if name_start < name_end:
            names.append((name_start, name_end))
    kept: list[Span] = []
    for ent in doc_ents(doc):
        end = ent.end
        while end > ent.start and (end - 1 in in_degree or doc[end - 1].text == ","):
            end -= 1
        if end == ent.start or any(i in in_degree for i in range(ent.start, end)) or _only_degrees(ent):
            continue
        if any(ent.start < name_end and end > name_start for name_start, name_end in names):
            if ent.label_ == PER or ent.start >= min(s for s, e in names if ent.start < e and end > s):
                continue  # the name itself, however the model cut it
            end = min(s for s, e in names if ent.start < e and end > s)  # "Dinas Djussachri": the body before
        kept.append(ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_, span_id=ent.id_))
    kept += [Span(doc, start, end, label=PER, span_id=RULE_ID) for start, end in names]
    set_ents(doc, sorted(kept, key=lambda e: e.start), default="outside")


def trim_degrees(doc: Doc) -> None:
    """Cut the degrees off the end of a person's name ("Haldun SH MH"), once the steps that
    split names from titles have found it; what the model read as one title-and-name span
    escaped ``name_before_degrees``."""
    fixed, changed = [], False
    for ent in doc_ents(doc):
        end = ent.end
        if ent.label_ == PER:
            while end - ent.start > 1 and (doc[end - 1].text == "," or _degree_at(doc, end - 1, ent.start)):
                end -= 1
        changed |= end < ent.end
        fixed.append(ent if end == ent.end else Span(doc, ent.start, end, label=PER, span_id=ent.id_))
    if changed:
        set_ents(doc, fixed, default="outside")


def _degree_at(doc: Doc, i: int, start: int) -> bool:
    """Is token ``i`` a whole degree, or the field of a bare "S"/"M" ("S Sos"), after a name word?"""
    if degree_end(doc, i) == i + 1 and i > start:
        return True
    return i - 1 > start and degree_end(doc, i - 1) == i + 1
