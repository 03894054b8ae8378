"""Shared fixtures: the real corpus, a fresh library folder, offscreen Qt.

Stress tests (Hypothesis properties over hundreds of generated inputs, ten thousand key
presses, kill -9) are marked ``stress``. They run untraced: they test robustness, the
deterministic tests cover the same lines, and under the coverage tracer they took two to four
times as long. ``-m "not stress"`` leaves them out of a quick run (CONTRIBUTING.md).
"""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.app import Services, open_services
from reader.services.location import LibraryLocation

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
CORPUS = (ROOT.parent / "shared" / "corpus" / "posts").resolve()
CORPUS_FILES = sorted(CORPUS.glob("*.md"))

if not CORPUS_FILES:  # the suite is meaningless without the real posts
    raise RuntimeError(f"the test corpus is missing: {CORPUS}")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A stress test is a `no_cover` test to pytest-cov, which pauses its measurement for it."""
    for item in items:
        if item.get_closest_marker("stress") is not None:
            item.add_marker(pytest.mark.no_cover)


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """A `no_cover` test runs with no coverage tracing at all, in an xdist worker too.

    pytest-cov pauses its own measurement for such a test, but in an xdist worker it has also
    started a coverage meant for the main process (its options say `-n`), which then resumes
    and traces the test: the stress tests took as long as if they were measured. This runs
    inside pytest-cov's pause and stops whatever coverage is still tracing, until the test ends.
    """
    stopped = []
    if item.get_closest_marker("no_cover") is not None:
        import coverage

        while (tracing := coverage.Coverage.current()) is not None:
            tracing.stop()
            stopped.append(tracing)
    yield
    for tracing in reversed(stopped):
        tracing.start()


@pytest.fixture
def corpus_dir() -> Path:
    return CORPUS


CORPUS_FIXTURES = {"corpus_services", "window", "corpus_library_dir"}  # want the corpus library


@pytest.fixture(scope="session")
def corpus_library(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """The corpus imported and indexed once per run; tests get a copy of the folder.

    Once for all xdist workers: the first to want it builds it in the run's shared temporary
    folder while the others wait on a lock (each built its own, 3-7 s of a core).
    """
    if worker_id == "master":  # not under xdist
        return _build_corpus_library(tmp_path_factory.mktemp("corpus-library"))
    shared = tmp_path_factory.getbasetemp().parent / "corpus-library"
    with shared.with_suffix(".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = shared.with_suffix(".built")
        if not done.exists():
            shutil.rmtree(shared, ignore_errors=True)  # a build that failed part way
            _build_corpus_library(shared)
            done.touch()
    return shared


def _build_corpus_library(folder: Path) -> Path:
    built = open_services(LibraryLocation(folder))
    report = built.importer.import_paths([CORPUS])
    assert not report.failures
    built.search.start()
    assert built.search.wait_idle(120)
    built.db.checkpoint()  # the database file alone holds everything
    built.close()
    return folder


def corpus_copy(corpus_library: Path, folder: Path) -> Services:
    """A copy of the session's corpus library in `folder`, opened, its index ready."""
    shutil.copytree(corpus_library, folder)
    services = open_services(LibraryLocation(folder))
    services.search.start()
    assert services.search.wait_idle(120)
    return services


@pytest.fixture
def library_dir(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """A library folder.

    Empty, or, for a test that wants the corpus, a copy of the session's corpus library
    (importing and indexing it for each test took most of the UI tests' time).
    """
    path = tmp_path / "library"
    if CORPUS_FIXTURES & set(request.fixturenames):
        shutil.copytree(request.getfixturevalue("corpus_library"), path)
    else:
        path.mkdir()
    return path


@pytest.fixture
def corpus_library_dir(library_dir: Path) -> Path:
    """A library folder holding the corpus, imported and indexed (a copy of `corpus_library`)."""
    return library_dir


@pytest.fixture
def services(library_dir: Path) -> Iterator[Services]:
    built = open_services(LibraryLocation(library_dir))
    yield built
    built.close()


@pytest.fixture
def corpus_services(services: Services) -> Services:
    """A library of the corpus posts, indexed (a copy of `corpus_library`)."""
    assert services.library.count() == len(CORPUS_FILES)
    services.search.start()
    assert services.search.wait_idle(120)
    assert services.search.state == "ready"
    return services


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """QSettings and platform folders never touch the real user's files."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("READER_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.delenv("READER_LIBRARY", raising=False)
    # Qt reads the settings folder once per process, so the variable above moves only the
    # first test's settings: each test also starts from none (a pane hidden in one test
    # stayed hidden in the next).
    from PySide6.QtCore import QSettings

    QSettings().clear()
