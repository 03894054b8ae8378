"""The map between a document's positions and reading offsets.

Every visible character finds its twin, in order, whatever the whitespace and whatever one side
adds.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.textmap import TextMap, build_map

VISIBLE = st.text(alphabet=st.sampled_from("碳中和联想abcXYZ12，。*#"), min_size=1, max_size=300)
SPACE = re.compile(r"[\s\ufffc\u200b\ufeff]")


def _spread(text: str, fills: list[str]) -> str:
    """The same visible text with whitespace and object characters between characters."""
    return "".join(ch + fills[i % len(fills)] for i, ch in enumerate(text))


@pytest.mark.stress
@settings(max_examples=200, deadline=None)
@given(VISIBLE, st.lists(st.sampled_from(["", " ", "\n\u2029", "\ufffc", "\u3000 "]), min_size=1))
def test_the_same_visible_text_maps_fully_both_ways(text: str, fills: list[str]) -> None:
    doc = "HEADER\u2029" + _spread(text, fills)
    reading = _spread(text, list(reversed(fills)))
    text_map = build_map(doc, reading, doc_start=7)
    assert text_map.coverage == 1.0
    for offset, ch in enumerate(reading):
        if SPACE.match(ch):
            continue
        position = text_map.doc_of[offset]
        assert doc[position] == ch
        assert text_map.to_reading(position) == offset
    assert list(text_map.mapped_positions) == sorted(text_map.mapped_positions)
    assert min(text_map.mapped_positions) >= 7  # nothing from the header


@pytest.mark.stress
@settings(max_examples=200, deadline=None)
@given(VISIBLE, st.integers(0, 299), st.sampled_from(["• ", "1. ", "[图]", "•"]))
def test_what_only_the_document_has_is_skipped(text: str, at: int, extra: str) -> None:
    at = min(at, len(text))
    doc = text[:at] + extra + text[at:]
    text_map = build_map(doc, text)
    mapped = [doc[i] for i in text_map.mapped_positions]
    assert "".join(mapped) == "".join(text_map_chars(text, text_map))
    assert text_map.coverage >= (len(text) - len(extra)) / len(text)


def text_map_chars(reading: str, text_map: TextMap) -> list[str]:
    return [reading[j] for j in text_map.mapped_offsets]


def test_a_long_identical_text_is_mapped_in_runs() -> None:
    reading = "碳中和按下加速键，" * 20_000
    doc = "\u2029".join(reading[i : i + 90] for i in range(0, len(reading), 90))
    text_map = build_map(doc, reading)
    assert text_map.coverage == 1.0
    assert text_map.to_doc(len(reading) - 1) == len(doc) - 1
