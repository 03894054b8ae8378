"""Running a query: the index ranks, phrases are checked on the text, snippets are cut."""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from whoosh import collectors
from whoosh import query as wq

from reader.core.records import SearchDocument, SearchHit, SearchResults
from reader.search.articleset import article_ids, segment_ids
from reader.search.compile import compile_query
from reader.search.grams import term_grams
from reader.search.index import SearchIndex
from reader.search.matching import checks_hold, document_matches, needs_check
from reader.search.query import ParsedQuery, Term, parse_query
from reader.search.snippets import find_hits, make_snippets
from reader.search.within import collect_within, run_alone

log = logging.getLogger(__name__)

CHECK_BUDGET = 500  # candidates a search checks on their text, at most
# Candidates read to be checked at a time: few at first (most queries find their page in
# the first), more while they keep failing (a phrase of common words: fewer round trips).
FIRST_BATCH, LARGEST_BATCH = 30, 250
LEAST_PASSING = 0.1  # the share of candidates a batch is sized for, at the least
KEPT_WALKS = 16
COUNT_BATCH = 500  # documents read at a time when counting a query that checks the text
SORTED = ("date", "newest", "oldest")  # orders by date, not by relevance
SCAN_BATCH = 500  # articles the index lacks, read at a time
SCAN_BUDGET = 200  # articles the index lacks, read for one page at most
# Articles the index lacks: id -> search stamp now (-1 when not known).
Pending = Mapping[int, int]

# Fetches documents (title, text, metadata) by id, from the database.
DocumentSource = Callable[[list[int]], dict[int, SearchDocument]]


class SearchEngine:
    """Runs queries on the index, checks on the text what it cannot answer, cuts snippets."""

    def __init__(self, index: SearchIndex, documents: DocumentSource) -> None:
        self._index = index
        self._documents = documents
        self._walks: OrderedDict[tuple[object, ...], _Walk] = OrderedDict()
        self._walks_lock = threading.Lock()
        self._split_of: tuple[tuple[int, int], _Split] | None = None
        self._scans: OrderedDict[tuple[object, ...], _Scan] = OrderedDict()

    def search(
        self,
        text: str,
        limit: int = 20,
        pending: Pending | None = None,
        sort: str | None = None,
        use_index: bool = True,
        *,
        skip: int = 0,
    ) -> SearchResults:
        """A page of the results of the query `text`: `limit` of them, from `skip` on.

        `pending` are articles not yet indexed, which are scanned instead (those the gram
        table rules out are not read). Later pages ask again with a larger `skip`.
        """
        began = time.perf_counter()
        parsed = parse_query(text)
        results = SearchResults(query=text, notice=parsed.notice)
        if parsed.is_empty():
            return results
        order = sort or parsed.sort
        pending = pending or {}
        pending_ids = set(pending)
        wanted = skip + limit + 1  # one more than the page: whether there are more
        checked: dict[int, SearchDocument] = {}  # read for the text check: not read again
        if use_index:
            ranked, unchecked = self._ranked(parsed, wanted, order, pending_ids, checked)
        else:
            ranked, unchecked = [], False
        # Scanned articles follow every ranked one: none are needed while ranking goes on.
        need = 0 if unchecked else max(0, wanted - len(ranked))
        if pending and need:
            found_docs, scan_complete = self._scan(parsed, pending, need)
        else:  # nothing to read, or none wanted on this page (`more` says so)
            found_docs, scan_complete = [], not pending
        scanned = {doc.id: doc for doc in found_docs}
        results.partial = bool(pending_ids)
        # Scanned articles have no score: they follow the ranked ones.
        found = [(i, score, True) for i, score in ranked]
        found += [(i, 0.0, False) for i in scanned]
        page = found[skip : skip + limit]
        unread = [i for i, _, indexed in page if indexed and i not in checked]
        docs = self._documents(unread) | checked | scanned
        results.hits = [
            _hit(docs[i], parsed, score, indexed) for i, score, indexed in page if i in docs
        ]
        results.more = len(found) > skip + limit or unchecked or not scan_complete
        results.total = skip + len(page) if results.more else len(found)
        if not use_index and scan_complete:
            results.counted = len(found)
        results.elapsed_ms = (time.perf_counter() - began) * 1000
        return results

    def count(
        self,
        text: str,
        pending: Pending | None = None,
        use_index: bool = True,
        stop: Callable[[], bool] = lambda: False,
    ) -> int | None:
        """How many articles match, all of them (not a page); None if `stop()` turned true first.

        Queries the index cannot answer alone check every candidate's text, in batches,
        asking `stop()` between them.
        """
        parsed = parse_query(text)
        if parsed.is_empty():
            return 0
        pending = pending or {}
        pending_ids = set(pending)
        total = len(self._scan(parsed, pending)[0]) if pending else 0
        if not use_index:
            return total
        query = compile_query(parsed, self._index.grams.candidates)
        candidates: list[int] = []
        with self._index.searcher() as searcher:
            for leaf, _offset in searcher.leaf_searchers():
                reader = leaf.reader()
                ids, _ = segment_ids(reader)
                deleted = reader.has_deletions()
                candidates.extend(
                    ids[d]
                    for d in leaf.docs_for_query(query)
                    if not (deleted and reader.is_deleted(d)) and ids[d] not in pending_ids
                )
        if not needs_check(parsed):
            # Documents of articles moved to the trash and not yet deleted from the index
            # are counted too, until the index worker deletes them (seconds).
            return total + len(candidates)
        for first in range(0, len(candidates), COUNT_BATCH):
            if stop():
                return None
            docs = self._documents(candidates[first : first + COUNT_BATCH])
            total += sum(1 for doc in docs.values() if checks_hold(doc, parsed))
        return total

    def _ranked(
        self,
        parsed: ParsedQuery,
        wanted: int,
        order: str,
        pending: set[int],
        checked: dict[int, SearchDocument],
    ) -> tuple[list[tuple[int, float]], bool]:
        """The first `wanted` matches from the index, ranked, and whether some are unchecked.

        The first `wanted` matches from the index, ranked, each article with its score, and
        whether candidates were left unchecked (there may be more matches). The documents of
        the matches checked on their text are put in `checked`.
        """
        query = compile_query(parsed, self._index.grams.candidates)
        with self._index.searcher() as searcher:
            if not needs_check(parsed):
                found: list[tuple[int, float]] = []
                window = wanted
                while len(found) < wanted:  # more than one page only if some are pending
                    found, complete = _collect(searcher, query, window, order, pending)
                    if complete:
                        break
                    window *= 2
                return found[:wanted], False
            walk = self._walk(searcher, repr(parsed), order, pending)
            return self._check(walk, searcher=searcher, query=query, parsed=parsed,
                               wanted=wanted, order=order, pending=pending,
                               checked=checked)  # fmt: skip

    def _walk(self, searcher: Any, text: str, order: str, pending: set[int]) -> _Walk:
        """The walk down this query's ranking made so far (by the pages before this one)."""
        key = (text, order, id(searcher), searcher.reader().generation(),
               hash(frozenset(pending)) if pending else 0)  # fmt: skip
        with self._walks_lock:
            walk = self._walks.pop(key, None) or _Walk()
            self._walks[key] = walk
            while len(self._walks) > KEPT_WALKS:
                self._walks.popitem(last=False)
        return walk

    def _check(
        self,
        walk: _Walk,
        *,
        searcher: Any,
        query: Any,
        parsed: ParsedQuery,
        wanted: int,
        order: str,
        pending: set[int],
        checked: dict[int, SearchDocument],
    ) -> tuple[list[tuple[int, float]], bool]:
        """Check candidates on their text, in rank order, within this search's budget.

        Check candidates on their text, in rank order, until `wanted` pass or this search's
        budget of CHECK_BUDGET candidates is spent. A query whose candidates mostly fail (a
        phrase of common words) so answers in bounded time; the next page goes on from where
        this one stopped.
        """
        with walk.lock:
            budget_end = walk.examined + CHECK_BUDGET
            step = FIRST_BATCH
            while len(walk.found) < wanted and walk.examined < budget_end:
                if walk.examined >= len(walk.ranked):
                    if walk.complete:
                        break
                    # The whole budget at once: a collection costs about the same for any
                    # window (it walks every match: 110 ms for the 10,000 of "is the of" at
                    # 100,000 articles, whether it keeps 100 or 1,100), and each wider one
                    # walks them all again. The window grows from the last one asked for,
                    # not from what came back: articles the index still lacks are left out
                    # of that, and all may be.
                    walk.window = max(walk.window * 4, budget_end + wanted)
                    walk.ranked, walk.complete = _collect(
                        searcher, query, walk.window, order, pending
                    )
                    continue
                need = wanted - len(walk.found)
                size = max(_batch(need, len(walk.found), walk.examined), step)
                end = min(budget_end, len(walk.ranked), walk.examined + size)
                step = min(step * 2, LARGEST_BATCH)
                batch = walk.ranked[walk.examined : end]
                docs = self._documents([i for i, _ in batch])
                for article_id, score in batch:
                    walk.examined += 1
                    doc = docs.get(article_id)
                    if doc is not None and checks_hold(doc, parsed):
                        walk.found.append((article_id, score))
                        checked[article_id] = doc
                        if len(walk.found) >= wanted:
                            break
            unchecked = not walk.complete or walk.examined < len(walk.ranked)
            return walk.found[:wanted], unchecked and len(walk.found) < wanted

    def _scan(
        self, parsed: ParsedQuery, pending: Pending, need: int | None = None
    ) -> tuple[list[SearchDocument], bool]:
        """The articles the index lacks that match, and whether all were read.

        The articles the index lacks that match, read in the order of their ids, and whether
        all were read. For a page (`need` matches wanted), it reads at most SCAN_BUDGET
        articles and stops once `need` are found; the next page goes on from there, so a
        search while the index is built answers in bounded time (a rare word read every
        article the gram table did not yet hold: seconds at 100,000). For a count (`need`
        None), it reads every one.
        """
        if need is None:
            scan = _Scan(pending, self._unruled(parsed, pending))
            while scan.read < len(scan.ids):
                self._read(scan, parsed, len(scan.ids), SCAN_BATCH)
            return scan.found, True
        scan = self._scan_of(parsed, pending)
        with scan.lock:
            budget_end = scan.read + SCAN_BUDGET
            while len(scan.found) < need and scan.read < min(budget_end, len(scan.ids)):
                self._read(scan, parsed, need, min(SCAN_BATCH, budget_end - scan.read))
            return list(scan.found), scan.read >= len(scan.ids)

    def _read(self, scan: _Scan, parsed: ParsedQuery, need: int, most: int) -> None:
        """Read up to `most` more of the scan's articles, stopping at the `need`th match."""
        part = scan.ids[scan.read : scan.read + most]
        docs = self._documents(part)
        for article_id in part:
            scan.read += 1
            doc = docs.get(article_id)
            if doc is not None and document_matches(doc, parsed):
                scan.found.append(doc)
                if len(scan.found) >= need:
                    return

    def _scan_of(self, parsed: ParsedQuery, pending: Pending) -> _Scan:
        """The scan of this query over these lacking articles made so far, or a new one.

        The scan of this query over these lacking articles made so far (by the pages before
        this one), or a new one.
        """
        key = ("scan", repr(parsed), id(pending), self._index.grams.lost)
        with self._walks_lock:
            if any(kept.pending is not pending for kept in self._scans.values()):
                self._scans.clear()  # made for an older map: each holds it (100,000 ids)
            kept = self._scans.pop(key, None)
            scan = kept if kept is not None and kept.pending is pending else None
        if scan is None:
            scan = _Scan(pending, self._unruled(parsed, pending))
        with self._walks_lock:
            self._scans[key] = scan
            while len(self._scans) > KEPT_WALKS:
                self._scans.popitem(last=False)
        return scan

    def _unruled(self, parsed: ParsedQuery, pending: Pending) -> list[int]:
        """The articles of `pending` the gram table cannot rule out, in the order of their ids.

        Its row of an article is trusted when it was made from the article as it is now (the
        index worker writes the whole table before building Whoosh).
        """
        split = self._split(pending)
        candidates = self._gram_candidates(parsed) if split.trusted else None
        if candidates is None:
            return split.ids
        ruled_in = [i for i in candidates if i in split.trusted]
        return sorted(split.untrusted + ruled_in) if split.untrusted else sorted(ruled_in)

    def _split(self, pending: Pending) -> _Split:
        """`pending` parted by whether the gram table's rows are trusted.

        Kept while the same pending map is asked about and the table is unchanged.
        """
        key = (id(pending), self._index.grams.version)
        with self._walks_lock:
            if self._split_of is not None and self._split_of[0] == key:
                return self._split_of[1]
        trusted = self._index.grams.current(pending)
        split = _Split(sorted(pending), trusted, sorted(set(pending) - trusted))
        with self._walks_lock:
            self._split_of = (key, split)
        return split

    def _gram_candidates(self, parsed: ParsedQuery) -> set[int] | None:
        """Articles that may match by the gram table, or None if no group can be looked up.

        Each group of the query: any of its terms; each term: all its grams.
        """
        out: set[int] | None = None
        for group in parsed.groups:
            either: set[int] | None = set()
            for clause in group:
                needed = (
                    term_grams(clause.text, clause.phrase) if isinstance(clause, Term) else None
                )
                if needed is None or either is None:
                    either = None
                    break
                either |= self._index.grams.having(needed) or set()
            if either is not None:
                out = either if out is None else out & either
        return out


@dataclass(frozen=True)
class _Split:
    """Articles the index lacks: all, those whose gram rows are trusted, and the others."""

    ids: list[int]
    trusted: set[int]
    untrusted: list[int]


@dataclass
class _Scan:
    """How far a search has read the articles the index lacks; kept for the pages after.

    It holds the pending map it was made for: its id is part of the key.
    """

    pending: Pending
    ids: list[int]  # the articles to read, in order
    read: int = 0  # how many of `ids` have been read
    found: list[SearchDocument] = field(default_factory=list)  # those that matched
    lock: threading.Lock = field(default_factory=threading.Lock)


@dataclass
class _Walk:
    """How far a checked query has gone down its ranking; kept for the pages after."""

    ranked: list[tuple[int, float]] = field(default_factory=list)  # candidates, as far as collected
    complete: bool = False  # `ranked` holds every candidate
    examined: int = 0  # how many of `ranked` have been checked
    window: int = 0  # how many candidates were last asked of the index
    found: list[tuple[int, float]] = field(default_factory=list)  # those that passed
    lock: threading.Lock = field(default_factory=threading.Lock)


def _batch(need: int, passed: int, examined: int) -> int:
    """How many candidates to read for `need` more passes.

    As many as the share that passed so far says it takes, and a little more. Most queries'
    candidates nearly all pass (a run the gram table found whole): reading three for each one
    wanted, as before, read 500 articles for a page of 200, 300 of them for nothing (17 ms from
    memory, far more from disk).
    """
    share = passed / examined if examined else 1.0
    return math.ceil(need / max(share, LEAST_PASSING) * 1.1)


def _collect(
    searcher: Any, query: Any, limit: int, order: str, pending: set[int]
) -> tuple[list[tuple[int, float]], bool]:
    """The top `limit` documents (the articles not pending), and whether that is all."""
    if order not in SORTED and (run := run_alone(query)) is not None:
        return collect_within(searcher, run, limit, pending)
    collector = _collector(limit, order, _holds_and_maybe(query))
    searcher.search_with_collector(query, collector)
    page = collector.results()
    article = article_ids(searcher)
    ranked = [(article(docnum), float(score or 0.0)) for docnum, score in page.items()]
    return [(i, s) for i, s in ranked if i not in pending], page.scored_length() < limit


def _collector(limit: int, order: str, and_maybe: bool) -> Any:
    if order in SORTED:
        collector: Any = collectors.SortingCollector(
            "sort_date", limit=limit, reverse=order != "oldest"
        )
    elif and_maybe:
        # replace=0: Whoosh's matcher replacement (rewriting the query as the top scores
        # rise) dropped the best documents of AndMaybe queries over many character terms: on
        # the 2,000-article benchmark, the article ranked first was missing from the top 60
        # and the top 300. It is also what reads the rising minimum score, so without it
        # no block is skipped: every match is scored.
        collector = collectors.TopCollector(limit, replace=0)
    else:  # words alone: replacement and block skipping, Whoosh's default
        collector = collectors.TopCollector(limit)
    return collector


def _holds_and_maybe(query: Any) -> bool:
    return isinstance(query, wq.AndMaybe) or any(_holds_and_maybe(q) for q in query.children())


def _hit(doc: SearchDocument, parsed: ParsedQuery, score: float, indexed: bool = True) -> SearchHit:
    hits = find_hits(doc.text, parsed)
    return SearchHit(
        article_id=doc.id,
        score=score,
        title=doc.title,
        title_hits=find_hits(doc.title, parsed, include_fields=True),
        snippets=make_snippets(doc.text, hits),
        hits=hits,
        indexed=indexed,
    )
