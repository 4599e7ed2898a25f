"""Offices written short, completed from the full title the article gives them.

News names an office in full once ("Pj Bupati Madiun Ir. Tontro Pahlawanto") and short after that:
"Bupati Tontro" names no body, yet it is the same office, and the graph should not hold a bodiless
copy of it; "kata Dirut RSU Panyabungan" names no person, yet the director the article named said
it, and the quote is that person's. Which mentions are the same person or body is resolution's
answer, so this runs on resolved articles.
"""

from __future__ import annotations

from dataclasses import replace

from kg.records import PER, Quote, ResolvedArticle, Role

# Words before a title that qualify the holding, not the office: "Pj Bupati" is the Bupati's office.
_QUALIFIERS = frozenset({"pj", "plt", "plh", "penjabat", "mantan", "eks", "calon", "sang"})


def with_office_speakers(article: ResolvedArticle) -> ResolvedArticle:
    """``article`` with each quote an office said ("ujar Dirut RSU Panyabungan": the speaker a body, an office
    word before it) given to the one person the article names holding that office in that body."""
    from kg.nlp.roles import HEADS  # office words; imported late: resolution does not load the NLP stage

    annotated, keys = article.annotated, article.mention_entities
    held = [r for r in annotated.roles if r.affiliation is not None and 0 <= r.person < len(keys)
            and keys[r.person].startswith(f"{PER}/") and 0 <= r.affiliation < len(keys)]
    if not held or not annotated.quotes:
        return article
    text, mentions = annotated.article.text, annotated.mentions
    quotes = tuple(_said_by_holder(q, text, mentions, keys, held, HEADS) for q in annotated.quotes)
    if quotes == annotated.quotes:
        return article
    return replace(article, annotated=replace(annotated, quotes=quotes))


def _said_by_holder(quote: Quote, text: str, mentions, keys: tuple[str, ...], held: list[Role],
                    heads: frozenset[str]) -> Quote:
    if quote.speaker is None or keys[quote.speaker].startswith(f"{PER}/"):
        return quote
    speaker = mentions[quote.speaker]
    before = text[max(0, speaker.start - 60) : speaker.start].split()[-4:]
    if before and before[-1].casefold() in heads:  # the word right before the speaker
        office = _title_words(before[-1])
        holders = {keys[r.person]: r.person for r in held if keys[r.affiliation] == keys[quote.speaker]
                   and _same_office(office, _title_words(r.title))}
    else:  # "kata Kadis Pendidikan Dharmasraya": the office and its place as a title of the article writes them
        head = next((k for k in range(len(before) - 1, -1, -1) if before[k].casefold() in heads), None)
        if head is None or any(w[-1:] in ",.;:" for w in before[head:]):
            return quote
        written = _title_words(" ".join(before[head:]) + " " + speaker.text)
        holders = {keys[r.person]: r.person for r in held if _contains(_title_words(r.title), written)}
    return replace(quote, speaker=next(iter(holders.values()))) if len(holders) == 1 else quote


def _same_office(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """"Humas" in "Kasi Humas Polres X"; "Dirut" (direktur utama) and "Direktur RSU X" open alike."""
    return bool(short and full) and (_contains(full, short) or short[0] == full[0])


def with_role_bodies(article: ResolvedArticle) -> ResolvedArticle:
    """``article`` with each bodiless role given the body of the one office its holder's other roles name
    with a title holding all its words ("Bupati" in "Pj Bupati Madiun"); left bodiless when none or
    two different bodies fit."""
    roles = article.annotated.roles
    if not any(r.affiliation is None for r in roles):
        return article
    keys = article.mention_entities
    completed = tuple(_completed(role, roles, keys) for role in roles)
    if completed == roles:
        return article
    return replace(article, annotated=replace(article.annotated, roles=completed))


def _completed(role: Role, roles: tuple[Role, ...], keys: tuple[str, ...]) -> Role:
    if role.affiliation is None and 0 <= role.person < len(keys):
        words = _title_words(role.title)
        bodies = {
            keys[other.affiliation]: other.affiliation
            for other in roles
            if other.affiliation is not None and 0 <= other.affiliation < len(keys)
            and 0 <= other.person < len(keys) and keys[other.person] == keys[role.person]
            and words and _contains(_title_words(other.title), words)
        }
        if len(bodies) == 1:
            return replace(role, affiliation=next(iter(bodies.values())))
    return role


# Contracted titles of regional government, written out: "Wako Hendri" holds the "Wali Kota Padang" office.
_CONTRACTED = {"wako": "wali kota", "walkot": "wali kota", "wawako": "wakil wali kota", "wawali": "wakil wali kota",
               "wabup": "wakil bupati", "wagub": "wakil gubernur", "kades": "kepala desa", "sekda": "sekretaris daerah",
               "kadis": "kepala dinas", "walikota": "wali kota", "dirut": "direktur utama"}


def _title_words(title: str) -> tuple[str, ...]:
    words = title.lower().replace("(", " ").replace(")", " ").split()
    return tuple(part for w in words if w not in _QUALIFIERS for part in _CONTRACTED.get(w, w).split())


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """``shorter`` runs, word for word, inside ``longer``."""
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))
