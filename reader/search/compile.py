"""Turning a ParsedQuery into a Whoosh query over the index's fields."""

from __future__ import annotations

from typing import Any

from whoosh import query as wq

from reader.search.analysis import _TOKEN, jieba_words, stem_word
from reader.search.index import _naive
from reader.search.query import Clause, Filter, ParsedQuery, Term

TEXT_FIELDS = ("title", "body", "meta", "notes")


def compile_query(parsed: ParsedQuery) -> Any:
    required = [_group(group, parsed.notes_only) for group in parsed.groups]
    required = [q for q in required if q is not None]
    excluded = [q for q in (_clause(c, parsed.notes_only) for c in parsed.excluded) if q]
    base: Any = wq.And(required) if required else wq.Every()
    if excluded:
        return wq.AndNot(base, wq.Or(excluded))
    return base


def _group(group: list[Clause], notes_only: bool) -> Any:
    alternatives = [q for q in (_clause(c, notes_only) for c in group) if q is not None]
    if not alternatives:
        return None
    return alternatives[0] if len(alternatives) == 1 else wq.Or(alternatives)


def _clause(clause: Clause, notes_only: bool) -> Any:
    if isinstance(clause, Filter):
        return _filter(clause)
    if clause.field is not None:
        fields: tuple[str, ...] = (clause.field,)
    else:
        fields = ("notes",) if notes_only else TEXT_FIELDS
    return _term(clause, fields)


def _term(term: Term, fields: tuple[str, ...]) -> Any:
    """All parts of the term must occur in one field; any field will do."""
    per_field = []
    for name in fields:
        parts = [p for p in (_part(m, name) for m in _TOKEN.finditer(term.text)) if p is not None]
        if parts:
            per_field.append(parts[0] if len(parts) == 1 else wq.And(parts))
    if not per_field:
        return None
    return per_field[0] if len(per_field) == 1 else wq.Or(per_field)


def _part(match: Any, field: str) -> Any:
    run, word = match.group(1), match.group(2)
    if run is None:
        return wq.Term(field, stem_word(word.lower()))
    if len(run) == 1:
        return wq.Term(field, run)
    bigrams = wq.And([wq.Term(field, run[i : i + 2]) for i in range(len(run) - 1)])
    words = [wq.Term(field, w, boost=2.0) for w in jieba_words(run) if len(w) >= 3]
    return wq.AndMaybe(bigrams, wq.Or(words)) if words else bigrams


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
        start = _naive(f.start) if f.start else None
        end = _naive(f.end) if f.end else None
        return wq.DateRange("date", start, end, endexcl=True)
    return None
