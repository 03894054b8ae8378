"""Turning a ParsedQuery into a Whoosh query over the index's fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from typing_extensions import override
from whoosh import query as wq
from whoosh.matching.binary import AndNotMatcher

from reader.core.dates import naive_utc
from reader.search.analysis import _TOKEN, jieba_words, stem_word
from reader.search.articleset import ArticleSet
from reader.search.matching import checked_on_text
from reader.search.query import Clause, Filter, ParsedQuery, Term

TEXT_FIELDS = ("title", "body", "meta", "notes")


class Union(wq.Or):  # type: ignore[misc]
    """`Or` that always merges its parts' postings as it goes.

    Left to choose, Whoosh preloads every posting of every part into an array of scores
    when a segment holds 5,000 documents or fewer, even where only a few documents matter:
    the ranking words of a Chinese query, asked only about the articles holding its runs.
    Merging skips to those articles (a fifth off the benchmark's queries, same results).
    """

    matcher_type = wq.Or.DEFAULT_MATCHER


class _WithoutMatcher(AndNotMatcher):  # type: ignore[misc]
    """Whoosh's AndNotMatcher, checking its first match against the excluded postings too.

    Whoosh's AndNotMatcher, which checks its first match against the excluded postings only when
    both start on the same document: an excluded first match further on was let through (the
    first article of a segment found by `数据 -的`). This one always checks.
    """

    def _find_first(self) -> None:
        if self.a.is_active() and self.b.is_active():
            self._find_next()


class Without(wq.AndNot):  # type: ignore[misc]
    """`AndNot` with the first match checked like every other (see `_WithoutMatcher`)."""

    @override
    def matcher(self, searcher: Any, context: Any = None) -> Any:
        scored = self.a.matcher(searcher, context)
        excluded = self.b.matcher(searcher, searcher.boolean_context())
        return _WithoutMatcher(scored, excluded)


# Articles that may hold every one of some CJK runs (the gram table); None: cannot tell.
Lookup = Callable[[list[str]], "set[int] | None"]


def compile_query(parsed: ParsedQuery, lookup: Lookup) -> Any:
    """The Whoosh query of a parsed query; `lookup` gives the articles holding CJK grams."""
    required: list[Any] = []
    bare: list[str] = []  # runs of terms that hold nothing else to find or rank by
    for group in parsed.groups:
        runs = _bare_runs(group)
        if runs:
            bare.extend(runs)
        elif (query := _group(group, parsed.notes_only, lookup)) is not None:
            required.append(query)
    if bare and (found := lookup(bare)) is not None:
        # One lookup for them all: `的 是 在 了 和` intersects in C, not five sets in Whoosh.
        required.insert(0, ArticleSet(frozenset(found)))
    # An excluded run or phrase is left to the text check: the gram table only says an
    # article may hold it, which is no reason to drop the article. A run the gram table
    # holds as written (`exact_in_grams`) is excluded here, all such runs in one set.
    excluded: list[Any] = []
    barred: set[int] = set()
    for clause in parsed.excluded:
        if checked_on_text(clause, parsed.notes_only):
            continue
        if isinstance(clause, Term) and _bare_runs([clause]):
            barred |= lookup([clause.text]) or set()
        elif (query := _clause(clause, parsed.notes_only, lookup)) is not None:
            excluded.append(query)
    if barred:
        excluded.append(ArticleSet(frozenset(barred)))
    base: Any = wq.And(required) if required else wq.Every()
    if excluded:
        return Without(base, Union(excluded))
    return base


def _bare_runs(group: list[Clause]) -> list[str]:
    """The CJK runs of a group that is one term of runs alone with no word to rank by.

    The CJK runs of a group that is one term made of runs alone, none of them holding a word to
    rank by (single characters, mostly); else nothing.
    """
    if len(group) != 1 or not isinstance(term := group[0], Term):
        return []
    runs = []
    for match in _TOKEN.finditer(term.text):
        run = match.group(1)
        if run is None or any(len(w) >= 2 for w in jieba_words(run)):
            return []
        runs.append(run)
    return runs


def _group(group: list[Clause], notes_only: bool, lookup: Lookup) -> Any:
    alternatives = [q for q in (_clause(c, notes_only, lookup) for c in group) if q is not None]
    if not alternatives:
        return None
    return alternatives[0] if len(alternatives) == 1 else Union(alternatives)


def _clause(clause: Clause, notes_only: bool, lookup: Lookup) -> Any:
    if isinstance(clause, Filter):
        return _filter(clause)
    if clause.field is not None:
        fields: tuple[str, ...] = (clause.field,)
    else:
        fields = ("notes",) if notes_only else TEXT_FIELDS
    return _term(clause, fields, lookup)


def _term(term: Term, fields: tuple[str, ...], lookup: Lookup) -> Any:
    """The query of a term holding CJK runs: the gram table's articles, ranked by words.

    All Latin words of the term in one field (any field will do), and every CJK run in the
    article (the gram table says where they may be; the engine checks the text). jieba's words
    of the runs rank the articles holding them first.
    """
    runs: list[str] = []
    words: list[str] = []
    for match in _TOKEN.finditer(term.text):
        if match.group(1) is not None:
            runs.append(match.group(1))
        else:
            words.append(stem_word(match.group(2).lower()))
    required: list[Any] = []
    if words:
        per_field = [_all(name, words) for name in fields]
        required.append(per_field[0] if len(per_field) == 1 else Union(per_field))
    if runs:
        found = lookup(runs)
        required.append(wq.Every() if found is None else ArticleSet(frozenset(found)))
    if not required:
        return None
    query = required[0] if len(required) == 1 else wq.And(required)
    ranking = list(dict.fromkeys(w for run in runs for w in jieba_words(run) if len(w) >= 2))
    if not ranking:
        return query
    return wq.AndMaybe(query, Union([wq.Term(f, w, boost=2.0) for f in fields for w in ranking]))


def _all(field: str, words: list[str]) -> Any:
    terms = [wq.Term(field, w) for w in dict.fromkeys(words)]
    return terms[0] if len(terms) == 1 else wq.And(terms)


def _filter(f: Filter) -> Any:
    if f.kind in ("category", "tag", "color"):
        name = {"category": "categories", "tag": "tags", "color": "colors"}[f.kind]
        return wq.Term(name, f.value)
    if f.kind == "is":
        if f.value == "annotated":
            return wq.Term("flags", "annotated")
        return wq.Term("state", f.value)
    if f.kind == "has":
        return wq.Term("flags", "note" if f.value == "note" else "annotated")
    if f.kind == "date":
        start = naive_utc(f.start) if f.start else None
        end = naive_utc(f.end) if f.end else None
        return wq.DateRange("date", start, end, endexcl=True)
    return None
