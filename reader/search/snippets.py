"""Snippets: a few short passages around the hits, with spans as reading-text offsets."""

from __future__ import annotations

from reader.core.records import Snippet
from reader.search.matching import Span, TextForms, matcher
from reader.search.query import ParsedQuery

CONTEXT = 36
MAX_SNIPPETS = 3
MAX_LENGTH = 180


def find_hits(text: str, query: ParsedQuery, include_fields: bool = False) -> list[Span]:
    """Every span of the text that a positive term of the query matches, merged and sorted."""
    spans: list[Span] = []
    forms = TextForms(text)  # folded and lower-cased once, for every term
    for term in query.positive_terms():
        if term.field in ("title", "author") and not include_fields:
            continue
        spans.extend(matcher(term).find(forms))
    return _merge(spans)


def _merge(spans: list[Span]) -> list[Span]:
    spans.sort()
    merged: list[Span] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def make_snippets(text: str, hits: list[Span], count: int = MAX_SNIPPETS) -> list[Snippet]:
    """Windows around hits, preferring those with the most hits, in reading order."""
    if not hits:
        end = min(len(text), CONTEXT * 3)
        return [Snippet(0, end, text[:end], [], False, end < len(text))] if text else []
    windows: list[tuple[int, int, list[Span]]] = []
    for start, end in hits:
        lo = _boundary(text, max(0, start - CONTEXT), backwards=True)
        hi = _boundary(text, min(len(text), end + CONTEXT), backwards=False)
        if windows and lo <= windows[-1][1] and hi - windows[-1][0] <= MAX_LENGTH:
            first, _, inside = windows[-1]
            windows[-1] = (first, max(hi, windows[-1][1]), [*inside, (start, end)])
        else:
            windows.append((lo, hi, [(start, end)]))
    best = sorted(windows, key=lambda w: (-len(w[2]), w[0]))[:count]
    best.sort()
    return [Snippet(lo, hi, text[lo:hi], inside, lo > 0, hi < len(text)) for lo, hi, inside in best]


def _boundary(text: str, pos: int, backwards: bool) -> int:
    """Move a window edge to a line break or sentence end nearby, so snippets read well."""
    stops = "\n。！？.!?"
    if backwards:
        for i in range(pos, max(0, pos - 12), -1):
            if i > 0 and text[i - 1] in stops:
                return i
        return pos
    for i in range(pos, min(len(text), pos + 12)):
        if text[i] in stops:
            return i + 1
    return pos
