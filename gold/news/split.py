"""Merge the annotators' parts into dev.jsonl, test.jsonl and train.jsonl (run from this folder: python split.py).

The split is fixed by the file names, not chosen by looking at results: within each part of
`parts/` (one annotator, two or three topics), the three articles whose name has the smallest
SHA-1 go to test, the rest to dev. Every article of `train_parts/` (from outlets
the test split does not use) goes to train, the NER's real-news training data.
"""

import hashlib
import json
from pathlib import Path

TEST_PER_PART = 3

here = Path(__file__).resolve().parent
dev, test = [], []
for part in sorted((here / "parts").glob("*.jsonl")):
    items = [json.loads(line) for line in part.read_text(encoding="utf-8").splitlines() if line.strip()]
    ranked = sorted(items, key=lambda item: hashlib.sha1(item["source"].encode()).hexdigest())
    test_sources = {item["source"] for item in ranked[:TEST_PER_PART]}
    for item in items:
        (test if item["source"] in test_sources else dev).append(item)
train = [
    json.loads(line)
    for part in sorted((here / "train_parts").glob("*.jsonl"))
    for line in part.read_text(encoding="utf-8").splitlines()
    if line.strip()
]
for name, items in (("dev.jsonl", dev), ("test.jsonl", test), ("train.jsonl", train)):
    lines = [json.dumps(item, ensure_ascii=False) for item in sorted(items, key=lambda i: i["source"])]
    (here / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(items)} articles")
