"""kg eval facts: gold loading, matching rules and the CLI."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import DataError
from kg.evaluate.facts import load_gold, names_match, score_facts, text_matches, titles_match
from kg.records import AnnotatedArticle, Article, EventMention, Mention, Quote, Role, TimeExpr


@pytest.mark.parametrize(
    "gold, predicted, expected",
    [
        ("Kim Jong Un", "Kim", True),
        ("Kim Jong Un", "Kim Jong-un", True),
        ("Korea Utara|Korut", "Korut", True),
        ("Joko Widodo", "Prabowo", False),
        ("Joko Widodo", None, False),
        ("M.Ridwan", "M. Ridwan", True),  # an initial glued to the name
        ("M.Ridwan", "Ridwan", True),
        ("Beritaalternatif.com", "beritaalternatif. com", False),  # a domain stays one word
    ],
)
def test_facts_names_match(gold, predicted, expected):
    assert names_match(gold, predicted) is expected


@pytest.mark.parametrize(
    "gold, predicted, expected",
    [
        ("Ketinggian banjir 50-70 cm", "Ketinggian banjir 50-70 cm di desa itu", True),
        ("MOU ini dapat segera dieksekusi", "agar MOU ini dapat segera dieksekusi", True),  # where reported speech begins
        ("jika harga beras mulai naik", "harga beras mulai naik di Pasar Horas", True),
        ("merupakan lokasi destinasi wisata", "Taman Nasional Komodo, kata dia, merupakan lokasi destinasi wisata", True),
        ("Saya tidak mau daerah ini", "“Saya tidak mau daerah ini resah", True),
        ("harga beras mulai naik", "harga cabai mulai naik lagi", False),
        ("kami akan terus berupaya membantu", "Sejak Januari 2023 hingga Desember 2024 pemerintah daerah ini kami akan "
         "terus berupaya membantu", False),  # too far in to be the same quote's opening
    ],
)
def test_quote_texts_match_by_their_opening_words(gold, predicted, expected):
    assert text_matches(gold, predicted) is expected


def test_facts_titles_match():
    assert titles_match("Presiden Rusia", "Presiden")
    assert titles_match("Pemimpin Korea Utara", "Pemimpin Korea Utara (Korut)")
    assert not titles_match("Menteri Keuangan", "Presiden")


def _annotated():
    text = "Joko Widodo bertemu Xi Jinping di Bali, Senin (11/3/2024). “Kami sepakat,” kata Jokowi. Presiden Joko Widodo."
    article = Article(source="a.txt", sha256="0" * 64, text=text)
    mentions = (
        Mention(0, 11, "Joko Widodo", "PER", 0), Mention(20, 30, "Xi Jinping", "PER", 0),
        Mention(34, 38, "Bali", "LOC", 0), Mention(77, 83, "Jokowi", "PER", 1),
    )
    times = (TimeExpr(40, 57, "Senin (11/3/2024)", "2024-03-11", "day", 0),)
    events = (
        EventMention(12, 19, "bertemu", "Meeting", 0, (0, 1), 2, 0),
        EventMention(12, 19, "bertemu", "Meeting", 0, (0,), None, None),
        EventMention(12, 19, "bertemu", "Protest", 0, (0,), None, None),
    )
    quotes = (Quote(60, 71, "Kami sepakat", 3, 1, "kata"),)
    roles = (Role(85, 93, "Presiden", 0, None, 2),)
    return AnnotatedArticle(article, (), mentions, times, quotes, roles, events)


def test_facts_score_rules():
    gold = load_gold_lines([{
        "source": "a.txt",
        "events": [{"type": "Meeting", "date": "2024-03-11", "participants": ["Joko Widodo", "Xi Jinping"], "place": "Bali"},
                   {"type": "Visit", "date": None, "participants": ["Xi Jinping"], "place": None}],
        "roles": [{"person": "Joko Widodo", "title": "Presiden"}],
        "quotes": [{"speaker": "Joko Widodo|Jokowi", "text": "Kami sepakat"}],
    }])
    scores = score_facts(gold, {"a.txt": _annotated()})
    events = scores["events"]
    assert (events.found, events.gold) == (1, 2)  # the Visit is missed
    assert (events.correct, events.predicted) == (2, 3)  # the Protest is wrong; the partial Meeting is right
    assert scores["roles"].f1 == 1.0 and scores["quotes"].f1 == 1.0


def test_an_event_of_a_type_the_gold_does_not_annotate_is_neither_right_nor_wrong():
    from dataclasses import replace

    annotated = _annotated()
    statement = EventMention(12, 19, "bertemu", "Statement", 0, (0,), None, None)
    annotated = replace(annotated, events=(*annotated.events, statement))
    gold = load_gold_lines([{"source": "a.txt", "events": [
        {"type": "Meeting", "date": "2024-03-11", "participants": ["Joko Widodo", "Xi Jinping"], "place": "Bali"}]}])
    events = score_facts(gold, {"a.txt": annotated})["events"]
    assert (events.correct, events.predicted, events.other_types) == (2, 3, 1)  # the Statement is counted apart


def load_gold_lines(items, tmp_path=None):
    import tempfile
    from pathlib import Path

    path = Path(tempfile.mkdtemp()) / "gold.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    return load_gold(path)


def test_facts_load_gold_errors(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"source": "a.txt"}\nnot json\n', encoding="utf-8")
    with pytest.raises(DataError, match="line 2: not JSON"):
        load_gold(bad)
    bad.write_text('{"events": []}\n', encoding="utf-8")
    with pytest.raises(DataError, match='line 1: expected an object with a "source"'):
        load_gold(bad)


def test_cli_eval_facts_bad_gold(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text("[1]\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "facts", str(bad)])
    assert result.exit_code == 2
    assert 'line 1: expected an object with a "source" file name' in result.output


@pytest.mark.slow
def test_cli_eval_facts_seeds():
    from pathlib import Path

    gold = Path(__file__).resolve().parents[2] / "gold" / "seeds.jsonl"
    result = CliRunner().invoke(main, ["eval", "facts", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert set(scores) >= {"events", "roles", "quotes"}
    assert scores["roles"]["f1"] > 0.5


def test_entities_score_mentions_types_and_splits():
    from kg.evaluate.facts import score_entities
    from kg.records import ResolvedArticle

    text = "Joko Widodo dan Jokowi di Bali bersama Dokter."
    mentions = (
        Mention(0, 11, "Joko Widodo", "PER", 0), Mention(16, 22, "Jokowi", "PER", 0),
        Mention(26, 30, "Bali", "ORG", 0), Mention(39, 45, "Dokter", "PER", 0),
    )
    article = AnnotatedArticle(Article(source="a.txt", sha256="0" * 64, text=text), (), mentions)
    resolved = ResolvedArticle(article, ("PER/joko widodo", "PER/jokowi", "ORG/bali", "PER/dokter"))
    gold = load_gold_lines([{
        "source": "a.txt",
        "entities": [{"type": "PER", "names": ["Joko Widodo", "Jokowi"]}, {"type": "LOC", "names": ["Bali"]}],
    }])
    scores = score_entities(gold, {"a.txt": resolved})
    assert (scores.overall.correct, scores.overall.predicted) == (2, 4)  # Bali mistyped, Dokter not a name
    assert (scores.overall.found, scores.overall.gold) == (2, 3)
    assert len(scores.split) == 1 and "over 2 nodes" in scores.split[0]
    assert any("(gold LOC)" in line for line in scores.overall.wrong)


def test_a_text_two_gold_things_share_counts_for_no_split_or_merge():
    from kg.evaluate.facts import score_entities
    from kg.records import ResolvedArticle

    text = "MAMUJU - Kasus DBD di Kecamatan Mamuju naik. Mamuju siaga."
    mentions = (
        Mention(0, 6, "MAMUJU", "LOC", 0), Mention(22, 38, "Kecamatan Mamuju", "LOC", 0),
        Mention(45, 51, "Mamuju", "LOC", 0),
    )
    article = AnnotatedArticle(Article(source="a.txt", sha256="0" * 64, text=text), (), mentions)
    resolved = ResolvedArticle(article, ("LOC/region/7602", "LOC/region/760201", "LOC/region/7602"))
    gold = load_gold_lines([{
        "source": "a.txt",
        "entities": [{"type": "LOC", "names": ["Mamuju"]}, {"type": "LOC", "names": ["Kecamatan Mamuju|Mamuju"]}],
    }])
    scores = score_entities(gold, {"a.txt": resolved})
    assert (scores.overall.correct, scores.overall.predicted) == (2, 2)
    assert scores.split == [] and scores.merged == []  # "mamuju" may name either: it does not say which node is whose


def test_entities_are_typed_as_the_graph_types_them_by_their_node():
    from kg.evaluate.facts import score_entities
    from kg.records import ResolvedArticle

    text = "Persiba Balikpapan menang. Persiba senang."
    mentions = (Mention(0, 18, "Persiba Balikpapan", "ORG", 0), Mention(27, 34, "Persiba", "PER", 0))
    article = AnnotatedArticle(Article(source="a.txt", sha256="0" * 64, text=text), (), mentions)
    resolved = ResolvedArticle(article, ("ORG/persiba balikpapan", "ORG/persiba balikpapan"))
    gold = load_gold_lines([{"source": "a.txt", "entities": [{"type": "ORG", "names": ["Persiba Balikpapan", "Persiba"]}]}])
    scores = score_entities(gold, {"a.txt": resolved})
    assert (scores.overall.correct, scores.overall.predicted) == (2, 2)  # "Persiba" names the club's node


def test_roles_are_scored_as_the_graph_holds_them_without_a_holder_made_a_body():
    from dataclasses import replace

    from kg.evaluate.facts import _as_entity_names, predicted_facts
    from kg.resolve import resolve

    text = "Rektor Universitas Bengkulu hadir. Rektor Unib Budi Santoso membuka acara."
    mentions = (Mention(7, 27, "Universitas Bengkulu", "ORG", 0), Mention(41, 45, "Unib", "PER", 1),
                Mention(46, 58, "Budi Santoso", "PER", 1))
    roles = (Role(34, 40, "Rektor", 1, None, 1), Role(34, 45, "Rektor Unib", 2, 1, 1))
    article = AnnotatedArticle(Article(source="a.txt", sha256="0" * 64, text=text), (), mentions)
    facts = resolve([replace(article, roles=roles)])
    assert [r["person"] for r in predicted_facts(_as_entity_names(facts))["roles"]] == ["Budi Santoso"]


def test_events_are_scored_as_the_graph_holds_them_without_a_town_taking_part():
    from dataclasses import replace

    from kg.evaluate.facts import _as_entity_names, predicted_facts
    from kg.resolve import resolve

    text = "Jemaah berangkat dari Masjid Bir Ali. Budi Santoso tiba di Madinah."
    mentions = (Mention(22, 36, "Masjid Bir Ali", "LOC", 0), Mention(38, 50, "Budi Santoso", "PER", 1),
                Mention(59, 66, "Madinah", "LOC", 1))
    events = (EventMention(8, 17, "berangkat", "Departure", 0, (0,), None, None),
              EventMention(51, 55, "tiba", "Arrival", 1, (1,), 2, None))
    article = AnnotatedArticle(Article(source="a.txt", sha256="0" * 64, text=text), (), mentions)
    facts = resolve([replace(article, events=events)])
    assert [e["type"] for e in predicted_facts(_as_entity_names(facts))["events"]] == ["Arrival"]


def test_role_body_must_be_the_specific_body():
    from kg.evaluate.facts import _role_match

    gold = {"person": "Dian", "title": "Ketua", "body": "KPU Kabupaten Garut"}
    assert _role_match(gold, {"person": "Dian", "title": "Ketua KPU Kabupaten Garut", "body": None})
    assert _role_match(gold, {"person": "Dian", "title": "Ketua", "body": "KPU Kabupaten Garut"})
    assert not _role_match(gold, {"person": "Dian", "title": "Ketua KPU", "body": "KPU"})
    bracketed = {"person": "Eko", "title": "Kepala", "body": "Daerah Operasional (Daop) VI"}
    assert _role_match(bracketed, {"person": "Eko", "title": "Kepala Daerah Operasional (Daop) VI", "body": None})


def test_role_body_may_be_the_region_named_with_its_level_word():
    from kg.evaluate.facts import _role_match

    gold = {"person": "Erwin", "title": "Bupati", "body": "Seluma"}
    assert _role_match(gold, {"person": "Erwin", "title": "Bupati", "body": "Kabupaten Seluma"})
    bogor = {"person": "Rudy", "title": "Bupati", "body": "Kabupaten Bogor"}
    assert not _role_match(bogor, {"person": "Rudy", "title": "Bupati", "body": "Kota Bogor"})


def test_load_gold_rejects_bad_entities(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"source": "a.txt", "entities": [{"type": "PERSON", "names": ["A"]}]}\n', encoding="utf-8")
    with pytest.raises(DataError, match='an entity needs "type"'):
        load_gold(bad)


@pytest.mark.slow
def test_cli_eval_facts_real_news_dev():
    from pathlib import Path

    gold = Path(__file__).resolve().parents[2] / "gold" / "news" / "dev.jsonl"
    result = CliRunner().invoke(main, ["eval", "facts", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    gold_lines = [line for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert scores["entities"]["articles"] == len(gold_lines) >= 40
    assert scores["entities"]["f1"] > 0.75 and scores["roles"]["recall"] > 0.5


def test_a_speaker_or_holder_may_be_named_by_any_name_the_gold_gives_that_person():
    gold = load_gold_lines([{
        "source": "a.txt",
        "entities": [{"type": "PER", "names": ["Jokowi", "Joko Widodo"]}, {"type": "PER", "names": ["Xi Jinping"]},
                     {"type": "LOC", "names": ["Bali"]}],
        "roles": [{"person": "Jokowi", "title": "Presiden"}],  # the graph's holder: the mention "Joko Widodo"
        "quotes": [{"speaker": "Joko Widodo", "text": "Kami sepakat"}],  # the graph's speaker: "Jokowi"
    }])
    scores = score_facts(gold, {"a.txt": _annotated()})
    assert scores["roles"].f1 == 1.0 and scores["quotes"].f1 == 1.0
    other = load_gold_lines([{"source": "a.txt", "entities": [{"type": "PER", "names": ["Jokowi"]},
                                                              {"type": "PER", "names": ["Joko Widodo"]}],
                              "roles": [{"person": "Jokowi", "title": "Presiden"}]}])
    assert score_facts(other, {"a.txt": _annotated()})["roles"].f1 == 0.0  # two people in this gold


def test_a_roles_body_may_be_named_by_any_name_the_gold_gives_that_body():
    from dataclasses import replace

    held_in_bali = replace(_annotated(), roles=(Role(85, 93, "Presiden", 0, 2, 2),))  # the graph's body: "Bali"
    gold = load_gold_lines([{
        "source": "a.txt", "entities": [{"type": "LOC", "names": ["Pulau Dewata", "Bali"]}],
        "roles": [{"person": "Joko Widodo", "title": "Presiden", "body": "Pulau Dewata"}],
    }])
    assert score_facts(gold, {"a.txt": held_in_bali})["roles"].f1 == 1.0
    apart = load_gold_lines([{
        "source": "a.txt", "entities": [{"type": "LOC", "names": ["Pulau Dewata"]}, {"type": "LOC", "names": ["Bali"]}],
        "roles": [{"person": "Joko Widodo", "title": "Presiden", "body": "Pulau Dewata"}],
    }])
    assert score_facts(apart, {"a.txt": held_in_bali})["roles"].f1 == 0.0  # two places in this gold


def test_any_alternative_of_a_gold_name_and_the_name_without_its_bracket_name_the_thing():
    from dataclasses import replace

    held_in_bali = replace(_annotated(), roles=(Role(85, 93, "Presiden", 0, 2, 2),))  # the graph's body: "Bali"
    gold = load_gold_lines([{  # "Pulau Dewata" is one alternative of a name written "Dewata|Pulau Dewata"
        "source": "a.txt", "entities": [{"type": "LOC", "names": ["Dewata|Pulau Dewata", "Bali"]}],
        "roles": [{"person": "Joko Widodo", "title": "Presiden", "body": "Pulau Dewata"}],
    }])
    assert score_facts(gold, {"a.txt": held_in_bali})["roles"].f1 == 1.0
    from kg.evaluate.facts import _role_match

    court = {"person": "Budi", "title": "Ketua", "body": "Pengadilan Negeri (PN) Ambon"}
    assert _role_match(court, {"person": "Budi", "title": "Ketua", "body": "Pengadilan Negeri Ambon"})
    assert not _role_match(court, {"person": "Budi", "title": "Ketua", "body": "Pengadilan Negeri"})


def test_an_events_participant_may_be_named_by_any_name_the_gold_gives_it():
    gold = load_gold_lines([{
        "source": "a.txt", "entities": [{"type": "PER", "names": ["Jokowi", "Joko Widodo"]}],
        "events": [{"type": "Meeting", "date": "2024-03-11", "participants": ["Jokowi"], "place": None}],
    }])  # the graph's participant: the node "Joko Widodo"
    assert score_facts(gold, {"a.txt": _annotated()})["events"].found == 1


def test_a_bracketed_acronym_in_a_gold_name_is_a_name_of_that_organization():
    from kg.evaluate.facts import score_entities
    from kg.records import ResolvedArticle

    text = "Dinas Kesehatan (Dinkes) Situbondo dan Dinas Sosial Provinsi Sumatera Barat (Sumbar) hadir."
    mentions = (Mention(0, 15, "Dinas Kesehatan", "ORG", 0), Mention(17, 23, "Dinkes", "ORG", 0),
                Mention(76, 82, "Sumbar", "ORG", 0))
    article = AnnotatedArticle(Article(source="a.txt", sha256="0" * 64, text=text), (), mentions)
    resolved = ResolvedArticle(article, ("ORG/dinas kesehatan", "ORG/dinas kesehatan", "ORG/sumbar"))
    gold = load_gold_lines([{"source": "a.txt", "entities": [
        {"type": "ORG", "names": ["Dinas Kesehatan (Dinkes) Situbondo|Dinas Kesehatan"]},
        {"type": "ORG", "names": ["Dinas Sosial Provinsi Sumatera Barat (Sumbar)|Dinas Sosial"]},
    ]}])
    scores = score_entities(gold, {"a.txt": resolved})
    assert (scores.overall.correct, scores.overall.predicted) == (2, 3)  # "Sumbar" shortens the place, not the body


def test_only_the_categories_an_article_was_annotated_for_are_scored():
    entities_only = load_gold_lines([{"source": "a.txt", "annotated": ["entities"],
                                      "entities": [{"type": "PER", "names": ["Joko Widodo", "Jokowi"]}]}])
    scores = score_facts(entities_only, {"a.txt": _annotated()})
    assert all((s.predicted, s.gold) == (0, 0) for s in scores.values())  # its roles and quotes are not wrong
    every = load_gold_lines([{"source": "a.txt", "annotated": ["entities", "roles", "quotes", "events"]}])
    scores = score_facts(every, {"a.txt": _annotated()})
    assert (scores["quotes"].correct, scores["quotes"].predicted) == (0, 1)  # no quote in this gold
    with pytest.raises(DataError, match='"annotated" must be a list'):
        load_gold_lines([{"source": "a.txt", "annotated": "entities"}])


def test_a_quote_the_graph_gives_no_speaker_is_neither_right_nor_wrong():
    from dataclasses import replace

    unnamed = replace(_annotated(), quotes=(Quote(60, 71, "Kami sepakat", None, 1, "kata"),))
    gold = load_gold_lines([{"source": "a.txt", "quotes": []}])  # "kata seorang warga": gold names no one
    quotes = score_facts(gold, {"a.txt": unnamed})["quotes"]
    assert (quotes.correct, quotes.predicted, quotes.unattributed) == (0, 0, 1)
    named = load_gold_lines([{"source": "a.txt", "quotes": [{"speaker": "Jokowi", "text": "Kami sepakat"}]}])
    quotes = score_facts(named, {"a.txt": unnamed})["quotes"]
    assert (quotes.found, quotes.gold) == (0, 1)  # left unattributed, a named speaker's quote is missed


def test_eval_facts_reads_articles_with_the_gold_address_or_as_plain_text(tmp_path, blank_nlp):
    from kg.evaluate.facts import evaluate_facts

    (tmp_path / "a.txt").write_text(
        "Banjir Rendam Desa\nHujan deras mengguyur desa itu, kata warga kepada Kabarsenja.\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"source": "a.txt", "url": "https://kabarsenja.com/banjir/1",
                                "entities": [{"type": "ORG", "names": ["Kabarsenja"]}]}) + "\n", encoding="utf-8")
    with_address = evaluate_facts(gold, nlp=blank_nlp).entities.overall
    plain = evaluate_facts(gold, nlp=blank_nlp, with_addresses=False).entities.overall
    assert (with_address.found, plain.found) == (1, 0)  # the address names the outlet; the text alone does not
