"""A map between a rendered document's positions and reading-text offsets.

The text a rich-text document holds is not the reading text: block separators, object
replacement characters for images and collapsed whitespace differ. Both hold the same visible
characters in the same order, so the map aligns them character by character, ignoring
whitespace, and skips what only one side has.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass

_LOOKAHEAD = 16


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
    """Align `reading` with `doc_text[doc_start:]` (what comes before is a header).

    Both sides are reduced to their visible characters, which are compared a run at a time
    (slices, at C speed); only where they differ is the text stepped through, the document
    skipping up to _LOOKAHEAD characters it has and the reading text lacks.
    """
    visible_doc, doc_index = _visible(doc_text, doc_start)
    visible_reading, reading_index = _visible(reading, 0)
    doc_of = array("i", [-2]) * len(reading)  # -2: whitespace, nothing to find
    for j in reading_index:
        doc_of[j] = -1
    reading_of = array("i", [-1]) * len(doc_text)
    offsets, positions = array("i"), array("i")
    p = q = 0
    n, m = len(visible_doc), len(visible_reading)
    while p < n and q < m:
        run = _common_run(visible_doc, p, visible_reading, q)
        if run:
            offsets.extend(reading_index[q : q + run])
            positions.extend(doc_index[p : p + run])
            p += run
            q += run
            continue
        ahead = visible_doc.find(visible_reading[q], p + 1, p + 1 + _LOOKAHEAD)
        if ahead >= 0:
            p = ahead  # the document has something the reading text lacks
        else:
            q += 1  # the reading text has something the document lacks
    for j, i in zip(offsets, positions, strict=True):
        doc_of[j] = i
        reading_of[i] = j
    return TextMap(doc_of, reading_of, len(doc_text), len(reading), offsets, positions)


_VISIBLE_RUN = re.compile(r"[^\s\ufffc\u200b\ufeff]+")


def _visible(text: str, start: int) -> tuple[str, array[int]]:
    """The text without its whitespace, and where each character stands.

    The text without its whitespace (Unicode spaces, and the object, zero-width and byte-order
    characters a document holds), and where each of its characters stands.
    """
    parts: list[str] = []
    index = array("i")
    for match in _VISIBLE_RUN.finditer(text, start):
        parts.append(match.group())
        index.extend(range(*match.span()))
    return "".join(parts), index


def _common_run(a: str, p: int, b: str, q: int) -> int:
    """How many characters a[p:] and b[q:] have in common from the start.

    Doubling steps, then halving ones, each a slice comparison.
    """
    limit = min(len(a) - p, len(b) - q)
    if limit <= 0 or a[p] != b[q]:
        return 0
    run, step = 1, 1
    while run + step <= limit and a[p + run : p + run + step] == b[q + run : q + run + step]:
        run += step
        step *= 2
    while step > 1:
        step //= 2
        if run + step <= limit and a[p + run : p + run + step] == b[q + run : q + run + step]:
            run += step
    return run
