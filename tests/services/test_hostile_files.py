"""A posts folder holding what no post file should be: each is named, the rest import.

Each import runs in a thread with a deadline, so a regression that blocks (a FIFO opened for
reading, a link to /dev/zero read to the end) fails the test instead of hanging the suite.
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from reader.app import Services
from reader.services.importer import ImportReport, Outcome
from tests.conftest import CORPUS_FILES

DEADLINE_S = 10

# Each hostile entry: how to make it in a folder, and words its reason must hold.
HOSTILE: dict[str, tuple[str, str]] = {
    "a link loop": ("loop.md", "loops back on itself"),
    "a FIFO": ("pipe.md", "named pipe"),
    "a link to /dev/zero": ("zero.md", "character device"),
    "a dangling link": ("dangling.md", "link to something missing"),
    "a billion laughs": ("laughs.md", "expands to more than"),
    "a recursive alias": ("recursive.md", "refers to itself"),
    "a 5,001-digit integer": ("digits.md", "5001 digits"),
    "an over-size file": ("huge.md", "too large"),
}


def _make(folder: Path, name: str) -> None:
    path = folder / HOSTILE[name][0]
    if name == "a link loop":
        (folder / "loop2.md").symlink_to(path)
        path.symlink_to(folder / "loop2.md")
    elif name == "a FIFO":
        os.mkfifo(path)
    elif name == "a link to /dev/zero":
        path.symlink_to("/dev/zero")
    elif name == "a dangling link":
        path.symlink_to(folder / "gone.md")
    elif name == "a billion laughs":
        levels = "\n".join(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, 10))
        path.write_text(f"---\nl0: &l0 lol\n{levels}\ntags: *l9\n---\nbody\n")
    elif name == "a recursive alias":
        path.write_text("---\ntitle: &t [*t]\n---\nbody\n")
    elif name == "a 5,001-digit integer":
        path.write_text(f"---\nweight: {'7' * 5001}\n---\nbody\n")
    elif name == "an over-size file":
        with path.open("wb") as handle:
            handle.truncate(11 * 1024 * 1024)


def _import(services: Services, paths: list[Path]) -> ImportReport:
    reports: list[ImportReport] = []
    worker = threading.Thread(
        target=lambda: reports.append(services.importer.import_paths(paths)), daemon=True
    )
    worker.start()
    worker.join(DEADLINE_S)
    assert not worker.is_alive(), f"the import hung for over {DEADLINE_S} s"
    return reports[0]


@pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and symlinks as on POSIX")
def test_every_hostile_entry_is_named_and_the_rest_import(
    services: Services, tmp_path: Path
) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    good = CORPUS_FILES[:5]
    for path in good:
        shutil.copy(path, folder / path.name)
    for name in HOSTILE:
        _make(folder, name)
    report = _import(services, [folder])

    assert report.count(Outcome.IMPORTED) == len(good)
    reasons = {Path(r.path).name: r.reason or "" for r in report.failures}
    for name, (file_name, words) in HOSTILE.items():
        assert words in reasons.get(file_name, ""), (name, reasons.get(file_name))
    assert not any("internal error" in reason for reason in reasons.values()), reasons
    # A failure is reported where the user put the file, not where a link points.
    assert Path(next(r.path for r in report.failures if r.path.endswith("dangling.md"))).parent \
        == folder.absolute()  # fmt: skip


def test_a_fifo_given_directly_is_named_not_missing(services: Services, tmp_path: Path) -> None:
    fifo = tmp_path / "direct.md"
    os.mkfifo(fifo)
    [result] = _import(services, [fifo]).results
    assert result.outcome is Outcome.FAILED and "named pipe" in (result.reason or "")


def test_a_file_name_that_is_not_utf8_imports(services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/caf\xe9-notes.md"
    with open(raw, "wb") as handle:
        handle.write(b"---\ntitle: Latin-1 name\n---\nThe body.\n")
    report = _import(services, [folder])
    [result] = report.results
    assert result.outcome is Outcome.IMPORTED, result.reason
    assert result.path.endswith("caf\\xe9-notes.md")
    assert services.library.get(result.article_id or 0).title == "Latin-1 name"
    again = _import(services, [folder])
    assert again.count(Outcome.UNCHANGED) == 1
