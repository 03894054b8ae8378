"""The index worker.

One state, a build that stops between batches when asked, and a stop that waits for the writer
before closing the index.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from reader.app import Services, open_services
from reader.services.location import LibraryLocation
from reader.services.search import IndexStatus, WorkerState
from reader.storage import searchdocs
from tests.conftest import CORPUS


@pytest.mark.parametrize("bulk", [True, False], ids=["worker-processes", "in-thread"])
def test_stop_cancels_a_build_between_batches_and_keeps_its_commits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bulk: bool
) -> None:
    from reader.search import bulk as bulk_build
    from reader.services import search as search_service

    usual = search_service.BATCH
    monkeypatch.setattr(search_service, "BATCH", 5)
    monkeypatch.setattr(bulk_build, "BATCH_DOCS", 5)  # sent to the builders 5 at a time
    monkeypatch.setattr(search_service, "BULK_MIN", 10 if bulk else 10_000)
    location = LibraryLocation(tmp_path / "lib")
    services = open_services(location)
    services.importer.import_paths([CORPUS])
    started = threading.Event()

    def slow(status: IndexStatus) -> None:  # each batch takes a while, as at 100k articles
        if status.state == "indexing" and status.done > 0:
            started.set()
            time.sleep(0.2)

    services.search.subscribe(slow)
    services.search.start()
    assert started.wait(30)
    began = time.monotonic()
    services.search.stop()
    assert time.monotonic() - began < 10
    assert _state(services) == WorkerState.STOPPED
    with services.db.reading() as session:
        stale = len(searchdocs.stale_ids(session))
        total = searchdocs.count_articles(session)
    if bulk:
        assert stale == total  # its first commit comes at 10,000 articles: none yet
    else:
        assert 0 < stale < total  # the batches written before the stop are kept
    services.db.close()

    monkeypatch.setattr(search_service, "BATCH", usual)  # the rest, in batches of the usual size
    again = open_services(location)
    try:
        again.search.start()
        assert again.search.wait_idle(120)
        assert again.search.state == WorkerState.READY
        with again.db.reading() as session:
            assert searchdocs.stale_ids(session) == []
        assert again.search.search("英伟达").hits
    finally:
        again.close()


def _state(services: Services) -> WorkerState:
    return services.search.state


def test_the_state_goes_from_starting_to_ready(tmp_path: Path) -> None:
    services = open_services(LibraryLocation(tmp_path / "lib"))
    try:
        assert _state(services) == WorkerState.STARTING
        assert not services.search.wait_idle(0.2)  # not started: nothing will get idle
        services.search.start()
        assert services.search.wait_idle(60)
        assert _state(services) == WorkerState.READY
    finally:
        services.close()
    assert _state(services) == WorkerState.STOPPED
