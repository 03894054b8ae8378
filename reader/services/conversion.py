"""Converting post files to articles in worker processes, one per core, in the order given.

Parsing the front matter and converting the body (BeautifulSoup, markdownify, markdown-it)
is nearly all of an import's time and needs nothing of the library, so it runs in spawned
processes (the caller may be a thread of the window), while the importer writes what comes
back in the order the files were given. A small import converts in-process: starting the
workers and their parsing stack costs about a second.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Generic, TypeVar

from reader.core.errors import ReaderError
from reader.core.post import Post
from reader.core.processes import exit_with_parent

log = logging.getLogger(__name__)
WORKERS_FROM = 48  # files to convert: fewer are converted in this process
IN_FLIGHT = 16  # files handed to each worker ahead of the one being written
CHUNK = 8  # files handed over in one task
K = TypeVar("K")


@dataclass(frozen=True)
class Converted:
    """A file's article, or why it has none (said per file; the import goes on)."""

    post: Post | None
    reason: str | None = None


def convert(data: bytes, name: str) -> Converted:
    """Parse and convert one post file's bytes; never raises for what the file holds."""
    from reader.core.posts import parse_post  # the parsing stack: imported where it is used

    try:
        return Converted(parse_post(data, name))
    except ReaderError as exc:
        return Converted(None, str(exc))
    except RecursionError:
        return Converted(None, "the HTML is nested too deeply to convert")
    except Exception as exc:  # a bug in a converter must not stop the other 9,999 files
        log.exception("unexpected error converting %s", name)
        return Converted(None, f"internal error ({type(exc).__name__}: {exc})")


def convert_all(files: list[tuple[bytes, str]]) -> list[Converted]:
    """`convert` for each (data, name): a worker's task."""
    return [convert(data, name) for data, name in files]


class Converter(Generic[K]):
    """Converts files in `workers` processes (or in this one, for one worker)."""

    def __init__(self, workers: int) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._workers = workers
        if workers > 1:
            self._pool = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=exit_with_parent,
                initargs=(os.getpid(),),
            )

    def map(
        self, files: Iterable[tuple[K, bytes | None, str]]
    ) -> Iterator[tuple[K, Converted | None]]:
        """Each file's conversion, in the order given.

        (key, data, name) in, (key, result) out; no data, no conversion (None). Files go to
        the workers CHUNK at a time (one task a file cost a tenth of the import in handing
        over), and only a few chunks per worker are ahead of the file the caller is writing.
        """
        if self._pool is None:
            for key, data, name in files:
                yield key, None if data is None else convert(data, name)
            return
        ahead: deque[tuple[list[tuple[K, bytes | None, str]], Future[list[Converted]] | None]]
        ahead = deque()
        chunk: list[tuple[K, bytes | None, str]] = []
        for file in files:
            chunk.append(file)
            if len(chunk) < CHUNK:
                continue
            ahead.append((chunk, self._submit(chunk)))
            chunk = []
            if len(ahead) * CHUNK >= IN_FLIGHT * self._workers:
                yield from self._results(*ahead.popleft())
        if chunk:
            ahead.append((chunk, self._submit(chunk)))
        while ahead:
            yield from self._results(*ahead.popleft())

    def _submit(self, chunk: list[tuple[K, bytes | None, str]]) -> Future[list[Converted]] | None:
        work = [(data, name) for _, data, name in chunk if data is not None]
        if self._pool is None or not work:
            return None
        try:
            return self._pool.submit(convert_all, work)
        except BrokenProcessPool:
            self._broken()
            return None

    def _results(
        self, chunk: list[tuple[K, bytes | None, str]], future: Future[list[Converted]] | None
    ) -> Iterator[tuple[K, Converted | None]]:
        """Each file's conversion.

        From its worker, or here if it had none or the workers are gone (then here for the
        rest of the import too).
        """
        done: Iterator[Converted] = iter(())
        if future is not None:
            try:
                done = iter(future.result())
            except BrokenProcessPool:
                self._broken()
                future = None
        for key, data, name in chunk:
            if data is None:
                yield key, None
            elif future is None:
                yield key, convert(data, name)
            else:
                yield key, next(done)

    def _broken(self) -> None:
        """The workers died (killed, or a script that starts them without a __main__ guard).

        The import goes on converting in this process.
        """
        log.warning("the conversion workers stopped; converting in this process instead")
        self.close()

    def close(self) -> None:
        """Stop the workers; files not yet converted are dropped (a cancelled import)."""
        if self._pool is not None:
            with contextlib.suppress(BrokenProcessPool):
                self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Converter[K]:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
