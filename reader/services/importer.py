"""Importing post files and folders into the library."""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.errors import LibraryError, ReaderError
from reader.core.post import Post
from reader.services.changes import ChangeHub, Changes
from reader.services.conversion import WORKERS_FROM, Converted, Converter
from reader.services.media import MediaStore, media_urls
from reader.services.postfiles import find_post_files, identity, read_post_bytes, shown_path
from reader.storage import annotations as annotation_store
from reader.storage import articles
from reader.storage import duplicates as duplicate_store
from reader.storage import images as image_store
from reader.storage.database import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)
WRITE_BATCH = 64  # converted files written in one transaction


class Outcome(StrEnum):
    """What an import did with one file."""

    IMPORTED = "imported"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    FAILED = "failed"


@dataclass(frozen=True)
class FileResult:
    """One file of an import: its outcome, the article, and the reason of a failure."""

    path: str
    outcome: Outcome
    article_id: int | None = None
    reason: str | None = None


@dataclass
class ImportReport:
    """Every file of an import, in the order handled."""

    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False
    stopped: str | None = None  # why the library could take no more (disk full, say)

    def count(self, outcome: Outcome) -> int:
        """How many files had `outcome`."""
        return sum(1 for r in self.results if r.outcome is outcome)

    @property
    def failures(self) -> list[FileResult]:
        """The files that failed, each with its reason."""
        return [r for r in self.results if r.outcome is Outcome.FAILED]

    def changed_ids(self) -> list[int]:
        """The articles this import created or updated."""
        return [r.article_id for r in self.results
                if r.outcome in (Outcome.IMPORTED, Outcome.UPDATED) and r.article_id]  # fmt: skip

    def summary(self) -> dict[str, int]:
        """How many files had each outcome."""
        return {o.value: self.count(o) for o in Outcome}


Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class _Read:
    """A file as read for import: its bytes to convert, or why there is nothing to."""

    path: Path
    shown: str
    key: str = ""
    data: bytes | None = None  # None: unchanged, or `failed`
    hash: str = ""
    mtime: datetime = datetime.min
    failed: str | None = None

    @property
    def name(self) -> str:
        return shown_path(Path(self.path.name))


class ImportService:
    """Imports files idempotently: unchanged files are skipped, changed ones update in place."""

    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        media: MediaStore,
        after_import: Callable[[], None] | None = None,
    ) -> None:
        self._db = db
        self._hub = hub
        self._media = media
        self._after_import = after_import  # run after an import that changed something
        self.workers = max(1, os.cpu_count() or 1)  # conversion processes for a large import

    def import_paths(
        self,
        paths: Iterable[Path],
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        allow_duplicates: bool = False,
    ) -> ImportReport:
        """Import every post file under `paths`.

        A file that can't be read is reported with its reason and the rest go on; a library
        that can't be written (disk full, read-only, locked) stops the import there, with
        the reason in `report.stopped`.

        Files are converted in worker processes (`conversion.py`) and written here in the
        order found, many to a transaction; progress, errors and cancelling stay per file.
        """
        candidates = list(find_post_files(Path(p) for p in paths))
        files = [c.path for c in candidates if c.problem is None]
        report = ImportReport(results=[
            FileResult(shown_path(c.path.absolute()), Outcome.FAILED, reason=c.problem)
            for c in candidates if c.problem is not None
        ])  # fmt: skip
        with self._db.reading() as session:
            known = articles.file_hashes(session)
            uncollected = articles.uncollected_paths(session)
        workers = self.workers if len(files) >= WORKERS_FROM else 1
        batch: list[tuple[_Read, Post]] = []  # converted, to be written in one transaction
        try:
            with Converter[_Read](workers) as converter:
                read = (self._read(path, known) for path in files)
                jobs = ((r, r.data, r.name) for r in read)
                for done, (item, converted) in enumerate(converter.map(jobs)):
                    if progress is not None:
                        progress(done, len(files), item.name)
                    if cancel is not None and cancel.is_set():
                        report.cancelled = True
                        break
                    if item.failed is None and converted is not None and converted.post:
                        batch.append((item, converted.post))
                        if len(batch) >= WRITE_BATCH:
                            self._write_all(batch, known, allow_duplicates, report.results)
                        continue
                    self._write_all(batch, known, allow_duplicates, report.results)
                    report.results.append(self._settle(item, converted, known, uncollected))
            self._write_all(batch, known, allow_duplicates, report.results)
        except LibraryError as exc:
            report.stopped = str(exc)
            log.error("import stopped: %s", exc)
        changed = set(report.changed_ids())
        if progress is not None and not (report.cancelled or report.stopped):
            progress(len(files), len(files), "")
        self._hub.publish(Changes(articles=frozenset(changed), tags=bool(changed)))
        if changed and self._after_import is not None:
            self._after_import()
        return report

    def _read(self, path: Path, known: dict[str, tuple[str, int]]) -> _Read:
        """A file's bytes, unless it is unchanged since it was imported or can't be read."""
        shown = shown_path(path.absolute())
        try:
            key = identity(path)
            data, info = read_post_bytes(path)
        except FileNotFoundError:
            return _Read(path, shown, failed="the file disappeared during the import")
        except PermissionError:
            return _Read(path, shown, failed="permission denied: cannot read the file")
        except IsADirectoryError:
            return _Read(path, shown, failed="this is a folder, not a file")
        except OSError as exc:
            return _Read(path, shown, failed=f"cannot read the file: {exc.strerror or exc}")
        except ReaderError as exc:
            return _Read(path, shown, failed=str(exc))
        file_hash = hashlib.sha256(data).hexdigest()
        if known.get(key, ("", None))[0] == file_hash:
            return _Read(path, shown, key=key)  # unchanged: nothing to convert
        mtime = datetime.fromtimestamp(info.st_mtime, UTC)
        return _Read(path, shown, key, data, file_hash, mtime)

    def _settle(
        self,
        item: _Read,
        converted: Converted | None,
        known: dict[str, tuple[str, int]],
        uncollected: set[str],
    ) -> FileResult:
        """The result of a file with nothing to write: unreadable, unchanged, unconvertible."""
        if item.failed is not None:
            return _failed(item.shown, item.failed)
        if converted is None:  # unchanged
            if item.key in uncollected:
                return self._collect_images(item.path, item.key)
            return FileResult(item.key, Outcome.UNCHANGED, known[item.key][1])
        return _failed(item.shown, converted.reason or "cannot be converted")

    def _write_all(
        self,
        batch: list[tuple[_Read, Post]],
        known: dict[str, tuple[str, int]],
        duplicates: bool,
        results: list[FileResult],
    ) -> None:
        """Store converted files in one transaction, each on its own if that fails.

        Store converted files in one transaction (a commit per file cost more than the
        writing), adding their results to `results`. If it fails, each is written on its
        own: a file at fault is named and the others kept, and a library that can take no
        more (LibraryError, raised) keeps every file written before the one that filled it.
        Empties `batch`.
        """
        if not batch:
            return
        items, batch[:] = list(batch), []
        try:
            with self._db.transaction() as session:
                done = self._store_all(session, items, known, duplicates)
        except Exception:  # noqa: BLE001 (found again, and named, file by file below)
            done = []
            for item, post in items:
                try:
                    done.append(self._write_one(item, post, known, duplicates))
                except LibraryError:
                    self._remember(done, items, known, results)
                    raise
        self._remember(done, items, known, results)

    @staticmethod
    def _remember(
        done: list[FileResult],
        items: list[tuple[_Read, Post]],
        known: dict[str, tuple[str, int]],
        results: list[FileResult],
    ) -> None:
        """Record written files' results, and their hashes for the rest of the import."""
        hashes = {item.key: item.hash for item, _ in items}
        for result in done:
            if result.outcome in (Outcome.IMPORTED, Outcome.UPDATED) and result.article_id:
                known[result.path] = (hashes[result.path], result.article_id)
        results.extend(done)

    def _write_one(
        self, item: _Read, post: Post, known: dict[str, tuple[str, int]], duplicates: bool
    ) -> FileResult:
        try:
            with self._db.transaction() as session:
                [done] = self._store_all(session, [(item, post)], known, duplicates)
                return done
        except LibraryError:
            raise  # not this file's fault: the caller stops the import
        except OSError as exc:
            return _failed(item.shown, f"cannot read the file: {exc.strerror or exc}")
        except Exception as exc:  # a bug must not stop the other 9,999 files
            log.exception("unexpected error importing %s", item.shown)
            return _failed(item.shown, f"internal error ({type(exc).__name__}: {exc})")

    def _store_all(
        self,
        session: Session,
        items: list[tuple[_Read, Post]],
        known: dict[str, tuple[str, int]],
        duplicates: bool,
    ) -> list[FileResult]:
        """Store converted files in the caller's transaction; their results, in order.

        A changed file updates its article in place; the new ones are looked up for duplicates
        and written together (a few statements for the whole batch: one each cost the import
        a fifth of its time).
        """
        done: dict[int, FileResult] = {}
        new: list[int] = []
        for n, (item, post) in enumerate(items):
            existing = articles.id_by_path(session, item.key) if item.key in known else None
            if existing is None:
                new.append(n)
            else:
                done[n] = self._update(session, item, post, existing)
        posts = [items[n][1] for n in new]
        same = [None] * len(new) if duplicates else duplicate_store.find_duplicates(session, posts)
        stored = [n for n, dup in zip(new, same, strict=True) if dup is None]
        fresh = [items[n] for n in stored]
        ids = articles.insert_posts(session, [
            articles.PostFile(post, item.key, item.hash, item.mtime) for item, post in fresh
        ], images_collected=True)  # fmt: skip
        image_store.add_images(session, [
            (article_id, self._media.collect(item.path, _image_urls(post)))
            for article_id, (item, post) in zip(ids, fresh, strict=True)
        ])  # fmt: skip
        id_of = dict(zip(stored, ids, strict=True))
        for n, dup in zip(new, same, strict=True):
            key = items[n][0].key
            if dup is None:
                done[n] = FileResult(key, Outcome.IMPORTED, id_of[n])
                continue
            other = dup.article_id if dup.earlier is None else id_of[new[dup.earlier]]
            done[n] = FileResult(key, Outcome.DUPLICATE, other, f"duplicate of #{other}")
        return [done[n] for n in range(len(items))]

    def _update(self, session: Session, item: _Read, post: Post, article_id: int) -> FileResult:
        """Update an article in place from its changed file."""
        images = self._media.collect(item.path, _image_urls(post))
        articles.save_post(session, post, source_path=item.key, file_hash=item.hash,
                           file_mtime=item.mtime, article_id=article_id)  # fmt: skip
        annotation_store.reanchor_article(session, article_id)
        image_store.set_article_images(session, article_id, images)
        return FileResult(item.key, Outcome.UPDATED, article_id)

    def _collect_images(self, path: Path, key: str) -> FileResult:
        """An unchanged file whose article was imported before the media store existed.

        Its images are collected now, from the post's folder while it is still there.
        """
        with self._db.reading() as session:
            found = articles.images_source(session, key)
        if found is None:
            return FileResult(key, Outcome.UNCHANGED)
        article_id, markdown, cover = found
        urls = media_urls(markdown, cover)
        images = self._media.collect(path, urls)
        with self._db.transaction() as session:
            image_store.set_article_images(session, article_id, images)
        return FileResult(key, Outcome.UNCHANGED, article_id)


def _image_urls(post: Post) -> list[str]:
    return media_urls(post.markdown, post.cover_image)


def _failed(path: str, reason: str) -> FileResult:
    return FileResult(path, Outcome.FAILED, reason=reason)
