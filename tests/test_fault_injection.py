"""`kill -9` at random points of an import and of a reindex.

Nothing lost, nothing doubled, nothing left running, and `reader check` finds the database whole
every time.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psutil
import pytest
from sqlalchemy import select

from reader.app import open_services
from reader.services.location import LibraryLocation
from reader.services.search import BULK_MIN
from reader.storage.schema import ArticleRow
from tests.conftest import CORPUS_FILES
from tests.reader_command import run_reader

# Stress tests: run untraced (see tests/conftest.py); the deterministic tests cover these lines.
pytestmark = pytest.mark.stress

KILLS = 8
SEED = 14  # the points are random, and the same on every run
STARTED = 0.4  # seconds: Python and Reader loaded, before any kill


def _points(rng: random.Random, last: float) -> list[float]:
    """KILLS moments of an operation that takes `last` seconds, spread over it.

    One at random in each of KILLS equal spans from STARTED to `last` (twenty drawn freely
    bunched, and left spans bare), in a random order. The operation is timed on this machine
    first: fixed moments fell after its end on a fast machine and only in its start on a slow
    one.
    """
    first = min(STARTED, last / 2)
    span = (last - first) / KILLS
    points = [first + span * (k + rng.random()) for k in range(KILLS)]
    rng.shuffle(points)
    return points


def _posts(folder: Path, count: int) -> list[Path]:
    """`count` distinct posts made from the real corpus, each with a line of its own."""
    folder.mkdir()
    made = []
    for n in range(count):
        source = CORPUS_FILES[n % len(CORPUS_FILES)]
        target = folder / f"{n:04d}-{source.name}"
        target.write_bytes(source.read_bytes() + f"\n\n副本 copy {n}\n".encode())
        made.append(target)
    return made


def _start(library: Path, *args: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ, READER_LIBRARY=str(library))
    return subprocess.Popen([sys.executable, "-m", "reader", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip


def _timed(library: Path, *args: str) -> float:
    """Seconds the command takes to the end, run on a copy of the library."""
    scratch = library.with_name(library.name + "-timed")
    shutil.copytree(library, scratch)
    began = time.monotonic()
    assert _start(scratch, *args).wait(timeout=300) == 0
    seconds = time.monotonic() - began
    shutil.rmtree(scratch)
    return seconds


def _kill_at(process: subprocess.Popen[bytes], after: float) -> dict[psutil.Process, str]:
    """SIGKILL the process `after` seconds in (unless it ended first).

    Returns the children it had then, with their command lines.
    """
    deadline = time.monotonic() + after
    children: dict[psutil.Process, str] = {}
    while time.monotonic() < deadline and process.poll() is None:
        try:
            for child in psutil.Process(process.pid).children(recursive=True):
                children.setdefault(child, " ".join(child.cmdline()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait()
    return children


def _check(library: Path) -> dict[str, dict[str, Any]]:
    """What `reader check` finds (run here: the killed process and its children are gone)."""
    _, printed, said = run_reader("--library", str(library), "check", "--json")
    assert "Traceback" not in said, said
    return {f["check"]: f for f in map(json.loads, printed.splitlines())}


def _running(process: psutil.Process) -> bool:
    """Alive and not a zombie (an exited child whose new parent has not reaped it yet)."""
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _assert_none_left(children: dict[psutil.Process, str]) -> None:
    deadline = time.monotonic() + 5
    while any(map(_running, children)) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [line for child, line in children.items() if _running(child)]
    assert not left, left


def _assert_whole(library: Path, files: int) -> None:
    findings = _check(library)
    for name in ("database", "links", "schema"):
        assert findings[name]["ok"], findings[name]
    services = open_services(LibraryLocation(library))
    try:
        with services.db.reading() as session:
            paths = list(session.scalars(select(ArticleRow.source_path)))
        assert len(paths) == len(set(paths)) <= files  # nothing doubled
        highlights = services.annotations.list_annotations()
        assert {h.note for h in highlights} == {"kept through every kill"}  # nothing lost
    finally:
        services.close()


@pytest.fixture
def library_with_highlight(tmp_path: Path) -> Path:
    library = tmp_path / "library"
    services = open_services(LibraryLocation(library))
    services.importer.import_paths(CORPUS_FILES[:1])
    [article] = services.library.list_articles()
    text = services.library.get(article.id).reading_text
    services.annotations.create_from_quote(article.id, text[10:20].strip() or text[:8],
                                           note="kept through every kill")  # fmt: skip
    services.close()
    return library


def test_kill_9_during_an_import(library_with_highlight: Path, tmp_path: Path) -> None:
    library = library_with_highlight
    files = _posts(tmp_path / "posts", 200)
    for after in _points(random.Random(SEED), _timed(library, "import", str(tmp_path / "posts"))):
        process = _start(library, "import", str(tmp_path / "posts"))
        _assert_none_left(_kill_at(process, after))
        _assert_whole(library, len(files) + 1)
    finished = _start(library, "import", str(tmp_path / "posts"))
    assert finished.wait(timeout=300) == 0
    _assert_whole(library, len(files) + 1)
    services = open_services(LibraryLocation(library))
    try:
        assert services.library.count() == len(files) + 1  # every file, once
    finally:
        services.close()


def test_kill_9_during_a_reindex(library_with_highlight: Path, tmp_path: Path) -> None:
    library = library_with_highlight
    files = _posts(tmp_path / "posts", BULK_MIN + 20)  # large enough for the worker processes
    services = open_services(LibraryLocation(library))
    services.importer.import_paths([tmp_path / "posts"])
    services.close()
    builders_seen = 0
    for after in _points(random.Random(SEED), _timed(library, "reindex")):
        process = _start(library, "reindex")
        children = _kill_at(process, after)
        builders_seen += sum("spawn" in line for line in children.values())
        _assert_none_left(children)
        _assert_whole(library, len(files) + 1)
    assert builders_seen, "no kill landed while index builders ran"
    finished = _start(library, "reindex")
    assert finished.wait(timeout=300) == 0
    findings = _check(library)
    assert all(f["ok"] for f in findings.values()), findings
