"""The streaming benchmark says which code it measured (a worktree's "before" is easy to get wrong)."""

from pathlib import Path

from kg.bench.streaming import code_folder, print_table


def test_the_table_names_the_code_folder_the_build_ran(capsys):
    build = {"code": code_folder(), "articles": 4, "seconds": 2.0, "stages": {"nlp": 1.0}, "triples": 10,
             "peak_rss_mb": 100.0, "worker_peak_rss_mb": 90.0}
    print_table([{"size": 4, "words": 2000, "ner": {"articles": 4, "seconds": 1.0}, "build": build, "load": 1.0}], 2)
    header = capsys.readouterr().out.splitlines()[0]
    assert f"code measured: {Path(__file__).resolve().parents[1]}" in header
