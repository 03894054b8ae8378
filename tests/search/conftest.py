"""A library of the real corpus with its search index built, shared by the search tests."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from reader.app import Services, open_services
from reader.core.records import SearchDocument
from reader.core.scripts import CJK
from reader.services.location import LibraryLocation
from tests.conftest import CORPUS, corpus_copy

_RUN = re.compile(rf"[{CJK}]{{2,}}")


def sample_runs(docs: Iterable[SearchDocument], n: int, seed: int) -> list[tuple[int, str]]:
    """`n` random runs of 2 to 8 CJK characters from the texts, with their articles.

    `n` runs of 2 to 8 CJK characters taken at random from the documents' texts, with the
    article each came from.
    """
    rng = random.Random(seed)
    runs = [(d.id, m.group(0)) for d in docs for m in _RUN.finditer(d.text)]
    out: list[tuple[int, str]] = []
    while len(out) < n:
        article_id, run = rng.choice(runs)
        size = rng.randint(2, min(8, len(run)))
        start = rng.randrange(0, len(run) - size + 1)
        out.append((article_id, run[start : start + size]))
    return out


def indexed_library(folder: Path, posts: list[Path]) -> Services:
    """A library of `posts`, imported without a failure, with its index built."""
    services = open_services(LibraryLocation(folder))
    report = services.importer.import_paths(posts)
    assert not report.failures
    services.search.start()
    assert services.search.wait_idle(120)
    return services


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory, corpus_library: Path) -> Iterator[Services]:
    """The corpus, imported and indexed: a copy of the session's, for this module."""
    services = corpus_copy(corpus_library, tmp_path_factory.mktemp("indexed") / "lib")
    yield services
    services.close()


@pytest.fixture(scope="module")
def documents(indexed: Services) -> dict[int, SearchDocument]:
    """Every article's search document, in the order of their ids.

    Every article's search document, in the order of their ids (samples drawn from them must not
    depend on the order SQLite happens to return rows in).
    """
    ids = [a.id for a in indexed.library.list_articles()]
    found = indexed.search.documents(ids)
    return {i: found[i] for i in sorted(found)}


def library_copy(tmp: Path) -> Services:
    services = open_services(LibraryLocation(tmp))
    services.importer.import_paths([CORPUS])
    return services
