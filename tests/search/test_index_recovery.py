"""A lost or damaged index is rebuilt from the database; searching never stops working."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.app import open_services
from reader.services.location import LibraryLocation
from tests.conftest import CORPUS, corpus_copy


def _build(root: Path, corpus_library: Path) -> set[int]:
    """The corpus library, its index built (a copy of the session's), and what it finds."""
    services = corpus_copy(corpus_library, root)
    expected = {h.article_id for h in services.search.search("漏洞", limit=500).hits}
    services.close()
    assert expected
    return expected


def _damage_delete(index: Path) -> None:
    shutil.rmtree(index)


def _damage_truncate(index: Path) -> None:
    segment = max(index.glob("*.seg"), key=lambda p: p.stat().st_size)
    with open(segment, "r+b") as fh:
        fh.truncate(segment.stat().st_size // 3)


def _damage_toc(index: Path) -> None:
    for toc in index.glob("*.toc"):
        toc.unlink()


def _damage_grams(index: Path) -> None:
    grams = index / "grams.db"
    with open(grams, "r+b") as fh:
        fh.truncate(grams.stat().st_size // 3)


def _lose_grams(index: Path) -> None:
    (index / "grams.db").unlink()


@pytest.mark.parametrize(
    "damage", [_damage_delete, _damage_truncate, _damage_toc, _damage_grams, _lose_grams]
)
def test_damaged_index_is_rebuilt(tmp_path: Path, corpus_library: Path, damage: object) -> None:
    library = tmp_path / "lib"
    expected = _build(library, corpus_library)
    damage(library / "index")  # type: ignore[operator]
    services = open_services(LibraryLocation(library))
    try:
        services.search.start()
        # Before the rebuild finishes, searching already answers (by scanning).
        early = {h.article_id for h in services.search.search("漏洞", limit=500).hits}
        assert early == expected
        assert services.search.wait_idle(120)
        assert services.search.status.state == "ready"
        after = services.search.search("漏洞", limit=500)
        assert {h.article_id for h in after.hits} == expected
        assert not after.partial
        assert services.library.count() == len(list(CORPUS.glob("*.md")))
    finally:
        services.close()


def test_index_deleted_while_open_is_rebuilt_in_place(tmp_path: Path, corpus_library: Path) -> None:
    """The index folder removed under a running window.

    Searching goes on, the worker rebuilds it, and closing works (it used to fail on a reader
    closed twice).
    """
    services = corpus_copy(corpus_library, tmp_path / "lib")
    expected = {h.article_id for h in services.search.search("漏洞", limit=500).hits}
    shutil.rmtree(services.location.index_dir)
    assert {h.article_id for h in services.search.search("漏洞", limit=500).hits} == expected
    assert services.search.wait_idle(120)
    assert services.search.status.state == "ready"
    assert {h.article_id for h in services.search.search("漏洞", limit=500).hits} == expected
    assert (services.location.index_dir / "reader-schema").exists()
    services.close()
