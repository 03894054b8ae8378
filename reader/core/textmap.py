"""A map between a rendered document's positions and reading-text offsets.

The text a rich-text document holds is not the reading text: block separators, object
replacement characters for images and collapsed whitespace differ. Both hold the same visible
characters in the same order, so the map aligns them character by character, ignoring
whitespace, and skips what only one side has.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from dataclasses import dataclass

_LOOKAHEAD = 16


_SPACES = frozenset(" \t\n\r\f\v\u00a0\u3000\u2028\u2029\ufffc\u200b\ufeff")


def _is_space(ch: str) -> bool:
    return ch in _SPACES or ch.isspace()


@dataclass(frozen=True)
class TextMap:
    """`doc_of[i]` is the document position of reading offset `i` (-1 where unmapped)."""

    doc_of: array[int]
    reading_of: array[int]
    doc_length: int
    reading_length: int
    mapped_offsets: array[int]
    mapped_positions: array[int]

    def to_doc(self, offset: int) -> int:
        """The document position for a reading offset (the next mapped one if unmapped)."""
        if self.reading_length == 0:
            return 0
        offset = min(max(offset, 0), self.reading_length)
        if offset < self.reading_length and self.doc_of[offset] >= 0:
            return self.doc_of[offset]
        i = bisect_left(self.mapped_offsets, offset)
        if i < len(self.mapped_offsets):
            return self.mapped_positions[i]
        return self.mapped_positions[-1] + 1 if self.mapped_positions else 0

    def to_doc_end(self, end: int) -> int:
        """The document position just after the character before reading offset `end`."""
        if end <= 0:
            return self.to_doc(0)
        i = bisect_left(self.mapped_offsets, end) - 1
        if i < 0:
            return self.to_doc(0)
        return self.mapped_positions[i] + 1

    def to_reading(self, position: int) -> int:
        """The reading offset for a document position (the next mapped one if unmapped)."""
        position = min(max(position, 0), self.doc_length)
        if position < self.doc_length and self.reading_of[position] >= 0:
            return self.reading_of[position]
        i = bisect_left(self.mapped_positions, position)
        if i < len(self.mapped_positions):
            return self.mapped_offsets[i]
        return self.reading_length

    @property
    def coverage(self) -> float:
        """The share of the reading text's visible characters that found their place."""
        visible = sum(1 for i in range(self.reading_length) if self.doc_of[i] != -2)
        return len(self.mapped_offsets) / visible if visible else 1.0


def build_map(doc_text: str, reading: str, doc_start: int = 0) -> TextMap:
    """Align `reading` with `doc_text[doc_start:]` (what comes before is a header)."""
    doc_of = array("i", [-1]) * len(reading)
    reading_of = array("i", [-1]) * len(doc_text)
    for j, ch in enumerate(reading):
        if _is_space(ch):
            doc_of[j] = -2  # whitespace: nothing to find
    i, j = doc_start, 0
    n, m = len(doc_text), len(reading)
    while i < n and j < m:
        if doc_of[j] == -2:
            j += 1
            continue
        d = doc_text[i]
        if _is_space(d):
            i += 1
            continue
        if d == reading[j]:
            doc_of[j] = i
            reading_of[i] = j
            i += 1
            j += 1
            continue
        ahead = doc_text.find(reading[j], i + 1, i + 1 + _LOOKAHEAD)
        if ahead >= 0:
            i = ahead  # the document has something the reading text lacks
        else:
            j += 1  # the reading text has something the document lacks
    offsets = array("i", (k for k in range(m) if doc_of[k] >= 0))
    positions = array("i", (doc_of[k] for k in offsets))
    return TextMap(doc_of, reading_of, n, m, offsets, positions)
