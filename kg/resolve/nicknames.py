"""Nicknames an article gives for a person: "Basuki Tjahaja Purnama alias Ahok",
"Istirul Widiastuti yang akrab disapa Tirul", "Tirul-panggilan akrab Istirul", "Abdullah (Dullah)",
"Andi Rudi Latif atau biasa disapa Bang Arul", "yang akrab di sapa Abu Sibreh".

Indonesian news introduces a nickname with a few fixed words between the two names; the
nickname is then used alone, and without these words no rule could tell it belongs to the
full name. Only the words between two adjacent person mentions are read.
"""

from __future__ import annotations

import re

from kg.nlp.roles import RANKS
from kg.records import PER, AnnotatedArticle

# Between a full name and the nickname after it.
_NICKNAME_AFTER = re.compile(
    r"\s*(?:\(\s*\d{1,3}\s*\)\s*)?"  # an age between: "Jauhari Amin Alkomi (29) alias Jo"
    r"(?:,\s*)?(?:\s*(?:alias|atau|yang)\s+)?(?:(?:akrab|biasa|kerap)\s+)?(?:di\s?sapa|dipanggil|alias)\s+"
    r"(?:(?:bang|abang|pak|bu|mas|mbak|kak|cak|ning|uda|daeng|om)\s+)?$"  # "biasa disapa Bang Arul"
    r"|\s*\(\s*$",
    re.IGNORECASE,
)
# Between a nickname and the full name after it ("Tirul-panggilan akrab Istirul").
_NICKNAME_BEFORE = re.compile(r"\s*[-–—,(]?\s*(?:nama\s+)?(?:panggilan|sapaan)\s+(?:akrab\s+)?$", re.IGNORECASE)
MAX_NICKNAME_WORDS = 2
# "..., jelas pria yang akrab disapa Tata": a description of the person talked about, then the nickname.
# "Wali Kota yang akrab disapa Ning Ita": the person holding that office.
_DESCRIBED_NICKNAME = re.compile(
    r"(?P<what>\b[A-Za-z-]+(?:\s+[A-Za-z-]+)?)\s+yang\s+(?:akrab\s+|biasa\s+|kerap\s+)?(?:di\s?sapa|dipanggil)\s+$")
# '"...," ungkap Bung Arul sapaannya', "tutur Oong, biasa disapa.": the nickname, then the words that say it is one.
_MARKED_NICKNAME = re.compile(r"\s*,?\s*(?:(?:biasa|akrab)\s+disapa|sapaan(?:\s+akrab)?nya)\b")


def nickname_pairs(article: AnnotatedArticle) -> list[tuple[int, int]]:
    """(nickname mention, full-name mention) index pairs the article states."""
    text = article.article.text
    mentions = article.mentions
    pairs = []
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        between = text[first.end : second.start]
        if (second.label == PER and _NICKNAME_BEFORE.fullmatch(_without_ranks(between))
                and _short(first.text, second.text)):
            pairs.append((i, i + 1))  # "sebut Adang, sapaan akrab Endang": the words say it, whatever "Adang" was typed
            continue
        if first.label != PER or second.label != PER:
            continue
        if _NICKNAME_AFTER.fullmatch(between) and _short(second.text, first.text):
            if between.strip() != "(" or text[second.end : second.end + 1] == ")":
                pairs.append((i + 1, i))
    return pairs + _described_nicknames(article)


# Between a place's or a team's byname and its name: "Kota Santri (sebutan Kabupaten Situbondo)", "Serdadu
# Tridatu, julukan Bali United"; and the other way: "Bali United yang berjuluk Serdadu Tridatu".
_BYNAME_BEFORE = re.compile(r"\s*[,(]?\s*(?:yang\s+merupakan\s+)?(?:sebutan|julukan)\s+(?:untuk\s+|bagi\s+|dari\s+)?$",
                            re.IGNORECASE)
_BYNAME_AFTER = re.compile(r"\s*[,(]?\s*(?:yang\s+)?(?:berjuluk|dijuluki|berjulukan|julukannya)\s+$", re.IGNORECASE)


def byname_pairs(article: AnnotatedArticle) -> list[tuple[int, int]]:
    """(byname mention, name mention) index pairs of places and bodies the article states ("julukan", "sebutan")."""
    text, mentions = article.article.text, article.mentions
    pairs = []
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        if PER in (first.label, second.label):
            continue
        between = text[first.end : second.start]
        if _BYNAME_BEFORE.fullmatch(between):
            pairs.append((i, i + 1))
        elif _BYNAME_AFTER.fullmatch(between):
            pairs.append((i + 1, i))
    return pairs


def _described_nicknames(article: AnnotatedArticle) -> list[tuple[int, int]]:
    """"Arrmanatha Nasir mengatakan, "...," jelas pria yang akrab disapa Tata" (or "... ungkap Tata sapaannya"):
    the nickname of the last full name written outside the quoted words (after a nickname marked so, the last one
    holding an office, if any does)."""
    text, mentions = article.article.text, article.mentions
    quoted = [(q.start, q.end) for q in article.quotes if q.direct]
    holders = {mentions[r.person].text for r in article.roles}
    pairs = []
    for i, nick in enumerate(mentions):
        if nick.label != PER:
            continue
        described = _DESCRIBED_NICKNAME.search(text[max(0, nick.start - 60) : nick.start])
        office = _capitalised_end(described.group("what")) if described else ""
        office_holders = _holding(article, office) if office else set()
        if office and not office_holders:
            described = None  # capitals: an office the article names a holder of, not a name ("Faisal Ali yang ...")
        if not (described or _MARKED_NICKNAME.match(text, nick.end)):
            continue
        full = [j for j, m in enumerate(mentions[:i]) if m.label == PER and len(m.text.split()) >= 2
                and not any(s <= m.start < e for s, e in quoted)]
        if not described:  # '"...," coach Mamak, sapaannya': one named with an office earlier, not a player just named
            full = [j for j in full if mentions[j].text in holders] or full
        elif office:  # "Wali Kota yang akrab disapa Ning Ita": that office's holder
            full = [j for j in full if mentions[j].text in office_holders]
        if full and _short(nick.text, mentions[full[-1]].text):
            pairs.append((i, full[-1]))
    return pairs


def _capitalised_end(words: str) -> str:
    """The capitalised words that end ``words``: "Bupati" of "hadir Bupati", "" of "jelas pria"."""
    kept = []
    for word in reversed(words.split()):
        if not word[:1].isupper():
            break
        kept.insert(0, word)
    return " ".join(kept)


def _holding(article: AnnotatedArticle, words: str) -> set[str]:
    """The names of the people whose office, as the article writes it, holds ``words`` ("Wali Kota")."""
    words = words.casefold().split()
    return {article.mentions[r.person].text for r in article.roles
            if (title := r.title.casefold().split()) and any(title[k : k + len(words)] == words for k in range(len(title)))}


def _without_ranks(between: str) -> str:
    """The words between two names without the ranks and forms of address that end them: "Edhy sapaan akrab
    Kompol Supriady Idrus"."""
    words = between.rstrip().split(" ")
    if len(words) < 2 or words[-1].rstrip(".").casefold() not in RANKS:
        return between
    while len(words) > 1 and words[-1].rstrip(".").casefold() in RANKS:
        words.pop()
    return " ".join(words) + " "


def _short(nickname: str, full: str) -> bool:
    return len(nickname.split()) <= MAX_NICKNAME_WORDS and nickname.casefold() != full.casefold()
