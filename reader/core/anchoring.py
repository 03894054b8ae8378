"""Anchoring highlights to text the way the Web Annotation model does, and finding them again.

A highlight keeps a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector
(start, end) over the reading text. When the text changes it is found again by, in order:
its old position if the text there is still `exact`; the occurrence of `exact` whose
context best matches prefix and suffix, nearest the old position; a fuzzy match; else it
is an orphan, kept and listed, never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz

CONTEXT = 32
FUZZY_THRESHOLD = 80.0
CONTEXT_THRESHOLD = 60.0
_WINDOW = 4000


class AnchorState(StrEnum):
    """How a highlight's quote was found in its article's current text."""

    EXACT = "exact"
    MOVED = "moved"
    FUZZY = "fuzzy"
    ORPHAN = "orphan"


@dataclass(frozen=True)
class Selectors:
    """The W3C selectors of a highlight: where it is, and the quote with its context."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


@dataclass(frozen=True)
class Anchor:
    """Where a highlight's quote lies in a text now, and how it was found."""

    state: AnchorState
    start: int
    end: int

    @property
    def attached(self) -> bool:
        """Whether the quote was found (exactly, moved or fuzzily), not orphaned."""
        return self.state is not AnchorState.ORPHAN


def make_selectors(text: str, start: int, end: int) -> Selectors:
    """The selectors of the passage `start:end` of `text`."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}..{end} is outside the text (length {len(text)})")
    return Selectors(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
        start=start,
        end=end,
    )


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _context_score(text: str, at: int, s: Selectors) -> int:
    before = text[max(0, at - CONTEXT) : at]
    after = text[at + len(s.exact) : at + len(s.exact) + CONTEXT]
    return _common_suffix(before, s.prefix) + _common_prefix(after, s.suffix)


def reanchor(text: str, s: Selectors) -> Anchor:
    """Find the selectors' passage in `text` (see the module docstring for the order)."""
    if not s.exact:
        return Anchor(AnchorState.ORPHAN, 0, 0)
    if text[s.start : s.end] == s.exact:
        return Anchor(AnchorState.EXACT, s.start, s.end)
    found = _best_occurrence(text, s)
    if found is not None:
        return Anchor(AnchorState.MOVED, found, found + len(s.exact))
    fuzzy = _fuzzy(text, s)
    if fuzzy is not None:
        return Anchor(AnchorState.FUZZY, *fuzzy)
    return Anchor(AnchorState.ORPHAN, s.start, s.end)


def _best_occurrence(text: str, s: Selectors) -> int | None:
    best: tuple[int, int] | None = None  # (score, -distance)
    chosen: int | None = None
    at = text.find(s.exact)
    while at >= 0:
        key = (_context_score(text, at, s), -abs(at - s.start))
        if best is None or key > best:
            best, chosen = key, at
        at = text.find(s.exact, at + 1)
    return chosen


def _fuzzy(text: str, s: Selectors) -> tuple[int, int] | None:
    """The best approximate match of prefix+exact+suffix, near the old place first."""
    if len(s.exact) < 4:
        return None
    lo = max(0, s.start - _WINDOW)
    for region_start, region in ((lo, text[lo : s.end + _WINDOW]), (0, text)):
        match = _align(region, s)
        if match is not None:
            start, end = region_start + match[0], region_start + match[1]
            if _context_similarity(text, start, end, s) >= CONTEXT_THRESHOLD:
                return start, end
    return None


def _context_similarity(text: str, start: int, end: int, s: Selectors) -> float:
    """How alike the text around a fuzzy match is to the highlight's prefix and suffix.

    A look-alike passage elsewhere (repeated code, a boilerplate line) is not the same place.
    """
    scores = []
    if s.prefix:
        scores.append(fuzz.ratio(s.prefix, text[max(0, start - len(s.prefix)) : start]))
    if s.suffix:
        scores.append(fuzz.ratio(s.suffix, text[end : end + len(s.suffix)]))
    return sum(scores) / len(scores) if scores else 100.0


def _align(region: str, s: Selectors) -> tuple[int, int] | None:
    result = fuzz.partial_ratio_alignment(s.exact, region, score_cutoff=FUZZY_THRESHOLD)
    if result is None:
        return None
    start, end = result.dest_start, result.dest_end
    # Trim or grow the alignment to whole context: partial_ratio aligns len(exact) chars.
    while start < end and region[start].isspace():
        start += 1
    while end > start and region[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def offset_moves(old: str, new: str) -> list[tuple[int, bool]]:
    """For each offset of `old`: where that character is in `new`, and whether it is kept there.

    A deleted character maps to where the new text resumes. A change of markup only (asterisks
    and backslashes dropped, whitespace changed) keeps every other character.
    """
    from rapidfuzz.distance import Indel

    moves: list[tuple[int, bool]] = [(0, False)] * len(old)
    for op in Indel.opcodes(old, new):
        for i in range(op.src_start, op.src_end):
            if op.tag == "equal":
                moves[i] = (op.dest_start + i - op.src_start, True)
            else:
                moves[i] = (op.dest_start, False)
    return moves


def carry_span(new: str, start: int, end: int, moves: list[tuple[int, bool]]) -> tuple[int, int]:
    """Where the span [start, end) of the old text lies in `new`.

    Its surviving characters, without anything the new text inserted around them, trimmed of
    whitespace.
    """
    new_start = moves[start][0]
    last, kept = moves[end - 1]
    new_end = last + 1 if kept else last
    while new_start < new_end and new[new_start].isspace():
        new_start += 1
    while new_end > new_start and new[new_end - 1].isspace():
        new_end -= 1
    return new_start, max(new_start, new_end)
