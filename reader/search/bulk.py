"""Building many documents into the index at once, in worker processes.

Each worker turns documents into Whoosh segments with the compact posting pool, starting a
new segment when its pool holds `SEGMENT_POSTINGS` postings, which bounds its memory. The
parent holds the index's write lock and, at every `flush`, adds the segments the workers
finished to the index's table of contents: that commit makes them searchable, so a long
build is usable part-way through. Workers are spawned, not forked, because the caller may
be a thread of a GUI process.

Whoosh's `MpWriter` does the same with its own pool, which pickles every posting to a run
file and merges them back; this replaces it, using the same segment-level calls it does.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from whoosh.filedb.filestore import FileStorage

from reader.core.processes import exit_with_parent
from reader.search.whooshinternals import (
    commit_segments,
    finalize_segment,
    pooled_postings,
    segment_writer,
)

BUILDER_NICENESS = 10
SEGMENT_POSTINGS = 10_000_000  # about 200 MB of pool in a worker
BATCH_DOCS = 100
_TIMEOUT = 1.0


class BulkBuildError(RuntimeError):
    """A build in worker processes failed; the index is rebuilt in this process."""

    pass


class _OwnTempStorage(FileStorage):  # type: ignore[misc]
    """A worker's storage, whose temporary folders are its own (`MAIN.tmp.<pid>`).

    Whoosh names a writer's temporary folder after the index alone (`MAIN.tmp`) and deletes
    it, whatever it holds, when a writer finishes: the parent's commit deleted it under a
    worker creating its next segment's column file (seen at 100,000 articles, under load).
    """

    def temp_storage(self, name: str | None = None) -> Any:
        return super().temp_storage(f"{name or 'temp'}.{os.getpid()}")


def worker_temp_folders(folder: str) -> list[Path]:
    """The temporary folders workers left (a worker that was killed leaves its own)."""
    return [p for p in Path(folder).glob("*.tmp.*") if p.is_dir()]


def _worker(folder: str, jobs: Any, results: Any, segment_postings: int, parent: int) -> None:
    """Runs in a child process: add documents, hand back finished segments on request."""
    exit_with_parent(parent)  # its partial segment is never committed: the index stays whole
    # A background task: the window, and searches meanwhile, come first for the CPU.
    with contextlib.suppress(AttributeError, OSError):
        os.nice(BUILDER_NICENESS)
    try:
        ix = _OwnTempStorage(folder, supports_mmap=False).open_index()
        done: list[Any] = []
        writer: Any = None
        while True:
            command, payload = jobs.get()
            if command == "docs":
                for fields in payload:
                    if writer is None:
                        writer = segment_writer(ix)
                    writer.add_document(**fields)
                    if pooled_postings(writer) >= segment_postings:
                        done.append(finalize_segment(writer))
                        writer = None
            elif command == "flush":
                if writer is not None:
                    done.append(finalize_segment(writer))
                    writer = None
                results.put(("segments", done))
                done = []
            else:  # "stop"
                return
    except BaseException as exc:  # reported to the parent, which cancels the build
        results.put(("error", f"{type(exc).__name__}: {exc}"))


class BulkBuilder:
    """Adds documents (Whoosh field dicts) to an index with `procs` worker processes."""

    def __init__(
        self, ix: Any, folder: str, procs: int, segment_postings: int = SEGMENT_POSTINGS
    ) -> None:
        self._ix = ix
        self._folder = folder
        context = multiprocessing.get_context("spawn")
        self._results: Any = context.Queue()
        self._jobs: list[Any] = [context.Queue(maxsize=4) for _ in range(procs)]
        self._procs = [
            context.Process(
                target=_worker,
                args=(folder, jobs, self._results, segment_postings, os.getpid()),
                name=f"index-builder-{n}",
                daemon=True,
            )
            for n, jobs in enumerate(self._jobs)
        ]
        for process in self._procs:
            process.start()
        self._next = 0

    def send(self, batch: list[dict[str, Any]]) -> None:
        """Give a batch of documents to the next worker in turn (waiting while it is busy)."""
        jobs = self._jobs[self._next]
        self._next = (self._next + 1) % len(self._jobs)
        while True:
            self._check_alive()
            try:
                jobs.put(("docs", batch), timeout=_TIMEOUT)
                return
            except queue.Full:
                continue

    def flush(self) -> Any:
        """Make everything sent so far searchable in one commit; returns the new index."""
        for jobs in self._jobs:
            jobs.put(("flush", None))
        segments: list[Any] = []
        waiting = len(self._jobs)
        while waiting:
            try:
                kind, payload = self._results.get(timeout=_TIMEOUT)
            except queue.Empty:
                self._check_alive()
                continue
            if kind == "error":
                raise BulkBuildError(f"an index builder failed: {payload}")
            segments.extend(payload)
            waiting -= 1
        self._ix = commit_segments(self._ix, segments)
        return self._ix

    def close(self) -> None:
        """Stop the workers, and remove the temporary folders they leave."""
        for jobs in self._jobs:
            with contextlib.suppress(queue.Full):
                jobs.put(("stop", None), timeout=_TIMEOUT)
        for process in self._procs:
            process.join(timeout=10)
            if process.is_alive():
                process.terminate()
                process.join()
        for temp in worker_temp_folders(self._folder):
            shutil.rmtree(temp, ignore_errors=True)

    def _check_alive(self) -> None:
        for process in self._procs:
            if not process.is_alive():
                raise BulkBuildError(f"an index builder stopped (exit code {process.exitcode})")


def build(
    ix: Any,
    folder: str,
    docs: Iterable[dict[str, Any]],
    *,
    procs: int,
    commit_every: int,
    on_commit: Callable[[Any, int], None],
    on_progress: Callable[[int], None] | None = None,
    segment_postings: int = SEGMENT_POSTINGS,
) -> int:
    """Index `docs`, committing every `commit_every`.

    `on_commit(ix, count)` after each, and `on_progress(count)` as batches go to the workers
    (which take a few batches at most).
    """
    builder = BulkBuilder(ix, folder, procs, segment_postings)
    size = min(BATCH_DOCS, commit_every)
    sent = pending = 0
    batch: list[dict[str, Any]] = []
    try:
        for fields in docs:
            batch.append(fields)
            if len(batch) < size:
                continue
            builder.send(batch)
            sent, pending, batch = sent + len(batch), pending + len(batch), []
            if on_progress is not None:
                on_progress(sent)
            if pending >= commit_every:
                on_commit(builder.flush(), sent)
                pending = 0
        if batch:
            builder.send(batch)
            sent, pending = sent + len(batch), pending + len(batch)
            if on_progress is not None:
                on_progress(sent)
        if pending:
            on_commit(builder.flush(), sent)
    finally:
        builder.close()
    return sent
