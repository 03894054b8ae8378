"""Running a query: the index ranks, phrases are checked on the text, snippets are cut."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from typing import Any

from whoosh import collectors

from reader.core.records import SearchDocument, SearchHit, SearchResults
from reader.search.articleset import segment_ids
from reader.search.compile import compile_query
from reader.search.index import SearchIndex
from reader.search.matching import checks_hold, document_matches, needs_check
from reader.search.query import ParsedQuery, parse_query
from reader.search.snippets import find_hits, make_snippets

log = logging.getLogger(__name__)

COUNT_BATCH = 500  # documents read at a time when counting a query that checks the text

# Fetches documents (title, text, metadata) by id, from the database.
DocumentSource = Callable[[list[int]], dict[int, SearchDocument]]


class SearchEngine:
    def __init__(self, index: SearchIndex, documents: DocumentSource) -> None:
        self._index = index
        self._documents = documents

    def search(
        self,
        text: str,
        limit: int = 20,
        pending: Iterable[int] = (),
        sort: str | None = None,
        use_index: bool = True,
        *,
        skip: int = 0,
    ) -> SearchResults:
        """Search; `pending` are articles not yet indexed, which are scanned instead. The
        results from `skip` on, `limit` of them: a page (later ones ask for more)."""
        began = time.perf_counter()
        parsed = parse_query(text)
        results = SearchResults(query=text, notice=parsed.notice)
        if parsed.is_empty():
            return results
        order = sort or parsed.sort
        pending_ids = set(pending)
        wanted = skip + limit + 1  # one more than the page: whether there are more
        ranked = self._ranked(parsed, wanted, order, pending_ids) if use_index else []
        scanned = self._scan(parsed, pending_ids) if pending_ids else []
        results.partial = bool(pending_ids)
        # Scanned articles have no score: they follow the ranked ones.
        found = ranked + [(doc, 0.0, False) for doc in scanned]
        page = found[skip : skip + limit]
        results.hits = [_hit(doc, parsed, score, indexed) for doc, score, indexed in page]
        results.more = len(found) > skip + limit
        results.total = skip + len(page) if results.more else len(found)
        results.elapsed_ms = (time.perf_counter() - began) * 1000
        return results

    def count(
        self,
        text: str,
        pending: Iterable[int] = (),
        use_index: bool = True,
        stop: Callable[[], bool] = lambda: False,
    ) -> int | None:
        """How many articles match, all of them (not a page); None if `stop()` turned true
        first. Queries the index cannot answer alone check every candidate's text, in
        batches, asking `stop()` between them."""
        parsed = parse_query(text)
        if parsed.is_empty():
            return 0
        pending_ids = set(pending)
        total = len(self._scan(parsed, pending_ids)) if pending_ids else 0
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
        self, parsed: ParsedQuery, limit: int, order: str, pending: set[int]
    ) -> list[tuple[SearchDocument, float, bool]]:
        """The first `limit` matches, ranked: each document with its score."""
        query = compile_query(parsed, self._index.grams.candidates)
        check = needs_check(parsed)
        found: list[tuple[SearchDocument, float, bool]] = []
        with self._index.searcher() as searcher:
            # Unchecked queries take one page. Checked ones (phrases, CJK runs) take pages that
            # grow fourfold, so a query whose candidates mostly fail the check costs a few
            # searches, not one per page.
            window = limit * 3 if check else limit
            offset = 0
            while len(found) < limit:
                collector = _collector(offset + window, order)
                searcher.search_with_collector(query, collector)
                page = collector.results()
                batch = [(int(r["id"]), float(r.score or 0.0)) for r in page[offset:]]
                batch = [(i, s) for i, s in batch if i not in pending]
                docs = self._documents([i for i, _ in batch])
                for article_id, score in batch:
                    doc = docs.get(article_id)
                    if doc is None or (check and not checks_hold(doc, parsed)):
                        continue
                    found.append((doc, score, True))
                    if len(found) >= limit:
                        break
                offset += window
                window *= 4
                if page.scored_length() < offset:
                    break
        return found

    def _scan(self, parsed: ParsedQuery, pending: set[int]) -> list[SearchDocument]:
        docs = self._documents(sorted(pending))
        return [doc for doc in docs.values() if document_matches(doc, parsed)]


def _collector(limit: int, order: str) -> Any:
    if order in ("date", "newest", "oldest"):
        collector: Any = collectors.SortingCollector(
            "sort_date", limit=limit, reverse=order != "oldest"
        )
    else:
        # replace=0: Whoosh's matcher replacement (rewriting the query as the top scores
        # rise) dropped the best documents of AndMaybe queries over many character terms: on
        # the 2,000-article benchmark, the article ranked first was missing from the top 60
        # and the top 300. Block-quality skipping alone is correct.
        collector = collectors.TopCollector(limit, replace=0)
    return collector


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
