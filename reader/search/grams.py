"""Which articles hold a run of CJK characters: their characters and bigrams, in SQLite FTS5.

The Whoosh index knows Chinese by jieba's words (see `analysis.py`), which rank well but
cannot promise recall: a run that jieba cut differently in the article, or a run inside a
word, is not one of its terms. This table can: an article holding a run holds every bigram
of it (and a one-character run is itself a term here), so "every bigram of the run is in
the article" never misses, and is precise enough that the engine checks the run itself on
the text of a few candidates only. It answers in under a millisecond, from C.

Putting the characters and bigrams in Whoosh instead cost four to six times as much to
index: Whoosh pays in Python for each distinct term of each article (about 4,000 here).

It is an FTS5 table with `detail=none` (document ids only: no positions, no counts) and
`contentless_delete=1` (nothing stored but the index), one row per article whose text is
its distinct characters and bigrams; `unicode61` reads each as one token. It lives beside
the Whoosh index and is rebuilt with it. It may be ahead of Whoosh (it is written first),
which only adds candidates, never loses any.

`contentless_delete` needs SQLite 3.43; apsw bundles a current SQLite whatever the system's.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from pathlib import Path

import apsw

from reader.core.records import SearchDocument
from reader.core.variants import fold
from reader.search.analysis import _TOKEN

log = logging.getLogger(__name__)
VERSION = "2"  # 2: Traditional characters folded to Simplified
_SCHEMA = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS grams USING fts5(t, content='', "
    "contentless_delete=1, detail=none, tokenize='unicode61 remove_diacritics 0');"
    "CREATE TABLE IF NOT EXISTS info(key TEXT PRIMARY KEY, value TEXT);"
)


def grams(text: str) -> set[str]:
    """The distinct CJK characters and character bigrams of a text."""
    out: set[str] = set()
    for match in _TOKEN.finditer(text):
        run = match.group(1)
        if run is not None:
            out.update(run)
            out.update(run[i : i + 2] for i in range(len(run) - 1))
    # unicode61 splits at marks such as ・ and ゠: leave out the grams holding one
    return {g for g in out if g.isalnum()}


def run_grams(run: str) -> set[str]:
    """What an article holding `run` must hold: its bigrams (or the character itself)."""
    if len(run) == 1:
        return {run} if run.isalnum() else set()
    return {g for g in (run[i : i + 2] for i in range(len(run) - 1)) if g.isalnum()}


def document_text(doc: SearchDocument) -> str:
    """Every field a term may be found in, as the text checks read them (folded to
    Simplified characters, as queries are)."""
    return fold("\n".join([doc.title, doc.text, doc.author, *doc.categories, *doc.tags, doc.notes]))


BUSY_TIMEOUT_MS = 30_000


def _connect(
    path: Path, flags: int = apsw.SQLITE_OPEN_READWRITE | apsw.SQLITE_OPEN_CREATE
) -> apsw.Connection:
    """A connection that waits for another process's write (a second Reader searching or
    indexing the same library) instead of failing at once with BusyError."""
    db = apsw.Connection(str(path), flags=flags)
    db.set_busy_timeout(BUSY_TIMEOUT_MS)
    return db


def _check_size(db: apsw.Connection, path: Path) -> None:
    """A cut-short file (the usual damage) without reading it all, as `quick_check` would:
    when no write-ahead log is pending, the file holds every page the database counts.
    Damage this misses makes a search fail, and the search service then rebuilds."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return
    row = db.execute("PRAGMA page_count").fetchone()
    size = db.execute("PRAGMA page_size").fetchone()
    if row is None or size is None or path.stat().st_size < int(row[0]) * int(size[0]):
        raise apsw.CorruptError("the bigram index file is shorter than its pages")


class GramIndex:
    """The gram table. The index worker writes; any thread may ask for candidates."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._writer: apsw.Connection | None = None
        self._reader: apsw.Connection | None = None

    def open(self) -> bool:
        """Open the table; False when it is missing, from another version, or unreadable."""
        self.close()
        if not self.path.exists():
            return False
        try:
            writer = _connect(self.path)
            row = writer.execute("SELECT value FROM info WHERE key = 'version'").fetchone()
            if row is None or row[0] != VERSION:
                writer.close()
                return False
            writer.execute("SELECT rowid FROM grams WHERE grams MATCH '\"一二\"' LIMIT 1")
            _check_size(writer, self.path)
        except apsw.Error as exc:
            log.warning("bigram index unreadable: %s: %s", type(exc).__name__, exc)
            return False
        self._writer = writer
        return True

    def create(self) -> None:
        """A new, empty table (the caller has removed any old file)."""
        self.close()
        writer = _connect(self.path)
        writer.execute("PRAGMA journal_mode = WAL")
        with writer:
            writer.execute(_SCHEMA)
            writer.execute("INSERT OR REPLACE INTO info VALUES ('version', ?)", (VERSION,))
        self._writer = writer

    def write(self, docs: Iterable[SearchDocument], deleted: Iterable[int] = ()) -> None:
        """Replace the rows of `docs` and remove `deleted`, in one transaction."""
        db = self._writer
        if db is None:
            raise RuntimeError("the bigram index is not open")
        with db:
            db.executemany("DELETE FROM grams WHERE rowid = ?", ((i,) for i in deleted))
            db.executemany(
                "INSERT OR REPLACE INTO grams(rowid, t) VALUES (?, ?)",
                ((doc.id, " ".join(grams(document_text(doc)))) for doc in docs),
            )

    def candidates(self, runs: Iterable[str]) -> set[int] | None:
        """Articles holding every gram of every run (a superset of those holding the runs);
        None when the runs have no gram to look up, so nothing can be ruled out."""
        needed = sorted({g for run in runs for g in run_grams(run)})
        if not needed:
            return None
        query = " AND ".join(f'"{g}"' for g in needed)
        with self._lock:
            if self._reader is None:
                self._reader = _connect(self.path, flags=apsw.SQLITE_OPEN_READONLY)
            rows = self._reader.execute("SELECT rowid FROM grams WHERE grams MATCH ?", (query,))
            return {int(row[0]) for row in rows}

    def close(self) -> None:
        with self._lock:
            for db in (self._writer, self._reader):
                if db is not None:
                    db.close()
            self._writer = self._reader = None
