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
import re
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path

import apsw

from reader.core.records import SearchDocument
from reader.core.scripts import CJK
from reader.core.variants import fold
from reader.search.analysis import _TOKEN, stem_word

log = logging.getLogger(__name__)
_WORD = re.compile(rf"[^\W_{CJK}]+")  # a word, as `matching.TermMatcher` finds words
_RUN = re.compile(f"[{CJK}]+")
VERSION = "2"  # 2: Traditional characters folded to Simplified
# The search stamp each row was made from, so a search knows which rows of the articles
# the index still lacks it may trust (a table from before it was added starts empty).
_WRITTEN = "CREATE TABLE IF NOT EXISTS written(id INTEGER PRIMARY KEY, stamp INTEGER NOT NULL)"
_SCHEMA = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS grams USING fts5(t, content='', "
    "contentless_delete=1, detail=none, tokenize='unicode61 remove_diacritics 0');"
    "CREATE TABLE IF NOT EXISTS info(key TEXT PRIMARY KEY, value TEXT);" + _WRITTEN + ";"
)


def grams(text: str) -> set[str]:
    """The distinct CJK characters and bigrams of a text, and the stems of its words.

    The distinct CJK characters and character bigrams of a text, and the stems of its other
    words (as the text checks find words: a whole run of letters and digits).
    """
    out: set[str] = set()
    for run in _RUN.findall(text):  # the CJK runs of _TOKEN, which come first there
        out.update(run)
        out.update(map(str.__add__, run[:-1], run[1:]))
    out.update(map(stem_word, {word.lower() for word in _WORD.findall(text)}))
    # unicode61 splits at marks such as ・ and ゠: leave out the grams holding one
    return {g for g in out if g.isalnum()}


def term_grams(text: str, phrase: bool) -> set[str] | None:
    """What an article holding this term must hold, or None if the table cannot tell.

    What an article holding this term (in any field) must hold, or None if the table cannot
    tell: a phrase's words may be parts of longer words, and `don't` is two words to the text
    checks but one to the query.
    """
    needed: set[str] = set()
    for match in _TOKEN.finditer(text):
        run, word = match.group(1), match.group(2)
        if run is not None:
            needed |= run_grams(run)
            continue
        stem = stem_word(word.lower())
        if phrase or not stem.isalnum() or not _WORD.fullmatch(word):
            return None
        needed.add(stem)
    return needed or None


def run_grams(run: str) -> set[str]:
    """What an article holding `run` must hold: its bigrams (or the character itself)."""
    if len(run) == 1:
        return {run} if run.isalnum() else set()
    return {g for g in (run[i : i + 2] for i in range(len(run) - 1)) if g.isalnum()}


def exact_in_grams(text: str) -> bool:
    """Whether `text` is itself one gram (a single CJK run of one or two letters).

    An article's row holds it exactly when one of its fields does.
    """
    match = _TOKEN.fullmatch(text)
    return match is not None and match.group(1) is not None and len(text) <= 2 and text.isalnum()


def document_text(doc: SearchDocument) -> str:
    """Every field a term may be found in, folded, as the text checks read them.

    Every field a term may be found in, as the text checks read them (folded to Simplified
    characters, as queries are).
    """
    return fold("\n".join([doc.title, doc.text, doc.author, *doc.categories, *doc.tags, doc.notes]))


BUSY_TIMEOUT_MS = 30_000


def connect(
    path: Path, flags: int = apsw.SQLITE_OPEN_READWRITE | apsw.SQLITE_OPEN_CREATE
) -> apsw.Connection:
    """A connection that waits for another process's write instead of failing.

    A connection that waits for another process's write (a second Reader searching or indexing
    the same library) instead of failing at once with BusyError.
    """
    db = apsw.Connection(str(path), flags=flags)
    db.set_busy_timeout(BUSY_TIMEOUT_MS)
    return db


def _check_size(db: apsw.Connection, path: Path) -> None:
    """A cut-short file (the usual damage) without reading it all, as `quick_check` would.

    When no write-ahead log is pending, the file holds every page the database counts. Damage
    this misses makes a search fail, and the search service then rebuilds.
    """
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return
    row = db.execute("PRAGMA page_count").fetchone()
    size = db.execute("PRAGMA page_size").fetchone()
    if row is None or size is None or path.stat().st_size < int(row[0]) * int(size[0]):
        raise apsw.CorruptError("the bigram index file is shorter than its pages")


def write_rows(
    db: apsw.Connection, docs: Iterable[SearchDocument], deleted: Iterable[int] = ()
) -> list[tuple[int, int]]:
    """Replace the rows of `docs` and remove `deleted`, in one transaction.

    Returns the (article id, stamp) of each row written. The rows are made first, and the
    transaction takes the write lock at once: one that read before writing could not wait for
    another process's write (SQLite fails it then, as waiting could deadlock), and the workers
    of a build write side by side.
    """
    rows = [(doc.id, " ".join(grams(document_text(doc)))) for doc in docs]
    stamps = [(doc.id, doc.stamp) for doc in docs]
    gone = [(i,) for i in deleted]
    db.execute("BEGIN IMMEDIATE")
    try:
        db.executemany("DELETE FROM grams WHERE rowid = ?", gone)
        db.executemany("DELETE FROM written WHERE id = ?", gone)
        db.executemany("INSERT OR REPLACE INTO grams(rowid, t) VALUES (?, ?)", rows)
        db.executemany("INSERT OR REPLACE INTO written VALUES (?, ?)", stamps)
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    return stamps


class GramIndex:
    """The gram table. The index worker writes; any thread may ask for candidates."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._writer: apsw.Connection | None = None
        self._reader: apsw.Connection | None = None
        self._written: dict[int, int] = {}  # article id -> the stamp its row was made from
        self.version = 0  # counts writes (and openings): what was trusted may have changed
        # counts the changes after which a row trusted before may no longer be (openings,
        # deletions): what was read on that trust must be read again
        self.lost = 0

    def open(self) -> bool:
        """Open the table; False when it is missing, from another version, or unreadable."""
        self.close()
        if not self.path.exists():
            return False
        try:
            writer = connect(self.path)
            row = writer.execute("SELECT value FROM info WHERE key = 'version'").fetchone()
            if row is None or row[0] != VERSION:
                writer.close()
                return False
            writer.execute("SELECT rowid FROM grams WHERE grams MATCH '\"一二\"' LIMIT 1")
            _check_size(writer, self.path)
            writer.execute(_WRITTEN)
            written = dict(writer.execute("SELECT id, stamp FROM written"))
        except apsw.Error as exc:
            log.warning("bigram index unreadable: %s: %s", type(exc).__name__, exc)
            return False
        self._writer = writer
        self._written = written
        self.version += 1
        self.lost += 1
        return True

    def create(self) -> None:
        """A new, empty table (the caller has removed any old file)."""
        self.close()
        writer = connect(self.path)
        writer.execute("PRAGMA journal_mode = WAL")
        with writer:
            writer.execute(_SCHEMA)
            writer.execute("INSERT OR REPLACE INTO info VALUES ('version', ?)", (VERSION,))
        self._writer = writer
        self._written = {}
        self.version += 1
        self.lost += 1

    def write(self, docs: Iterable[SearchDocument], deleted: Iterable[int] = ()) -> None:
        """Replace the rows of `docs` and remove `deleted`, in one transaction."""
        if self._writer is None:
            raise RuntimeError("the bigram index is not open")
        deleted = list(deleted)
        self.written(write_rows(self._writer, docs, deleted), deleted)

    def written(self, stamps: Iterable[tuple[int, int]], deleted: Iterable[int] = ()) -> None:
        """Take note of rows written (article id, stamp), here or by another process."""
        deleted = list(deleted)
        with self._lock:
            for article_id in deleted:
                self._written.pop(article_id, None)
            self._written.update(stamps)
            self.version += 1
            self.lost += bool(deleted)

    def current(self, stamps: Mapping[int, int]) -> set[int]:
        """Of these articles, those whose row was made from the article as it is now.

        Of these articles (id -> search stamp now), those whose row was made from the
        article as it is: the table's answer for them is to be trusted.
        """
        with self._lock:
            written = self._written
            return {i for i, stamp in stamps.items() if written.get(i) == stamp}

    def candidates(self, runs: Iterable[str]) -> set[int] | None:
        """Articles holding every gram of every run (a superset of those holding the runs).

        None when the runs have no gram to look up, so nothing can be ruled out.
        """
        return self.having({g for run in runs for g in run_grams(run)})

    def having(self, needed: set[str]) -> set[int] | None:
        """Articles whose row holds every one of these grams; None for no grams."""
        if not needed:
            return None
        query = " AND ".join(f'"{g}"' for g in sorted(needed))
        with self._lock:
            if self._reader is None:
                self._reader = connect(self.path, flags=apsw.SQLITE_OPEN_READONLY)
            rows = self._reader.execute("SELECT rowid FROM grams WHERE grams MATCH ?", (query,))
            return {int(row[0]) for row in rows}

    def close(self) -> None:
        """Close the table's connection."""
        with self._lock:
            for db in (self._writer, self._reader):
                if db is not None:
                    db.close()
            self._writer = self._reader = None
            self._written = {}
            self.version += 1
            self.lost += 1
