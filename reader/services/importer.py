"""Importing post files and folders into the library."""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from reader.core.errors import LibraryError, ReaderError
from reader.core.post import Post
from reader.services.changes import ChangeHub, Changes
from reader.services.media import MediaStore, media_urls
from reader.services.postfiles import find_post_files, identity, read_post_bytes, shown_path
from reader.storage import annotations as annotation_store
from reader.storage import articles
from reader.storage import images as image_store
from reader.storage.database import Database

log = logging.getLogger(__name__)


class Outcome(StrEnum):
    IMPORTED = "imported"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    FAILED = "failed"


@dataclass(frozen=True)
class FileResult:
    path: str
    outcome: Outcome
    article_id: int | None = None
    reason: str | None = None


@dataclass
class ImportReport:
    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False
    stopped: str | None = None  # why the library could take no more (disk full, say)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome is outcome)

    @property
    def failures(self) -> list[FileResult]:
        return [r for r in self.results if r.outcome is Outcome.FAILED]

    def changed_ids(self) -> list[int]:
        """The articles this import created or updated."""
        return [r.article_id for r in self.results
                if r.outcome in (Outcome.IMPORTED, Outcome.UPDATED) and r.article_id]  # fmt: skip

    def summary(self) -> dict[str, int]:
        return {o.value: self.count(o) for o in Outcome}


Progress = Callable[[int, int, str], None]


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

    def import_paths(
        self,
        paths: Iterable[Path],
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        allow_duplicates: bool = False,
    ) -> ImportReport:
        """Import every post file under `paths`. A file that can't be read is reported with
        its reason and the rest go on; a library that can't be written (disk full,
        read-only, locked) stops the import there, with the reason in `report.stopped`."""
        candidates = list(find_post_files(Path(p) for p in paths))
        files = [c.path for c in candidates if c.problem is None]
        report = ImportReport(results=[
            FileResult(shown_path(c.path.absolute()), Outcome.FAILED, reason=c.problem)
            for c in candidates if c.problem is not None
        ])  # fmt: skip
        with self._db.reading() as session:
            known = articles.file_hashes(session)
            uncollected = articles.uncollected_paths(session)
        changed: set[int] = set()
        for done, path in enumerate(files):
            if progress is not None:
                progress(done, len(files), shown_path(Path(path.name)))
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                break
            try:
                result = self._import_file(path, known, uncollected, allow_duplicates)
            except LibraryError as exc:
                report.stopped = str(exc)
                log.error("import stopped at %s: %s", shown_path(path), exc)
                break
            report.results.append(result)
            if result.outcome in (Outcome.IMPORTED, Outcome.UPDATED) and result.article_id:
                changed.add(result.article_id)
        if progress is not None and not (report.cancelled or report.stopped):
            progress(len(files), len(files), "")
        self._hub.publish(Changes(articles=frozenset(changed), tags=bool(changed)))
        if changed and self._after_import is not None:
            self._after_import()
        return report

    def _import_file(
        self,
        path: Path,
        known: dict[str, tuple[str, int]],
        uncollected: set[str],
        allow_duplicates: bool,
    ) -> FileResult:
        shown = shown_path(path.absolute())
        try:
            key = identity(path)
            data, info = read_post_bytes(path)
            file_hash = hashlib.sha256(data).hexdigest()
            stored_hash, stored_id = known.get(key, ("", None))
            if stored_hash == file_hash:
                if key in uncollected:
                    return self._collect_images(path, key)
                return FileResult(key, Outcome.UNCHANGED, stored_id)
            post = _parse_post(data, shown_path(Path(path.name)))
            images = self._media.collect(path, _image_urls(post))
            mtime = datetime.fromtimestamp(info.st_mtime, UTC)
            with self._db.transaction() as session:
                row = articles.find_by_path(session, key)
                if row is None and not allow_duplicates:
                    same = articles.find_duplicate(session, post)
                    if same is not None:
                        return FileResult(key, Outcome.DUPLICATE, same, f"duplicate of #{same}")
                outcome = Outcome.IMPORTED if row is None else Outcome.UPDATED
                row = articles.save_post(
                    session, post, source_path=key, file_hash=file_hash, file_mtime=mtime, row=row
                )
                if outcome is Outcome.UPDATED:
                    annotation_store.reanchor_article(session, row)
                image_store.set_article_images(session, row.id, images)
                article_id = row.id
            known[key] = (file_hash, article_id)
            return FileResult(key, outcome, article_id)
        except LibraryError:
            raise  # not this file's fault: the caller stops the import
        except FileNotFoundError:
            return _failed(shown, "the file disappeared during the import")
        except PermissionError:
            return _failed(shown, "permission denied: cannot read the file")
        except IsADirectoryError:
            return _failed(shown, "this is a folder, not a file")
        except OSError as exc:
            return _failed(shown, f"cannot read the file: {exc.strerror or exc}")
        except ReaderError as exc:
            return _failed(shown, str(exc))
        except RecursionError:
            return _failed(shown, "the HTML is nested too deeply to convert")
        except Exception as exc:  # a bug in a converter must not stop the other 9,999 files
            log.exception("unexpected error importing %s", shown)
            return _failed(shown, f"internal error ({type(exc).__name__}: {exc})")

    def _collect_images(self, path: Path, key: str) -> FileResult:
        """An unchanged file whose article was imported before the media store existed: its
        images are collected now, from the post's folder while it is still there."""
        with self._db.reading() as session:
            row = articles.find_by_path(session, key)
            if row is None:
                return FileResult(key, Outcome.UNCHANGED)
            article_id, markdown, cover = row.id, row.markdown, row.cover_image
        urls = media_urls(markdown, cover)
        images = self._media.collect(path, urls)
        with self._db.transaction() as session:
            image_store.set_article_images(session, article_id, images)
        return FileResult(key, Outcome.UNCHANGED, article_id)


def _image_urls(post: Post) -> list[str]:
    return media_urls(post.markdown, post.cover_image)


def _failed(path: str, reason: str) -> FileResult:
    return FileResult(path, Outcome.FAILED, reason=reason)


def _parse_post(data: bytes, name: str) -> Post:
    # Imported here: the parsing stack (lxml, BeautifulSoup, markdownify, markdown-it) takes
    # an eighth of a second to import, which a start that only reads and searches skips.
    from reader.core.posts import parse_post

    return parse_post(data, name)
