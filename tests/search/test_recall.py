"""Whatever the user remembers of an article finds it: Chinese runs, English words, phrases."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from reader.app import Services
from reader.core.records import SearchDocument
from reader.core.scripts import CJK
from reader.search.analysis import stem_word
from tests.search.conftest import sample_runs

# A word as the index has it: not the start of `don't` (indexed as one word, `don't`).
_WORD = re.compile(r"\b[A-Za-z]{3,}\b(?!['’])")


def test_200_chinese_runs_find_their_article(
    indexed: Services, documents: dict[int, SearchDocument]
) -> None:
    missed = []
    for article_id, run in sample_runs(documents.values(), 200, seed=2026):
        found = {h.article_id for h in indexed.search.search(run, limit=500).hits}
        if article_id not in found:
            missed.append((article_id, run))
    assert missed == []


def test_single_chinese_characters_are_found(
    indexed: Services, documents: dict[int, SearchDocument]
) -> None:
    rng = random.Random(5)
    for article_id, run in sample_runs(documents.values(), 40, seed=9):
        char = rng.choice(run)
        found = {h.article_id for h in indexed.search.search(char, limit=500).hits}
        assert article_id in found, char
    # The last character of a run is found too (it starts no bigram).
    doc = next(d for d in documents.values() if "碳中和" in d.text)
    assert doc.id in {h.article_id for h in indexed.search.search("和", limit=500).hits}


def test_100_english_words_find_their_article(
    indexed: Services, documents: dict[int, SearchDocument]
) -> None:
    rng = random.Random(11)
    ordered = [documents[i] for i in sorted(documents)]  # the sample, whatever SQL's order
    words = [(d.id, m.group(0)) for d in ordered for m in _WORD.finditer(d.text)]
    words = [(i, w) for i, w in words if w.lower() not in {"the", "and", "for", "with", "that"}]
    for article_id, word in rng.sample(words, 100):
        found = {h.article_id for h in indexed.search.search(word, limit=500).hits}
        assert article_id in found, word


def test_chinese_phrases_match_exactly(
    indexed: Services, documents: dict[int, SearchDocument]
) -> None:
    for phrase in [
        "碳中和",
        "漏洞",
        "数据库",
        "闪电贷攻击",
        "开源",
        "英特尔",
        "机器学习",
        "华人民",
    ]:
        expected = {
            d.id
            for d in documents.values()
            if phrase in d.title
            or phrase in d.text
            or phrase in " ".join([d.author, *d.categories, *d.tags])
        }
        found = {h.article_id for h in indexed.search.search(f'"{phrase}"', limit=500).hits}
        assert found == expected, phrase


def test_snippet_offsets_point_at_the_matched_text(
    indexed: Services, documents: dict[int, SearchDocument]
) -> None:
    checks: list[tuple[str, Callable[[str], bool]]] = [
        ("碳中和", lambda s: s == "碳中和"),
        ("腾讯", lambda s: s == "腾讯"),
        ("kernels", lambda s: stem_word(s.lower()) == stem_word("kernels")),
        ('"Windows Linux"', lambda s: re.fullmatch(r"(?i)windows\s+linux", s) is not None),
    ]
    for query, check in checks:
        results = indexed.search.search(query, limit=50)
        assert results.hits, query
        for hit in results.hits:
            text = documents[hit.article_id].text
            for snippet in hit.snippets:
                assert text[snippet.start : snippet.end] == snippet.text
                for start, end in snippet.hits:
                    assert snippet.start <= start < end <= snippet.end
                    assert check(text[start:end]), (query, text[start:end])
            for start, end in hit.hits:
                assert check(text[start:end])


def test_a_short_page_is_the_head_of_the_full_ranking(
    indexed: Services, documents: dict[int, SearchDocument]
) -> None:
    """Paging and Whoosh's top-N collection keep the order.

    Paging and Whoosh's top-N collection keep the order (its matcher replacement once dropped
    the best hits of a limited search; see `engine._collector`).
    """
    pairs = sample_runs(documents.values(), 60, seed=44)
    for (_, a), (_, b) in zip(pairs[::2], pairs[1::2], strict=True):
        query = f"{a[:3]} {b[:3]}"
        full = [h.article_id for h in indexed.search.search(query, limit=500).hits]
        short = [h.article_id for h in indexed.search.search(query, limit=3).hits]
        assert short == full[:3], query


_MIXED = re.compile(
    rf"[{CJK}]{{1,4}}[A-Za-z0-9]+[{CJK}]{{1,4}}|[A-Za-z0-9]{{2,}}[{CJK}]{{2,4}}"
    rf"|[{CJK}]{{2,4}}[A-Za-z0-9]{{2,}}(?![A-Za-z0-9'’])"  # a whole word, not `Let` of `Let's`
)


def test_200_runs_of_chinese_touching_latin_find_and_mark_like_the_quoted_phrase(
    indexed: Services, documents: dict[int, SearchDocument]
) -> None:
    ordered = [documents[i] for i in sorted(documents)]  # the sample, whatever SQL's order
    runs = [(d.id, m.group(0)) for d in ordered for m in _MIXED.finditer(d.text)]
    assert len(runs) > 500
    failures = []
    for article_id, run in random.Random(470).sample(runs, 200):
        bare = {h.article_id: h for h in indexed.search.search(run, limit=500).hits}
        quoted = {h.article_id: h for h in indexed.search.search(f'"{run}"', limit=500).hits}
        hit = bare.get(article_id)
        text = documents[article_id].text
        marked = hit is not None and any(text[a:b].lower() == run.lower() for a, b in hit.hits)
        if not marked or set(bare) != set(quoted):
            failures.append(run)
    assert failures == []


def test_a_latin_word_touching_chinese_is_marked(
    indexed: Services, documents: dict[int, SearchDocument]
) -> None:
    pattern = re.compile(rf"(?<=[{CJK}])([A-Za-z]{{4,}})(?=[{CJK}])")
    cases = [(d.id, m) for d in documents.values() for m in pattern.finditer(d.text)][:30]
    assert len(cases) == 30
    for article_id, match in cases:
        hits = {h.article_id: h for h in indexed.search.search(match.group(1), limit=500).hits}
        assert article_id in hits, match.group(1)
        assert match.span(1) in hits[article_id].hits, match.group(1)
