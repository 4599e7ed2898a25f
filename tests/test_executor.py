"""Where the NLP runs must not change what is built: one process, many, a Dask cluster, a cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.output import serialize
from kg.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))[:3]

pytestmark = pytest.mark.slow  # every test here runs the trained model


@pytest.fixture(scope="module")
def serial_bytes() -> bytes:
    return serialize(build(SEEDS, timestamp=False, validate=False).dataset, "nquads")


def test_build_in_two_processes_equals_one(serial_bytes):
    result = build(SEEDS, timestamp=False, validate=False, jobs=2)
    assert serialize(result.dataset, "nquads") == serial_bytes


def test_build_on_a_dask_local_cluster_equals_one_process(serial_bytes):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None, host="127.0.0.1") as cluster:
        result = build(SEEDS, timestamp=False, validate=False, scheduler=cluster.scheduler_address)
    assert serialize(result.dataset, "nquads") == serial_bytes


@pytest.fixture(scope="module")
def streamed_serial(tmp_path_factory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("streamed")
    found = {}
    for suffix in ("trig", "ttl"):
        result = build(SEEDS, timestamp=False, jobs=1, output=str(folder / f"graph.{suffix}"))
        assert result.dataset is None and result.written
        found[suffix] = (folder / f"graph.{suffix}").read_bytes()
    return found


@pytest.mark.parametrize("suffix, fmt", [("trig", "trig"), ("ttl", "turtle")])
def test_streamed_build_equals_the_in_memory_build(streamed_serial, suffix, fmt):
    assert streamed_serial[suffix] == serialize(build(SEEDS, timestamp=False).dataset, fmt)


@pytest.mark.parametrize("suffix", ["trig", "ttl"])
def test_streamed_build_in_two_processes_is_byte_identical(tmp_path, streamed_serial, suffix):
    build(SEEDS, timestamp=False, jobs=2, output=str(tmp_path / f"graph.{suffix}"))
    assert (tmp_path / f"graph.{suffix}").read_bytes() == streamed_serial[suffix]


def test_streamed_build_on_a_dask_local_cluster_is_byte_identical(tmp_path, streamed_serial):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None, host="127.0.0.1") as cluster:
        build(SEEDS, timestamp=False, scheduler=cluster.scheduler_address, output=str(tmp_path / "graph.trig"))
    assert (tmp_path / "graph.trig").read_bytes() == streamed_serial["trig"]


def test_build_unreachable_dask_scheduler_is_a_clear_error():
    pytest.importorskip("distributed")
    from kg.errors import KgError

    with pytest.raises(KgError, match="Dask scheduler at tcp://127.0.0.1:9"):
        build(SEEDS[:1], timestamp=False, validate=False, scheduler="tcp://127.0.0.1:9")


def test_build_cache_redoes_only_the_changed_article(tmp_path, serial_bytes, monkeypatch):
    from kg.cache import AnnotationCache

    folder = tmp_path / "in"
    folder.mkdir()
    for seed in SEEDS:
        (folder / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    first = build([folder], timestamp=False, validate=False, cache=tmp_path / "cache")
    assert serialize(first.dataset, "nquads") == serial_bytes

    changed = folder / SEEDS[0].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nKim Jong Un tiba di Moskow.\n", encoding="utf-8")
    hits = []
    original_get = AnnotationCache.get

    def counting_get(self, article):
        found = original_get(self, article)
        hits.append(found is not None)
        return found

    monkeypatch.setattr(AnnotationCache, "get", counting_get)
    build([folder], timestamp=False, validate=False, cache=tmp_path / "cache")
    assert sorted(hits) == [False, True, True]
