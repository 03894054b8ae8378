"""A library of the real corpus with its search index built, shared by the search tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.app import Services, open_services
from reader.core.records import SearchDocument
from reader.services.location import LibraryLocation
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    services = open_services(LibraryLocation(tmp_path_factory.mktemp("lib")))
    report = services.importer.import_paths([CORPUS])
    assert not report.failures
    services.search.start()
    assert services.search.wait_idle(120)
    yield services
    services.close()


@pytest.fixture(scope="module")
def documents(indexed: Services) -> dict[int, SearchDocument]:
    ids = [a.id for a in indexed.library.list_articles()]
    return indexed.search.documents(ids)


def library_copy(tmp: Path) -> Services:
    services = open_services(LibraryLocation(tmp))
    services.importer.import_paths([CORPUS])
    return services
