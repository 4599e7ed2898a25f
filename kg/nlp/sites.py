"""The outlet an article's own web address names, wherever the text writes it.

Datelines and credits write the publishing site in many ways ("TABLOIDJAWATIMUR. COM –",
"KABARMADURAID |", "Berita Nasional, gemasulawesi –", "KutaiKartanegara.com - 22/07/2016"); the NER
reads them as places or people or not at all. When the article comes with its address (a crawl
record, a page's ``og:url``), the host says which letters spell the outlet: a run of tokens whose
letters are the host's name (with or without its domain ending) is that outlet, an organization.
A plain text file has no address, but its dateline often writes one ("SUARANET.COM – KAB. GORONTALO –",
"Bangka Barat – www.fokusbabel.com"): the first web address of the header lines stands in for it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from spacy.tokens import Doc, Span

from kg.nlp.context import doc_ents, doc_text, set_ents
from kg.nlp.cues import WEB_ENDING, known_place
from kg.nlp.morph import is_dictionary_word
from kg.nlp.tokenizers import GLUED_MARKS
from kg.records import ORG
from kg.words import BODY_WORDS

URL_KEY = "kg_url"  # where ``kg.nlp.annotate`` puts the article's address in ``doc.user_data``
# Second-level labels under a country ending: "tempo.co.id" is named by "tempo", not "co".
SECOND_LEVEL = frozenset(
    {"co", "or", "go", "ac", "sch", "web", "my", "net", "com", "org", "biz", "mil", "desa", "ponpes"})
MIN_LETTERS = 5
MAX_TOKENS = 4
HEADER_LINES = 3


@lru_cache(maxsize=4096)
def site_names(url: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """Letter strings that spell the outlet: (anywhere in the text, only in its first lines).

    The registered name ("tribunnews", "tribunnewscom") counts anywhere; a sub-domain that is no
    dictionary word ("radarbromo" of radarbromo.jawapos.com) only in the header lines, where the
    dateline names the outlet ("nasional" of nasional.kompas.com names nothing).
    """
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [label for label in host.casefold().split(".") if label]
    if len(labels) < 2:
        return frozenset(), frozenset()
    ending = labels[-1]
    cut = len(labels) - 1
    if len(labels) >= 3 and labels[-2] in SECOND_LEVEL:
        cut -= 1
        ending = labels[-2] + labels[-1]
    name, subdomains = labels[cut - 1], labels[: cut - 1]
    whole = _letters("".join(labels[:cut]))
    anywhere = {_letters(name), _letters(name) + ending, whole, whole + ending}
    anywhere |= {"www" + n for n in anywhere if n.endswith(ending)}  # "www.fokusbabel.com"
    header = {
        _letters(label) for label in subdomains
        if len(_letters(label)) >= MIN_LETTERS + 1 and not is_dictionary_word(label) and not known_place(label)
    }  # "jateng.nu.or.id", "aceh.tribunnews.com": a region's edition, and the region's name
    header |= {_letters(label) + _letters(name) for label in subdomains}  # "ttu.inews.id": "iNewsTTU"
    header |= {_letters(name) + _letters(label) for label in subdomains}
    return (
        frozenset(n for n in anywhere if len(n) >= MIN_LETTERS),
        frozenset(n for n in header if len(n) >= MIN_LETTERS) | frozenset(
            n + ending for n in header if len(n) >= MIN_LETTERS),
    )


def site_address(doc: Doc) -> str | None:
    """The article's own address, or else the first web address its header lines write."""
    url = doc.user_data.get(URL_KEY)
    if url is None:
        if HEADER_SITE_KEY not in doc.user_data:
            text = doc_text(doc)
            doc.user_data[HEADER_SITE_KEY] = _address_written(text[: _header_end(text)])
        url = doc.user_data[HEADER_SITE_KEY]
    return url


HEADER_SITE_KEY = "kg_header_site"
# A host as a dateline writes it: "SUARANET.COM", "www.fokusbabel.com", "Indometro.id"; not an e-mail address
# ("redaksi@x.com") nor a page's path ("x.com/berita").
HEADER_ADDRESS = re.compile(
    rf"(?<![\w@/.-])((?:www\.)?[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.{WEB_ENDING})(?![\w@-]|/\w)", re.I)


# The same in capitals with a space after the dot, the name in one or two words: "TABLOIDJAWATIMUR. COM",
# "PRESMEDIA. ID", "KENDARI AKTUAL. COM".
SPACED_ADDRESS = re.compile(r"(?<![\w.])((?:[A-Z][A-Z0-9]+ )?[A-Z][A-Z0-9]+)\. (CO\.ID|COM|ID|NET|CO)(?![\w.])")


def _address_written(header: str) -> str | None:
    """The first web address the header writes, as a URL."""
    found = [m for m in (HEADER_ADDRESS.search(header), SPACED_ADDRESS.search(header)) if m]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    host = first.group(1) if first.re is HEADER_ADDRESS else first.group(1).replace(" ", "") + "." + first.group(2)
    return "http://" + host.lower()


def tag_site_names(doc: Doc) -> None:
    """Tag the runs of tokens that spell the article's outlet as one organization each."""
    anywhere, header = site_names(site_address(doc))
    if not anywhere:
        return
    header_end = _header_end(doc_text(doc))
    found: list[Span] = []
    i = 0
    while i < len(doc):
        span = _site_at(doc, i, anywhere | header if doc[i].idx < header_end else anywhere)
        if span is None:
            i += 1
            continue
        found.append(span)
        i = span.end
    bodies = [e for e in doc_ents(doc) if e.label_ == ORG]
    # "Indometro.id Sidang", "Metrolangkat-binjai.com Pengadilan Negeri": the site ends at its web ending, a body after it stays
    found = [s for s in found
             if not any(e.start <= s.start and s.end <= e.end and _written_as_a_name(e)
                        and not (s.end < e.end and DOMAIN_END.search(s.text)) for e in bodies)]
    if not found:
        return
    covered = {t.i for span in found for t in span}
    kept = [e for e in doc_ents(doc) if not any(t.i in covered for t in e)]
    kept += [rest for e in bodies for s in found if e.start <= s.start < s.end < e.end
             and len(rest := Span(doc, s.end, e.end, label=ORG)) > 1 and rest[0].lower_ in BODY_WORDS]
    set_ents(doc, sorted(kept + found, key=lambda e: e.start), default="outside")


def names_the_outlet(doc: Doc, span: Span) -> bool:
    """Does ``span`` spell the article's own outlet ("Japos", "SUARATA")? The outlet reports; it takes no part in
    what it reports, nor is it where things happen."""
    anywhere, header = site_names(site_address(doc))
    return bool(anywhere) and _letters(span.text) in anywhere | header


def _site_at(doc: Doc, i: int, names: frozenset[str]) -> Span | None:
    """The longest run of at most ``MAX_TOKENS`` tokens from ``i`` (no line break inside) whose letters
    spell one of ``names``; it must start and end on a word."""
    if not doc[i].text.lstrip(GLUED_MARKS)[:1].isalnum():
        return None
    letters = ""
    best = None
    for k in range(i, min(i + MAX_TOKENS, len(doc))):
        if k > i and "\n" in doc[k - 1].whitespace_ + doc[k].text:
            break
        letters += _letters(doc[k].text)
        if not names or not any(name.startswith(letters) for name in names):
            break
        if letters in names and doc[k].text.rstrip(GLUED_MARKS)[-1:].isalnum():
            best = k + 1
    return Span(doc, i, best, label=ORG) if best is not None else None


# A web address's ending: after it ("Indometro.id Sidang ...") the dateline's site name has ended.
DOMAIN_END = re.compile(r"\.[A-Za-z]{2,4}$")


def _written_as_a_name(span: Span) -> bool:
    """"Tribun Pantura.com", "NU Online Jateng": a longer outlet name the pipeline found holds the site's
    name; "TEROPONGPUBLIK.CO.ID <<<>>> Bupati" (a separator inside) does not."""
    return all(any(c.isalnum() for c in t.text) or t.text in ".-" for t in span)


def _header_end(text: str) -> int:
    """Offset where the text's first ``HEADER_LINES`` non-empty lines end."""
    seen = 0
    for match in re.finditer(r"[^\n]*\S[^\n]*(?:\n|$)", text):
        seen += 1
        if seen == HEADER_LINES:
            return match.end()
    return len(text)


def _letters(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())
