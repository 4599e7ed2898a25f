"""The casing table's builder: corpora counts, and a pool of unannotated news for the forms they lack."""

from __future__ import annotations

import json

from kg.train.casing import main


def _corpora(root):
    """Tiny stand-ins for the shared corpora: "rapat" and "Budi" seen often enough, "kloter" never."""
    (root / "ner" / "nergrit").mkdir(parents=True)
    (root / "ner" / "idner-news-2k").mkdir(parents=True)
    (root / "pos" / "bapos").mkdir(parents=True)
    sentence = "Warga\tO\nmenggelar\tO\nrapat\tO\nbersama\tO\nBudi\tB-PERSON\n.\tO\n\n"
    (root / "ner" / "nergrit" / "train_preprocess.txt").write_text(sentence * 2, encoding="utf-8")
    (root / "ner" / "idner-news-2k" / "train.txt").write_text("Rapat O O\nusai O O\n\n", encoding="utf-8")
    pos = "Warga\tB-NN\nikut\tB-VB\nrapat\tB-NN\n\n"
    for name in ("train_preprocess.txt", "valid_preprocess.txt"):
        (root / "pos" / "bapos" / name).write_text(pos, encoding="utf-8")


def _rows(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "word\tlower\tupper\tname\tnoun\tnews"
    return {word: tuple(int(n) for n in counts) for word, *counts in (line.split("\t") for line in lines[1:])}


def test_news_pool_adds_only_the_words_the_corpora_and_the_dictionary_lack(tmp_path):
    _corpora(tmp_path / "data")
    pool = tmp_path / "pool.jsonl"
    texts = [
        "Jemaah Haji Kloter Tujuh Tiba Di Embarkasi Batam\n"  # a headline: says nothing about casing
        "Sebanyak 300 jemaah kloter pertama tiba. Petugas menyambut jemaah kloter kedua di Kukar.",
        "Bupati Kukar meninjau kloter ketiga bersama dua paslon. Warga Kukar ikut rapat dan rapat lagi. "
        "Debat antar Paslon digelar KPU, lalu paslon berkampanye.",
    ]
    pool.write_text("".join(json.dumps({"url": f"u{i}", "text": t}) + "\n" for i, t in enumerate(texts)),
                    encoding="utf-8")
    plain, with_news = tmp_path / "plain.tsv", tmp_path / "news.tsv"
    main(["--data", str(tmp_path / "data"), "--output", str(plain)])
    main(["--data", str(tmp_path / "data"), "--news", str(pool), "--output", str(with_news)])
    before, after = _rows(plain), _rows(with_news)
    assert "kloter" not in before
    # three lower-case sightings inside sentences (the headline's is not one), each possibly a noun's
    assert after["kloter"] == (3, 0, 0, 3, 1)  # the last column: added by the pool
    assert after["paslon"] == (2, 1, 0, 2, 1)  # capitalised once inside a sentence: counted so
    assert "kukar" not in after  # never written in lower case: the pool does not say it is a name either
    assert after["rapat"] == before["rapat"] and after["budi"] == before["budi"]  # the corpora's counts stand
    # "jemaah" (twice in lower case) is a dictionary word, which the rules judge without counts; words seen once
    # in lower case ("kedua", "pertama") are left out
    assert set(after) - set(before) == {"kloter", "paslon"}
