"""The Whoosh index on disk: schema, opening with a health check, writing documents."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from whoosh import fields, index
from whoosh.filedb.filestore import FileStorage

from reader.core.dates import naive_utc
from reader.core.records import SearchDocument
from reader.search import bulk
from reader.search.analysis import ReaderAnalyzer, jieba_words
from reader.search.articleset import segment_ids
from reader.search.grams import GramIndex
from reader.search.searcher import KeptSearcher
from reader.search.whooshinternals import index_writer, internals_missing

log = logging.getLogger(__name__)
SCHEMA_VERSION = "4"  # 4: Traditional characters indexed as Simplified
_NEVER = datetime(1970, 1, 1, tzinfo=UTC)


def make_schema() -> fields.Schema:
    """The Whoosh schema: the fields an article is indexed under."""
    text = ReaderAnalyzer()
    return fields.Schema(
        id=fields.NUMERIC(int, bits=64, stored=True, unique=True, signed=False, sortable=True),
        title=fields.TEXT(analyzer=text, phrase=False, field_boost=3.0),
        body=fields.TEXT(analyzer=text, phrase=False),
        meta=fields.TEXT(analyzer=text, phrase=False, field_boost=1.5),
        author=fields.TEXT(analyzer=text, phrase=False),
        notes=fields.TEXT(analyzer=text, phrase=False, field_boost=1.5),
        categories=fields.KEYWORD(commas=True, lowercase=True),
        tags=fields.KEYWORD(commas=True, lowercase=True),
        colors=fields.KEYWORD(commas=True, lowercase=True),
        flags=fields.KEYWORD(commas=True),
        state=fields.ID,
        date=fields.DATETIME,
        sort_date=fields.DATETIME(sortable=True),
    )


def to_fields(doc: SearchDocument) -> dict[str, Any]:
    """The fields of `doc` as the index stores them."""
    flags = []
    if doc.highlights:
        flags.append("annotated")
    if doc.notes_count:
        flags.append("note")
    out: dict[str, Any] = {
        "id": doc.id,
        "title": doc.title,
        "body": doc.text,
        "meta": " ".join([doc.author, *doc.categories, *doc.tags]),
        "author": doc.author,
        "notes": doc.notes,
        "categories": ",".join(c.replace(",", " ") for c in doc.categories),
        "tags": ",".join(t.replace(",", " ") for t in [*doc.tags, *doc.note_tags]),
        "colors": ",".join(doc.colors),
        "flags": ",".join(flags),
        "state": doc.state,
        "sort_date": naive_utc(doc.sort_date),
    }
    if doc.date is not None:
        out["date"] = naive_utc(doc.date)
    return out


class SearchIndex:
    """A Whoosh index in a folder. Only one thread writes (the index worker)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._ix: Any = None
        self.grams = GramIndex(folder / "grams.db")
        self.searchers = KeptSearcher()

    def open(self) -> bool:
        """Open the index; return False when it had to be created afresh (missing/broken)."""
        self.close()
        self.folder.mkdir(parents=True, exist_ok=True)
        storage = FileStorage(str(self.folder), supports_mmap=False)
        if self._healthy(storage) and self.grams.open():
            return True
        if index.exists(storage):
            log.warning("search index at %s is unreadable; rebuilding it", self.folder)
        self.reset()
        return False

    def open_existing(self) -> bool:
        """Open the index as it is, to search and never to write.

        False (nothing created or removed) when it is missing or unreadable. For a command
        that must not wait for a build; another process may be writing it meanwhile.
        """
        self.close()
        storage = FileStorage(str(self.folder), supports_mmap=False)
        if self.folder.is_dir() and self._healthy(storage) and self.grams.open():
            return True
        self.close()
        return False

    def _healthy(self, storage: FileStorage) -> bool:
        marker = self.folder / "reader-schema"
        try:
            if not index.exists(storage) or marker.read_text().strip() != SCHEMA_VERSION:
                return False
            self._ix = storage.open_index()  # on failure, reset() closes it
            with self.searcher() as searcher:  # reads every segment's files, and is kept
                searcher.doc_count()
                for _ in searcher.reader().all_stored_fields():
                    break
                for name in ("title", "body"):
                    for _ in searcher.reader().lexicon(name):
                        break
            return True
        except Exception as exc:  # any damage at all means: rebuild from the database
            log.warning("search index damaged: %s: %s", type(exc).__name__, exc)
            return False

    def reset(self) -> None:
        """Remove the index and create an empty one."""
        if self._ix is not None:
            self._ix.close()
            self._ix = None
        self.grams.close()
        self.searchers.discard()
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True, exist_ok=True)
        storage = FileStorage(str(self.folder), supports_mmap=False)
        self._ix = storage.create_index(make_schema())
        self.grams.create()
        (self.folder / "reader-schema").write_text(SCHEMA_VERSION)

    @property
    def ix(self) -> Any:
        """The open Whoosh index."""
        if self._ix is None:
            raise RuntimeError("the search index is not open")
        return self._ix

    def doc_count(self) -> int:
        """How many documents the index holds."""
        return int(self.ix.doc_count())

    def write(self, docs: Iterable[SearchDocument], deleted: Iterable[int] = ()) -> int:
        """Add or replace documents and delete others, in one commit.

        Returns docs written. The bigram table is written first: ahead of Whoosh it can only
        add candidates.
        """
        docs = list(docs)
        deleted = list(deleted)
        self.grams.write(docs, deleted)
        writer = index_writer(self.ix)
        written = 0
        try:
            for article_id in deleted:
                writer.delete_by_term("id", article_id)
            for doc in docs:
                writer.update_document(**to_fields(doc))
                written += 1
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        self._ix = self.ix.refresh()
        return written

    def build(
        self,
        docs: Iterable[SearchDocument],
        *,
        procs: int,
        on_commit: Callable[[int], None],
        commit_every: int = 10_000,
        on_progress: Callable[[int], None] | None = None,
        segment_postings: int = bulk.SEGMENT_POSTINGS,
        grams_written: bool = False,
    ) -> int:
        """Add many new documents with worker processes, committing as they go.

        Add many new documents with worker processes (see `bulk.py`), committing every
        `commit_every`; `on_commit(count)` is told how many are searchable so far, and
        `on_progress(count)` how many the workers have been given. `grams_written`: the
        caller has written these documents' rows of the gram table already.
        """

        def committed(ix: Any, count: int) -> None:
            self._ix = ix
            on_commit(count)

        def fields() -> Iterator[dict[str, Any]]:
            batch: list[SearchDocument] = []
            for doc in docs:
                batch.append(doc)
                if len(batch) >= bulk.BATCH_DOCS:
                    if not grams_written:
                        self.grams.write(batch)
                    yield from (to_fields(d) for d in batch)
                    batch = []
            if not grams_written:
                self.grams.write(batch)
            yield from (to_fields(d) for d in batch)

        if internals_missing():
            return self._build_in_process(fields(), commit_every, committed, on_progress)
        return bulk.build(
            self.ix,
            str(self.folder),
            fields(),
            procs=procs,
            commit_every=commit_every,
            on_commit=committed,
            on_progress=on_progress,
            segment_postings=segment_postings,
        )

    def _build_in_process(
        self,
        docs: Iterable[dict[str, Any]],
        commit_every: int,
        on_commit: Callable[[Any, int], None],
        on_progress: Callable[[int], None] | None,
    ) -> int:
        """`build` through Whoosh's public writer, in this process.

        For a Whoosh whose internals Reader does not know.
        """
        count = pending = 0
        writer = self.ix.writer()
        try:
            for fields in docs:
                writer.add_document(**fields)
                count, pending = count + 1, pending + 1
                if on_progress is not None and count % 100 == 0:
                    on_progress(count)
                if pending >= commit_every:
                    writer.commit()
                    on_commit(self.ix.refresh(), count)
                    writer, pending = self.ix.writer(), 0
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        if on_progress is not None:
            on_progress(count)
        on_commit(self.ix.refresh(), count)
        return count

    def warm(self) -> None:
        """Load what the first search would otherwise wait for.

        Jieba's dictionary, the kept searcher with its length columns, and each segment's
        article ids.
        """
        jieba_words("预热")
        with self.searcher() as searcher:
            for sub, _ in searcher.leaf_searchers():
                segment_ids(sub.reader())

    def searcher(self) -> AbstractContextManager[Any]:
        """The kept-open searcher, current with the index, for one search at a time."""
        return self.searchers.use(self.ix)

    def close(self) -> None:
        """Close the searcher, the gram table and the index."""
        self.searchers.discard()
        self.grams.close()
        if self._ix is not None:
            self._ix.close()
            self._ix = None
