"""Importing post files and folders into the library."""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from reader.core.errors import PostError, ReaderError
from reader.core.post import POST_SUFFIXES, Post
from reader.services.changes import ChangeHub, Changes
from reader.storage import annotations as annotation_store
from reader.storage import articles
from reader.storage.database import Database

log = logging.getLogger(__name__)
MAX_FILE_BYTES = 10 * 1024 * 1024


class Outcome(StrEnum):
    IMPORTED = "imported"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
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

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome is outcome)

    @property
    def failures(self) -> list[FileResult]:
        return [r for r in self.results if r.outcome is Outcome.FAILED]

    def summary(self) -> dict[str, int]:
        return {o.value: self.count(o) for o in Outcome}


Progress = Callable[[int, int, str], None]


def find_post_files(paths: Iterable[Path]) -> tuple[list[Path], list[FileResult]]:
    """Post files under `paths` (folders recursively, hidden ones skipped), sorted per folder."""
    found: list[Path] = []
    missing: list[FileResult] = []
    for path in paths:
        if path.is_dir():
            found.extend(_walk(path))
        elif path.is_file():
            found.append(path)
        else:
            missing.append(FileResult(str(path), Outcome.FAILED, reason="no such file or folder"))
    return found, missing


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in POST_SUFFIXES:
                yield Path(root) / name


class ImportService:
    """Imports files idempotently: unchanged files are skipped, changed ones update in place."""

    def __init__(self, db: Database, hub: ChangeHub) -> None:
        self._db = db
        self._hub = hub

    def import_paths(
        self,
        paths: Iterable[Path],
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> ImportReport:
        files, missing = find_post_files(Path(p) for p in paths)
        report = ImportReport(results=list(missing))
        with self._db.reading() as session:
            known = articles.file_hashes(session)
        changed: set[int] = set()
        for done, path in enumerate(files):
            if progress is not None:
                progress(done, len(files), path.name)
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                break
            result = self._import_file(path, known)
            report.results.append(result)
            if result.outcome in (Outcome.IMPORTED, Outcome.UPDATED) and result.article_id:
                changed.add(result.article_id)
        if progress is not None and not report.cancelled:
            progress(len(files), len(files), "")
        self._hub.publish(Changes(articles=frozenset(changed), tags=bool(changed)))
        return report

    def _import_file(self, path: Path, known: dict[str, str]) -> FileResult:
        key = str(path.resolve())
        try:
            stat = path.stat()
            if stat.st_size > MAX_FILE_BYTES:
                size = stat.st_size / 1024 / 1024
                raise PostError(
                    f"the file is too large to be an article ({size:.1f} MB; the limit is "
                    f"{MAX_FILE_BYTES // 1024 // 1024} MB)"
                )
            data = path.read_bytes()
            file_hash = hashlib.sha256(data).hexdigest()
            if known.get(key) == file_hash:
                return FileResult(key, Outcome.UNCHANGED)
            post = _parse_post(data, path.name)
            mtime = datetime.fromtimestamp(stat.st_mtime, UTC)
            with self._db.transaction() as session:
                row = articles.find_by_path(session, key)
                outcome = Outcome.IMPORTED if row is None else Outcome.UPDATED
                row = articles.save_post(
                    session, post, source_path=key, file_hash=file_hash, file_mtime=mtime, row=row
                )
                if outcome is Outcome.UPDATED:
                    annotation_store.reanchor_article(session, row)
                article_id = row.id
            known[key] = file_hash
            return FileResult(key, outcome, article_id)
        except FileNotFoundError:
            return FileResult(key, Outcome.FAILED, reason="the file disappeared during the import")
        except PermissionError:
            return FileResult(key, Outcome.FAILED, reason="permission denied: cannot read the file")
        except IsADirectoryError:
            return FileResult(key, Outcome.FAILED, reason="this is a folder, not a file")
        except OSError as exc:
            return FileResult(key, Outcome.FAILED, reason=f"cannot read the file: {exc.strerror}")
        except ReaderError as exc:
            return FileResult(key, Outcome.FAILED, reason=str(exc))
        except RecursionError:
            return FileResult(
                key, Outcome.FAILED, reason="the HTML is nested too deeply to convert"
            )
        except Exception as exc:  # a bug in a converter must not stop the other 9,999 files
            log.exception("unexpected error importing %s", path)
            return FileResult(
                key, Outcome.FAILED, reason=f"internal error ({type(exc).__name__}: {exc})"
            )


def _parse_post(data: bytes, name: str) -> Post:
    # Imported here: the parsing stack (lxml, BeautifulSoup, markdownify, markdown-it) takes
    # an eighth of a second to import, which a start that only reads and searches skips.
    from reader.core.posts import parse_post

    return parse_post(data, name)
