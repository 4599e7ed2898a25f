"""Score entities, events, roles and quotes against gold files (``kg eval facts``).

Gold format: JSON Lines, one object per article::

    {"source": "000_x.txt",
     "entities": [{"type": "PER", "names": ["Kim Jong Un", "Kim"]}, {"type": "ORG|LOC", "names": ["Rusia"]}],
     "ignore": ["Piala Dunia 2022"],
     "events": [{"type": "Meeting", "date": "2023-09-13", "participants": ["Kim Jong Un", "Vladimir Putin"],
                 "place": "Vostochny Cosmodrome"}],
     "roles": [{"person": "Vladimir Putin", "title": "Presiden", "body": "Rusia"}],
     "quotes": [{"speaker": "Kim Jong Un", "text": "Rusia telah melakukan", "direct": true}]}

``source`` is the article file, relative to the gold file (or to ``--articles``).
``date`` and ``place`` may be null (not stated / not checked). Any name or title
may list alternatives separated by ``|`` ("Korea Utara|Korut").

Entities (scored only for articles whose gold line has ``entities``): a mention is a
distinct (surface form, label) pair of the article, as the graph holds it after resolution.
A predicted mention is right when its text equals (case-folded, hyphens as spaces) one of the
``|`` alternatives of a gold surface form of a gold entity with that type; one matching an
``ignore`` name is not counted. A gold surface form is found when some mention of its type
matches it. A gold entity whose surface forms went to two or more entity nodes is *split*; an
entity node holding surface forms of two gold entities is *merged*. A text that is a surface form of two gold
entities ("Mamuju", the regency, beside "Kecamatan Mamuju|Mamuju") counts for neither: it does not say which
of them its node is.

Matching rules for facts (names compare case-folded, hyphens as spaces, and a name matches
when all words of the shorter are among the longer's: "Kim" ~ "Kim Jong Un"):

* Predictions are collapsed per article into distinct facts first, so an event
  reported five times is one predicted fact.
* Recall (is the gold fact found?): an event needs a predicted event of the same
  type having every gold participant, the gold date exactly (if given) and the
  gold place (if given). A role needs the person and a title that contains the
  gold title or is contained in it; when the gold role has a ``body``, the role's
  organization or place must be that body exactly, or its title must be the gold
  title followed by the body ("Ketua KPU Kabupaten Garut" for Ketua / KPU Kabupaten Garut). A quote needs the speaker and a text that
  starts with the gold prefix (or is a prefix of it). A role's person and a quote's speaker may be named
  by any name the article's entity gold lists for that person or body ("Angie Zelena" said it; the
  graph's node is "Angelica Dira Maharani", her name written out in the same article), and so may a
  role's body ("Presiden AS Joe Biden": the node is "Amerika Serikat").
* Precision (is the predicted fact right?): an event is right if a gold event of
  the same type shares a participant and neither date nor place contradicts it
  (missing values do not contradict); an event of a type the gold does not annotate
  (``GOLD_EVENT_TYPES``: "Statement") is counted apart, neither right nor wrong. Roles and quotes: as for recall.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.errors import DataError
from kg.records import ENTITY_LABELS, PER, AnnotatedArticle, Facts, ResolvedArticle
from kg.resolve import takes_part
from kg.resolve.regions import without_level_word

CATEGORIES = ("events", "roles", "quotes")
# The event types the gold annotates (gold/news/README.md); the ontology has more ("Statement"), which no gold
# line lists, so an event of another type is neither right nor wrong: it is counted apart.
GOLD_EVENT_TYPES = frozenset(
    {"Meeting", "Travel", "Arrival", "Departure", "Visit", "MissileLaunch", "Sanction", "Protest", "Agreement", "WeaponsDeal"})
# Scored as well: the direct quotes alone (words in quote marks), the quotes a reader checks first.
DIRECT = "direct quotes"


@dataclass(frozen=True)
class GoldArticle:
    source: str
    events: tuple[dict, ...] = ()
    roles: tuple[dict, ...] = ()
    quotes: tuple[dict, ...] = ()
    entities: tuple[dict, ...] | None = None  # None: the article's entities are not annotated
    ignore: tuple[str, ...] = ()
    url: str | None = None  # where the article was published, as a crawl record would give it
    # The fact categories annotated for this article; the others are neither missed nor wrong
    # (gold/news/train.jsonl lists "annotated": ["entities"] for NER training articles).
    scored: frozenset[str] = frozenset(CATEGORIES)


@dataclass
class Score:
    """Counts for one category: predicted facts right / all, gold facts found / all."""

    correct: int = 0
    predicted: int = 0
    found: int = 0
    gold: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    # Quotes the graph gives no speaker: gold lists only quotes whose speaker the text names, so these are
    # neither right nor wrong ("kata seorang guru"); a named one they leave unattributed is still a miss.
    unattributed: int = 0
    # Events of a type the gold does not annotate (``GOLD_EVENT_TYPES``): neither right nor wrong.
    other_types: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "correct": self.correct, "predicted": self.predicted, "found": self.found, "gold": self.gold,
            **({"unattributed": self.unattributed} if self.unattributed else {}),
            **({"other_types": self.other_types} if self.other_types else {}),
        }


def gold_lines(path: Path, what: str = "gold file") -> Iterable[tuple[int, dict]]:
    """(line number, object) for each line of a gold JSON Lines file, each with a "source" file name.

    Raises DataError naming the file (as ``what``) and the line for unreadable or malformed input.
    """
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise DataError(f"Cannot read {what} {path}: {error.strerror or error}") from error
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise DataError(f"{path} line {number}: not JSON ({error.msg})") from error
        if not isinstance(item, dict) or not isinstance(item.get("source"), str):
            raise DataError(f'{path} line {number}: expected an object with a "source" file name')
        yield number, item


def load_gold(path: Path) -> list[GoldArticle]:
    """Read a gold JSON Lines file. Raises DataError naming the line for malformed input."""
    result = []
    for number, item in gold_lines(path):
        for key in (*CATEGORIES, "entities", "ignore"):
            if not isinstance(item.get(key, []), list):
                raise DataError(f'{path} line {number}: "{key}" must be a list')
        for entity in item.get("entities", []):
            if not _valid_gold_entity(entity):
                raise DataError(
                    f'{path} line {number}: an entity needs "type" (PER, LOC, ORG or e.g. "ORG|LOC") '
                    f'and a non-empty list of "names": {json.dumps(entity, ensure_ascii=False)}'
                )
        entities = item.get("entities")
        annotated = item.get("annotated")
        if annotated is not None and not (isinstance(annotated, list) and all(isinstance(a, str) for a in annotated)):
            raise DataError(f'{path} line {number}: "annotated" must be a list of category names')
        result.append(GoldArticle(
            item["source"], *(tuple(item.get(key, [])) for key in CATEGORIES),
            entities=tuple(entities) if entities is not None else None, ignore=tuple(item.get("ignore", [])),
            url=item.get("url") if isinstance(item.get("url"), str) else None,
            scored=frozenset(CATEGORIES if annotated is None else set(CATEGORIES) & set(annotated)),
        ))
    return result


def _valid_gold_entity(entity: object) -> bool:
    return (
        isinstance(entity, dict)
        and isinstance(entity.get("type"), str)
        and all(t in ENTITY_LABELS for t in entity["type"].split("|"))
        and isinstance(entity.get("names"), list)
        and bool(entity["names"])
        and all(isinstance(name, str) and name.strip() for name in entity["names"])
    )


def _norm(name: str) -> str:
    """Case-folded, hyphens as spaces, an initial or a short abbreviation glued to the next word apart
    ("M.Ridwan" is "M. Ridwan", "Kab.Mura" "Kab. Mura")."""
    return " ".join(_GLUED.sub(r"\1 ", re.sub(r"[-‐–]", " ", name)).casefold().split())


_GLUED = re.compile(r"\b([A-Z][a-z]{0,2}\.)(?=[A-Z][a-z])")


def _alternatives(name: str) -> set[str]:
    """The normalised alternatives of a gold name, with the acronym a written-out name gives in brackets:
    "Dinas Kesehatan (Dinkes) Situbondo" names "Dinkes" too (the gold README: a parenthesised acronym is a
    surface form of the same organization)."""
    alternatives = {_norm(alt) for alt in name.split("|") if alt.strip()}
    return alternatives | {_norm(acronym) for alt in name.split("|") if (acronym := _acronym_of_name(alt))}


def _unbracketed(name: str) -> set[str]:
    """The gold names written without their bracketed acronym ("Dinas Kesehatan Situbondo"), as a node is named."""
    return {_norm(re.sub(r"\s*\([^()]*\)", "", alt)) for alt in name.split("|") if "(" in alt} - {""}


def _acronym_of_name(name: str) -> str | None:
    """"Dinas Kesehatan (Dinkes) Situbondo" -> "Dinkes": the bracket shortens the name from its first word,
    not a place at its end ("... Provinsi Sumatera Barat (Sumbar)")."""
    found = re.search(r"\w\s+\(([^()\s]{2,12})\)", name)
    if found is None or found.group(1)[:1].casefold() != name.strip()[:1].casefold():
        return None
    return found.group(1)


def names_match(gold: str | None, predicted: str | None) -> bool:
    """Does a predicted surface name refer to the gold one ("Kim" ~ "Kim Jong Un", alternatives by "|")?"""
    if not gold or not predicted:
        return False
    p = set(_norm(predicted).split())
    for alternative in gold.split("|"):
        g = set(_norm(alternative).split())
        if g and p and (g <= p or p <= g):
            return True
    return False


def _bare_title(title: str) -> str:
    """Normalised, without bracketed parts: "Pemimpin Korea Utara (Korut)" -> "pemimpin korea utara"."""
    return _norm(re.sub(r"\([^)]*\)", "", title))


def titles_match(gold: str, predicted: str) -> bool:
    p = _bare_title(predicted)
    return any((g := _bare_title(alt)) and (g in p or p in g) for alt in gold.split("|"))


def text_matches(gold: str, predicted: str) -> bool:
    """Do two quotes' texts open alike? Where reported speech begins is a reader's call ("meminta agar MOU ini
    ...": "agar MOU ini" or "MOU ini"; "Pelakunya, kata dia, bukanlah ..."), so one text's first words may
    open the other a few words in (the gold README, quotes)."""
    g, p = _quote_words(gold), _quote_words(predicted)
    if not g or not p:
        return False
    if " ".join(p).startswith(" ".join(g)) or " ".join(g).startswith(" ".join(p)):
        return True
    return _opens_within(g, p) or _opens_within(p, g)


_QUOTE_MARKS = "\"'“”‘’«».,;:!?()"


def _quote_words(text: str) -> list[str]:
    return [bare for word in _norm(text).split() if (bare := word.strip(_QUOTE_MARKS))]


def _opens_within(words: list[str], other: list[str], skip: int = 8) -> bool:
    """``words``' first four (three, if that is all) are ``other``'s, after at most ``skip`` of its words."""
    first = words[:4]
    if len(first) < 3:
        return False
    return any(other[k : k + len(first)] == first for k in range(1, skip + 1))


def predicted_facts(annotated: AnnotatedArticle) -> dict[str, list[dict]]:
    """Distinct events, roles and quotes of one article, with names as surface text."""
    m, t = annotated.mentions, annotated.times
    events = {
        (e.type, t[e.time].value if e.time is not None else None,
         tuple(sorted({m[p].text for p in e.participants})), m[e.place].text if e.place is not None else None)
        for e in annotated.events
    }
    roles = {
        (m[r.person].text, r.title, m[r.affiliation].text if r.affiliation is not None else None)
        for r in annotated.roles
    }
    quotes = {
        (m[q.speaker].text if q.speaker is not None else None, q.text, q.direct) for q in annotated.quotes
    }
    return {
        "events": [
            {"type": a, "date": b, "participants": list(c), "place": d} for a, b, c, d in sorted(events, key=str)
        ],
        "roles": [{"person": a, "title": b, "body": c} for a, b, c in sorted(roles, key=str)],
        "quotes": [{"speaker": a, "text": b, "direct": c} for a, b, c in sorted(quotes, key=str)],
    }


def _event_found(g: dict, p: dict) -> bool:
    return (
        g["type"] == p["type"]
        and all(any(names_match(name, q) for q in p["participants"]) for name in g.get("participants", []))
        and (not g.get("date") or g["date"] == p["date"])
        and (not g.get("place") or names_match(g["place"], p["place"]))
    )


def _event_right(g: dict, p: dict) -> bool:
    return (
        g["type"] == p["type"]
        and any(names_match(name, q) for name in g.get("participants", []) for q in p["participants"])
        and (not g.get("date") or not p["date"] or g["date"] == p["date"])
        and (not g.get("place") or not p["place"] or names_match(g["place"], p["place"]))
    )


def _role_match(g: dict, p: dict) -> bool:
    if not (names_match(g["person"], p["person"]) and titles_match(g["title"], p["title"])):
        return False
    if not g.get("body"):
        return True
    bodies = _alternatives(g["body"]) | _unbracketed(g["body"])
    title = _bare_title(p["title"])
    return (p.get("body") is not None and _same_body(_norm(p["body"]), bodies)) or any(
        title == f"{_bare_title(t)} {_bare_title(body)}" for t in g["title"].split("|") for body in g["body"].split("|")
    )


def _same_body(predicted: str, gold: set[str]) -> bool:
    """"Kabupaten Seluma" is the gold's "Seluma" (the region's entity is named with its level word); not
    the gold's "Kabupaten Bogor" when it is "Kota Bogor"."""
    return predicted in gold or without_level_word(predicted) in gold


def _quote_match(g: dict, p: dict) -> bool:
    return names_match(g["speaker"], p["speaker"]) and text_matches(g["text"], p["text"])


RULES: dict[str, tuple[Callable[[dict, dict], bool], Callable[[dict, dict], bool]]] = {
    "events": (_event_found, _event_right),
    "roles": (_role_match, _role_match),
    "quotes": (_quote_match, _quote_match),
}


def score_facts(gold: Iterable[GoldArticle], annotated: dict[str, AnnotatedArticle]) -> dict[str, Score]:
    """P/R/F1 per category over all gold articles; ``annotated`` is keyed by gold ``source``."""
    scores = {key: Score() for key in (*CATEGORIES, DIRECT)}
    for article in gold:
        predicted = predicted_facts(annotated[article.source])
        predicted[DIRECT] = [q for q in predicted["quotes"] if q["direct"]]
        names = _names_of_things(article)
        for key in (*CATEGORIES, DIRECT):
            if ("quotes" if key == DIRECT else key) not in article.scored:
                continue
            found, right = RULES["quotes" if key == DIRECT else key]
            golds = [q for q in article.quotes if q.get("direct", True)] if key == DIRECT else getattr(article, key)
            score, preds = scores[key], predicted[key]
            if key in ("quotes", DIRECT):
                score.unattributed += sum(1 for p in preds if not p["speaker"])
                preds = [p for p in preds if p["speaker"]]
            if key == "events":
                score.other_types += sum(1 for p in preds if p["type"] not in GOLD_EVENT_TYPES)
                preds = [p for p in preds if p["type"] in GOLD_EVENT_TYPES]
            score.gold += len(golds)
            score.predicted += len(preds)
            named = [_by_any_name(g, names) for g in golds]
            for g, n in zip(golds, named):
                if any(found(n, p) for p in preds):
                    score.found += 1
                else:
                    score.misses.append(f"{article.source}: {json.dumps(g, ensure_ascii=False)}")
            for p in preds:
                if any(right(n, p) for n in named):
                    score.correct += 1
                else:
                    score.wrong.append(f"{article.source}: {json.dumps(p, ensure_ascii=False)}")
    return scores


def _names_of_things(article: GoldArticle) -> dict[str, str]:
    """Each gold surface name -> every name of its real-world thing ("Angie Zelena" ->
    "Angie Zelena|Angie|Angelica Dira Maharani"), from the article's entity gold."""
    names: dict[str, str] = {}
    for entity in article.entities or ():
        every = "|".join(entity["names"])
        for name in entity["names"]:
            for alternative in name.split("|"):  # "Dinkes Provinsi Gorontalo|Dinkes": each is a name of the thing
                names.setdefault(_norm(alternative), every)
    return names


def _by_any_name(fact: dict, names: dict[str, str]) -> dict:
    """A gold role, quote or event whose person, body, speaker, participants or place may be named by any of
    that thing's names: the graph's node carries the fullest name, which the sentence need not use
    ("Presiden AS Joe Biden": the role's body is the node "Amerika Serikat", which the gold also calls "AS")."""
    if not names:
        return fact
    named = dict(fact)
    for key in ("speaker", "person", "body", "place"):
        if fact.get(key):
            named[key] = _every_name(fact[key], names)
    if fact.get("participants"):  # an event's: each by any of its names
        named["participants"] = [_every_name(name, names) for name in fact["participants"]]
    return named


def _every_name(written: str, names: dict[str, str]) -> str:
    every = {alt for name in written.split("|") for alt in names.get(_norm(name), name).split("|")}
    return "|".join(sorted(every | set(written.split("|"))))


@dataclass
class EntityScores:
    """Mention scores overall and per label, and how real-world things map onto entity nodes."""

    overall: Score = field(default_factory=Score)
    by_label: dict[str, Score] = field(default_factory=lambda: {label: Score() for label in ENTITY_LABELS})
    by_article: dict[str, Score] = field(default_factory=dict)
    articles: int = 0
    split: list[str] = field(default_factory=list)  # gold entities spread over 2+ nodes
    merged: list[str] = field(default_factory=list)  # nodes holding 2+ gold entities

    def as_dict(self) -> dict:
        return {
            **self.overall.as_dict(),
            "by_label": {label: score.as_dict() for label, score in self.by_label.items()},
            "articles": self.articles, "split": len(self.split), "merged": len(self.merged),
            "split_per_10_articles": round(10 * len(self.split) / self.articles, 2) if self.articles else 0.0,
        }


def score_entities(gold: Iterable[GoldArticle], resolved: dict[str, ResolvedArticle]) -> EntityScores:
    """Mention P/R/F1 and split/merged entities over the gold articles that annotate entities."""
    scores = EntityScores()
    for article in gold:
        if article.entities is None:
            continue
        scores.articles += 1
        here = scores.by_article.setdefault(article.source, Score())
        _score_article_entities(article, resolved[article.source], scores, here)
    return scores


def _score_article_entities(article: GoldArticle, resolved: ResolvedArticle, scores: EntityScores, here: Score) -> None:
    # Each gold surface form: (entity index, its alternatives, the types it may have).
    surfaces = [
        (index, _alternatives(name), set(entity["type"].split("|")))
        for index, entity in enumerate(article.entities or ())
        for name in dict.fromkeys(entity["names"])
    ]
    ignored = set().union(*(_alternatives(name) for name in article.ignore)) if article.ignore else set()
    predicted: dict[tuple[str, str], set[str]] = {}  # (normalised text, label) -> entity keys
    for mention, key in zip(resolved.annotated.mentions, resolved.mention_entities):
        # typed as the graph types it: by the node the mention names (its key starts with the label)
        predicted.setdefault((_norm(mention.text), key.split("/", 1)[0]), set()).add(key)
    source = article.source
    for (text, label), keys in sorted(predicted.items()):
        if text in ignored and not any(text in alts for _, alts, _ in surfaces):
            continue
        right = any(text in alts and label in types for _, alts, types in surfaces)
        for score in (scores.overall, scores.by_label[label], here):
            score.predicted += 1
            score.correct += right
        if not right:
            other = sorted({t for _, alts, types in surfaces if text in alts for t in types})
            hint = f" (gold {'|'.join(other)})" if other else ""
            scores.overall.wrong.append(f"{source}: {label} {text!r}{hint}")
    for _, alts, types in surfaces:
        found = any(text in alts and label in types for text, label in predicted)
        for score in (scores.overall, scores.by_label[min(types)], here):
            score.gold += 1
            score.found += found
        if not found:
            typed = sorted(label for text, label in predicted if text in alts)
            hint = f" (found as {'/'.join(typed)})" if typed else ""
            scores.overall.misses.append(f"{source}: {'|'.join(sorted(types))} {min(alts)!r}{hint}")
    # A text two gold things may be written as ("Mamuju": the regency, and "Kecamatan Mamuju|Mamuju")
    # says nothing about which thing its node is: it counts for no split and no merge.
    entity_alts = [set().union(*(_alternatives(name) for name in entity["names"])) for entity in article.entities or ()]
    owners = Counter(text for alts in entity_alts for text in alts)
    node_entities: dict[str, set[int]] = {}
    for index, (entity, alts) in enumerate(zip(article.entities or (), entity_alts)):
        keys = set().union(*(keys for (text, _), keys in predicted.items() if text in alts and owners[text] == 1))
        if len(keys) > 1:
            scores.split.append(f"{source}: {entity['names'][0]!r} over {len(keys)} nodes: {sorted(keys)}")
        for key in keys:
            node_entities.setdefault(key, set()).add(index)
    for key, indices in sorted(node_entities.items()):
        if len(indices) > 1:
            names = sorted(article.entities[i]["names"][0] for i in indices)
            scores.merged.append(f"{source}: node {key} holds {names}")


@dataclass
class Evaluation:
    """All scores of one gold file: facts per category, and entities where annotated."""

    facts: dict[str, Score]
    entities: EntityScores

    def as_dict(self, errors: bool = False) -> dict:
        result = {key: score.as_dict() for key, score in self.facts.items()}
        if self.entities.articles:
            result["entities"] = self.entities.as_dict()
        if errors:
            for key, score in self.facts.items():
                result[key].update(misses=score.misses, wrong=score.wrong)
            if self.entities.articles:
                overall = self.entities.overall
                result["entities"].update(
                    misses=overall.misses, wrong=overall.wrong, split_nodes=self.entities.split,
                    merged_nodes=self.entities.merged,
                )
        return result


def evaluate_facts(gold_path: Path, articles_dir: Path | None = None, nlp=None,
                   with_addresses: bool = True) -> Evaluation:
    """Read the gold file, run the articles it names through NLP and resolution, and score them.

    Scores are taken from the resolved articles, so they see the mentions and entity nodes
    the graph holds.

    gold_path (Path): the gold JSON Lines file.
    articles_dir (Path | None): where the named articles are; default the gold file's folder.
    nlp (Language | None): the pipeline; default ``kg.nlp.load_pipeline()``.
    with_addresses (bool): give each article the web address its gold line names, as a crawl record or a
        saved page would; without them, articles are read as the plain text files most users bring.
    """
    from kg.article import parse_article
    from kg.nlp import annotate, load_pipeline
    from kg.records import Skipped
    from kg.resolve import resolve
    from kg.sources import read_source

    gold = load_gold(gold_path)
    base = Path(articles_dir) if articles_dir else Path(gold_path).parent
    articles = []
    for item in gold:
        source = read_source(base / item.source)
        if isinstance(source, Skipped):
            raise DataError(f"Gold article {item.source} cannot be used: {source.message}")
        article = parse_article(source)
        # the gold's source address, as a crawl record or a saved page gives it (kg.nlp.sites reads it)
        given = article.url or not item.url or not with_addresses
        articles.append(article if given else replace(article, url=item.url))
    # Resolve each article on its own: a gold article's entities are judged within that article.
    resolved, named = {}, {}
    for item, result in zip(gold, annotate(articles, nlp or load_pipeline())):
        facts = resolve([result])
        resolved[item.source] = facts.articles[0]
        named[item.source] = _as_entity_names(facts)
    return Evaluation(score_facts(gold, named), score_entities(gold, resolved))


def _as_entity_names(facts: Facts) -> AnnotatedArticle:
    """The article with each mention written as its entity's name, as the graph labels the node a
    quote, role or event points at ("Jokowi" said it: the speaker is the node named "Joko Widodo")."""
    from dataclasses import replace

    article = facts.articles[0]
    names = {entity.key: entity.name for entity in facts.entities}
    labels = {entity.key: entity.label for entity in facts.entities}
    keys = article.mention_entities
    mentions = tuple(replace(m, text=names.get(key, m.text)) for m, key in zip(article.annotated.mentions, keys))
    # as the graph holds them: a role whose holder resolution made a place or a body is left out, and so
    # is an event taking part in which is only a place other than a country (kg.resolve.resolve_events)
    roles = tuple(r for r in article.annotated.roles if labels.get(keys[r.person], PER) == PER)
    taking_part = {entity.key for entity in facts.entities if takes_part(entity)}
    events = []
    for e in article.annotated.events:
        parts = tuple(p for p in e.participants if keys[p] in taking_part)
        if parts:
            events.append(replace(e, participants=parts))
    return replace(article.annotated, mentions=mentions, roles=roles, events=tuple(events))


def format_table(evaluation: Evaluation, by_article: bool = False) -> str:
    rows = [f"{'':13} {'P':>6} {'R':>6} {'F1':>6}  {'right/pred':>10}  {'found/gold':>10}"]

    def row(name: str, s: Score) -> str:
        return (
            f"{name:13} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"
            f"  {s.correct:>4}/{s.predicted:<5}  {s.found:>4}/{s.gold:<5}"
        )

    entities = evaluation.entities
    if entities.articles:
        rows.append(row("entities", entities.overall))
        rows.extend(row(f"  {label}", score) for label, score in entities.by_label.items())
    rows.extend(row(key, score) for key, score in evaluation.facts.items())
    if "quotes" in evaluation.facts and evaluation.facts["quotes"].unattributed:
        rows.append(f"quotes without a named speaker, not scored: {evaluation.facts['quotes'].unattributed}")
    if "events" in evaluation.facts and evaluation.facts["events"].other_types:
        rows.append(f"events of a type the gold does not annotate (Statement), not scored: "
                    f"{evaluation.facts['events'].other_types}")
    if entities.articles:
        rows.append(
            f"split: {len(entities.split)} real-world things over 2+ nodes in {entities.articles} articles "
            f"({10 * len(entities.split) / entities.articles:.1f} per 10 articles); "
            f"merged: {len(entities.merged)} nodes holding 2+ things"
        )
        if by_article:
            rows.append("")
            rows.append("entities by article:")
            rows.extend(row("", score) + f"  {source}" for source, score in sorted(entities.by_article.items()))
    return "\n".join(rows)
