"""Where terms are found in a text, against the plain way of finding them.

Every form of a word, phrases and CJK runs, found in the folded text without regard to case.

The matcher finds them on the lower-cased text, and folds only texts holding a Traditional
character that folds into the term; these tests hold it to the same spans as matching
case-insensitively on the text folded whole.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from reader.core.posts import parse_post
from reader.core.scripts import CJK
from reader.core.variants import fold, preimages
from reader.search.analysis import stem_word
from reader.search.matching import TermMatcher, TextForms
from reader.search.query import Term, parse_query
from tests.conftest import CORPUS_FILES

WORD = re.compile(rf"[^\W_{CJK}]+")
LIMIT = 200  # spans a pattern gives at most

# Words of every kind the corpus holds, in a case other than its own, phrases over line
# breaks, CJK runs in Simplified and Traditional characters, and runs that fold.
TERMS = [
    "Linux", "the", "them", "integer", "DATA", "running", "happy", "Apple", "iPhone", "k",
    '"open source"', '"the the"', '"IS THE OF"', "数据", "人工智能", "个人", "個人", "软件",
    "有着", "区块链", "这个", '"碳 中和"', "2021", "5G",
]  # fmt: skip


@cache
def _texts() -> list[str]:
    texts = [parse_post(p.read_bytes(), p.name).reading_text for p in CORPUS_FILES]
    # Lower-casing lengthens İ; K is the Kelvin sign; 個 and 著 fold to 个 and 着.
    texts.append(
        "İstanbul LINUX探秘 Linuxes the Them THEM. 個人 个人 有著 軟件 K k Straße RUNNING, "
        "runs; Open\n  Source, what IS the of; 碳\n中和 5G"
    )
    return texts


def _expected(term: Term, text: str) -> list[tuple[int, int]]:
    """The term's spans the plain way.

    The text folded whole, matched ignoring case; a word's forms as whole words that begin as it
    does and stem to its stem.
    """
    folded = fold(text)
    if term.phrase:
        pattern = r"\s+".join(re.escape(p) for p in term.text.split())
        return [m.span() for m in re.finditer(pattern, folded, re.I)][:LIMIT]
    spans: list[tuple[int, int]] = []
    for run in re.findall(rf"[{CJK}]+|[^\W_{CJK}]+", term.text):
        if re.fullmatch(f"[{CJK}]+", run):
            spans += [m.span() for m in re.finditer(re.escape(run), folded)][:LIMIT]
            continue
        stemmed = stem_word(run.lower())
        prefix = stemmed[: max(1, min(len(stemmed), len(run) - 1))]
        words = (m for m in WORD.finditer(folded) if m.group().lower().startswith(prefix))
        spans += [m.span() for m in words if stem_word(m.group().lower()) == stemmed][:LIMIT]
    return sorted(spans)


@pytest.mark.parametrize("query", TERMS)
def test_spans_are_those_found_ignoring_case_in_the_folded_text(query: str) -> None:
    (term,) = parse_query(query).positive_terms()
    matcher = TermMatcher(term)
    found_somewhere = False
    for text in _texts():
        expected = _expected(term, text)
        assert matcher.find(text) == expected, text[:60]
        assert matcher.present(text) == bool(expected)
        found_somewhere = found_somewhere or bool(expected)
    assert found_somewhere  # each term is in the corpus or the made-up text


def test_spans_are_offsets_into_the_text_when_lower_casing_lengthens_it() -> None:
    text = "İİ Linux, LINUX and linuxes"
    assert len(text.lower()) != len(text)
    (term,) = parse_query("linux").positive_terms()
    spans = TermMatcher(term).find(text)
    assert [text[a:b] for a, b in spans] == ["Linux", "LINUX", "linuxes"]


def test_a_traditional_text_is_searched_folded_and_marked_as_written() -> None:
    text = "我們的個人電腦，和个人的"
    (term,) = parse_query("个人").positive_terms()
    assert "個" in preimages(term.text)
    spans = TermMatcher(term).find(text)
    assert [text[a:b] for a, b in spans] == ["個人", "个人"]


def test_each_form_of_a_text_is_made_once() -> None:
    forms = TextForms("軟件 Software")
    assert forms.form(False) is forms.text
    assert forms.form(True) == "软件 Software"
    assert forms.form(True) is forms.form(True)
    assert forms.lowered(True) == "软件 software"
    assert forms.lowered(True) is forms.lowered(True)
    assert TextForms("İ").lowered(False) is None  # it would lengthen: offsets would move
