"""Tokens for the Whoosh index and for queries: jieba's words, stemmed Latin words.

Chinese is indexed by jieba's words of two or more characters (precise mode, no HMM): they
carry the ranking, and are few (about 900 distinct an article). They cannot carry recall,
since a run jieba cut differently, or a run inside a word, is not a term; that is what the
gram table is for (`grams.py`). Latin words are lower-cased and stemmed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from typing_extensions import override
from whoosh.analysis import Analyzer, Token
from whoosh.lang.porter import stem

from reader.core.scripts import CJK
from reader.core.variants import fold

_TOKEN = re.compile(rf"([{CJK}]+)|([^\W_{CJK}]+(?:['’][a-z]+)?)", re.I)


@lru_cache(maxsize=65536)
def stem_word(word: str) -> str:
    """The stem of an English word (Porter), cached."""
    return str(stem(word))


def _segmenter() -> Any:
    import rjieba

    return rjieba


def jieba_words(run: str) -> list[str]:
    """The words jieba cuts a CJK run into."""
    return list(_segmenter().cut(run, hmm=False))


def index_terms(text: str) -> Iterator[str]:
    """The terms an article's text is indexed under, in order (repeats count for ranking).

    Traditional characters as Simplified, as queries are.
    """
    cut = _segmenter().cut
    for match in _TOKEN.finditer(fold(text)):
        run = match.group(1)
        if run is not None:
            if len(run) >= 2:
                for word in cut(run, False):
                    if len(word) >= 2:
                        yield word
        else:
            word = match.group(2).lower()
            if len(word) < 64:
                yield stem_word(word)


class ReaderAnalyzer(Analyzer):  # type: ignore[misc]
    """Whoosh analyzer over `index_terms`; one reused Token, as Whoosh's own tokenizers do."""

    @override
    def __call__(self, value: str, mode: str = "index", **kwargs: Any) -> Iterator[Any]:
        token = Token(positions=False, chars=False, removestops=False, mode=mode)
        token.stopped = False
        token.boost = 1.0
        for term in index_terms(value):
            token.text = term
            yield token

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ReaderAnalyzer)

    def __hash__(self) -> int:
        return hash(ReaderAnalyzer)
