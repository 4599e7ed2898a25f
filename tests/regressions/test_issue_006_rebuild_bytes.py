"""Issue 6: TriG and JSON-LD output changed from run to run (graphs in hash order).

The same facts must give the same bytes in every format, whatever PYTHONHASHSEED is.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kg.output import FORMATS

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import hashlib, sys
sys.path.insert(0, "tests")
from rdf.sample import sample_facts
from kg.output import FORMATS, serialize
from kg.rdf.mapping import facts_to_dataset
for fmt in sorted(FORMATS):
    print(fmt, hashlib.sha256(serialize(facts_to_dataset(sample_facts()), fmt)).hexdigest())
"""


def _digests(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_serialize_every_format_is_byte_identical_across_hash_seeds() -> None:
    first, second = _digests("1"), _digests("2")
    assert len(first.splitlines()) == len(FORMATS)
    assert first == second
