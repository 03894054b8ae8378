"""Search: one index worker thread keeps the Whoosh index in step with the database."""

from __future__ import annotations

import logging
import os
import pickle
import queue
import struct
import threading
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from reader.core.records import SearchDocument, SearchResults
from reader.search import grambuild
from reader.search.engine import Pending, SearchEngine
from reader.search.index import SearchIndex
from reader.services.changes import ChangeHub, Changes
from reader.services.location import LibraryLocation
from reader.storage import searchdocs
from reader.storage.database import Database
from reader.storage.stamps import mark_indexed

log = logging.getLogger(__name__)
BATCH = 200
BULK_MIN = 500  # a build this large goes to worker processes
STOP_WAIT_S = 30  # a batch takes well under a second; this is for a worker that is stuck


@dataclass(frozen=True)
class IndexStatus:
    """What the index worker is doing, for a progress display."""

    state: str  # "opening", "indexing", "ready", "failed", "read-only"
    done: int = 0
    total: int = 0
    message: str = ""


StatusListener = Callable[[IndexStatus], None]
T = TypeVar("T")


class WorkerState(StrEnum):
    """The index worker's one piece of state; every change is made under its lock.

    STARTING -> READY <-> INDEXING; any -> FAILED (searches scan until the next command
    succeeds); any -> STOPPED. READ_ONLY never changes: nothing can be written.
    """

    STARTING = "starting"  # opening or replacing the index: searches scan meanwhile
    READY = "ready"  # the index is open and current as far as the worker knows
    INDEXING = "indexing"  # the index is open; the worker is writing to it
    FAILED = "failed"
    STOPPED = "stopped"
    READ_ONLY = "read-only"


class Cancelled(Exception):
    """`stop()` asked the worker to end: raised between batches of a build or sync."""


def is_index_damage(exc: BaseException) -> bool:
    """Whether an error reading the index means its files are damaged.

    Whether an error reading the index means its files are damaged (and a rebuild from the
    database is the cure), rather than a bug in Reader's own query code.
    """
    import apsw
    from whoosh.index import IndexError as WhooshIndexError

    return isinstance(
        exc,
        OSError | EOFError | struct.error | zlib.error | pickle.UnpicklingError
        | WhooshIndexError | apsw.Error,
    )  # fmt: skip


class SearchService:
    """Searches the library; keeps the index current from a single writer thread."""

    def __init__(self, db: Database, location: LibraryLocation, hub: ChangeHub) -> None:
        self._db = db
        self._index = SearchIndex(location.index_dir)
        self._engine = SearchEngine(self._index, self.documents)
        self._queue: queue.Queue[str] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._changed = threading.Condition()  # guards _state and _pending
        self._state = WorkerState.STARTING
        self._pending = 0  # commands queued and not yet done
        self._pending_of: tuple[bool, Pending] | None = None  # what the index lacks, kept
        self._pending_version = 0  # counts changes that make it stale
        self._cancel = threading.Event()
        self._listeners: list[StatusListener] = []
        self.status = IndexStatus("opening")
        self.procs = max(1, min(2, os.cpu_count() or 1))
        hub.subscribe(self.on_changes)

    # -- lifecycle ------------------------------------------------------------------------
    def start(self) -> None:
        """Open (or rebuild) the index in the background; searching works at once."""
        if self._thread is not None:
            return
        if self._db.read_only:
            # Nothing can be written: every search scans the articles' text instead.
            self._set_state(WorkerState.READ_ONLY)
            self._emit(IndexStatus("read-only", message="the library is read-only"))
            return
        self._thread = threading.Thread(target=self._run, name="index-worker", daemon=True)
        self._thread.start()
        self._command("open")

    def stop(self) -> None:
        """End the worker and close the index once nothing writes to it.

        End the worker (a build stops between batches, its commits kept) and close the index
        once nothing writes to it any more.
        """
        thread, self._thread = self._thread, None
        if thread is not None:
            self._cancel.set()
            self._queue.put("stop")
            thread.join(timeout=STOP_WAIT_S)
            if thread.is_alive():
                # Never close the index under a writer: the process is ending, and the
                # last commit is what the index holds.
                log.error("the index worker did not stop within %d s; index left open",
                          STOP_WAIT_S)  # fmt: skip
                return
        self._set_state(WorkerState.STOPPED)
        self._index.close()

    def open_as_is(self) -> int | None:
        """Search the index as it is, without a worker to build or update it.

        Search the index as it is, without a worker to build or update it (for commands,
        which must not wait minutes for a build): what it lacks is scanned. Returns how many
        articles it lacks, or None when there is no usable index (all are scanned).
        """
        usable = self._index.open_existing()
        self._set_state(WorkerState.READY if usable else WorkerState.STARTING)
        with self._db.reading() as session:
            return len(searchdocs.stale_ids(session)) if usable else None

    @property
    def state(self) -> WorkerState:
        """The index worker's state."""
        with self._changed:
            return self._state

    def wait_idle(self, timeout: float = 120.0) -> bool:
        """Block until the worker has nothing left to do (for the CLI and tests)."""
        with self._changed:
            return self._changed.wait_for(
                lambda: self._pending == 0 and self._state != WorkerState.STARTING, timeout
            )

    def subscribe(self, listener: StatusListener) -> None:
        """Call `listener` with each status of the index from now on."""
        self._listeners.append(listener)

    def rebuild(self) -> None:
        """Throw the index away and build it again from the database."""
        self._command("rebuild")

    def on_changes(self, changes: Changes) -> None:
        """Forget what the index lacks, and have the worker bring the index up to date."""
        self._forget_pending()
        if self._thread is None:
            return  # not started, stopped, or read-only: nothing would take the command
        if changes.articles or changes.removed_articles or changes.annotations or changes.external:
            self._command("sync")  # removals are read from the database (index_removals)

    def _command(self, command: str) -> None:
        with self._changed:
            self._pending += 1
        self._queue.put(command)

    def _set_state(self, state: WorkerState) -> None:
        with self._changed:  # a reentrant lock: _forget_pending takes it too
            self._state = state
            self._forget_pending()
            self._changed.notify_all()

    def _usable(self) -> bool:
        """Whether searches may use the index (else they scan the articles' text)."""
        return self.state in (WorkerState.READY, WorkerState.INDEXING)

    # -- searching ------------------------------------------------------------------------
    def search(
        self, text: str, limit: int = 20, sort: str | None = None, skip: int = 0
    ) -> SearchResults:
        """Never raises for a bad query; a damaged index falls back to scanning and rebuilds.

        `skip` and `limit` choose a page of the results.
        """
        return self._answer(
            lambda pending, use_index: self._engine.search(
                text, limit=limit, pending=pending, sort=sort, use_index=use_index, skip=skip
            )
        )

    def count(self, text: str, stop: Callable[[], bool] = lambda: False) -> int | None:
        """How many articles match, all of them; None if `stop()` turned true first."""
        return self._answer(
            lambda pending, use_index: self._engine.count(
                text, pending=pending, use_index=use_index, stop=stop
            )
        )

    def _answer(self, ask: Callable[[Pending, bool], T]) -> T:
        """Ask the engine; a failure throws the index away only if the index is damaged.

        Ask the engine, the articles the index lacks (or all, if it is not usable) to be
        scanned. If that fails, only damage to the index is a reason to throw it away; a bug
        in the query path is logged. Either way the question is answered by scanning.
        """
        ready = self._usable()
        pending = self._lacking(ready)
        try:
            return ask(pending, ready)
        except Exception as exc:
            if is_index_damage(exc):
                log.warning("search index damaged (%s); scanning, and rebuilding it", exc)
                if self.state == WorkerState.READY:
                    self.rebuild()
            else:
                log.exception("search failed; answering by scanning instead")
            return ask(self._lacking(False), False)

    def _lacking(self, ready: bool) -> Pending:
        """What the index lacks.

        Read once, then kept until the index or library changes (100,000 stamps cost a
        search tens of milliseconds while the index builds).
        """
        with self._changed:
            if self._pending_of is not None and self._pending_of[0] == ready:
                return self._pending_of[1]
            version = self._pending_version
        with self._db.reading() as session:
            if ready:
                pending: Pending = searchdocs.stale_stamps(session)
            else:
                pending = dict.fromkeys(searchdocs.all_ids(session), -1)
        with self._changed:
            if version == self._pending_version:  # nothing changed while it was read
                self._pending_of = (ready, pending)
        return pending

    def _forget_pending(self) -> None:
        with self._changed:
            self._pending_of = None
            self._pending_version += 1

    def documents(self, ids: list[int]) -> dict[int, SearchDocument]:
        """The search documents of these articles, by id."""
        with self._db.reading() as session:
            return searchdocs.search_documents(session, ids)

    # -- the worker -----------------------------------------------------------------------
    def _run(self) -> None:
        while True:
            command = self._queue.get()
            if command == "stop":
                return
            try:
                if command == "open":
                    self._open()
                elif command == "rebuild":
                    self._reset()
                self._sync()
            except Cancelled:
                log.info("index worker stopped; what was committed is kept")
                return
            except Exception as exc:  # the window goes on; searching falls back to scanning
                log.exception("index worker failed")
                self._set_state(WorkerState.FAILED)
                self._emit(IndexStatus("failed", message=str(exc)))
            finally:
                with self._changed:
                    self._pending -= 1
                    self._changed.notify_all()

    def _open(self) -> None:
        self._set_state(WorkerState.STARTING)
        self._emit(IndexStatus("opening"))
        healthy = self._index.open()
        with self._db.transaction() as session:
            if not healthy:
                searchdocs.forget_index(session)
            elif self._index.doc_count() != searchdocs.expected_entries(session) and not (
                searchdocs.stale_ids(session)
            ):
                log.warning("index and database disagree; rebuilding")
                self._index.reset()
                searchdocs.forget_index(session)
        self._set_state(WorkerState.READY)
        self._index.warm()  # here, not in the user's first search

    def _reset(self) -> None:
        self._set_state(WorkerState.STARTING)
        self._index.reset()
        with self._db.transaction() as session:
            searchdocs.forget_index(session)
        self._set_state(WorkerState.READY)

    def _sync(self) -> None:
        if not self._usable():
            return
        self._remove_trashed()
        with self._db.reading() as session:
            stale = searchdocs.stale_ids(session)
        if not stale:
            self._set_state(WorkerState.READY)
            self._emit(IndexStatus("ready"))
            return
        total = len(stale)
        self._set_state(WorkerState.INDEXING)
        self._emit(IndexStatus("indexing", 0, total))
        if total >= BULK_MIN and self._index.doc_count() == 0:
            self._build(stale)
        else:
            done = 0
            for stamps, docs in self._batches(stale):
                self._index.write(docs)
                with self._db.transaction() as session:
                    mark_indexed(session, stamps)
                self._forget_pending()
                done += len(stamps)
                self._emit(IndexStatus("indexing", done, total))
        log.info("indexed %d articles", total)
        self._set_state(WorkerState.READY)
        self._emit(IndexStatus("ready", total, total))

    def _remove_trashed(self) -> None:
        """Delete the entries of articles moved to the trash, first.

        An article restored meanwhile is stale, and is indexed again right after.
        """
        with self._db.reading() as session:
            removals = searchdocs.pending_removals(session)
        if removals:
            self._index.write([], deleted=removals)
            with self._db.transaction() as session:
                searchdocs.clear_removals(session, removals)
            self._forget_pending()

    def _batches(self, ids: list[int]) -> Iterator[tuple[dict[int, int], list[SearchDocument]]]:
        """The documents of these articles, a batch at a time, with the stamps they carry."""
        for first in range(0, len(ids), BATCH):
            if self._cancel.is_set():
                raise Cancelled
            part = ids[first : first + BATCH]
            with self._db.reading() as session:
                stamps = searchdocs.stamps(session, part)
                docs = searchdocs.search_documents(session, part)
            yield stamps, [docs[i] for i in part if i in docs]

    def _build(self, stale: list[int]) -> None:
        """A whole build, in worker processes; each commit marks its articles indexed."""
        total = len(stale)
        order: list[tuple[int, int]] = []  # (article id, stamp) in the order sent
        marked = 0

        def docs() -> Iterator[SearchDocument]:
            for stamps, batch in self._batches(stale):
                for doc in batch:
                    order.append((doc.id, stamps[doc.id]))
                    yield doc

        def committed(count: int) -> None:
            nonlocal marked
            with self._db.transaction() as session:
                mark_indexed(session, dict(order[marked:count]))
            self._forget_pending()
            marked = count

        def progress(count: int) -> None:
            self._emit(IndexStatus("indexing", count, total))

        # The gram table first, for every article, in worker processes (see grambuild.py):
        # from then on a search rules out, by the table, most of what Whoosh still lacks,
        # instead of reading every article's text until Whoosh commits it.
        grambuild.write_all(self._index.grams, (b for _, b in self._batches(stale)), self.procs)
        self._index.build(docs(), procs=self.procs, on_commit=committed, on_progress=progress,
                          grams_written=True)  # fmt: skip

    def _emit(self, status: IndexStatus) -> None:
        self.status = status
        for listener in self._listeners:
            listener(status)

    def rebuild_now(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Rebuild in the calling thread (for `reader reindex`); returns articles indexed."""
        self._index.open()
        self._reset()
        if progress is not None:
            self.subscribe(lambda s: progress(s.done, s.total) if s.state == "indexing" else None)
        self._sync()
        with self._db.reading() as session:
            return searchdocs.count_articles(session)
