"""Snippets: short passages around the hits, the densest chosen, shown in reading order.

They are cut at sentence ends nearby, with spans that are offsets into the reading text.
"""

from __future__ import annotations

from reader.search.query import parse_query
from reader.search.snippets import CONTEXT, MAX_LENGTH, MAX_SNIPPETS, find_hits, make_snippets

TEXT = (
    "开头提到碳中和。" + "无关的内容。" * 30 + "碳中和是目标，碳中和需要时间。" + "其他的话。" * 30
    + "Linux servers run Linux. " + "filler words here. " * 20 + "最后提到碳中和一次。"
)  # fmt: skip


def test_hits_are_merged_sorted_and_only_in_the_text_fields() -> None:
    parsed = parse_query("碳中和 title:Linux")
    hits = find_hits(TEXT, parsed)
    assert [TEXT[a:b] for a, b in hits] == ["碳中和"] * 4  # the title term looks in titles only
    assert hits == sorted(hits)
    title = "Linux 入门"
    assert [title[a:b] for a, b in find_hits(title, parsed, include_fields=True)] == ["Linux"]
    overlapping = find_hits("碳中和", parse_query("碳中 中和"))
    assert overlapping == [(0, 3)]  # two hits that overlap are one span


def test_the_densest_windows_are_chosen_and_shown_in_reading_order() -> None:
    parsed = parse_query("碳中和 linux")
    snippets = make_snippets(TEXT, find_hits(TEXT, parsed))
    assert len(snippets) == MAX_SNIPPETS
    assert [s.start for s in snippets] == sorted(s.start for s in snippets)
    densest = max(snippets, key=lambda s: len(s.hits))
    assert len(densest.hits) == 2 and "碳中和是目标，碳中和" in densest.text
    for s in snippets:
        assert s.text == TEXT[s.start : s.end]  # offsets into the reading text
        assert len(s.text) <= MAX_LENGTH
        assert all(s.start <= a < b <= s.end for a, b in s.hits)
        assert s.leading == (s.start > 0) and s.trailing == (s.end < len(TEXT))


def test_windows_end_at_a_sentence_end_nearby() -> None:
    hit = TEXT.index("碳中和是目标")
    [snippet] = make_snippets(TEXT, [(hit, hit + 3)], count=1)
    assert TEXT[snippet.start - 1] == "。"  # began after the sentence before
    assert snippet.text.endswith("。")
    assert hit - snippet.start <= CONTEXT


def test_without_hits_the_opening_is_shown_and_an_empty_text_gives_none() -> None:
    [opening] = make_snippets(TEXT, [])
    assert opening.start == 0 and opening.text == TEXT[: CONTEXT * 3] and opening.trailing
    assert make_snippets("", []) == []
