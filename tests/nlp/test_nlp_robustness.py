"""Any text annotates without error and every record's offsets point into it."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.nlp import annotate
from kg.records import Article

WORDS = [
    "Joko Widodo", "Jakarta", "ASEAN", "bertemu", "tiba", "di", "ke", "dari", "kata", "ujar", "mengatakan",
    "bahwa", "Presiden", "Menteri", "juru", "bicara", "Rabu", "(13/9)", "(1/2/2024)", "Mei", "2019", "tahun",
    "kemarin", "Minggu", "sore", "“", "”", '"', ",", ".", "\n", "(", ")", "Menurut", "keduanya", "sanksi",
    "menembakkan", "rudal", "dan", "Budi", "-", "…", "dll.", "Dr.", "2.5", "  ",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.sampled_from([None, "2024-03-14", "bukan tanggal"]))
def test_annotate_any_text(blank_nlp, words, published):
    text = " ".join(words)
    article = Article(source="x.txt", sha256="0" * 64, text=text, published=published)
    (annotated,) = annotate([article], blank_nlp)
    for record in (*annotated.sentences, *annotated.mentions, *annotated.times, *annotated.quotes, *annotated.roles):
        assert text[record.start : record.end] == getattr(record, "text", None) or record.__class__.__name__ == "Role"
    n = len(annotated.mentions)
    for quote in annotated.quotes:
        assert quote.speaker is None or 0 <= quote.speaker < n
    for role in annotated.roles:
        assert 0 <= role.person < n and annotated.mentions[role.person].label == "PER"
        assert text[role.start : role.end] == role.title
    for event in annotated.events:
        assert all(0 <= p < n for p in event.participants)
        assert event.time is None or 0 <= event.time < len(annotated.times)
        assert text[event.start : event.end] == event.trigger
    for time in annotated.times:
        assert time.precision in ("day", "month", "year")
