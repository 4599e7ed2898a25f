"""A role written short takes its body from the same holder's full title in the article.

News names an office in full once ("Pj Bupati Madiun Ir. Tontro Pahlawanto") and short after that
("Bupati Tontro", "kata Kades"). The short title names no body, yet it is the same office: the
graph should not hold a bodiless copy of it. Which mentions are the same person is resolution's
answer, so this runs on resolved articles.
"""

from __future__ import annotations

from dataclasses import replace

from kg.records import ResolvedArticle, Role

# Words before a title that qualify the holding, not the office: "Pj Bupati" is the Bupati's office.
_QUALIFIERS = frozenset({"pj", "plt", "plh", "penjabat", "mantan", "eks", "calon", "sang"})


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
               "kadis": "kepala dinas", "walikota": "wali kota"}


def _title_words(title: str) -> tuple[str, ...]:
    words = title.lower().replace("(", " ").replace(")", " ").split()
    return tuple(part for w in words if w not in _QUALIFIERS for part in _CONTRACTED.get(w, w).split())


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """``shorter`` runs, word for word, inside ``longer``."""
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))
