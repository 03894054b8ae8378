"""Whoosh's private names, used in one module, checked at start-up.

On the tested release they are all there; on a Whoosh without one of them, Reader says why and
searches through Whoosh's public API, finding and ranking the same articles.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from whoosh import versionstring
from whoosh.codec.whoosh3 import W3PerDocReader
from whoosh.writing import SegmentWriter

from reader.app import Services
from reader.search.whooshinternals import TESTED_WITH, internals_missing
from tests.search.conftest import library_copy

QUERIES = (
    "漏洞 linux",
    "腾讯 数据库",
    "区块链",
    "google",
    "title:苹果",
    '"人工智能"',
    "芯片 -手机",
)


def test_the_tested_release_is_installed_and_its_internals_are_all_there() -> None:
    assert versionstring() == TESTED_WITH
    assert internals_missing() is None


@pytest.fixture
def whoosh_without(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """Yields a monkeypatch to take Whoosh internals away with; puts them back after."""
    internals_missing.cache_clear()
    yield monkeypatch
    monkeypatch.undo()
    internals_missing.cache_clear()
    assert internals_missing() is None


@pytest.mark.parametrize(
    ("owner", "name"),
    [
        (SegmentWriter, "_finalize_segment"),
        (SegmentWriter, "_commit_toc"),
        (SegmentWriter, "_close_segment"),
        (W3PerDocReader, "_cached_reader"),
    ],
)
def test_a_missing_internal_is_found_and_logged(
    whoosh_without: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, owner: type, name: str
) -> None:
    whoosh_without.delattr(owner, name)
    with caplog.at_level(logging.WARNING):
        reason = internals_missing()
    assert reason is not None and name in reason
    assert "public API" in caplog.text and name in caplog.text


def test_without_the_internals_search_finds_and_ranks_the_same(
    whoosh_without: pytest.MonkeyPatch, indexed: Services, tmp_path: Path
) -> None:
    # A Whoosh whose segment writer no longer takes `_lk` (only Reader's bulk builders pass
    # it; Whoosh's own writer keeps working).
    original = SegmentWriter.__init__

    def without_lk(self: SegmentWriter, *args: object, **kwargs: object) -> None:
        if "_lk" in kwargs:
            raise TypeError("SegmentWriter() got an unexpected keyword argument '_lk'")
        original(self, *args, **kwargs)

    whoosh_without.setattr(SegmentWriter, "__init__", without_lk)
    assert "_lk" in (internals_missing() or "")
    whoosh_without.setattr("reader.services.search.BULK_MIN", 10)  # a first build, not a write
    public = library_copy(tmp_path)
    try:
        public.search.start()
        assert public.search.wait_idle(120)
        titles = {a.id: a.title for a in indexed.library.list_articles()}
        public_titles = {a.id: a.title for a in public.library.list_articles()}
        for text in QUERIES:
            fast = indexed.search.search(text, limit=50)
            slow = public.search.search(text, limit=50)
            assert fast.hits, text
            assert [titles[h.article_id] for h in fast.hits] == [
                public_titles[h.article_id] for h in slow.hits
            ], text
            assert [h.score for h in slow.hits] == pytest.approx([h.score for h in fast.hits])
            assert not slow.partial
    finally:
        public.close()
