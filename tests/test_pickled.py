"""Derived data kept on disk (``kg.pickled``): the same value read back, rebuilt when it is missing or broken."""

from __future__ import annotations


def test_a_value_is_built_once_and_read_back(tmp_path, monkeypatch):
    from kg.pickled import cached

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    builds = []

    def build():
        builds.append(1)
        return {"b": [(1, 2)], "a": [(3, 4)]}

    assert cached("x-1", build) == {"b": [(1, 2)], "a": [(3, 4)]}
    again = cached("x-1", build)
    assert again == {"b": [(1, 2)], "a": [(3, 4)]} and list(again) == ["b", "a"]
    assert len(builds) == 1
    (tmp_path / "kg" / "x-1.pickle").write_bytes(b"not a pickle")
    assert cached("x-1", build) == {"b": [(1, 2)], "a": [(3, 4)]}
    assert len(builds) == 2


def test_the_city_index_read_back_is_the_one_built(tmp_path, monkeypatch):
    from kg import link

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    link._city_index.cache_clear()
    try:
        first = link._city_index()
        link._city_index.cache_clear()
        assert link._city_index() == first == link._build_city_index()
        assert list(tmp_path.joinpath("kg").glob("cities-*.pickle"))
    finally:
        link._city_index.cache_clear()
