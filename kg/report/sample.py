"""Synthetic ``Facts`` of any size, to measure the report on graphs far bigger than the seeds.

The articles are made-up Indonesian-style sentences over pools of invented names whose
popularity follows a Zipf law (a few names in many articles, most in one or two), with
sentences, mentions, roles, quotes and events, so every part of the page gets exercised.
Run ``python -m kg.report.sample N OUT.trig`` to write such a graph.
"""

from __future__ import annotations

import hashlib
import random
import sys

from kg.records import (
    DAY, LOC, ORG, PER, AnnotatedArticle, Article, Entity, Event, EventMention, EventReport, Facts,
    Mention, Quote, Region, ResolvedArticle, Role, Sentence,
)

_FIRST = ("Adi Budi Citra Dewi Eko Fajar Gita Hadi Indra Joko Kartika Lestari Made Nur Oka Putri "
          "Rina Sari Tono Umar Wati Yusuf Zainal Agus Bambang Dian Endang Ratna Slamet Teguh").split()
_LAST = ("Santoso Wijaya Pratama Saputra Hidayat Nugroho Kusuma Siregar Nasution Lubis Harahap "
         "Simanjuntak Gunawan Halim Tanjung Wibowo Setiawan Rahman Sutrisno Purnomo").split()
_PLACES = ("Jakarta Surabaya Bandung Medan Makassar Denpasar Semarang Palembang Pontianak Manado "
           "Kupang Jayapura Ambon Mataram Padang Pekanbaru Jambi Bengkulu Kendari Palu").split()
_ORG_HEADS = ("Kementerian Badan Komisi Dewan Partai Lembaga Perusahaan Bank Universitas Asosiasi").split()
_ORG_TAILS = ("Energi Pangan Perhubungan Keuangan Kesehatan Pendidikan Maritim Digital Nusantara "
              "Pertahanan Lingkungan Pariwisata Industri Perdagangan Sosial").split()
_TITLES = ("Menteri", "Ketua", "Direktur", "Juru bicara", "Gubernur", "Kepala")
_FILLER = (
    "Pertemuan itu membahas kerja sama di bidang ekonomi dan keamanan kawasan.",
    "Sejumlah warga menyaksikan acara tersebut dari pinggir jalan sejak pagi.",
    "Rencana itu dinilai penting untuk pembangunan daerah dalam lima tahun mendatang.",
    "Para pengamat menilai langkah tersebut akan berdampak pada harga kebutuhan pokok.",
    "Acara berlangsung selama tiga jam dan ditutup dengan konferensi pers.",
)


# Two places of the official region list among the invented ones, so region queries have rows.
_JATENG = Region("33", "Jawa Tengah", "province")
_CILACAP = Region("33.01", "Cilacap", "regency")
_REGIONS = (
    Entity("LOC/region/3301", LOC, "Kabupaten Cilacap", region=_CILACAP, region_parents=(_JATENG,)),
    Entity("LOC/region/330111", LOC, "Kecamatan Sidareja", region=Region("33.01.11", "Sidareja", "district"),
           region_parents=(_CILACAP, _JATENG)),
)


def _zipf(rng: random.Random, n: int) -> int:
    """An index in range(n), small indexes much more likely (a Pareto tail, as names in news)."""
    while True:
        k = int(rng.paretovariate(0.6)) - 1
        if k < n:
            return k


class _Writer:
    """Builds one article's text while recording the spans of names in it."""

    def __init__(self) -> None:
        self.text = ""
        self.sentences: list[Sentence] = []
        self.mentions: list[Mention] = []
        self.keys: list[str] = []
        self._start = 0

    def put(self, piece: str, entity: Entity | None = None) -> int:
        start = len(self.text)
        self.text += piece
        if entity is None:
            return -1
        self.mentions.append(Mention(start, len(self.text), piece, entity.label, len(self.sentences)))
        self.keys.append(entity.key)
        return len(self.mentions) - 1

    def end_sentence(self) -> None:
        self.sentences.append(Sentence(self._start, len(self.text), self.text[self._start:]))
        self.text += " "
        self._start = len(self.text)


def _pools(rng: random.Random, people: int, places: int, orgs: int) -> dict[str, list[Entity]]:
    def unique(make, count):
        names: dict[str, None] = {}
        while len(names) < count:
            names[make()] = None
        return list(names)

    per = unique(lambda: f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {rng.choice(_LAST)}", people)
    loc = unique(lambda: f"{rng.choice(('Kota', 'Kabupaten', 'Desa'))} {rng.choice(_PLACES)} {rng.choice(_LAST)}", places)
    org = unique(lambda: f"{rng.choice(_ORG_HEADS)} {rng.choice(_ORG_TAILS)} {rng.choice(_PLACES)}", orgs)
    return {
        PER: [Entity(f"PER/{n.lower()}", PER, n, (n.split()[0] + " " + n.split()[1],)) for n in per],
        LOC: [*_REGIONS, *(Entity(f"LOC/{n.lower()}", LOC, n) for n in loc[len(_REGIONS):])],
        ORG: [Entity(f"ORG/{n.lower()}", ORG, n) for n in org],
    }


def synthetic_facts(articles: int, *, seed: int = 1, sentences: int = 18) -> Facts:
    """``articles`` made-up articles (about 2.5 kB of text each) resolved to entities and events."""
    rng = random.Random(seed)
    pools = _pools(rng, people=max(20, articles * 3), places=max(10, articles), orgs=max(10, articles))
    resolved: list[ResolvedArticle] = []
    events: dict[str, Event] = {}
    for number in range(articles):
        pick = lambda label: pools[label][_zipf(rng, len(pools[label]))]  # noqa: E731
        w = _Writer()
        day = f"2023-{1 + number % 12:02d}-{1 + number % 28:02d}"
        w.put(f"Berita nomor {number}: pertemuan di {rng.choice(_PLACES)}")
        w.end_sentence()
        roles, quotes, event_mentions = [], [], []
        for _ in range(sentences):
            kind = rng.random()
            if kind < 0.35:
                host, guest, place = pick(PER), pick(PER), pick(LOC)
                a = w.put(host.name, host)
                w.put(" bertemu dengan ")
                b = w.put(guest.name, guest)
                w.put(" di ")
                c = w.put(place.name, place)
                w.put(" pada Selasa.")
                trigger = w.text.index("bertemu", w.mentions[a].end)
                event_mentions.append(EventMention(trigger, trigger + 7, "bertemu", "Meeting", len(w.sentences),
                                                   (a, b), c))
                key = f"Meeting|{day}|{'|'.join(sorted((host.key, guest.key)))}"
                event = events.get(key)
                report = EventReport(hashlib.sha256(str(number).encode()).hexdigest(), len(event_mentions) - 1)
                events[key] = Event(key, "Meeting", day, DAY, tuple(sorted((host.key, guest.key))), place.key,
                                    (event.reports if event else ()) + (report,))
            elif kind < 0.55:
                person, org = pick(PER), pick(ORG)
                title = rng.choice(_TITLES)
                start = len(w.text)
                w.put(f"{title} ")
                o = w.put(org.name, org)
                w.put(" ")
                p = w.put(person.name, person)
                w.put(" meninjau lokasi proyek.")
                roles.append(Role(start, w.mentions[o].end, f"{title} {org.name}", p, o, len(w.sentences)))
            elif kind < 0.75:
                speaker = pick(PER)
                w.put("\u201c")
                start = len(w.text)
                w.put("Kami akan terus bekerja untuk rakyat dan menjaga stabilitas harga")
                end = len(w.text)
                w.put(",\u201d kata ")
                s = w.put(speaker.name, speaker)
                w.put(".")
                quotes.append(Quote(start, end, w.text[start:end], s, len(w.sentences), "kata"))
            else:
                w.put(rng.choice(_FILLER))
            w.end_sentence()
        text = w.text.rstrip()
        sha = hashlib.sha256(str(number).encode()).hexdigest()
        article = Article(f"synthetic/{number:05d}.txt", sha, text, title=w.sentences[0].text,
                          publisher="Kabar Sintetis", authors=("Redaksi",), published=day)
        annotated = AnnotatedArticle(article, tuple(w.sentences), tuple(w.mentions), (), tuple(quotes),
                                     tuple(roles), tuple(event_mentions), reference_date=day)
        resolved.append(ResolvedArticle(annotated, tuple(w.keys)))
    used = {key for r in resolved for key in r.mention_entities}
    entities = tuple(e for pool in pools.values() for e in pool if e.key in used)
    build = {"kg_version": "synthetic", "model": "none (synthetic facts)", "generated_at": "2023-12-31T00:00:00+00:00"}
    return Facts(tuple(resolved), entities, tuple(events.values()), build)


def main(argv: list[str]) -> int:
    """``python -m kg.report.sample N OUT.trig``: write a synthetic graph of N articles."""
    from pathlib import Path

    from kg.output import write_graph
    from kg.rdf.mapping import facts_to_dataset

    if len(argv) != 2:
        print("usage: python -m kg.report.sample N OUT.trig", file=sys.stderr)
        return 2
    write_graph(facts_to_dataset(synthetic_facts(int(argv[0]))), str(Path(argv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
