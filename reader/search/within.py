"""The top documents of a CJK run searched alone, without scoring every article that holds it.

A run compiles to `AndMaybe(ArticleSet(articles holding it), Union(its jieba words))`: every
article holding the run matches, and those indexed under its words rank first. Whoosh scores
every match of that, 40,000 of them for 进行 at 100,000 articles (190 ms), because a set of
articles has no block quality to skip by. But an article indexed under the run's words holds
the run, so the words' matches are a subset of the set's: the top of the ranking is the top
of the words alone, which Whoosh finds skipping blocks that cannot reach it. Articles that
hold the run without its words (score 1, the set's constant) follow, in index order, as
Whoosh's own ordering (score, then document number) puts them.
"""

from __future__ import annotations

from typing import Any

from whoosh import collectors
from whoosh import query as wq

from reader.search.articleset import ArticleSet, article_ids, segment_ids


def run_alone(query: Any) -> Any:
    """The run's AndMaybe if `query` is one (alone, or alone in an And), else None."""
    if isinstance(query, wq.And) and len(query.subqueries) == 1:
        query = query.subqueries[0]
    return query if _is_run(query) else None


def _is_run(query: Any) -> bool:
    return (
        isinstance(query, wq.AndMaybe)
        and isinstance(query.a, ArticleSet)
        and query.a.boost == 1.0
        and isinstance(query.b, wq.Or)
    )


def collect_within(
    searcher: Any, query: Any, limit: int, pending: set[int]
) -> tuple[list[tuple[int, float]], bool]:
    """The top `limit` of a run searched alone, ranked as Whoosh ranks it.

    The top `limit` of `query` (a `run_alone` one) ranked as Whoosh ranks it, each article with
    its score, leaving out `pending`; and whether that is every match.
    """
    collector = collectors.TopCollector(limit)  # its matcher replacement reads minscore
    searcher.search_with_collector(query.b, collector)
    page = collector.results()
    # The words' scores, plus the set's constant as AndMaybe adds it (the same float sum).
    article = article_ids(searcher)  # from the id column: not a stored-fields read each
    ranked = [
        (article(docnum), query.a.boost + float(score or 0.0)) for docnum, score in page.items()
    ]
    found = [(i, s) for i, s in ranked if i not in pending and i in query.a.ids]
    if page.scored_length() >= limit:
        return found, False
    seen = {i for i, _ in ranked}
    for leaf, _offset in searcher.leaf_searchers():
        ids, _ = segment_ids(leaf.reader())
        for docnum in query.a._docnums(leaf.reader()):
            article_id = ids[docnum]
            if article_id in seen or article_id in pending:
                continue
            found.append((article_id, query.a.boost))
            if len(found) >= limit:
                return found, False
    return found, True
