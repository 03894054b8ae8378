"""Search across Traditional and Simplified Chinese.

A run written in either finds the article written in the other, and hits land on the characters as
written.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import opencc
import pytest

from reader.app import Services
from reader.core.records import SearchDocument
from reader.core.variants import fold
from tests.conftest import CORPUS, corpus_copy
from tests.search.conftest import sample_runs

# Real posts, rewritten as a Taiwanese writer would (OpenCC's s2tw: its characters, not its words).
TRADITIONAL_SOURCES = ("cnbeta-001.md", "36kr-001.md", "cnbeta-003.md")


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory, corpus_library: Path) -> Iterator[Services]:
    """The corpus (a copy of the session's) and the Traditional rewrites, indexed."""
    posts = tmp_path_factory.mktemp("posts")
    to_traditional = opencc.OpenCC("s2tw")
    for name in TRADITIONAL_SOURCES:
        text = (CORPUS / name).read_text(encoding="utf-8")
        (posts / f"tw-{name}").write_text(to_traditional.convert(text), encoding="utf-8")
    services = corpus_copy(corpus_library, tmp_path_factory.mktemp("lib") / "library")
    report = services.importer.import_paths([posts])
    assert report.summary()["imported"] == len(TRADITIONAL_SOURCES), report.summary()
    assert services.search.wait_idle(120)
    yield services
    services.close()


@pytest.fixture(scope="module")
def documents(library: Services) -> dict[int, SearchDocument]:
    return library.search.documents([a.id for a in library.library.list_articles()])


def _traditional_ids(library: Services) -> set[int]:
    articles = (library.library.get(a.id) for a in library.library.list_articles())
    return {a.id for a in articles if Path(a.source_path).name.startswith("tw-")}


def _finds_and_marks(library: Services, doc: SearchDocument, query: str, written: str) -> bool:
    hits = {h.article_id: h for h in library.search.search(query, limit=500).hits}
    hit = hits.get(doc.id)
    return hit is not None and any(doc.text[a:b] == written for a, b in hit.hits)


@pytest.mark.parametrize(
    ("written_in", "query_in"),
    [("simplified", "s2tw"), ("traditional", "tw2s")],
    ids=["traditional-query-simplified-article", "simplified-query-traditional-article"],
)
def test_runs_written_in_one_script_find_the_article_in_the_other(
    library: Services, documents: dict[int, SearchDocument], written_in: str, query_in: str
) -> None:
    traditional = _traditional_ids(library)
    assert len(traditional) == len(TRADITIONAL_SOURCES)
    articles = [
        d for d in documents.values() if (d.id in traditional) == (written_in == "traditional")
    ]
    convert = opencc.OpenCC(query_in)
    missed = [
        (run, convert.convert(run))
        for article_id, run in sample_runs(articles, 100, seed=len(written_in))
        if not _finds_and_marks(library, documents[article_id], convert.convert(run), run)
    ]
    assert missed == []


def test_folding_keeps_every_offset(documents: dict[int, SearchDocument]) -> None:
    for doc in documents.values():
        folded = fold(doc.text)
        assert len(folded) == len(doc.text)
        assert fold(folded) == folded
