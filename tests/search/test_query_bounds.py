"""A query is bounded, and only damage to the index ever throws it away."""

from __future__ import annotations

import time

import pytest

from reader.app import Services
from reader.search.query import MAX_CLAUSES, MAX_QUERY_CHARS, parse_query

HANG_S = 5  # a bound, not a benchmark: past this the window would seem frozen


def _index_files(services: Services) -> dict[str, int]:
    folder = services.location.index_dir
    return {p.name: p.stat().st_ino for p in folder.iterdir()}


@pytest.mark.parametrize(
    "query",
    [
        " ".join(["搜索"] * 1000),  # a thousand repeats of one word
        " ".join(f"the{n % 7} of and 的 是 在 了 和" for n in range(60)),  # common words
        "碳中和蚂蚁森林联想集团数据中心" * 2400,  # 33,600 CJK characters in one run
        "-" + " -".join(["的"] * 400),  # exclusions only
    ],
    ids=["repeated", "common", "cjk-run", "exclusions"],
)
def test_pasted_queries_are_bounded_and_keep_the_index(indexed: Services, query: str) -> None:
    before = _index_files(indexed)
    started = time.perf_counter()
    results = indexed.search.search(query)
    assert time.perf_counter() - started < HANG_S
    assert results.notice is not None and "only the first" in results.notice
    assert indexed.search.wait_idle(30)
    assert indexed.search.status.state == "ready"
    assert _index_files(indexed) == before  # the same files: nothing deleted and rebuilt


def test_repeats_collapse_and_the_rest_is_cut_with_a_notice() -> None:
    parsed = parse_query(" ".join(["碳中和"] * 1000))
    assert [t.text for t in parsed.positive_terms()] == ["碳中和"]
    words = " ".join(f"w{n}" for n in range(40))
    parsed = parse_query(words)
    assert len(parsed.groups) == MAX_CLAUSES and parsed.notice
    assert len(parse_query("x" * 5000).positive_terms()[0].text) == MAX_QUERY_CHARS


def test_a_bug_in_the_query_path_scans_and_keeps_the_index(
    indexed: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fault injected into ranking (a bug, not damage): the answer comes from scanning."""
    expected = {h.article_id for h in indexed.search.search("碳中和", limit=100).hits}
    before = _index_files(indexed)

    def broken(*_args: object, **_kwargs: object) -> list[object]:
        raise KeyError("a bug in the query code")

    monkeypatch.setattr(indexed.search._engine, "_ranked", broken)
    results = indexed.search.search("碳中和", limit=100)
    assert {h.article_id for h in results.hits} == expected
    assert indexed.search.wait_idle(30) and indexed.search.status.state == "ready"
    assert _index_files(indexed) == before
