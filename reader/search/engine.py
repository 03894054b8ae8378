"""Running a query: the index ranks, phrases are checked on the text, snippets are cut."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from typing import Any

from whoosh import collectors

from reader.core.records import SearchDocument, SearchHit, SearchResults
from reader.search.compile import compile_query
from reader.search.index import SearchIndex
from reader.search.matching import checks_hold, document_matches, needs_check
from reader.search.query import ParsedQuery, parse_query
from reader.search.snippets import find_hits, make_snippets

log = logging.getLogger(__name__)

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
    ) -> SearchResults:
        """Search; `pending` are articles not yet indexed, which are scanned instead."""
        began = time.perf_counter()
        parsed = parse_query(text)
        results = SearchResults(query=text, notice=parsed.notice)
        if parsed.is_empty():
            return results
        order = sort or parsed.sort
        pending_ids = set(pending)
        ranked = self._ranked(parsed, limit, order, pending_ids) if use_index else []
        scanned = self._scan(parsed, pending_ids) if pending_ids else []
        results.partial = bool(pending_ids)
        hits = ranked + scanned  # scanned articles have no score: they follow the ranked ones
        results.total = len(hits)
        results.hits = hits[:limit]
        results.elapsed_ms = (time.perf_counter() - began) * 1000
        return results

    def _ranked(
        self, parsed: ParsedQuery, limit: int, order: str, pending: set[int]
    ) -> list[SearchHit]:
        query = compile_query(parsed, self._index.grams.candidates)
        check = needs_check(parsed)
        hits: list[SearchHit] = []
        with self._index.searcher() as searcher:
            # Unchecked queries take one page. Checked ones (phrases, CJK runs) take pages that
            # grow fourfold, so a query whose candidates mostly fail the check costs a few
            # searches, not one per page.
            window = limit * 3 if check else limit
            offset = 0
            while len(hits) < limit:
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
                    hits.append(_hit(doc, parsed, score))
                    if len(hits) >= limit:
                        break
                offset += window
                window *= 4
                if page.scored_length() < offset:
                    break
        return hits

    def _scan(self, parsed: ParsedQuery, pending: set[int]) -> list[SearchHit]:
        docs = self._documents(sorted(pending))
        return [
            _hit(doc, parsed, 0.0, indexed=False)
            for doc in docs.values()
            if document_matches(doc, parsed)
        ]


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
