"""A read-only library opens read-only: list, show, search and read work; changes say why not."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.app import open_services
from reader.cli import main
from reader.core.errors import LibraryError
from reader.services.location import LibraryLocation
from tests.read_only import read_only_view


def test_a_read_only_library_reads_and_refuses_changes_in_words(
    tmp_path: Path, corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "library"
    services = open_services(LibraryLocation(source))
    services.importer.import_paths([corpus_dir])
    count = services.library.count()
    services.close()

    with read_only_view(source, tmp_path / "mounted") as mounted:
        location = LibraryLocation(mounted)
        assert not location.writable()
        services = open_services(location)
        try:
            assert services.db.read_only
            assert services.library.count() == count
            article = next(a for a in services.library.list_articles() if "碳中和" in a.title)
            assert "蚂蚁森林" in services.library.get(article.id).reading_text
            services.search.start()
            assert services.search.wait_idle(5)
            assert article.id in {h.article_id for h in services.search.search("蚂蚁森林").hits}
            services.library.save_position(article.id, 100, 0.5)  # kept nowhere, no error
            with pytest.raises(LibraryError, match="read-only"):
                services.annotations.create_from_quote(article.id, "蚂蚁森林")
            report = services.importer.import_paths([tmp_path / "nowhere"])
            assert report.failures  # a missing path is still named
        finally:
            services.close()
        assert main(["--library", str(mounted), "list", "--json"]) == 0
        assert len(capsys.readouterr().out.splitlines()) == count
        assert main(["--library", str(mounted), "check"]) == 0
        capsys.readouterr()
        post = tmp_path / "new.md"
        post.write_text("---\ntitle: New\n---\nA new post.\n")
        assert main(["--library", str(mounted), "import", str(post)]) == 1
        assert "read-only" in capsys.readouterr().err
