"""The gram table of a whole build, written by worker processes before Whoosh builds.

Making an article's grams (its characters, bigrams and word stems) costs about 0.3 ms of
Python, and their row in the table another 0.2 ms: 50 s at 100,000 articles. Done by a
thread of the window, that held the interpreter's lock against every search meanwhile
(searches during a first build ran at four to six times their usual time). Worker
processes, at the builders' low priority, write the rows themselves; the window only
reads the articles and hands them over, and notes each batch as it is written, so a
search trusts the table's rows as soon as they are there.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import apsw

from reader.core.processes import exit_with_parent
from reader.core.records import SearchDocument
from reader.search.bulk import BUILDER_NICENESS
from reader.search.grams import GramIndex, connect, write_rows

log = logging.getLogger(__name__)
AHEAD = 2  # batches handed to each worker ahead of the one whose result is awaited
_opened: dict[str, apsw.Connection] = {}  # a worker's connection to the table


def _start(parent: int, path: str) -> None:
    """Runs first in each worker: end with the parent, yield the CPU, open the table."""
    exit_with_parent(parent)
    with contextlib.suppress(AttributeError, OSError):
        os.nice(BUILDER_NICENESS)
    _opened["table"] = connect(Path(path))


def _write(docs: list[SearchDocument]) -> list[tuple[int, int]]:
    return write_rows(_opened["table"], docs)


def write_all(table: GramIndex, batches: Iterable[list[SearchDocument]], procs: int) -> None:
    """Write the gram rows of every batch, in `procs` worker processes.

    Write the rows of every batch, in `procs` worker processes (in this one for one, or if the
    workers die); `table` is told of each batch as it is written. An exception from `batches` (a
    cancelled build) stops the workers after the batches they hold.
    """
    if procs < 2:
        for batch in batches:
            table.write(batch)
        return
    pool = ProcessPoolExecutor(
        max_workers=procs,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start,
        initargs=(os.getpid(), str(table.path)),
    )
    ahead: deque[tuple[list[SearchDocument], Future[list[tuple[int, int]]] | None]] = deque()
    broken = False

    def settle(batch: list[SearchDocument], future: Future[list[tuple[int, int]]] | None) -> None:
        nonlocal broken
        if future is not None and not broken:
            try:
                table.written(future.result())
                return
            except BrokenProcessPool:
                log.warning("the gram workers stopped; writing the table in this process")
                broken = True
        table.write(batch)

    try:
        for batch in batches:
            future = None
            if not broken:
                try:
                    future = pool.submit(_write, batch)
                except (BrokenProcessPool, RuntimeError):  # RuntimeError: cannot spawn
                    log.warning("no gram workers; writing the table in this process")
                    broken = True
            ahead.append((batch, future))
            if len(ahead) > AHEAD * procs:
                settle(*ahead.popleft())
        while ahead:
            settle(*ahead.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
