"""kg report without a browser: what the page's data holds, escaping, the CLI."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.output import write_graph
from kg.records import (
    DAY, LOC, MONTH, ORG, PER, AnnotatedArticle, Article, Entity, Event, EventMention, EventReport,
    Facts, Mention, Quote, ResolvedArticle, Role, Sentence,
)
from kg.report import collect_report, render_page, report_from_dataset
from kg.report.page import json_for_script
from kg.report.sources import select_from_dataset, select_from_files

TEXT_A = "Presiden Adi Santoso bertemu Budi Halim di Jakarta. \u201cKami siap,\u201d kata Adi Santoso."
TEXT_B = "Budi Halim tiba di Jakarta bersama Bank Nusantara."


def _mention(text: str, name: str, label: str, sentence: int, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), name, label, sentence)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def small_facts() -> Facts:
    """Two articles, three people/places/orgs, one event both report, one role, one quote."""
    adi = Entity("PER/adi santoso", PER, "Adi Santoso", ("Adi",))
    budi = Entity("PER/budi halim", PER, "Budi Halim")
    jakarta = Entity("LOC/jakarta", LOC, "Jakarta")
    bank = Entity("ORG/bank nusantara", ORG, "Bank Nusantara")
    s1_end = TEXT_A.index(".") + 1
    a_sentences = (Sentence(0, s1_end, TEXT_A[:s1_end]), Sentence(s1_end + 1, len(TEXT_A), TEXT_A[s1_end + 1:]))
    a_mentions = (
        _mention(TEXT_A, "Adi Santoso", PER, 0), _mention(TEXT_A, "Budi Halim", PER, 0),
        _mention(TEXT_A, "Jakarta", LOC, 0), _mention(TEXT_A, "Adi Santoso", PER, 1, nth=1),
    )
    quote_start = TEXT_A.index("Kami")
    a_quotes = (Quote(quote_start, quote_start + 9, "Kami siap", 3, 1, "kata"),)
    a_roles = (Role(0, 8, "Presiden", 0, None, 0),)
    trigger = TEXT_A.index("bertemu")
    a_events = (EventMention(trigger, trigger + 7, "bertemu", "Meeting", 0, (0, 1), 2),)
    article_a = Article("a.txt", _sha(TEXT_A), TEXT_A, title="Adi bertemu Budi", publisher="Kabar",
                        authors=("Rina",), published="2023-09-13")
    b_mentions = (_mention(TEXT_B, "Budi Halim", PER, 0), _mention(TEXT_B, "Jakarta", LOC, 0),
                  _mention(TEXT_B, "Bank Nusantara", ORG, 0))
    trigger_b = TEXT_B.index("tiba")
    b_events = (EventMention(trigger_b, trigger_b + 4, "tiba", "Arrival", 0, (0,), 1),)
    article_b = Article("b.txt", _sha(TEXT_B), TEXT_B, title="Budi tiba", published="2023-09-14")
    meeting = Event("Meeting|2023-09-13|adi|budi", "Meeting", "2023-09-13", DAY,
                    (adi.key, budi.key), jakarta.key,
                    (EventReport(article_a.sha256, 0),))
    arrival = Event("Arrival|2023-09|budi", "Arrival", "2023-09", MONTH, (budi.key,), jakarta.key,
                    (EventReport(article_b.sha256, 0),))
    return Facts(
        articles=(
            ResolvedArticle(AnnotatedArticle(article_a, a_sentences, a_mentions, (), a_quotes, a_roles, a_events),
                            (adi.key, budi.key, jakarta.key, adi.key)),
            ResolvedArticle(AnnotatedArticle(article_b, (Sentence(0, len(TEXT_B), TEXT_B),), b_mentions, (), (), (),
                                             b_events),
                            (budi.key, jakarta.key, bank.key)),
        ),
        entities=(adi, budi, jakarta, bank),
        events=(meeting, arrival),
        build={"kg_version": "0.1.0", "model": "id_test-0+abc", "generated_at": "2023-09-15T10:00:00+00:00"},
    )


@pytest.fixture(scope="module")
def dataset():
    from kg.rdf.mapping import facts_to_dataset

    return facts_to_dataset(small_facts())


@pytest.fixture(scope="module")
def data(dataset):
    return collect_report(select_from_dataset(dataset), top=10, source="test", generated="2023-09-16T00:00:00Z")


def _entity(data: dict, name: str) -> tuple[int, dict]:
    return next((i, e) for i, e in enumerate(data["entities"]) if e["n"] == name)


def test_collect_report_counts_everything_in_the_graph(data):
    counts = data["meta"]["counts"]
    # The publisher "Kabar" is an organization of the graph too.
    assert counts == {"articles": 2, "people": 2, "places": 1, "organizations": 2, "events": 2, "quotes": 1}
    assert data["meta"]["builds"] == [{"kg": "0.1.0", "model": "id_test-0+abc", "at": "2023-09-15T10:00:00Z"}]


def test_collect_report_ranks_entities_by_articles_then_mentions(data):
    names = [e["n"] for e in data["entities"]]
    assert names[:3] == ["Budi Halim", "Jakarta", "Adi Santoso"]
    _, adi = _entity(data, "Adi Santoso")
    assert (adi["na"], adi["nm"], adi["a"], adi["r"], adi["t"]) == (1, 2, ["Adi"], ["Presiden"], "PER")


def test_collect_report_mentions_point_into_text_and_sentences(data):
    for article in data["articles"]:
        for begin, end, entity, sentence in article["m"]:
            name = data["entities"][entity]
            assert article["tx"][begin:end] in [name["n"], *name["a"]]
            s_begin, s_end = article["s"][sentence]
            assert s_begin <= begin < end <= s_end


def test_collect_report_events_have_date_precision_participants_place_and_reports(data):
    events = data["events"]
    assert [(e["t"], e["d"], e["p"]) for e in events] == [("Arrival", "2023-09", "month"),
                                                          ("Meeting", "2023-09-13", "day")]
    meeting = events[1]
    assert sorted(data["entities"][i]["n"] for i in meeting["pa"]) == ["Adi Santoso", "Budi Halim"]
    assert data["entities"][meeting["pl"]]["n"] == "Jakarta"
    assert [data["articles"][i]["src"] for i in meeting["ar"]] == ["a.txt"]


def test_collect_report_quotes_keep_speaker_and_cue(data):
    article = next(a for a in data["articles"] if a["src"] == "a.txt")
    index, _ = _entity(data, "Adi Santoso")
    assert article["q"] == [{"x": "Kami siap", "sp": index, "cue": "kata", "dir": True}]
    assert (article["ti"], article["pub"], article["au"]) == ("Adi bertemu Budi", "Kabar", ["Rina"])


def test_collect_report_links_entities_in_one_event_or_sentence(data):
    names = {i: e["n"] for i, e in enumerate(data["entities"])}
    links = {frozenset((names[a], names[b])): (w, same_event) for a, b, w, same_event in data["edges"]}
    assert links[frozenset(("Adi Santoso", "Budi Halim"))] == (2, 1)  # one event, one sentence
    assert links[frozenset(("Bank Nusantara", "Budi Halim"))] == (1, 0)  # one sentence only
    assert frozenset(("Adi Santoso", "Bank Nusantara")) not in links


def test_collect_report_reads_the_same_from_a_turtle_file(tmp_path, dataset, data):
    path = tmp_path / "graph.ttl"
    write_graph(dataset, str(path))
    again = collect_report(select_from_files([path]), top=10, source="test", generated="2023-09-16T00:00:00Z")
    assert again == data


def test_json_for_script_cannot_close_the_script_block():
    text = json_for_script({"x": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"x": "</script><!-- & \u2028"}


def test_render_page_is_self_contained(data):
    page = render_page(data)
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)=", page)
    assert "vis-network" in page and "Content-Security-Policy" in page
    # The only URLs are data values (IRIs) and comments, never fetched resources.
    assert "@import" not in page and "url(http" not in page


def test_report_from_dataset_escapes_markup_in_names(tmp_path):
    from kg.rdf.mapping import facts_to_dataset

    page = report_from_dataset(facts_to_dataset(tricky_facts())).decode("utf-8")
    head, _, rest = page.partition('id="kg-data">')
    data_block, _, tail = rest.partition("</script>")
    assert "<script>alert" not in page and "<img" not in page
    assert "\\u003cscript\\u003e" in data_block
    assert json.loads(data_block)["entities"]


TRICKY_PERSON = "<script>window.__pwned=1</script> O'Brien & \"Sons\" \U0001F600"
TRICKY_ORG = "<img src=x onerror=\"window.__pwned=2\"> Bank & Co"
TRICKY_QUOTE = "</script><script>window.__pwned=3</script> \u201cya\u201d & 'tidak' \U0001F44D"


def tricky_facts() -> Facts:
    """One article whose names and quote hold markup, ampersands, quotes and emoji."""
    text = f"{TRICKY_PERSON} bertemu {TRICKY_ORG}. \u201c{TRICKY_QUOTE}\u201d kata {TRICKY_PERSON}."
    person = Entity("PER/tricky", PER, TRICKY_PERSON, ("O'Brien & <b>bold</b>",))
    org = Entity("ORG/tricky", ORG, TRICKY_ORG)
    first = _mention(text, TRICKY_PERSON, PER, 0)
    org_mention = _mention(text, TRICKY_ORG, ORG, 0)
    second = _mention(text, TRICKY_PERSON, PER, 0, nth=1)
    quote_start = text.index(TRICKY_QUOTE)
    article = Article("<script>x</script>.txt", _sha(text), text, title=f"Judul {TRICKY_PERSON}",
                      publisher="Kabar <i>&amp;</i>", authors=("A & B",), published="2023-09-13")
    annotated = AnnotatedArticle(
        article, (Sentence(0, len(text), text),), (first, org_mention, second), (),
        (Quote(quote_start, quote_start + len(TRICKY_QUOTE), TRICKY_QUOTE, 2, 0, "kata"),),
        (Role(0, 0, "<u>Ketua</u> & co", 0, 1, 0),),
        (EventMention(text.index("bertemu"), text.index("bertemu") + 7, "bertemu", "Meeting", 0, (0, 1)),),
    )
    event = Event("Meeting|tricky", "Meeting", "2023-09-13", DAY, (org.key, person.key), None,
                  (EventReport(article.sha256, 0),))
    return Facts((ResolvedArticle(annotated, (person.key, org.key, person.key)),), (person, org), (event,),
                 {"kg_version": "<b>1</b>", "model": "m & <i>", "generated_at": "2023-09-15T10:00:00+00:00"})


@pytest.fixture()
def graph_file(tmp_path, dataset) -> Path:
    path = tmp_path / "graph.trig"
    write_graph(dataset, str(path))
    return path


def test_cli_report_writes_page(tmp_path, graph_file):
    out = tmp_path / "out" / "report.html"
    result = CliRunner().invoke(main, ["report", str(graph_file), "-o", str(out), "--top", "5"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '"top":5' in page


def test_cli_report_from_store_matches_files(tmp_path, graph_file):
    from kg.report.sources import select_from_store
    from kg.store import load_files

    load_files([graph_file], store=tmp_path / "store")
    from_store = collect_report(select_from_store(tmp_path / "store"), generated="x", source="s")
    from_files = collect_report(select_from_files([graph_file]), generated="x", source="s")
    assert from_store == from_files
    out = tmp_path / "store.html"
    result = CliRunner().invoke(main, ["report", "--store", str(tmp_path / "store"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "Error: Give GRAPH files to report on, or --store DIR"),
        (["g.ttl", "--store", "s"], "Error: Give either GRAPH files or --store DIR, not both"),
        (["g.ttl", "--top", "0"], "Error: Invalid value for '--top'"),
    ],
)
def test_cli_report_rejects_bad_arguments(tmp_path, args, message):
    result = CliRunner().invoke(main, ["report", *args, "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    assert message in result.output
    assert not (tmp_path / "r.html").exists()


def test_cli_report_names_an_unreadable_graph(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    result = CliRunner().invoke(main, ["report", str(bad), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    assert result.output.startswith("Error: ") and "bad.ttl" in result.output
    assert not (tmp_path / "r.html").exists()


def test_collect_report_offsets_count_utf16_units_like_javascript():
    from kg.rdf.mapping import facts_to_dataset

    data = collect_report(select_from_dataset(facts_to_dataset(tricky_facts())))
    article = data["articles"][0]
    units = article["tx"].encode("utf-16-le")
    shown = [units[2 * b:2 * e].decode("utf-16-le") for b, e, _, _ in article["m"]]
    assert shown == [TRICKY_PERSON, TRICKY_ORG, TRICKY_PERSON]


def test_collect_report_of_an_empty_graph_is_empty(tmp_path):
    path = tmp_path / "empty.ttl"
    path.write_text("", encoding="utf-8")
    data = collect_report(select_from_files([path]))
    assert data["meta"]["counts"] == dict.fromkeys(
        ("articles", "people", "places", "organizations", "events", "quotes"), 0)
    assert (data["entities"], data["articles"], data["events"], data["edges"]) == ([], [], [], [])
